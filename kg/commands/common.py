"""Options shared by every command that reads or writes the graph."""

from __future__ import annotations

import functools

import click

from kg.store import StoreInUse, default_store_path, open_store


def _remember(ctx: click.Context, param: click.Parameter, value):
    # Kept in the context rather than passed on, so commands written before
    # these options existed keep their signatures.
    ctx.meta[f"ictkg.{param.name}"] = value
    return value


def store_options(func):
    """Add `--store PATH` and `--endpoint URL` (with `--update-endpoint`, `--graph-store`) to a command."""

    @click.option("--store", "store_path", metavar="PATH", default=None,
                  help="Embedded store folder (default: $ICTKG_STORE or out/store).")
    @click.option("--endpoint", metavar="URL", default=None,
                  help="A SPARQL 1.1 server's query endpoint instead of the embedded store.")
    @click.option("--update-endpoint", metavar="URL", default=None, expose_value=False, callback=_remember,
                  help="The server's SPARQL Update endpoint, when not the query endpoint.")
    @click.option("--graph-store", metavar="URL", default=None, expose_value=False, callback=_remember,
                  help="The server's Graph Store Protocol endpoint, used to replace graphs.")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def open_from_options(store_path: str | None, endpoint: str | None, **kwargs):
    """Open the store the user chose; one clear line and exit 1 when it cannot be opened."""
    meta = click.get_current_context().meta if click.get_current_context(silent=True) else {}
    try:
        if endpoint:
            return open_store(endpoint=endpoint, update_endpoint=meta.get("ictkg.update_endpoint"),
                              graph_store=meta.get("ictkg.graph_store"), **kwargs)
        return open_store(store_path or default_store_path(), **kwargs)
    except StoreInUse as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot open store {store_path or default_store_path()}: {exc}") from None
