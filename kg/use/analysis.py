"""The measures analysts ask of the entity network (kg.use.network), and `ictkg analyze`'s tables.

Functions return plain data (lists of dicts) so the CLI, the pages and the tests share them.

Sizes: betweenness is exact up to `BETWEENNESS_EXACT_LIMIT` nodes and sampled
with k=200 pivots (seeded) above it; exact betweenness on 2,000 nodes and 54k
edges takes minutes, the sample keeps the same top ranks (DESIGN.md).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import networkx as nx
from networkx.algorithms import bipartite

from kg.use.network import (
    BODY_KINDS,
    KINDS,
    PROCESS_KINDS,
    agency_display,
    agency_state,
    build_network,
    node_label,
)
from kg.use.titles import meeting_year

SEED = 42
BETWEENNESS_EXACT_LIMIT = 500
BETWEENNESS_SAMPLE = 200


# ---------------------------------------------------------------- derived graphs


def _meeting_bodies(g: nx.Graph, meeting: str) -> set[str]:
    """Bodies that took part, with agencies rolled up to their states."""
    bodies = {n for n in g.neighbors(meeting) if g.nodes[n]["kind"] in BODY_KINDS
              and g.edges[meeting, n]["relations"] & {"participant"}}
    for n in list(bodies):
        if g.nodes[n]["kind"] == "agency":
            bodies.update(x for x in g.neighbors(n) if g.nodes[x]["kind"] == "state")
    return bodies


def _meeting_processes(g: nx.Graph, meeting: str) -> set[str]:
    return {n for n in g.neighbors(meeting) if g.nodes[n]["kind"] in PROCESS_KINDS}


def body_process_graph(g: nx.Graph) -> nx.Graph:
    """Bipartite bodies (bipartite=0) and processes/forums (bipartite=1), weighted by shared meetings."""
    b = nx.Graph()
    for m, d in g.nodes(data=True):
        if d["kind"] != "meeting":
            continue
        for body in _meeting_bodies(g, m):
            for proc in _meeting_processes(g, m):
                b.add_node(body, bipartite=0, kind=g.nodes[body]["kind"])
                b.add_node(proc, bipartite=1, kind=g.nodes[proc]["kind"])
                if not b.has_edge(body, proc):
                    b.add_edge(body, proc, weight=0, sources=set())
                b.edges[body, proc]["weight"] += 1
                # cited: the announcements that link this meeting to the process
                b.edges[body, proc]["sources"] |= g.edges[m, proc]["sources"]
    return b


def body_projection(b: nx.Graph) -> nx.Graph:
    """Bodies linked when they share a process; weight = number of shared processes."""
    return bipartite.weighted_projected_graph(b, [n for n, d in b.nodes(data=True) if d["bipartite"] == 0])


def process_projection(b: nx.Graph) -> nx.Graph:
    """Processes linked when a body takes part in both; weight = number of shared bodies."""
    return bipartite.weighted_projected_graph(b, [n for n, d in b.nodes(data=True) if d["bipartite"] == 1])


def coparticipation_graph(g: nx.Graph) -> nx.Graph:
    """Agencies linked by the meetings they attended together; weight = shared meetings."""
    co = nx.Graph()
    for m, d in g.nodes(data=True):
        if d["kind"] != "meeting":
            continue
        agencies = sorted(n for n in g.neighbors(m) if g.nodes[n]["kind"] == "agency")
        co.add_nodes_from(agencies)
        for i, a in enumerate(agencies):
            for b in agencies[i + 1:]:
                if not co.has_edge(a, b):
                    co.add_edge(a, b, weight=0, sources=set())
                co.edges[a, b]["weight"] += 1
                co.edges[a, b]["sources"] |= d.get("sources", set())
    return co


# ---------------------------------------------------------------- measures


def betweenness(g: nx.Graph) -> dict[str, float]:
    """Exact below BETWEENNESS_EXACT_LIMIT nodes, else sampled with k=200 seeded pivots."""
    if len(g) > BETWEENNESS_EXACT_LIMIT:
        return nx.betweenness_centrality(g, k=BETWEENNESS_SAMPLE, seed=SEED)
    return nx.betweenness_centrality(g)


def eigenvector(g: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality per connected component scaled by its size (power iteration)."""
    out: dict[str, float] = {}
    for comp in nx.connected_components(g):
        if len(comp) < 3:
            out.update({n: 0.0 for n in comp})
            continue
        sub = g.subgraph(comp)
        try:
            ev = nx.eigenvector_centrality(sub, max_iter=1000, tol=1e-6, weight="weight")
        except nx.PowerIterationFailedConvergence:
            ev = {n: 0.0 for n in comp}
        scale = len(comp) / len(g)
        out.update({n: v * scale for n, v in ev.items()})
    return out


def centrality_table(g: nx.Graph, lang: str = "en") -> list[dict]:
    """Degree, betweenness and eigenvector centrality of every node, grouped by type, best first."""
    if len(g) == 0:
        return []
    deg = nx.degree_centrality(g)
    btw = betweenness(g)
    eig = eigenvector(g)
    rows = [{"type": d["kind"], "iri": n, "label": node_label(g, n, lang), "degree": round(deg[n], 6),
             "betweenness": round(btw[n], 6), "eigenvector": round(eig[n], 6)} for n, d in g.nodes(data=True)]
    rows.sort(key=lambda r: (KINDS.index(r["type"]), -r["degree"], -r["betweenness"], r["iri"]))
    return rows


def cited(sources, names: dict[str, str] | None = None) -> str:
    """Announcements as a table cell: their file names (IRIs when no name is known), "; " between."""
    names = names or {}
    return "; ".join(sorted(names.get(s, s) for s in sources))


def top_bodies_per_process(g: nx.Graph, top: int = 5, lang: str = "en",
                           source_names: dict[str, str] | None = None) -> list[dict]:
    """For each forum/process, the bodies in most of its meetings, with the announcements reporting them."""
    b = body_process_graph(g)
    rows = []
    for proc in sorted(n for n, d in b.nodes(data=True) if d["bipartite"] == 1):
        ranked = sorted(b.neighbors(proc), key=lambda x: (-b.edges[proc, x]["weight"], x))[:top]
        for rank, body in enumerate(ranked, 1):
            rows.append({"process": proc, "process_label": node_label(g, proc, lang), "rank": rank,
                         "body": body, "body_label": node_label(g, body, lang), "body_type": g.nodes[body]["kind"],
                         "meetings": b.edges[proc, body]["weight"],
                         "sources": cited(b.edges[proc, body]["sources"], source_names)})
    return rows


def communities(g: nx.Graph, lang: str = "en") -> list[dict]:
    """Louvain communities (seeded, so repeatable); community 1 is the largest."""
    if len(g) == 0:
        return []
    found = nx.community.louvain_communities(g, weight="weight", seed=SEED)
    found = sorted(found, key=lambda c: (-len(c), min(c)))
    return [{"community": i, "iri": n, "label": node_label(g, n, lang), "type": g.nodes[n]["kind"]}
            for i, comm in enumerate(found, 1) for n in sorted(comm)]


def participation_by_year(g: nx.Graph, lang: str = "en") -> list[dict]:
    """Per forum and year: meetings, distinct bodies, states (agencies rolled up) and agencies."""
    acc: dict[tuple[str, int], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for m, d in g.nodes(data=True):
        year = meeting_year(d.get("date")) if d["kind"] == "meeting" else None
        if year is None or not d.get("forum"):
            continue
        slot = acc[(d["forum"], year)]
        slot["meetings"].add(m)
        for body in _meeting_bodies(g, m):
            slot["bodies"].add(body)
            slot[g.nodes[body]["kind"]].add(body)
    return [{"forum": f, "forum_label": node_label(g, f, lang), "year": y, "meetings": len(s["meetings"]),
             "bodies": len(s["bodies"]), "states": len(s["state"]), "agencies": len(s["agency"])}
            for (f, y), s in sorted(acc.items())]


def agency_process_matrix(g: nx.Graph, lang: str = "en") -> tuple[list[str], list[str], dict]:
    """Agencies (rows), processes (columns) and the meetings linking each pair."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for m, d in g.nodes(data=True):
        if d["kind"] != "meeting":
            continue
        agencies = [n for n in g.neighbors(m) if g.nodes[n]["kind"] == "agency"]
        for a in agencies:
            for p in _meeting_processes(g, m):
                counts[(a, p)] += 1
    rows = sorted({a for a, _ in counts}, key=lambda a: (agency_state(g, a), node_label(g, a, lang)))
    cols = sorted({p for _, p in counts}, key=lambda p: node_label(g, p, lang))
    return rows, cols, dict(counts)


# ---------------------------------------------------------------- writing


def write_table(rows: list[dict], out_dir: Path, name: str) -> tuple[Path, Path]:
    """Write rows as NAME.csv and NAME.json; returns both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path, json_path = out_dir / f"{name}.csv", out_dir / f"{name}.json"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        if rows:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    json_path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return csv_path, json_path


TABLES = {
    "centrality": ["type", "iri", "label", "degree", "betweenness", "eigenvector"],
    "top_bodies": ["process", "process_label", "rank", "body", "body_label", "body_type", "meetings", "sources"],
    "communities": ["community", "iri", "label", "type"],
    "participation_by_year": ["forum", "forum_label", "year", "meetings", "bodies", "states", "agencies"],
    "agency_coparticipation": ["agency_a", "label_a", "agency_b", "label_b", "shared_meetings", "sources"],
}  # `analyze`'s tables and their columns, in order


def analyze(store, out_dir: Path, top: int = 5, lang: str = "en") -> dict[str, list[dict]]:
    """Compute every table of `ictkg analyze` and write each as CSV and JSON under out_dir."""
    net = build_network(store)
    g = net.graph
    names = {s.iri: s.name or s.iri for s in net.sources.values()}
    co = coparticipation_graph(g)
    tables = {
        "centrality": centrality_table(g, lang),
        "top_bodies": top_bodies_per_process(g, top, lang, names),
        "communities": communities(g, lang),
        "participation_by_year": participation_by_year(g, lang),
        "agency_coparticipation": [
            {"agency_a": a, "label_a": agency_display(g, a, lang), "agency_b": b,
             "label_b": agency_display(g, b, lang), "shared_meetings": d["weight"],
             "sources": cited(d["sources"], names)}
            for a, b, d in sorted(co.edges(data=True), key=lambda e: (-e[2]["weight"], e[0], e[1]))],
    }
    for name, rows in tables.items():
        write_table(rows, Path(out_dir), name)
    return tables
