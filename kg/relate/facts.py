"""Facts: the records the relate stage hands to the RDF writer.

A meeting with its forum, date, format, place, chairs, participants, documents
and follow-up; a chair or head of delegation; a document and what happened to it;
a body no vocabulary lists; an agreed next meeting. They sit
apart from the rules that fill them so that the writer (kg/rdf.py) and every
rule module can use them without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.link import Mention
from kg.nlp.persons import PersonMention
from kg.understand import SentenceInfo
from kg.vocab import Entity


@dataclass
class Candidate:
    """A body no vocabulary lists, as the text names it, with the state the text gives it."""

    surface: str
    start: int
    end: int
    state: str | None
    sentence: SentenceInfo
    name: str | None = None  # the body's name when the text names it through a post
    kind: str = "body"  # body (of a state) | organisation (international, no state of its own)
    english: str | None = None  # its English name, where the vocabulary knows the body's name for other states

    @property
    def label(self) -> str:
        return self.name or self.surface


@dataclass
class DocumentFact:
    """A document named at a meeting: its title, year, what happened to it there, and by whom."""

    surface: str
    title: str
    year: int | None
    role: str
    by: str | None
    start: int
    end: int
    sentence: SentenceInfo
    entity: Entity | None = None  # the vocabulary's document, when the text names a known one
    symbol: str | None = None  # the official symbol the text gives ("A/RES/75/240")
    by_group: bool = False  # named through the group that wrote it ("the report of the GGE"): the group is linked too
    aliases: list[str] = field(default_factory=list)  # other names of a document no vocabulary lists (nominative, short)


@dataclass
class ChairFact:
    person: PersonMention
    post: str
    state: str | None
    agency: Entity | None
    organization: Entity | None
    role: str  # chair | co-chair
    sentence: SentenceInfo


@dataclass
class FollowUpFact:
    when: str | None
    format: str | None
    sentence: SentenceInfo


@dataclass
class MeetingFact:
    trigger: SentenceInfo
    sentences: list[SentenceInfo] = field(default_factory=list)
    forum: Entity | None = None
    forum_mention: Mention | None = None
    forum_candidate: str | None = None
    forum_surface: tuple[str, int, int] | None = None  # the text's own words for a candidate forum
    forum_named: bool = False  # the candidate is a proper name from the text, not made from two states
    forum_kind: str | None = None  # the kind its head noun gives a candidate forum ("рабочая группа")
    forum_aliases: list[str] = field(default_factory=list)  # a candidate's other names (nominative, as written)
    # processes no vocabulary lists, named by their shape: (nominative name, as written, start, end, sentence)
    candidate_processes: list[tuple[str, str, int, int, SentenceInfo]] = field(default_factory=list)
    kind: str = "other"
    date: str | None = None
    format: str | None = None
    location: Entity | None = None
    ordinal: int | None = None
    chairs: list[ChairFact] = field(default_factory=list)
    persons: list[tuple[PersonMention, str | None, SentenceInfo]] = field(default_factory=list)
    states: dict[str, SentenceInfo] = field(default_factory=dict)
    organizations: dict[str, Mention] = field(default_factory=dict)
    agencies: dict[str, Mention] = field(default_factory=dict)
    processes: dict[str, Mention] = field(default_factory=dict)
    documents: list[DocumentFact] = field(default_factory=list)
    follow_up: FollowUpFact | None = None
    candidates: list[Candidate] = field(default_factory=list)  # unknown bodies
    home_guesses: list = field(default_factory=list)  # bodies given to the publishing state for want of another
    mentions: list[tuple[Mention, str, SentenceInfo]] = field(default_factory=list)  # (mention, role, sentence)
    adhoc: bool = False
    sidelines: bool = False  # held on the sidelines of the meeting reported before it
