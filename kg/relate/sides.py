"""Which side a state body belongs to: the state whose delegation or side a sentence names, carried over
from one sentence to the next while the text goes on about that side, and the owner of a list of bodies
("Kenya's Ministry of ICT, National Police Service and …")."""

from __future__ import annotations

import re

from kg.link import Mention
from kg.relate.facts import MeetingFact
from kg.understand import SentenceInfo

_SIDE_AFTER = re.compile(r"^\s*(?:сторон\w*|делегаци\w*|side|delegation|interagency delegation)\b", re.I)
# A state's people at the meeting, named after it: "The U.S. delegation", "the Chilean officials",
# "Germany's delegation", «российская делегация»
_PEOPLE_AFTER = re.compile(r"^(?:['’]s|\.)?\s*(?:interagency\s+)?(?:сторон\w*|делегаци\w*|представител\w*|side|"
                           r"delegation|delegates|representatives|officials|team)\b", re.I)
_PEOPLE_BEFORE = re.compile(r"(?:delegation|side|representatives|officials|делегаци\w*|представител\w*)\s+"
                            r"(?:of|from|из)\s+(?:the\s+)?$", re.I)
# A sentence that goes on about the delegation the sentence before named, without naming its state.
_GOES_ON = re.compile(r"^\W*(?:(?:He|She|They)\s+(?:was|were)\s+(?:also\s+)?(?:accompanied|joined|assisted)|"
                      r"The\s+(?:delegation|team|side)\b|(?:It|Its\s+members)\s+(?:also\s+)?(?:included|comprised)|"
                      r"(?:Его|Ее|Её|Их)\s+сопровождал\w*|В\s+(?:ее|её|его)?\s*состав\s+(?:делегации\s+)?вошл\w*|"
                      r"Делегаци[яю]\s+(?:также\s+)?(?:вошл|входил|включал|состоял))", re.I)


def sides_named(si: SentenceInfo) -> set[str]:
    """The states whose delegation, side or representatives a sentence names."""
    text, base = si.sentence.text, si.sentence.start
    return {o.entity.state for o in si.mentions if o.type in ("state", "state-adjective") and o.entity is not None
            and (_PEOPLE_AFTER.match(text[o.end - base :]) or _PEOPLE_BEFORE.search(text[: o.start - base]))}


def side_carried_over(si: SentenceInfo, m: MeetingFact) -> str | None:
    """ "The Nigerian delegation was headed by X. She was joined by experts of the National …": a
    sentence naming no state that goes on about a delegation lists the side the sentences before named."""
    if any(o.type in ("state", "state-adjective") for o in si.mentions) or not _GOES_ON.match(si.sentence.text):
        return None
    idx = next((i for i, x in enumerate(m.sentences) if x is si), None)
    for prev in reversed(m.sentences[max(0, idx - 2) : idx] if idx else []):
        sides = sides_named(prev)
        if sides or any(o.type in ("state", "state-adjective") for o in prev.mentions):
            return next(iter(sides)) if len(sides) == 1 else None
    return None


# A state's name that marks whose side a clause lists: "Kenya's delegation", "the US side", "the delegation of
# the Kingdom of the Netherlands", «делегация Франции»
_STATE_SIDE_AFTER = re.compile(r"(?:['’]s)?\s+(?:interagency\s+)?(?:delegation|side)\b", re.I)
_STATE_SIDE_BEFORE = re.compile(r"(?:\b(?:delegation|side)\s+of\s+(?:the\s+)?|делегаци\w*\s+)$", re.I)


# The second clause of a pair whose noun is left out after a comma: «…, чилийскую – …», «…, а перуанскую – …»
_GAPPED_SIDE_BEFORE = re.compile(r"[,;]\s*(?:а\s+)?$")


def side_of(mt: Mention, si: SentenceInfo) -> str | None:
    """The state whose side or delegation the clause of `mt` lists («С казахстанской стороны …, с российской
    – …», "The Ukrainian delegation comprised …"): the latest such marker before the mention."""
    text, base = si.sentence.text, si.sentence.start
    side = None
    for other in si.mentions:
        if other.end > mt.start:
            break
        if other.type not in ("state-adjective", "state") or other.entity is None:
            continue
        after = text[other.end - base :]
        before = text[: other.start - base]
        if other.type == "state":  # "Kenya's delegation brought …", "the US side", "the delegation of Peru"
            if _STATE_SIDE_AFTER.match(after) or _STATE_SIDE_BEFORE.search(before):
                side = other.entity.state
            continue
        if _SIDE_AFTER.match(after) or (re.search(r"(?:^|[\s,;])(?:с|со|от)\s+$", before) and re.match(r"\s*[–—-]", after)):
            side = other.entity.state
        elif _GAPPED_SIDE_BEFORE.search(before) and re.match(r"\s*[–—]\s", after):
            side = other.entity.state  # «кенийскую делегацию представлял …, чилийскую – …»: the noun left out
    return side


_BRACKETED = re.compile(r"\([^()]{1,30}\)")
_LIST_WORD = re.compile(r"[A-Z][\w’'&.-]*|and|of|for|on|the|&|,")


def owner_of_list(start: int, si: SentenceInfo) -> str | None:
    """ "Officials from the ROK’s MOFA, Office of National Security and Ministry of Science attended": the state
    whose possessive opens a list of bodies owns every body of it, up to the next state named."""
    text, base, owner = si.sentence.text, si.sentence.start, None
    for other in si.mentions:
        if other.end > start:
            break
        if other.entity is None or other.entity.state is None:
            continue
        at = other.end - base
        if other.type == "agency":  # "the ROK’s MOFA", linked as one body of its owner: the list opens in it
            owned = re.match(r"[^'’]+['’]s\s", other.surface) if other.stated else None
            if owned is None:
                continue
            at = other.start - base + owned.end() - 3
        elif other.type not in ("state", "state-adjective"):
            continue
        poss = re.match(r"['’]s\s+", text[at:])
        between = _BRACKETED.sub(" ", text[at + (poss.end() if poss else 0) : start - base])
        words = re.findall(r"[^\s,]+|,", between)
        owner = other.entity.state if poss and all(_LIST_WORD.fullmatch(w) for w in words) else None
    return owner


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:и\s+|and\s+)?|\s(?:и|and)\s+)(?:the\s+)?")
_STATE_CLOSING = re.compile(r"\s*|\s+of\s+(?:the\s+)?")


def owner_closing_list(mt: Mention, si: SentenceInfo) -> str | None:
    """«Министерства иностранных дел и Министерства обороны Чили», "the Ministry of Justice and the Ministry of
    Defence of Peru": the state after the last body of a coordinated list owns every body of it."""
    text, base = si.sentence.text, si.sentence.start
    end, listed = mt.end, False
    for other in si.mentions:
        if other.start < end:
            continue
        gap = text[end - base : other.start - base]
        if other.type == "agency" and _LIST_JOIN.fullmatch(gap):
            end, listed = other.end, True
            continue
        if listed and other.type == "state" and other.entity is not None and _STATE_CLOSING.fullmatch(gap):
            return other.entity.state
        return None
    return None


def more_owners_closing_list(mt: Mention, si: SentenceInfo) -> list[str]:
    """«МВД и Генпрокуратуры Казахстана и Киргизии»: the states joined to the one closing a list of bodies, each of
    which owns its own body of every kind listed (none when one state closes the list)."""
    first = owner_closing_list(mt, si)
    if first is None:
        return []
    text, base = si.sentence.text, si.sentence.start
    states = [o for o in si.mentions if o.type == "state" and o.entity is not None and o.start >= mt.end]
    out, end = [first], None
    for o in states:
        if end is None:
            end = o.end if o.entity.state == first else None
            continue
        if not _LIST_JOIN.fullmatch(text[end - base : o.start - base]):
            break
        out.append(o.entity.state)
        end = o.end
    return out if len(out) > 1 else []


def context_state(mt: Mention, si: SentenceInfo, m: MeetingFact) -> str | None:
    """The state an undecided agency belongs to: an adjective or state named before it in the sentence."""
    best = None
    for other in si.mentions:
        if other.end <= mt.start and other.type in ("state", "state-adjective") and other.entity:
            best = other.entity.state
    options = {a.state for a in mt.options}
    if best in options:
        return best
    if len(options & set(m.states)) == 1:
        return next(iter(options & set(m.states)))
    return None
