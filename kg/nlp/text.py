"""Sentences and tokens with character offsets, and the normal form used for matching.

Both the text and the vocabulary labels go through `normal_tokens`, so a label
matches a text span whenever their normal forms agree, whatever the case form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import razdel

from kg.nlp.morph import lemma_ru

_CYRILLIC = re.compile(r"[а-яё]", re.I)
_WORD = re.compile(r"\w", re.U)
# Quotes, brackets and list punctuation carry no meaning for name matching.
_SKIP = set(",;:«»\"“”„'‘’()[]")
_DASHES = "-‐‑‒–—"
_DASH = re.compile(f"[{_DASHES}]")
_COMBINING_FORM = re.compile(r"[А-ЯЁа-яё]{3,}(?:ск|цк)о")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    norm: str  # lemma (ru) or lower-case stem (en); acronyms keep their letters
    caps: bool  # written in capitals (an acronym such as ФСО, ASEAN)
    title: bool  # starts with a capital letter


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def is_cyrillic(text: str) -> bool:
    """The text has a Cyrillic letter: Russian, for the rules that read one language or the other."""
    return bool(_CYRILLIC.search(text))


def stem_en(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and not w.endswith("us"):
        return w[:-1]
    return w


@lru_cache(maxsize=200_000)
def normal_form(word: str) -> str:
    """A word's lemma (Russian) or stem (English); acronyms lower-cased. Cached: most words recur."""
    if word.isupper() and len(word) > 1:
        return word.lower().replace("ё", "е")
    if _CYRILLIC.search(word):
        if _COMBINING_FORM.fullmatch(word):
            return lemma_ru(word[:-1] + "ий")  # «российско» of «российско-саудовские»: the adjective
        return lemma_ru(word)
    return stem_en(word)


def _pieces(text: str, start: int):
    """Split a razdel token on hyphens and dashes ("Россия-АСЕАН" -> Россия, АСЕАН)."""
    if not _DASH.search(text):
        yield text, start  # most tokens have no dash
        return
    pos = 0
    for part in _DASH.split(text):
        if part:
            yield part, start + pos
        pos += len(part) + 1


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens = []
    for t in razdel.tokenize(text):
        if t.text in _SKIP or not _WORD.search(t.text):
            continue
        for piece, s in _pieces(t.text, t.start + offset):
            if not _WORD.search(piece):
                continue
            caps = piece.isupper() and len(piece) > 1 and not piece.isdigit()
            tokens.append(Token(piece, s, s + len(piece), normal_form(piece), caps, piece[:1].isupper()))
    return tokens


@lru_cache(maxsize=100_000)
def normal_tokens(label: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(label))


# An abbreviation whose dot ends no sentence when a number follows: "Oct. 11", "No. 1039".
_ABBREVIATION_BEFORE_NUMBER = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|Art|para)\.$")


# A bracketed abbreviation ends no sentence: "Lieutenant General (Ret.) Hinsa Siburian", "(retd.)"
_BRACKETED_ABBREVIATION = re.compile(r"\(\s*[A-Za-zА-Яа-яЁё]{1,6}\.\s*\)$")


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for s in razdel.sentenize(text):
        if out and (_ABBREVIATION_BEFORE_NUMBER.search(out[-1].text) and s.text[:1].isdigit()
                    or _BRACKETED_ABBREVIATION.search(out[-1].text)) and "\n" not in text[out[-1].end : s.start]:
            prev = out.pop()
            out.append(Sentence(prev.index, prev.start, s.stop, text[prev.start : s.stop]))
            continue
        out.append(Sentence(len(out), s.start, s.stop, s.text))
    return _split_lines(out, text)


def _paragraph_parts(text: str) -> list[str]:
    """Split at blank lines, and at a line break after a finished or short line (a heading, a list
    item); a line break inside a hard-wrapped sentence is kept."""
    parts = []
    for block in re.split(r"\n\s*\n", text):
        lines = block.split("\n")
        current = lines[0]
        for line in lines[1:]:
            prev = current.rstrip()
            if prev.endswith((".", "!", "?", ":", ";", "»", '"')) or len(prev.split("\n")[-1]) < 50:
                parts.append(current)
                current = line
            else:
                current += "\n" + line
        parts.append(current)
    return parts


def _split_lines(sents: list[Sentence], text: str) -> list[Sentence]:
    """razdel joins a heading to the next paragraph; a blank line always ends a sentence."""
    out: list[Sentence] = []
    for s in sents:
        pos = s.start
        for part in _paragraph_parts(s.text):
            idx = text.find(part, pos)
            if part.strip():
                lead = len(part) - len(part.lstrip())
                body = part.strip()
                out.append(Sentence(len(out), idx + lead, idx + lead + len(body), body))
            pos = idx + len(part)
    return out
