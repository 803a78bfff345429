"""Participants: which states, agencies and organisations take part in a meeting, and which processes it links to.

Each linked mention in a meeting's sentences gets a role: a state or agency
taking part, an organisation taking part or hosting, the forum itself, or a
process the meeting refers to. A state can also be a place talked about ("the
situation in Afghanistan") or a person's origin ("Houlin Zhao (China)"), and a
body named inside a document's title is part of the title. These decisions read
the sentence around each mention and the meeting's forum and states, not how the
text was cut into meetings, so they live apart from segmentation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.link import Mention, resolve_agency, says_its_state, shared_english_name
from kg.nlp.morph import parses
from kg.nlp.persons import POST_EN, POST_RU
from kg.nlp.text import is_cyrillic
from kg.relate.cues import EVENT_VERBS, MEETING_NOUNS, TOPIC_BEFORE, word_norms
from kg.relate.facts import Candidate, MeetingFact
from kg.relate.other_roles import (
    a_surname,
    chair_before,
    dateline,
    in_a_proper_name,
    in_another_role,
    in_format,
    inside_another_name,
    names_person_origin,
    place_talked_about,
)
from kg.relate.owners import BOTH_SIDES, owned_by
from kg.relate.process_links import addressed_in_title
from kg.relate.sides import (
    context_state,
    more_owners_closing_list,
    owner_closing_list,
    owner_of_list,
    side_carried_over,
    side_of,
)
from kg.understand import SentenceInfo
from kg.vocab import Vocabulary


def place_mention(m: MeetingFact, mt: Mention, si: SentenceInfo, home: str | None, vocab: Vocabulary,
                  government: str | None = None) -> None:
    """Record a linked mention in the meeting under its role: participant, organisation, forum or process
    (an unknown agency becomes a candidate; `home` is the publishing state, for an unqualified "МИД", and
    `government` the state whose government's site published the text, for "the Foreign Ministry")."""
    rel = mt.start - si.sentence.start
    before = si.sentence.text[:rel]
    if mt.type in ("state", "state-adjective", "agency") and SOURCE.search(re.split(r"[,;(]", before)[-1]):
        return  # «как сообщает пресс-служба МИД РФ», "according to India's National Security Council Secretariat"
    if mt.type in ("state", "state-adjective") and _about_membership(si.sentence.text) \
            and not word_norms(si) & MEETING_NOUNS:
        return  # «Напомним, ОДКБ объединяет шесть стран …»: who the members are
    if mt.type in ("state", "state-adjective"):
        if TOPIC_BEFORE.search(before) or re.search(r"(?<![Сс]о)(?<!co-)(?:председательства|chairmanship of|presidency of)\s*$", before, re.I):
            return
        if re.search(r"\b(?:в|во|на|in)\s*$", before, re.I) and mt.type == "state" and not re.search(
                r"(делегаци|delegation|представлен|represented)", si.sentence.text, re.I):
            return  # "в Афганистане": a place talked about, not a party
        after = si.sentence.text[mt.end - si.sentence.start :]
        if names_person_origin(before) and chair_before(mt, si, m):
            m.states.setdefault(mt.entity.state, si)  # "chaired by Anna Novak (Slovenia)": the chair's state
            return
        if dateline(mt, before, after) or in_a_proper_name(mt, before, after) or _owns_an_author(mt, si):
            return
        if names_person_origin(before) or in_another_role(before, after) or inside_another_name(mt, si, m) \
                or in_format(before, after) or place_talked_about(mt, si, before, after) or a_surname(before, after):
            return
        m.states.setdefault(mt.entity.state, si)
        m.mentions.append((mt, "participant", si))
    elif mt.type == "agency":
        if _DOCUMENT_OF_BODY_AFTER.match(si.sentence.text, mt.end - si.sentence.start) or \
                _DOCUMENT_OF_BODY_BEFORE.search(before):
            return  # "the State Department’s annual … Report", «в докладе Минюста»: the body wrote a document, it
            # takes no part in the meeting
        if _MEMBERS_BODIES.match(si.sentence.text[mt.end - si.sentence.start :]) and _plural(mt.surface):
            return  # «секретари советов безопасности государств – членов ОДКБ»: the members' bodies, no one state's
        if mt.surface.split()[0].isupper() and re.search(r"\b(?:Deputy|Dy\.?|Acting|Former|Principal|Additional|Assistant)\s*$", before):
            if mt.state and (mt.stated or mt.via == "candidate"):  # "Dy NSA of Kenya": a post's abbreviation
                m.states.setdefault(mt.state, si)  # (Deputy National Security Adviser); the state it names takes part
            return
        if mt.entity is None and mt.options and not mt.stated and _plural(mt.surface) and side_of(mt, si) is None:
            # «Совет министров иностранных дел», "Ministers of Justice of the Americas": the bodies of members in
            # general, no one state's; «министров обороны двух стран»: each side's
            rel = mt.start - si.sentence.start  # «встреча министров обороны двух стран»: said of the body itself
            if BOTH_SIDES.search(si.sentence.text[max(0, rel - 40) : rel + len(mt.surface) + 40]) and len(m.states) == 2:
                for state in m.states:
                    each = replace(mt, options=list(mt.options))
                    if resolve_agency(each, state):
                        m.agencies.setdefault(each.entity.iri, each)
                        m.mentions.append((each, "participant", si))
                    else:
                        m.candidates.append(Candidate(mt.surface, mt.start, mt.end, state, si,
                                                      english=_kind_of_body(mt)))
            return
        if _INSTITUTION_OF.search(before):
            return  # «на базе Дипломатической академии МИД России»: the academy is where, not its ministry
        owned = owned_by(mt, si)
        if owned == "unit" or owned == "owner":
            return  # "the Department of State’s Bureau of …": the bureau folds into the department; "the
            # Department of Homeland Security’s Cybersecurity Agency": the agency, not its department, takes part
        if mt.via == "candidate":
            # "the Kenyan Ministries of Defence, …": the first of a shared head's list, named in the singular
            name = mt.english if mt.name is None and mt.english and re.match(r"(?i:Ministries|Departments)\b",
                                                                             mt.surface) else mt.name
            m.candidates.append(Candidate(mt.surface, mt.start, mt.end, mt.state, si, name, english=mt.english))
            return
        owners = more_owners_closing_list(mt, si) if mt.entity is None else []
        for state in owners:  # «МВД и Генпрокуратуры Казахстана и Киргизии»: each state's body of this kind
            each = replace(mt, options=list(mt.options))
            if resolve_agency(each, state):
                m.agencies.setdefault(each.entity.iri, each)
                m.mentions.append((each, "participant", si))
            else:
                m.candidates.append(Candidate(mt.surface, mt.start, mt.end, state, si, english=_kind_of_body(mt)))
        if owners:
            return
        # «Делегация Перу … с представителями МИД, Минюста и Министерства обороны Чили»: the list's own state
        # beats the side the sentence opened with
        side = owner_closing_list(mt, si) or side_of(mt, si)
        if side and mt.entity is not None and mt.entity.state != side and mt.via == "label" and not mt.stated \
                and not says_its_state(mt, vocab):  # "the French Foreign Ministry" is France's whatever the side
            # «С казахстанской стороны … участвовали представители Комитета национальной безопасности»: the
            # body of the side the clause names, even where the vocabulary knows that name for another state
            m.candidates.append(Candidate(mt.surface, mt.start, mt.end, side, si,
                                          english=mt.entity.pref.get("en")))
            return
        if mt.entity is None and side and side not in {a.state for a in mt.options}:
            # «В состав кенийской делегации вошли представители министерств иностранных дел …»: the side's body,
            # of a kind the vocabulary knows only for other states
            kind = _kind_of_body(mt)  # "the ministries of Defence, …": the first item, named in the singular
            m.candidates.append(Candidate(mt.surface, mt.start, mt.end, side, si,
                                          kind if re.match(r"(?i:Ministries|Departments)\b", mt.surface) else None,
                                          english=kind))
            return
        if mt.entity is None:
            context = side_carried_over(si, m) or owner_closing_list(mt, si) or owner_of_list(mt.start, si) \
                or context_state(mt, si, m)
            publisher = home or government
            target = context or publisher
            if not target:
                return
            if context is None and target == home and home != government:
                m.home_guesses.append(mt)  # «МИД» on a Russian page: Russia's only if Russia takes part otherwise
            if not resolve_agency(mt, target):
                if context is None or context not in {a.state for a in mt.options}:
                    # "the Foreign Ministry’s Unit …" on a foreign ministry's own site: the publisher's ministry,
                    # of a kind the vocabulary knows only for other states
                    kind = _kind_of_body(mt)
                    name = kind if mt.via == "post" or not is_cyrillic(mt.surface) else None
                    m.candidates.append(Candidate(mt.surface, mt.start, mt.end, target, si, name, english=kind))
                    if m.home_guesses and m.home_guesses[-1] is mt:
                        m.home_guesses[-1] = m.candidates[-1]
                return
        m.agencies.setdefault(mt.entity.iri, mt)
        m.mentions.append((mt, "participant", si))
    elif mt.type == "organization":
        after = si.sentence.text[mt.end - si.sentence.start :]
        parent = _secretariat_of(mt, vocab)
        if parent is not None:  # a secretariat folds into its organisation, which takes part through it
            m.organizations.setdefault(parent.iri, replace(mt, entity=parent))
            m.mentions.append((replace(mt, entity=parent), "organization", si))
            return
        if m.forum and mt.entity.iri == m.forum.iri:
            m.mentions.append((mt, "forum", si))
            return
        if m.forum and mt.entity.iri in (m.forum.parent_org, m.forum.counterpart_org):
            m.organizations.setdefault(mt.entity.iri, mt)
            m.mentions.append((mt, "organization", si))
        elif _in_post(mt, si) or _listed_with_states(mt, si) or _speaks(mt, si) or _takes_part(mt, si) or \
                _in_participation_list(mt, si) or \
                _organises(mt, si) or re.search(
                r"(с|with|between|и)\s+(?:\w+\s+){0,2}$", before, re.I) and word_norms(si) & MEETING_NOUNS and si is m.trigger:
            m.organizations.setdefault(mt.entity.iri, mt)
            m.mentions.append((mt, "organization", si))
        elif _MEMBER_STATES_AFTER.match(after) or _MEMBERS_BEFORE.search(before):
            return  # "the norms endorsed by all UN Member States": whose members, said of something else
        elif _REGION_OR_DOCUMENT_AFTER.match(after) or _DOCUMENT_BEFORE.search(before) or _ADDRESS_BEFORE.search(before) \
                or _INSIDE_RU_NAME_BEFORE.search(before) and _TOPIC_AFTER_RU.match(after) and m.trigger is not si:
            return  # "the ASEAN region", "the INTERPOL report", «Конвенция ООН», "www.coe.int": a place, a document
            # or an address, no process; «Альянс БРИКС по кибербезопасности»: part of its own body's name
        elif mt.entity.iri not in m.organizations and not (
                _OWNS_NAME_AFTER.match(si.sentence.text[mt.end - si.sentence.start :])
                and not (m.forum_surface and m.forum_surface[1] <= mt.start < m.forum_surface[2])
                and m.trigger is not si):
            m.processes.setdefault(mt.entity.iri, mt)
            m.mentions.append((mt, "process", si))
    elif mt.type == "process":
        if mt.entity.process_kind == "Convention":
            return  # a convention is a document of the meeting (kg/relate/documents.py), not a process
        if m.forum and mt.entity.iri == m.forum.iri:
            m.mentions.append((mt, "forum", si))
            return
        m.processes.setdefault(mt.entity.iri, mt)
        m.mentions.append((mt, "process", si))


# A document a body wrote, named around it: "the Commerce Ministry's annual … Report", «доклад Минюста»
_DOCUMENT_OF_BODY_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,5}?(?:report|reports|ranking|index|survey|statistics)\b",
                                     re.I)
_DOCUMENT_OF_BODY_BEFORE = re.compile(r"(?:доклад\w*|отч[её]т\w*|рейтинг\w*|\breport\s+of|\branking\s+of)\s+"
                                      r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _owns_an_author(mt: Mention, si: SentenceInfo) -> bool:
    """ "the U.S. State Department’s annual … Report": the state owns the body that wrote a document."""
    base = si.sentence.start
    return any(o.type == "agency" and 0 <= o.start - mt.end <= 2 and not si.sentence.text[mt.end - base : o.start - base].strip(" .")
               and _DOCUMENT_OF_BODY_AFTER.match(si.sentence.text, o.end - base) for o in si.mentions)


# «… государств – членов ОДКБ», "… of the member states": bodies of an organisation's members in general
_MEMBERS_BODIES = re.compile(r"\s*(?:государств|стран)\s*[-–—]?\s*(?:член|участни)\w*|\s*of\s+(?:the\s+)?(?:\w+\s+)?"
                             r"member\s+(?:states|countries)", re.I)


def _plural(surface: str) -> bool:
    """The body's head noun is in the plural («советов безопасности», "Security Councils")."""
    if is_cyrillic(surface):
        return "plur" in parses(surface.split()[0].lower())[0].tag
    return bool(re.search(r"\b(?:Councils|Ministries|Ministers|Agencies|Services|Offices|Departments|Committees|Authorities)\b",
                          surface, re.I))


@lru_cache(maxsize=20_000)
def _about_membership(sentence: str) -> bool:
    return bool(_MEMBERSHIP.search(sentence))


def _kind_of_body(mt: Mention) -> str | None:
    """The English name most states' body of this name has ("Ministry of Foreign Affairs")."""
    return shared_english_name(mt.options, mt.surface)


# A school or academy a body runs, named before the body: the body is its owner, not a participant
_INSTITUTION_OF = re.compile(r"(?:академи[иейю]|университет[аеу]?|колледж[аеу]?|школ[ыеу])\s+$|"
                             r"\b(?:Academy|University|College|School)\s+of\s+(?:the\s+)?$", re.I)
# Who reports the meeting, not who takes part in it.
SOURCE = re.compile(r"(?:пресс-служб\w*|(?:сообща\w*|сообщил\w*)\s+(?:\w+\s+)?(?:в|во|из)|по данным|по информации|"
                     r"распространенн\w*|распространённ\w*|опубликованн\w*|(?:в|во)\s+(?:\w+\s+){0,2}(?:заявлении|"
                     r"сообщении|материале|пресс-релизе|публикации)|according to|as reported by|"
                     r"press (?:service|office|release) of|said in a (?:press )?(?:release|statement))\s+(?:[\w-]+\s+){0,2}$",
                     re.I)
# A sentence about who the members of an organisation are.
_MEMBERSHIP = re.compile(r"\b(?:объединяет|объединяют|включает|входят|являются членами|членами \w+ являются|comprises?|"
                         r"member[- ]?(?:states|nations|countries) (?:are|comprise|include)|brings together|consists of)\b",
                         re.I)


# the verb within the organisation's clause: after a closing quote it is the quoted speaker's («… ШОС», — заявил …)
_SPEECH = re.compile(r"^[^.;»”\"]{0,40}?\b(said|says|stated|stressed|called|welcomed|noted|urged|speaking|spoke|presented|"
                     r"proposed|заявил\w*|подчеркнул\w*|выступил\w*|отметил\w*|призвал\w*|предложил\w*|"
                     r"представил\w*)\b", re.I)


def _speaks(mt: Mention, si: SentenceInfo) -> bool:
    """ "The European Union, speaking the same day, called for ...": a speaker at the meeting."""
    after = si.sentence.text[mt.end - si.sentence.start :]
    before = si.sentence.text[: mt.start - si.sentence.start]
    return bool(_SPEECH.search(after)) and not re.search(r"\b(?:of|in|at|to|by|в|на|к|по)\s+(?:the\s+)?$", before)


_TOOK_PART = re.compile(r"\b(?:took part|participated|attended|were represented|was represented|joined the|met|gathered|"
                        r"provided (?:their|its) expertise|shared (?:their|its) (?:expertise|experience)|spoke at|"
                        r"took the floor|briefed (?:the )?participants|"
                        # "Participants included …", "EU officials include members from …": who was there
                        r"(?:participants|delegations?|officials|attendees|delegates)\s+(?:also\s+)?includ\w*|"
                        r"приняли участие|принял участие|приняла участие|участвовал\w*|присутствовал\w*|собрал\w*)",
                        re.I)
_REPRESENTATIVES = re.compile(r"(?:representatives?|delegations?|delegates|officials|observers|members|представител\w+|"
                              r"делегаци\w+)\s+(?:of|from|из|от)?\s*(?:the\s+)?(?:[\w-]+,?\s+){0,12}$", re.I)


# «при участии представителей Интерпола, МСЭ и УНП ООН», "with the participation of the ITU Secretary-General": a
# participation noun heads the list of those present; between it and the organisation only the list's own words
_PARTICIPATION_FRAME = re.compile(r"(?:(?:^|\s)(?:при|с)\s+участии|\bwith\s+the\s+participation\s+of|"
                                  r"\bin\s+the\s+presence\s+of)\b", re.I)
_LIST_WORDS = re.compile(r"(?:[\s,]|\b(?:и|а\s+также|and|as\s+well\s+as|the|of|from|из|от|представител\w*|делегаци\w*|"
                         r"экспертов|representatives?|delegations?|experts|officials|"
                         # a post of the organisation before or after it: "the ITU Secretary-General and …"
                         r"secretary-general|director-general|генеральн\w+\s+(?:секретар|директор)\w*)\b)*", re.I)


def _in_participation_list(mt: Mention, si: SentenceInfo) -> bool:
    """The organisation is in the list a participation noun opens, with only other parties and the list's own
    words between them."""
    base, text = si.sentence.start, si.sentence.text
    frames = [f for f in _PARTICIPATION_FRAME.finditer(text, 0, mt.start - base)]
    if not frames:
        return False
    between = "".join(" " if any(o.start <= base + i < o.end for o in si.mentions
                                 if o.type in ("state", "state-adjective", "organization", "agency")) else text[i]
                      for i in range(frames[-1].end(), mt.start - base))
    return _LIST_WORDS.fullmatch(between) is not None


def _takes_part(mt: Mention, si: SentenceInfo) -> bool:
    """ "Representatives of the European Union, the African Union and the OAS also took part": a party named
    as the subject of a participation verb, or among representatives."""
    text, rel = si.sentence.text, mt.start - si.sentence.start
    verb = _TOOK_PART.search(text)
    if not verb:
        return False
    before = text[:rel]
    clause = re.split(r"[;:]|,\s+(?:and|while|which|but|а|но|которые)\s", before)[-1]
    if _REPRESENTATIVES.search(clause):
        return True  # "... приняли участие делегации 120 государств, а также представители ООН, ОДКБ, ШОС"
    return verb.start() > rel and not re.search(r"\b(?:of|в|на|in|at|by|with|под)\s+(?:the\s+)?$", before)


_ORGANISED_BY = re.compile(
    # "co-organised by the Ministry ..., the GFCE, the World Bank and the CyberPeace Institute": the whole list
    r"(?:organi[sz]ed|co-organi[sz]ed|hosted|convened|sponsored|facilitated|supported)\s+(?:jointly\s+)?(?:by|with)"
    r"\b[^.;:]*$|(?:representatives?|delegations?|delegates?)\s+of\s+(?:the\s+)?$|(?:организован\w*|проведен\w*|при поддержке|при содействии|по приглашению|организатор\w*)\s+"
    r"(?:\w+\s+){0,2}$|"
    # «Организаторы – …, Министерство … совместно с Исполнительным комитетом …», "jointly with the OSCE"
    r"(?:совместно|совместн\w+)\s+с\s+(?:\w+\s+){0,1}$|\bjointly\s+with\s+(?:the\s+)?$|"
    # "with support from the World Bank and the ITU", "in partnership with the EU", "at the headquarters of the
    # League", «Организатором … выступил …»: who supports, co-organises or hosts the meeting
    r"\bwith\s+(?:the\s+)?(?:financial\s+|technical\s+|kind\s+)?support\s+(?:of|from)\b[^.;:]*$|"
    r"\bin\s+(?:partnership|co-?operation|collaboration)\s+with\s+(?:the\s+)?$|"
    r"\b(?:at|in)\s+the\s+(?:headquarters|premises|seat)\s+of\s+(?:the\s+)?$|"
    r"организатор\w*\b[^.;:]*\bвыступил\w*\s+$|"
    # "updates provided on recent developments by UNODC, the EU Commission, …": who briefed the meeting
    r"\b(?:provided|presented|delivered|given)\s+(?:[\w-]+\s+){0,5}by\b[^.;:]*$|"
    # «В штаб-квартире ООН в Вене …», «сообщает пресс-служба Исполкома СНГ»: the organisation hosts the meeting,
    # or its own press service reports it
    r"(?:^|\s)(?:в|во)\s+(?:штаб-квартир\w+|здани\w+|помещени\w+|резиденци\w+)\s+$|"
    r"(?:пресс-служб\w*|пресс-центр\w*|press\s+(?:service|office)\s+of)\s+(?:the\s+)?$", re.I)
_SUBJECT_ORGANISES = re.compile(r"[^.;]{0,100}?\b(?:organi[sz]ed|co-organi[sz]ed|hosted|convened|организовал\w*|"
                                r"провел\w*|принял\w*)\b", re.I)
# "the ASEAN region", "the INTERPOL report", "the UN Charter", «регион ШОС»: the organisation names a place or a
# document's author
_REGION_OR_DOCUMENT_AFTER = re.compile(r"^\s+(?:region|area|space|zone|report|reports|charter|convention|data|study|"
                                       r"survey|statistics)\b", re.I)
_DOCUMENT_BEFORE = re.compile(r"(?:^|\s)(?:регион\w*|пространств\w*|зон[аеуыо]\w*|конвенци\w*|устав\w*|доклад\w*|"
                              r"хартии|хартия|данны\w+)\s+$", re.I)
_ADDRESS_BEFORE = re.compile(r"(?:www\.|https?://\S*|@\S*)$", re.I)
_MEMBER_STATES_AFTER = re.compile(r"^\s*(?:member states|Member States)\b")
# "the SCO member states", "the GCC countries", «государств – участников СНГ», «стран ОДКБ» (in any case: «странам
# БРИКС», «в странах ШОС»): the organisation's members, whose bodies meet
_MEMBERS_AROUND = re.compile(r"^\s*(?:(?:member\s+)?(?:states|countries|nations)|participating\s+states|’s|'s)\b",
                             re.I)
_MEMBERS_BEFORE = re.compile(r"(?:стран\w*|государств\w*)(?:\s*[-–—]?\s*(?:член\w*|участни\w*))?\s+$|"
                             r"\bmember\s+(?:states|countries)\s+of\s+(?:the\s+)?$", re.I)


# "the United Nations Global Mechanism on ICT security": the organisation opens the name of a process, which is
# what the text links to
# ("the United Nations (UN) Open-Ended Working Group", "the European Union Advisory Mission to …"), or of a body of
# its own ("the UN Counter-Terrorism Office", "the ECOWAS Commission", "the NATO … Centre of Excellence")
_OWNS_NAME_AFTER = re.compile(r"(?:\s*\([A-Z][\w.-]{0,11}\))?\s+(?:[A-Z][\w-]*\s+){0,4}(?:Mechanism|Group|Programme|"
                              r"Dialogue|Forum|Committee|Conference|Process|Initiative|Network|Council|Assembly|Summit|"
                              r"Mission|Partnership|Office|Commission|Centre|Center|Agency|Task\s+Force|Project|"
                              r"Fund)\b")


# «создать Альянс БРИКС по кибербезопасности», «Центра ШОС по информационной безопасности»: the organisation sits
# inside the name of a body of its own, between a capitalised head inside the sentence and the topic it ends on
# (in the sentence reporting the meeting that body may be the meeting's own forum, which the organisation holds)
_INSIDE_RU_NAME_BEFORE = re.compile(r"(?<=[^\W\d]\s)[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,3}\s+$")
_TOPIC_AFTER_RU = re.compile(r"\s+по\s+[а-яё]")


def _secretariat_of(mt: Mention, vocab: Vocabulary):
    """The organisation whose secretariat the mention names ("SCO Secretariat", «Секретариат ОДКБ»)."""
    e = mt.entity
    if e is None or not (e.parent_org or e.part_of) or not re.search(
            r"secretariat|секретариат", " ".join(t for t, _ in e.labels), re.I):
        return None
    return vocab.get(e.parent_org or e.part_of)


def organisation_takes_part(name, si: SentenceInfo) -> bool:
    """An organisation (known, or a candidate with `start`/`end`) that organises, speaks at or is among those
    taking part in what the sentence reports; one merely named does not."""
    return _organises(name, si) or _speaks(name, si) or _takes_part(name, si)


def _organises(mt: Mention, si: SentenceInfo) -> bool:
    """ "organised by the Council of Europe", "the OSCE's conference", "25 OAS Member States",
    «государств – членов ШОС»: an organisation that holds, hosts or owns the meeting takes part as such."""
    before = si.sentence.text[: mt.start - si.sentence.start]
    after = si.sentence.text[mt.end - si.sentence.start :]
    if _ORGANISED_BY.search(before):
        return True
    if _SUBJECT_ORGANISES.match(after) and re.fullmatch(_CO_SUBJECTS, _without_other_organisations(mt, si), re.I):
        return True  # "The ECOWAS Commission, in partnership with …, organised the fourth meeting"
    if _LOCATIVE_IN.search(before) and _HELD_HERE.search(after) and _locative(mt.surface):
        return True  # «в Исполнительном комитете СНГ в Минске состоялось заседание»: where it met, so the host
    if _at_its_seat(mt, si):
        return True  # "6-8 June 2012, Council of Europe, Strasbourg": the venue line names the host's premises
    # members of it meet: only in a sentence about the meeting, not in a document's title
    about_meeting = bool(word_norms(si) & (MEETING_NOUNS | EVENT_VERBS) or _TOOK_PART.search(si.sentence.text))
    members = bool(_MEMBERS_AROUND.match(after) or _MEMBERS_BEFORE.search(before))
    # «Эксперты стран-участниц СНГ обговорили …», «Главы МВД стран СНГ одобрили …»: the members' people or
    # bodies are the subject of what the sentence reports
    return members and about_meeting or _opens_subject(before)


@lru_cache(maxsize=20_000)
def _opens_subject(before: str) -> bool:
    """The organisation closes the sentence's opening noun phrase: a few Russian words, no verb, no comma, the
    first a noun in the plural («Эксперты стран-участниц», «Главы МВД стран») or a council («Совет глав МВД стран»)."""
    words = re.findall(r"[А-ЯЁа-яё-]+", before)
    if not 1 <= len(words) <= 6 or re.search(r"[,:;«»\"()]", before) or not is_cyrillic(before):
        return False
    if any(p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND", "PREP") for w in words for p in parses(w.lower())[:1]):
        return False
    heads = parses(words[0].lower())[:3]  # «Главы» reads first as a genitive singular
    return any(h.tag.POS == "NOUN" and "nomn" in h.tag and "plur" in h.tag for h in heads) \
        or words[0].lower() == "совет"


def _at_its_seat(mt: Mention, si: SentenceInfo) -> bool:
    """The organisation is followed by a comma and a city in a line that dates the meeting: where it was held."""
    base, text = si.sentence.start, si.sentence.text
    comma = re.match(r",\s*", text[mt.end - base :])
    return bool(comma and si.dates and len(text) < 120) and any(
        x.type == "place" and x.start - base == mt.end - base + comma.end() for x in si.mentions)


# the subject is the organisation, or a list of organisations, after a dateline at most
_CO_SUBJECTS = r"\W*(?:the\s+)?(?:(?:,|and|и)\s*(?:the\s+)?)*"
_DATELINE = re.compile(r"^[^.;]*?(?::|\s[—–-])\s")
_LOCATIVE_IN = re.compile(r"(?:^|\s)(?:в|во)\s+$")
_HELD_HERE = re.compile(r"^[^.;]{0,60}?\b(?:состоял\w*|прош(?:ел|ло|ла|ли)|проходил\w*|проведен\w*)\b", re.I)


def _locative(surface: str) -> bool:
    """The name's first word is in the locative («Исполнительном комитете»)."""
    first = surface.split()[0].lower()
    return is_cyrillic(first) and any("loct" in p.tag for p in parses(first)[:2])


def _without_other_organisations(mt: Mention, si: SentenceInfo) -> str:
    """The sentence before the organisation, without a dateline ("Addis Ababa, 12 April 2018: ") and without
    the other organisations named before it ("The AU Commission and the Council of Europe jointly organized")."""
    base, text = si.sentence.start, si.sentence.text
    before = text[: mt.start - base]
    for o in sorted(si.mentions, key=lambda o: -o.start):
        if o.type == "organization" and o.end <= mt.start and o is not mt:
            before = before[: o.start - base] + before[o.end - base :]
    dateline = _DATELINE.match(before)
    return before[dateline.end() :] if dateline and not re.search(r"\b(?:organi[sz]ed|held|hosted)\b", dateline[0]) \
        else before


def _listed_with_states(mt: Mention, si: SentenceInfo) -> bool:
    """ "... of 30 countries and the European Union": an organisation listed among the parties."""
    before = si.sentence.text[: mt.start - si.sentence.start]
    if re.search(r"\b(?<!United\s)(?:countries|states|nations|государств|стран)\s*(?:,|and|и|as well as|а также)\s*"
                 r"(?:the\s+)?$",
                 before, re.I):
        return True
    after = si.sentence.text[mt.end - si.sentence.start :]
    for other in si.mentions:  # "The European Union and the United Kingdom held ...": a party before a state
        if other.type == "state" and other.start >= mt.end:
            between = si.sentence.text[mt.end - si.sentence.start : other.start - si.sentence.start]
            if re.fullmatch(r"\s*(?:,|and|и)\s*(?:the\s+)?", between, re.I) and not re.match(r"['’]s", after):
                return True
    for other in si.mentions:
        if other.type == "state" and other.end <= mt.start:
            between = si.sentence.text[other.end - si.sentence.start : mt.start - si.sentence.start]
            if re.fullmatch(r"\s*(?:,|and|и|as well as|а также)\s*(?:the\s+)?", between, re.I):
                return True
    return False


def _in_post(mt: Mention, si: SentenceInfo) -> bool:
    """The organisation is a person's: named in the post before or after the person's name."""
    base = si.sentence.start
    for p in si.persons:
        # "Anna Rossi, Deputy Managing Director for Peace, Security and Defence, European External Action
        # Service": a long post after the name ends at the organisation
        if 0 <= p.start - mt.end < 40 or 0 <= mt.start - p.end < 60 or 0 <= mt.start - p.end < 140 and re.fullmatch(
                _LONG_POST_AFTER, si.sentence.text[p.end - base : mt.start - base]) and not any(
                q is not p and p.end <= q.start <= mt.start for q in si.persons):
            between = si.sentence.text[min(p.end, mt.end) - base : max(p.start, mt.start) - base]
            between = _ACRONYM.sub("", between) if p.start > mt.end else between  # "… Crime (UNODC) Jane Doyle"
            if POST_RU.search(between + " " + mt.surface) or POST_EN.search(between) or len(between.strip()) < 3:
                return True
            # "The Head of … of the African Union Commission, Dr Amina Diallo-Koné, chaired …": the post ends at the
            # organisation, the name follows after a comma and a title
            if p.start > mt.end and re.fullmatch(_BODY_THEN_NAME, between) and \
                    POST_EN.search(si.sentence.text[max(0, mt.start - base - 120) : mt.start - base]):
                return True
        # "The Acting Head of Cooperation of the European Union to Nigeria, Mr Ruben Alba": the post names the
        # organisation, the person follows the post after a comma
        if 0 < p.start - mt.end < 100 and _POST_OF.search(si.sentence.text[max(0, mt.start - base - 80) : mt.start - base]) \
                and re.search(_TITLE_AFTER_COMMA, si.sentence.text[mt.end - base : p.start - base]) \
                and not any(q is not p and mt.end <= q.start < p.start for q in si.persons):
            return True
    return False


_ACRONYM = re.compile(r"^\s*\([^()]{1,15}\)")
# ", Director for Security Policy at the …", ", Deputy Secretary-General, …": a post after the name that ends at
# the organisation
_LONG_POST_AFTER = re.compile(r",[^.;()]*,\s*(?:the\s+)?|,[^.;()]*\b(?:at|of|for|from|in)\s+(?:the\s+)?")
_TITLE_AFTER_COMMA = r",\s*(?:(?:Dr|Mr|Ms|Mrs|Prof|H\.E\.|г-н|г-жа)\.?\s+)?$"
# "…, ECOWAS Commission, Mr Sediko Douka": the organisation (or its body's name) closes the post
_BODY_THEN_NAME = re.compile(r"\s*(?:[A-Z][\w&-]*\s*){0,3}" + _TITLE_AFTER_COMMA)
# "Head of Cooperation of the", "Director General at the": a post word and its complement up to the organisation
_POST_OF = re.compile(r"\b(?:Head|Director|Secretary|Commissioner|Chief|Representative|Ambassador|Coordinator|"
                      r"President|Chair\w*)\b[^,.;()]{0,50}\b(?:of|at|for)\s+(?:the\s+)?$")


_AGENCY = re.compile(r"\bAgency\b|\bагентств", re.I)


def parents_take_part(m: MeetingFact, vocab: Vocabulary) -> None:
    """A body of an organisation that takes part (the EEAS, UNODC, the AU Commission) brings its organisation:
    the officials of a commission or an office act for the organisation it is part of. An agency (Europol,
    ENISA) is a specialised body with its own mandate and takes part as itself."""
    for mt in list(m.organizations.values()):
        if mt.entity is None or any(_AGENCY.search(n) for n in mt.entity.all_names()):
            continue
        parent = vocab.get(mt.entity.part_of)
        if parent is not None and parent.type == "organization" and parent.iri not in m.organizations:
            m.organizations[parent.iri] = Mention(parent, "organization", 0, 0, 0, 0, parent.name_en, "forum")
            m.processes.pop(parent.iri, None)


# «проект решения Совета министров обороны ОДКБ», "the draft decision of the Council of Heads of State": the act
# a council is to take, which the meeting prepares for it; the council is a process the meeting works towards
_DRAFT_ACT = re.compile(r"(?:проект\w*|draft)\s+(?:решени\w*|постановлени\w*|заявлени\w*|decisions?|resolutions?|"
                        r"statements?)\s+(?:of\s+(?:the\s+)?)?(?:[^.;]{0,80}\s(?:и|and)\s+(?:the\s+)?)?$", re.I)


def drop_names_inside_titles(m: MeetingFact, doc_spans: list[tuple[int, int]]) -> None:
    """A body named only inside a document's title ("the 2015 report of the United Nations Group ...",
    "резолюцией Генеральной Ассамблеи ООН 75/240") is part of the title, not a process the meeting links to."""
    def inside(mt: Mention, si: SentenceInfo) -> bool:
        base = si.sentence.start
        return any(a <= mt.start and mt.end <= b and not (
            mt.type == "process" and (_DRAFT_ACT.search(si.sentence.text[max(0, a - base - 120) : mt.start - base])
                                      or addressed_in_title(si.sentence.text[max(0, a - base) : mt.start - base],
                                                            mt.surface)))
            for a, b in doc_spans)

    for iri in list(m.processes):
        said = [(mt, si) for mt, role, si in m.mentions if role == "process" and mt.entity is not None
                and mt.entity.iri == iri]
        if said and all(inside(mt, si) for mt, si in said):
            said = [mt for mt, _ in said]
            del m.processes[iri]
            m.mentions = [(mt, role, si) for mt, role, si in m.mentions if not (role == "process" and mt in said)]
