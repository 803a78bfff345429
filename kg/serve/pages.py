"""The analyst's pages: home, search, entity pages, network, matrix, SPARQL editor, announcements.

Every page is rendered on the server from autoescaping templates and reads
without JavaScript; only the network view needs it. Every fact shown links the
announcements behind it (a page per announcement, and the original URL).
"""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from markupsafe import Markup
from rdflib import URIRef

from kg.namespaces import ID, PREFIXES
from kg.queries import QueryError, bind_params, list_queries, load_query
from kg.reason.kept_answers import kept_answer
from kg.serve import entities
from kg.serve import results as res
from kg.serve.limits import QueryLimitError
from kg.serve.query_text import Refused
from kg.serve.search import name_table, search
from kg.store import from_ox, to_ox
from kg.use import viz
from kg.use.names import AmbiguousName, NameNotFound

bp = Blueprint("pages", __name__)

PAGE_ROWS = 1000          # rows of a query result drawn as a table (downloads carry all)
SOURCES_SHOWN = 5         # announcements listed per row before "and N more"
ANNOUNCEMENTS_PER_PAGE = 100
SOURCE_COLUMNS = 6        # announcements side by side on a meeting page
DEFAULT_QUERY = "SELECT ?meeting ?date ?forum WHERE {\n  ?meeting a ict:Meeting .\n" \
                "  OPTIONAL { ?meeting ict:date ?date }\n  OPTIONAL { ?meeting ict:ofForum ?forum }\n}\n" \
                "ORDER BY ?date\nLIMIT 100\n"
_CACHEABLE = {"pages.entity", "pages.entity_any", "pages.search_page", "pages.home", "pages.announcements_page",
              "pages.network_page", "pages.matrix_page"}
TEMPLATE_OF = {"agency": "agency", "organisation": "agency", "state": "state", "process": "process",
               "meeting": "meeting", "person": "person", "announcement": "announcement",
               "document": "node", "other": "node"}
_VENDOR = {"vis-network.min.js": viz._VIS_DIR / "vis-network.min.js",
           "vis-network.css": viz._VIS_DIR / "vis-network.css",
           "graph.js": viz._STATIC / "graph.js"}


def wb():
    return current_app.extensions["ictkg"]


# ------------------------------------------------------------------ template helpers


def link(iri) -> str:
    """The workbench page of any IRI."""
    iri = str(iri)
    if iri.startswith(str(ID)):
        return url_for("pages.entity", key=iri[len(str(ID)):])
    return url_for("pages.entity_any", iri=iri)


def curie(iri) -> str:
    text = str(iri)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if text.startswith(str(ns)):
            return f"{prefix}:{text[len(str(ns)):]}"
    return text


def announcement(iri) -> dict:
    known = wb().cached("announcements", lambda: entities.announcements(wb().store))
    return known.get(str(iri)) or {"iri": str(iri), "title": str(iri), "url": "", "issued": "", "name": ""}


def _label(iri, lang: str = "en", with_state: bool = True) -> str:
    return wb().labels().of(iri, lang, with_state)


def _known(iri) -> bool:
    return wb().labels().known(iri)


# Globals rather than a context processor, so that imported macros see them too.
TEMPLATE_GLOBALS = {"link": link, "curie": curie, "label": _label, "known": _known, "ann": announcement,
                    "safe_url": viz.safe_url, "kind_name": lambda k: viz.TYPE_NAMES["en"].get(k, k.capitalize()),
                    "SOURCES_SHOWN": SOURCES_SHOWN}


@bp.app_context_processor
def _server_state():
    return {"read_only": not wb().config.allow_update}


PAGE_CACHE_SIZE = 512
_PAGE_LOCK = threading.Lock()


@bp.before_request
def _cached_page():
    """A page already rendered for this store generation is served again as it was.

    The data behind a page changes only through writes to this server, which start a new
    generation (`Workbench.changed`), so a read-only server can keep rendered pages; the
    cache holds the last PAGE_CACHE_SIZE of them.
    """
    if request.method != "GET" or request.endpoint not in _CACHEABLE:
        return None
    with _PAGE_LOCK:
        hit = wb().cached("pages", dict).get(request.full_path)
    if hit is not None:
        body, status, mimetype = hit
        return Response(body, status, mimetype=mimetype)
    return None


@bp.after_request
def _keep_page(response: Response) -> Response:
    if request.method == "GET" and request.endpoint in _CACHEABLE and response.status_code in (200, 404) \
            and not response.direct_passthrough:
        entry = (response.get_data(), response.status_code, response.mimetype)
        with _PAGE_LOCK:
            pages = wb().cached("pages", dict)
            if len(pages) >= PAGE_CACHE_SIZE:
                pages.pop(next(iter(pages)))
            pages[request.full_path] = entry
    return response


def page(template: str, status: int = 200, **context) -> Response:
    return Response(render_template(f"serve/{template}.html.j2", **context), status, mimetype="text/html")


# ------------------------------------------------------------------ home, search, lists


@bp.get("/")
def home():
    store = wb().store
    forums = store.query("SELECT ?f (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m ict:ofForum ?f } "
                         "GROUP BY ?f ORDER BY DESC(?n) STR(?f)")
    recent = sorted(wb().cached("announcements", lambda: entities.announcements(store)).values(),
                    key=lambda a: (a["issued"], a["iri"]), reverse=True)[:15]
    return page("home", meta=wb().meta(), forums=[{"iri": str(r["f"]), "meetings": int(r["n"])} for r in forums],
                recent=recent)


@bp.get("/search")
def search_page():
    q = request.args.get("q", "")
    names = wb().cached("names", lambda: name_table(wb().store))
    found = search(wb().store, names, q)
    return page("search", q=q, found=found)


@bp.get("/announcements")
def announcements_page():
    items = sorted(wb().cached("announcements", lambda: entities.announcements(wb().store)).values(),
                   key=lambda a: (a["issued"], a["iri"]), reverse=True)
    number = max(1, request.args.get("page", 1, type=int) or 1)
    pages = max(1, -(-len(items) // ANNOUNCEMENTS_PER_PAGE))
    start = (number - 1) * ANNOUNCEMENTS_PER_PAGE
    return page("announcements", items=items[start:start + ANNOUNCEMENTS_PER_PAGE], number=number, pages=pages,
                total=len(items))


# ------------------------------------------------------------------ entity pages


@bp.get("/id/<path:key>")
def entity(key: str):
    return render_entity(URIRef(str(ID) + key))


@bp.get("/entity")
def entity_any():
    iri = request.args.get("iri", "").strip()
    if not iri:
        return redirect(url_for("pages.search_page"))
    if iri.startswith(str(ID)):
        return redirect(link(iri))
    return render_entity(URIRef(iri))


def render_entity(iri: URIRef) -> Response:
    store = wb().store
    try:
        kind = entities.page_kind(store, iri)
    except ValueError:
        kind = None
    if kind is None:
        return page("missing", 404, iri=str(iri))
    build = {"agency": entities.body_page, "organisation": entities.body_page, "state": entities.state_page,
             "process": entities.process_page, "meeting": entities.meeting_page, "person": entities.person_page,
             "announcement": entities.announcement_page}.get(kind, entities.node_page)
    template = TEMPLATE_OF[kind]
    if kind == "organisation" and store.ask("ASK { ?m ict:ofForum ?e }", {"e": iri}):
        # An organisation that is itself a forum (the UN General Assembly): its timeline first.
        build, template = entities.process_page, "process"
    data = build(store, iri)
    if kind == "organisation":
        data.setdefault("body", entities.body_page(store, iri) if template == "process" else None)
    extra = {}
    if kind == "meeting":
        number = max(1, request.args.get("sources", 1, type=int) or 1)
        sources = data["sources"]
        extra = {"source_page": number, "source_pages": max(1, -(-len(sources) // SOURCE_COLUMNS)),
                 "shown_sources": sources[(number - 1) * SOURCE_COLUMNS:number * SOURCE_COLUMNS]}
    if kind == "announcement":
        extra = {"meta": announcement(iri)}
    # Not asked of the network: building it is slow on big graphs, and entity pages must stay fast;
    # the network view answers 404 for the rare entity without links.
    in_network = kind not in ("announcement", "other")
    return page(template, iri=str(iri), kind=kind, data=data, in_network=in_network, **extra)


# ------------------------------------------------------------------ network and matrix


@bp.get("/network")
def network_page():
    iri = request.args.get("iri", "").strip()
    depth = min(3, max(1, request.args.get("depth", 1, type=int) or 1))
    lang = request.args.get("lang", "en") if request.args.get("lang") in viz.TYPE_NAMES else "en"
    view = wb().network_view(iri, depth, lang)  # in a query worker, under the time limit
    if view is None:
        return page("missing", 404, iri=iri, network=True)
    return page("network", iri=iri, depth=depth, lang=lang, legend=view["legend"], physics=view["physics"],
                node_count=view["node_count"], edge_count=view["edge_count"], page_json=Markup(view["page_json"]),
                listing=view["listing"], listed_all=view["listed_all"])


@bp.get("/matrix")
def matrix_page():
    return page("matrix", matrix=wb().matrix())


@bp.get("/matrix.csv")
def matrix_csv():
    matrix = wb().matrix()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["agency", "agency_iri"] + [c["label"] for c in matrix["columns"]])
    for row in matrix["rows"]:
        writer.writerow([row["label"], row["iri"]] + [c["n"] for c in row["cells"]])
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="agency_process.csv"'})


@bp.get("/vendor/<name>")
def vendor(name: str):
    """vis-network as pyvis ships it, and the network page's script: served from here, never a CDN."""
    path: Path | None = _VENDOR.get(name)
    if path is None:
        abort(404)
    return send_file(path, max_age=3600)


# ------------------------------------------------------------------ SPARQL editor


def _cell(term) -> dict | None:
    if term is None:
        return None
    try:
        term = from_ox(term)
    except TypeError:  # an RDF-star triple term: shown in its N-Triples form
        return {"text": str(term), "lang": ""}
    if isinstance(term, URIRef):
        return {"iri": str(term)}
    return {"text": str(term), "lang": getattr(term, "language", None) or ""}


@bp.route("/query", methods=["GET", "POST"])
def query_page():
    """The SPARQL page: named queries from queries/ (with their parameters) or any query; results as a table."""
    v = request.values
    named = list_queries()
    selected, error, status = None, None, 200
    if v.get("name"):
        try:
            selected = load_query(v["name"])
        except QueryError as exc:
            error, status = str(exc), 404
    text = v.get("text")
    if text is None or "load" in v:
        text = selected.text if selected else DEFAULT_QUERY
    text = text.replace("\r\n", "\n")
    params = {p.name: v.get(f"p.{p.name}", "") for p in selected.params} if selected else {}
    download = v.get("download", "")
    result = None
    if error is None and ("run" in v or download):
        try:
            bindings = None
            if selected and text.strip() == selected.text.strip():
                bindings = bind_params(wb().store, selected, {k: x for k, x in params.items() if x.strip()})
                if not bindings:
                    result = _kept_result(selected)
            if result is None:
                result = wb().query(text, bindings=bindings)
        except (QueryError, NameNotFound, AmbiguousName, ValueError) as exc:
            error, status = str(exc), 400
        except SyntaxError as exc:
            error, status = f"the query is not valid SPARQL: {' '.join(str(exc).split())[:300]}", 400
        except QueryLimitError as exc:
            error, status = str(exc), exc.status
        except Refused as exc:
            error, status = exc.message, exc.status
    if result is not None and download:
        return _download(result, download, selected.name if selected else "query")
    table = None
    if result is not None:
        if result.kind == "graph":
            table = {"columns": ["subject", "predicate", "object"],
                     "rows": [[_cell(t.subject), _cell(t.predicate), _cell(t.object)]
                              for t in result.triples[:PAGE_ROWS]], "total": len(result.triples)}
        elif result.kind == "select":
            table = {"columns": result.variables, "rows": [[_cell(t) for t in row] for row in result.rows[:PAGE_ROWS]],
                     "total": len(result.rows)}
    return page("query", status, named=named, selected=selected, text=text, params=params, result=result,
                table=table, error=error, page_rows=PAGE_ROWS,
                args=[(k, x) for k, x in request.values.items(multi=True) if k not in ("download", "load")])


def _kept_result(query) -> res.Result | None:
    """The answer kept beside the store for a named query asked as it is and without parameters."""
    kept = kept_answer(wb().store, query)
    if kept is None:
        return None
    wb().check_size(len(kept.rows))  # the result-size limit the engine's answer has
    return res.Result(kind="select", variables=kept.columns, rows=kept.tuple_rows(to_ox))


def _download(result: res.Result, fmt: str, name: str) -> Response:
    if result.kind == "graph":
        key = {"json": "jsonld", "csv": "nt"}.get(fmt, fmt if fmt in res.GRAPH else "ttl")
        body, mimetype, ext = res.write_graph(result.triples, key, wb().prefixes), res.GRAPH[key], key
    else:
        key = fmt if fmt in res.TABULAR else "json"
        body, mimetype, ext = res.write_tabular(result, key), res.TABULAR[key], key
    return Response(body, 200, mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{name}.{ext}"'})
