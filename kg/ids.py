"""Deterministic, readable IRIs (docs/graph-model.md, "IRI patterns").

IRIs are built only through `slug()`, so text from an announcement can never
inject characters that break an IRI, a query or a page.
"""

from __future__ import annotations

import hashlib
import re

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}


_CYR_TABLE = str.maketrans(_CYR)


def translit_simple(text: str) -> str:
    """Lower-case ASCII transliteration used for IRI keys only (not for display)."""
    return text.lower().translate(_CYR_TABLE)


def sha1_hex(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def slug(text: str, max_len: int = 60) -> str:
    """A safe IRI segment: `[a-z0-9-]+`, stable for the same input."""
    s = re.sub(r"[^a-z0-9]+", "-", translit_simple(text)).strip("-")
    if not s:
        return "x-" + sha1_hex(text)
    if len(s) > max_len:
        s = s[:50].rstrip("-") + "-" + sha1_hex(text)
    return s
