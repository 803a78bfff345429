"""Read announcements: plain text and Markdown, HTML pages, JSONL bundles and standard input.

`read_paths` streams `Announcement` records, and a `ReadProblem` for every input
that cannot be used; one bad input never stops the others. Outcomes a user sees:

- a file over the size limit, an empty file, a binary file, an unknown encoding,
  HTML without article text, a JSONL line that is not valid JSON or lacks `text`,
  a duplicate JSONL id: a `ReadProblem` (one line naming the input and what to do);
- front matter with an unknown key or with a `published` value that is not an ISO
  date: the announcement is still read (an invalid date becomes `published=None`)
  and the issue is recorded as a line in `Announcement.warnings`.

The size limit applies to a whole .txt/.md/.html file (checked with `os.stat`
before reading) and to each line of a JSONL file, which is read line by line so
that bundles of any length stream.

Text is returned normalised (NFC, `\\n` line ends, no control characters other
than `\\n` and `\\t`), so character offsets computed on `Announcement.text` are
stable for every later stage.
"""

from __future__ import annotations

import copy
import io
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from kg.records import Announcement, ReadProblem

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
FRONT_MATTER_KEYS = ("title", "published", "url", "publisher", "lang")
STDIN_SOURCE = "<stdin>"

_BINARY_PROBE = 8192
# Single-byte encodings tried, in this order, when a file is not UTF-8. Windows-1251 first:
# it is what Russian government sites that are not UTF-8 use.
_FALLBACK_ENCODINGS = ("cp1251", "koi8_r", "cp1252")


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
                yield from _read_jsonl(stream, name, source, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadProblem(source, _too_big(size, max_bytes))
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
        yield ReadProblem(STDIN_SOURCE, f"input is over the {_mb(max_bytes)} limit; "
                                        "split it into files or raise --max-mb")
        return
    kind = sniff_kind(data)
    if kind == "jsonl":
        yield from _read_jsonl(io.BytesIO(data), "stdin", STDIN_SOURCE, max_bytes)
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


# --------------------------------------------------------------------------- one document


def _read_document(data: bytes, kind: str, doc_id: str, source: str) -> Announcement | ReadProblem:
    if not data.strip():
        return ReadProblem(source, "empty file")
    decoding: list[str] = []
    try:
        text = normalise_text(_decode(data, html=(kind == "html"), warnings=decoding))
    except UnreadableInput as exc:
        return ReadProblem(source, str(exc))
    if not text.strip():
        return ReadProblem(source, "empty file")
    if kind == "html":
        return _from_html(text, doc_id, source, decoding)
    return _from_text(text, doc_id, source, decoding)


def _from_text(text: str, doc_id: str, source: str, decoding: list[str] = ()) -> Announcement | ReadProblem:
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
        title=meta.get("title"), published=published, url=_web_url(meta.get("url"), warnings),
        publisher=meta.get("publisher"), lang=_language_code(meta.get("lang"), warnings),
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


def _web_url(value: str | None, warnings: list[str]) -> str | None:
    """The source's address when it is an http(s) URL; anything else (javascript:, file:, a path) is dropped."""
    if value is None:
        return None
    if re.match(r"https?://[^\s/]", value.strip(), re.IGNORECASE):
        return value.strip()
    warnings.append(f"`url: {value[:80]}` is not an http(s) address; ignored")
    return None


def _language_code(value: str | None, warnings: list[str]) -> str | None:
    if value is None:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    if re.fullmatch(r"[a-z]{2}", code):
        return code
    warnings.append(f"`lang: {value}` is not a two-letter language code (ru, en); the language will be detected")
    return None


# --------------------------------------------------------------------------- HTML


def _from_html(html: str, doc_id: str, source: str, decoding: list[str] = ()) -> Announcement | ReadProblem:
    import lxml.etree
    import lxml.html
    import trafilatura

    # Our own parser, so that its settings are known: the HTML parser never loads a DTD or
    # anything over the network, and entities declared in a document are not expanded.
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True,
                                  remove_pis=True, collect_ids=False, default_doctype=False, huge_tree=False)
    # An XML prolog or a DOCTYPE with an internal subset has no place in a web page; dropping it
    # means entity declarations are never even seen (and their text does not leak into the body).
    html = _PROLOG.sub("", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        return ReadProblem(source, f"cannot parse the HTML ({exc}); check that it is a web page")
    head = _html_metadata(tree)
    if not _has_body_text(tree):
        return ReadProblem(source, _NO_ARTICLE)
    try:
        document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                               include_tables=True, include_images=False,
                                               date_extraction_params={"extensive_search": False,
                                                                       "original_date": True})
    except Exception as exc:  # a bad page must not stop the others
        return ReadProblem(source, f"cannot extract text from the HTML ({type(exc).__name__}: {exc})")
    text = normalise_text(document.text or "") if document is not None else ""
    if not text.strip():
        return ReadProblem(source, _NO_ARTICLE)
    published, _ = parse_published(getattr(document, "date", None))
    decoding = list(decoding)
    url = _web_url(head.get("canonical") or head.get("og:url") or _clean(getattr(document, "url", None)), decoding)
    return Announcement(
        id=doc_id, text=text.strip(), source=source,
        title=_clean(getattr(document, "title", None)) or head.get("title"),
        published=published,
        url=url,
        publisher=head.get("og:site_name"),
        lang=head.get("lang"),
        warnings=tuple(f"{source}: {w}" for w in decoding),
    )


_PROLOG = re.compile(r"\A\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^\[>]*\[.*?\]\s*>)?", re.IGNORECASE | re.DOTALL)
_NO_ARTICLE = "no article text found; check that the page is an announcement, or save its text as .txt"
# Page furniture: text only inside these is not an article.
_FURNITURE = ("nav", "header", "footer", "aside", "menu", "form", "script", "style", "noscript", "template")


def _has_body_text(tree) -> bool:
    """True when the body has text outside navigation, headers, footers, forms and links."""
    body = tree.find("body")
    if body is None:
        return False
    body = copy.deepcopy(body)  # trafilatura reads the original tree afterwards
    for element in list(body.iter(*_FURNITURE, "a", "button")):
        if element.getparent() is not None:
            element.drop_tree()
    return bool(body.text_content().strip())


def _html_metadata(tree) -> dict[str, str]:
    """Title, canonical URL, og:url, og:site_name and <html lang> straight from the page head."""
    found: dict[str, str] = {}
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip().lower().split("-")[0]
    if re.fullmatch(r"[a-z]{2}", lang):
        found["lang"] = lang
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and _clean(link.get("href")):
            found.setdefault("canonical", _clean(link.get("href")))
    for meta in tree.iter("meta"):
        prop = (meta.get("property") or meta.get("name") or "").strip().lower()
        if prop in ("og:url", "og:site_name") and _clean(meta.get("content")):
            found.setdefault(prop, _clean(meta.get("content")))
    title = tree.find(".//title")
    if title is not None and _clean(title.text_content()):
        found["title"] = _clean(title.text_content())
    return found


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(normalise_text(value).split())
    return value or None


# --------------------------------------------------------------------------- JSONL


def _read_jsonl(stream: BinaryIO, name: str, source: str, max_bytes: int) -> Iterator[Announcement | ReadProblem]:
    seen: dict[str, int] = {}
    any_line = False
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            break
        number += 1
        where = f"{source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield ReadProblem(where, f"line is over the {_mb(max_bytes)} limit; split it or raise --max-mb")
            any_line = True
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        any_line = True
        result = _jsonl_record(line, name, number, where, seen)
        yield result
    if not any_line:
        yield ReadProblem(source, "empty file")


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _jsonl_record(line: bytes, name: str, number: int, where: str, seen: dict[str, int]) -> Announcement | ReadProblem:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return ReadProblem(where, "not valid UTF-8; save the JSONL file as UTF-8")
    except json.JSONDecodeError as exc:
        return ReadProblem(where, f"not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})")
    except (ValueError, RecursionError) as exc:  # e.g. nesting too deep, a number too long
        return ReadProblem(where, f"not valid JSON ({type(exc).__name__}: {str(exc)[:80]})")
    if not isinstance(record, dict):
        return ReadProblem(where, "not a JSON object; each line must be one {\"id\": …, \"text\": …} object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadProblem(where, "missing text; each line needs a non-empty \"text\"")
    raw_id = record.get("id")
    raw_id = normalise_text(str(raw_id)).strip() if isinstance(raw_id, str | int) else ""
    doc_id = raw_id or f"{name}#{number}"
    if doc_id in seen:
        return ReadProblem(where, f"id {doc_id!r} already used on line {seen[doc_id]}; ids must be unique in a file")
    seen[doc_id] = number
    warnings: list[str] = []
    fields = {key: _clean(record[key]) if isinstance(record.get(key), str) else None
              for key in ("title", "url", "publisher", "lang", "published")}
    published, problem = parse_published(fields["published"])
    if problem:
        warnings.append(problem)
    text = normalise_text(text).strip()
    if not text:
        return ReadProblem(where, "missing text; each line needs a non-empty \"text\"")
    return Announcement(
        id=doc_id, text=text, source=where, title=fields["title"], published=published,
        url=_web_url(fields["url"], warnings), publisher=fields["publisher"], lang=_language_code(fields["lang"], warnings),
        warnings=tuple(f"{where}: {w}" for w in warnings),
    )


# --------------------------------------------------------------------------- bytes to text


class UnreadableInput(ValueError):
    """Bytes that are not text in an encoding we can tell; the message says what to do."""


_BINARY = "binary file, not an announcement (convert it to text, HTML or JSONL first)"


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode a file's bytes, or raise UnreadableInput (binary data, unknown encoding).

    UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are; other
    bytes are tried as the single-byte encodings common on Russian and Western
    sites, keeping the one whose text reads most like words.
    """
    return _decode(data, html=html, warnings=[])


def _decode(data: bytes, *, html: bool, warnings: list[str]) -> str:
    """`decode_bytes`, adding a line to `warnings` when some bytes had to be replaced."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    if b"\x00" in data[:_BINARY_PROBE]:
        text = _utf16_without_bom(data)
        if text is None:
            raise UnreadableInput(_BINARY)
        return text
    text = _utf8(data)
    if text is None and html:
        declared = _declared_charset(data)
        if declared:
            try:
                text = data.decode(declared, errors="replace")
            except LookupError:
                text = None
    if text is None:
        text = _mostly_utf8(data, warnings)
    if text is None:
        text = _best_single_byte(data)
        if text is None:
            raise UnreadableInput("unknown text encoding; save the file as UTF-8")
    if _control_share(text[:_BINARY_PROBE]) > 0.05:
        raise UnreadableInput(_BINARY)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 without a byte-order mark, or None.

    Its zero bytes (the high byte of ASCII characters) all sit on one parity of
    position; binary data has them anywhere. The decoded text must also read as words.
    """
    if len(data) % 2:
        return None
    sample = data[:_BINARY_PROBE]
    even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    if (even and odd) or even + odd < len(sample) // 20:
        return None
    try:
        text = data.decode("utf-16-be" if even else "utf-16-le")
    except UnicodeDecodeError:
        return None
    if _control_share(text[:_BINARY_PROBE]) > 0.01 or _plausibility(text[:_BINARY_PROBE]) < 2.0:
        return None
    return text


def _mostly_utf8(data: bytes, warnings: list[str]) -> str | None:
    """UTF-8 with a few damaged bytes (a scraper cut or a stray byte), each replaced by U+FFFD.

    Only when the well-formed multi-byte characters outnumber the damaged bytes ten
    to one: a Windows-1251 file read as UTF-8 is nearly all damage and is left to
    the single-byte guesses.
    """
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    well_formed = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if damaged == 0 or well_formed < 10 * damaged:
        return None
    warnings.append(f"{damaged} byte sequence(s) are not valid UTF-8 and were replaced by U+FFFD; "
                    "check the file's encoding")
    return text


def _utf8(data: bytes) -> str | None:
    """UTF-8 strictly, except that a character cut off by truncation at the very end is dropped."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[:exc.start].decode("utf-8", errors="strict")
        return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UnreadableInput(f"not valid {encoding.upper()} although it starts with a byte-order mark; "
                              "re-save it as UTF-8") from None


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _best_single_byte(data: bytes) -> str | None:
    best: tuple[float, str] | None = None
    for encoding in _FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < 1.5:
        return None
    return best[1]


def _plausibility(text: str) -> float:
    """How much the non-ASCII part of a text looks like words (0..3).

    Wrong single-byte guesses give symbols and control characters, Cyrillic in
    the wrong case (KOI8-R read as Windows-1251 is mostly capitals), words that
    mix Cyrillic and Latin letters (accented Latin read as Windows-1251) or
    Latin words made mostly of accented letters (Windows-1251 read as 1252).
    """
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return 3.0
    letters = [ch for ch in non_ascii if ch.isalpha()]
    letter_share = len(letters) / len(non_ascii)
    lower_share = sum(1 for ch in letters if ch.islower()) / len(letters) if letters else 0.0
    words = [w for w in _WORD.findall(text) if any(ord(ch) > 127 for ch in w)]
    good = sum(1 for w in words if _plausible_word(w))
    return letter_share + lower_share + (good / len(words) if words else 0.0)


_WORD = re.compile(r"[^\W\d_]+")


def _plausible_word(word: str) -> bool:
    cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    if cyrillic:
        return cyrillic == len(word)
    accented = sum(1 for ch in word if ord(ch) > 127)
    return len(word) < 3 or accented * 2 <= len(word)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls / len(text)


def normalise_text(text: str) -> str:
    """NFC, `\\n` line ends, no BOM, no control characters except newline and tab, no invisible marks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", _SURROGATE.sub("\ufffd", text))
    return _INVISIBLE.sub("", _CONTROL.sub("", text))


# A lone surrogate (JSON "\\ud800" decodes to one) is not a character: nothing can encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Unicode category Cc (C0, DEL, C1) except tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Invisible marks that web pages scatter inside words (soft hyphen, zero-width space and joiners,
# direction marks and overrides): they split "Мини\u00adстерство" into two tokens for the linker
# and can make text display in a different order than it is stored.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


def _too_big(size: int, max_bytes: int) -> str:
    return (f"file is {size / (1024 * 1024):.1f} MB, over the {_mb(max_bytes)} limit; "
            "split it or raise --max-mb")
