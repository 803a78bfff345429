"""Chairs: who chaired a meeting or led a delegation to it, and the post, agency and state of each person.

Where a person stands to a cue decides the role ("под председательством X",
"X chaired", "co-chaired by X and Y", "X и Y провели раунд"), and the words
around a name give the post ("Секретарь Совета Безопасности Н.П.Патрушев"). A
person introduced with a post in one meeting keeps it when named again in the
next. These rules read persons and posts (kg/nlp/persons.py) but nothing of
forums or formats, so they live apart from segmentation.
"""

from __future__ import annotations

import re

from kg.link import Mention
from kg.nlp.persons import POST_EN, POST_RU, PersonMention
from kg.nlp.text import is_cyrillic
from kg.relate.body_names import find_bodies_ru
from kg.relate.facts import ChairFact, MeetingFact
from kg.understand import SentenceInfo

CUE_LIST_AFTER = re.compile(r"(сопредседател\w*\s+(?:\w+\s+){0,3}(?:стали|выступили|были|являлись)|"
                            r"под\s+сопредседательством|делегации\s+возглавили|"
                            r"heads\s+of\s+(?:the\s+)?delegations?\s+(?:were|was)|"
                            r"co-chaired\s+by|co-chairs\s+(?:were|was|are|is)|возглавили|(?:were|was)\s+led\s+by\s+their)", re.I)
CUE_ONE_AFTER = re.compile(r"(под\s+председательством|председательствовал\w*|chaired\s+by|presided\s+over\s+by|"
                           r"\bunder\s+the\s+(?:chairmanship|chairpersonship|chairship|chair|presidency)\s+of|"
                           r"под\s+руководством|во\s+главе\s+(?:\w+\s+){0,2}делегации\s+(?:находил\w+|стоял\w*|был\w*)|"
                           r"делегацию\s+(?:[\w-]+\s+){0,3}?возглавл?\w*|"
                           # «Делегацию Киргизии, в состав которой вошли …, возглавил X»: a clause set off by commas
                           # between the delegation and its verb
                           r"делегацию(?:\s+[\w-]+){0,3}?,\s[^.;]{1,200}?,\s*возглавл?\w*|(?<=, )[а-яё]+(?:ую|юю)\s*[–—-]\s|\bdelegation\s+by\b|"
                           r"(?:was|were)\s+(?:led|headed)\s+by|(?:led|headed)\s+(?:for\s+[^,.;]{1,40}?\s+)?by|"
                           r"\bon\s+the\s+[\w-]+\s+side\s+by\b|"  # "led for Kenya by X and on the Chilean side by Y"
                           # "The Japanese side was represented by X …, and the Kenyan side by Y"
                           r"\bside\s+(?:was\s+)?(?:represented\s+|headed\s+|led\s+)?by\b(?!\s+side)|"
                           # ", the delegation of X – Y", "…, and the delegation of X – by Y": the verb left out of the second clause
                           r"(?:(?<=, )|(?<=\band ))the\s+(?:delegation|side)\s+of\s+[^–—,.;]{1,60}?\s*[–—]\s(?:by\s+)?|"

                           r"представлял\w*|(?:встречу|заседание|сессию|совещание|конференцию)\s+(?:\w+\s+){0,2}провел\w*|"
                           # «С кенийской стороны их провел посол X, с чилийской – Y»: each side's head
                           r"\b[Сс]\s+[а-яё]+(?:ой|ей)\s+стороны\s+(?:\w+\s+){0,2}?(?:провел|возглавил|возглавлял|руководил)\w*|"
                           r"(?<=, )с\s+[а-яё]+(?:ой|ей)\s*[–—-]\s|"
                           r"\b[Пп]редседател(?:ь|ем|я)\b(?!\s+(?:КНР|Китайской))|\b(?:its|the)\s+Chair\b,?|"
                           r"(?-i:\bChair(?:man|woman|person)?\s+(?=[A-Z]))|"  # "Chair Burhan Gafoor of Singapore said"
                           r"\bChair\s+of\s+the\s+(?:\w+\s+){0,4}?(?=[A-Z]))", re.I)
CUE_ONE_BEFORE = re.compile(r"(\bchaired\b(?!\s+by)|\bas\s+(?:its\s+|the\s+)?Chair\b|(?-i:\b\w+['’]s\s+Chair\b)|"
                            r"\bholds\s+the\s+(?:[\w-]+\s+){0,2}chair\b|\bpresided\b(?!\s+over\s+by)|возглавил\w*\s+(?:\w+\s+){0,2}делегаци|"
                            r"\b(?:led|headed)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?(?:delegation|engagement|team)\b"  # "led the U.S. delegation", "led Japan’s …"
                            r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})?|"  # "… for the Government of Chile"

                            r"\bled\s+for\s+(?:the\s+)?(?:[A-Z][\w.-]*\s*){1,4}(?=[.;,]|$)|"  # "Timo Koster led for the Netherlands"

                            r"председательствовал\w*\s+на|"
                            # «X возглавил форум», «Y прибыл во главе делегации»: who heads the meeting or a side
                            r"возглавил\w*\s+(?:[а-яё-]+\s+){0,2}(?:форум|заседани|совещани|консультаци|переговор|сесси)|"
                            r"во\s+главе\s+(?:[а-яё-]+\s+){0,2}делегаци|"
                            # "X was elected chairperson of the meeting", "Y assumed the Chair", «Z избран председателем»
                            r"\belected\s+(?:as\s+)?(?:the\s+)?chair\w*|\bassumed\s+the\s+chair\w*|"
                            r"избран\w*\s+(?:[а-яё]+\s+)?председател\w*)", re.I)
# «Патрушев провел в среду в Каракасе российско-венесуэльские консультации (с …)», "X held consultations with
# Y": who held a round of consultations led one side of it, and the person it was held with the other
CUE_HELD_WITH = re.compile(r"\bпровела?\s+(?:[\w-]+\s+){0,5}?(?:консультаци|раунд\w*\s+консультаци)\w*|"
                           r"\bheld\s+(?:[\w-]+\s+){0,4}?(?:consultations|round\s+of\s+consultations)\b", re.I)
CHAIR_WORD = re.compile(r"председател|chair|presid", re.I)


def _chairs_in(si: SentenceInfo) -> list[tuple[PersonMention, str, str | None]]:
    """Persons a sentence makes chairs or heads of delegation, by where they stand to the cue, each with the
    state the cue names ("led the U.S. delegation", "led for India by", "on the Australian side by")."""
    if not si.persons:
        return []  # no one to make a chair: the cues need not be read
    text, base = si.sentence.text, si.sentence.start
    out: list[tuple[PersonMention, str]] = []
    persons = sorted(si.persons, key=lambda p: p.start)
    for cue in CUE_LIST_AFTER.finditer(text):
        out += [(p, "co-chair", None) for p in persons if p.start - base >= cue.end()]
    for cue in CUE_ONE_AFTER.finditer(text):
        # the first person near the cue, and those coordinated with it however long their posts
        after = [p for p in persons if 0 <= p.start - base - cue.end()]
        after = after if after and after[0].start - base - cue.end() < 220 else []
        state = _named_next(si, cue.end(), ("state", "state-adjective"))
        owned_post = state is not None and _POSSESSIVE.match(text, state.end - base)
        if cue[0].lower().startswith("under") and (state is not None and not owned_post or after and (
                after[0].start - base - cue.end() > (140 if owned_post else 80))):
            continue  # "under the chairmanship of Uzbekistan": a state chairs, no person; "of Zambia's Ambassador, X"
            # names the person by a post of that state
        if cue[0].lower().startswith("председател") and (_named_next(si, cue.end(), ("agency",)) or _inside_a_post(si, cue)
                                                          or _body_named_next(text, cue.end())):
            continue  # «председателем Комитета госбезопасности Беларуси», «Заместитель Председателя Правительства»:
            # heads a state body or a government, not the meeting
        if after:
            role = "chair" if CHAIR_WORD.search(cue[0]) else "co-chair"
            out += [(p, role, _state_in(si, cue)) for p in _coordinated(after, text, base)]
    for cue in CUE_HELD_WITH.finditer(text):
        before = [p for p in persons if p.end - base <= cue.start() and cue.start() - (p.end - base) < 160]
        partner = re.match(r"[^.;]{0,40}?\b(?:with|с|со)\s", text[cue.end() :])
        after = [p for p in persons if partner and 0 <= p.start - base - cue.end() < 200]
        out += [(p, "co-chair", None) for p in before[-1:] + after[:1]]
    for p in persons:  # "Ana Soto (head of the Chilean delegation)": the bracket after the name says the role
        bracket = _HEAD_IN_BRACKETS.match(text[p.end - base :])
        if bracket:
            out.append((p, "co-chair", _state_in(si, bracket, p.end - base)))
    for cue in CUE_ONE_BEFORE.finditer(text):
        before = [p for p in persons if p.end - base <= cue.start() and cue.start() - (p.end - base) < 160]
        if before:
            co = text[max(0, cue.start() - 3) : cue.start()] == "co-"  # "X and Y co-chaired the dialogue"
            role = "chair" if CHAIR_WORD.search(cue[0]) and not co else "co-chair"
            nearest_first = [p for p in reversed(persons) if p.end - base <= cue.start()]
            out += [(p, role, _state_in(si, cue)) for p in _coordinated(nearest_first, text, base)]
    return out


_HEAD_IN_BRACKETS = re.compile(r"\s*\((?:the\s+)?head\s+of\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?delegation\s*\)|"
                               r"\s*\(\s*(?:глав[аы]|руководител[ья])\s+(?:[\w-]+\s+)?делегации\s*\)", re.I)


def _named_next(si: SentenceInfo, at: int, types: tuple[str, ...]) -> Mention | None:
    """The mention of one of `types` named right at offset `at` of the sentence (after "the" at most)."""
    base = si.sentence.start
    return next((mt for mt in sorted(si.mentions, key=lambda mt: mt.start) if mt.type in types and mt.start - base >= at
                 and (not si.sentence.text[at : mt.start - base].strip(" ")
                      or re.fullmatch(r"\s*the\s+", si.sentence.text[at : mt.start - base]))), None)


def _body_named_next(text: str, at: int) -> bool:
    """A body's name by its shape starts right at `at` («Председатель Исполнительного комитета – …»): the
    person heads that body."""
    return is_cyrillic(text) and any(b.start == at + len(text[at:]) - len(text[at:].lstrip())
                                     for b in find_bodies_ru(text))


def _inside_a_post(si: SentenceInfo, cue: re.Match) -> bool:
    """The cue word is part of a longer post the vocabulary knows («Заместитель Председателя Правительства»)."""
    base = si.sentence.start
    return any(mt.type == "role" and mt.start - base <= cue.start() and cue.end() <= mt.end - base
               and mt.end - mt.start > len(cue[0].strip()) for mt in si.mentions)


_POSSESSIVE = re.compile(r"['’]s\b")


def _state_in(si: SentenceInfo, cue: re.Match, offset: int = 0) -> str | None:
    """The one state a cue names: "led the U.S. delegation", «российскую делегацию возглавил», "the Japanese side
    was represented by"; `offset` where
    in the sentence the text the cue was matched in starts."""
    base = si.sentence.start + offset
    found = {mt.entity.state for mt in si.mentions if mt.type in ("state", "state-adjective") and mt.entity
             and cue.start() <= mt.start - base and mt.end - base <= cue.end()}
    if not found:  # «Российскую межведомственную делегацию возглавил»: the side's adjective before the cue
        text = si.sentence.text[offset:]
        found = {mt.entity.state for mt in si.mentions if mt.type == "state-adjective" and mt.entity
                 and mt.end - base <= cue.start()
                 and re.fullmatch(r"\s+(?:[а-яёa-z-]+\s+){0,2}", text[mt.end - base : cue.start()])}
    return found.pop() if len(found) == 1 else None


# Between two persons of one coordinated subject or object: "X, Deputy Assistant Secretary, and Y, Head of …"
_COORDINATION = re.compile(r"^[^.;]*\s(?:и|and)\s[^.;]*$")
_NOT_COORDINATION = re.compile(r"\b(?:met|meets|held|with|while|whereas|said|attended|joined|accompanied|took part|"
                               r"participated|\w+ed\s+by|с участием|при участии|встретил\w*|провел\w*|заявил\w*|"
                               r"присутствовал\w*|участвовал\w*|а также|as well as)\b", re.I)


def _coordinated(persons: list[PersonMention], text: str, base: int) -> list[PersonMention]:
    """The first person, and those joined to it by "and"/«и» with only posts between ("под руководством X и Y",
    "X and Y led the U.S. delegation"); `persons` run away from the cue, nearest first."""
    out = persons[:1]
    for p in persons[1:]:
        a, b = sorted((out[-1], p), key=lambda q: q.start)
        between = re.sub(r"\b(?:[A-Z]\.)+", "", text[a.end - base : b.start - base])  # "U.S." ends no clause
        if len(between) > 200 or not _COORDINATION.match(between) or _NOT_COORDINATION.search(between):
            break
        out.append(p)
    return out


def people(m: MeetingFact, main: list[SentenceInfo]) -> None:
    """The persons a meeting's sentences name, each with the state of its post, and of them the chairs
    (or the two heads of delegation who led a bilateral round)."""
    for si in main:
        for p in si.persons:
            post, state, agency, org = _post_of(p, si)
            m.persons.append((p, state, si))
        for p, role, hint in _chairs_in(si):
            post, state, agency, org = _post_of(p, si)
            m.chairs.append(ChairFact(p, post, state or hint, agency, org, role, si))
    # heads of delegation lead bilateral rounds; at multilateral meetings only real chairs count
    if m.chairs:
        states = {c.state for c in m.chairs}
        real = [c for c in m.chairs if c.role == "chair" or re.search(r"председател|chair|presid",
                                                                        c.sentence.sentence.text, re.I)]
        if len(states) > 2 and real:
            m.chairs = real
    pair = _pair_that_held(m.trigger)
    if not m.chairs and pair:
        for p in pair:
            post, state, agency, org = _post_of(p, m.trigger)
            m.chairs.append(ChairFact(p, post, state, agency, org, "co-chair", m.trigger))
    if not m.chairs and not m.adhoc:
        # the two heads of a bilateral round lead it: one person of each side in the report
        heads = {}
        for p in m.trigger.persons:
            post, state, agency, org = _post_of(p, m.trigger)
            if state and state not in heads:
                heads[state] = ChairFact(p, post, state, agency, org, "co-chair", m.trigger)
        if len(heads) == 2 and len(m.trigger.persons) == 2:
            m.chairs = list(heads.values())
    seen = set()
    unique = []
    for c in m.chairs:
        key = c.person.surname_latin.lower()
        if key not in seen:
            seen.add(key)
            unique.append(c)
    m.chairs = unique


def _pair_that_held(si: SentenceInfo) -> list[PersonMention]:
    """ "X и Y провели шестой раунд консультаций", "X and Y held talks": the two who led it."""
    persons = sorted(si.persons, key=lambda p: p.start)
    if len(persons) != 2:
        return []
    text, base = si.sentence.text, si.sentence.start
    between = text[persons[0].end - base : persons[1].start - base]
    after = text[persons[1].end - base :]
    if re.search(r"\s(?:и|and)\s", between) and re.match(r"[^.;]{0,12}\b(провели|провел\w*|held|co-chaired|"
                                                            r"co-chaired)\b", after, re.I):
        return persons
    return []


_TITLES_AT_END = re.compile(r"(?:(?:^|[\s,]+)(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E|Senator|the|Hon|Honourable|Sir|Dame)\.?)+\s*$")


def _starts_a_post(text: str) -> bool:
    """A post written after a name opens with a capital, an article or a post word, not "and" or a verb."""
    first = text.split()[0] if text.split() else ""
    if first.lower() in ("and", "и", "а", "who", "который", "которая"):
        return False
    if re.match(r"\s*the\s+(?:delegation|side)\b|\s*(?:делегаци|сторон)", text, re.I):
        return False  # ", the delegation of Chile – …": the other side's head, not this person's post
    words = text.split()
    # "deputy secretary in the … office", "senior director for …": a lower-case rank before the post word
    ranked = len(words) > 1 and first.isalpha() and first.islower() and bool(POST_EN.fullmatch(words[1]))
    return first[:1].isupper() or first.lower() in ("the", "a", "an") or ranked or bool(
        POST_RU.match(first) or POST_EN.match(first))


def _has_post(text: str) -> bool:
    return bool(POST_RU.search(text) or POST_EN.search(text))


def _post_of(p: PersonMention, si: SentenceInfo):
    """The post written next to a person, and the agency, organisation and state it names."""
    text, base = si.sentence.text, si.sentence.start
    rel_s, rel_e = p.start - base, p.end - base
    before = text[:rel_s]
    # the post before a name runs back to the clause start, the previous person, or the verb that
    # introduces this one ("... принял Секретаря Совета Безопасности Н.П.Патрушева")
    start = max(before.rfind(x) + len(x) if before.rfind(x) >= 0 else 0 for x in (". ", "; ", ": ", "— ", "– "))
    for other in si.persons:
        if other is not p and other.end - base <= rel_s:
            start = max(start, other.end - base)
    for conj in re.finditer(r"\s(?:и|and)\s", before):
        # "Minister for Foreign Affairs and Minister for Women, Senator Payne": one person's two posts, unless
        # another person stands before the "and"
        if not any(other is not p and start <= other.end - base <= conj.start() for other in si.persons):
            continue
        if conj.start() >= start and (POST_RU.match(before[conj.end():]) or POST_EN.match(before[conj.end():])
                                      or re.match(r"\w+\s+(?:министр|секретар|заместител|советник|директор)",
                                                  before[conj.end():], re.I)):
            start = conj.end()
    for verb in re.finditer(r"\b(?:by|with|под руководством|под председательством|при участии|с участием|возглави\w*|возглавл\w*|стали|выступили|вошли|находил\w*|"
                            r"представлял\w*|принял\w*|провел\w*|провели|открыл\w*|заявил\w*)\s+",
                            before):
        if verb.end() > start:
            start = verb.end()
    # a title before the name is no post: "India's Minister of External Affairs, Dr", "…, Senator the Hon"
    post_before = re.sub(r"^(?:and|и)\s+", "", _TITLES_AT_END.sub("", before[start:]).strip(" ,"))
    after = text[rel_e:]
    # "…, Secretary of X, who is in Y for …", "…, Ambassador for Digital Affairs, led the …": a relative clause or
    # the sentence's verb is no post
    mt_after = re.match(r"\s*,\s*([^,;.()]+(?:,(?!\s*(?:who|which|where|whom|котор\w+|где|когда)\b)"
                        r"(?!\s*(?:[a-z]+ed|led|met|said|held|made|took|spoke|gave|told|was|were|is|are|has|had|will|"
                        r"and|while|whereas)\b)"
                        r"[^,;.()]+)?)", after, re.I)
    if mt_after and not _starts_a_post(mt_after[1]):
        mt_after = None  # ", and India's Minister …" is the next person's; ", met in …" goes on with the verb
    if mt_after:
        # the post ends before the next person named: "A, deputy director in the … ministry and B, director of …"
        nxt = min((q.start - base for q in si.persons if q.start - base > rel_e), default=None)
        if nxt is not None and rel_e + mt_after.end() > nxt:
            cut = re.sub(r"\s+(?:and|и)\s*$", "", text[rel_e:nxt]).rstrip(" ,")
            mt_after = re.match(r"\s*,\s*(.+)", cut, re.S)
    latin = not is_cyrillic(text)
    if mt_after and _has_post(mt_after[1]) and (latin or not _has_post(post_before)):
        post, span = mt_after[1].strip(), (p.end, p.end + mt_after.end())  # "Name, Secretary of ..."
    elif _has_post(post_before):
        post, span = post_before, (base + start, p.start)
    else:
        post, span = "", (p.start, p.start)
    state = agency = org = None
    for mt in si.mentions:
        if span[0] <= mt.start and mt.end <= span[1] + 1:
            if mt.type == "agency" and mt.entity and agency is None:
                agency = mt.entity
                state = state or mt.entity.state
            elif mt.type in ("state", "state-adjective") and state is None and not re.search(
                    r"\b(?:to|в|во|при)\s+(?:the\s+)?$", text[: mt.start - base]):
                state = mt.entity.state  # not the state an ambassador is sent to ("Ambassador to the Netherlands")
            elif mt.type == "organization" and org is None:
                org = mt.entity
    of_state = re.match(r"\s+(?:of|from)\s+(?:the\s+)?", after)
    if state is None and of_state:
        for mt in si.mentions:
            if mt.type == "state" and mt.start - p.end <= of_state.end() + 1 and mt.start >= p.end:
                state = mt.entity.state
    if state is None:
        poss = re.search(r"(\w+)'s\s+[^,.;]*$", before)
        if poss:
            for mt in si.mentions:
                if mt.type == "state" and mt.surface in poss[0]:
                    state = mt.entity.state
        for mt in si.mentions:
            if mt.type == "state-adjective" and mt.end <= p.start and p.start - mt.end < 60:
                state = mt.entity.state
    return post, state, agency, org


def people_across_meetings(meetings: list[MeetingFact]) -> None:
    """A person introduced with a post in one meeting ("Секретарь Совета Безопасности Н.П.Патрушев") is
    the same person, of the same state and agency, when named again without it ("Николай Патрушев")."""
    known: dict[str, ChairFact] = {}
    for m in meetings:
        for c in m.chairs:
            if c.state:
                known.setdefault(c.person.surname_latin.lower(), c)
        for p, state, si in m.persons:
            if state and p.surname_latin.lower() not in known:
                post, st, agency, org = _post_of(p, si)
                known[p.surname_latin.lower()] = ChairFact(p, post, st, agency, org, "member", si)
    for m in meetings:
        for i, c in enumerate(m.chairs):
            ref = known.get(c.person.surname_latin.lower())
            if ref and not c.state:
                m.chairs[i] = ChairFact(c.person, c.post or ref.post, ref.state, c.agency or ref.agency,
                                        c.organization or ref.organization, c.role, c.sentence)
        for p, state, si in m.persons:  # "Николай Патрушев встретился с ...": his state takes part again
            ref = known.get(p.surname_latin.lower())
            if not state and ref is not None and ref.state:
                m.states.setdefault(ref.state, si)
        for c in m.chairs:
            if c.state:
                m.states.setdefault(c.state, c.sentence)
            if c.agency is not None and not m.adhoc:
                m.agencies.setdefault(c.agency.iri, Mention(c.agency, "agency", 0, 0, 0, 0, c.agency.name_en,
                                                            "post", state=c.agency.state))
