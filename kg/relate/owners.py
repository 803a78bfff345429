"""Whose a body is when the text does not say it beside the name: the members' in general, each side's, the
publishing state's only where that state takes part, and a unit's ministry ("the Department of State’s Bureau
of …"), into which the unit folds (INDEX: "a department into its ministry").
"""

from __future__ import annotations

import re

from kg.link import Mention
from kg.relate.facts import MeetingFact
from kg.understand import SentenceInfo

# "of the two countries", «двух стран»: a plural body of each side
BOTH_SIDES = re.compile(r"\b(?:двух|обеих|обоих)\s+(?:стран|государств|сторон)|\bof\s+(?:the\s+two|both)\s+"
                        r"(?:countries|states|sides)\b", re.I)


# A ministry's unit, named by its head: "Bureau of Cyberspace …", "Department of International Information Security"
UNIT_NAME = re.compile(r"^(?:Bureau|Division|Department|Directorate|Section|Branch)\b|\b(?:Bureau|Division|Section|"
                       r"Branch)$")


def owned_by(mt: Mention, si: SentenceInfo) -> str | None:
    """ "A’s B", both known bodies: "unit" for B when B is a unit of A (it folds into A), "owner" for A when B is
    a body of its own under A (B takes part, A is only how it is named)."""
    base, text = si.sentence.start, si.sentence.text
    for o in si.mentions:
        if o.type != "agency" or o is mt:
            continue
        if o.end <= mt.start and re.fullmatch(r"['’]s\s+", text[o.end - base : mt.start - base]) and mt.entity is not None:
            return "unit" if UNIT_NAME.search(mt.entity.name_en) else None
        if mt.end <= o.start and re.fullmatch(r"['’]s\s+", text[mt.end - base : o.start - base]) and o.entity is not None:
            return None if UNIT_NAME.search(o.entity.name_en) else "owner"
    return None


def fold_units(m: MeetingFact) -> None:
    """A ministry's unit folds into its ministry where both take part («Департамент … МИД России» and «МИД»)."""
    for iri, a in list(m.agencies.items()):
        e = a.entity
        if e is not None and e.sub_unit_of in m.agencies and UNIT_NAME.search(e.name_en):
            del m.agencies[iri]


def drop_home_guesses(m: MeetingFact, home: str | None) -> None:
    """Bodies given to the publishing state only because the text did not say whose they are («МИД» on a
    Russian page) stay only where that state takes part otherwise: a Russian report of others' meeting names
    their bodies, not Russia's."""
    guessed = {id(x) for x in m.home_guesses}
    if not guessed or home in m.states or any(
            role == "participant" and mt.entity is not None and mt.entity.state == home and id(mt) not in guessed
            for mt, role, _ in m.mentions):
        return
    m.agencies = {iri: a for iri, a in m.agencies.items() if id(a) not in guessed}
    m.candidates = [c for c in m.candidates if id(c) not in guessed]
    m.mentions = [(mt, role, si) for mt, role, si in m.mentions if id(mt) not in guessed]
