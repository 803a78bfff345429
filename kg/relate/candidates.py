"""Names of bodies the vocabularies do not know: kept as candidate entities, never dropped.

A candidate is an organisation-like phrase ("Министерство цифрового развития
Республики Н", "National Cyber Agency of X") that no vocabulary entry covers.
It is stored with its sentence so `ictkg candidates` can show an analyst what
to add to ontology/vocab/.
"""

from __future__ import annotations

import re

from kg.relate.facts import Candidate
from kg.understand import SentenceInfo

_HEADS_RU = (r"(?:Министерств\w*|Федеральн\w+\s+(?:служб\w*|агентств\w*)|Служб\w*|Агентств\w*|Государственн\w+\s+"
             r"(?:комитет\w*|агентств\w*|служб\w*)|Национальн\w+\s+(?:агентств\w*|центр\w*|совет\w*|служб\w*)|"
             r"Департамент\w*|Управлени\w*|Комисси\w*|Администраци\w*|Бюро|Инспекци\w*|Центр(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b)")  # «Центральная Азия» is no centre
RU_BODY = re.compile(_HEADS_RU + r"(?:\s+(?:и(?=\s+[а-яё])|[а-яё-]+|[А-ЯЁ][а-яё-]+)){1,8}")
EN_BODY = re.compile(
    r"(?:(?:National|Federal|State|Central|Cyber(?:security)?|Digital|Information|Security|Defen[cs]e|Foreign|"
    r"Internal|Home|Public|Justice|Communications?|Technology|Presidential)\s+){0,4}"
    r"(?:Ministry|Department|Agency|Office|Commission|Service|Bureau|Directorate|Authority|Centre|Center|Council)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w-]+|and|of|the|for)(?:\s+(?:[A-Z][\w-]+|and|of|the|for)){0,6})?")


def find_candidates(si: SentenceInfo) -> list[Candidate]:
    """Body names in a sentence that no linked mention covers."""
    text, base = si.sentence.text, si.sentence.start
    rx = RU_BODY if re.search("[А-Яа-яЁё]", text) else EN_BODY
    # a state inside the phrase is its owner («… Республики Замбия»), not a reason to skip it
    covered = [(m.start - base, m.end - base) for m in si.mentions if m.type not in ("state", "state-adjective")]
    out = []
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        s, e = m.start(), m.end()
        pos = s + 1  # a phrase that starts inside a known name may still hide an unknown one
        surface = text[s:e].rstrip(" ,")
        words = surface.split()
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        if any(a < e and s < b for a, b in covered):
            # the phrase (or most of it) is a known entity or a post
            overlap = sum(min(e, b) - max(s, a) for a, b in covered if a < e and s < b)
            if overlap > 0.3 * (e - s):
                continue
        state = None
        for mt in si.mentions:
            rel = mt.start - base
            if mt.type == "state" and s < rel <= e + 3:
                state = mt.entity.state
                if rel < e:  # "... Республики Кения": the state is not part of the body's name
                    surface = text[s:rel].rstrip(" ,")
                break
        if len(surface.split()) < 2:
            continue
        out.append(Candidate(surface, base + s, base + s + len(surface), state, si))
        pos = s + len(surface)
    return out


def candidate_key(c: Candidate) -> str:
    """The same body in any case form gets the same key: lemmas of its words, and its state."""
    from kg.nlp.text import normal_tokens

    return f"{c.state or 'xx'}-{'-'.join(normal_tokens(c.label))}"
