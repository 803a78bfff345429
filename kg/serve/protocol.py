"""The SPARQL 1.1 Protocol (`/sparql`) and the Graph Store HTTP Protocol (`/graph-store`).

Queries come by GET (`?query=`), by POST as a form (`query=`) or as a body of type
`application/sparql-query`; `default-graph-uri` and `named-graph-uri` choose the
dataset, and without them the default graph is the union of all named graphs (as
in `ictkg query`). Results are negotiated from the Accept header, or chosen with
`?format=json|xml|csv|tsv|ttl|nt|jsonld|rdfxml` (handy for download links).

Writes (SPARQL Update by POST, Graph Store PUT/POST/DELETE) are refused with 403
unless the server was started with --allow-update, and with 401 unless they carry
`Authorization: Bearer TOKEN`. A SERVICE or LOAD of an endpoint the operator has
not allowed is refused with 403 (query_text.py). Errors are JSON:
`{"status": 400, "error": "one line saying what to do"}` (errors.py).
"""

from __future__ import annotations

import hmac

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, redirect, request, url_for
from rdflib import URIRef

from kg.serve import results as res
from kg.serve.errors import json_error
from kg.serve.limits import QueryLimitError
from kg.serve.query_text import Refused
from kg.store import from_ox

bp = Blueprint("protocol", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
# Bodies accepted by Graph Store writes; RDF/XML is refused (XML entity expansion, DESIGN.md).
WRITE_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
                 "application/ld+json": ox.RdfFormat.JSON_LD}


class ProtocolError(Exception):
    """A request the protocol refuses: HTTP status and one line saying what to do."""

    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def workbench():
    return current_app.extensions["ictkg"]


@bp.errorhandler(ProtocolError)
def _protocol_error(exc: ProtocolError):
    return json_error(exc.status, exc.message, exc.headers)


@bp.errorhandler(QueryLimitError)
def _limit_error(exc: QueryLimitError):
    return json_error(exc.status, str(exc))


@bp.errorhandler(Refused)
def _refused(exc: Refused):
    return json_error(exc.status, exc.message)


@bp.after_request
def _cors(response: Response) -> Response:
    # Browser tools such as YASGUI run on another origin; the token (not a cookie) guards writes.
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Headers"] = "Accept, Authorization, Content-Type"
    response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, PUT, DELETE, OPTIONS"
    response.headers["Vary"] = "Accept"
    return response


# ------------------------------------------------------------------ negotiation


def choose_format(kind: str) -> tuple[str, str]:
    """(format key, media type) for a result of `kind` ("select"/"ask" or "graph"); 406 when none fits."""
    table, aliases = (res.GRAPH, res.GRAPH_ALIASES) if kind == "graph" else (res.TABULAR, res.TABULAR_ALIASES)
    wanted = request.values.get("format") or request.values.get("output")
    if wanted:
        key = wanted if wanted in table else aliases.get(wanted)
        if key is None:
            raise ProtocolError(400, f"unknown format {wanted!r} for this result; use one of {', '.join(table)}")
        return key, table[key]
    offers = list(table.values()) + [m for m in aliases if m not in table.values()]
    if not request.accept_mimetypes or request.accept_mimetypes.best is None:
        key = next(iter(table))
        return key, table[key]
    best = request.accept_mimetypes.best_match(offers)
    if best is None:
        raise ProtocolError(406, f"cannot answer with {request.headers.get('Accept')}; this result can be "
                                 f"{', '.join(table.values())}")
    key = aliases.get(best) or next(k for k, v in table.items() if v == best)
    return key, table[key]


def _media(mimetype: str) -> str:
    return f"{mimetype}; charset=utf-8" if mimetype.startswith("text/") else mimetype


def _graph_list(name: str, source) -> list[str]:
    graphs = source.getlist(name)
    for g in graphs:
        try:
            ox.NamedNode(g)
        except ValueError:
            raise ProtocolError(400, f"{name} {g!r} is not an IRI") from None
    return graphs


# ------------------------------------------------------------------ /sparql


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
@bp.route("/update", methods=["POST", "OPTIONS"], endpoint="update")
def sparql():
    """SPARQL 1.1 Protocol: query by GET or POST, update by POST."""
    if request.method == "OPTIONS":
        return Response(status=204)
    query, update, dataset = _read_request()
    if update is not None:
        return _run_update(update)
    if query is None:
        return _service_description()
    return _run_query(query, *dataset)


def _read_request():
    """(query, update, (default graphs, named graphs)) from a protocol request; raises ProtocolError."""
    if request.method == "GET":
        if "update" in request.args:
            raise ProtocolError(400, "updates must be sent by POST, not GET")
        queries = request.args.getlist("query")
        if len(queries) > 1:
            raise ProtocolError(400, "give exactly one query parameter")
        return (queries[0] if queries else None), None, (
            _graph_list("default-graph-uri", request.args), _graph_list("named-graph-uri", request.args))
    mimetype = request.mimetype
    if mimetype == FORM:
        form = request.form
        if len(form.getlist("query")) > 1 or len(form.getlist("update")) > 1:
            raise ProtocolError(400, "give exactly one query or update parameter")
        query, update = form.get("query"), form.get("update")
        if query is not None and update is not None:
            raise ProtocolError(400, "a request carries either a query or an update, not both")
        if query is None and update is None:
            raise ProtocolError(400, "the form has no query= or update= field")
        if update is not None:
            return None, update, ([], [])
        return query, None, (_graph_list("default-graph-uri", form), _graph_list("named-graph-uri", form))
    body = request.get_data(cache=False).decode("utf-8", "replace")
    if mimetype == QUERY_BODY:
        return body, None, (_graph_list("default-graph-uri", request.args),
                            _graph_list("named-graph-uri", request.args))
    if mimetype == UPDATE_BODY:
        return None, body, ([], [])
    raise ProtocolError(415, f"cannot read a POST body of type {mimetype or 'none'}; send {FORM}, "
                             f"{QUERY_BODY} or {UPDATE_BODY}")


def _run_query(text: str, default_graphs: list[str], named_graphs: list[str]) -> Response:
    wb = workbench()
    if not text.strip():
        raise ProtocolError(400, "the query is empty")
    given = bool(default_graphs or named_graphs)  # either makes the whole dataset (SPARQL 1.1 Protocol 2.1.4)
    try:
        result = wb.query(text, default_graphs=default_graphs if given else None,
                          named_graphs=named_graphs if given else None)
    except SyntaxError as exc:
        raise ProtocolError(400, f"the query is not valid SPARQL: {' '.join(str(exc).split())[:300]}") from None
    except ValueError as exc:
        raise ProtocolError(400, f"the query cannot run: {exc}") from None
    key, mimetype = choose_format(result.kind)
    if result.kind == "graph":
        body = res.write_graph(result.triples, key, wb.prefixes)
    else:
        body = res.write_tabular(result, key)
    return Response(body, 200, content_type=_media(mimetype))


def _service_description() -> Response:
    if request.accept_mimetypes.best_match(["text/turtle", "text/html"]) == "text/html":
        return redirect(url_for("pages.query_page"))
    wb = workbench()
    endpoint = url_for("protocol.sparql", _external=True)
    update = ", sd:SPARQL11Update" if wb.config.allow_update else ""
    formats = ", ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in (
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
        "N-Triples", "JSON-LD", "RDF_XML"))
    body = (f"@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
            f"[] a sd:Service ;\n  sd:endpoint <{endpoint}> ;\n"
            f"  sd:supportedLanguage sd:SPARQL11Query{update} ;\n"
            f"  sd:feature sd:UnionDefaultGraph ;\n  sd:resultFormat {formats} .\n")
    return Response(body, 200, content_type="text/turtle; charset=utf-8")


# ------------------------------------------------------------------ writes


def authorize_write() -> None:
    """Refuse a write: 403 on a read-only server, 401 without the right bearer token."""
    wb = workbench()
    if not wb.config.allow_update:
        raise ProtocolError(403, "this server is read-only; start `ictkg serve` with --allow-update and a "
                                 "token to accept updates")
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), wb.config.token.encode()):
        raise ProtocolError(401, "this update needs the server's token: send `Authorization: Bearer TOKEN`",
                            {"WWW-Authenticate": 'Bearer realm="ictkg"'})


def _run_update(text: str) -> Response:
    authorize_write()
    wb = workbench()
    wb.screen_update(text)
    try:
        wb.ox.update(text, prefixes=wb.prefixes)
        # the update may have written any graph, which the merged graph queries read cannot follow
        wb.store.drop_merged()
    except SyntaxError as exc:
        raise ProtocolError(400, f"the update is not valid SPARQL: {' '.join(str(exc).split())[:300]}") from None
    finally:
        wb.changed()
    return Response("update applied\n", 200, mimetype="text/plain")


# ------------------------------------------------------------------ Graph Store Protocol


def _target_graph() -> URIRef | None:
    """The graph a Graph Store request names (`?graph=IRI`), or None for `?default`."""
    has_default = "default" in request.args
    graph = request.args.get("graph")
    if has_default == (graph is not None):
        raise ProtocolError(400, "name one graph: ?graph=IRI, or ?default for the union of all graphs")
    if graph is None:
        return None
    try:
        ox.NamedNode(graph)
    except ValueError:
        raise ProtocolError(400, f"graph {graph!r} is not an IRI") from None
    return URIRef(graph)


@bp.route("/graph-store", methods=["GET", "PUT", "POST", "DELETE", "OPTIONS"])
def graph_store():
    """Graph Store HTTP Protocol: read a named graph (or the union); writes need --allow-update and the token."""
    if request.method == "OPTIONS":
        return Response(status=204)
    graph = _target_graph()
    if request.method in ("GET", "HEAD"):  # Flask answers HEAD through the GET route
        return _read_graph(graph)
    authorize_write()
    if graph is None:
        raise ProtocolError(400, "this store keeps everything in named graphs; write to ?graph=IRI")
    wb = workbench()
    exists = graph in set(wb.store.graphs())
    if request.method == "DELETE":
        if not exists:
            raise ProtocolError(404, f"no graph {graph} in the store")
        wb.store.drop_graph(graph)
        wb.changed()
        return Response(status=204)
    triples = _parse_body(str(graph))
    if request.method == "PUT":
        wb.store.replace_graph(graph, triples)
    else:
        wb.store.add_quads([(s, p, o, graph) for s, p, o in triples])
    wb.changed()
    return Response(status=204 if exists else 201)


def _read_graph(graph: URIRef | None) -> Response:
    wb = workbench()
    key, mimetype = choose_format("graph")
    if graph is None:
        triples = wb.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").triples
    else:
        if graph not in set(wb.store.graphs()):
            raise ProtocolError(404, f"no graph {graph} in the store; the graphs are listed by "
                                     "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
        triples = []
        for quad in wb.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))):
            triples.append(quad.triple)
            if len(triples) > wb.config.max_results:
                raise ProtocolError(422, f"graph {graph} has more than {wb.config.max_results:,} triples, the "
                                         "server's limit (--max-results); use `ictkg export --graph` instead")
    return Response(res.write_graph(triples, key, wb.prefixes), 200, content_type=_media(mimetype))


def _parse_body(base: str) -> list:
    fmt = WRITE_FORMATS.get(request.mimetype)
    if fmt is None:
        raise ProtocolError(415, f"cannot read a graph of type {request.mimetype or 'none'}; send "
                                 f"{', '.join(WRITE_FORMATS)}")
    try:
        parsed = ox.parse(request.get_data(cache=False), format=fmt, base_iri=base)
        return [(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)) for q in parsed]
    except (SyntaxError, ValueError) as exc:
        raise ProtocolError(400, f"the body is not valid {request.mimetype}: {' '.join(str(exc).split())[:300]}") \
            from None
