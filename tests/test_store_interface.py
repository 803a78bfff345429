"""Both stores offer the one interface (kg/store/interface.py), so no code has to ask which it has."""

import inspect

import pytest

from kg.store import RemoteStore, Store
from kg.store.interface import GraphStore, MergedGraphStore


def members(protocol) -> set[str]:
    own = {name for cls in protocol.__mro__ if cls.__module__ == "kg.store.interface"
           for name in vars(cls) if not name.startswith("_") or name == "__len__"}
    annotated = {name for cls in protocol.__mro__ if cls.__module__ == "kg.store.interface"
                 for name in getattr(cls, "__annotations__", {})}
    return own | annotated


@pytest.mark.parametrize("store_class", [Store, RemoteStore])
def test_both_stores_have_every_method_of_the_interface(store_class):
    missing = sorted(name for name in members(GraphStore) if not hasattr(store_class, name))
    assert missing == []


def test_the_store_that_keeps_the_merged_graph_has_what_reasoning_uses():
    assert Store.keeps_merged_graph and not RemoteStore.keeps_merged_graph
    assert sorted(name for name in members(MergedGraphStore) if not hasattr(Store, name)) == []


def test_the_methods_take_what_the_interface_says():
    for name in members(MergedGraphStore):
        declared = getattr(MergedGraphStore, name, None)
        if not callable(declared):
            continue
        for store_class in (Store, RemoteStore):
            if name in members(GraphStore) or store_class is Store:
                ours = list(inspect.signature(getattr(store_class, name)).parameters)
                wanted = list(inspect.signature(declared).parameters)
                assert ours[:len(wanted)] == wanted, (store_class.__name__, name)  # a store may take more
