import io
from pathlib import Path

import networkx as nx
import pytest
from helpers import reasoned_store
from rdflib import Dataset, Graph

from kg.export import entity_graph, export
from kg.namespaces import ID

FIXTURE = Path(__file__).parent / "fixtures" / "graph_small.trig"


@pytest.fixture(scope="module")
def store():
    return reasoned_store(FIXTURE)


@pytest.mark.parametrize("fmt, parser", [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_dataset_exports_keep_every_quad(store, fmt, parser):
    ds = Dataset()
    ds.parse(data=export(store, fmt), format=parser)
    assert len(list(ds.quads())) == len(store)


def test_turtle_export_of_one_graph_holds_that_graph(store):
    g = ID["graph/vocab"]
    parsed = Graph().parse(data=export(store, "ttl", graph=g), format="turtle")
    assert set(parsed) == set(store.triples_in(g))


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_open_with_types_and_both_labels(store, fmt, read):
    g = read(io.BytesIO(export(store, fmt)))
    fso = g.nodes[str(ID["agency/RUS/fso"])]
    assert fso["type"] == "GovernmentAgency"
    assert fso["label"] == "Federal Protective Service"
    assert fso["label_ru"] == "Федеральная служба охраны"
    assert g.number_of_nodes() == entity_graph(store).number_of_nodes()


def test_entity_graph_links_bodies_meetings_and_processes(store):
    g = entity_graph(store)
    m3 = str(ID["meeting/brics-wg-ict-security/2024-04-16"])
    assert g.edges[str(ID["agency/RUS/mod"]), m3]["type"] == "took part in"
    assert g.edges[m3, str(ID["process/brics-wg-ict-security"])]["type"] == "of forum"
    assert g.edges[m3, str(ID["process/un-oewg-2021-2025"])]["type"] == "linked to process"
