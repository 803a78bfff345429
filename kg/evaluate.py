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

import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import ontology_files

SCALAR_FIELDS = ("forum", "kind", "date", "format", "location", "ordinal")
LIST_FIELDS = ("chairs", "states", "organizations", "agencies", "processes", "documents")
NEXT_FIELDS = ("next_meeting.when", "next_meeting.format")
FIELDS = (*SCALAR_FIELDS, *LIST_FIELDS, "documents.role", *NEXT_FIELDS)

ANNOUNCEMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
GOLD_SUFFIX = ".gold.json"

STATES_TTL = ontology_files.ONTOLOGY_DIR / "vocab" / "states.ttl"


# --------------------------------------------------------------------------- results


@dataclass
class Counts:
    """True positives, false positives (extras) and false negatives (misses) of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def support(self) -> int:
        """How many gold facts there are."""
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class FactDiff:
    """One fact that is missed (in the answer key only) or extra (in the extraction only)."""

    document: str
    meeting: str
    field: str
    value: str
    outcome: str  # "missed" | "extra"


@dataclass
class FileScore:
    document: str
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    diffs: list[FactDiff] = field(default_factory=list)
    problem: str | None = None  # e.g. extraction failed (then every gold fact is a miss)

    @property
    def total(self) -> Counts:
        return _sum(self.fields.values())

    def as_dict(self) -> dict:
        return {"document": self.document, "total": self.total.as_dict(),
                "fields": {k: v.as_dict() for k, v in self.fields.items()},
                "problem": self.problem}


@dataclass
class Report:
    files: list[FileScore] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # answer keys that could not be scored

    @property
    def fields(self) -> dict[str, Counts]:
        merged = {f: Counts() for f in FIELDS}
        for score in self.files:
            for name, counts in score.fields.items():
                merged[name].add(counts)
        return merged

    @property
    def total(self) -> Counts:
        """Micro-average: every fact of every field and file counted once."""
        return _sum(self.fields.values())

    @property
    def diffs(self) -> list[FactDiff]:
        return [d for score in self.files for d in score.diffs]

    def as_dict(self) -> dict:
        return {"total": self.total.as_dict(),
                "fields": {k: v.as_dict() for k, v in self.fields.items()},
                "files": [s.as_dict() for s in self.files],
                "diff": [d.__dict__ for d in self.diffs],
                "problems": self.problems}


def _sum(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total


# --------------------------------------------------------------------------- names


def fold(text: str) -> str:
    """Case-fold, turn punctuation and symbols into spaces, squeeze spaces."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    chars = [" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in text]
    return " ".join("".join(chars).split())


@functools.cache
def state_names() -> frozenset[tuple[str, ...]]:
    """Folded word sequences of every state name in ontology/vocab/states.ttl.

    The vocabulary is the only source: a list of the corpus's own states would make
    the score depend on which states the answer keys happen to name.
    """
    try:
        names = _names_from_vocab(STATES_TTL)
    except Exception as exc:
        raise RuntimeError(f"{STATES_TTL}: cannot read the state names the scorer needs ({exc}); "
                           "restore the file (ontology/tools/states_build.py writes it)") from None
    return frozenset(tuple(fold(n).split()) for n in names if fold(n))


def _names_from_vocab(path: Path) -> set[str]:
    from rdflib import Graph, Namespace
    from rdflib.namespace import RDF, SKOS

    ict = Namespace("https://w3id.org/ictsec/ontology#")
    graph = Graph()
    graph.parse(path, format="turtle")
    found: set[str] = set()
    for state in graph.subjects(RDF.type, ict.State):
        for prop in (SKOS.prefLabel, SKOS.altLabel, ict.officialName):
            found.update(str(label) for label in graph.objects(state, prop))
    return found


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _same_word(text_word: str, state_word: str) -> bool:
    """Equal, or, for Russian, the same word in another case (Федерации ~ Федерация, Китая ~ Китай)."""
    if text_word == state_word:
        return True
    if not (_is_cyrillic(text_word) and _is_cyrillic(state_word)):
        return False
    if min(len(text_word), len(state_word)) < 4:
        return False
    common = len(_common_prefix(text_word, state_word))
    return common >= max(3, min(len(text_word), len(state_word)) - 2)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def strip_state_phrase(words: list[str]) -> list[str]:
    """Drop a trailing "of (the) <State>" or Russian "<State in the genitive>" from folded words."""
    for state in sorted(state_names(), key=len, reverse=True):
        n = len(state)
        if len(words) <= n:
            continue
        tail = words[-n:]
        if not all(_same_word(w, s) for w, s in zip(tail, state, strict=True)):
            continue
        head = words[:-n]
        if _is_cyrillic(state[0]):
            return head
        if head and head[-1] == "the":
            head = head[:-1]
        if len(head) >= 2 and head[-1] == "of":
            return head[:-1]
    return words


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """The comparable form of a name: folded words, no leading "the", no trailing state phrase."""
    words = fold(name).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return tuple(strip_state_phrase(words))


def _names(entity, *keys: str) -> list[str]:
    if isinstance(entity, str):
        return [entity]
    if not isinstance(entity, dict):
        return []
    found = []
    for key in keys:
        value = entity.get(key)
        if isinstance(value, str):
            found.append(value)
    aliases = entity.get("aliases")
    if isinstance(aliases, list):
        found.extend(a for a in aliases if isinstance(a, str))
    return [n for n in found if n.strip()]


def names_match(a, b, *, keys: tuple[str, ...] = ("name",), prefix_rule: bool = False) -> bool:
    """True when any name/alias of `a` equals any of `b` (compared as `name_key`)."""
    left = {name_key(n) for n in _names(a, *keys)} - {()}
    right = {name_key(n) for n in _names(b, *keys)} - {()}
    if left & right:
        return True
    if prefix_rule:
        for x in left:
            for y in right:
                short, long_ = (x, y) if len(x) <= len(y) else (y, x)
                if len(short) >= 2 and long_[: len(short)] == short:
                    return True
    return False


# --------------------------------------------------------------------------- people


_LATIN_RULES = (("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("ck", "k"), ("ch", "c"), ("sh", "s"),
                ("ts", "c"), ("tz", "c"), ("ph", "f"), ("q", "k"), ("x", "ks"),
                ("w", "v"), ("g", "k"), ("j", "i"))


def _latin(word: str) -> str:
    if _is_cyrillic(word):
        import iuliia

        word = iuliia.WIKIPEDIA.translate(word)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if "a" <= ch.lower() <= "z").lower()


def surname_skeleton(word: str) -> str:
    """A spelling-tolerant key of a surname in any script.

    Cyrillic is transliterated (iuliia, Wikipedia scheme); then digraphs that
    transliteration schemes spell differently are merged (kh/h, ts/tz/c, g/k,
    w/v ...), and vowels, h and doubled letters are dropped. So Крутских,
    Krutskikh and Kroutskikh agree, as do Шойгу/Shoigu/Shoygu and
    Дехкани/Dehghani; case endings of Russian surnames (Патрушева) fall away with
    the vowels.
    """
    latin = _latin(word)
    key = latin
    for old, new in _LATIN_RULES:
        key = key.replace(old, new)
    key = re.sub(r"[aeiouyh]", "", key)
    key = re.sub(r"(.)\1+", r"\1", key)
    return key or latin


def _surname_candidates(name: str) -> list[str]:
    tokens = [t for t in re.split(r"[\s.]+", name) if t]
    words = [t for t in tokens if len(fold(t).replace(" ", "")) > 1]
    if len(words) < len(tokens):  # initials present: the other words are the surname
        return words
    # "Mahfud MD": a short all-capitals suffix is not the surname.
    while len(words) > 2 and words[-1].isupper() and len(words[-1]) <= 3:
        words = words[:-1]
    return words[-1:]


def surname_keys(person) -> set[str]:
    """Keys of the surname in `name` and `name_native`; two people match when their keys meet."""
    keys: set[str] = set()
    for name in _names(person, "name", "name_native"):
        keys.update(surname_skeleton(w) for w in _surname_candidates(name))
    return keys - {""}


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


def answer_keys(folder: Path) -> list[Path]:
    """The answer keys (NAME.gold.json) in a folder, sorted by name."""
    return sorted(p for p in Path(folder).glob(f"*{GOLD_SUFFIX}") if p.is_file())


def announcement_for(key_path: Path, gold: dict) -> Path | None:
    """The announcement an answer key describes: its `document`, else NAME.txt/.md/.html/... next to it."""
    document = gold.get("document")
    if isinstance(document, str) and document and Path(document).name == document:
        candidate = key_path.parent / document
        if candidate.is_file():
            return candidate
    stem = key_path.name[: -len(GOLD_SUFFIX)]
    for suffix in ANNOUNCEMENT_SUFFIXES:
        candidate = key_path.parent / f"{stem}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def evaluate_dir(folder: str | Path, extract_fn: Callable[[Path], dict]) -> Report:
    """Run `extract_fn` on the announcement of every answer key in `folder` and score it."""
    report = Report()
    for key_path in answer_keys(Path(folder)):
        try:
            gold = json.loads(key_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            report.problems.append(f"{key_path}: answer key is not readable JSON ({exc}); fix or remove it")
            continue
        if not isinstance(gold, dict):
            report.problems.append(f"{key_path}: answer key is not a JSON object; fix or remove it")
            continue
        source = announcement_for(key_path, gold)
        if source is None:
            report.problems.append(f"{key_path}: no announcement next to it "
                                   f"(looked for {gold.get('document') or key_path.stem}); add it or remove the key")
            continue
        gold.setdefault("document", source.name)
        try:
            predicted = extract_fn(source)
            if not isinstance(predicted, dict):
                raise TypeError(f"extraction returned {type(predicted).__name__}, not a facts dict")
            problem = None
        except Exception as exc:  # one failing announcement is scored as all-missed, not fatal
            predicted, problem = {"meetings": []}, f"{source}: extraction failed ({type(exc).__name__}: {exc})"
        result = score(gold, predicted)
        result.problem = problem
        report.files.append(result)
    return report


def evaluate_rewrites(folder: str | Path, extract_fn: Callable[[Path], dict], *, variants: int = 1, seed: int = 0,
                      keep: str | Path | None = None):
    """Score the extraction on metamorphic rewrites of the corpus in `folder` (kg.metamorphic).

    The rewritten texts and keys go to `keep` when given (so they can be read and
    benchmarked), else to a temporary folder. Returns (Report, RewriteReport).
    """
    import tempfile

    from kg.metamorphic import rewrite_corpus, write_rewrites

    rewrites = rewrite_corpus(folder, variants=variants, seed=seed)
    if keep is not None:
        write_rewrites(rewrites, keep)
        return evaluate_dir(keep, extract_fn), rewrites
    with tempfile.TemporaryDirectory(prefix="ictkg-metamorphic-") as tmp:
        write_rewrites(rewrites, tmp)
        return evaluate_dir(tmp, extract_fn), rewrites
