"""The NetworkX views built from the store, on a small hand-written graph (tests/fixtures/viz_graph.trig)."""


import pytest
from conftest import VIZ_GRAPH
from rdflib import URIRef

from kg.namespaces import GRAPH_INFERRED, GRAPH_MERGED, ICT, ID
from kg.use import network, titles

FIXTURE = VIZ_GRAPH


def test_every_node_is_typed_and_labelled_in_both_languages(net):
    for node, data in net.graph.nodes(data=True):
        assert data["kind"] in network.KINDS, node
        if data["kind"] in ("state", "agency", "forum"):
            assert data["label_en"] and data["label_ru"], node


def test_a_fact_reported_by_two_announcements_weighs_two(store_and_ds, net):
    store, _ = store_and_ds
    rows = store.query("""SELECT ?m ?b (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?m ict:hasParticipant ?b } }
                          GROUP BY ?m ?b""")
    assert any(int(r["n"]) > 1 for r in rows), "the fixture should have a fact with two sources"
    for r in rows:
        edge = net.graph.edges[str(r["m"]), str(r["b"])]
        assert edge["weight"] == int(r["n"])
        assert "participant" in edge["relations"]


def test_processes_with_meetings_are_forums_and_the_others_processes(store_and_ds, net):
    store, _ = store_and_ds
    with_meetings = {str(r["f"]) for r in store.query("SELECT DISTINCT ?f WHERE { ?m ict:ofForum ?f }")}
    for node, data in net.graph.nodes(data=True):
        if data["kind"] in network.PROCESS_KINDS:
            assert (data["kind"] == "forum") == (node in with_meetings)


def test_filter_since_keeps_only_later_meetings(net):
    g = network.filter_network(net, since=2023)
    meetings = [d for _, d in g.nodes(data=True) if d["kind"] == "meeting"]
    assert meetings and all(titles.meeting_year(d["date"]) >= 2023 for d in meetings)


def test_filter_by_state_keeps_meetings_its_agencies_attended(net):
    chn = str(ID["state/CHN"])
    g = network.filter_network(net, states=[chn])
    for m, d in g.nodes(data=True):
        if d["kind"] == "meeting":
            assert chn in network._meeting_states(net.graph, m)
    assert any(d["kind"] == "meeting" for _, d in g.nodes(data=True))


@pytest.fixture(scope="module")
def reasoned():
    """The fixture as `ictkg ingest` leaves a store: with the merged graph and the inferred links."""
    from helpers import reasoned_store

    store = reasoned_store(FIXTURE)
    return store, network.build_network(store)


def _announcement_graphs(store) -> dict[str, str]:
    rows = store.query("SELECT ?g ?a WHERE { GRAPH ?g { ?a a ict:Announcement } }")
    return {str(r["g"]): str(r["a"]) for r in rows if str(r["g"]).startswith(str(ID["graph/announcement/"]))}


def test_sources_are_exactly_the_announcements_whose_graphs_state_the_fact(reasoned):
    store, net = reasoned
    graphs = _announcement_graphs(store)
    assert set(net.sources) == set(graphs), "one source per announcement graph, not the merged graph"
    reported = {}
    for r in store.query("SELECT ?g ?m WHERE { GRAPH ?g { ?a ict:reports ?m } }"):
        if str(r["g"]) in graphs:
            reported.setdefault(str(r["m"]), set()).add(graphs[str(r["g"])])
    meetings = [n for n, d in net.graph.nodes(data=True) if d["kind"] == "meeting"]
    assert meetings and {m: net.graph.nodes[m]["sources"] for m in meetings} == {m: reported[m] for m in meetings}
    by_announcement = {ann: g for g, ann in graphs.items()}
    triples = {g: store.triples_in(URIRef(g)) for g in graphs}
    direct = {ICT.hasParticipant, ICT.ofForum, ICT.linkedToProcess}
    for a, b, d in net.graph.edges(data=True):
        ends = {URIRef(a), URIRef(b)}
        stating = set()
        for g, ts in triples.items():
            # the graph links the two ends by one triple, or through one node (a delegation, a chairing)
            touching = [t for t in ts if t[0] in ends or t[2] in ends]
            if any({t[0], t[2]} == ends for t in touching):
                stating.add(graphs[g])
            else:
                near = {}
                for t in touching:
                    end, other = (t[0], t[2]) if t[0] in ends else (t[2], t[0])
                    near.setdefault(other, set()).add(end)
                if any(found == ends for found in near.values()):
                    stating.add(graphs[g])
        assert d["sources"] <= stating, (a, b, d["sources"] - stating)
        stated_directly = {graphs[g] for g, ts in triples.items()
                           if any({t[0], t[2]} == ends and t[1] in direct for t in ts)}
        assert stated_directly <= d["sources"], (a, b)
    assert set(by_announcement) == set(net.sources[g].iri for g in net.sources)


def test_inferred_links_are_not_drawn_as_stated_facts(reasoned):
    store, net = reasoned
    inferred_only = store.query(
        """SELECT ?m ?s WHERE { GRAPH ?inferred { ?m ict:hasParticipant ?s }
             FILTER NOT EXISTS { GRAPH ?g { { ?m ict:hasParticipant ?s } UNION { ?d ict:atMeeting ?m ;
                                 ict:delegationOf|ict:hasMemberAgency ?s } } FILTER(?g != ?inferred && ?g != ?merged) } }""",
        {"inferred": GRAPH_INFERRED, "merged": GRAPH_MERGED})
    assert inferred_only, "the fixture's agencies should roll up to states by inference"
    for r in inferred_only:
        m, s = str(r["m"]), str(r["s"])
        # drawn from the stated facts only: the agency took part, its state is reached through it
        assert not (net.graph.has_edge(m, s) and "participant" in net.graph.edges[m, s]["relations"]), (m, s)


def test_no_meeting_is_labelled_with_its_iri(net):
    for node, data in net.graph.nodes(data=True):
        if data["kind"] == "meeting":
            tail = node.rsplit("/", 1)[-1]
            for lang in ("en", "ru"):
                assert tail not in data[f"label_{lang}"] and "--" not in data[f"label_{lang}"], data[f"label_{lang}"]
