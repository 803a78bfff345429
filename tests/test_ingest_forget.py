"""A folder ingest reads announcements only; `ictkg forget` removes announcements with all derived from them."""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import BNode

from kg.cli import cli
from kg.namespaces import GRAPH_INFERRED, GRAPH_MERGED, GRAPH_STRENGTHS
from kg.reason.kept_answers import kept_answer, kept_queries
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "announcements"
PICKED = ["ru-csto-minsk-2017.txt", "en-amcc-singapore-2018.txt", "ru-oewg-organisational-session-2021.txt"]
# Built like the corpus's INDEX.md: a heading and a table that names forums, states and places.
INDEX = ("# Corpus index\n\n| file | event |\n| --- | --- |\n"
         "| a.txt | 10th meeting of the BRICS Working Group on ICT security, Tehran, 18 December 2018 |\n"
         "| b.txt | OEWG session, New York, Russia, China, Iran, India |\n")


def _folder(tmp_path: Path, *, with_docs: bool) -> Path:
    folder = tmp_path / ("with-docs" if with_docs else "plain")
    folder.mkdir()
    for name in PICKED:
        shutil.copy(EXAMPLES / name, folder / name)
        gold = EXAMPLES / name.replace(".txt", ".gold.json")
        if with_docs and gold.exists():
            shutil.copy(gold, folder / gold.name)
    if with_docs:
        (folder / "INDEX.md").write_text(INDEX, encoding="utf-8")
    return folder


def _derived(store_path: Path) -> dict:
    """The merged, inferred and link-strength graphs (blank nodes of the ontology aside)."""
    with open_store(store_path, read_only=True) as store:
        return {g: {t for t in store.triples_in(g) if not any(isinstance(x, BNode) for x in t)
                    and "reason" not in str(t[1])}  # the marks of a reasoning run name the run
                for g in (GRAPH_MERGED, GRAPH_INFERRED, GRAPH_STRENGTHS)}


def test_ingest_of_a_folder_skips_documentation_and_keys_and_says_so(tmp_path):
    folder = _folder(tmp_path, with_docs=True)
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(tmp_path / "store"), "--no-reason"])
    assert result.exit_code == 0, result.output
    assert f"skipped: {folder / 'INDEX.md'}: documentation" in result.output
    assert "skipped 3 files, an answer key" in result.output
    assert "read 3 announcements: 3 stored" in result.output and "4 files skipped" in result.output


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The same announcements ingested with a documentation file that was then forgotten, and without."""
    tmp = tmp_path_factory.mktemp("forget")
    plain, forgotten = tmp / "plain", tmp / "forgotten"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(_folder(tmp, with_docs=False)), "--store", str(plain)]).exit_code == 0
    docs = _folder(tmp, with_docs=True)
    # With front matter the index is read as an announcement, as a store made before the walk
    # skipped documentation holds it.
    (docs / "INDEX.md").unlink()
    (docs / "index.txt").write_text("---\ntitle: index\n---\n" + INDEX, encoding="utf-8")
    assert runner.invoke(cli, ["ingest", str(docs), "--store", str(forgotten)]).exit_code == 0
    before = _derived(forgotten)
    result = runner.invoke(cli, ["forget", "index.txt", "--store", str(forgotten)])
    return plain, forgotten, before, result


def test_forget_leaves_the_store_as_if_the_announcement_had_never_been_ingested(stores):
    plain, forgotten, before, result = stores
    assert result.exit_code == 0, result.output
    assert "forgot 1 announcements: index.txt" in result.output
    after, expected = _derived(forgotten), _derived(plain)
    assert before[GRAPH_MERGED] != expected[GRAPH_MERGED], "the index should have brought facts of its own"
    assert after == expected


def test_forget_keeps_the_kept_answers_current(stores):
    plain, forgotten, _before, _result = stores
    with open_store(forgotten, read_only=True) as f, open_store(plain, read_only=True) as p:
        for query in kept_queries():
            kept = kept_answer(f, query)
            assert kept is not None, f"{query.name}: no answer kept after forget"
            assert kept.rows == kept_answer(p, query).rows


def test_forget_of_an_unknown_announcement_removes_nothing_and_fails(stores):
    plain, _forgotten, _before, _result = stores
    before = _derived(plain)
    result = CliRunner().invoke(cli, ["forget", PICKED[0], "no-such.txt", "--store", str(plain)])
    assert result.exit_code == 1
    assert "not in the store: no-such.txt; nothing was removed" in result.output
    assert _derived(plain) == before
