"""Processes a meeting links to that the vocabularies lack: forums, groups, centres and an organisation's organs
named besides the meeting's own forum ("the ASEAN Cyber Capacity Programme", "the GCC Ministerial Committee for
Education", «в формате Россия – Монголия – Китай»), kept as candidate processes. A name inside a document's
title, the forum's own name, one state's body or the parties' own relationship is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.morph import lemma_ru, parses
from kg.nlp.persons import POST_EN
from kg.nlp.text import is_cyrillic, normal_tokens
from kg.relate.facts import MeetingFact
from kg.relate.followups import is_follow_up
from kg.relate.forum_names import named_bodies_en, named_bodies_ru
from kg.relate.forums import mostly_known, without_place
from kg.understand import SentenceInfo

# "Member States of the SADC Council", "the members of the GCC Committee …": whose members, the organ is the name
# "Chair of the ASEAN Digital Senior Officials Meeting": whose chair, the organ is the name; "Nigeria and the ECOWAS
# Council of Ministers": a party listed before it
_MEMBERS_OF = re.compile(r"^(?:(?:Member\s+States|members|Members|Chair\w*|President|Secretary|Head|Director\w*)"
                         r"\s+of\s+(?:the\s+)?|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+and\s+the\s+)(?=[A-Z])")


# a theme, motto or slogan quoted before the name, its quote still open: the name is words of it
_THEME_QUOTE = re.compile(r"\b(?:theme|motto|slogan|тем[аеуыой]|девиз\w*|лозунг\w*)\s+(?:of\s+|was\s+|is\s+)?"
                          r"[\"“«‘'][^\"”»’']*$", re.I)
# a post opening the name: of an organ it names the organ ("Chair of the ASEAN Digital Senior Officials Meeting"), of
# anything else the body the person works for
_POST_LEAD = re.compile(r"(?:Chair\w*|President|Secretary|Head|Director\w*)\s+of\s+")


# "… Centre at the University of Oslo", "… Center at Leiden University": a centre housed in a university or institute
_AT_ACADEMY = re.compile(r"Cent(?:re|er)\s+(?:at|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:University|Institute|"
                         r"College)\b")


def _without_members(found):
    """The organ's name without the members it opens with."""
    lead = _MEMBERS_OF.match(found.surface)
    if lead is None:
        return found
    surface = found.surface[lead.end() :]
    nominative = found.nominative[lead.end() :] if found.nominative.startswith(lead.group()) else found.nominative
    return replace(found, surface=surface, start=found.start + lead.end(), nominative=nominative)


# Heads of names that are processes more often than bodies: a council or commission is mostly a body.
_PROCESS_HEADS = {"диалог", "механизм", "группа", "конференция", "форум", "саммит", "центр", "инициатива", "процесс",
                  "ассамблея", "конгресс", "операция", "assembly", "congress",
                  "working group", "expert group", "group of experts", "group", "dialogue", "mechanism", "conference",
                  "summit", "forum", "network", "centre", "center", "programme", "initiative", "process", "partnership"}
# Heads of an international organisation's organs ("the GCC Ministerial Committee for Education", "the ASEAN
# Digital Senior Officials Meeting"): a body or standing meeting of the organisation, which the meeting reports to
# or prepares, so a process when the organisation is named in it; so is a body two parties name ("the Japan-U.S.
# Security Consultative Committee"). A commission is the organisation's executive
# (the ECOWAS Commission), which acts as the organisation itself. Russian names of organs the vocabularies lack
# are mostly the meeting's own council in other words («Совет глав МВД стран СНГ»), so they are left out.
_ORGAN_HEADS = {"council", "committee", "meeting", "plenary"}


# "the UN Commission on Science and Technology for Development": a commission named for its topic is a functional
# organ that meets, not the organisation's executive
_TOPICAL_COMMISSION = re.compile(r"\bCommission\s+(?:on|for)\s+(?:the\s+)?[A-Z]")


_PAIR_OPENS = re.compile(r"(?P<pair>[A-Z][\w.]*(?:\s*[-–]\s*[A-Z][\w.]*)+)\s")


# «к Всемирному конгрессу по … и к заседанию Совета …»: a conjunction and a preposition open a second phrase
# coordinated with the one the name stands in, so the name ends before them («по» may go on the name's own topic)
_COORDINATED_PHRASE = re.compile(r"\s+(?:и|или|а\s+также)\s+(?:к|ко|в|во|на|с|со|о|об|от|для|при|из|за)\s+")


def _without_coordinated_phrase(found):
    """The name up to a coordinated prepositional phrase run on into it."""
    cut = _COORDINATED_PHRASE.search(found.surface)
    if cut is None or not found.nominative.endswith(found.surface[cut.start() :]):
        return found
    tail = len(found.surface) - cut.start()
    return replace(found, surface=found.surface[: cut.start()], end=found.end - tail,
                   nominative=found.nominative[:-tail])


# "the Commonwealth Cyber Declaration and the Commonwealth Heads of Government Meeting": two names listed, the head
# noun belongs to the last; inside one name's words "and" takes no article ("… on Trade and Development")
_LISTED_BEFORE_EN = re.compile(r".*\sand\s+the\s+(?=[A-Z])")


def _last_listed(found):
    """An English name without the names listed before it."""
    cut = _LISTED_BEFORE_EN.match(found.surface)
    if cut is None or not found.nominative.startswith(found.surface[: cut.end()]):
        return found
    return replace(found, surface=found.surface[cut.end() :], start=found.start + cut.end(),
                   nominative=found.nominative[cut.end() :])


def _known_head(si: SentenceInfo, found) -> bool:
    """A known process inside the name holds its head noun: "the UN Open-ended Working Group on Information and
    Communication Technologies" is the known Working Group, named with its topic."""
    base = si.sentence.start
    return any(mt.type == "process" and found.start <= mt.start - base and mt.end - base <= found.end
               and found.head.split()[-1] in mt.surface.lower() for mt in si.mentions)


def _without_parties(si: SentenceInfo, start: int, end: int) -> str:
    """The name (offsets in the text) without the states and organisations named in it."""
    base, text = si.sentence.start, si.sentence.text
    return "".join(" " if any(mt.start <= base + i < mt.end for mt in si.mentions
                              if mt.type in ("state", "state-adjective", "organization")) else text[i]
                   for i in range(start - base, end - base))


def _opens_with_pair(si: SentenceInfo, found) -> bool:
    """ "the Japan-U.S. Security Consultative Committee": a body of two parties, each a known state or
    organisation, named by them."""
    pair = _PAIR_OPENS.match(found.surface)
    if pair is None:
        return False
    base, parts = si.sentence.start, re.split(r"\s*[-–]\s*", pair["pair"])
    named = [mt for mt in si.mentions if mt.type in ("state", "state-adjective", "organization")
             and found.start <= mt.start - base < found.start + pair.end("pair")]
    return len(named) == len(parts)


def _of_organisation(si: SentenceInfo, found) -> bool:
    """An international organisation is named inside the name, and the head noun is outside it (not "the Council
    of Europe's Cybercrime Programme Office", whose "Council" is the organisation's own)."""
    base, text = si.sentence.start, si.sentence.text
    # a known process owns a body too: "the T-CY Protocol Drafting Plenary"
    orgs = [mt for mt in si.mentions if mt.type in ("organization", "process")
            and found.start <= mt.start - base and mt.end - base <= found.end]
    outside = "".join(" " if any(mt.start - base <= i < mt.end - base for mt in orgs) else text[i]
                      for i in range(found.start, found.end))
    return bool(orgs) and bool(re.search(rf"\b{found.head}\b", outside, re.I))


_POST_BEFORE = re.compile(r"(?:secretary|president|chair\w*|director|head|member|представител\w*|секретар\w*|"
                          r"председател\w*|глав\w*)\s+(?:and\s+\w+\s+)?(?:of|of the|the)?\s*$", re.I)


# «Доклад Совета РАТС ШОС Совету глав государств …», "the Report of the Secretary-General to the General
# Assembly": a report, address or recommendations name whom they go to; that body is one the meeting reports to
_ADDRESSED_ACT = re.compile(r"(?:доклад|отч[её]т|обращени|послани|рекомендаци|предложени|report|recommendation|"
                            r"address|message|submission)\w*\b[^.;]{0,120}$", re.I)


def addressed_in_title(before: str, surface: str) -> bool:
    """A body named inside a document's title (`before`: the title up to it) is the one the document goes to: in
    the dative after a report («Доклад … Совету глав государств»), or after "to" ("Report … to the Assembly")."""
    if not _ADDRESSED_ACT.search(before):
        return False
    if not is_cyrillic(surface):
        return bool(re.search(r"\bto\s+(?:the\s+)?$", before))
    first = parses(surface.split()[0].lower())
    return bool(first) and "datv" in first[0].tag and not re.search(r"\b(?:по|к)\s+$", before)


_FORMAT_NAME = re.compile(r"формат\w*\s+(?P<list>[А-ЯЁ][\w-]*(?:\s*[–—-]\s*[А-ЯЁ][\w-]*){1,4})")


def linked_names(m: MeetingFact, sents: list[SentenceInfo], taken: list[tuple[int, int]]):
    """Forums, groups and centres the vocabularies lack that the meeting's sentences name besides its own
    forum ("the ASEAN Cyber Capacity Programme", «Совета министров иностранных дел СНГ»): linked processes,
    kept as candidates. A name inside a document's title or the forum's own name is not one."""
    out, seen = [], set()
    own = [set(normal_tokens(n)) for n in ([m.forum_candidate] if m.forum_candidate else []) + (
        [t for t, _ in m.forum.labels] if m.forum is not None else [])]
    for si in sents:
        # «провести … в рамках упомянутого Диалога»: a follow-up names the forum again, not another process; only
        # an organisation's organ it is referred to counts ("recommended the CICA Senior Officials Committee to …")
        follow_up = is_follow_up(si)
        for fm in [] if follow_up else _FORMAT_NAME.finditer(si.sentence.text):
            # «в формате Россия – Монголия – Китай»: a format of cooperation beyond the meeting's own states
            named = {mt.entity.state for mt in si.mentions if mt.type == "state" and mt.entity is not None
                     and fm.start("list") <= mt.start - si.sentence.start < fm.end()}
            start, end = si.sentence.start + fm.start(), si.sentence.start + fm.end()
            if len(named) >= 2 and not named <= set(m.states) and not any(a < end and start < b for a, b in taken):
                key = " ".join(normal_tokens(fm["list"]))
                if key not in seen:
                    seen.add(key)
                    out.append((f"формат {fm['list']}", fm.group(), start, end, si))
        cyrillic = is_cyrillic(si.sentence.text)
        lower = [] if cyrillic or follow_up or si is m.trigger else _lower_case_bodies(si, m)
        for name, surface, start, end in ([] if cyrillic or follow_up else _pair_summits(si) + _owned_bodies(si)
                                          + lower):
            key = " ".join(normal_tokens(name))
            if key not in seen and not any(a < end and start < b for a, b in taken):
                seen.add(key)
                out.append((name, surface, start, end, si))
        for found in (named_bodies_ru if cyrillic else named_bodies_en)(si.sentence.text):
            before = si.sentence.text[: found.start]
            organ = (found.head in _ORGAN_HEADS or _TOPICAL_COMMISSION.search(found.surface)) and (
                _of_organisation(si, found) or _opens_with_pair(si, found))
            if follow_up and not organ:
                continue
            if found.head not in _PROCESS_HEADS and not organ or _POST_BEFORE.search(before):
                continue  # councils and commissions are mostly bodies; "Secretary of the Committee" a post
            if cyrillic and not (found.surface[:1].isupper() or re.match(r"[а-яё]+(?:ско|цко)-", found.surface)
                                 or re.search(r"[А-ЯЁ]\w*\s*[–—-]\s*[А-ЯЁ]", found.surface)  # «саммит Россия – Африка»
                                 or found.head == "операция"):  # «операция «ПРОКСИ»»: named by its quoted name
                continue  # «инициативы государств в области …»: a common noun, not a process's name
            if re.search(r"\bпо\s+$", before) and found.head == "инициатива":
                continue  # «по инициативе России»: at Russia's initiative, no process
            if re.search(r"\b(?:at|(?:floor|building|room|hall|premises|wing)\s+of)\s+(?:the\s+)?$", before, re.I) \
                    and found.head in ("centre", "center"):
                continue  # "at the Dubai World Trade Centre", "the 4th floor of the … Centre": a venue
            if found.head in ("centre", "center") and _AT_ACADEMY.search(si.sentence.text, found.start, found.end + 80):
                continue  # "the … Capacity Centre at the University of Oslo": a research unit of its host
            if _THEME_QUOTE.search(before):
                continue  # 'under the theme "Foster … Partnership, …"': the words of a motto, no body
            if not organ and _POST_LEAD.match(found.surface):
                continue  # "Senior Advisor to the Chairman of the World Economic Forum": the body a post serves
            found = _without_coordinated_phrase(found) if cyrillic else _last_listed(found)
            found = _without_members(without_place(found, si))
            start, end = si.sentence.start + found.start, si.sentence.start + found.end
            if any(a < end and start < b for a, b in taken) or mostly_known(si, found.start, found.end) \
                    or _known_head(si, found):
                continue
            if POST_EN.search(found.surface) and not cyrillic and not organ:
                continue  # "Executive Director of the National Cybersecurity Centre": a post; not "the GCC
                # Ministerial Committee", an organ of ministers
            inside = {mt.entity.state for mt in si.mentions if mt.type in ("state", "state-adjective")
                      and mt.entity is not None and start <= mt.start < end}
            parties = _parties_of(si, start, end)
            if (found.head in ("диалог", "консультация", "механизм", "dialogue", "consultations")
                    and not _another_topic(si, start, end, m)
                    or found.head in ("партнерство", "partnership") and _only_a_relationship(si, start, end)) \
                    and parties and parties <= set(m.states) | set(m.organizations):
                continue  # «российско-кубинский диалог», "the dialogue between India and the EU": the meeting's own
                # parties' relationship, not a process it links to (unless named for another topic: "the
                # ASEAN-Japan Cybercrime Dialogue" at their ministerial meeting on transnational crime)
            if found.head in ("centre", "center", "центр") and (_NATIONAL.search(found.surface) or len(parties) == 1
                                                                and len(inside) == 1):
                continue  # "the Indian Cybercrime Coordination Center", «Национальный … центр»: one state's body
            words = normal_tokens(found.nominative)
            key = " ".join(words)
            core = set(normal_tokens(_without_parties(si, start, end))) or set(words)
            # the forum's own name shares the head noun: «Всемирный конгресс по информационной безопасности» is
            # another event than consultations on the same topic
            head_word = found.head.split()[-1]
            if key in seen or len(found.surface.split()) < 2 or any(
                    len(set(words) & name) >= 0.6 * len(set(words)) or len(core & name) >= 0.6 * len(core)
                    for name in own) and any(head_word in name for name in own) and not _another_topic(
                    si, start, end, m):
                continue  # the meeting's own forum named again, with or without its parties ("the U.S.-Germany
                # Cyber Bilateral Meeting" of the "Cyber Bilateral Meeting")
            seen.add(key)
            out.append((found.nominative, found.surface, start, end, si))
    return out


# Words that qualify a relationship, not a topic: "the Kenya-Chile Strategic Partnership" is the parties' own
# relationship, "the … Cyber and Critical Technology Partnership" a programme of theirs
_RELATIONSHIP_WORDS = {"strategic", "comprehensive", "enhanced", "special", "privileged", "global", "partnership",
                       "стратегический", "всеобъемлющий", "привилегированный", "особый", "партнерство", "партнёрство"}


def _another_topic(si: SentenceInfo, start: int, end: int, m: MeetingFact) -> bool:
    """The dialogue's name (offsets in the text) holds a capitalised topic word that the meeting's forum does not:
    a mechanism of the parties on another subject."""
    rest = _without_parties(si, start, end)
    topic = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", rest)} - _RELATIONSHIP_WORDS - _DIALOGUE_WORDS
    if not topic:
        return False
    own = " ".join([m.forum_candidate or "", *m.forum_aliases, m.forum_surface[0] if m.forum_surface else "",
                    *(t for t, _ in (m.forum.labels if m.forum else []))]).lower()
    return any(w not in own for w in topic)


_DIALOGUE_WORDS = {"dialogue", "consultations", "mechanism", "bilateral", "high-level", "annual", "the", "and", "of"}


def _only_a_relationship(si: SentenceInfo, start: int, end: int) -> bool:
    """The partnership's name (offsets in the text) says no more than its parties and how close they are."""
    base, text = si.sentence.start, si.sentence.text
    rest = "".join(" " if any(mt.start <= base + i < mt.end for mt in si.mentions
                              if mt.type in ("state", "state-adjective", "organization")) else text[i]
                   for i in range(start - base, end - base))
    return all(w.lower() in _RELATIONSHIP_WORDS or lemma_ru(w.lower()) in _RELATIONSHIP_WORDS
               for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in ("the", "and", "between", "of", "и", "между"))


# "the ROK-US summit", "the EU-China summit", "the Japan-U.S. Summit Meeting": a summit named by its parties
_PAIR_SUMMIT = re.compile(r"\b(?P<pair>[A-Z][\w.]*(?:\s*[-–]\s*[A-Z][\w.]*)+)\s+(?:summit|Summit(?:\s+Meeting)?)\b")


def _pair_summits(si: SentenceInfo):
    """Summits named by the states or organisations they bring together, every part of the pair a known one
    (a summit is an event of its own even when the meeting's parties hold it): (name, surface, start, end)."""
    base, out = si.sentence.start, []
    for found in _PAIR_SUMMIT.finditer(si.sentence.text):
        parts = re.split(r"\s*[-–]\s*", found["pair"])
        named = [mt for mt in si.mentions if mt.type in ("state", "state-adjective", "organization")
                 and found.start("pair") <= mt.start - base < found.end("pair")]
        if len(named) == len(parts):
            out.append((found.group(), found.group(), base + found.start(), base + found.end()))
    return out


# "the UN Counter-Terrorism Office", "the EU Cyber Resilience Project", "the ITU Global Cybersecurity Agenda": an
# organisation opens the name of an office, project, task force or named agenda of its own, heads the forum-like
# names leave out (not "the AU Agenda 2063", a plan by its year) (a commission is the organisation's
# executive, which acts as the organisation itself)
_OWNED_BODY_AFTER = re.compile(r"(?:\s*\([A-Z][\w.-]{0,11}\))?(?:(?:\s+[A-Z][\w-]*){0,4}\s+(?:Office|Task\s+Force|"
                               r"Project|Fund)|(?:\s+[A-Z][\w-]*){1,4}\s+Agenda(?!\s+\d))\b")


def _owned_bodies(si: SentenceInfo):
    """Offices, projects and task forces named by the organisation they belong to: (name, surface, start, end)."""
    base, text, out = si.sentence.start, si.sentence.text, []
    for mt in si.mentions:
        if mt.type != "organization" or mt.entity is None:
            continue
        found = _OWNED_BODY_AFTER.match(text, mt.end - base)
        if found:
            surface = text[mt.start - base : found.end()]
            out.append((surface, surface, mt.start, base + found.end()))
    return out


# "an ASEAN-Japan dialogue on terrorism and cybercrime", "an SCO centre for information confrontation": a body named
# in lower case by whose it is and what it is about; the topic runs in lower case up to a verb, a place or a stop
_LOWER_HEAD = re.compile(r"\s+(?P<head>dialogue|working group|expert group|centre|center|mechanism|task force)\s+"
                         r"(?:on|for)\s+(?P<topic>[a-z][\w-]*(?:,?\s+(?!(?:will|would|was|were|is|are|has|have|had|"
                         r"in|at|to|which|that|with|by|from|during|as|be)\b)[a-z][\w-]*){0,6})")


# the field's own words name no other topic: "a dialogue on cyber security" may be the meeting's own
_FIELD_WORDS = {"cyber", "security", "cybersecurity", "issues", "matters"}


def _lower_case_bodies(si: SentenceInfo, m: MeetingFact):
    """Bodies named in lower case after the organisation or the pair that owns them, on another topic than the
    meeting's forum: (name, surface, start, end)."""
    base, text, out = si.sentence.start, si.sentence.text, []
    owners = [mt for mt in si.mentions if mt.type in ("organization", "state", "state-adjective") and mt.entity]
    for mt in owners:
        found = _LOWER_HEAD.match(text, mt.end - base)
        if found is None:
            continue
        # the owner is the organisation, or a pair of parties joined by a dash ("ASEAN-Japan")
        pair = [o for o in owners if o.end <= mt.start and re.fullmatch(r"\s*[-–]\s*", text[o.end - base : mt.start - base])]
        if mt.type != "organization" and not pair:
            continue
        start = pair[-1].start if pair else mt.start
        own = " ".join([m.forum_candidate or "", *m.forum_aliases, *(t for t, _ in (m.forum.labels if m.forum else []))])
        if not set(re.findall(r"[a-z]{4,}", found["topic"])) - set(normal_tokens(own)) - _FIELD_WORDS:
            continue  # the meeting's own forum on its own topic, named again in lower case
        surface = text[start - base : found.end()]
        out.append((surface, surface, start, base + found.end()))
    return out


# "National …", "X Service's … Center", «Национальный …», «Координационный центр Правительства», "the Presidential
# … Centre": a name that says it belongs to a state or its government
_NATIONAL = re.compile(r"\bNational\b|[’']s\s|\bНациональн|\bПравительств|\bПрезидент|\bof\s+the\s+Government\b|"
                       r"\bPresidential\b", re.I)


def _parties_of(si: SentenceInfo, start: int, end: int) -> set[str]:
    """The states and organisations a relationship's name holds, or names right after it ("… between India
    and the EU"): state codes and organisation IRIs."""
    base = si.sentence.start
    between = re.match(r"\s+(?:between|of)\s+[^.;,]{0,60}", si.sentence.text[end - base :])
    stop = end + (between.end() if between else 0)
    return {mt.entity.state if mt.type in ("state", "state-adjective") else mt.entity.iri for mt in si.mentions
            if mt.type in ("state", "state-adjective", "organization") and mt.entity is not None
            and start <= mt.start < stop}
