"""The Flask application: protocol endpoints, pages, health and metadata."""

from __future__ import annotations

from flask import Flask, Response, jsonify

from kg import __version__, ontology_files
from kg.serve.workbench import ServeConfig, Workbench

TEMPLATES = ontology_files.TEMPLATES_DIR
STATIC = ontology_files.STATIC_DIR / "serve"

MAX_BODY_BYTES = 64 * 1024 * 1024  # a larger request body is answered 413

# Pages load scripts and styles from this server only; announcement text can never run as script.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def create_app(store, config: ServeConfig | None = None) -> Flask:
    """The workbench over an open kg.store.Store (read-only unless `config.allow_update`).

    Queries run in worker processes started when first needed; `app.extensions["ictkg"].close()`
    stops them (`ictkg serve` does on exit; they also stop by themselves when this process ends).
    """
    from kg.serve import curation_page, errors, pages, protocol

    app = Flask("kg.serve", template_folder=str(TEMPLATES), static_folder=str(STATIC),
                static_url_path="/static")
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    # Flask autoescapes only *.html names; our templates are *.html.j2, so switch it on for all.
    app.jinja_env.autoescape = True
    app.jinja_env.globals.update(pages.TEMPLATE_GLOBALS)
    app.json.ensure_ascii = False
    app.extensions["ictkg"] = Workbench(store, config or ServeConfig())
    app.register_blueprint(protocol.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(curation_page.bp)
    errors.register(app)

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.get("/healthz")
    def healthz():
        """Liveness: the store answers a query."""
        wb = app.extensions["ictkg"]
        try:
            wb.store.ask("ASK { ?s ?p ?o }")
        except OSError as exc:
            return errors.json_error(503, f"the store does not answer: {exc}")
        return jsonify(status="ok", version=__version__, read_only=not wb.config.allow_update)

    @app.get("/meta")
    def meta():
        """Counts of announcements, meetings, entities and triples; the ontology's version; the limits."""
        wb = app.extensions["ictkg"]
        return jsonify(**wb.meta(), version=__version__, read_only=not wb.config.allow_update,
                       limits={"time_limit_s": wb.config.time_limit, "max_results": wb.config.max_results})

    return app
