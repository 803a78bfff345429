"""What a client's SPARQL text asks of the server beyond the store: outbound calls and its own dataset.

Oxigraph evaluates `SERVICE <url>` by calling that URL, and `LOAD <url>` by
fetching it, from the server's own network: any client could make the server
call any host it can reach. pyoxigraph has no switch to turn that off, so the
text is screened before it is run: a SERVICE or LOAD whose endpoint the operator
has not allowed (`--allow-service URL`) is refused with 403, and so is one whose
endpoint is a variable (it cannot be checked). The screen also tells whether the
query names its own dataset (FROM / FROM NAMED), which the endpoint then honours.

The screen reads tokens as SPARQL's grammar defines them (strings, IRIs,
comments, prefixed names and variables are not keywords), after replacing
`\\uXXXX` escapes as the parser does, so a keyword cannot hide in an escape, a
comment or a string, and a name such as `?service` or `ex:load` is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<word>(?:[\w\-.:\u00b7\u0300-\u036f\u203f-\u2040]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?\#@%])+)
  | (?P<space>\s+)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class Refused(Exception):
    """A query or update the server will not run: HTTP status and one line saying why and what to do."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True)
class Screened:
    """What the screen found: the query's own dataset clauses, and the outbound endpoints it calls."""

    names_dataset: bool
    endpoints: tuple[str, ...]


def _unescape(text: str) -> str:
    # The SPARQL grammar applies \u and \U escapes to the whole text before it is parsed.
    def one(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group(0)

    return _ESCAPE.sub(one, text)


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each token but spaces and comments; kind is string, iri, var, word or other."""
    out = []
    for m in _TOKEN.finditer(_unescape(text)):
        kind = m.lastgroup
        if kind not in ("space", "comment"):
            out.append((kind, m.group(kind)))
    return out


def _keyword(token: tuple[str, str], *names: str) -> bool:
    kind, text = token
    return kind == "word" and ":" not in text and text.casefold() in names


def _endpoint(toks: list[tuple[str, str]], at: int, declared: dict[str, str], base: str, verb: str) -> str:
    """The IRI named at toks[at] (after SERVICE [SILENT] or LOAD [SILENT]); Refused when it cannot be known."""
    if at < len(toks) and _keyword(toks[at], "silent"):
        at += 1
    if at >= len(toks):
        raise Refused(400, f"the text ends after {verb}; name an endpoint")
    kind, text = toks[at]
    if kind == "iri":
        iri = text[1:-1]
    elif kind == "word" and ":" in text:
        prefix, _, local = text.partition(":")
        if prefix not in declared:
            raise Refused(400, f"{verb} {text}: the prefix {prefix}: is not declared")
        iri = declared[prefix] + re.sub(r"\\(.)", r"\1", local)
    else:
        raise Refused(403, f"{verb} {text} refused: this server calls only endpoints named by their IRI and "
                           "allowed by its operator (--allow-service URL); write the endpoint's IRI")
    if ":" not in iri.split("/", 1)[0]:
        iri = base + iri if base else iri
    return iri


def screen(text: str, allowed: frozenset[str] | set[str] = frozenset(),
           prefixes: dict[str, str] | None = None) -> Screened:
    """Check a query or update before it runs; raise Refused for a SERVICE or LOAD of an endpoint not allowed."""
    toks = tokens(text)
    declared = dict(prefixes or {})
    base = ""
    endpoints: list[str] = []
    names_dataset = False
    for i, tok in enumerate(toks):
        if _keyword(tok, "prefix") and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            declared[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
        elif _keyword(tok, "base") and i + 1 < len(toks) and toks[i + 1][0] == "iri":
            base = toks[i + 1][1][1:-1]
        elif _keyword(tok, "from"):
            names_dataset = True
        elif _keyword(tok, "service", "load"):
            verb = tok[1].upper()
            endpoint = _endpoint(toks, i + 1, declared, base, verb)
            if endpoint not in allowed:
                how = ("this server makes no outbound requests; its operator can allow an endpoint with "
                       "--allow-service URL" if not allowed else
                       f"this server calls only {', '.join(sorted(allowed))} (--allow-service)")
                raise Refused(403, f"{verb} <{endpoint}> refused: {how}")
            endpoints.append(endpoint)
    return Screened(names_dataset, tuple(endpoints))
