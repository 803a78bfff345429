"""The store options every command shares, and the one way a command opens and closes its store."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from dataclasses import dataclass

import click

from kg.errors import Errors
from kg.store import StoreInUse, default_store_path, open_store


@dataclass(frozen=True)
class StoreChoice:
    """Where the user's graph is: an embedded store folder, or a SPARQL 1.1 server and its write endpoints."""

    path: str | None = None
    endpoint: str | None = None
    update_endpoint: str | None = None
    graph_store: str | None = None

    @property
    def shown(self) -> str:
        return self.endpoint or self.path or default_store_path()


def store_options(func):
    """Add `--store PATH`, `--endpoint URL`, `--update-endpoint URL` and `--graph-store URL` to a command;
    it receives them as one argument, `where` (a StoreChoice)."""

    @click.option("--store", "store_path", metavar="PATH", default=None,
                  help="Embedded store folder (default: $ICTKG_STORE or out/store).")
    @click.option("--endpoint", metavar="URL", default=None,
                  help="A SPARQL 1.1 server's query endpoint instead of the embedded store.")
    @click.option("--update-endpoint", metavar="URL", default=None,
                  help="The server's SPARQL Update endpoint, when not the query endpoint.")
    @click.option("--graph-store", metavar="URL", default=None,
                  help="The server's Graph Store Protocol endpoint, used to replace graphs.")
    @functools.wraps(func)
    def wrapper(*args, store_path, endpoint, update_endpoint, graph_store, **kwargs):
        where = StoreChoice(store_path, endpoint, update_endpoint, graph_store)
        return func(*args, where=where, **kwargs)

    return wrapper


def open_chosen(where: StoreChoice, *, read_only: bool = False, in_use: str = Errors.E002):
    """Open the store the user chose; one coded line and exit 1 when it cannot be opened (`in_use`: the
    catalogue entry when another process writes to it)."""
    try:
        if where.endpoint:
            return open_store(endpoint=where.endpoint, update_endpoint=where.update_endpoint,
                              graph_store=where.graph_store, read_only=read_only)
        return open_store(where.path or default_store_path(), read_only=read_only)
    except StoreInUse as exc:
        raise click.ClickException(in_use.format(detail=exc)) from None
    except OSError as exc:
        raise click.ClickException(Errors.E001.format(path=where.shown, reason=exc)) from None


@contextlib.contextmanager
def opened(where: StoreChoice, *, read_only: bool = False,
           fails: dict[type[Exception], str] | None = None) -> Iterator:
    """The chosen store, closed afterwards (an embedded store's writer lock is released).

    `fails` maps the library errors a command expects to their catalogue entry (a format string
    with `{detail}`): such an error becomes one line and exit 1 instead of a traceback."""
    store = open_chosen(where, read_only=read_only)
    try:
        yield store
    except tuple(fails or ()) as exc:
        entry = next(text for kind, text in fails.items() if isinstance(exc, kind))
        raise click.ClickException(entry.format(detail=exc)) from None
    finally:
        store.close()
