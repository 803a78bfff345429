"""Pictures of the graph: the interactive network page, the heatmap and the timeline.

The network page uses pyvis's data model (its `Network` node and edge lists and its
options) and the vis-network script that pyvis ships, but is rendered with our own
jinja2 template with autoescape: pyvis 0.3.2's template loads Bootstrap from a CDN
even with `cdn_resources="in_line"` and pastes the heading unescaped. Page data goes
in as JSON inside a `<script type="application/json">` block (`<`, `>`, `&` escaped),
labels are drawn on a canvas, and tooltips are built as DOM nodes with `textContent`,
so no announcement text is ever parsed as HTML.

Size: up to `PHYSICS_NODE_LIMIT` nodes the page lays itself out with physics and
turns physics off once it has settled; above it the page starts with physics off
and a layout computed here (Fruchterman-Reingold with sampled repulsion).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import jinja2
import networkx as nx
import numpy as np
import pyvis
from markupsafe import Markup
from pyvis.network import Network as PyvisNetwork

from kg import ontology_files
from kg.use.analysis import SEED, agency_process_matrix
from kg.use.names import node_choice_note, resolve_node
from kg.use.network import (
    Network,
    Source,
    agency_display,
    build_network,
    filter_network,
    node_label,
)
from kg.use.titles import meeting_year

PHYSICS_NODE_LIMIT = 2500
# Above LABEL_ALL_LIMIT nodes only the CENTRAL_LABELS best-linked ones are labelled at first; the others show
# theirs on hover, or all of them once the analyst zooms in (graph.js): 150 labels at once overlap into a tangle.
LABEL_ALL_LIMIT = 40
CENTRAL_LABELS = 25
LAYOUT_ITERATIONS = 60
LAYOUT_PIVOTS = 300

# Colour and vis-network shape per node type; the glyph is the legend's picture of the shape.
STYLE = {
    "state": ("#d62728", "star", "★"),
    "organisation": ("#9467bd", "hexagon", "⬢"),
    "agency": ("#1f77b4", "dot", "●"),
    "forum": ("#2ca02c", "diamond", "◆"),
    "process": ("#17becf", "triangle", "▲"),
    "meeting": ("#ff7f0e", "square", "■"),
    "person": ("#8c564b", "triangleDown", "▼"),
    "document": ("#7f7f7f", "dot", "●"),
}
TYPE_NAMES = {
    "en": {"state": "State", "organisation": "International organisation", "agency": "Government agency",
           "forum": "Forum", "process": "Process", "meeting": "Meeting", "person": "Person",
           "document": "Document"},
    "ru": {"state": "Государство", "organisation": "Международная организация",
           "agency": "Ведомство", "forum": "Форум", "process": "Процесс", "meeting": "Встреча",
           "person": "Персона", "document": "Документ"},
}

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_TEMPLATES = ontology_files.TEMPLATES_DIR
_STATIC = ontology_files.STATIC_DIR


def template_env() -> jinja2.Environment:
    """The jinja2 environment for every page we write: autoescape always on."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(ontology_files.templates_dir()), autoescape=True,
                              undefined=jinja2.StrictUndefined)


def json_for_script(data) -> Markup:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` can close or open a tag."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def safe_url(url: str) -> str:
    """Only http(s) links reach a page; anything else (javascript:, data:) is dropped."""
    return url if url.lower().startswith(("http://", "https://")) else ""


# ---------------------------------------------------------------- layout


def precomputed_layout(g: nx.Graph, iterations: int = LAYOUT_ITERATIONS, seed: int = SEED,
                       scale: float | None = None) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions with repulsion from a random sample of pivots per step.

    Exact repulsion is quadratic (about 50 s for 5,000 nodes); sampling 300 pivots gives
    the same broad shape in a few seconds. Seeded, so the same graph gets the same picture.
    """
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    scale = scale or 40.0 * math.sqrt(n)
    index = {v: i for i, v in enumerate(nodes)}
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    edges = np.array([(index[a], index[b]) for a, b in g.edges()], dtype=np.int64).reshape(-1, 2)
    k = np.float32(1 / math.sqrt(n))
    temp = np.float32(0.1)
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros((n, 2), dtype=np.float32)
        pivots = rng.choice(n, size=min(n, LAYOUT_PIVOTS), replace=False)
        weight = np.float32(n / len(pivots))
        for start in range(0, n, 1024):
            d = pos[start:start + 1024, None, :] - pos[None, pivots, :]
            dist2 = np.maximum((d ** 2).sum(-1), 1e-4)
            disp[start:start + 1024] += weight * (d * (k * k / dist2)[..., None]).sum(1)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.sqrt(np.maximum((d ** 2).sum(-1), 1e-4))
            pull = d * (dist / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        length = np.sqrt(np.maximum((disp ** 2).sum(-1), 1e-9))
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    pos -= pos.mean(0)
    pos *= scale / max(float(np.abs(pos).max()), 1e-6)
    return {v: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for v, i in index.items()}


# ---------------------------------------------------------------- page data


def _tooltip(g: nx.Graph, node: str, lang: str, sources: dict[str, Source]) -> dict:
    d = g.nodes[node]
    dates = ""
    if d.get("date"):
        dates = d["date"] + (f" – {d['end_date']}" if d.get("end_date") else "")
    place = d.get(f"place_{lang}") or d.get("place_en") or ""
    cited = sorted((sources[s] for s in d.get("sources", ()) if s in sources), key=lambda s: (s.issued, s.iri))
    return {
        "type": TYPE_NAMES[lang][d["kind"]] + (" (candidate)" if d.get("candidate") else ""),
        "en": d.get("label_en", ""), "ru": d.get("label_ru", ""), "dates": dates, "place": place,
        "format": d.get("format", ""), "iri": node,
        "sources": [{"title": s.title or s.name or s.iri, "url": safe_url(s.url), "issued": s.issued}
                    for s in cited],
    }


def _edge_tip(d: dict, sources: dict[str, Source], lang: str) -> str:
    """'participant · 2 sources: a.txt; b.txt': the announcements stating the link, by name."""
    names = sorted(sources[s].name or s for s in d.get("sources", ()) if s in sources)
    if not names:
        return f"{d.get('relation', '')} · " + ("vocabulary" if lang == "en" else "словарь")
    word = ("source" if len(names) == 1 else "sources") if lang == "en" else "источн."
    return f"{d.get('relation', '')} · {len(names)} {word}: {'; '.join(names)}"


def page_data(g: nx.Graph, sources: dict[str, Source], lang: str = "en") -> dict:
    """Nodes, edges and legend for the page, as plain JSON-able data."""
    by_announcement = {s.iri: s for s in sources.values()}
    degree = dict(g.degree())
    top = max(degree.values(), default=1) or 1
    physics = len(g) <= PHYSICS_NODE_LIMIT
    layout = {} if physics else precomputed_layout(g)
    central = set(sorted(g, key=lambda n: (-degree[n], n))[:CENTRAL_LABELS]) if len(g) > LABEL_ALL_LIMIT else set(g)
    nodes = []
    for node, d in g.nodes(data=True):
        colour, shape, _ = STYLE[d["kind"]]
        item = {
            "id": node, "label": node_label(g, node, lang) if d["kind"] != "meeting"
            else d.get(f"short_{lang}") or node_label(g, node, lang),
            "shape": shape, "color": colour, "group": d["kind"],
            "size": round(8 + 30 * math.sqrt(degree[node] / top), 1),
            "tip": _tooltip(g, node, lang, by_announcement), "central": node in central,
        }
        if not physics:
            item["x"], item["y"] = layout[node]
        nodes.append(item)
    edges = [{"from": a, "to": b, "label": d.get("relation", ""), "value": d.get("weight", 1),
              "tip": _edge_tip(d, by_announcement, lang)} for a, b, d in g.edges(data=True)]
    legend = [{"kind": k, "name": TYPE_NAMES[lang][k], "color": c, "glyph": glyph}
              for k, (c, _, glyph) in STYLE.items()]
    return {"nodes": nodes, "edges": edges, "legend": legend, "physics": physics, "lang": lang}


def vis_options(physics: bool) -> dict:
    """vis-network options: physics that settles then stops, or none over a precomputed layout."""
    return {
        "nodes": {"font": {"size": 12}, "borderWidth": 1},
        "edges": {"font": {"size": 9, "align": "middle"}, "color": {"inherit": False, "color": "#b0b0b0"},
                  "scaling": {"min": 1, "max": 6, "label": {"enabled": False}}, "smooth": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.3},
            "stabilization": {"enabled": physics, "iterations": 300, "updateInterval": 50, "fit": True},
        },
        "layout": {"improvedLayout": False, "randomSeed": SEED},
    }


def render_graph_page(data: dict, title: str) -> str:
    """The HTML of one self-contained page (vis-network inlined, no external requests)."""
    net = PyvisNetwork(height="85vh", width="100%", heading=title, cdn_resources="in_line")
    # Filling pyvis's lists at once: add_node one by one is quadratic (DESIGN.md).
    net.nodes, net.edges = data["nodes"], data["edges"]
    net.options = vis_options(data["physics"])
    nodes, edges, heading, height, width, options = net.get_network_data()
    page = {"nodes": nodes, "edges": edges, "options": json.loads(options), "lang": data["lang"],
            "physics": data["physics"]}
    return template_env().get_template("graph.html.j2").render(
        title=heading, height=height, legend=data["legend"], lang=data["lang"],
        node_count=len(nodes), edge_count=len(edges), physics=data["physics"],
        physics_limit=PHYSICS_NODE_LIMIT, page_json=json_for_script(page),
        vis_js=Markup((_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")),
        vis_css=Markup((_VIS_DIR / "vis-network.css").read_text(encoding="utf-8")),
        page_js=Markup((_STATIC / "graph.js").read_text(encoding="utf-8")),
    )


def _resolve_all(net: Network, names, what: str, store=None, notes: list[str] | None = None) -> list[str]:
    out = []
    for name in names or ():
        iri = resolve_node(net, name, store)
        if not iri:
            raise ValueError(f"no {what} named {name!r} in the graph; check the spelling or pass its IRI")
        out.append(iri)
        if notes is not None and store is not None and iri != name:
            note = node_choice_note(net, store, name, iri)
            if note:
                notes.append(note)
    return out


def write_graph_page(store, path, *, focus: str | None = None, depth: int = 1, forum=(), state=(),
                     since: int | None = None, lang: str = "en", title: str | None = None,
                     network: Network | None = None, notes: list[str] | None = None) -> Path:
    """Write the interactive network page of the store (optionally filtered) to `path`.

    `forum`/`state` take names, acronyms, ISO3 codes or IRIs (one or several); `focus`
    keeps the entities within `depth` links of one entity. Raises ValueError for a name
    that matches nothing; a name that other entities could be meant by adds a line to `notes`
    saying which one was taken and listing the others.
    """
    if lang not in TYPE_NAMES:
        raise ValueError(f"unknown language {lang!r}; use one of: {', '.join(TYPE_NAMES)}")
    net = network or build_network(store)
    forums = _resolve_all(net, [forum] if isinstance(forum, str) else forum, "forum", store, notes)
    states = _resolve_all(net, [state] if isinstance(state, str) else state, "state", store, notes)
    focus_iri = _resolve_all(net, [focus], "entity", store, notes)[0] if focus else None
    g = filter_network(net, forums=forums, states=states, since=since, focus=focus_iri, depth=depth)
    data = page_data(g, net.sources, lang)
    heading = title or ("ICT security forums: who links to what" if lang == "en"
                        else "Форумы по безопасности ИКТ: кто с кем связан")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_graph_page(data, heading), encoding="utf-8")
    return path


# ---------------------------------------------------------------- heatmap and timeline


def heatmap_data(g: nx.Graph, lang: str = "en") -> dict:
    """The agency-by-process matrix with a colour strength per cell (0..1)."""
    rows, cols, counts = agency_process_matrix(g, lang)
    top = max(counts.values(), default=1)
    return {
        "columns": [{"iri": c, "label": node_label(g, c, lang)} for c in cols],
        "rows": [{"iri": r, "label": agency_display(g, r, lang),
                  "cells": [{"n": counts.get((r, c), 0), "alpha": round(counts.get((r, c), 0) / top, 3)}
                            for c in cols]} for r in rows],
    }


def write_heatmap(g: nx.Graph, out_dir, lang: str = "en") -> tuple[Path, Path]:
    """Write the agency-by-process matrix as heatmap.html and agency_process.csv."""
    import csv

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = heatmap_data(g, lang)
    html = out_dir / "heatmap.html"
    html.write_text(template_env().get_template("heatmap.html.j2").render(matrix=data, lang=lang),
                    encoding="utf-8")
    csv_path = out_dir / "agency_process.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["agency", "agency_iri"] + [c["label"] for c in data["columns"]])
        for row in data["rows"]:
            w.writerow([row["label"], row["iri"]] + [c["n"] for c in row["cells"]])
    return html, csv_path


def timeline_points(g: nx.Graph, lang: str = "en") -> list[tuple[str, str]]:
    """(forum label, ISO date) of every meeting whose year is known; month/day default to 1."""
    points = []
    for _, d in g.nodes(data=True):
        if d["kind"] != "meeting" or meeting_year(d.get("date")) is None:
            continue
        forum = node_label(g, d["forum"], lang) if d.get("forum") else (
            "ad hoc" if lang == "en" else "разовые встречи")
        date = d["date"][:10]
        date = date + "-01" * (3 - len(date.split("-")))  # gYear / gYearMonth
        points.append((forum, date))
    return sorted(points)


def off_the_time_axis(g: nx.Graph, lang: str = "en") -> list[str]:
    """Titles of the meetings the timeline cannot place (no date, or a date without its year), so the
    picture and the report can say they exist rather than leave them out without a word."""
    return sorted(d.get(f"label_{lang}") or node_label(g, m, lang) for m, d in g.nodes(data=True)
                  if d["kind"] == "meeting" and meeting_year(d.get("date")) is None)


def timeline_note(g: nx.Graph, lang: str = "en") -> str:
    unplaced = off_the_time_axis(g, lang)
    if not unplaced:
        return ""
    if lang == "en":
        return f"Not on the time axis: {len(unplaced)} meeting(s) of unknown year or date"
    return f"Не на шкале времени: встреч с неизвестным годом или датой — {len(unplaced)}"


def write_timeline(g: nx.Graph, path, lang: str = "en") -> Path:
    """A PNG of meetings per forum over time (matplotlib, Agg backend: no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    from datetime import date

    import matplotlib.pyplot as plt

    points = timeline_points(g, lang)
    forums = sorted({f for f, _ in points})
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.45 * max(len(forums), 1)))
    if points:
        ys = {f: i for i, f in enumerate(forums)}
        ax.scatter([date.fromisoformat(d) for _, d in points], [ys[f] for f, _ in points],
                   s=40, color=STYLE["meeting"][0], zorder=3)
        ax.set_yticks(range(len(forums)), [f if len(f) <= 60 else f[:57] + "…" for f in forums])
        ax.grid(axis="x", alpha=0.3)
    else:
        ax.text(0.5, 0.5, "no dated meetings", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
    ax.set_title("Meetings per forum" if lang == "en" else "Встречи по форумам")
    note = timeline_note(g, lang)
    if note:  # listed by title in the report, under the picture
        fig.text(0.01, 0.005, note, fontsize=8, color="#555555", ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.04 if note else 0, 1, 1))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
