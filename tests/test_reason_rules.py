from pathlib import Path

import pytest
from rdflib import Graph

from kg.namespaces import GRAPH_INFERRED, ICT, ID
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


@pytest.mark.slow
def test_rules_derive_what_hermit_derives():
    validate = pytest.importorskip("kg.validate", reason="kg.validate (hermit_infer) is not written yet")
    if not ONTOLOGY.exists():
        pytest.skip("ontology/ictsec.ttl is not written yet")
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
        assert set(disk.triples_in(GRAPH_INFERRED)) == set(memory.triples_in(GRAPH_INFERRED))
        gone = ID["graph/announcement/en-asean-india-2022-3d4e5f6a"]
        disk.drop_graph(gone)
        memory.drop_graph(gone)
        materialise(disk)
        materialise(memory)
        assert set(disk.triples_in(GRAPH_INFERRED)) == set(memory.triples_in(GRAPH_INFERRED))
        assert not holds(disk, ID["state/IND"], ICT.tookPartIn, M4)
    finally:
        disk.close()
