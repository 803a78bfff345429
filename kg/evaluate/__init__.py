"""Scoring the extraction against answer keys (facts format of ../shared/corpus/FORMAT.md): what a
fact is and how two are matched (score.py, names.py), a corpus scored file by file (corpus.py), and
the score on the corpus rewritten with other names (rewritten.py, metamorphic/).
"""

from kg.evaluate.corpus import announcement_for, answer_keys, evaluate_dir
from kg.evaluate.names import (
    fold,
    name_key,
    names_match,
    state_names,
    strip_state_phrase,
    surname_keys,
    surname_skeleton,
)
from kg.evaluate.results import (
    ANNOUNCEMENT_SUFFIXES,
    FIELDS,
    GOLD_SUFFIX,
    LIST_FIELDS,
    NEXT_FIELDS,
    SCALAR_FIELDS,
    STATES_TTL,
    Counts,
    FactDiff,
    FileScore,
    Report,
)
from kg.evaluate.rewritten import evaluate_rewrites
from kg.evaluate.score import align_meetings, max_matching, meeting_label, score

__all__ = [
    "ANNOUNCEMENT_SUFFIXES", "FIELDS", "GOLD_SUFFIX", "LIST_FIELDS", "NEXT_FIELDS", "SCALAR_FIELDS", "STATES_TTL",
    "Counts", "FactDiff", "FileScore", "Report", "align_meetings", "announcement_for", "answer_keys", "evaluate_dir",
    "evaluate_rewrites", "fold", "max_matching", "meeting_label", "name_key", "names_match", "score", "state_names",
    "strip_state_phrase", "surname_keys", "surname_skeleton",
]
