"""The plan of one announcement's rewrite: the strings of its key, and the swaps chosen, in order.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable

from kg.evaluate.metamorphic.forms import Swap

_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)


# --------------------------------------------------------------------------- the key's strings


_NOT_TEXT = {"document", "lang", "published", "date", "kind", "format", "role", "state", "when", "location"}


def _map_key(key: dict, fn: Callable[[str], str]) -> dict:
    """Apply fn to every free-text string of the key (names, aliases, titles, posts)."""

    def walk(node, field_name=None):
        if isinstance(node, dict):
            return {k: walk(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, field_name) for v in node]
        if isinstance(node, str) and field_name not in _NOT_TEXT and field_name != "states":
            return fn(node)
        return node

    return walk(key)


def _meetings(key: dict) -> list[dict]:
    return [m for m in key.get("meetings") or [] if isinstance(m, dict)]


def _entities(key: dict, field_name: str) -> list[dict]:
    return [e for m in _meetings(key) for e in m.get(field_name) or [] if isinstance(e, dict)]


def _names_of(entity: dict) -> list[str]:
    names = [entity.get("name"), entity.get("title"), *(entity.get("aliases") or [])]
    return [n for n in names if isinstance(n, str) and n]


# --------------------------------------------------------------------------- the rewrite of one announcement


class _Plan:
    """The swaps chosen for one announcement, in the order they are applied."""

    def __init__(self, text: str, key: dict, rng: random.Random):
        self.text, self.key, self.rng = text, key, rng
        self.body = _FRONT.sub("", text)
        self.swaps: list[Swap] = []
        self.skipped: list[str] = []
        self.codes: dict[str, str] = {}  # old ISO3 → new ISO3
        self.city: dict[str, str] = {}  # old English name → new
        self.organisations: set[str] = set()  # English names of organisations already swapped
        self.surnames: set[str] = set()  # new surnames given out: two people never get the same one
        self.notes: list[str] = []  # shifts of ordinals and dates

    def pick_person(self, options: tuple) -> tuple:
        """A person from `options` whose surname (last field) is not yet given out."""
        free = [o for o in options if o[-1] not in self.surnames and o[-1] not in self.text]
        choice = self.rng.choice(free or list(options))
        self.surnames.add(choice[-1])
        return choice

    def skip(self, why: str) -> None:
        if why not in self.skipped:
            self.skipped.append(why)

    def used(self, swap: Swap | None, why_not: str) -> bool:
        if swap is None or not swap.forms:
            self.skip(why_not)
            return False
        if not swap.occurs_in(self.body):
            self.skip(f"{swap.label}: no form of the name found in the text")
            return False
        self.swaps.append(swap)
        return True


def _mentions(text: str, forms: Iterable[str]) -> bool:
    """True when one of the forms stands in the text as whole words."""
    return any(f and f in text and re.search(rf"(?<![\w]){re.escape(f)}(?![\w])", text) for f in forms)
