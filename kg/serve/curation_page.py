"""The candidates page: the review queue with its sentences and suggested matches, and the decisions.

Reading needs nothing; accept, merge, reject and undo need a server started with `--allow-update`
and the server's token in the request (the form's token field, or `Authorization: Bearer`). A
refused request changes nothing and says why. Names from announcements are shown as text only
(the template autoescapes; nothing here marks a value safe).
"""

from __future__ import annotations

import hmac
import threading

from flask import Blueprint, current_app, render_template, request

from kg.curation import CurationError

bp = Blueprint("curation", __name__)
_WRITE = threading.Lock()  # one decision at a time: each reads the graph it then rewrites


def _wb():
    return current_app.extensions["ictkg"]


def _queue():
    from kg.curation.queue import candidate_queue

    return _wb().cached("curation.queue", lambda: candidate_queue(_wb().store))


def _decisions():
    from kg.curation.decisions import list_decisions

    return _wb().cached("curation.decisions", lambda: list_decisions(_wb().store))


def _page(status: int = 200, message: str | None = None, problem: str | None = None):
    wb = _wb()
    return render_template("serve/candidates.html.j2", queue=_queue(), decisions=list(reversed(_decisions())),
                           can_decide=wb.config.allow_update, message=message, problem=problem), status


@bp.get("/candidates")
def candidates_page():
    """The queue, most frequent first, and the decisions, latest first."""
    return _page()


def _refusal() -> tuple[int, str] | None:
    """Why this request may not write, or None when it may."""
    wb = _wb()
    if not wb.config.allow_update:
        return 403, ("this server is read-only: nothing was changed; start `ictkg serve` with --allow-update "
                     "and a token to decide here, or use `ictkg candidates`")
    given = request.form.get("token", "")
    scheme, _, bearer = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        given = given or bearer.strip()
    if not given or not hmac.compare_digest(given.encode(), wb.config.token.encode()):
        return 401, "this decision needs the server's token: nothing was changed; type the token and send it again"
    return None


def _decide(apply) -> tuple:
    refused = _refusal()
    if refused:
        return _page(refused[0], problem=refused[1])
    wb = _wb()
    by = (request.form.get("by") or "").strip() or None
    try:
        with _WRITE:
            try:
                message = apply(wb.store, by)
            finally:
                wb.changed()
    except CurationError as exc:
        return _page(400, problem=str(exc))
    return _page(message=message)


@bp.post("/candidates/decide")
def decide():
    """accept | merge | reject the candidate named by the form."""
    from kg.curation.decisions import accept, merge, reject

    form = request.form
    action, candidate = form.get("action", ""), form.get("candidate", "")

    def apply(store, by):
        if action == "accept":
            d = accept(store, candidate, name_en=form.get("name_en") or None, name_ru=form.get("name_ru") or None,
                       state=form.get("state") or None, by=by)
            return f"decision {d.id}: {d.names[0] if d.names else candidate} accepted as {d.entity}"
        if action == "merge":
            into = (form.get("into_other") or "").strip() or form.get("into", "")
            d = merge(store, candidate, into, by=by)
            return f"decision {d.id}: {d.names[0] if d.names else candidate} merged into {d.entity}"
        if action == "reject":
            d = reject(store, candidate, by=by)
            return f"decision {d.id}: {d.names[0] if d.names else candidate} rejected"
        raise CurationError(f"unknown action {action!r}: use accept, merge or reject")

    return _decide(apply)


@bp.post("/candidates/undo")
def undo():
    """Take a decision back; the graph returns exactly to what it was before it."""
    from kg.curation.decisions import undo as undo_decision

    raw = request.form.get("decision", "")

    def apply(store, by):
        if not raw.isdigit():
            raise CurationError(f"decision {raw!r}: not a decision number")
        d = undo_decision(store, int(raw), by=by)
        return f"decision {d.id} ({d.kind}) undone"

    return _decide(apply)
