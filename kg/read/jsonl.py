"""JSONL bundles: one announcement a line, read line by line so that bundles of any length stream."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from kg.read.decoding import megabytes, normalise_text
from kg.read.html import clean_value
from kg.read.text import language_code, parse_published, web_url
from kg.records import Announcement, ReadProblem


def read_jsonl(stream: BinaryIO, name: str, source: str, max_bytes: int) -> Iterator[Announcement | ReadProblem]:
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
            yield ReadProblem(where, f"line is over the {megabytes(max_bytes)} limit; split it or raise --max-mb")
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
    fields = {key: clean_value(record[key]) if isinstance(record.get(key), str) else None
              for key in ("title", "url", "publisher", "lang", "published")}
    published, problem = parse_published(fields["published"])
    if problem:
        warnings.append(problem)
    text = normalise_text(text).strip()
    if not text:
        return ReadProblem(where, "missing text; each line needs a non-empty \"text\"")
    return Announcement(
        id=doc_id, text=text, source=where, title=fields["title"], published=published,
        url=web_url(fields["url"], warnings), publisher=fields["publisher"], lang=language_code(fields["lang"], warnings),
        warnings=tuple(f"{where}: {w}" for w in warnings),
    )
