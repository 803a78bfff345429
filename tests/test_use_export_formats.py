import io
from pathlib import Path

import networkx as nx
import pytest
from helpers import reasoned_store
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, SKOS

from kg.namespaces import GRAPH_VOCAB, ICT, ID
from kg.use.export import entity_graph, export

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
    assert fso["label"] == "Federal Protective Service (RUS)"  # agency names leave out their state
    assert fso["label_ru"] == "Федеральная служба охраны (RUS)"
    assert g.number_of_nodes() == entity_graph(store).number_of_nodes()


def test_entity_graph_links_bodies_meetings_and_processes(store):
    g = entity_graph(store)
    m3 = str(ID["meeting/brics-wg-ict-security/2024-04-16"])
    assert g.edges[m3, str(ID["agency/RUS/mod"])]["relation"] == "participant"
    assert g.edges[m3, str(ID["process/brics-wg-ict-security"])]["relation"] == "meeting of"
    assert g.edges[m3, str(ID["process/un-oewg-2021-2025"])]["relation"] == "linked process"


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_edges_carry_relation_weight_and_the_announcements_stating_them(store, fmt, read):
    g = read(io.BytesIO(export(store, fmt)))
    stated = {}
    for r in store.query("SELECT ?g ?m ?b ?name WHERE { GRAPH ?g { ?m ict:hasParticipant ?b . "
                         "?a a ict:Announcement ; ict:sourceName ?name } }"):
        if "/graph/announcement/" in str(r["g"]):
            stated.setdefault((str(r["m"]), str(r["b"])), set()).add(str(r["name"]))
    assert any(len(names) > 1 for names in stated.values()), "the fixture should have a fact two announcements state"
    for (m, b), names in stated.items():
        edge = g.edges[m, b]
        assert edge["relation"] == "participant"
        assert set(edge["sources"].split("; ")) == names
        assert int(edge["weight"]) == len(names)


def test_network_exports_hold_observed_entities_unless_the_vocabulary_is_asked_for():
    store = reasoned_store(FIXTURE)
    nobody = ID["state/ISL"]  # in the vocabulary, named by no announcement
    store.add_quads([(nobody, RDF.type, ICT.State, GRAPH_VOCAB),
                     (nobody, SKOS.prefLabel, Literal("Iceland", lang="en"), GRAPH_VOCAB)])
    shown = entity_graph(store)
    linked = {str(r["x"]) for r in store.query(
        "SELECT DISTINCT ?x WHERE { GRAPH ?g { { ?x ?p ?y } UNION { ?y ?p ?x } } "
        "FILTER(CONTAINS(STR(?g), '/graph/announcement/')) }")}
    for node, d in shown.nodes(data=True):
        if d["observed"]:
            assert node in linked, node
        else:  # vocabulary context: one link from something an announcement states
            assert any(shown.nodes[n]["observed"] for n in nx.all_neighbors(shown, node)), node
    everything = entity_graph(store, with_vocabulary=True)
    added = set(everything) - set(shown)
    assert str(nobody) in added and str(nobody) not in shown
    assert not any(everything.nodes[n]["observed"] or n in linked for n in added)
