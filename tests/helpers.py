"""Small helpers shared by several test modules."""

from pathlib import Path

from rdflib import Dataset

from kg.extract import facts_json
from kg.ingest import default_resources, process
from kg.records import Announcement
from kg.store import open_store

FIXTURES = Path(__file__).parent / "fixtures"


def store_from_trig(path: Path):
    """An in-memory store holding the named graphs of a TriG file, and the parsed dataset."""
    ds = Dataset()
    ds.parse(path, format="trig")
    store = open_store(memory=True)
    for graph in ds.graphs():
        if len(graph):
            store.replace_graph(graph.identifier, list(graph))
    return store, ds


def reasoned_store(trig: Path, path: Path | None = None):
    """A store (in memory, or on disk at `path`) loaded from a TriG file, with its inferred links."""
    from kg.reason import materialise

    store = open_store(path) if path else open_store(memory=True)
    store.load(trig)
    materialise(store)
    return store


def extract(text: str, lang: str, published: str | None = None, url: str | None = None) -> dict:
    """The facts JSON of one announcement written in a test (`url`: where it was published)."""
    p = process(Announcement("variant.txt", text, "variant.txt", published=published, lang=lang, url=url),
                default_resources())
    assert not hasattr(p, "message"), p
    return facts_json(p, default_resources())


def only_meeting(facts: dict) -> dict:
    assert len(facts["meetings"]) == 1, facts["meetings"]
    return facts["meetings"][0]
