"""Where announcements come from: files, folders (announcements only), standard input; each
input to the reader of its kind (kg/read/text.py, html.py, jsonl.py)."""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.read.decoding import UnreadableInput, decode, megabytes, normalise_text, too_big
from kg.read.html import from_html
from kg.read.jsonl import read_jsonl
from kg.read.text import from_text
from kg.records import Announcement, ReadProblem

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN_SOURCE = "<stdin>"


# --------------------------------------------------------------------------- entry point


def read_paths(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
               on_skip: Callable[[str, str], None] | None = None) -> Iterator[Announcement | ReadProblem]:
    """Yield an Announcement or a ReadProblem for every announcement in `paths`.

    A path may be a file, a folder (walked recursively in sorted order, reading
    announcements only: see `not_an_announcement`) or "-" for standard input.
    `on_skip(path, why)` is called for every file or hidden folder a walk leaves out.
    A file named explicitly that is documentation or an answer key is a ReadProblem.
    """
    for given in paths:
        if given == "-":
            yield from read_stdin(max_bytes=max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for file in announcement_files(path, on_skip=on_skip):
                yield from read_file(file, max_bytes=max_bytes)
        elif path.is_file():
            why = _not_announcement_content(path)
            if why:
                yield ReadProblem(_printable(given), f"{why}; not read (add front matter between two --- lines "
                                                     "if it is an announcement)")
                continue
            yield from read_file(path, max_bytes=max_bytes)
        elif path.exists():
            yield ReadProblem(given, "not a regular file; give a file, a folder or - for standard input")
        else:
            yield ReadProblem(given, "no such file or folder")


# What makes a text file documentation rather than an announcement: an announcement is prose (its
# front matter, when it has one, says it is an announcement); documentation such as a corpus index,
# a format description or a README is built of Markdown headings with tables or code blocks.
_HEADING = re.compile(r"^#{1,6} \S", re.MULTILINE)
_TABLE_ROW = re.compile(r"^ *\|.*\| *$", re.MULTILINE)
_FENCE = re.compile(r"^ *```", re.MULTILINE)
_PROBE_BYTES = 65536


def not_an_announcement(path: Path) -> str | None:
    """Why a folder walk leaves `path` out, or None when the file holds announcements.

    Left out: hidden files; types that are not announcement formats (answer keys in
    the facts JSON among them); README files; and text without front matter that is
    Markdown documentation (headings with tables or code blocks) rather than prose.
    """
    name = path.name
    if name.startswith("."):
        return "hidden file"
    suffix = path.suffix.lower()
    if name.lower().endswith(".gold.json") or suffix == ".json":
        return "an answer key or facts JSON, not an announcement (announcement bundles are .jsonl)"
    if suffix not in SUPPORTED_SUFFIXES:
        return f"unknown file type {suffix or '(no suffix)'!r}; announcements are .txt, .md, .html, .htm or .jsonl"
    if name.upper().startswith("README"):
        return "documentation (a README)"
    return _not_announcement_content(path)


def _not_announcement_content(path: Path) -> str | None:
    """'documentation (...)' for a .txt/.md file without front matter that is built like Markdown
    documentation; None for anything else (and for files that cannot be read: reading says why)."""
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return None
    try:
        with path.open("rb") as stream:
            head = stream.read(_PROBE_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None
    head = normalise_text(head)
    if head.lstrip("\n").startswith("---\n"):
        return None  # front matter: its writer says it is an announcement
    if _HEADING.search(head) and (len(_TABLE_ROW.findall(head)) >= 2 or _FENCE.search(head)):
        return "documentation (Markdown headings with tables or code blocks, no front matter)"
    return None


def announcement_files(folder: Path, on_skip: Callable[[str, str], None] | None = None) -> list[Path]:
    """The announcement files under `folder`, recursively, in sorted path order.

    Hidden folders are not entered; `on_skip(path, why)` hears of each of them and of every
    file left out (`not_an_announcement`), in sorted order too.
    """
    found: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for root, dirs, files in os.walk(folder):
        skipped.extend((Path(root) / d, "hidden folder") for d in dirs if d.startswith("."))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            why = not_an_announcement(Path(root) / f)
            if why:
                skipped.append((Path(root) / f, why))
            else:
                found.append(Path(root) / f)
    if on_skip:
        for path, why in sorted(skipped, key=lambda item: item[0].relative_to(folder).parts):
            on_skip(_printable(str(path)), why)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Announcement | ReadProblem]:
    """Read one file; its suffix decides how (.txt/.md, .html/.htm, .jsonl)."""
    # A name that is not UTF-8 reaches Python with lone surrogates, which cannot be written out
    # as text (RDF, messages): it is shown with U+FFFD instead.
    source, name = _printable(str(path)), _printable(path.name)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield ReadProblem(source, f"unsupported file type {suffix or '(no suffix)'!r}; "
                                  "give .txt, .md, .html, .htm or .jsonl")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, name, source, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadProblem(source, too_big(size, max_bytes))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadProblem(source, f"cannot read the file: {exc.strerror or exc}")
        return
    kind = "html" if suffix in HTML_SUFFIXES else "text"
    yield _read_document(data, kind, name, source)


def _printable(name: str) -> str:
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES, stream: BinaryIO | None = None) -> Iterator[Announcement | ReadProblem]:
    """Read standard input, sniffing JSONL (every non-empty line a JSON object), HTML or plain text."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield ReadProblem(STDIN_SOURCE, f"input is over the {megabytes(max_bytes)} limit; "
                                        "split it into files or raise --max-mb")
        return
    kind = sniff_kind(data)
    if kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), "stdin", STDIN_SOURCE, max_bytes)
    else:
        yield _read_document(data, kind, "stdin", STDIN_SOURCE)


def sniff_kind(data: bytes) -> str:
    """Guess "jsonl", "html" or "text" for input that has no file name."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype", b"<html")):
        return "html"
    lines = [line.strip() for line in data.splitlines() if line.strip()]
    if lines and all(line.startswith(b"{") for line in lines):
        try:
            if all(isinstance(json.loads(line), dict) for line in lines):
                return "jsonl"
        except (ValueError, RecursionError):
            pass
    return "text"


def _read_document(data: bytes, kind: str, doc_id: str, source: str) -> Announcement | ReadProblem:
    if not data.strip():
        return ReadProblem(source, "empty file")
    decoding: list[str] = []
    try:
        text = normalise_text(decode(data, html=(kind == "html"), warnings=decoding))
    except UnreadableInput as exc:
        return ReadProblem(source, str(exc))
    if not text.strip():
        return ReadProblem(source, "empty file")
    if kind == "html":
        return from_html(text, doc_id, source, decoding)
    return from_text(text, doc_id, source, decoding)
