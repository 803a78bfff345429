"""The endpoint speaks the SPARQL 1.1 Protocol: ordinary clients get what `ictkg query` gets."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from SPARQLWrapper import CSV, JSON, SPARQLWrapper

from kg.cli import cli
from kg.namespaces import sparql_prefixes
from kg.queries import list_queries, load_query, run_query
from kg.serve import ServeConfig, create_app
from kg.store import open_store
from kg.store.sparql_text import bind_with_values

pytest_plugins = ["test_serve_support"]

SELECT_FORUMS = "SELECT ?m ?f WHERE { ?m a ict:Meeting ; ict:ofForum ?f } ORDER BY STR(?m)"
CONSTRUCT_FORUMS = "CONSTRUCT { ?m ict:ofForum ?f } WHERE { ?m a ict:Meeting ; ict:ofForum ?f }"


def required_params(store) -> dict[str, str]:
    """A value (an IRI from the graph) for every required parameter of the named queries."""
    row = store.query("""SELECT ?forum ?agency ?meeting WHERE { ?meeting ict:ofForum ?forum .
        ?agency ict:tookPartIn ?meeting ; a ict:GovernmentAgency } ORDER BY STR(?meeting) STR(?agency) LIMIT 1""")[0]
    return {"forum": str(row["forum"]), "agency": str(row["agency"]), "subject": str(row["meeting"])}


def cli_csv(args: list[str]) -> list[list[str]]:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return list(csv.reader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_named_queries_through_sparqlwrapper_match_ictkg_query(name, server_url, built_store, served_store):
    query = load_query(name)
    values = required_params(served_store)
    given = {p.name: values[p.name] for p in query.params if p.required}
    text = bind_with_values(query.text, {k: URIRef(v) for k, v in given.items()})
    client = SPARQLWrapper(f"{server_url}/sparql")
    client.setQuery(sparql_prefixes() + text)
    client.setReturnFormat(CSV)
    served = list(csv.reader(io.StringIO(client.query().convert().decode("utf-8"))))
    args = ["query", name, "--format", "csv", "--store", str(built_store)]
    for key, value in given.items():
        args += ["--param", f"{key}={value}"]
    expected = cli_csv(args)
    assert served[0] == expected[0]
    assert served[1:] == expected[1:]
    assert len(served) > 1 or name in ("cq6_follow_ups",)  # the examples answer every other query


def test_sparqlwrapper_json_rows_match_the_store(server_url, served_store):
    client = SPARQLWrapper(f"{server_url}/sparql")
    client.setQuery(SELECT_FORUMS)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    expected = served_store.query(SELECT_FORUMS)
    assert [(b["m"]["value"], b["f"]["value"]) for b in bindings] == [(str(r["m"]), str(r["f"])) for r in expected]


def test_rdflib_sparqlstore_reads_the_endpoint(server_url, served_store):
    graph = Graph(store=SPARQLStore(f"{server_url}/sparql"))  # asks for XML results or RDF/XML
    rows = list(graph.query(sparql_prefixes() + SELECT_FORUMS))
    expected = served_store.query(SELECT_FORUMS)
    assert [(r.m, r.f) for r in rows] == [(e["m"], e["f"]) for e in expected]
    constructed = graph.query(sparql_prefixes() + CONSTRUCT_FORUMS).graph
    assert set(constructed) == set(served_store.construct(CONSTRUCT_FORUMS))


def test_the_projects_endpoint_mode_works_against_it(server_url, built_store, served_store):
    remote = open_store(endpoint=f"{server_url}/sparql", read_only=True)
    for name in ("cq1_agency_participation", "cq2_body_process_links", "cq7_state_forums"):
        assert run_query(remote, name) == run_query(served_store, name), name
    by_endpoint = cli_csv(["query", "cq3_chairs", "--format", "csv", "--endpoint", f"{server_url}/sparql"])
    by_store = cli_csv(["query", "cq3_chairs", "--format", "csv", "--store", str(built_store)])
    assert by_endpoint == by_store and len(by_store) > 1
    assert set(remote.graphs()) == set(served_store.graphs())


# ------------------------------------------------------------------ W3C protocol behaviours


def test_get_post_form_and_post_body_give_the_same_results(client):
    accept = {"Accept": "application/sparql-results+json"}
    got = client.get("/sparql", query_string={"query": SELECT_FORUMS}, headers=accept)
    form = client.post("/sparql", data={"query": SELECT_FORUMS}, headers=accept)
    body = client.post("/sparql", data=SELECT_FORUMS.encode(), content_type="application/sparql-query",
                       headers=accept)
    assert got.status_code == form.status_code == body.status_code == 200
    assert got.mimetype == "application/sparql-results+json"
    assert got.json == form.json == body.json
    assert got.json["results"]["bindings"]


@pytest.mark.parametrize("accept, mimetype, fmt", [
    ("application/sparql-results+json", "application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "application/sparql-results+xml", "xml"),
    ("text/csv", "text/csv", "csv"),
    ("text/tab-separated-values", "text/tab-separated-values", "tsv"),
    ("application/json;q=0.9, text/html;q=0.1", "application/sparql-results+json", "json"),
])
def test_select_results_in_every_format_parse_back_to_the_same_rows(client, served_store, accept, mimetype, fmt):
    query = "SELECT ?a ?label WHERE { ?a a ict:GovernmentAgency ; skos:prefLabel ?label ; ict:tookPartIn ?m }"
    response = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == mimetype
    parsed = Result.parse(io.BytesIO(response.data), format=fmt)
    rows = {(str(r[0]), str(r[1])) for r in parsed}
    assert rows == {(str(r["a"]), str(r["label"])) for r in served_store.query(query)}


def test_ask_answers_true_and_false(client):
    yes = client.get("/sparql", query_string={"query": "ASK { ?m a ict:Meeting }"})
    no = client.get("/sparql", query_string={"query": "ASK { ?m a ict:NoSuchClass }"},
                    headers={"Accept": "application/sparql-results+xml"})
    assert yes.json["boolean"] is True
    assert Result.parse(io.BytesIO(no.data), format="xml").askAnswer is False


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                         ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_construct_in_every_rdf_format(client, served_store, accept, fmt):
    response = client.get("/sparql", query_string={"query": CONSTRUCT_FORUMS}, headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == accept
    graph = Graph().parse(data=response.data, format=fmt)
    assert set(graph) == set(served_store.construct(CONSTRUCT_FORUMS)) and len(graph)


def test_format_parameter_overrides_accept(client):
    response = client.get("/sparql", query_string={"query": SELECT_FORUMS, "format": "csv"},
                          headers={"Accept": "application/sparql-results+xml"})
    assert response.mimetype == "text/csv" and response.data.startswith(b"m,f\r\n")


@pytest.mark.parametrize("request_args, status", [
    ({"method": "GET", "query_string": {"query": "SELECT ?x WHERE { ?x "}}, 400),
    ({"method": "POST", "data": {"query": "SELEKT * WHERE { ?s ?p ?o }"}}, 400),
    ({"method": "POST", "data": {"nothing": "here"}}, 400),
    ({"method": "POST", "data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400),
    ({"method": "GET", "query_string": [("query", "ASK {}"), ("query", "ASK {}")]}, 400),
    ({"method": "GET", "query_string": {"update": "CLEAR ALL"}}, 400),
    ({"method": "POST", "data": b"ASK {}", "content_type": "text/plain"}, 415),
    ({"method": "PUT", "data": {"query": "ASK {}"}}, 405),
    ({"method": "DELETE"}, 405),
    ({"method": "GET", "query_string": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406),
    ({"method": "GET", "query_string": {"query": "ASK {}", "default-graph-uri": "not an iri"}}, 400),
])
def test_bad_requests_get_the_protocol_status(client, request_args, status):
    response = client.open("/sparql", **request_args)
    assert response.status_code == status
    assert response.mimetype == "application/json" and response.data.count(b"\n") == 1
    assert response.json["status"] == status and response.json["error"].strip()


def test_malformed_query_error_says_where(client):
    response = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x "})
    assert "not valid SPARQL" in response.json["error"] and "1:" in response.json["error"]


def test_dataset_parameters_choose_the_graphs(client, served_store):
    graph = next(g for g in served_store.graphs() if "/announcement/" in str(g))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    one = client.get("/sparql", query_string={"query": count, "default-graph-uri": str(graph)}).json
    union = client.get("/sparql", query_string={"query": count}).json
    assert int(one["results"]["bindings"][0]["n"]["value"]) == served_store.count_in(graph)
    assert int(union["results"]["bindings"][0]["n"]["value"]) > served_store.count_in(graph)
    named = client.get("/sparql", query_string={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                                "named-graph-uri": str(graph)}).json
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == [str(graph)]


def test_get_without_query_describes_the_service(client):
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    described = Graph().parse(data=response.data, format="turtle")
    assert response.status_code == 200
    assert any("sparql-service-description" in str(o) for o in described.objects())
    assert client.get("/sparql", headers={"Accept": "text/html"}).status_code == 302


def test_cors_lets_browser_tools_query(client):
    response = client.open("/sparql", method="OPTIONS", headers={"Origin": "https://yasgui.example"})
    assert response.status_code == 204 and response.headers["Access-Control-Allow-Origin"] == "*"


# ------------------------------------------------------------------ limits


def test_result_size_limit_is_a_clear_error(served_store):
    client = create_app(served_store, ServeConfig(max_results=10)).test_client()
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 422 and b"--max-results" in response.data
    small = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"})
    assert small.status_code == 200 and len(small.json["results"]["bindings"]) == 10


def test_time_limit_stops_the_query_and_the_server_keeps_answering(served_store):
    app = create_app(served_store, ServeConfig(time_limit=0.5, workers=1))
    client = app.test_client()
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # all its work in one call
    try:
        client.get("/sparql", query_string={"query": "ASK {}"})  # the worker has started
        pool = app.extensions["ictkg"].runner
        first = pool.pids()
        response = client.get("/sparql", query_string={"query": runaway})
        assert response.status_code == 503 and "--time-limit" in response.json["error"]
        assert not any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in first)  # killed
        quick = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
        assert quick.status_code == 200 and quick.json["boolean"] is True
    finally:
        app.extensions["ictkg"].close()


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def test_service_json_metadata_counts_match_the_store(client, served_store):
    meta = client.get("/meta").json
    assert meta["triples"] == len(served_store)
    assert meta["announcements"] == len(served_store.query("SELECT DISTINCT ?a WHERE { ?a a ict:Announcement }"))
    assert meta["meetings"] == len(served_store.query("SELECT DISTINCT ?m WHERE { ?m a ict:Meeting }"))
    assert meta["ontology"]["version"] and meta["ontology"]["version_iri"].endswith(meta["ontology"]["version"])
    assert client.get("/healthz").json["status"] == "ok"
    assert json.loads(client.get("/healthz").data)["read_only"] is True


def test_query_text_is_never_spliced_from_parameters(client):
    # A parameter value with SPARQL syntax is a value: the page binds it, it cannot add a pattern.
    hostile = 'x" } UNION { ?s ?p ?o } #'
    response = client.get("/query", query_string={"name": "cq9_fact_sources", "p.subject": hostile, "run": "1"})
    assert response.status_code in (200, 400)
    assert b"<td>" not in response.data or urllib.parse.quote(hostile).encode() not in response.data


def test_serve_command_starts_a_read_only_server(built_store):
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store",
                             str(built_store), "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                    health = json.loads(response.read())
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("ictkg serve did not answer")
        assert health == {**health, "status": "ok", "read_only": True}
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/sparql" in err and "read-only" in err
