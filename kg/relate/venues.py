"""Where a meeting took place: the city of a sentence that reports it.

The place comes from the sentences that report the meeting (the trigger, the
heading, other reports of it), else from a lead sentence that places it, else
from the building of a state's body it met in ("held at the State Department",
«в особняке МИД России»: that state's capital) or an organisation's headquarters
(its seat), else from a country named as the venue or the host ("hosted by Kenya"). Never from a dateline, a post's title («постоянный представитель
при ООН в Нью-Йорке») or an earlier meeting's clause.
"""

from __future__ import annotations

import re

from kg.link import Mention
from kg.relate.cues import TOPIC_BEFORE
from kg.relate.facts import MeetingFact
from kg.relate.meeting_reports import reports_meeting
from kg.understand import Doc, Resources, SentenceInfo
from kg.vocab import Entity

# "This meeting builds on the inaugural dialogue, which was held in Santiago in 2022": an earlier meeting's place
_EARLIER_HELD = re.compile(r"\b(?:builds?\s+on|building\s+on|follow(?:s|ing)\s+up\s+on|previous|preceding|last)\b[^.;]*"
                           r"\b(?:held|took\s+place)\s+in\s+$|\b(?:предыдущ|прошл)\w*\s+[^.;]*\b(?:состоял|прош)\w*\s+в\s+$",
                           re.I)
_POST_AT = re.compile(r"(?:представител\w*|постпред\w*|посол\w*|representative|ambassador|mission)\b[^.;]{0,60}?"
                      r"(?:при|to the)\s+(?:[\w-]+\s+){0,4}(?:в|во|in)\s+$|"
                      # «Посол Кении в Гане», "the Ambassador of Kenya to Ghana": where the envoy is posted
                      r"(?:посол\w*|ambassador|high\s+commissioner)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}(?:в|во|to|in)\s+$", re.I)
# "took place at the Ministry of Foreign Affairs", "held at the U.S. State Department", "at the headquarters of
# the African Union Commission", «в особняке МИД России», «в штаб-квартире ОДКБ»: held in a body's building
_IN_BUILDING_OF = re.compile(
    r"\b(?:(?:held|took\s+place|met|convened|hosted)\s+(?:[\w,]+\s+){0,3}?at|(?:at|in)\s+the\s+(?:headquarters|"
    r"premises|building|seat)\s+of)\s+(?:the\s+)?(?:U\.S\.\s+)?$|"
    r"\b(?:в|во)\s+(?:здании|особняке|помещении|штаб-квартире|резиденции|доме\s+приемов)\s+$", re.I)


_PLACED = re.compile(r"\b(?:in|at|в|во|на)\s+(?:the\s+)?$", re.I)


def meeting_place(m: MeetingFact, doc: Doc, res: Resources, triggers: list[SentenceInfo], main: list[SentenceInfo],
                  title: SentenceInfo | None) -> Entity | None:
    """The meeting's place; `main` are its sentences other than follow-ups."""
    reporting = triggers + [s for s in main if s not in triggers and reports_meeting(s)]
    for si in reporting:
        places = [mt for mt in si.mentions if mt.type == "place" and not _in_dateline(doc, mt)
                  and not _in_post_title(mt, si) and not _EARLIER_HELD.search(si.sentence.text[: mt.start - si.sentence.start])]
        # "Tokyo and London exchanged a memorandum … in Singapore": the capitals stand for their states; the
        # place said with «в»/"in" is where it happened
        placed = [mt for mt in places if _PLACED.search(si.sentence.text[: mt.start - si.sentence.start])]
        if placed:
            return placed[0].entity
        if places:
            return _country_as_place([si], res) or places[0].entity  # "… in Singapore", a country said with "in"
    # «Вопросы … обсудило в Казани руководство советов безопасности»: a lead sentence before the report
    # that places it
    lead = [s for s in main if s.sentence.start < m.trigger.sentence.start and s is not title]
    for si in lead:
        for mt in si.mentions:
            if mt.type == "place" and not _in_dateline(doc, mt) and not _in_post_title(mt, si) and re.search(
                    r"\b(?:в|во|in)\s+$", si.sentence.text[: mt.start - si.sentence.start]):
                return mt.entity
    return _building_city(reporting, res, doc.publisher_state) or _country_as_place(triggers, res)


def _building_city(sents: list[SentenceInfo], res: Resources, publisher: str | None) -> Entity | None:
    """Held in a body's building: a state body's is in that state's capital, an international organisation's
    headquarters in its seat."""
    for si in sents:
        for k, mt in enumerate(si.mentions):
            if mt.type not in ("agency", "organization") or not _IN_BUILDING_OF.search(
                    si.sentence.text[: mt.start - si.sentence.start]):
                continue
            if mt.type == "organization":
                if mt.entity is not None and mt.entity.seat:
                    return res.vocab.get(mt.entity.seat)
                continue
            state = _body_state(si, k, publisher)
            city = res.places.cities.capitals.get(state) if state else None
            if city is not None:
                return res.places.entity(city)
    return None


def _body_state(si: SentenceInfo, k: int, publisher: str | None) -> str | None:
    """The state of the body mentioned k-th: its own, the state named right after it ("of Kenya", «МИД Кении»)
    or right before it ("the Kenyan Ministry"), else the publishing government's when the body can be its."""
    mt = si.mentions[k]
    if mt.entity is not None and mt.entity.state:
        return mt.entity.state
    base = si.sentence.start
    after = si.mentions[k + 1] if k + 1 < len(si.mentions) else None
    if after is not None and after.type == "state" and re.fullmatch(
            r"\s*(?:of\s+(?:the\s+)?)?", si.sentence.text[mt.end - base : after.start - base]):
        return after.entity.state
    before = si.mentions[k - 1] if k else None
    if before is not None and before.type in ("state", "state-adjective") and before.entity is not None and \
            not si.sentence.text[before.end - base : mt.start - base].strip():
        return before.entity.state
    if publisher and any(a.state == publisher for a in mt.options):
        return publisher
    return None


def _country_as_place(triggers: list[SentenceInfo], res: Resources) -> Entity | None:
    """No city named: "held in Singapore", "в Индии" gives the country (or the city-state's city)."""
    for si in triggers:
        for mt in si.mentions:
            if mt.type != "state" or not mt.entity or _in_post_title(mt, si):
                continue  # «Посол Кении в Гане провел встречу»: the country of a post, not the venue
            before = si.sentence.text[: mt.start - si.sentence.start]
            after = si.sentence.text[mt.end - si.sentence.start :]
            if re.search(r"\b(?:in|в|во)\s+$", before) and not TOPIC_BEFORE.search(before) or re.search(
                    r"\bhosted\s+by\s+(?:the\s+)?$", before, re.I) or _HOSTS_AFTER.match(after):
                same_name = [p for p in res.vocab.of_type("place") if p.name_en == mt.entity.name_en]
                return same_name[0] if same_name else mt.entity
    return None


# "Kenya hosted the meeting", «Кения приняла заседание»: the state as the subject that hosts
_HOSTS_AFTER = re.compile(r"\s+(?:hosted|was\s+the\s+host|(?:приняла|принимала|принял|принимал)(?!\s+участи)|"
                          r"стала\s+хозяйкой)\b", re.I)  # «Кения приняла заседание», not «… приняла участие»


def _in_post_title(mt: Mention, si: SentenceInfo) -> bool:
    """ "Постоянный представитель Сингапура при ООН в Нью-Йорке": a city in a post's title, not the venue."""
    return bool(_POST_AT.search(si.sentence.text[: mt.start - si.sentence.start]))


# "NEW YORK, 3 May 2024 — …", "Vienna, 3 May 2024 – …", «ЖЕНЕВА, 3 мая. /ТАСС/.»: the release's place and date
_DATELINE_AFTER = re.compile(r"\s*(?:\[[^\]]{1,30}\]\s*|\([^)]{1,30}\)\s*)?,\s*(?:\d{1,2}\s+[A-Za-zА-Яа-яё]+\.?|"
                             r"[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–:-]|\.\s*/|/)")


def _in_dateline(doc: Doc, mt: Mention) -> bool:
    line_start = doc.text.rfind("\n", 0, mt.start) + 1
    prefix = doc.text[line_start : mt.start]
    after = doc.text[mt.end : mt.end + 4]
    if not prefix.strip() and re.match(r"\s*[—–-]", after) and mt.surface.isupper():
        return True
    if not prefix.strip() and _DATELINE_AFTER.match(doc.text, mt.end):
        return True
    line_end = doc.text.find("\n", mt.end)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)].strip()
    return line == mt.surface.strip()  # a place alone on a line is a dateline
