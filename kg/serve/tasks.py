"""The work a request hands to a query worker: a query, the network view, the matrix.

Each task takes a `limits.TaskContext` (the store as the worker opened it, the
result-size limit, a cache living as long as the worker) and returns plain data
that crosses the process boundary (pickled): query results as Oxigraph terms,
views as dicts of strings and numbers. The server renders pages from them.
"""

from __future__ import annotations

from kg.namespaces import PREFIXES
from kg.serve import results as res
from kg.serve.limits import TaskContext

_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}
LISTED_NODES = 500  # nodes listed as links under the network view


def evaluate(ctx: TaskContext, text: str, default_graphs: list[str] | None, named_graphs: list[str] | None,
             own_dataset: bool, bindings: dict | None) -> res.Result:
    """A user's query, under the result-size limit (see results.evaluate for the dataset)."""
    return res.evaluate(ctx.ox, text, ctx.check, _PREFIXES, default_graphs=default_graphs,
                        named_graphs=named_graphs, own_dataset=own_dataset, bindings=bindings)


def _network(ctx: TaskContext):
    from kg.use import network

    return ctx.cached("network", lambda: network.build_network(ctx.store))


def network_view(ctx: TaskContext, iri: str, depth: int, lang: str) -> dict | None:
    """What the network page draws around `iri` (the whole network without one); None when it has no such node."""
    from kg.use import network, viz

    net = _network(ctx)
    if iri and iri not in net.graph:
        return None
    g = network.filter_network(net, focus=iri, depth=depth) if iri else net.graph
    data = viz.page_data(g, net.sources, lang)
    payload = {"nodes": data["nodes"], "edges": data["edges"], "options": viz.vis_options(data["physics"]),
               "lang": lang, "physics": data["physics"]}
    listing = sorted(((d["kind"], network.node_label(g, n, lang), n) for n, d in g.nodes(data=True)))
    return {"legend": data["legend"], "physics": data["physics"], "node_count": len(data["nodes"]),
            "edge_count": len(data["edges"]), "page_json": str(viz.json_for_script(payload)),
            "listing": listing[:LISTED_NODES], "listed_all": len(listing) <= LISTED_NODES}


def matrix(ctx: TaskContext, lang: str = "en") -> dict:
    """Agencies by forum or process: the meetings linking them (viz.heatmap_data)."""
    from kg.use import viz

    return viz.heatmap_data(_network(ctx).graph, lang)


TASKS = {"evaluate": evaluate, "network_view": network_view, "matrix": matrix}
