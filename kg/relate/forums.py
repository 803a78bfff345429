"""Forums: which standing forum a meeting is a sitting of, its number in the series, and the kind of meeting.

A forum is the process the report names (an initiative only where the text
holds a meeting of it), else the deliberative organ whose session it is, else
the bilateral dialogue of the two states when the text speaks of a mechanism,
else a proper name the vocabularies lack ("the 17th ASEAN-Japan Cybersecurity
Policy Meeting") or one made from the two states, kept as a candidate for the
analyst. A process is taken in its era (the OEWG of the meeting's year). These
rules read the vocabularies and the trigger sentences, not segmentation, so
they live apart from it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.link import Mention
from kg.nlp.morph import lemma_ru
from kg.nlp.persons import POST_EN
from kg.nlp.text import is_cyrillic
from kg.relate.cues import MEETING_NOUNS, NUMERIC_ORDINAL, ORDINALS_EN, ORDINALS_RU, ordinal_ru, word_norms
from kg.relate.facts import MeetingFact
from kg.relate.followups import is_follow_up
from kg.relate.forum_names import (
    find_forum_name_en,
    find_forum_name_ru,
    find_group_name_en,
    named_bodies_en,
    named_bodies_ru,
)
from kg.understand import Resources, SentenceInfo
from kg.vocab import Entity


def forum_mention(si: SentenceInfo) -> Mention | None:
    """The process a sentence reports a sitting of; not a convention, not an initiative named without a
    meeting of it, not the event whose sidelines or preparation the sentence is about."""
    text = si.sentence.text
    for mt in si.mentions:
        if mt.type != "process" or not mt.entity:
            continue
        before = text[max(0, mt.start - si.sentence.start - 40) : mt.start - si.sentence.start]
        if mt.entity.process_kind == "Convention":
            continue
        if mt.entity.process_kind == "Initiative" and not re.search(
                r"(meeting|session|summit|conference|встреч\w*|заседани\w*|саммит\w*)\s+(?:of|в рамках)\s+(?:the\s+)?$",
                before, re.I):
            continue  # an initiative is a forum only where the text holds a meeting of it
        if re.search(r"(на полях|в кулуарах|sidelines of|margins of|fringes of|подготовки к|preparation for|ahead of)\s*\S*\s*$",
                     before, re.I):
            continue
        if re.search(r"\b(?:after|before|following|после|до|накануне)\s+(?:\w+\s+){0,4}$", before, re.I):
            continue  # "a day after both had attended the Quad Foreign Ministers' Meeting": another event
        if _WHY_THERE.search(before):
            continue  # "X, who is in Brasilia for the BRICS meeting, held consultations with …": why X is there
        if _inside_longer_name(mt, si):
            continue
        if _named_before(mt, si):
            continue  # "the 5th ASEAN-Japan Cybersecurity Policy Meeting reviewed cooperation under the ARF": the
            # forum the sentence opens with met; the one named after its verb is what it talked about
        return mt
    return None


def _named_before(mt: Mention, si: SentenceInfo) -> bool:
    """Another forum is named by its head noun before this known one, and a verb stands between them."""
    text, rel = si.sentence.text, mt.start - si.sentence.start
    verb = _TALKED_ABOUT.search(text, 0, rel)
    if verb is None:
        return False  # the cheap look first: most sentences have no such verb before the name
    found = (find_forum_name_ru if is_cyrillic(text) else find_forum_name_en)(text)
    return found is not None and found.end <= verb.start()


_TALKED_ABOUT = re.compile(r"\b(?:reviewed|discussed|considered|addressed|welcomed|prepared|focused|under|обсудил\w*|"
                           r"рассмотрел\w*|подготовил\w*|приветствовал\w*)\b", re.I)


def _inside_longer_name(mt: Mention, si: SentenceInfo) -> bool:
    """ "the Pacific Senior Cyber Group", «Постоянная рабочая группа при Комитете …»: a known forum
    named inside a longer name on another head noun is a part of that other body's name, not the forum."""
    text, base = si.sentence.text, si.sentence.start
    s, e = mt.start - base, mt.end - base
    if not (re.match(r"\s+[A-Z]", text[e : e + 3]) or _HEAD_BEFORE.search(text[max(0, s - 80) : s])):
        return False  # the cheap look first: no capitalised word after it, no head noun before it
    bodies = named_bodies_ru(text) if is_cyrillic(text) else named_bodies_en(text)
    for b in bodies:
        if b.start <= s and e <= b.end and (b.start, b.end) != (s, e) and b.kind != "other":
            outside = (text[b.start : s] + " " + text[e : b.end]).lower()
            if any(w[:5] in outside for w in b.head.split()):
                return True
    return False


_HEAD_BEFORE = re.compile(r"(?:групп|комисс|комитет|совет|центр|форум|диалог|механизм|Group|Committee|Council|Centre|"
                          r"Center|Forum|Dialogue|Network|Commission)\w*\s+(?:\S+\s+){0,6}$", re.I)


# A clause saying why a person is in town names the event that brought them, not the one reported.
_WHY_THERE = re.compile(
    r"\b(?:who|which)\s+(?:is|are|was|were|has been|had been)\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?"
    r"(?:for|to attend|to take part in|attending|taking part in)\s+(?:the\s+)?$|"
    r"\b(?:находящ|прибывш|прибыл|участвующ)\w*\s+(?:в\s+[А-ЯЁ][\w-]*\s+)?(?:для участия\s+|на\s+)?(?:в|во|на)?\s*$",
    re.I)


def organ_in(triggers: list[SentenceInfo]) -> Mention | None:
    """A session of a deliberative organ (the UN General Assembly), or a body of an organisation that holds
    its session ("The Inter-American Committee against Terrorism (CICTE) held its Sixteenth Regular Session",
    «заседание Исполнительного комитета СНГ»): the organ is the forum."""
    for si in triggers:
        text, base = si.sentence.text, si.sentence.start
        for mt in si.mentions:
            if mt.type != "organization" or not mt.entity:
                continue
            if mt.entity.holds_sessions:
                return mt
            if mt.entity.part_of and (_HOLDS_ITS.match(text, mt.end - base) or _SITTING_OF.search(text[: mt.start - base])):
                return mt
    return None


_HOLDS_ITS = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:held|holds|convened|opened|concluded)\s+its\b", re.I)
_SITTING_OF = re.compile(r"\b(?:session|meeting|sitting|plenary|заседани\w*|сесси\w*)\s+(?:of\s+(?:the\s+)?)?$", re.I)


def bilateral_forum(m: MeetingFact, res: Resources) -> None:
    """A meeting of exactly two states belongs to their bilateral dialogue or consultations, if the
    vocabulary has one."""
    states = set(m.states)
    if len(states) != 2:
        return
    for e in res.vocab.of_type("process"):
        if set(e.involves_states) == states and e.process_kind in ("BilateralDialogue", "Consultations"):
            m.forum = e
            return


_ORD_WORDS = "|".join(ORDINALS_EN)
def mostly_known(si: SentenceInfo, start: int, end: int, head: str | None = None) -> bool:
    """The span (offsets in the sentence) is mostly one known forum or body («Совета Безопасности»), and its
    head noun, when given, is that body's («временная Рабочая группа при Комитете секретарей …» is a group)."""
    base = si.sentence.start
    known = [mt for mt in si.mentions if mt.type in ("process", "agency", "organization")
             and mt.start - base < end and start < mt.end - base]
    covered = max((min(end, mt.end - base) - max(start, mt.start - base) for mt in known), default=0)
    if covered <= 0.5 * (end - start):
        return False
    if head is None:
        return True
    text = si.sentence.text
    outside = "".join(" " if any(mt.start - base <= i < mt.end - base for mt in known) else text[i]
                      for i in range(start, end)).lower()
    return not any(w[:5] in outside for w in head.split())


def without_place(found, si: SentenceInfo):
    """ "the Global Summit on Ransomware Resilience in Geneva": the city is where, not part of the name."""
    base = si.sentence.start
    for mt in si.mentions:
        rel = mt.start - base
        if mt.type in ("place", "state") and found.start < rel < found.end:
            cut = si.sentence.text.rfind(" in ", found.start, rel + 1)
            if cut > found.start and re.fullmatch(r" in (?:the )?", si.sentence.text[cut:rel]):
                surface = si.sentence.text[found.start : cut]
                return replace(found, surface=surface, end=cut, nominative=surface)
    return found


def _numbered(text: str, found) -> bool:
    """An ordinal stands right before the name: "the first forum on …", "the 21st meeting of the …"."""
    return bool(re.search(rf"(?:\d{{1,3}}(?:st|nd|rd|th)|\b(?:{_ORD_WORDS}))\s+(?:(?:meeting|session)\s+of\s+(?:the\s+)?)?"
                          rf"(?:annual\s+|regional\s+|international\s+)?$", text[: found.start], re.I))


def named_forum_ru(m: MeetingFact, sents: list[SentenceInfo], res: Resources) -> None:
    """An unknown forum named in Russian by a head noun and its words («заседание Диалога Россия – Африканский
    союз по вопросам МИБ») becomes a candidate forum named in the nominative, its kind from the head noun."""
    for si in sents:
        text = si.sentence.text
        if not is_cyrillic(text):
            continue
        found = find_forum_name_ru(text)
        if found is None or mostly_known(si, found.start, found.end, found.head):
            continue
        m.forum_candidate = found.nominative
        m.forum_surface = (found.surface, si.sentence.start + found.start, si.sentence.start + found.end)
        m.forum_aliases = list(dict.fromkeys([found.nominative, found.surface]))
        m.forum_kind = found.kind
        m.forum_named = True
        states_at = {mt.start - si.sentence.start for mt in si.mentions if mt.type in ("state", "state-adjective")}
        words = [(w.start(), w[0]) for w in re.finditer(r"\S+", found.surface)][1:]
        if found.head in ("консультация", "диалог", "механизм") and len(m.states) == 2 and not any(
                w[:1].isupper() and not w.isupper() and found.start + at not in states_at for at, w in words):
            # two states' consultations (their names aside, no proper name in it): named in English after them,
            # as vocabulary entries are
            m.forum_candidate = consultations_name(m, res, found.surface)
            m.forum_named = False
        return


def named_forum(m: MeetingFact, sents: list[SentenceInfo], heads: set[str] | None = None) -> None:
    """An unknown forum named in English with a proper name ("the 14th Octopus Conference") becomes a
    candidate forum, flagged for the analyst (`ictkg candidates`), rather than a meeting without a forum.
    `heads`: take only a name on one of these head nouns (a lead sentence names the forum the report calls
    by its genre: "on the occasion of the 2nd X-Y Cyber Dialogue" … "their second dialogue")."""
    for si in sents:
        text = si.sentence.text
        if is_cyrillic(text):
            continue
        found, group = find_forum_name_en(text), find_group_name_en(text)
        if group is not None and (found is None or group.start <= found.start and found.end < group.end
                                  or found.start >= group.end or _numbered(text, group) and not _numbered(text, found)):
            # the group named first, or around the other name: "the Gulf Cooperation Council (GCC) cybersecurity
            # Working Group", not the Council
            found = group
        if found is None or mostly_known(si, found.start, found.end, found.head):
            continue
        if heads is not None and found.head.split()[-1].rstrip("s") not in {h.rstrip("s") for h in heads}:
            continue
        if any(found.start < p.end - si.sentence.start and p.start - si.sentence.start < found.end for p in si.persons):
            continue  # "Secretary of the Security Council of Kenya John Doe and …": posts, not a forum
        if POST_EN.fullmatch(found.surface.split()[0]):
            continue  # "Secretary General of the Council of Europe": a post
        found = without_place(found, si)
        m.forum_candidate = _with_its_parties(found, si) or found.surface
        m.forum_aliases = _other_names(found.surface, text[found.end :])
        m.forum_surface = (found.surface, si.sentence.start + found.start, si.sentence.start + found.end)
        m.forum_kind = found.kind
        m.forum_named = True
        # "the 9th Nordic-Baltic … Dialogue", "the inaugural X", "the inaugural dialogue on the X Dialogue"
        sitting = r"(?:(?:meeting|session|round|dialogue|edition|sitting)\s+(?:of|on)\s+(?:the\s+)?)?"
        before = re.search(rf"(\d{{1,3}})(?:st|nd|rd|th)\s+(?:[\w-]+\s+){{0,2}}{sitting}$|\b({_ORD_WORDS}|inaugural)\s+"
                           rf"(?:[\w-]+\s+){{0,2}}{sitting}$", text[: found.start], re.I)
        if before and m.ordinal is None:
            m.ordinal = int(before[1]) if before[1] else ORDINALS_EN.get(before[2].lower(), 1)
        return


def _other_names(surface: str, after: str) -> list[str]:
    """ "Australia-Republic of Korea (ROK) Cyber … Dialogue" is also named without its parties' acronyms; "…
    Cyber Dialogue (USSCD)" by the acronym in brackets after it."""
    names = [re.sub(r"\s*\([A-Z]{2,8}\)", "", surface)]
    acronym = re.match(r"\s*\(([A-Z][A-Za-z]{1,9})\)", after)
    if acronym:
        names.append(acronym[1])
    return [n for n in dict.fromkeys(names) if n != surface]


def _with_its_parties(found, si: SentenceInfo) -> str | None:
    """ "the European Union and Japan held their sixth Cyber Dialogue": a genre name owned by "their" is the
    two parties' ("EU-Japan Cyber Dialogue"), named as the vocabulary names their forums."""
    text, base = si.sentence.text, si.sentence.start
    if not re.search(r"\b(?:their|its)\s+(?:[\w-]+\s+){0,2}$", text[: found.start], re.I):
        return None
    parties = [mt for mt in si.mentions if mt.type in ("state", "organization") and mt.entity is not None
               and mt.end - base <= found.start]
    if len(parties) != 2 or parties[0].entity is parties[1].entity:
        return None
    names = [next((a for a, lang in mt.entity.acronyms if lang == "en" and len(a) <= 4), None) or mt.entity.name_en
             for mt in parties]
    return f"{names[0]}-{names[1]} {found.surface}"


_TOPICS = [
    (re.compile(r"международн\w+ информационн\w+ безопасност|international information security", re.I),
     "international information security"),
    (re.compile(r"информационн\w+ безопасност|information security", re.I), "information security"),
    (re.compile(r"безопасност\w* (?:в сфере )?(?:использования )?ИКТ|ICT security|security (?:of and )?in the use of ICTs",
                re.I), "security in the use of ICTs"),
    (re.compile(r"по вопросам безопасности|on security issues", re.I), "security issues"),
]


# "the India-UK sixth cyber dialogue": the pair as the text writes it, the words that qualify the noun, no number
_PAIR_EN = re.compile(
    rf"(?<![\w-])((?:U\.S\.|[A-Z][\w.]*)(?:\s?[-–]\s?(?:U\.S\.|[A-Z][\w.]*)))\s+"
    rf"(?:(?:{_ORD_WORDS}|\d{{1,3}}(?:st|nd|rd|th)|annual|bilateral|joint)\s+)*((?:[a-z]+\s+){{0,2}}?)"
    rf"(dialogue|consultations?)\b", re.I)


# "Russian-Chilean consultations": adjectives, so the states' own names make the forum's
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|ican|i)\b")


def consultations_name(m: MeetingFact, res: Resources, text: str, lead: str = "") -> str:
    """ "Russia-Cuba consultations on international information security", after the two states; in English,
    the pair and the noun as the text writes them ("India-UK cyber dialogue"), here or in the lead before."""
    pair = _PAIR_EN.search(text) or _PAIR_EN.search(lead)
    topic = next((t for rx, t in _TOPICS if rx.search(text)), None)
    if pair and not is_cyrillic(text) and pair[1][:1].isupper() and not _DEMONYM.search(pair[1]):
        return f"{pair[1]} {pair[2]}{pair[3].lower()}" + (f" on {topic}" if topic else "")
    names = sorted((res.vocab.by_iso3[s].name_en for s in m.states if s in res.vocab.by_iso3),
                   key=lambda n: (n != "Russia", n))
    noun = "dialogue" if re.search(r"диалог|dialogue", text, re.I) and not re.search(
        r"консультаци|consultation", text, re.I) else "consultations"
    return f"{'-'.join(names)} {noun}" + (f" on {topic}" if topic else "")


_MECHANISM_PHRASE = re.compile(
    r"(?:[а-яё-]+(?:ого|его|ых|их|ой|ей|ый|ий|ая|ое|ие|ые)\s+){0,4}(?:консультаци|диалог|механизм)\w*"
    r"(?:\s+[^.;:,()]{0,160}?)?(?=[.;:,()]|\s+(?:в|во|на|состоял\w*|прош\w*)\s|$)|"
    r"(?:[A-Z][\w-]*\s+){0,6}(?:[Cc]onsultations|[Dd]ialogue|[Mm]echanism)(?:\s+(?:on|for|of)\s+[^.;:,()]{0,140}?)?"
    r"(?=[.;:,()]|\s+(?:in|was|were|took|held)\s|$)")


def mechanism_phrase(si: SentenceInfo) -> tuple[str, int, int] | None:
    """The text's own words for a mechanism ("российско-кубинские консультации по вопросам ..."), with
    their offsets: the surface of a forum made from the two states."""
    m = _MECHANISM_PHRASE.search(si.sentence.text)
    if not m or len(m[0].split()) < 2:
        return None
    return m[0], si.sentence.start + m.start(), si.sentence.start + m.end()


def _era_of(e: Entity, year: int | None, res: Resources, founding: bool = False) -> Entity:
    """ "OEWG" means the group of its time: in 2020 the 2019-2021 group, not the 2021-2025 one the vocabulary
    takes by default. A process that did not yet exist, or had ended, in the meeting's year gives way to the
    process of the same kind and organisation that did."""
    first, last = e.years
    if year is None or e.type != "process" or (first is None and last is None):
        return e
    if (first is None or first <= year) and (last is None or year <= last):
        return e
    same = [p for p in res.vocab.of_type("process") if p is not e and p.process_kind == e.process_kind
            and p.parent_org == e.parent_org and p.years[0] is not None and p.years[1] is not None]
    peers = [p for p in same if p.years[0] <= year <= p.years[1]]
    if not peers and founding:  # a resolution of 2018 set up the group that began in 2019
        peers = [p for p in same if 0 <= p.years[0] - year <= 1]
    return peers[0] if len(peers) == 1 else e


_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_UN_RESOLUTION = re.compile(r"\b(\d{2})/\d{1,3}\b")


def _year_naming(mt: Mention, si: SentenceInfo) -> int | None:
    """The year of the document or event that names a process in its sentence: a known document's year,
    a General Assembly resolution's session («резолюция 73/27»: the 73rd session, 2018), or a year written
    in the same clause."""
    for d in si.documents:
        if d.entity is not None and d.entity.year:
            return d.entity.year
    text = si.sentence.text
    clause_start = max(text.rfind(x, 0, mt.start - si.sentence.start) for x in (";", ". "))
    clause = text[clause_start + 1 :]
    resolution = _UN_RESOLUTION.search(clause)
    if resolution and re.search(r"резолюци|resolution", clause, re.I):
        return 1945 + int(resolution[1])
    year = _YEAR.search(clause)
    return int(year[1]) if year else None


def in_their_era(m: MeetingFact, res: Resources, year: int | None) -> None:
    """Forum, linked processes and the mentions that name them, each moved to the process of its time: the
    meeting's year, or for a process the year of the document or event that names it ("resolution 73/27
    of 2018 set up the OEWG" is the 2019-2021 group even at a meeting of 2024)."""
    if m.forum is not None and year is not None:
        m.forum = _era_of(m.forum, year, res)
        if m.forum_mention is not None and m.forum_mention.entity is not m.forum:
            m.forum_mention = replace(m.forum_mention, entity=m.forum)
    sentence_of = {id(mt): si for mt, role, si in m.mentions if role == "process"}
    moved: dict[str, Entity] = {}
    for iri, mt in list(m.processes.items()):
        if mt.entity is None:
            continue
        si = sentence_of.get(id(mt))
        own = _year_naming(mt, si) if si is not None else None
        when = own or year
        if when is None:
            continue
        e = _era_of(mt.entity, when, res, founding=own is not None and own != year)
        if e is not mt.entity:
            moved[iri] = e
            del m.processes[iri]
            if m.forum is None or e.iri != m.forum.iri:
                m.processes.setdefault(e.iri, replace(mt, entity=e))
    m.mentions = [(replace(mt, entity=moved.get(mt.entity.iri) or _era_of(mt.entity, year, res))
                   if mt.entity is not None and (role == "process" or year is not None) else mt, role, si)
                  for mt, role, si in m.mentions]
    if m.forum is not None:
        m.processes.pop(m.forum.iri, None)  # the forum moved to its era is the meeting's own, no process it links to


_KIND_IN_NAME = [(r"\bdialogue\b|\bдиалог", "dialogue"), (r"\bconsultations\b|\bконсультаци", "consultations"),
                 (r"\bsummit\b|\bсаммит", "summit"), (r"\bconference\b|\bконференци", "conference"),
                 (r"\bworking group\b|\bрабочая группа", "working-group"), (r"\bcommittee\b|\bкомитет", "committee")]


_INFORMAL = re.compile(r"\b(?:informal|intersessional|consultative|неформальн\w*|межсессионн\w*|консультативн\w*)",
                       re.I)


def meeting_kind(m: MeetingFact) -> str:
    """session, consultations, dialogue, summit, conference, working-group, committee or other: from the
    forum's vocabulary entry, else its name, else the trigger's words."""
    if m.adhoc or (m.forum is None and not m.forum_candidate):
        return "other"
    if m.forum and m.forum.meeting_kind:
        if m.forum.meeting_kind == "session" and _INFORMAL.search(m.trigger.sentence.text) \
                and not re.search(r"\b(?:substantive|formal)\s+session|\bсесси[яиюей]", m.trigger.sentence.text, re.I):
            return "other"  # an informal or intersessional meeting of a body that meets in sessions
        return m.forum.meeting_kind
    if m.forum and m.forum.holds_sessions:
        return "session"
    if m.forum is None and m.forum_kind:
        return m.forum_kind
    name = m.forum.name_en if m.forum else str(m.forum_candidate or "")
    for word, kind in _KIND_IN_NAME:  # a forum the vocabulary gives no kind: its name says it
        if re.search(word, name, re.I):
            return kind
    if m.forum_named:
        return "other"
    norms = word_norms(m.trigger)
    if m.forum_candidate or norms & {"консультация", "consultation"}:
        return "consultations"
    if norms & {"сессия", "session"}:
        return "session"
    return "other"


_NUM_ORDINAL_TEXT = re.compile(
    r"\b(\d{1,3})(?:-?(?:е|й|я|го|ое|ая|ой|м)|st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}?"
    r"(meeting|session|round|conference|summit|edition|plenary|заседани|встреч|раунд|сесси|консультаци|совещани|"
    r"саммит)", re.I)


# the subject met for the Nth time (not "for the first time, Kenya hosted …": that counts the host's turns)
_MET_NTH_TIME = re.compile(r"\b(?:met|convened|gathered|sat)\s+for\s+the\s+(\w+)\s+time\b|"
                           r"\b(?:собрал\w*|заседал\w*|встретил\w*)\s+в\s+(\w+)\s+раз\b", re.I)


def ordinal(si: SentenceInfo) -> int | None:
    """The meeting's number in its series ("the 5th session", "шестой раунд"), written before a meeting noun."""
    if re.search(r"\b(ever|когда-либо|за всю историю|в истории)\b", si.sentence.text, re.I):
        return None  # "the first meeting ever devoted to ...": a first of its kind, not a number in a series
    text = si.sentence.text
    met = _MET_NTH_TIME.search(text)
    if met:  # "met for the third time", «собралась в третий раз»: the count of its meetings
        word = (met[1] or met[2]).lower()
        digits = re.match(r"(\d{1,3})(?:st|nd|rd|th|-?й)?$", word)
        n = int(digits[1]) if digits else ORDINALS_EN.get(word) or ordinal_ru(word)
        if n:
            return n
    for m in _NUM_ORDINAL_TEXT.finditer(text):
        if not _OTHER_EVENT_BEFORE.search(text[: m.start()]):
            return int(m[1])
    toks = si.tokens
    for i, t in enumerate(toks):
        if t.norm in MEETING_NOUNS or t.norm == "edition":  # "the sixth edition of the … Dialogue"
            for j in range(max(0, i - 4), i):
                if _OTHER_EVENT_BEFORE.search(text[: toks[j].start - si.sentence.start]):
                    break  # «на полях второго саммита …»: the number of the event around the meeting
                w = toks[j].norm
                n = ORDINALS_RU.get(w) or ORDINALS_EN.get(w.lower()) or _roman(toks[j].text, si.sentence.text) or (
                    ordinal_ru(toks[j].text) if is_cyrillic(w) else None)
                m = NUMERIC_ORDINAL.match(re.match(r"\S*", text[toks[j].start - si.sentence.start :])[0].lower())
                if n == 1 and _FIRST_ON_TOPIC.match(si.sentence.text[t.end - si.sentence.start :]):
                    return None  # "the Council's first open debate on cyber security": a first of its kind
                if n and j and toks[j - 1].norm in _TENS:
                    n += _TENS[toks[j - 1].norm]  # «двадцать шестое», "twenty-sixth"
                if n or m:
                    return n or int(m[1])
    return None


_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
         "восемьдесят": 80, "девяносто": 90, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}


def _roman(word: str, sentence: str) -> int | None:
    """ "X Международная встреча", "XXI Plenipotentiary": a Roman numeral numbers an edition (a lone "I" only
    in Russian, where it is no pronoun)."""
    if not re.fullmatch(r"[IVXLC]{1,7}", word) or (word == "I" and not is_cyrillic(sentence)):
        return None
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(word, word[1:] + " ", strict=False):
        total += -values[a] if b != " " and values[b] > values[a] else values[a]
    return total or None


_OTHER_EVENT_BEFORE = re.compile(r"(?:на полях|в кулуарах|в преддверии|sidelines of|margins of|ahead of)\s+(?:the\s+)?$",
                                 re.I)
_FIRST_ON_TOPIC = re.compile(r"\s+(?:on|devoted|dedicated|about|посвящ)", re.I)


def ordinal_before_forum(m: MeetingFact, sents: list[SentenceInfo]) -> int | None:
    """ "The 21st Plenipotentiary Conference ...": a number written right before the forum's own name."""
    for si in sents:
        if is_follow_up(si):
            continue
        for mt in si.mentions:
            if mt.entity is not m.forum:
                continue
            before = si.sentence.text[max(0, mt.start - si.sentence.start - 16) : mt.start - si.sentence.start]
            num = re.search(r"(\d{1,3})(?:-?(?:е|й|я|го|ое|ая|ой|м)|st|nd|rd|th)\s+$", before)
            word = re.search(r"(\w+)\s+$", before)
            if num:
                return int(num[1])
            if word:
                w = word[1].lower()
                n = ORDINALS_EN.get(w) or ORDINALS_RU.get(lemma_ru(w)) or ordinal_ru(w)
                if n:
                    return n
    return None
