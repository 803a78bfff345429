"""Plain text and Markdown announcements: the front matter (title, published, url, publisher,
lang) and the body."""

from __future__ import annotations

import re
from datetime import date, datetime

from kg.records import Announcement, ReadProblem

FRONT_MATTER_KEYS = ("title", "published", "url", "publisher", "lang")


def from_text(text: str, doc_id: str, source: str, decoding: list[str] = ()) -> Announcement | ReadProblem:
    meta, body, warnings = split_front_matter(text)
    warnings = [*decoding, *warnings]
    body = body.strip("\n").rstrip()
    if not body.strip():
        return ReadProblem(source, "no announcement text after the front matter")
    published, problem = parse_published(meta.get("published"))
    if problem:
        warnings.append(problem)
    return Announcement(
        id=doc_id, text=body, source=source,
        title=meta.get("title"), published=published, url=web_url(meta.get("url"), warnings),
        publisher=meta.get("publisher"), lang=language_code(meta.get("lang"), warnings),
        warnings=tuple(f"{source}: {w}" for w in warnings),
    )


def split_front_matter(text: str) -> tuple[dict[str, str], str, list[str]]:
    """Split a `---` block at the very top into (metadata, body, warnings).

    Lines are `key: value` with optional quotes. Text without an opening `---` line,
    or without a closing one, has no front matter and is returned whole.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text, []
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        return {}, text, []
    meta: dict[str, str] = {}
    warnings: list[str] = []
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            warnings.append(f"front matter line {number} is not `key: value`; ignored")
            continue
        if key not in FRONT_MATTER_KEYS:
            warnings.append(f"unknown front matter key {key!r} ignored; known keys: {', '.join(FRONT_MATTER_KEYS)}")
            continue
        value = _unquote(value.strip())
        if value:
            meta[key] = value
    return meta, "\n".join(lines[end + 1:]), warnings


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        if value[0] == '"':
            inner = inner.replace('\\"', '"').replace("\\\\", "\\")
        else:
            inner = inner.replace("''", "'")
        return inner
    return value


_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2})?")


def parse_published(value: str | None) -> tuple[str | None, str | None]:
    """Return (ISO date or None, warning or None) for a `published` value.

    Accepts YYYY-MM-DD, YYYY-MM, YYYY and full ISO datetimes (the date is kept).
    """
    if value is None:
        return None, None
    value = value.strip()
    if _PARTIAL_DATE.fullmatch(value):
        if len(value) == 4 or 1 <= int(value[5:7]) <= 12:
            return value, None
    else:
        try:
            return date.fromisoformat(value).isoformat(), None
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value).date().isoformat(), None
        except ValueError:
            pass
    return None, (f"`published: {value}` is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY); "
                  "read without a publication date")


def web_url(value: str | None, warnings: list[str]) -> str | None:
    """The source's address when it is an http(s) URL; anything else (javascript:, file:, a path) is dropped."""
    if value is None:
        return None
    if re.match(r"https?://[^\s/]", value.strip(), re.IGNORECASE):
        return value.strip()
    warnings.append(f"`url: {value[:80]}` is not an http(s) address; ignored")
    return None


def language_code(value: str | None, warnings: list[str]) -> str | None:
    if value is None:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    if re.fullmatch(r"[a-z]{2}", code):
        return code
    warnings.append(f"`lang: {value}` is not a two-letter language code (ru, en); the language will be detected")
    return None
