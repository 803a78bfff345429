"""Shared fixtures of the workbench tests (no tests here; pytest imports it as a plugin module).

The graph: examples/announcements ingested and reasoned into an on-disk store, plus one
hand-made announcement whose agency, title and sentence are HTML (`HOSTILE`), so that every
page and endpoint test also runs over text that must stay text.
"""

from __future__ import annotations

import shutil
import socket
import threading
from pathlib import Path

import pytest
import waitress
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from kg.ingest import ingest
from kg.namespaces import ICT, ID, SCHEMA, announcement_graph
from kg.read import read_paths
from kg.reason import materialise
from kg.serve import ServeConfig, create_app
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "announcements"
HOSTILE = "<script>alert(1)</script>"
HOSTILE_RUN = "<script>document.documentElement.setAttribute('data-pwned','1')</script>"
HOSTILE_KEY = "hostile-2024-0badc0de"
HOSTILE_AGENCY = ID["candidate/agency/script-alert-1-script"]
TOKEN = "test-token-0123456789abcdef"


def add_hostile_announcement(store) -> URIRef:
    """An announcement whose agency name, title, URL and sentence are HTML; returns the meeting it joins."""
    meeting = store.query("SELECT ?m WHERE { ?m a ict:Meeting ; ict:ofForum ?f } ORDER BY STR(?m) LIMIT 1")[0]["m"]
    ann = ID[f"announcement/{HOSTILE_KEY}"]
    mention, evidence = URIRef(f"{ann}/mention/1"), URIRef(f"{ann}/evidence/1")
    sentence = f"The {HOSTILE} and the {HOSTILE_RUN} took part."
    triples = [
        (ann, RDF.type, ICT.Announcement), (ann, ICT.sourceName, Literal(f"{HOSTILE}.txt")),
        (ann, DCTERMS.title, Literal(f"{HOSTILE} statement")), (ann, SCHEMA.url, Literal("javascript:alert(1)")),
        (ann, DCTERMS.issued, Literal("2024-05-05")), (ann, ICT.reports, meeting),
        (HOSTILE_AGENCY, RDF.type, ICT.GovernmentAgency), (HOSTILE_AGENCY, RDF.type, ICT.Candidate),
        (HOSTILE_AGENCY, ICT.isCandidate, Literal(True)), (HOSTILE_AGENCY, SKOS.prefLabel, Literal(HOSTILE, lang="en")),
        (HOSTILE_AGENCY, SKOS.altLabel, Literal(HOSTILE_RUN, lang="en")),
        (HOSTILE_AGENCY, ICT.agencyOf, ID["state/RUS"]), (meeting, ICT.hasParticipant, HOSTILE_AGENCY),
        (mention, RDF.type, ICT.Mention), (mention, ICT.mentions, HOSTILE_AGENCY), (mention, ICT.inMeeting, meeting),
        (mention, ICT.role, Literal("participant")), (mention, ICT.surfaceForm, Literal(HOSTILE)),
        (mention, ICT.sentence, Literal(sentence)), (mention, PROV.wasDerivedFrom, ann),
        (evidence, RDF.type, ICT.Evidence), (evidence, ICT.evidenceFor, meeting),
        (evidence, ICT.sentence, Literal(sentence)), (evidence, PROV.wasDerivedFrom, ann),
    ]
    store.replace_graph(announcement_graph(HOSTILE_KEY), triples)
    return meeting


SPARQL_JSON = b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}'


class Listener:
    """A loopback HTTP listener that counts the connections it gets and answers an empty SPARQL result."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(65536)
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                 b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(SPARQL_JSON), SPARQL_JSON))
                except OSError:
                    pass

    def close(self):
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture(scope="session")
def built_store(tmp_path_factory) -> Path:
    """A store folder: the example announcements, the hostile one, and the inferred links."""
    path = tmp_path_factory.mktemp("serve") / "store"
    store = open_store(path)
    report = ingest(read_paths([str(EXAMPLES)]), store)
    assert report.ok, report.problems
    add_hostile_announcement(store)
    materialise(store)
    store.close()
    return path


@pytest.fixture(scope="session")
def served_store(built_store):
    store = open_store(built_store, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def app(served_store):
    return create_app(served_store, ServeConfig(time_limit=20, max_results=50_000))


@pytest.fixture(scope="session")
def client(app):
    return app.test_client()


def start_server(app) -> tuple[str, object]:
    """Serve `app` with waitress on a free loopback port in a daemon thread; (base URL, server)."""
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=6)
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{server.effective_port}"
    with socket.create_connection(("127.0.0.1", server.effective_port), timeout=5):
        pass
    return base, server


@pytest.fixture(scope="session")
def server_url(app):
    base, server = start_server(app)
    yield base
    server.close()


@pytest.fixture
def writable_store(built_store, tmp_path):
    """A private writable copy of the built store."""
    path = tmp_path / "store"
    shutil.copytree(built_store, path, ignore=shutil.ignore_patterns(".ictkg.lock"))
    store = open_store(path)
    yield store
    store.close()
