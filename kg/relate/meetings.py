"""Meetings: which sentences report a meeting, and everything each meeting has.

An announcement may report several meetings (a call on a president, then a
round of consultations the next day; a meeting and talks on its sidelines) or
none (a decree). A sentence that reports a meeting with a new date, or talks on
the sidelines of one already reported, opens a new meeting; the sentences after
it, up to the next such sentence, describe it.

This module cuts the text into meetings, dates and places them, and fills each
one by running the stages in order (`_fill`): the forum (forums.py), people and
chairs (chairs.py), participants and processes (participants.py, process_links.py), documents
(documents.py) and the follow-up (followups.py). The records are in facts.py,
the words all stages share in cues.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.link import Mention, shared_english_name
from kg.nlp.dates import RELATIVE_YEAR, month_number, published_year
from kg.nlp.text import is_cyrillic, normal_tokens
from kg.relate.candidates import candidates_take_part, find_candidates, organisations_take_part, party_to
from kg.relate.chairs import CHAIR_WORD, people, people_across_meetings
from kg.relate.cues import (
    ADHOC_NOUNS,
    HYBRID,
    IN_PERSON,
    MECHANISM_NOUNS,
    MEETING_NOUNS,
    ONLINE,
    SIDELINES,
    SITTING_NOUNS,
    word_norms,
)
from kg.relate.document_references import settle_documents
from kg.relate.documents import carry_list_roles, find_documents, headline_title
from kg.relate.facts import ChairFact, DocumentFact, FollowUpFact, MeetingFact
from kg.relate.followups import follow_up, follow_up_to_latest, is_follow_up, of_another_forum
from kg.relate.forum_names import find_forum_name_en, find_forum_name_ru
from kg.relate.forums import (
    bilateral_forum,
    consultations_name,
    forum_mention,
    in_their_era,
    mechanism_phrase,
    meeting_kind,
    named_forum,
    named_forum_ru,
    ordinal,
    ordinal_before_forum,
    organ_in,
)
from kg.relate.joint_sittings import joint_sitting
from kg.relate.meeting_dates import (
    WEEKDAY,
    date_of,
    days_apart,
    month_of,
    next_to,
    within,
    year_of,
)
from kg.relate.meeting_reports import (
    FUTURE,
    announced,
    call_on_leader,
    event_verb,
    exchanged_papers,
    meeting_with_someone,
    recalls_several,
    reports_meeting,
    signed_on_the_margins,
)
from kg.relate.owners import drop_home_guesses, fold_units
from kg.relate.participants import drop_names_inside_titles, parents_take_part, place_mention
from kg.relate.process_links import linked_names
from kg.relate.venues import meeting_place
from kg.understand import Doc, Resources, SentenceInfo, home_state

# The records and the follow-up test stay importable from here, where callers have always found them.
__all__ = ["ChairFact", "FollowUpFact", "MeetingFact", "find_meetings", "is_follow_up"]


# «решение о проведении данной конференции было принято … 10 ноября»: a sentence about this very meeting
# (its background dated otherwise) starts no other
_THIS_MEETING = re.compile(r"\b(?:данн|настоящ)\w+\s+(?:конференци|встреч|заседани|форум|мероприяти|сесси)\w*|"
                           r"\bthis\s+(?:conference|meeting|session|forum|event|dialogue)\b", re.I)
# «Решение о его проведении было принято на сессии … 16 сентября 2021 года», "the idea was put forward at …": where
# the meeting was decided, told for context
_DECIDED_BEFORE = re.compile(r"\b(?:было|были|была|был)\s+(?:принят\w*|решено|выдвинут\w*|одобрен\w*|утвержден\w*)|"
                             r"\b(?:was|were|had\s+been)\s+(?:decided|taken|agreed|proposed|launched|put\s+forward)\b",
                             re.I)
# "The plenary session preceded the Octopus Conference (16-18 November)": the meeting reported, as the subject, set
# before another event, which is a process it links to, not a meeting of the text ("It was preceded … by the
# plenary of …" may go on to report that plenary, so the passive is left out)
_BESIDE_ANOTHER = re.compile(r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,3}preceded\s+(?:the\s+)?[A-Z]")


def find_meetings(doc: Doc, res: Resources) -> list[MeetingFact]:
    ann = doc.announcement
    pub_year = published_year(ann.published)
    rel_year = pub_year if pub_year and any(RELATIVE_YEAR.search(s.sentence.text) for s in doc.sents) else None
    body = [s for s in doc.sents if s.sentence.text.strip()]
    title = body[0] if body and not body[0].sentence.text.rstrip().endswith((".", ":")) else None
    meetings: list[MeetingFact] = []
    current: MeetingFact | None = None
    heading_dated: set[int] = set()  # meetings dated by a line that reports no meeting held ("… Statement 03.06.2024")
    for si in body:
        if is_follow_up(si):
            if current:
                current.sentences.append(si)
                current.follow_up = follow_up(si, pub_year or year_of(current.date))
            continue
        eve = current is not None and current.date and si is not title and bool(
            _RECEIVED_THE_DAY_BEFORE.search(si.sentence.text))
        reports = si is not title and (reports_meeting(si) or bool(eve))
        date = date_of(si, doc, pub_year or rel_year) if reports else None
        if eve and date is None:
            date = next_to(current.date, -1)  # «Накануне секретаря Совбеза принял президент …»
        if reports and not announced(si, doc, date):
            if date is None and current is not None and current.date and _NEXT_DAY.search(si.sentence.text):
                date = next_to(current.date, 1)  # «На следующий день …», "The following day …"
            same_day = date is None and current is not None and _SAME_DAY.search(si.sentence.text)
            sidelines = bool(SIDELINES.search(si.sentence.text)) and bool(word_norms(si) & (ADHOC_NOUNS | {"talk"}))
            # a further meeting needs its own people or its own forum: a date in a clause about a document
            # is not one
            # (of the same year: "concluded on 15 October 2016, where the 8th BRICS Summit was taking place"
            # recalls the background, not a meeting of the text)
            other_forum = current is not None and _another_forum(si, current.trigger) and not (
                date and current.date and year_of(date) and year_of(current.date)
                and year_of(date) != year_of(current.date))
            new = current is None or eve or (date and current.date and date != current.date
                                      and (si.persons or _own_sitting(si, date, current.date) or other_forum)
                                      and not _THIS_MEETING.search(si.sentence.text)
                                      and not _DECIDED_BEFORE.search(si.sentence.text)
                                      and not _BESIDE_ANOTHER.search(si.sentence.text)
                                      and not within(date, current.date) and not within(current.date, date)
                                      ) or (sidelines and current is not None) or (
                other_forum and _forum_named(current.trigger) is not None and _SAME_DAY.search(si.sentence.text) is not None
            ) or (current is not None and not date and not current.date and _another_weekday(si, current.trigger)
                  and event_verb(si))
            # a call on the host's head of state beside a forum's meeting is a one-off meeting of its own
            leader_call = current is not None and call_on_leader(si) and not call_on_leader(current.trigger) \
                and not meeting_with_someone(current.trigger)
            if leader_call:
                new = True
            acts = event_verb(si) or exchanged_papers(si)  # a dated act, not a heading
            if new and current is not None and id(current) in heading_dated and acts and date \
                    and len(current.sentences) <= 1 and not eve:
                new = False  # the heading announced this very meeting: the report dates it (below)
            if new:
                current = MeetingFact(si)
                current.date = date or (meetings[-1].date if (sidelines or same_day or leader_call) and meetings else None)
                current.adhoc = sidelines or leader_call
                current.sidelines = sidelines
                meetings.append(current)
                if date and not acts:
                    heading_dated.add(id(current))
            elif date and (current.date is None or ("/" in date and within(current.date, date))):
                current.date = date  # a session is dated by the whole session once the text gives it
            elif date and acts and id(current) in heading_dated:
                # "Joint Statement on the Third … Dialogue 03.06.2024" then "On 24 May 2024, Chile
                # hosted …": the date of a line with no verb of meeting yields to the sentence that reports it
                current.date = date
                heading_dated.discard(id(current))
        if current and not reports and len(meetings) > 1 and _back_to(si, meetings[-2], current):
            current = meetings[-2]  # "Opening remarks at the conference …": the text returns to the earlier event
        if current:
            current.sentences.append(si)
    if not meetings and title is not None and reports_meeting(title) and not announced(title, doc, None):
        # «Выступление … в ходе четвертой сессии Специального комитета ООН … (29 августа – 2 сентября)»: only the
        # heading says which meeting the text belongs to
        current = MeetingFact(title)
        current.date = date_of(title, doc, pub_year or rel_year)
        current.sentences = [si for si in body if not is_follow_up(si)]
        meetings.append(current)
    if not meetings:
        fallback = _told_in_passing(body, doc, pub_year or rel_year)
        if fallback is not None:
            current = MeetingFact(fallback)
            current.date = date_of(fallback, doc, pub_year or rel_year)
            current.sentences = [si for si in body if not is_follow_up(si)]
            meetings.append(current)
    if meetings:
        # what comes before the first report (a heading, "the talks were led by ...") describes it
        lead = [si for si in body if si.sentence.start < meetings[0].trigger.sentence.start and not is_follow_up(si)]
        meetings[0].sentences[:0] = lead
    follow_up_to_latest(meetings)
    home = home_state(doc)
    year_hint = pub_year or next((year_of(m.date) for m in meetings if year_of(m.date)), None)
    cut_off = body[-1] if body and doc.text.rstrip()[-1:].isalpha() else None  # the page ends mid-word
    named = {id(si): find_documents(si, doc.lang, res.vocab, year_hint, si is cut_off) for si in body}  # read once
    carry_list_roles(body, named)
    for m in meetings:
        _fill(m, doc, res, home, title, named)
    meetings = [x for m in meetings for x in [m, *joint_sitting(m)]]
    for prev, m in zip(meetings, meetings[1:], strict=False):
        _carry_over(prev, m)
    people_across_meetings(meetings)
    return meetings


_AT_VENUE = re.compile(r"\b(?:conference|forum|summit|конференц\w*|форум\w*)\s+(?:cent(?:er|re)|hall|room|зал\w*|центр\w*)\b",
                       re.I)


def _told_in_passing(body: list[SentenceInfo], doc: Doc, year: int | None) -> SentenceInfo | None:
    """A text that reports no meeting in so many words may still be about one: "Results of the conference are
    summarised …", «Саммит ШОС» over a declaration's news. The first sentence naming a meeting, or a forum
    that meets, and not one to come, is its report, unless the text announces anything ahead."""
    if any(FUTURE.search(si.sentence.text) for si in body):
        return None  # a preview: what it names is still to come
    for si in body:
        if is_follow_up(si) or _AT_VENUE.search(si.sentence.text) or recalls_several(si) \
                or announced(si, doc, date_of(si, doc, year)):
            continue  # "at the National Conference Centre": a building, not a meeting
        if word_norms(si) & MEETING_NOUNS or any(m.type == "process" and m.entity is not None and m.entity.meeting_kind
                                                 for m in si.mentions):
            return si
    return None


_MONTH_IN = re.compile(r"\b(?:in|в)\s+(January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|"
                       r"ноябре|декабре)\b", re.I)


# A season names when the sentence's own event happened ("весной", "in spring").
_SEASON = re.compile(r"\b(?:(весной|летом|осенью|зимой)|(?:in|last|this)\s+(spring|summer|autumn|fall|winter))\b", re.I)
_SEASON_MONTHS = {"весной": {3, 4, 5}, "летом": {6, 7, 8}, "осенью": {9, 10, 11}, "зимой": {12, 1, 2},
                  "spring": {3, 4, 5}, "summer": {6, 7, 8}, "autumn": {9, 10, 11}, "fall": {9, 10, 11},
                  "winter": {12, 1, 2}}


# The day of the report, not of an act: "..., the ministry said Aug. 14", «..., сообщили 14 августа»
_REPORTED_ON = re.compile(r"\b(?:said|says|announced|reported|stated|told\s+\w+|сообщил\w*|заявил\w*|сообщает|"
                          r"рассказал\w*)\s+(?:on\s+)?$", re.I)


def _dated_elsewhen(si: SentenceInfo, meeting_date: str | None, titles: tuple[tuple[int, int], ...] = ()) -> bool:
    """The sentence dates its own event to another year, or another day, than the meeting's. A date inside a
    document's title (`titles`, absolute spans) is the title's own («Доклад … о деятельности в 2014 году»)."""
    if not meeting_date:
        return False
    start, _, end = meeting_date.partition("/")
    base = si.sentence.start
    text = "".join(" " if any(a <= base + i < b for a, b in titles) else ch for i, ch in enumerate(si.sentence.text)) \
        if titles else si.sentence.text
    for d in (d for d in si.dates if not any(a <= d.start < b for a, b in titles)):
        if d.day and d.month and not _REPORTED_ON.search(si.sentence.text[: d.start - si.sentence.start]):
            day = f"{d.month:02d}-{d.day:02d}"
            if not (start[-5:] <= day <= (end or start)[-5:]):
                return True  # "on 14 May 2010 the two Governments signed ...", the meeting being in October
    months = {int(x[-5:-3]) for x in (start, end) if x}
    named = _MONTH_IN.search(text)
    if named and month_number(named[1]) not in months:
        return True  # "when they adopted it in April", the meeting being in September
    season = _SEASON.search(text)
    if season and not months & _SEASON_MONTHS[(season[1] or season[2]).lower()]:
        return True  # "отмеченную весной принятием докладов", the meeting being in June
    if meeting_date.startswith("--"):
        return False
    year = meeting_date[:4]
    return any(d.year and str(d.year) != year for d in si.dates if not any(a <= d.start < b for a, b in titles)) or bool(
        re.search(r"\b(?:in|в)\s+((?:19|20)\d{2})\b", text) and not re.search(rf"\b{year}\b", si.sentence.text))


def _one_per_title(docs: list[DocumentFact]) -> list[DocumentFact]:
    """The same document named twice is one document; the act (signed, adopted…) beats a reference."""
    best: dict[str, DocumentFact] = {}
    for d in docs:
        key = re.sub(r"\W+", " ", d.title.lower()).strip()
        if key not in best or (best[key].role == "referenced" and d.role != "referenced"):
            best[key] = d
    return [d for d in docs if best.get(re.sub(r"\W+", " ", d.title.lower()).strip()) is d]


# "the two Ministers co-chaired …", «министры провели …»: the persons of the meeting before, named again
_THE_SAME_PERSONS = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:ministers|secretaries|heads|leaders|officials|co-chairs)\s+(?:also\s+|then\s+)?"
    r"(?:co-?chaired|chaired|led|held|opened)\b|"
    r"\b(?:оба|обе|эти|те\s+же)?\s*(?:министры|секретари|руководители|главы|сопредседатели)\s+(?:также\s+|затем\s+)?"
    r"(?:провели|возглавили|открыли|сопредседательствовали)", re.I)


def _carry_over(prev: MeetingFact, m: MeetingFact) -> None:
    """Talks on the sidelines, or the next day of the same visit, happen where the previous meeting did; "the
    two Ministers co-chaired" the next meeting: the chairs of the one before chair it."""
    if not m.chairs and prev.chairs and _THE_SAME_PERSONS.search(m.trigger.sentence.text):
        m.chairs = list(prev.chairs)
        for c in prev.chairs:
            if c.state:
                m.states.setdefault(c.state, m.trigger)
            said = prev.agencies.get(c.agency.iri) if c.agency is not None else None
            if said is not None:
                m.agencies.setdefault(c.agency.iri, said)
    close = m.sidelines or (m.date and prev.date and days_apart(prev.date, m.date) <= 3)
    if not close or m.location is not None or prev.location is None:
        return
    m.location = prev.location
    if m.format is None:
        m.format = "in-person"
    if m.sidelines and prev.forum is not None and prev.forum.type == "process":
        m.processes.setdefault(prev.forum.iri, Mention(prev.forum, "process", 0, 0, 0, 0, prev.forum.name_en,
                                                       "sidelines"))


def _own_sitting(si: SentenceInfo, date: str, current: str) -> bool:
    """A sitting of a named forum, or a numbered sitting held, in the same season ("an organisational meeting of
    the Committee held on 24 February", before a session that opened on 28 February); not a background event of
    another year."""
    if not (word_norms(si) & MEETING_NOUNS and (any(m.type == "process" for m in si.mentions)
                                                or event_verb(si) and ordinal(si) is not None)):
        return False  # a named forum's sitting, or a numbered one held ("held the first … cyber dialogue")
    if date[:4] != current[:4] or date.startswith("--") != current.startswith("--"):
        return False
    return abs(month_of(date) - month_of(current)) <= 2


def _fill(m: MeetingFact, doc: Doc, res: Resources, home: str | None, title: SentenceInfo | None,
          named: dict[int, list[DocumentFact]]) -> None:
    vocab = res.vocab
    triggers = ([title] if title and title in m.sentences else []) + [m.trigger]
    main = [s for s in m.sentences if not is_follow_up(s)]
    # forum
    if exchanged_papers(m.trigger) or signed_on_the_margins(m.trigger):
        m.adhoc = True  # an exchange of papers "at the Shangri-La Dialogue", a signing on the margins of the UNGA:
        # the two sides' act, not the forum's
    if not m.adhoc:
        for si in triggers:
            fm = forum_mention(si)
            if fm:
                m.forum, m.forum_mention = fm.entity, fm
                break
    if m.forum is None and not m.adhoc:
        organ = organ_in(triggers)
        if organ:
            m.forum, m.forum_mention = organ.entity, organ
    trig_norms = word_norms(m.trigger)
    if m.forum is None and (m.adhoc or trig_norms & ADHOC_NOUNS and not trig_norms & {"консультация", "consultation"}
                            or not trig_norms & MEETING_NOUNS and not _names_a_forum(triggers)
                            or meeting_with_someone(m.trigger)):
        m.adhoc = True
    # ordinal, format, location
    for si in triggers:
        m.ordinal = m.ordinal or ordinal(si)
    if m.ordinal is None and m.forum is not None and m.forum.meeting_kind in ("conference", "summit"):
        m.ordinal = ordinal_before_forum(m, main)  # "the 21st Plenipotentiary Conference"
    if m.ordinal is None and m.forum is not None:
        m.ordinal = ordinal_before_forum(m, triggers)  # "during the seventh India-EU Cyber Dialogue in Brussels"
    if m.ordinal is None and m.forum is not None:
        # "The eighteenth annual meeting of the IGF closed today": an undated sentence naming this forum,
        # not one recalling an earlier meeting
        for si in main:
            if si not in triggers and not si.dates and not _EARLIER_MEETING.search(si.sentence.text) and any(
                    mt.entity is m.forum for mt in si.mentions):
                m.ordinal = ordinal(si)
                if m.ordinal:
                    break
    text = " ".join(s.sentence.text for s in main)
    online, hybrid = ONLINE.search(text), HYBRID.search(text)
    m.location = meeting_place(m, doc, res, triggers, main, title)
    if hybrid or (online and IN_PERSON.search(text)):
        m.format = "hybrid"
    elif online:
        m.format = "online"
        if m.location is not None and not any(mt.entity is m.location for si in triggers for mt in si.mentions):
            m.location = None  # an online meeting sits nowhere: a city named elsewhere is a host's or another event's
    elif m.location is not None and m.location.type != "state" or IN_PERSON.search(text):
        m.format = "in-person"  # a country alone ("hosted by Kenya") does not say it met in person
    # persons and chairs
    people(m, main)
    # mentions: states, organisations, agencies, processes
    for si in main:
        for mt in si.mentions:
            place_mention(m, mt, si, home, vocab, doc.publisher_state)
    if m.forum is not None:
        body = m.forum.type == "organization"  # an organisation's body meets: its organisation takes part
        # and so does the body itself, as an organisation with its own secretariat (the Inter-American Committee
        # against Terrorism), unless it is a deliberative organ whose sessions the member states hold (the UNGA)
        for org_iri in (m.forum.parent_org, m.forum.counterpart_org,
                        m.forum.part_of if m.forum.holds_sessions or body else None,
                        m.forum.iri if body and not m.forum.holds_sessions else None):
            org = vocab.get(org_iri)
            if org and org.iri not in m.organizations:
                m.organizations[org.iri] = Mention(org, "organization", 0, 0, 0, 0, org.name_en, "forum")
                m.processes.pop(org.iri, None)
        for iso3 in m.forum.involves_states:
            m.states.setdefault(iso3, m.trigger)
    for c in m.chairs:
        if c.state:
            m.states.setdefault(c.state, c.sentence)
    drop_home_guesses(m, home)
    fold_units(m)
    for a in m.agencies.values():
        if a.entity and a.entity.state:
            m.states.setdefault(a.entity.state, m.trigger)
    mechanism = word_norms(m.trigger) & MECHANISM_NOUNS or (title is not None and word_norms(title) & MECHANISM_NOUNS)
    if m.forum is None and not m.adhoc and mechanism:
        bilateral_forum(m, res)
    # a proper name in the text beats one made from the two states; the trigger may be a headline, so the
    # sentences that report the meeting are read too
    # the meeting's own report first: a headline may name the text's other meeting
    naming = [m.trigger] + ([title] if title is not None else []) + [
        si for si in main if si not in triggers and si is not title and reports_meeting(si)
        and not FUTURE.search(si.sentence.text)][:3]
    if m.forum is None and not m.adhoc:
        named_forum(m, naming)
    if m.forum is None and m.forum_candidate is None and not m.adhoc:
        named_forum_ru(m, naming, res)
    if m.forum is None and m.forum_candidate is None and not m.adhoc:
        # the report calls it by its genre ("the ministerial meeting held …"); a sentence before or after names
        # it in full on the same head ("… during the ministerial meeting of ASEAN member states and Japan")
        named_forum(m, [s for s in main if s.sentence.start < m.trigger.sentence.start and s is not title] + [
            s for s in main if s.sentence.start > m.trigger.sentence.start and not FUTURE.search(s.sentence.text)],
                    heads=word_norms(m.trigger) & MEETING_NOUNS | _owning_genre(m.trigger))
    if m.forum is None and m.forum_surface:
        _inside_forum_name(m)
    if m.forum is None and m.forum_candidate is None and not m.adhoc and len(m.states) == 2 \
            and word_norms(m.trigger) & MECHANISM_NOUNS - {"раунд", "round"}:
        lead = " ".join(s.sentence.text for s in m.sentences if s.sentence.start < m.trigger.sentence.start)
        m.forum_candidate = consultations_name(m, res, " ".join(s.sentence.text for s in triggers), lead)
        m.forum_surface = mechanism_phrase(m.trigger)
    if m.ordinal is None and m.forum is None and m.forum_candidate:
        # «… приняли участие в очередной встрече в Москве. В Москве 5 ноября состоялась 13-я встреча …»: another
        # sentence reporting this meeting, on its day or undated, numbers it
        for si in main:
            if si not in triggers and reports_meeting(si) and not _EARLIER_MEETING.search(si.sentence.text) and (
                    not si.dates or m.date and date_of(si, doc, year_of(m.date)) == m.date):
                m.ordinal = ordinal(si)
                if m.ordinal:
                    break
    in_their_era(m, res, year_of(m.date) or published_year(doc.announcement.published))
    m.kind = meeting_kind(m)
    # copies: settling changes roles, and a sentence's documents also serve other meetings as antecedents
    # (follow-up sentences too: "... подготовке к заседанию, которое состоится в ноябре" names documents as well)
    found = [replace(d) for si in m.sentences if si is not title for d in named.get(id(si), [])]
    earlier = [d for docs in named.values() for d in docs]  # what "the Protocol" may refer back to
    m.documents = _one_per_title(settle_documents(found, earlier, m.forum.iri if m.forum else None, res.vocab,
                                                  headline_title(doc.announcement.title)))
    for d in m.documents:
        titles = tuple((x.start, x.end) for x in m.documents if x.sentence is d.sentence)
        if d.role in ("signed", "adopted") and _dated_elsewhen(d.sentence, m.date, titles):
            d.role = "referenced"  # "on 14 May 2010 the Governments signed ...": an earlier act
    doc_spans = [(d.start, d.end) for d in m.documents]
    forum_span = [m.forum_surface[1:]] if m.forum_surface else []
    m.candidate_processes = linked_names(m, [si for si in m.sentences if si is not title], doc_spans + forum_span)
    m.candidates += [c for si in main for c in find_candidates(si)
                     if not any(a <= c.start < b and not party_to(si, a, c.start) for a, b in doc_spans + forum_span)]
    for c in m.candidates:
        if c.english is None and c.kind == "body" and is_cyrillic(c.label):
            # «Министерство обороны» of a state the vocabulary lacks it for: the English name other states'
            # body of that name has
            same = [x.entity for x in res.gazetteer.index.get(normal_tokens(c.label), []) if x.entity.type == "agency"]
            c.english = shared_english_name(same, c.label) if same else None
    organisations_take_part(m)
    candidates_take_part(m, home)
    drop_names_inside_titles(m, [(d.start, d.end) for d in m.documents if not d.by_group])
    parents_take_part(m, vocab)
    for iri in m.organizations:  # a body taking part is not also a process the meeting links to
        m.processes.pop(iri, None)
    if m.follow_up and of_another_forum(m.follow_up.sentence, m):
        m.follow_up = None
    if m.forum is None and m.forum_candidate is None and not (word_norms(m.trigger) & SITTING_NOUNS):
        m.adhoc = True  # a one-off meeting (talks, two leaders meeting): no forum, kind other, no chairs
    if m.adhoc:  # heads of talks are no chairs; a ceremony said to be chaired keeps them
        m.chairs = [c for c in m.chairs if CHAIR_WORD.search(c.sentence.sentence.text)]
    if m.adhoc and meeting_with_someone(m.trigger):
        m.ordinal = None  # «на встрече с … в ходе IV конференции»: the number is the conference's, not the talks


_OWNING_GENRE = re.compile(r"\bthe\s+(council|committee|commission|group|forum|network|mechanism)['’]s\b", re.I)


def _owning_genre(si: SentenceInfo) -> set[str]:
    """ "during the council's inaugural regular session": the body whose session it is, by its genre; a lead
    sentence names it ("… with the Council of Arab Cybersecurity Ministers")."""
    return {g.lower() for g in _OWNING_GENRE.findall(si.sentence.text)}


def _another_weekday(si: SentenceInfo, trigger: SentenceInfo) -> bool:
    """ «во вторник провели … встречу», then «в среду состоялась аналогичная встреча»: undated meetings of two
    different days are two meetings."""
    here, there = WEEKDAY.search(si.sentence.text), WEEKDAY.search(trigger.sentence.text)
    return bool(here and there) and (here[1] or here[2]).lower() != (there[1] or there[2]).lower()


# «Накануне … принял президент …», "The day before, the President received …": a reception the day before
# (a greeting at the airport is none)
_RECEIVED_THE_DAY_BEFORE = re.compile(
    r"^\W*(?:накануне|днем ранее|the day before|the previous day|on the eve)\b[^.]{0,80}?\b(?:принял\w*|"
    r"провел\w*\s+(?:переговоры|беседу|встречу)|received|held talks|met with)\b", re.I)
_NEXT_DAY = re.compile(r"(?:на следующий день|на другой день|the (?:following|next) day)", re.I)
_SAME_DAY = re.compile(r"(?:later (?:that|the same) day|the same day|в тот же день|в этот же день|затем|\bafterwards\b|"
                       r"^\s*after\s+(?:that|this|the\s+(?:meeting|talks|session|consultations|dialogue))\b)", re.I)


_EVENT_NOUNS = {"conference", "plenary", "summit", "session", "dialogue", "consultation", "forum", "конференция",
                "саммит", "сессия", "диалог", "консультация", "форум", "пленарный"}


def _back_to(si: SentenceInfo, earlier: MeetingFact, current: MeetingFact) -> bool:
    """The sentence names the kind of event of the earlier meeting, and not the current one's."""
    named = word_norms(si) & _EVENT_NOUNS
    return bool(named) and named <= word_norms(earlier.trigger) and not named & word_norms(current.trigger)


def _forum_named(si: SentenceInfo) -> str | None:
    """The forum a sentence names: a known process, else a forum-like proper name."""
    known = forum_mention(si)
    if known is not None:
        return known.entity.iri
    finder = find_forum_name_ru if is_cyrillic(si.sentence.text) else find_forum_name_en
    found = finder(si.sentence.text)
    return " ".join(normal_tokens(found.nominative)) if found else None


def _another_forum(si: SentenceInfo, trigger: SentenceInfo) -> bool:
    """The sentence names a forum, and the current meeting's report named another or none (a signing
    ceremony, then «на следующий день … первое заседание рабочей группы»)."""
    named, current = _forum_named(si), _forum_named(trigger)
    return named is not None and named != current


def _names_a_forum(triggers: list[SentenceInfo]) -> bool:
    """ "met in Jakarta for the ASEAN Cyber Resilience Roundtable": no meeting noun, but a forum's name."""
    return any((find_forum_name_ru if is_cyrillic(si.sentence.text) else find_forum_name_en)(
        si.sentence.text) is not None for si in triggers)


# words between an organisation and the forum's name that still qualify the name ("GCC eGovernment …")
_QUALIFIES = re.compile(r"\s+(?:[A-Za-z][\w-]*[A-Z][\w-]*\s+|[A-Z][\w-]*\s+){0,3}")


def _inside_forum_name(m: MeetingFact) -> None:
    """A body named inside the candidate forum's own name («Диалог Россия – Африканский союз») is no linked
    process: an organisation there is the dialogue's counterpart, so it takes part; so do the states the name
    pairs ("the 3rd Japan-Philippines Cyber Dialogue")."""
    _, start, end = m.forum_surface
    for si in m.sentences:
        for mt in si.mentions:
            if mt.type in ("state", "state-adjective") and mt.entity is not None and start <= mt.start < end:
                m.states.setdefault(mt.entity.state, si)
    kept = []
    for mt, role, si in m.mentions:
        if role == "process" and mt.entity is not None and mt.entity.type == "organization" and mt.end <= start \
                and _QUALIFIES.fullmatch(si.sentence.text[mt.end - si.sentence.start : start - si.sentence.start]):
            # "the 6th GCC eGovernment Ministerial Committee meeting": the organisation opens the forum's name
            m.processes.pop(mt.entity.iri, None)
            m.organizations.setdefault(mt.entity.iri, mt)
            kept.append((mt, "organization", si))
            continue
        if role == "process" and mt.entity is not None and start <= mt.start and mt.end <= end:
            under = re.search(r"\b(?:при|под эгидой|under|of the|at the)\s+$",
                              si.sentence.text[max(0, start - si.sentence.start) : mt.start - si.sentence.start], re.I)
            if mt.entity.type == "process" and under:
                kept.append((mt, role, si))  # «Рабочая группа при Комитете секретарей …»: the body it works under
                continue
            m.processes.pop(mt.entity.iri, None)
            if mt.entity.type == "organization":
                m.organizations.setdefault(mt.entity.iri, mt)
                kept.append((mt, "organization", si))
            continue
        kept.append((mt, role, si))
    m.mentions = kept


_EARLIER_MEETING = re.compile(r"\b(?:followed|previous|last|preceding|earlier|предыдущ\w*|прошл\w*|ранее|"
                              r"последовал\w*)\b", re.I)
