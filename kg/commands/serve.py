"""`ictkg serve`: the workbench and SPARQL endpoint over the embedded store (waitress threads for
requests, worker processes for queries)."""

from __future__ import annotations

import logging
import os
import secrets
import signal
import threading
from pathlib import Path
from urllib.parse import urlsplit

import click

from kg.commands.common import open_chosen, store_options
from kg.errors import Errors
from kg.serve.workbench import DEFAULT_MAX_RESULTS, DEFAULT_TIME_LIMIT, DEFAULT_WORKERS

TOKEN_ENV = "ICTKG_SERVE_TOKEN"
STOP_GRACE_S = 3.0  # after SIGTERM or Ctrl+C, what the orderly stop may take before the process just exits


class _Stop(SystemExit):
    """SIGTERM or Ctrl+C arrived: stop serving. waitress's loop lets only SystemExit and
    KeyboardInterrupt through its handlers (any other exception just closes one connection); it
    then waits for its busy request threads, which end at once because the workers are gone."""


def _endpoints(urls: tuple[str, ...]) -> frozenset[str]:
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise click.BadParameter(Errors.E503.format(url=url), param_hint="--allow-service")
    return frozenset(urls)


def _exit_anyway() -> None:
    # The orderly stop is stuck (a request thread inside the store): the process ends regardless.
    click.echo("ictkg serve: stopped before every request finished", err=True)
    os._exit(0)


def _token(token_file: str | None) -> tuple[str, bool]:
    """The bearer token for writes: from --token-file, else $ICTKG_SERVE_TOKEN, else a new random one."""
    if token_file:
        token = Path(token_file).read_text(encoding="utf-8").strip()
        if len(token) < 16:
            raise click.BadParameter(Errors.E504, param_hint="--token-file")
        return token, False
    if os.environ.get(TOKEN_ENV):
        return os.environ[TOKEN_ENV].strip(), False
    return secrets.token_urlsafe(24), True


@click.command("serve")
@store_options
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; keep the loopback default unless others must reach it.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 256),
              help="Worker threads of the server (requests answered at once).")
@click.option("--time-limit", default=DEFAULT_TIME_LIMIT, show_default=True, type=click.FloatRange(min=0.01),
              help="Seconds a query (endpoint, SPARQL page, network view) may run: then its worker is "
                   "stopped and the request answered 503.")
@click.option("--workers", default=DEFAULT_WORKERS, show_default=True, type=click.IntRange(1, 64),
              help="Processes that run queries and the network view; more queries wait for one.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="URL",
              help="An endpoint a query's SERVICE (or an update's LOAD) may call; repeat for more. "
                   "Without it the server makes no outbound requests.")
@click.option("--max-results", default=DEFAULT_MAX_RESULTS, show_default=True, type=click.IntRange(min=1),
              help="Rows (or triples) a query may return before the endpoint answers 422.")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL Update and Graph Store writes from clients that send the bearer token.")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"File holding the bearer token for writes (else ${TOKEN_ENV}, else a random one is printed).")
def serve_command(where, host, port, threads, time_limit, workers, allow_service, max_results, allow_update,
                  token_file):
    """Serve the analyst's workbench and a SPARQL 1.1 endpoint over the store.

    Pages: search, agency/state/forum/meeting/person pages with their sources,
    the network around any entity, the agency-by-process matrix and a SPARQL
    editor with the named queries. Endpoints: /sparql (SPARQL 1.1 Protocol),
    /graph-store (Graph Store Protocol), /healthz, /meta. The store is opened
    read-only unless --allow-update; writes then need `Authorization: Bearer
    TOKEN`. Queries run in worker processes, stopped at --time-limit. Stop the
    server with Ctrl+C or SIGTERM (it exits within seconds, whatever runs). It serves an
    embedded store: --endpoint is refused (query that server itself).

    Example: ictkg serve --store out/store --port 7878
    """
    import waitress

    from kg.serve import ServeConfig, create_app

    if where.endpoint:
        raise click.UsageError(Errors.E501.format(endpoint=where.endpoint))
    services = _endpoints(allow_service)
    token, generated = _token(token_file) if allow_update else (None, False)
    store = open_chosen(where, read_only=not allow_update, in_use=Errors.E005)
    app = create_app(store, ServeConfig(time_limit=time_limit, max_results=max_results, allow_update=allow_update,
                                        token=token, workers=workers, allow_service=services))
    try:
        server = waitress.create_server(app, host=host, port=port, threads=threads, ident="ictkg")
    except OSError as exc:
        store.close()
        raise click.ClickException(Errors.E502.format(host=host, port=port, reason=exc)) from None
    base = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    click.echo(f"workbench: {base}/   SPARQL endpoint: {base}/sparql   "
               f"({'updates with the bearer token' if allow_update else 'read-only'}; "
               f"{'SERVICE to ' + ', '.join(sorted(services)) if services else 'no outbound requests'})", err=True)
    if generated:
        click.echo(f"bearer token for updates (also settable with ${TOKEN_ENV}): {token}", err=True)
    stopping = threading.Event()

    def stop(signum, frame):
        if stopping.is_set():
            return
        stopping.set()
        click.echo("ictkg serve: stopping", err=True)
        # connections torn down mid-response make waitress log a traceback per socket it closes; the one
        # line above is what the operator needs to know
        logging.getLogger("waitress").setLevel(logging.CRITICAL)
        timer = threading.Timer(STOP_GRACE_S, _exit_anyway)
        timer.daemon = True
        timer.start()
        app.extensions["ictkg"].close()  # kills the query workers: requests waiting on them answer now
        raise _Stop(0)

    for signum in (signal.SIGTERM, signal.SIGINT):  # SIGINT even when started with it ignored
        signal.signal(signum, stop)
    try:
        server.run()  # returns when a signal stopped it
    except _Stop:
        pass
    finally:
        app.extensions["ictkg"].close()
        server.close()
        store.close()


COMMANDS = [serve_command]
