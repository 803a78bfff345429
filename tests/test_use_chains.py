"""Shortest chains between two entities (kg.use.chains), each hop with its evidence and source."""

from pathlib import Path

import pytest
from helpers import store_from_trig

from kg.use import chains, names, network

FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.trig"


def load_fixture():
    return store_from_trig(FIXTURE)


@pytest.fixture(scope="module")
def store_and_ds():
    return load_fixture()


@pytest.fixture(scope="module")
def net(store_and_ds):
    return network.build_network(store_and_ds[0])


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
