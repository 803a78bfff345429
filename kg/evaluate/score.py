"""Score extracted facts against answer keys (facts format of ../shared/corpus/FORMAT.md).

What counts as one fact:

- scalar fields of a meeting (`forum`, `kind`, `date`, `format`, `location`,
  `ordinal`, `next_meeting.when`, `next_meeting.format`): one fact on each side
  where the value is not null. Null on both sides agrees and counts nothing; a
  value against null is a miss (gold side) or an extra (predicted side); two
  different values are one miss and one extra.
- list fields (`chairs`, `states`, `organizations`, `agencies`, `processes`,
  `documents`): one fact per element; elements are paired one-to-one (maximum
  matching), unpaired gold elements are misses, unpaired predicted ones extras.
- `documents.role`: one more fact per document whose role is set. A document is
  matched by its title alone (field `documents`); the role then counts as a
  separate fact, right only when the paired documents agree. `year` and `by`
  are not scored, nor are the top-level `lang` and `published`, nor a chair's
  post and state (chairs are matched by surname only).

Matching follows the last paragraph of FORMAT.md: states by code, dates by
exact string; forums, organisations, agencies, processes and documents by name,
where two names match when any name/alias/title on one side equals any on the
other after case-folding, turning punctuation into spaces and dropping a
trailing state phrase ("of the Russian Federation", "of India", "России",
"Королевства Камбоджа"); agencies must also agree on the state, and match when
one name of at least two words begins the other; people by surname in any
script (see `surname_keys`).

Meetings are aligned first: each gold meeting is paired with at most one
predicted meeting so that agreement is largest (forum weighs most, then date,
then kind, then every other matched fact). Facts of an unpaired gold meeting
are all misses, those of an unpaired predicted meeting all extras.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.evaluate.names import _names, fold, names_match, surname_keys
from kg.evaluate.results import LIST_FIELDS, NEXT_FIELDS, SCALAR_FIELDS, FactDiff, FileScore

# --------------------------------------------------------------------------- facts of a meeting


def _as_list(value) -> list:
    return value if isinstance(value, list) else []


def _scalar(meeting: dict, name: str):
    if name.startswith("next_meeting."):
        nxt = meeting.get("next_meeting")
        return nxt.get(name.split(".", 1)[1]) if isinstance(nxt, dict) else None
    value = meeting.get(name)
    if name == "forum" and isinstance(value, dict) and not _names(value, "name"):
        return None
    return value


def _scalar_equal(name: str, gold, pred) -> bool:
    if name == "forum":
        return names_match(gold, pred)
    if name in ("location", "next_meeting.when"):
        return fold(str(gold)) == fold(str(pred))
    return str(gold).strip() == str(pred).strip()


def _display(name: str, value) -> str:
    if value is None:
        return "null"
    if name in ("forum", "organizations", "processes") and isinstance(value, dict):
        return str(value.get("name"))
    if name == "agencies" and isinstance(value, dict):
        return f"{value.get('state')} {value.get('name')}"
    if name == "chairs" and isinstance(value, dict):
        return f"{value.get('name') or value.get('name_native')} ({value.get('state')})"
    if name == "documents" and isinstance(value, dict):
        return str(value.get("title"))
    return str(value)


def _element_match(name: str, gold, pred) -> bool:
    if name == "states":
        return str(gold).strip().upper() == str(pred).strip().upper()
    if name == "chairs":
        return bool(surname_keys(gold) & surname_keys(pred))
    if name == "documents":
        return names_match(gold, pred, keys=("title", "name"))
    if name == "agencies":
        gold_state = gold.get("state") if isinstance(gold, dict) else None
        pred_state = pred.get("state") if isinstance(pred, dict) else None
        return gold_state == pred_state and names_match(gold, pred, prefix_rule=True)
    return names_match(gold, pred)


def max_matching(left: list, right: list, match: Callable[[object, object], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one pairing of `left` and `right` items under `match` (augmenting paths)."""
    edges = [[j for j, r in enumerate(right) if match(item, r)] for item in left]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


class _Tally:
    """Collects counts and differences for one document."""

    def __init__(self, score: FileScore):
        self.score = score

    def hit(self, name: str) -> None:
        self.score.fields[name].tp += 1

    def miss(self, name: str, meeting: str, value) -> None:
        self.score.fields[name].fn += 1
        self.score.diffs.append(FactDiff(self.score.document, meeting, name, _display(name, value), "missed"))

    def extra(self, name: str, meeting: str, value) -> None:
        self.score.fields[name].fp += 1
        self.score.diffs.append(FactDiff(self.score.document, meeting, name, _display(name, value), "extra"))


def _compare_meetings(gold: dict | None, pred: dict | None, tally: _Tally, label: str) -> None:
    gold = gold if isinstance(gold, dict) else {}
    pred = pred if isinstance(pred, dict) else {}
    for name in (*SCALAR_FIELDS, *NEXT_FIELDS):
        g, p = _scalar(gold, name), _scalar(pred, name)
        if g is not None and p is not None and _scalar_equal(name, g, p):
            tally.hit(name)
            continue
        if g is not None:
            tally.miss(name, label, g)
        if p is not None:
            tally.extra(name, label, p)
    for name in LIST_FIELDS:
        gold_items = [x for x in _as_list(gold.get(name)) if x is not None]
        pred_items = [x for x in _as_list(pred.get(name)) if x is not None]
        pairs = max_matching(gold_items, pred_items, lambda a, b, n=name: _element_match(n, a, b))
        paired_gold = {i for i, _ in pairs}
        paired_pred = {j for _, j in pairs}
        for _ in pairs:
            tally.hit(name)
        for i, item in enumerate(gold_items):
            if i not in paired_gold:
                tally.miss(name, label, item)
        for j, item in enumerate(pred_items):
            if j not in paired_pred:
                tally.extra(name, label, item)
        if name == "documents":
            _compare_roles(gold_items, pred_items, pairs, tally, label)


def _role(document) -> str | None:
    return document.get("role") if isinstance(document, dict) else None


def _compare_roles(gold_docs: list, pred_docs: list, pairs: list[tuple[int, int]], tally: _Tally, label: str) -> None:
    partner = dict(pairs)
    partner_of_pred = {j: i for i, j in pairs}
    for i, doc in enumerate(gold_docs):
        g = _role(doc)
        p = _role(pred_docs[partner[i]]) if i in partner else None
        if g is not None and p is not None and g == p:
            tally.hit("documents.role")
        elif g is not None:
            tally.miss("documents.role", label, f"{_display('documents', doc)}: {g}")
    for j, doc in enumerate(pred_docs):
        p = _role(doc)
        g = _role(gold_docs[partner_of_pred[j]]) if j in partner_of_pred else None
        if p is not None and p != g:
            tally.extra("documents.role", label, f"{_display('documents', doc)}: {p}")


# --------------------------------------------------------------------------- meeting alignment


def meeting_label(meeting: dict, index: int) -> str:
    """A short name for a meeting in difference lists: forum (or "no forum") and date."""
    forum = meeting.get("forum") if isinstance(meeting, dict) else None
    name = _names(forum, "name")[0] if _names(forum, "name") else "no forum"
    date = meeting.get("date") if isinstance(meeting, dict) else None
    return f"#{index + 1} {name}" + (f" {date}" if date else "")


def _similarity(gold: dict, pred: dict) -> int:
    """How well two meetings agree: forum weighs most, then date, then kind, then other facts."""
    trial = _Tally(FileScore(document=""))
    _compare_meetings(gold, pred, trial, "")
    agreed = trial.score.total.tp
    g_forum, p_forum = _scalar(gold, "forum"), _scalar(pred, "forum")
    forum_agrees = (g_forum is None and p_forum is None) or trial.score.fields["forum"].tp == 1
    date_agrees = trial.score.fields["date"].tp == 1
    kind_agrees = trial.score.fields["kind"].tp == 1
    return 1000 * forum_agrees + 100 * date_agrees + 10 * kind_agrees + agreed


def align_meetings(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Pair gold and predicted meetings so that the total similarity is largest."""
    if not gold or not pred:
        return []
    import networkx as nx

    graph = nx.Graph()
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            weight = _similarity(g, p)
            if weight > 0:
                graph.add_edge(("gold", i), ("pred", j), weight=weight)
    pairs = []
    for a, b in nx.max_weight_matching(graph):
        (_, i), (_, j) = (a, b) if a[0] == "gold" else (b, a)
        pairs.append((i, j))
    return sorted(pairs)


# --------------------------------------------------------------------------- public API


def score(gold: dict, predicted: dict) -> FileScore:
    """Compare one extraction with its answer key; both are facts dicts (FORMAT.md)."""
    result = FileScore(document=str(gold.get("document") or predicted.get("document") or "?"))
    tally = _Tally(result)
    gold_meetings = [m for m in _as_list(gold.get("meetings")) if isinstance(m, dict)]
    pred_meetings = [m for m in _as_list(predicted.get("meetings")) if isinstance(m, dict)]
    pairs = align_meetings(gold_meetings, pred_meetings)
    paired_pred = {j for _, j in pairs}
    partner = dict(pairs)
    for i, meeting in enumerate(gold_meetings):
        other = pred_meetings[partner[i]] if i in partner else None
        _compare_meetings(meeting, other, tally, meeting_label(meeting, i))
    for j, meeting in enumerate(pred_meetings):
        if j not in paired_pred:
            _compare_meetings(None, meeting, tally, "predicted " + meeting_label(meeting, j))
    return result
