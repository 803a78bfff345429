"""The workbench against hostile clients: no outbound requests, the query's dataset, clean errors."""

from __future__ import annotations

import time

import pytest
from test_serve_support import Listener

from kg.serve import ServeConfig, create_app
from kg.serve import entities as entity_pages
from kg.serve.query_text import Refused, screen

pytest_plugins = ["test_serve_support"]

SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?x a ict:Meeting OPTIONAL {{ SERVICE SILENT <{url}> {{ ?x ?p ?o }} }} }}",
    "PREFIX remote: <{url}> SELECT * WHERE {{ SERVICE remote: {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    "ASK {{ FILTER EXISTS {{ service <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
]
@pytest.fixture
def listener():
    found = Listener()
    yield found
    found.close()


def test_service_calls_are_refused_and_nothing_reaches_a_loopback_listener(client, listener):
    for template in SERVICE_QUERIES:
        query = template.format(url=listener.url)
        for response in (client.get("/sparql", query_string={"query": query}),
                         client.post("/sparql", data={"query": query}),
                         client.post("/sparql", data=query.encode(), content_type="application/sparql-query")):
            assert response.status_code == 403, (query, response.data)
            assert response.json["status"] == 403 and "SERVICE" in response.json["error"]
        page = client.get("/query", query_string={"text": query, "run": "1"})
        assert page.status_code == 403 and b"--allow-service" in page.data
    time.sleep(0.3)
    assert listener.connections == 0


def test_a_dataset_naming_a_url_fetches_nothing(client, listener):
    for query in (f"SELECT * FROM <{listener.url}> WHERE {{ ?s ?p ?o }}",
                  f"SELECT * FROM NAMED <{listener.url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"):
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code == 200 and response.json["results"]["bindings"] == []
    time.sleep(0.3)
    assert listener.connections == 0


def test_an_allowed_endpoint_is_called_and_no_other(served_store, listener):
    app = create_app(served_store, ServeConfig(allow_service={listener.url}))
    client = app.test_client()
    try:
        query = f"SELECT ?s WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code == 200 and response.json["results"]["bindings"] == []
        assert listener.connections == 1
        other = client.get("/sparql", query_string={"query": query.replace(listener.url, "http://127.0.0.1:9/x")})
        assert other.status_code == 403 and listener.url in other.json["error"]
    finally:
        app.extensions["ictkg"].close()


@pytest.mark.parametrize("text, outcome", [
    ("SELECT ?service WHERE { ?service a <http://example.org/SERVICE> }", "ok"),
    ("# SERVICE <http://example.org/x>\nASK {}", "ok"),
    ('ASK { ?s ?p "SERVICE <http://example.org/x>" }', "ok"),
    ("ASK { ?s ?p '''\nSERVICE <http://example.org/x>''' }", "ok"),
    ("PREFIX service: <http://example.org/> ASK { ?s service:load ?o }", "ok"),
    ("ASK { SERVICE<http://example.org/x>{} }", 403),
    ("ASK { SeRvIcE <http://example.org/x> {} }", 403),
    ("ASK { ?s <http://example.org/#> ?o SERVICE <http://example.org/x> {} }", 403),
    ("ASK { ?s ex:a\\#b ?o . SERVICE <http://example.org/x> {} }", 403),
    ("ASK { SERVICE ?endpoint {} }", 403),
    ("ASK { SERVICE undeclared:x {} }", 400),
    ("LOAD <http://example.org/data.ttl> INTO GRAPH <urn:x>", 403),
    ("LOAD SILENT <http://example.org/data.ttl>", 403),
])
def test_the_screen_reads_keywords_as_the_grammar_does(text, outcome):
    if outcome == "ok":
        assert screen(text).endpoints == ()
    else:
        with pytest.raises(Refused) as refused:
            screen(text)
        assert refused.value.status == outcome


def test_the_screen_sees_the_querys_own_dataset():
    assert screen("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }").names_dataset
    assert screen("SELECT * FROM NAMED <urn:g> WHERE { GRAPH ?g { ?s ?p ?o } }").names_dataset
    assert not screen("SELECT ?from WHERE { ?from <urn:from> 'FROM <urn:g>' }").names_dataset


# ------------------------------------------------------------------ the query's dataset


def _count(response) -> int:
    assert response.status_code == 200, response.data
    return int(response.json["results"]["bindings"][0]["n"]["value"])


def test_from_and_from_named_are_honoured(client, served_store):
    graphs = [g for g in served_store.graphs() if "/announcement/" in str(g)]
    one, two = graphs[0], graphs[1]
    def count(dataset: str) -> int:
        query = f"SELECT (COUNT(*) AS ?n) {dataset} WHERE {{ ?s ?p ?o }}"
        return _count(client.get("/sparql", query_string={"query": query}))

    assert count(f"FROM <{one}>") == served_store.count_in(one)
    assert count(f"FROM <{one}> FROM <{two}>") == \
        served_store.count_in(one) + served_store.count_in(two) - _shared(served_store, one, two)
    assert count("FROM <file:///etc/passwd>") == 0
    named = f"SELECT DISTINCT ?g FROM NAMED <{two}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    rows = client.get("/sparql", query_string={"query": named}).json["results"]["bindings"]
    assert [r["g"]["value"] for r in rows] == [str(two)]


def _shared(store, one, two) -> int:
    return len(set(store.triples_in(one)) & set(store.triples_in(two)))


def test_protocol_dataset_overrides_the_querys_own(client, served_store):
    graphs = [g for g in served_store.graphs() if "/announcement/" in str(g)]
    query = f"SELECT (COUNT(*) AS ?n) FROM <{graphs[0]}> WHERE {{ ?s ?p ?o }}"
    got = client.get("/sparql", query_string={"query": query, "default-graph-uri": str(graphs[1])})
    assert _count(got) == served_store.count_in(graphs[1])
    # named-graph-uri alone makes the whole dataset: its default graph is empty (SPARQL 1.1 Protocol 2.1.4)
    only_named = client.get("/sparql", query_string={"query": query, "named-graph-uri": str(graphs[1])})
    assert _count(only_named) == 0


def test_the_sparql_page_honours_from_too(client, served_store):
    graph = next(g for g in served_store.graphs() if "/announcement/" in str(g))
    text = f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"
    page = client.get("/query", query_string={"text": text, "run": "1"})
    assert page.status_code == 200 and f">{served_store.count_in(graph)}<".encode() in page.data


# ------------------------------------------------------------------ errors


def test_an_unknown_page_is_a_workbench_page_with_one_line(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404 and response.mimetype == "text/html"
    text = response.get_data(as_text=True)
    assert "ictsec workbench" in text and 'class="error"' in text and "/no/such/page" in text
    assert "Werkzeug" not in text and "The requested URL" not in text


def test_a_client_asking_for_json_gets_json_errors_anywhere(client):
    response = client.get("/no/such/page", headers={"Accept": "application/json"})
    assert response.status_code == 404 and response.json["status"] == 404
    assert client.get("/graph-store", query_string={"graph": "urn:no-such-graph"}).json["status"] == 404


def test_a_wrong_method_names_the_right_ones(client):
    page = client.post("/search")
    assert page.status_code == 405 and page.mimetype == "text/html" and "GET" in page.headers["Allow"]
    endpoint = client.delete("/healthz")
    assert endpoint.status_code == 405 and "GET" in endpoint.json["error"]


def test_a_body_over_the_limit_is_413(served_store):
    app = create_app(served_store, ServeConfig())
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = app.test_client().post("/sparql", data=b"ASK {}" + b" " * 2000, content_type="application/sparql-query")
    assert response.status_code == 413 and response.json["error"]


def test_an_unforeseen_failure_is_a_500_without_a_traceback(served_store, monkeypatch):
    def broken(store, iri):
        raise KeyError("a secret detail")

    monkeypatch.setattr(entity_pages, "state_page", broken)
    client = create_app(served_store, ServeConfig()).test_client()
    response = client.get("/id/state/RUS")
    text = response.get_data(as_text=True)
    assert response.status_code == 500 and response.mimetype == "text/html" and "KeyError" in text
    assert "secret detail" not in text and "Traceback" not in text


def test_the_network_page_is_held_to_the_time_limit(served_store):
    app = create_app(served_store, ServeConfig(time_limit=0.01, workers=1))
    try:
        response = app.test_client().get("/network")
        assert response.status_code == 503 and response.mimetype == "text/html"
        assert "--time-limit" in response.get_data(as_text=True)
    finally:
        app.extensions["ictkg"].close()


def test_serve_refuses_an_allowed_service_that_is_not_an_http_url(built_store):
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--store", str(built_store), "--allow-service", "file:///etc/passwd"])
    assert result.exit_code == 2 and "--allow-service" in result.output and "not an http(s) URL" in result.output


def test_serve_says_in_one_line_when_its_port_is_taken(built_store):
    import socket

    from click.testing import CliRunner

    from kg.cli import cli

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--store", str(built_store), "--port", str(port)])
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output
    assert "Traceback" not in result.output
