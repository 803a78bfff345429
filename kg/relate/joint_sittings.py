"""Joint sittings: one sitting of two forums is a meeting of each.

«совместное 59-е заседание Совета … и 29-е заседание Координационного совета …»
and "a joint meeting of the X and the 7th meeting of the Y" report two meetings
that share their date, place, people and participants; each has its own forum,
kind and number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.text import is_cyrillic
from kg.relate.cues import ORDINALS_EN, ordinal_ru
from kg.relate.facts import MeetingFact
from kg.relate.forum_names import find_forum_name_en, find_forum_name_ru
from kg.relate.forums import meeting_kind

# «совместное 59-е заседание Совета … и 29-е заседание Координационного совета …», "a joint meeting of the
# X and the 12th meeting of the Y": the second forum's own sitting, named after «и»/"and"
_SECOND_SITTING_RU = re.compile(r"\sи\s+(?:(?P<num>\d{1,3})-?[а-яё]{0,3}\s+|(?P<word>[а-яё]+(?:ое|ая|ой|ого|ом))\s+)?"
                                r"(?:заседани\w*|сесси\w*)\s+(?=[А-ЯЁ])")
_SECOND_SITTING_EN = re.compile(r"\sand\s+(?:the\s+)?(?:(?P<num>\d{1,3})(?:st|nd|rd|th)\s+|(?P<word>[a-z]+)\s+)?"
                                r"(?:meeting|session|plenary)\s+of\s+(?:the\s+)?(?=[A-Z])")
_JOINT = re.compile(r"совместн|\bjoint\b", re.I)


def joint_sitting(m: MeetingFact) -> list[MeetingFact]:
    """A joint sitting of two forums is a meeting of each: the second has its own forum and number and
    shares the date, place, people and participants the text gives the sitting."""
    text = m.trigger.sentence.text
    second = (_SECOND_SITTING_RU if is_cyrillic(text) else _SECOND_SITTING_EN).search(text)
    if m.adhoc or second is None or not _JOINT.search(text[: second.start()]) or m.forum is None and \
            m.forum_candidate is None:
        return []
    at = m.trigger.sentence.start + second.end()
    other = replace(m, forum=None, forum_mention=None, forum_candidate=None, forum_surface=None, forum_aliases=[],
                    ordinal=None, processes=dict(m.processes), candidate_processes=list(m.candidate_processes))
    known = next((mt for mt in m.trigger.mentions if mt.type == "process" and mt.entity is not None
                  and mt.start >= at), None)
    if known is not None:
        if m.forum is not None and known.entity.iri == m.forum.iri:
            return []
        other.forum, other.forum_mention = known.entity, known
    else:
        found = (find_forum_name_ru if is_cyrillic(text) else find_forum_name_en)(text[second.end() :])
        if found is None or found.start > 0:
            return []
        other.forum_candidate, other.forum_named, other.forum_kind = found.nominative, True, found.kind
        other.forum_surface = (found.surface, at, at + len(found.surface))
        other.forum_aliases = [found.surface] if found.surface != found.nominative else []
    number = second.group("num") or second.group("word")
    other.ordinal = int(number) if number and number.isdigit() else (ordinal_ru(number) if number else None)
    other.kind = meeting_kind(other)
    if other.ordinal is not None and m.ordinal == other.ordinal and not _numbered(text[: second.start()]):
        m.ordinal = None  # the number was the second sitting's
    # each forum is the other's sitting partner, not a process either links to
    own = {x.iri for x in (m.forum, other.forum) if x is not None}
    for fact in (m, other):
        for iri in own:
            fact.processes.pop(iri, None)
    span = (at, at + len(other.forum_surface[0])) if other.forum_surface else None
    if span:
        m.candidate_processes = [c for c in m.candidate_processes if not (span[0] <= c[2] < span[1])]
    return [other]


def _numbered(text: str) -> bool:
    """The text gives a sitting's number: "59-е", "7th", «двадцать седьмое», "seventh"."""
    return bool(re.search(r"\b\d{1,3}(?:-?[а-яё]{1,3}|st|nd|rd|th)\b", text)) or any(
        ORDINALS_EN.get(w.lower()) or (is_cyrillic(w) and ordinal_ru(w)) for w in re.findall(r"[\w-]+", text))
