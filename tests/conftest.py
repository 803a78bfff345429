from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
VIZ_GRAPH = ROOT / "tests" / "fixtures" / "viz_graph.trig"  # a small reasoned graph of meetings, bodies, processes


@pytest.fixture
def shared_corpus() -> Path:
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} not present")
    return SHARED_CORPUS


@pytest.fixture(scope="module")
def store_and_ds():
    """The viz graph fixture in a store, with its dataset (tests of kg.use: network, analysis, chains)."""
    from helpers import store_from_trig

    return store_from_trig(VIZ_GRAPH)


@pytest.fixture(scope="module")
def net(store_and_ds):
    from kg.use import network

    return network.build_network(store_and_ds[0])
