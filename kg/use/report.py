"""The overview page `report.html`: counts, meetings, agencies by process, and links to pictures.

It writes its companions next to it (heatmap.html, agency_process.csv, timeline.png);
graph.html is linked and written by `kg.use.viz.write_graph_page` (the CLI writes it too).
"""

from __future__ import annotations

from pathlib import Path

from kg.use import viz
from kg.use.network import Network, build_network, entity_counts, node_label
from kg.use.titles import meeting_year, readable_date

REPORT_NAME = "report.html"
GRAPH_NAME = "graph.html"
HEATMAP_NAME = "heatmap.html"
HEATMAP_CSV = "agency_process.csv"
TIMELINE_NAME = "timeline.png"


def counts(store, net: Network, lang: str = "en") -> list[tuple[str, int, int | str]]:
    """(what, how many named in announcements, how many in the vocabularies) rows: announcements, meetings,
    entities by type, triples. The vocabularies list far more than the announcements name (every state
    on earth), so the two are never added up into one number."""
    g = net.graph
    meetings = sum(1 for _, d in g.nodes(data=True) if d["kind"] == "meeting")
    names = dict(viz.TYPE_NAMES[lang])
    names["process"] = "Forum or process" if lang == "en" else "Форум или процесс"
    rows: list[tuple[str, int, int | str]] = [
        ("Announcements" if lang == "en" else "Сообщения", len(net.sources), ""),
        (names["meeting"], meetings, "")]
    for kind, n in entity_counts(store).items():
        rows.append((names[kind], n["observed"], n["vocabulary"]))
    rows.append(("Triples" if lang == "en" else "Триплеты", len(store), ""))
    return rows


def meeting_rows(net: Network, lang: str = "en") -> list[dict]:
    """One row per meeting, by date (those of unknown year, then undated ones, last): date, forum,
    place, format, sources."""
    g = net.graph
    by_announcement = {s.iri: s for s in net.sources.values()}
    rows = []
    for m, d in g.nodes(data=True):
        if d["kind"] != "meeting":
            continue
        year_known = meeting_year(d.get("date")) is not None
        date = d.get("date", "") + (f" – {d['end_date']}" if d.get("end_date") else "")
        if d.get("date") and not year_known:
            date = readable_date(d["date"], lang)  # "23 Sep, year unknown", not "--09-23"
        cited = sorted((by_announcement[s] for s in d.get("sources", ()) if s in by_announcement),
                       key=lambda s: (s.issued, s.iri))
        rows.append({
            "iri": m, "date": date, "year_known": year_known, "sort_date": d.get("date", ""),
            "forum": node_label(g, d["forum"], lang) if d.get("forum") else "",
            "place": d.get(f"place_{lang}") or d.get("place_en", ""), "format": d.get("format", ""),
            "sources": [{"title": s.title or s.name or s.iri, "url": viz.safe_url(s.url)} for s in cited],
        })
    # a date without its year ("--09-23") is not the earliest: those meetings go after the dated ones
    rows.sort(key=lambda r: (not r["year_known"], r["sort_date"] == "", r["sort_date"], r["forum"]))
    return rows


def write_report(store, out_dir, lang: str = "en", network: Network | None = None) -> Path:
    """Write report.html (plus heatmap.html, agency_process.csv, timeline.png) into out_dir."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    net = network or build_network(store)
    viz.write_heatmap(net.graph, out_dir, lang)
    viz.write_timeline(net.graph, out_dir / TIMELINE_NAME, lang)
    page = viz.template_env().get_template("report.html.j2").render(
        lang=lang,
        title="ICT security forums: overview" if lang == "en" else "Форумы по безопасности ИКТ: обзор",
        counts=counts(store, net, lang),
        meetings=meeting_rows(net, lang),
        matrix=viz.heatmap_data(net.graph, lang),
        unplaced=viz.off_the_time_axis(net.graph, lang), unplaced_note=viz.timeline_note(net.graph, lang),
        links={"graph": GRAPH_NAME, "heatmap": HEATMAP_NAME, "heatmap_csv": HEATMAP_CSV,
               "timeline": TIMELINE_NAME},
    )
    path = out_dir / REPORT_NAME
    path.write_text(page, encoding="utf-8")
    return path


def write_overview(store, out_dir, lang: str = "en") -> Path:
    """Write report.html with every page it links: graph.html (kg.use.viz) and the report's companions,
    drawn from one network. Returns the report's path."""
    net = build_network(store)
    viz.write_graph_page(store, Path(out_dir) / GRAPH_NAME, lang=lang, network=net)
    return write_report(store, out_dir, lang=lang, network=net)
