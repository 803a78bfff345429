"""Every error is an HTTP status with one line saying what to do, in the format the client reads.

The protocol endpoints (and /healthz, /meta) answer JSON, `{"status": 404, "error": "..."}`;
pages answer an HTML page in the workbench's style; a client that asks for JSON (and not HTML)
gets JSON anywhere. No request reaches Flask's or Werkzeug's default error pages: routing
errors (404, 405), bodies too large (413), the server's limits (422, 503), refusals (403) and
anything unforeseen (500, logged with its traceback) all come through here.
"""

from __future__ import annotations

import json
import logging

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, RequestEntityTooLarge
from werkzeug.http import HTTP_STATUS_CODES

from kg.serve.limits import QueryLimitError
from kg.serve.query_text import Refused

log = logging.getLogger("kg.serve")

JSON_PATHS = ("/sparql", "/update", "/graph-store", "/healthz", "/meta")


def one_line(text: str, limit: int = 400) -> str:
    return " ".join(str(text).split())[:limit]


def json_error(status: int, message: str, headers: dict | None = None) -> Response:
    body = json.dumps({"status": status, "error": one_line(message)}, ensure_ascii=False) + "\n"
    return Response(body, status, mimetype="application/json", headers=headers or {})


def wants_json() -> bool:
    if request.path in JSON_PATHS:
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and request.accept_mimetypes["application/json"] > \
        request.accept_mimetypes["text/html"]


def html_error(status: int, message: str, headers: dict | None = None) -> Response:
    title = HTTP_STATUS_CODES.get(status, "Error")
    try:
        body = render_template("serve/error.html.j2", status=status, title=title, message=one_line(message))
    except Exception:  # the page itself failed (a template or the store): still one line, still HTML
        log.exception("the error page for %s could not be rendered", status)
        body = f"<!doctype html><title>{status} {title}</title><p>{status} {title}</p>"
    return Response(body, status, mimetype="text/html", headers=headers or {})


def error_response(status: int, message: str, headers: dict | None = None) -> Response:
    return (json_error if wants_json() else html_error)(status, message, headers)


def _http_message(exc: HTTPException) -> str:
    if isinstance(exc, NotFound):
        return f"nothing at {request.path}; start from the home page (/) or the search (/search?q=...)"
    if isinstance(exc, MethodNotAllowed):
        allowed = ", ".join(sorted(exc.valid_methods or []))
        return f"{request.method} is not accepted at {request.path}; use {allowed}"
    if isinstance(exc, RequestEntityTooLarge):
        return "the request body is larger than this server accepts; send less, or load big files with `ictkg ingest`"
    return exc.description or HTTP_STATUS_CODES.get(exc.code or 500, "error")


def register(app: Flask) -> None:
    """Answer every error of `app` in the client's format."""

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        headers = {k: v for k, v in exc.get_headers() if k.lower() != "content-type"}
        return error_response(exc.code or 500, _http_message(exc), headers)

    @app.errorhandler(QueryLimitError)
    def _limit(exc: QueryLimitError):
        return error_response(exc.status, str(exc))

    @app.errorhandler(Refused)
    def _refused(exc: Refused):
        return error_response(exc.status, exc.message)

    @app.errorhandler(Exception)
    def _unforeseen(exc: Exception):
        log.exception("%s %s failed", request.method, request.path)
        return error_response(500, f"the server failed on this request ({type(exc).__name__}); the server's "
                                   "log has the details")
