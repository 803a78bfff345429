"""Organs of international organisations named without their organisation («Совет коллективной безопасности»,
"the Council of Foreign Ministers"), linked only where the text names that organisation."""

from __future__ import annotations

from collections import defaultdict

from kg.link import Entry, Gazetteer, Mention
from kg.nlp.text import Token, tokenize
from kg.vocab import Vocabulary


class OrganShortNames(Gazetteer):
    """Organs of an organisation by their names without it: «Совет коллективной безопасности» for the CSTO's,
    "the Council of Foreign Ministers" for the CIS's. Such a name says whose organ it is only when the text names
    the organisation, so `link_short_organs` keeps a match only then."""

    def __init__(self, vocab: Vocabulary):  # not super().__init__: that indexes the whole vocabulary
        self.vocab = vocab
        self.index = defaultdict(list)
        self.prefixes = set()
        self.max_len = 1
        for e in vocab.of_type("process"):
            owner = vocab.get(e.parent_org)
            if owner is None or owner.type != "organization":
                continue
            owners = {tuple(t.norm for t in tokenize(n)) for n in owner.all_names()} - {()}
            for text, _ in e.labels:
                toks = tokenize(text)
                key = tuple(t.norm for t in toks)
                for short in filter(None, (_without_owner(key, o) for o in owners)):
                    if len(short) < 2:
                        continue
                    if not any(x.entity.iri == e.iri for x in self.index[short]):
                        self.index[short].append(Entry(e, "short", (False,) * len(short), True))
                    self.max_len = max(self.max_len, len(short))
                    self._add_prefixes(short)


# "the Council of Foreign Ministers of the CSTO", «Совет министров иностранных дел СНГ», "CIS Council of …"
_OWNER_JOINS = {"of", "the"}


def _without_owner(key: tuple[str, ...], owner: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name's words without the organisation that opens or closes it (and the "of the" before it)."""
    n = len(owner)
    if len(key) > n and key[-n:] == owner:
        short = key[:-n]
        while short and short[-1] in _OWNER_JOINS:
            short = short[:-1]
        return short
    if len(key) > n and key[:n] == owner:
        return key[n:]
    return None


def _owner_named_apart(tokens: list[Token], s: int, e: int) -> bool:
    """Another owner qualifies the name: an acronym or a capitalised word right before it ("the OTS Working Group
    on …"), or an acronym right after it («Совет министров обороны ЕАЭС»)."""
    before = tokens[s - 1] if s > 0 and tokens[s - 1].end >= tokens[s].start - 1 else None
    after = tokens[e] if e < len(tokens) and tokens[e].start <= tokens[e - 1].end + 1 else None
    named_before = before is not None and (before.caps or before.title and s > 1 and before.norm not in _OWNER_JOINS)
    return named_before or bool(after and after.caps)


def link_short_organs(sentences: list, organs: OrganShortNames) -> None:
    """Add, to each sentence's mentions, the organs named without their organisation where the text names that
    organisation (or one of its processes) and no other organisation with an organ of that name."""
    named = set()
    for si in sentences:
        for m in si.mentions:
            if m.entity is not None and m.type in ("organization", "process"):
                named.add(m.entity.iri if m.type == "organization" else m.entity.parent_org)
    if not named:
        return
    for si in sentences:
        found, inside = [], []
        for s, e, entries in organs.match(si.tokens):
            owned = {x.entity.iri: x.entity for x in entries if x.entity.parent_org in named}
            start, end = si.tokens[s].start, si.tokens[e - 1].end
            # «Совета министров иностранных дел»: the post a council's name holds is part of it
            held = [m for m in si.mentions if m.start < end and start < m.end]
            if len(owned) != 1 or any(not (start <= m.start and m.end <= end and m.type in ("agency", "role"))
                                      for m in held) or _owner_named_apart(si.tokens, s, e):
                continue
            inside += held
            entity = next(iter(owned.values()))
            found.append(Mention(entity, "process", start, end, s, e,
                                 si.sentence.text[start - si.sentence.start : end - si.sentence.start], "short"))
        if found:
            si.mentions[:] = sorted([*(m for m in si.mentions if m not in inside), *found], key=lambda m: m.start)
