"""Names of bodies the vocabularies do not know: kept as candidate entities, never dropped.

A candidate is an organisation-like phrase ("Министерство цифрового развития
Республики Н", "National Cyber Agency of X") that no vocabulary entry covers.
It is stored with its sentence so `ictkg candidates` can show an analyst what
to add to ontology/vocab/.
"""

from __future__ import annotations

import re

from kg.nlp.text import is_cyrillic, normal_tokens
from kg.relate.body_names import (
    INTERNATIONAL,
    MANY_STATES,
    BodyName,
    find_bodies_en,
    find_bodies_ru,
    organisation_head,
)
from kg.relate.facts import Candidate, MeetingFact
from kg.relate.participants import SOURCE, organisation_takes_part
from kg.relate.sides import owner_of_list, side_carried_over, side_of
from kg.understand import SentenceInfo


def find_candidates(si: SentenceInfo) -> list[Candidate]:
    """Body names in a sentence (kg/relate/body_names.py) that no linked mention covers, with the state
    named in or right after them."""
    text, base = si.sentence.text, si.sentence.start
    names = find_bodies_ru(text) if is_cyrillic(text) else find_bodies_en(text)
    # a state inside the phrase is its owner («… Республики Замбия»), not a reason to skip it
    known = [m for m in si.mentions if m.type not in ("state", "state-adjective")]
    out = []
    for name in names:
        s, e, surface = name.start, _name_end(si, name), name.surface
        surface = text[s:e] if e != name.end else surface
        through_post = name.nominative != name.surface and re.match(r"Министр|Minister", name.surface)
        owner = next((m for m in known if m.type == "agency" and m.start - base == s and m.end - base < e
                      and re.match(r"['’]s\s+[A-Z]", text[m.end - base :])), None)
        if owner is not None and not _UNIT_HEAD.search(surface):
            # "the Commerce Department’s Economic Development Administration": a body
            # under a known one, named after its possessive (a unit of it, "… Office", folds into it below)
            s = owner.end - base + re.match(r"['’]s\s+", text[owner.end - base :]).end()
            surface = text[s:e]
        overlap = sum(min(e, m.end - base) - max(s, m.start - base) for m in known
                      if m.start - base < e and s < m.end - base and not _longer_than(si, m, s, e)
                      and not (through_post and m.type == "role")  # «заместитель Министра …» is the post
                      and not (m.type == "role" and m.start - base > s and m.surface.split()[0] in ("Prime", "President")
                               and text[: m.start - base].endswith("of the ")))  # "Department of the Prime Minister …"
        if overlap > 0.3 * (e - s):
            continue  # the phrase (or most of it) is a known entity or a post
        if _KIND_IN_PLURAL.search(surface) or _PLURAL_GOES_ON.match(text, e):
            continue  # "CSIRTs", "Internet Service Providers": a kind of body in the plural, no one body
        if _SEVERAL_STATES.search(surface) or _SEVERAL_STATES.match(text, e):
            continue  # «министры внутренних дел двух стран», «министрами юстиции стран-участниц»: bodies of
            # several states at once, no one state's body
        international = bool(INTERNATIONAL.search(surface))
        if (_of_organisation(si, base + s, base + e) and not international) or _JOINT.match(surface) \
                or _OF_FORUM.search(surface):
            continue  # "ASEAN-Japan … Centre", "Technical Secretariat of the Working Group": not a state's body
        if SOURCE.search(re.split(r"[,;(]", text[:s])[-1]) or _NEWS_AGENCY.search(surface):
            continue  # "according to the Kenya News Agency": who reports the meeting
        if _venue(text[:s]):
            continue  # "held at the National Convention Center": the venue, not a participant
        if _unit_of_known_body(si, base + e, surface, base + s) or _ends_in_known_body(si, s, e):
            continue  # «Департамент … МИД России»: a unit of a known body, which is the participant
        if _UNIT_NAME.search(surface) and not _NATIONAL.match(surface) or _known_acronym_after(si, base + e):
            # "Director General of Foreign Policy Bureau": a ministry's unit folds into a ministry the text does not
            # name; "Foreign Commonwealth & Development Office (FCDO)": a known body by its acronym, spelt otherwise
            continue
        state = None
        for mt in si.mentions:
            rel, rel_end = mt.start - base, mt.end - base
            if mt.type not in ("state", "state-adjective") or mt.entity is None or not s <= rel <= e + 3:
                continue
            if rel > e and re.search(r"[,;]", text[e:rel]):
                continue  # «…центр персонализации, российскую – …»: the next clause's side, not this body's owner
            state = mt.entity.state
            possessive = re.match(r"['’]s\s+" if not mt.surface.endswith("s") else r"['’]s?\s+", text[rel_end:])
            if rel == s and mt.type == "state" and possessive:
                # "Australia’s Department of Home Affairs": the owner, not part of the body's own name
                s = rel_end + possessive.end()
                surface = text[s:e]
            elif rel == s and mt.type == "state-adjective" and re.search(r"\s(?:of|for|on)\s", surface):
                # "Ukrainian Ministry of Defence" describes; "Croatian Cyber Security Centre" is a name
                surface, s = text[rel_end:e].strip(), rel_end + (len(text[rel_end:e]) - len(text[rel_end:e].lstrip()))
            elif s < rel < e and rel_end >= e - 1 and (is_cyrillic(surface) or re.search(r"\bof(?: the)?\s+$",
                                                                                          text[s:rel])):
                # "... of Ukraine", «… Республики Кения»: the owner, not part of the body's own name
                surface = re.sub(r"\s+(?:of|of the)$", "", text[s:rel].rstrip(" ,"))
            break
        if MANY_STATES.search(surface):
            state, international = None, True  # "the Organization of American States" is no American body
        if state is None:
            state = _state_named_before(si, base + s)
        own = _own_name(name, surface)
        if own:
            own = re.sub(r"\s+(?:of|of the|for|for the)$", "", own.rstrip(" ,"))
        if len((own or surface).split()) < 2 and not re.search(r"CERT|CSIRT|CIRT", surface):
            continue
        kind = "body"
        if state is None and not international:
            # "The Kenyan delegation comprised … the Space Research Organisation": a body
            # listed in one side's delegation is that state's, whatever its head noun
            state = side_of(Candidate(surface, base + s, base + e, None, si), si) or owner_of_list(base + s, si)
        if state is None and (international or organisation_head(surface) and not _NATIONAL.search(surface)
                              and not _UNDER_STATE_HEAD.match(text, s + len(surface))):
            kind = "organisation"  # "Interstate Council on …", "the CyberPeace Institute": no state's body
        # "the National Institute of Justice": a national institute stays a body whose state the
        # meeting's context may give (kg/relate/candidates.py candidates_take_part); unowned, it takes no part
        out.append(Candidate(surface, base + s, base + s + len(surface), state, si, own, kind))
    return out


# A kind of body named in the plural: "CERTs", "CSIRTs"; a body's head that goes on into a plural noun of the
# kind ("Internet Service Providers", "Network Operators")
_KIND_IN_PLURAL = re.compile(r"(?:^|\s)(?:CERT|CSIRT|CIRT|SIRT)s$")
_PLURAL_GOES_ON = re.compile(r"\s+(?:Providers|Operators|Companies|Firms|Users|Vendors)\b")


# The owners of a body named as a plural: «двух стран», «стран-участниц», «государств – членов»
_SEVERAL_STATES = re.compile(r"\s*(?:двух|обеих|трех|трёх|всех|этих|наших)\s+(?:стран|государств)\b|"
                             r"(?:стран|государств)\s*[-–—]?\s*(?:участниц|участников|членов)\b", re.I)


# "Australia-India Centre …", «Российско-китайский центр …»: a joint body of two states
_JOINT = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+\s|[А-ЯЁ][а-яё]+(?:ско|цко)-[а-яё]+\s")


_NATIONAL = re.compile(r"\b(?:National|State|Federal|Государственн|Национальн|Федеральн)", re.I)
# «Институт … при главе нашего государства», «… при Президенте Республики Узбекистан», "… under the President": a body
# attached to a state's head or government is that state's, whatever its head noun
_UNDER_STATE_HEAD = re.compile(r"\s*(?:при|under\s+the)\s+(?:глав[еы]\s+(?:\w+\s+)?государства|Президенте|Правительстве|"
                               r"Кабинете|President|Prime\s+Minister|Government|Cabinet)\b", re.I)
_OF_FORUM = re.compile(r"\bof the (?:[A-Z][\w-]*\s+){0,3}(?:Working Group|Group|Dialogue|Conference|Forum|Network|"
                       r"Meeting|Summit|Committee|Commission)\b")


def _name_end(si: SentenceInfo, name: BodyName) -> int:
    """ "Security Council of the Russian Federation Nikolai Patrushev": an English name ends at its state
    unless of/for/on go on, and always before a person."""
    base, end = si.sentence.start, name.end
    for p in si.persons:
        if name.start < p.start - base < end:
            end = len(si.sentence.text[: p.start - base].rstrip(" ,;:"))
    if not is_cyrillic(name.surface):
        for m in si.mentions:
            rel = m.end - base
            if m.type == "state" and name.start < m.start - base and rel < end and not re.match(
                    r"\s+(?:of|for|on)\b", si.sentence.text[rel:end]):
                end = rel
                break
    return end


def _longer_than(si: SentenceInfo, m, s: int, e: int) -> bool:
    """A known body's name is only the start of this one («Министерство цифрового развития, инноваций и
    связи»): the words after it, states and joining words aside, make another body."""
    base = si.sentence.start
    if m.type != "agency" or m.start - base != s or m.end - base >= e:
        return False
    rest = si.sentence.text[m.end - base : e]
    if not re.match(r"\s*(?:,|and\b|и\b|&|of\b|for\b|on\b|[а-яё])", rest):
        return False  # "… of the Russian Federation Nikolai Patrushev": the name ended, a person follows
    for st in si.mentions:
        if st.type in ("state", "state-adjective") and m.end <= st.start and st.end - base <= e:
            rest = rest.replace(st.surface, " ")
    return bool(re.sub(r"\b(?:of|the|and|и)\b|[,\s]", "", rest))


def _unit_of_known_body(si: SentenceInfo, end: int, surface: str = "", start: int | None = None) -> bool:
    """The name is followed by a known body in the genitive («… МИД России») or "of the Ministry …"; a unit
    ("… Division", "… Bureau") by its ministry after a comma or "in/at the", or after the ministry's "'s"
    ("the Interior Ministry’s Office of Cyber Policy"): the ministry takes part."""
    base = si.sentence.start
    after = si.sentence.text[end - base :]
    cyrillic = is_cyrillic(after[:20])
    gap = re.match(r"\s*(?:of\s+the\s+|of\s+)?", after).end() if not cyrillic else len(after) - len(after.lstrip())
    if any(m.type == "agency" and m.via != "candidate" and m.start == end + gap for m in si.mentions):
        return True
    if cyrillic or not _UNIT_HEAD.search(surface):
        return False
    unit_gap = re.match(r"\s*(?:,\s*(?!the\b)|\s+(?:in|at|of)\s+(?:the\s+)?)", after)  # a list goes on with "the"
    if unit_gap and any(m.type in ("agency", "organization") and m.start == end + unit_gap.end()
                        and not (unit_gap.group().strip() == "," and _LIST_GOES_ON.match(si.sentence.text[m.end - base :]))
                        for m in si.mentions):
        # "Division for Security and Defence Policy, European External Action Service" is no state's; "the
        # National Security Office, Ministry of National Defense, National Police Agency …" is a list of bodies
        return True
    if start is None:
        return False
    # "the State Department’s Office of …": a known ministry's possessive right before the unit or opening its name
    text = si.sentence.text
    for m in si.mentions:
        if m.type != "agency" or m.via == "candidate" or not re.match(r"['’]s\s", text[m.end - base :]):
            continue
        if (m.end <= start and re.fullmatch(r"['’]s\s+", text[m.end - base : start - base])) or start <= m.start < m.end < end:
            return True
    return False


def _ends_in_known_body(si: SentenceInfo, s: int, e: int) -> bool:
    """ «Следственного департамента МВД России»: a Russian name that closes with a known body's acronym names a
    unit of that body, which is the participant."""
    base = si.sentence.start
    return is_cyrillic(si.sentence.text[s:e]) and any(
        m.type == "agency" and s < m.start - base < e <= m.end - base and m.surface[:2].isupper()
        for m in si.mentions)


# A ministry's unit, named by its head: "Foreign Policy Bureau", "Cyber Diplomacy Division", "Division for …"
_UNIT_NAME = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}(?:Bureau|Division|Directorate|Section|Branch)$|"
                        r"^(?:Division|Directorate|Section|Branch)\s+(?:of|for)\b")


def _known_acronym_after(si: SentenceInfo, end: int) -> bool:
    """The name is followed by a known body's acronym in brackets: "… Office (FCDO)"."""
    gap = re.match(r"\s*\(", si.sentence.text[end - si.sentence.start :])
    return gap is not None and any(m.type in ("agency", "organization") and m.surface.isupper() and m.entity is not None
                                   and m.start == end + gap.end() for m in si.mentions)


# After a body, a list of bodies goes on: ", National Police Agency", ", and the Korea Internet & Security Agency"
_LIST_GOES_ON = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w’'&-]*\s+(?:of\s+|for\s+)?[A-Z]")


# The heads of a ministry's units: folded into the ministry (INDEX: "a department into its ministry").
_UNIT_HEAD = re.compile(r"\b(?:Division|Bureau|Branch|Unit|Section|Office|Directorate)\b")


_POST_BEFORE = re.compile(r"\b(?:Director|Secretary|Officer|Minister|Head|Chair\w*|Advis[eo]r|Ambassador|Counsell?or|"
                          r"Commissioner|Manager|Deputy|Coordinator|Lead|Chief|Representative|директор\w*|"
                          r"начальник\w*|сотрудник\w*|советник\w*|руководител\w*)\b[^,;]*$")


def _venue(before: str) -> bool:
    """ "held at the …", «в Центре …»: a place the meeting is in, unless a post precedes ("Director … at the
    Department …", where the body is the person's)."""
    if not re.search(r"\b(?:at|inside)\s+(?:the\s+)?$|(?:^|\s)(?:в|во|на)\s+$", before):
        return False
    return not _POST_BEFORE.search(before)


def _of_organisation(si: SentenceInfo, start: int, end: int) -> bool:
    """An international organisation or process is named inside the body's name: a unit of it."""
    return any(m.type in ("organization", "process") and start <= m.start and m.end <= end for m in si.mentions)


def _own_name(name: BodyName, surface: str) -> str | None:
    """The body's own name (Russian in the nominative, a minister's post as the ministry), cut where the
    surface was; None when it is the surface itself."""
    if surface == name.surface:
        return name.nominative if name.nominative != surface else None
    if surface.startswith("Minister ") and name.nominative.startswith("Ministry "):
        return "Ministry " + surface[len("Minister ") :]
    return None


def candidate_key(c: Candidate) -> str:
    """The same body in any case form gets the same key: lemmas of its words, and its state."""
    if c.kind == "organisation":
        return "-".join(normal_tokens(c.label))
    return f"{c.state or 'xx'}-{'-'.join(normal_tokens(c.label))}"


def organisations_take_part(m: MeetingFact) -> None:
    """An unknown organisation stays when it organises, speaks or takes part (then it is no linked process
    too); one merely named is dropped, as a known one would be no participant."""
    kept = [c for c in m.candidates if c.kind != "organisation" or organisation_takes_part(c, c.sentence)]
    orgs = [c for c in kept if c.kind == "organisation"]
    m.candidates = kept
    m.candidate_processes = [p for p in m.candidate_processes
                             if not any(o.start <= p[2] < o.end or p[2] <= o.start < p[3] for o in orgs)]


def candidates_take_part(m: MeetingFact, home: str | None) -> None:
    """An unknown body is a participant of its state, like a known one. With no state in its name it
    belongs to the state named in its sentence, else, at a meeting of the home state and one other,
    to the other: the home state's own bodies are the ones the vocabulary knows."""
    others = [s for s in m.states if s != home]
    for c in m.candidates:
        if c.state is None and c.kind == "body":
            # "On the Australian side the Dialogue included …", home or not; "She was joined by …"
            c.state = side_of(c, c.sentence) or side_carried_over(c.sentence, m)
        if c.state is None and c.kind == "body":
            c.state = _state_named_before(c.sentence, c.start) or _state_of_list_neighbours(c, m)
        if c.state is None and c.kind == "body":
            owners = _owners_of_other_bodies(c, m.candidates)
            named = {mt.entity.state for mt in c.sentence.mentions if mt.type in ("state", "state-adjective")
                     and mt.entity is not None and mt.entity.state != home and not _origin(mt, c.sentence)} - owners
            if len(named) == 1:
                c.state = next(iter(named))
            elif owners and home and re.search(r"\b(?:между|between)\b", c.sentence.sentence.text[
                    : c.start - c.sentence.sentence.start], re.I):
                c.state = home  # «между Федеральной службой … и Главным управлением … Монголии»: the other party
            elif home in m.states and len(others) == 1:
                c.state = others[0]
            elif home and re.search(r"\b(?:Правительства|Президента|Правительстве|Президенте)$", c.label):
                c.state = home  # «Аппарат Правительства» on a Russian page, no state named: the home government's
        if c.state:
            m.states.setdefault(c.state, c.sentence)
    _drop_known_prefixes(m)
    known = {(a.entity.state, _fold(n)) for a in m.agencies.values() if a.entity is not None
             for n in a.entity.all_names()}
    # "the Kenyan foreign ministry … officials from the foreign, interior … ministries": a body the list
    # names by its kind is the known one of that state named elsewhere, not a second body
    m.candidates = [c for c in m.candidates if c.kind != "body" or not {(c.state, _fold(c.label)),
                                                                          (c.state, _fold(c.english or ""))} & known]


def _drop_known_prefixes(m: MeetingFact) -> None:
    """ "the Minister of Energy, Mines and Technology": a body of a kind the vocabulary knows ("Ministry of
    Energy") that is only the start of a longer body of its state is that longer body, not one of its own."""
    def continues(c: Candidate, o: Candidate) -> bool:  # ", Mines and Technology": the name's list goes on
        base = c.sentence.sentence.start
        return bool(_LIST_IN_NAME.fullmatch(c.sentence.sentence.text[c.end - base : o.end - base]))

    m.candidates = [c for c in m.candidates if not (c.kind == "body" and c.state and any(
        o is not c and o.kind == "body" and o.state == c.state and o.start <= c.start and c.end < o.end
        and o.sentence is c.sentence and continues(c, o) for o in m.candidates))]


_LIST_IN_NAME = re.compile(r",\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+(?:and|&)\s+"
                           r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


def _state_named_before(si: SentenceInfo, start: int) -> str | None:
    """ "the Solomon Islands Ministry of Communication and Aviation", "the Jamaican Minister of Culture, Arts and
    Sport": in English, the state's name or adjective right before the body (or its minister's post) owns it; so
    does a possessive before a ranked post, "Kenya's Deputy Minister of ICT" (the rank is a role the text names)."""
    text, base = si.sentence.text, si.sentence.start
    if is_cyrillic(text):
        return None
    ranks = [(mt.start - base, mt.end - base) for mt in si.mentions if mt.type == "role"]
    for mt in si.mentions:
        if mt.type not in ("state", "state-adjective") or mt.entity is None or mt.end > start:
            continue
        gap = text[mt.end - base : start - base]
        if re.fullmatch(r"\s", gap):
            return mt.entity.state
        rank = _RANK_AFTER_OWNER.fullmatch(gap)
        if rank and any(s <= mt.end - base + rank.start(1) and start - base <= e for s, e in ranks):
            return mt.entity.state
    return None


# "'s Deputy ", " Vice-": the words of a rank between the owner and the post that names the body
_RANK_AFTER_OWNER = re.compile(r"(?:['’]s)?\s+((?:[A-Z][\w-]*\s+){1,2})")


_NEWS_AGENCY = re.compile(r"\b(?:News|Press|Telegraph)\s+Agency$")
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?[,;]\s*(?:and\s+)?(?:the\s+)?")


def _state_of_list_neighbours(c: Candidate, m: MeetingFact) -> str | None:
    """ "the Department of Commerce, the Federal Bureau of Investigation, the National Institute of Standards and
    Technology, and the Office of …": a body listed between bodies of one state is that state's."""
    si, base = c.sentence, c.sentence.sentence.start
    text = si.sentence.text
    if is_cyrillic(text):
        return None  # a Russian list names each body's state after it
    bodies = [(mt.start, mt.end, mt.entity.state) for mt in si.mentions
              if mt.type == "agency" and mt.entity is not None and mt.entity.state] + [
        (o.start, o.end, o.state) for o in m.candidates if o is not c and o.sentence is si and o.state]
    states = {st for a, z, st in bodies
              if z <= c.start and _LIST_GAP.fullmatch(text[z - base : c.start - base])
              or c.end <= a and _LIST_GAP.fullmatch(text[c.end - base : a - base])}
    return next(iter(states)) if len(states) == 1 else None


def _fold(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.lower()))


def _owners_of_other_bodies(c, candidates) -> set[str]:
    """States the sentence names right after another body: that body's owner, not this one's."""
    si, base = c.sentence, c.sentence.sentence.start
    ends = [o.end for o in candidates if o is not c and o.sentence is si and o.state] + [
        mt.end for mt in si.mentions if mt.type == "agency" and mt.entity is not None]
    return {mt.entity.state for mt in si.mentions if mt.type == "state" and mt.entity is not None
            and any(0 <= mt.start - e <= 2 for e in ends) and not (c.start <= mt.start <= c.end + 2)
            and base <= mt.start}


def _origin(mt, si: SentenceInfo) -> bool:
    """ "Doreen Bogdan-Martin (United States)": a person's origin in brackets, not a body's owner."""
    text, rel = si.sentence.text, mt.start - si.sentence.start
    return text[:rel].rstrip().endswith("(") and text[mt.end - si.sentence.start :].lstrip().startswith(")")


def party_to(si: SentenceInfo, title_start: int, at: int) -> bool:
    """ «Меморандум … между Федеральной службой … и …», "an agreement between the Ministry of …": a body
    named as a party inside a document's title signs it, and so takes part."""
    base = si.sentence.start
    return bool(re.search(r"\b(?:между|between)\b", si.sentence.text[max(0, title_start - base) : at - base], re.I))
