"""Shortest chains between two entities (kg.use.chains), each hop with its evidence and source."""



from kg.use import chains, names


def test_shortest_chain_hops_carry_evidence_and_source(store_and_ds, net):
    store, _ = store_and_ds
    a = names.resolve_node(net, "BSSN")
    b = names.resolve_node(net, "CAC")
    found = chains.shortest_chains(store, net, a, b)
    assert found
    for chain in found:
        assert chain[0]["from"] == a and chain[-1]["to"] == b
        for hop in chain:
            assert hop["sentence"]
            assert hop["source"]["url"].startswith("https://")
