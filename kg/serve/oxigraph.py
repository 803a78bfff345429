"""The Oxigraph store inside the embedded store, for the endpoint's lazy results and serialisers."""


def raw_oxigraph(store):
    """The pyoxigraph.Store inside kg.store.Store.

    The endpoint needs what kg.store's API does not give: lazily iterated results (so
    the limits act between rows), the protocol's default-graph-uri/named-graph-uri,
    and Oxigraph's own serialisers. kg.store.Store gives it as its public `native`;
    a remote store has none.
    """
    ox_store = getattr(store, "native", None)
    if ox_store is None:
        raise TypeError("ictkg serve needs the embedded store (--store PATH), not a remote endpoint")
    return ox_store
