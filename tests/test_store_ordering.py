"""The embedded store sorts a trailing ORDER BY itself (Oxigraph's on-disk sort is slow): the rows
must come back in the order Oxigraph's own ORDER BY gives."""

import pyoxigraph as ox
import pytest

from kg.namespaces import PREFIXES
from kg.store import open_store
from kg.store.sparql_text import client_order

DATA = """
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:r01 ex:v 3 ; ex:n 2 ; ex:label "beta" .
ex:r02 ex:v 10 ; ex:n 2 ; ex:label "Alpha"@en .
ex:r03 ex:v 2.5 ; ex:n 7 ; ex:label "alpha" .
ex:r04 ex:v "1.0e1"^^xsd:double ; ex:n 1 ; ex:label "Ёж"@ru .
ex:r05 ex:v "zeta" ; ex:n 7 ; ex:label "ёж" .
ex:r06 ex:v "Zeta"@en ; ex:n 1 .
ex:r07 ex:v ex:thing ; ex:n 2 ; ex:label "beta" .
ex:r08 ex:v ex:another ; ex:n 3 ; ex:label "gamma" .
ex:r09 ex:v [] ; ex:n 3 ; ex:label "delta" .
ex:r10 ex:n 5 ; ex:label "epsilon" .
ex:r11 ex:d "2024-05-01"^^xsd:date ; ex:n 5 ; ex:label "Alpha" .
ex:r12 ex:d "2023-12-31"^^xsd:date ; ex:n 4 ; ex:label "alpha"@en .
ex:r13 ex:v -4 ; ex:n 4 ; ex:d "2023-02-01"^^xsd:date .
"""

ROWS = ("SELECT ?x ?v ?n ?label ?d WHERE { ?x ex:n ?n OPTIONAL { ?x ex:v ?v } OPTIONAL { ?x ex:label ?label } "
        "OPTIONAL { ?x ex:d ?d } }")
PREFIX = "PREFIX ex: <http://example.org/>\n"


@pytest.fixture(scope="module")
def stores():
    ours = open_store(memory=True)
    ours.update(f"{PREFIX}INSERT DATA {{ GRAPH ex:g {{ {_nt(DATA)} }} }}")
    engine = ox.Store()
    engine.load(DATA.encode(), ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("http://example.org/g"))
    return ours, engine


def _nt(turtle: str) -> str:
    return ox.serialize(ox.parse(turtle.encode(), ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES).decode()


def _engine_order(engine, query: str) -> list[str]:
    res = engine.query(PREFIX + query, prefixes={p: str(n) for p, n in PREFIXES.items()},
                       use_default_graph_as_union=True)
    return [sol["x"].value for sol in res]


@pytest.mark.parametrize("order", [
    "ORDER BY ?v ?x",  # unbound, blank node, IRIs, then literals: numbers by value, then the rest
    "ORDER BY DESC(?v) ?x",
    "ORDER BY STR(?v) ?x",
    "ORDER BY DESC(?n) STR(?label) STR(?x)",
    "ORDER BY ASC(?n) DESC(STR(?label)) ?x",
    "ORDER BY ?label ?x",  # the same text with a language tag comes first
    "ORDER BY DESC(?d) ?x",
    "order by desc(?n) ?x limit 4 offset 3",
    "ORDER BY ?n ?x LIMIT 5",
    "ORDER BY ?x OFFSET 10",
])
def test_rows_come_back_in_the_engines_order(stores, order):
    ours, engine = stores
    query = ROWS + "\n" + order
    assert client_order(PREFIX + query) is not None  # sorted by the store, not the engine
    assert [str(r["x"]) for r in ours.query(PREFIX + query)] == _engine_order(engine, query)


def test_a_key_the_query_does_not_return_is_left_to_the_engine(stores):
    ours, engine = stores
    query = "SELECT ?x WHERE { ?x ex:n ?n } ORDER BY DESC(?n) ?x"
    assert [str(r["x"]) for r in ours.query(PREFIX + query)] == _engine_order(engine, query)


@pytest.mark.parametrize("query", [
    "SELECT ?x WHERE { ?x ?p ?o } ORDER BY LCASE(?o)",  # an expression: left to the engine
    "SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?o VALUES ?x { <http://example.org/r01> }",
    "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?o LIMIT 3 } }",  # not the outer query
    'SELECT ?x WHERE { ?x ?p "ORDER BY ?o" }',
    "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o } ORDER BY ?o",
])
def test_only_a_plain_trailing_order_by_is_taken_over(query):
    assert client_order(query) is None


def test_the_split_query_keeps_everything_before_the_order_by():
    split = client_order('SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ?p "}" } GROUP BY ?x ORDER BY DESC(?n) LIMIT 2')
    assert split.query.rstrip().endswith("GROUP BY ?x")
    assert [(k.var, k.descending) for k in split.keys] == [("n", True)]
    assert (split.limit, split.offset) == (2, 0)


@pytest.mark.parametrize("order", ["ORDER BY DESC(?n) STR(?label) ?x", "ORDER BY ?v ?x LIMIT 4 OFFSET 2"])
def test_the_workbench_endpoint_returns_the_engines_order_too(stores, order):
    from kg.serve.results import evaluate

    ours, engine = stores
    query = ROWS + "\n" + order
    result = evaluate(engine, PREFIX + query, lambda rows: None, {}, view={"use_default_graph_as_union": True})
    assert [row[result.variables.index("x")].value for row in result.rows] == _engine_order(engine, query)
