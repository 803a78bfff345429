"""Why a state or body named near a meeting is not taking part in it: it plays another role.

A state can be named as the one blamed for attacks or helped by the parties, as
a place talked about («ситуация в Афганистане»), as part of another name
("Pakistan Point News"), as a person's origin or
surname ("Al Kuwaiti"), in a dateline, or as the format of a dialogue («формат
Россия – АСЕАН»). Each test reads the text just before and after the mention.
"""

from __future__ import annotations

import re

from kg.link import Mention
from kg.nlp.persons import POST_EN, is_not_name_en
from kg.relate.facts import MeetingFact
from kg.understand import SentenceInfo

_OTHER_ROLE = re.compile(
    r"(?:funded|financed)\s+by|contributions?\s+(?:from|of)|donors?\b|(?:new|newest|recent)\s+Parties|"
    r"to\s+join|acceded|accession|ratif\w+|candidates?\b|nominated\s+by|"
    r"финансир\w+|взнос\w*|присоедин\w+|ратифиц\w+|кандидат\w*", re.I)


def in_another_role(before: str, after: str = "") -> bool:
    """ "funded by contributions from Canada, ...", "with Brazil, Nigeria and Cameroon the most recent to join":
    a donor, a new party or a candidate, in the same clause, does not take part through that."""
    clause = re.split(r"[;:.]|,\s+(?:and|while|which|but|а|но|которые)\s", before)[-1]
    rest = re.split(r"[;:.]", after)[0]
    if re.search(r"\b(?:the\s+(?:most\s+)?recent\s+to\s+join|have\s+joined|acceded|присоединил\w*)", rest, re.I):
        return True  # "with Brazil, Nigeria and Cameroon the most recent to join"
    if _BLAMED_BEFORE.search(clause) or _BLAMED_AFTER.match(after):
        return True  # "malicious cyber activity by Russia", "North Korean hackers", «кибератаки со стороны …»
    if _HELPED.search(clause):
        return True  # "supporting partners, including Albania", "assisting Georgia": whom the parties help
    return bool(_OTHER_ROLE.search(clause)) and not re.search(
        r"(took part|participated|attended|приняли участие|участвовал)", clause, re.I)


# A state blamed for attacks or threats is the subject of the talks, not a party to them.
_BLAMED_BEFORE = re.compile(r"\b(?:attacks?|activit(?:y|ies)|operations|campaigns?|threats?|hackers?|actors?|thefts?|"
                            r"abductions?|kidnappings?|похищени\w*|краж\w*|хищени\w*|"
                            r"intrusions?|aggression|interference|espionage|атак\w*|кибератак\w*|вмешательств\w*|"
                            r"угроз\w*|хакер\w*|агресси\w*)\s+(?:[\w-]+\s+){0,3}(?:by|from|of|originating\s+from|"
                            r"со\s+стороны|из)\s+(?:the\s+)?$", re.I)
_BLAMED_AFTER = re.compile(r"^(?:\s*\([^()]{1,12}\))?(?:-|\s+)(?:backed|sponsored|linked|affiliated|state-sponsored|hackers?|"
                           r"threat\s+actors?|cyber\s+(?:actors?|attacks?|operations|threats?|activit(?:y|ies))|хакер\w*|"
                           r"кибератак\w*)\b|"
                           r"^['’]s\s+(?:[\w-]+\s+){0,5}(?:cyber-?attacks?|attacks?|aggression|invasion|war|malicious|illicit|"
                           r"illegal|theft|hack\w*)", re.I)
_HELPED = re.compile(r"\b(?:supporting|assisting|assistance\s+to|support\s+(?:to|for)|invasion\s+of|aggression\s+against|"
                     r"Mission\s+(?:to|in)|"
                     r"помощ(?:ь|и|ью)|содействи\w+\s+в\s+укреплении)\s+(?:[\w-]+,?\s+){0,3}$", re.I)  # not «помощник»


_NAMED_THING = re.compile(
    r"^(?:\s*[-–]\s*[A-Z][\w.]*)?\s+(?:[A-Z][\w'’-]*\s+){0,5}(?:Centre|Center|Programme|Program|Initiative|"
    r"Partnership|Framework|Fund|Dialogue|Group|Forum|Conference|Summit|Meeting|Mechanism|Network|Agreement|"
    r"Arrangement|Declaration|Statement|Strategy|Plan|Project|Academy|Institute)\b")


def inside_another_name(mt: Mention, si: SentenceInfo, m: MeetingFact) -> bool:
    """ "the ASEAN-Japan Cybersecurity Capacity Building Centre": a state inside the proper name of something
    else than the meeting's forum is part of that name."""
    start, end = mt.start - si.sentence.start, mt.end - si.sentence.start
    text = si.sentence.text
    in_compound = bool(re.search(r"[A-Z][\w.]*\s*[-–]\s*$", text[:start])) or bool(
        re.match(r"\s*[-–]\s*[A-Z]", text[end:]))
    if not in_compound or not _NAMED_THING.match(text[end:]):
        return False
    if m.forum_surface and m.forum_surface[1] <= mt.start < m.forum_surface[2]:
        return False
    return not (m.forum is not None and mt.entity.state in m.forum.involves_states)


_FORMAT_BEFORE = re.compile(r"(?:формат\w*|format\s+of)\s+(?:[А-ЯЁA-Z][\w.-]*(?:\s+[А-ЯЁA-Z][\w.-]*)?\s*[–—-]\s*)*$",
                            re.I)
_FORMAT_AFTER = re.compile(r"^(?:\s*[–—-]\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)*\s+format\b")


def in_format(before: str, after: str) -> bool:
    """ «в формате Россия – Монголия – Китай», "the Russia–Mongolia–China format": a state inside the name of
    a format of cooperation, which is a process, not a party to the meeting."""
    return bool(_FORMAT_BEFORE.search(before) or _FORMAT_AFTER.match(after))


# «на территории Афганистана», «в столице Эфиопии», "the capital of Chile": the state is where, not who
_PLACE_OF = re.compile(r"(?:территори\w+|столиц\w+|границ\w+|territory\s+of|capital\s+of|border\s+(?:of|with))"
                       r"\s+(?:the\s+)?$", re.I)
# «в сирийско-иракской зоне», "the Afghan border region": a state's adjective on a place noun
_PLACE_NOUN_AFTER = re.compile(r"^(?:[-–]\s*[\w-]+)?\s+(?:зон\w*|регион\w*|территори\w*|границ\w*|направлени\w*|"
                               r"конфликт\w*|кризис\w*|войн\w*|zone|region|border|territory|area|conflict|crisis|war)\b",
                               re.I)  # «украинского конфликта», "the Syrian crisis": what is talked about


def place_talked_about(mt: Mention, si: SentenceInfo, before: str, after: str) -> bool:
    """A state named as a place: the territory or capital of it, a zone its adjective qualifies, or the
    country after its city ("in Lisbon, Portugal, on 4 May", "Lisbon [Portugal]"), which is where, not who."""
    if _PLACE_OF.search(before) or mt.type == "state-adjective" and _PLACE_NOUN_AFTER.match(after):
        return True
    base = si.sentence.start
    if not re.match(r"\s*(?:[,.;:)\]]|$|\d|and\s+[a-z]|(?!and\b)[a-z])", after):
        return False  # "in Lisbon, Portugal and Chile held …": the country opens the list of parties
    return mt.type == "state" and any(
        o.type == "place" and o.entity is not None and o.entity.state == mt.entity.state and o.end <= mt.start
        and re.fullmatch(r"\s*[,(\[]\s*", si.sentence.text[o.end - base : mt.start - base]) for o in si.mentions)


def a_surname(before: str, after: str) -> bool:
    """ "…, Maria Jordan, Assistant to the President …": a state's name that is a person's surname, after a
    given name and before the person's post."""
    given = re.search(r"(?:^|[,;:(]\s*|\b(?:and|with|by|met|from)\s+)([A-Z][a-z]+)\s$", before)
    if not given or is_not_name_en(given[1]):
        return False
    post = re.match(r"\s*,\s*([^,.;]{0,80})", after)
    return bool(post and POST_EN.search(post[1]))


def names_person_origin(before: str) -> bool:
    """ "Houlin Zhao (China)", "Doreen Bogdan-Martin of the United States": a nationality, not a party ("President
    of the Republic of Costa Rica" is a post, whose state takes part)."""
    m = re.search(r"([A-ZА-ЯЁ][\w-]+)\s+(?:(?:of|from)\s+(?:the\s+)?|\(\s*(?:the\s+)?)$", before)
    return bool(m) and not re.match(r"(?i)(delegations?|representatives?|officials?|experts?|ministers?|participants?)$",
                                    m[1]) and not (POST_EN.fullmatch(m[1]) and not before.endswith("("))


def chair_before(mt: Mention, si: SentenceInfo, m: MeetingFact) -> bool:
    """The person whose origin the brackets give chairs the meeting: "chaired by Anna Novak (Slovenia)"."""
    base = si.sentence.start
    if not _CHAIRED.search(si.sentence.text):
        return False
    return any(c.sentence is si and re.fullmatch(r"\s*\(\s*", si.sentence.text[c.person.end - base : mt.start - base])
               for c in m.chairs if c.person.end <= mt.start)


_CHAIRED = re.compile(r"\b(?:chair\w*|presid\w*|председател\w*|председательств\w*)", re.I)
# A dateline: "SINGAPORE – …", "THE HAGUE, Netherlands – …": where the report was filed, not who met
_DATELINE_BEFORE = re.compile(r"^\W*(?:[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]+,\s*)?$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?[–—-]\s")


def dateline(mt: Mention, before: str, after: str) -> bool:
    return bool(_DATELINE_BEFORE.match(before) and (before.strip() or mt.surface.isupper()) and _DATELINE_AFTER.match(after))


# "Mohamed Al Kuwaiti": an Arabic surname of origin; "Kenya Point News": a state opening a news outlet's name
_SURNAME_PARTICLE = re.compile(r"\b(?:Al|El|al|el)[\s-]$")
_MEDIA_AFTER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+){0,3}(?:News|Times|Post|Gazette|Herald|Tribune|Daily|Radio|Television|"
                          r"Observer|Today)\b")


# "the Organization of (Ibero-)American States": the adjective names a region's states, not one party
_OF_MANY_STATES = re.compile(r"^\s+(?:States|Nations)\b")
_OF_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w]*-)?$")


# "Inter-American", "Pan-African", "Ibero-American": a prefix makes the adjective a region's
_REGION_PREFIX = re.compile(r"\b(?:Inter|Pan|Ibero|Afro|Trans|Euro|Latin|Meso)-$", re.I)


def in_a_proper_name(mt: Mention, before: str, after: str) -> bool:
    return bool(mt.type == "state-adjective" and (_SURNAME_PARTICLE.search(before) or _OF_MANY_STATES.match(after)
                                                  and _OF_BEFORE.search(before) or _REGION_PREFIX.search(before))
                or _MEDIA_AFTER.match(after))
