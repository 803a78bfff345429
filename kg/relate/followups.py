"""Follow-ups: the next meeting an announcement says was agreed, and when and how it will be held.

A sentence about the next round ("договорились провести следующий раунд в 2020
году", "the Group will meet again in February") describes a meeting that has
not happened yet: segmentation must not open a meeting for it, and it belongs to
the latest meeting reported, not to another forum's sitting it mentions. Those
rules need nothing but the sentence and the meetings found, so they live apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.dates import _month_en, _month_ru
from kg.relate.cues import IN_PERSON, ONLINE, Prefiltered
from kg.relate.facts import FollowUpFact, MeetingFact
from kg.understand import SentenceInfo

FOLLOW_UP = re.compile(
    r"(следующ\w*\s+(?:\w+\s+){0,3}(?:встреч|заседани|раунд|консультаци|сесси|диалог)|"
    r"договорил\w*\s+(?:\w+\s+){0,2}провести|решено\s+провести|условились\s+провести|"
    r"(?:договорил\w*|решено|условились|договоренност\w*)\s+(?:\w+\s+){0,3}(?:проводить|продолжить\s+консультаци)|"
    r"next\s+(?:\w+\s+){0,2}(?:meeting|session|round|consultations)|agreed\s+to\s+(?:hold|meet|convene)|"
    # "committed to hold the fourth dialogue in Washington", "decided to convene", "look forward to holding"
    r"(?:committed|decided|resolved|plan(?:ned)?|intend(?:ed)?)\s+to\s+(?:hold|meet|convene)\b|"
    r"look(?:ed)?\s+forward\s+to\s+(?:holding|meeting|convening)\b|"
    r"will\s+be\s+held\s+in\s+\d{4}|пройдет\s+в\s+\d{4}|will\s+hold\s+its\s+(?:next|\w+)|"
    # "The sides will hold the 4th Australia-Fiji Cyber Dialogue in Canberra next year"
    r"will\s+(?:hold|host|convene)\s+(?:[\w'’-]+\s+){0,8}?(?:next\s+year|in\s+\d{4}|in\s+the\s+(?:first|second)\s+half)|"
    r"(?:в\s+следующем\s+году|в\s+\d{4}\s+году)\s+(?:\w+\s+){0,3}(?:проведут|проведет|состоится|пройдет)|"
    r"(?:намечено|планируется|запланировано|предполагается|предстоит)\s+(?:\w+\s+){0,2}(?:провести|проведение)|"
    r"(?:session|meeting|round|conference|сесси\w*|встреч\w*|заседани\w*|раунд\w*)\s+(?:[\w,]+\s+){0,6}(?:will\s+(?:take\s+place|be\s+held|"
    r"convene|meet)|is\s+(?:scheduled|planned|expected)|состоится|пройдет|запланирован\w*))", re.I)
# every follow-up phrase above holds one of these words
FOLLOW_UP = Prefiltered(FOLLOW_UP, ("следующ", "провести", "проводить", "продолжить", "next", "agreed", "hold", "meet",
                                    "conven", "forward", "will", "пройдет", "проведут", "проведет", "состоится",
                                    "проведение", "scheduled", "planned", "expected", "запланирован"))


_AGREED_TIME = re.compile(r"(at\s+a\s+mutually\s+(?:convenient|agreed|acceptable)\s+(?:date|time))|"
                          r"в\s+(?:взаимно\s+)?согласованн\w+\s+(?:сроки|время|дату)|в\s+удобное\s+для\s+сторон\s+время",
                          re.I)


def is_follow_up(si: SentenceInfo) -> bool:
    """The sentence announces a meeting to come rather than reporting one held."""
    return _announces(si.sentence.text)


@lru_cache(maxsize=20_000)
def _announces(text: str) -> bool:  # asked of each sentence many times over
    found = FOLLOW_UP.search(text)
    if found is None:
        return False
    # «… о работе в Рабочей группе ООН, заключительная сессия которой пройдет в июле»: the meeting to come
    # is the session of another forum, named in a relative clause of a sentence that reports this one
    # (but «на первой сессии Группы, которая пройдет …» is a session to come in the main clause)
    clause = re.split(r"[,;:]", text[: found.end()])[-1]
    return not (re.search(r"\b(?:котор\w+|which|whose)\b", clause, re.I) and re.search(
        r"\b(?:сесси|заседани|встреч|раунд|session|meeting|round)", clause, re.I))


_PART_OF_YEAR = re.compile(
    r"\b(first|second|third|fourth)\s+(half|quarter)\s+of\s+(\d{4})|"
    r"\b(перв|втор|трет|четв[её]рт)\w*\s+(полугоди|квартал)\w*\s+(\d{4})", re.I)
_PART_EN = {"перв": "first", "втор": "second", "трет": "third", "четв": "fourth", "полу": "half", "квар": "quarter"}


def _part_of_year(part: re.Match) -> str:
    """ "first half of 2025", as the text says it in English."""
    if part[3]:
        return f"{part[1].lower()} {part[2].lower()} of {part[3]}"
    return f"{_PART_EN[part[4].lower()[:4]]} {_PART_EN[part[5].lower()[:4]]} of {part[6]}"


def follow_up(si: SentenceInfo, year: int | None) -> FollowUpFact:
    """When the next meeting is to be held (a date, a month, a year, "next year", "on a regular basis")
    and in what format."""
    text = si.sentence.text
    when = None
    m = re.search(r"(?:в|in)\s+(\d{4})\s*(?:году|г\.?)?", text)
    month_year = re.search(r"(?:в|in)\s+([А-Яа-яA-Za-z]+)\s+(\d{4})", text)
    month = (_month_ru(month_year[1]) or _month_en(month_year[1])) if month_year else 0
    part = _PART_OF_YEAR.search(text)
    if si.dates:
        when = si.dates[0].iso(year)
    elif part:  # "in the first half of 2025", «в первом полугодии 2025 года»: kept as narrow as the text says
        when = _part_of_year(part)
    elif month:
        when = f"{month_year[2]}-{month:02d}"
    elif m:
        when = m[1]
    elif re.search(r"в следующем году|next year", text, re.I):
        when = "next year"
    elif re.search(r"на регулярной основе|регулярно|on a regular basis|regularly", text, re.I):
        when = "on a regular basis"
    elif agreed := _AGREED_TIME.search(text):  # a time left to the parties, in English as the keys write it
        when = agreed[1].lower() if agreed[1] else "at a mutually agreed time"
    fmt = None
    if ONLINE.search(text):
        fmt = "online"
    elif IN_PERSON.search(text) or any(m.type == "place" for m in si.mentions):
        fmt = "in-person"
    return FollowUpFact(when, fmt, si)


def of_another_forum(si: SentenceInfo, m: MeetingFact) -> bool:
    """ "... к заседанию Совета коллективной безопасности ОДКБ, которое состоится в ноябре": the next meeting
    of another forum, not the follow-up of this one."""
    text = si.sentence.text
    for mt in si.mentions:
        if mt.type not in ("process", "organization") or mt.entity is None:
            continue
        if m.forum is not None and mt.entity.iri in (m.forum.iri, m.forum.parent_org, m.forum.part_of):
            continue
        before = text[: mt.start - si.sentence.start]
        if re.search(r"(?:заседани|встреч|сесси|саммит|meeting|session|summit)\w*\s+(?:of\s+)?(?:the\s+)?$", before, re.I):
            return True
    return False


def follow_up_to_latest(meetings: list[MeetingFact]) -> None:
    """The next meeting agreed follows the latest meeting reported, not an earlier one the text recalls
    ("The consultations followed the first session in September ... The Group will meet again in February")."""
    ups = [m for m in meetings if m.follow_up]
    if len(meetings) < 2 or len(ups) != 1 or not all(m.date for m in meetings):
        return
    if len({m.date.startswith("--") for m in meetings}) > 1:
        return  # dates with and without a year do not compare
    latest = max(meetings, key=lambda m: m.date.split("/")[0])
    if latest is not ups[0]:
        latest.follow_up, ups[0].follow_up = ups[0].follow_up, None
