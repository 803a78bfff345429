"""Options shared by every command that reads or writes the graph."""

from __future__ import annotations

import functools

import click

from kg.store import default_store_path, open_store


def store_options(func):
    """Add `--store PATH` and `--endpoint URL` to a command."""

    @click.option("--store", "store_path", metavar="PATH", default=None,
                  help="Embedded store folder (default: $ICTKG_STORE or out/store).")
    @click.option("--endpoint", metavar="URL", default=None,
                  help="A SPARQL 1.1 server's query endpoint instead of the embedded store.")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def open_from_options(store_path: str | None, endpoint: str | None, **kwargs):
    """Open the store the user chose; one clear line and exit 2 when it cannot be opened."""
    try:
        if endpoint:
            return open_store(endpoint=endpoint, **kwargs)
        return open_store(store_path or default_store_path(), **kwargs)
    except TypeError:
        raise click.ClickException("--endpoint is not supported by this build of the store") from None
    except OSError as exc:
        raise click.ClickException(f"cannot open store {store_path or default_store_path()}: {exc}") from None
