"""The same store API against a real SPARQL 1.1 server: Virtuoso on loopback.

Starts `virtuoso-t` with a throw-away virtuoso.ini on free ports (installing
Debian's virtuoso-opensource-7-bin first when it is missing and we are root),
grants SPARQL_UPDATE to the anonymous SPARQL user through isql, and compares
the named queries, `who` and the reasoner with the embedded store.
"""

import dataclasses
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import rdflib.namespace as rdfns
from rdflib import Dataset, Literal, URIRef

from kg.namespaces import GRAPH_INFERRED, GRAPH_MERGED
from kg.queries import list_queries, load_query, run_query
from kg.reason import materialise
from kg.store import open_store
from kg.use.who import who

pytestmark = [pytest.mark.virtuoso, pytest.mark.slow]

FIXTURE = Path(__file__).parent / "fixtures" / "graph_small.trig"
PARAMS = {"forum": "id:process/russia-asean-ict-dialogue", "agency": "ФСО России",
          "subject": "id:meeting/russia-asean-ict-dialogue/2021-09-23"}
INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _virtuoso_binary() -> str | None:
    if shutil.which("virtuoso-t"):
        return shutil.which("virtuoso-t")
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return None
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        subprocess.run(["apt-get", "update", "-qq"], env=env, timeout=300, capture_output=True, check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "virtuoso-opensource-7-bin"], env=env, timeout=600,
                       capture_output=True, check=True)
    except (subprocess.SubprocessError, OSError):
        return None
    return shutil.which("virtuoso-t")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    binary = _virtuoso_binary()
    if binary is None or not shutil.which("isql-vt"):
        pytest.skip("Virtuoso is not installed and virtuoso-opensource-7-bin could not be installed")
    d = tmp_path_factory.mktemp("virtuoso")
    sql, http = _free_port(), _free_port()
    (d / "virtuoso.ini").write_text(INI.format(d=d, sql=sql, http=http))
    proc = subprocess.Popen([binary, "-f", "-c", str(d / "virtuoso.ini")], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{http}/sparql"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(endpoint + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.skip("Virtuoso did not come up within 60 s")
        # The anonymous /sparql user may only read until it is granted SPARQL_UPDATE.
        subprocess.run(["isql-vt", f"127.0.0.1:{sql}", "dba", "dba", 'exec=grant SPARQL_UPDATE to "SPARQL";'],
                       timeout=30, capture_output=True, check=True)
        yield {"endpoint": endpoint, "graph_store": f"http://127.0.0.1:{http}/sparql-graph-crud"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def stores(virtuoso):
    embedded = open_store(memory=True)
    embedded.load(FIXTURE)
    materialise(embedded)
    remote = open_store(endpoint=virtuoso["endpoint"])
    via_gsp = open_store(endpoint=virtuoso["endpoint"], graph_store=virtuoso["graph_store"])
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    graphs = sorted({c for *_, c in ds.quads() if isinstance(c, URIRef)})
    for i, g in enumerate(graphs):  # half through SPARQL Update, half through the Graph Store Protocol
        (remote if i % 2 else via_gsp).replace_graph(g, list(ds.graph(g)))
    materialise(remote)
    return embedded, remote


def _same(value):
    # Virtuoso has no boolean type: `COUNT(...) > 0` comes back as the integer 1 or 0.
    if isinstance(value, Literal) and value.datatype in (rdfns.XSD.boolean, rdfns.XSD.integer) and str(value) in (
            "true", "false", "0", "1"):
        return str(value) in ("true", "1")
    return value


def test_server_derives_the_same_links(stores):
    embedded, remote = stores
    assert set(remote.triples_in(GRAPH_INFERRED)) == set(embedded.triples_in(GRAPH_INFERRED))


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_named_queries_answer_the_same_through_the_endpoint(stores, name):
    embedded, remote = stores
    params = {p.name: PARAMS[p.name] for p in load_query(name).params if p.required}
    cols, expected = run_query(embedded, name, params)
    _, got = run_query(remote, name, params)
    assert expected, f"{name} found nothing"
    assert [{c: _same(r[c]) for c in cols} for r in got] == [{c: _same(r[c]) for c in cols} for r in expected]


def test_who_answers_the_same_through_the_endpoint(stores):
    embedded, remote = stores
    assert dataclasses.asdict(who(remote, "Федеральной службы охраны")) == dataclasses.asdict(
        who(embedded, "Федеральной службы охраны"))


def test_crafted_value_is_data_on_the_server(stores):
    _, remote = stores
    before = len(remote)
    assert remote.query("SELECT ?e WHERE { ?e skos:prefLabel ?l }", {"l": Literal('x" } ; DROP ALL ; #')}) == []
    assert len(remote) == before


def test_replace_graph_on_the_server_replaces_only_that_graph(stores):
    _, remote = stores
    g = URIRef("https://w3id.org/ictsec/id/graph/announcement/test-replace")
    remote.replace_graph(g, [(g, URIRef("https://w3id.org/ictsec/ontology#sourceName"), Literal("a \"quoted\"\nname"))])
    remote.replace_graph(g, [(g, URIRef("https://w3id.org/ictsec/ontology#sourceName"), Literal("b"))])
    assert remote.triples_in(g) == [(g, URIRef("https://w3id.org/ictsec/ontology#sourceName"), Literal("b"))]
    remote.drop_graph(g)
    assert remote.triples_in(g) == []


# ------------------------------------------------------------------ faults


class Virtuoso:
    """A Virtuoso of our own on a folder and fixed ports, which a test can kill and start again."""

    def __init__(self, binary: str, folder: Path):
        self.binary, self.folder = binary, folder
        self.sql, self.http = _free_port(), _free_port()
        (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=self.sql, http=self.http))
        self.endpoint = f"http://127.0.0.1:{self.http}/sparql"
        self.graph_store = f"http://127.0.0.1:{self.http}/sparql-graph-crud"
        self.proc = None

    def start(self) -> None:
        self.proc = subprocess.Popen([self.binary, "-f", "-c", str(self.folder / "virtuoso.ini")], cwd=self.folder,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(240):
            try:
                urllib.request.urlopen(self.endpoint + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("Virtuoso did not come up within 60 s")
        subprocess.run(["isql-vt", f"127.0.0.1:{self.sql}", "dba", "dba", 'exec=grant SPARQL_UPDATE to "SPARQL";'],
                       timeout=30, capture_output=True, check=True)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
def own_virtuoso(tmp_path):
    binary = _virtuoso_binary()
    if binary is None or not shutil.which("isql-vt"):
        pytest.skip("Virtuoso is not installed and virtuoso-opensource-7-bin could not be installed")
    server = Virtuoso(binary, tmp_path)
    server.start()
    yield server
    server.stop()


ANNOUNCEMENT_GRAPHS = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a ict:contentHash ?h } "
                       "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/ictsec/id/graph/announcement/')) }")


def _ingest(bundle: Path, **where) -> subprocess.Popen:
    where_args = [f"--{k}={v}" for k, v in where.items()]
    return subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "ingest", str(bundle),
                             "--no-reason", *where_args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _graph_counts(store) -> dict:
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    # Virtuoso keeps graphs of its own (its system graphs): only ours are compared
    return {str(r["g"]): int(r["n"]) for r in rows
            if str(r["g"]).startswith("https://w3id.org/ictsec/") and str(r["g"]) != str(GRAPH_MERGED)}


def test_a_server_killed_mid_ingest_is_one_line_and_a_rerun_completes_it(own_virtuoso, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from ingest_bench import make_bundle

    bundle = make_bundle(150, tmp_path)
    remote = open_store(endpoint=own_virtuoso.endpoint)
    # Through the Graph Store Protocol, each announcement is one PUT (SPARQL Update cannot carry the
    # ontology's blank nodes to Virtuoso: "Blank node ... is not allowed in a constant clause").
    where = {"endpoint": own_virtuoso.endpoint, "graph-store": own_virtuoso.graph_store}
    ingest = _ingest(bundle, **where)
    stored = 0
    for _ in range(600):  # kill the server once a few announcements are in, well before the end
        time.sleep(0.1)
        try:
            stored = int(remote.query(ANNOUNCEMENT_GRAPHS)[0]["n"])
        except (OSError, RuntimeError):
            continue
        if stored >= 5 or ingest.poll() is not None:
            break
    own_virtuoso.kill()
    out, err = ingest.communicate(timeout=120)
    assert 5 <= stored < 150, f"the ingest was not caught in the middle ({stored} stored)"
    assert ingest.returncode == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and own_virtuoso.endpoint.rsplit("/", 1)[0] in lines[0], err
    assert "again" in lines[0]

    own_virtuoso.start()
    rerun = _ingest(bundle, **where)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    done = _ingest(bundle, store=tmp_path / "reference")
    assert done.wait(timeout=600) == 0
    with open_store(tmp_path / "reference", read_only=True) as reference:
        expected = _graph_counts(reference)
    got = _graph_counts(remote)
    assert sorted(got) == sorted(expected)  # no graph lost, none extra
    assert {g: n for g, n in got.items() if n != expected[g]} == {}  # no triple lost or duplicated
