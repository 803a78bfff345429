"""The measures of the entity network (kg.use.analysis), on a small hand-written graph (tests/fixtures/viz_graph.trig)."""



from kg.namespaces import ID
from kg.use import analysis, network


def test_agencies_roll_up_to_their_state_in_the_body_process_graph(net):
    b = analysis.body_process_graph(net.graph)
    oewg = str(ID["process/un-oewg-2021-2025"])
    # RUS/security-council took part in a meeting linked to the OEWG, so Russia did too.
    assert b.has_edge(str(ID["agency/RUS/security-council"]), oewg)
    assert b.has_edge(str(ID["state/RUS"]), oewg)
    bodies = analysis.body_projection(b)
    assert all(b.nodes[n]["bipartite"] == 0 for n in bodies)
    assert all(b.nodes[n]["bipartite"] == 1 for n in analysis.process_projection(b))


def test_coparticipation_counts_shared_meetings(net):
    co = analysis.coparticipation_graph(net.graph)
    g = net.graph
    for a, b, d in co.edges(data=True):
        shared = {m for m in g.neighbors(a) if g.nodes[m]["kind"] == "meeting"} & set(g.neighbors(b))
        assert d["weight"] == len(shared) > 0


def test_centrality_table_covers_every_node_grouped_by_type(net):
    rows = analysis.centrality_table(net.graph)
    assert {r["iri"] for r in rows} == set(net.graph)
    kinds = [network.KINDS.index(r["type"]) for r in rows]
    assert kinds == sorted(kinds)
    assert all(0 <= r["betweenness"] <= 1 and r["eigenvector"] >= 0 for r in rows)


def test_betweenness_is_sampled_above_the_limit(monkeypatch, net):
    calls = []
    real = analysis.nx.betweenness_centrality

    def spy(g, *args, **kwargs):
        calls.append(kwargs.get("k"))
        return real(g, *args, **{k: v for k, v in kwargs.items() if k != "k"})

    monkeypatch.setattr(analysis.nx, "betweenness_centrality", spy)
    analysis.betweenness(net.graph)
    monkeypatch.setattr(analysis, "BETWEENNESS_EXACT_LIMIT", 5)
    analysis.betweenness(net.graph)
    assert calls == [None, analysis.BETWEENNESS_SAMPLE]


def test_communities_are_repeatable_and_cover_the_graph(net):
    first, second = analysis.communities(net.graph), analysis.communities(net.graph)
    assert first == second
    assert {r["iri"] for r in first} == set(net.graph)


def test_top_bodies_are_ranked_by_meetings(net):
    rows = analysis.top_bodies_per_process(net.graph, top=3)
    assert rows
    by_process = {}
    for r in rows:
        by_process.setdefault(r["process"], []).append(r["meetings"])
    for counts in by_process.values():
        assert len(counts) <= 3 and counts == sorted(counts, reverse=True)


def test_participation_by_year_counts_each_forums_meetings(store_and_ds, net):
    store, _ = store_and_ds
    rows = analysis.participation_by_year(net.graph)
    expected = {}
    for r in store.query("SELECT DISTINCT ?m ?f ?d WHERE { ?m ict:ofForum ?f ; ict:date ?d }"):
        key = (str(r["f"]), int(str(r["d"])[:4]))
        expected[key] = expected.get(key, 0) + 1
    assert {(r["forum"], r["year"]): r["meetings"] for r in rows} == expected
    assert all(r["states"] >= 1 for r in rows)
