"""Writes: refused on a read-only server and without the bearer token, and then nothing changes."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kg.serve import ServeConfig, create_app

pytest_plugins = ["test_serve_support"]

TOKEN = "test-token-0123456789abcdef"
NEW = URIRef("https://w3id.org/ictsec/id/graph/announcement/added-by-test")
INSERT = f"INSERT DATA {{ GRAPH <{NEW}> {{ <urn:x:a> <urn:x:p> \"v\" }} }}"
TURTLE = b'<urn:x:s> <urn:x:p> "one" , "two" .'


@pytest.fixture
def writable(writable_store):
    app = create_app(writable_store, ServeConfig(allow_update=True, token=TOKEN))
    return writable_store, app.test_client()


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_read_only_server_refuses_updates_and_changes_nothing(client, served_store):
    before = len(served_store)
    for response in (client.post("/sparql", data={"update": INSERT}),
                     client.post("/sparql", data=INSERT.encode(), content_type="application/sparql-update",
                                 headers=bearer(TOKEN)),
                     client.put("/graph-store", query_string={"graph": str(NEW)}, data=TURTLE,
                                content_type="text/turtle"),
                     client.delete("/graph-store", query_string={"graph": str(served_store.graphs()[0])})):
        assert response.status_code == 403
        assert b"--allow-update" in response.data
    assert len(served_store) == before


@pytest.mark.parametrize("headers", [{}, bearer("wrong-token-0123456789"), {"Authorization": f"Basic {TOKEN}"}])
def test_update_without_the_token_is_refused(writable, headers):
    store, client = writable
    before = len(store)
    response = client.post("/sparql", data={"update": INSERT}, headers=headers)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert len(store) == before and NEW not in store.graphs()


def test_update_with_the_token_applies_and_pages_see_it(writable):
    store, client = writable
    assert client.get("/meta").json["graphs"] == len(store.graphs())
    response = client.post("/sparql", data=INSERT.encode(), content_type="application/sparql-update",
                           headers=bearer(TOKEN))
    assert response.status_code == 200
    assert NEW in store.graphs()
    assert client.get("/meta").json["graphs"] == len(store.graphs())  # caches were dropped
    assert store.ask("ASK { <urn:x:a> <urn:x:p> \"v\" }")  # and queries answer with the new fact


def test_update_text_that_is_not_sparql_is_a_400(writable):
    _, client = writable
    response = client.post("/sparql", data={"update": "INSERT NONSENSE"}, headers=bearer(TOKEN))
    assert response.status_code == 400 and b"not valid SPARQL" in response.data


def test_graph_store_reads_a_named_graph(client, served_store):
    graph = next(g for g in served_store.graphs() if "/announcement/" in str(g))
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
        response = client.get("/graph-store", query_string={"graph": str(graph)}, headers={"Accept": accept})
        assert response.status_code == 200 and response.mimetype == accept
        assert set(Graph().parse(data=response.data, format=fmt)) == set(served_store.triples_in(graph))
    head = client.head("/graph-store", query_string={"graph": str(graph)})
    assert head.status_code == 200 and not head.data


@pytest.mark.parametrize("query, status", [({"graph": "https://w3id.org/ictsec/id/graph/none"}, 404),
                                           ({}, 400), ({"graph": "no iri"}, 400),
                                           ({"graph": "urn:x:g", "default": ""}, 400)])
def test_graph_store_errors(client, query, status):
    assert client.get("/graph-store", query_string=query).status_code == status


def test_graph_store_writes_need_the_token(writable):
    store, client = writable
    target = {"graph": str(NEW)}
    assert client.put("/graph-store", query_string=target, data=TURTLE, content_type="text/turtle").status_code == 401
    assert NEW not in store.graphs()
    put = client.put("/graph-store", query_string=target, data=TURTLE, content_type="text/turtle",
                     headers=bearer(TOKEN))
    assert put.status_code == 201 and len(store.triples_in(NEW)) == 2
    post = client.post("/graph-store", query_string=target, data=b'<urn:x:s> <urn:x:p> "three" .',
                       content_type="application/n-triples", headers=bearer(TOKEN))
    assert post.status_code == 204 and len(store.triples_in(NEW)) == 3
    xml = client.put("/graph-store", query_string=target, data=b"<rdf:RDF/>", content_type="application/rdf+xml",
                     headers=bearer(TOKEN))
    assert xml.status_code == 415 and len(store.triples_in(NEW)) == 3
    assert client.delete("/graph-store", query_string=target, headers=bearer(TOKEN)).status_code == 204
    assert NEW not in store.graphs()


def test_writes_need_a_token_configured():
    with pytest.raises(ValueError, match="token"):
        ServeConfig(allow_update=True)
