from pathlib import Path

import pytest
from rdflib import Graph

from kg import validate
from kg.namespaces import GRAPH_INFERRED, GRAPH_STRENGTHS, ICT, ID
from kg.reason import materialise
from kg.store import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "graph_small.trig"
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "ictsec.ttl"
TABLE = [ICT.tookPartIn, ICT.hasParticipant, ICT.engagedIn, ICT.associatedWith, ICT.linkedWith,
         ICT.hasAgency, ICT.hasMeeting, ICT.chaired]
M1 = ID["meeting/russia-asean-ict-dialogue/2021-09-23"]
M3 = ID["meeting/brics-wg-ict-security/2024-04-16"]
M4 = ID["meeting/russia-india-ict-consultations/2018-02-15"]


@pytest.fixture
def store():
    s = open_store(memory=True)
    s.load(FIXTURE)
    materialise(s)
    return s


def holds(store, s, p, o) -> bool:
    return store.ask("ASK { ?s ?p ?o }", {"s": s, "p": p, "o": o})


def test_a_state_takes_part_through_its_agency(store):
    assert holds(store, ID["state/KHM"], ICT.tookPartIn, M1)  # only the Cambodian ministry is stated
    assert holds(store, M4, ICT.hasParticipant, ID["state/IND"])
    assert holds(store, M4, ICT.hasParticipant, ID["state/RUS"])
    assert not holds(store, ID["state/CHN"], ICT.tookPartIn, M4)


def test_an_agency_in_a_delegation_took_part(store):
    assert holds(store, ID["agency/RUS/mod"], ICT.tookPartIn, M3)


def test_chains_reach_forums_and_linked_processes(store):
    fso = ID["agency/RUS/fso"]
    assert holds(store, fso, ICT.engagedIn, ID["process/brics-wg-ict-security"])
    assert holds(store, fso, ICT.associatedWith, ID["process/un-oewg-2021-2025"])
    assert holds(store, fso, ICT.linkedWith, ID["process/un-oewg-2021-2025"])
    assert holds(store, ID["state/KHM"], ICT.linkedWith, ID["process/un-oewg-2021-2025"])
    assert holds(store, ID["person/syromolotov-o-v"], ICT.chaired, M1)
    assert holds(store, ID["process/brics-wg-ict-security"], ICT.hasMeeting, M3)


def test_rerunning_gives_the_same_graph_and_forgets_removed_facts(store):
    first = set(store.triples_in(GRAPH_INFERRED))
    assert materialise(store) == len(first)
    assert set(store.triples_in(GRAPH_INFERRED)) == first
    store.drop_graph(ID["graph/announcement/en-asean-india-2022-3d4e5f6a"])
    materialise(store)
    assert not holds(store, ID["state/IND"], ICT.tookPartIn, M4)
    assert holds(store, ID["state/KHM"], ICT.tookPartIn, M1)


# The reference: the strengths counted from the facts at query time, as CQ2 did before they were stored.
COUNTED_FROM_FACTS = """
SELECT ?body ?process ?kind (COUNT(DISTINCT ?meeting) AS ?meetings) (COUNT(DISTINCT ?source) AS ?sources) WHERE {
  ?body ict:tookPartIn ?meeting .
  { ?meeting ict:ofForum ?process BIND(ict:engagedIn AS ?kind) }
  UNION { ?meeting ict:linkedToProcess ?process BIND(ict:associatedWith AS ?kind) }
  OPTIONAL { ?source ict:reports ?meeting }
} GROUP BY ?body ?process ?kind"""
STORED = """
SELECT ?body ?process ?kind ?meetings ?sources WHERE {
  GRAPH ?g { ?link a ict:LinkStrength ; ict:strengthOf ?body ; ict:strengthWith ?process ;
                   ict:strengthKind ?kind ; ict:meetingCount ?meetings ; ict:sourceCount ?sources } }"""


def strengths(store, sparql=STORED) -> set[tuple]:
    return {(r["body"], r["process"], r["kind"], int(r["meetings"]), int(r["sources"]))
            for r in store.query(sparql)}


def test_link_strengths_are_the_counts_of_the_facts_one_per_link(store):
    stored = strengths(store)
    assert stored == strengths(store, COUNTED_FROM_FACTS)
    links = {(r["b"], r["p"], r["k"]) for r in store.query(
        "SELECT ?b ?p ?k WHERE { VALUES ?k { ict:engagedIn ict:associatedWith } ?b ?k ?p }")}
    assert {(b, p, k) for b, p, k, _, _ in stored} == links
    assert (ID["state/RUS"], ID["process/un-oewg-2021-2025"], ICT.associatedWith, 2, 3) in stored


def test_link_strengths_follow_a_removed_announcement(store):
    dialogue = (ID["state/RUS"], ID["process/russia-asean-ict-dialogue"], ICT.engagedIn)
    india = (ID["state/IND"], ID["process/russia-india-ict-consultations"], ICT.engagedIn)
    before = {s[:3]: s[3:] for s in strengths(store)}
    assert before[dialogue] == (2, 3) and before[india] == (1, 1)
    # the announcement reports the 2022 dialogue and the only Russia-India consultations
    store.drop_graph(ID["graph/announcement/en-asean-india-2022-3d4e5f6a"])
    materialise(store)
    after = {s[:3]: s[3:] for s in strengths(store)}
    assert after[dialogue] == (1, 2) and india not in after
    assert strengths(store) == strengths(store, COUNTED_FROM_FACTS)


@pytest.mark.slow
def test_rules_derive_what_hermit_derives():
    store = open_store(memory=True)
    store.load(FIXTURE)
    store.load(ONTOLOGY, graph=ID["graph/ontology"])
    asserted = Graph()
    for g in store.graphs():
        for t in store.triples_in(g):
            asserted.add(t)
    materialise(store)
    ours = {t for t in store.triples_in(GRAPH_INFERRED)} | set(asserted)
    hermit = set(validate.hermit_infer(asserted)) | set(asserted)

    def table(triples):
        return {t for t in triples if t[1] in TABLE}

    assert table(ours) == table(hermit)


def test_on_disk_store_gets_the_same_links_and_updates_them_in_place(tmp_path):
    memory = open_store(memory=True)
    memory.load(FIXTURE)
    materialise(memory)
    disk = open_store(tmp_path / "store")
    disk.load(FIXTURE)
    try:
        assert materialise(disk) == len(memory.triples_in(GRAPH_INFERRED))
        for graph in (GRAPH_INFERRED, GRAPH_STRENGTHS):
            assert set(disk.triples_in(graph)) == set(memory.triples_in(graph))
        gone = ID["graph/announcement/en-asean-india-2022-3d4e5f6a"]
        disk.drop_graph(gone)
        memory.drop_graph(gone)
        materialise(disk)
        materialise(memory)
        for graph in (GRAPH_INFERRED, GRAPH_STRENGTHS):
            assert set(disk.triples_in(graph)) == set(memory.triples_in(graph))
        assert strengths(disk) == strengths(disk, COUNTED_FROM_FACTS)
        assert not holds(disk, ID["state/IND"], ICT.tookPartIn, M4)
    finally:
        disk.close()
