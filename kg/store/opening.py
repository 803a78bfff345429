"""Opening a store: a SPARQL server when an endpoint is given, else the embedded store."""

from __future__ import annotations

import os
from collections.abc import Iterator

from rdflib import URIRef
from rdflib.term import Node

from kg.store.embedded import Store
from kg.store.remote import RemoteStore

DEFAULT_STORE = "out/store"


def default_store_path() -> str:
    return os.environ.get("ICTKG_STORE", DEFAULT_STORE)


def quads(store, graph: URIRef | None = None) -> Iterator[tuple[Node, Node, Node, URIRef]]:
    """Every quad of the store (or of one graph), as rdflib terms."""
    for g in [graph] if graph is not None else store.graphs():
        for s, p, o in store.triples_in(g):
            yield s, p, o, g


def open_store(path: str | os.PathLike | None = None, *, memory: bool = False, read_only: bool = False,
               endpoint: str | None = None, update_endpoint: str | None = None,
               graph_store: str | None = None, **remote) -> Store | RemoteStore:
    """Open the store: a SPARQL server when `endpoint` is given, else in memory or on disk.

    `read_only=True` opens an on-disk store as a snapshot without taking the
    writer's lock, so queries run while an ingest writes.
    """
    if endpoint:
        return RemoteStore(endpoint, update_endpoint=update_endpoint, graph_store=graph_store,
                           read_only=read_only, **remote)
    if memory:
        return Store(None)
    return Store(path or default_store_path(), read_only=read_only)
