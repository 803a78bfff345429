"""The score on the corpus rewritten with other names (kg/evaluate/metamorphic/).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from kg.evaluate.corpus import evaluate_dir
from kg.evaluate.metamorphic import rewrite_corpus, write_rewrites


def evaluate_rewrites(folder: str | Path, extract_fn: Callable[[Path], dict], *, variants: int = 1, seed: int = 0,
                      keep: str | Path | None = None):
    """Score the extraction on metamorphic rewrites of the corpus in `folder` (kg/evaluate/metamorphic/).

    The rewritten texts and keys go to `keep` when given (so they can be read and
    benchmarked), else to a temporary folder. Returns (Report, RewriteReport).
    """
    rewrites = rewrite_corpus(folder, variants=variants, seed=seed)
    if keep is not None:
        write_rewrites(rewrites, keep)
        return evaluate_dir(keep, extract_fn), rewrites
    with tempfile.TemporaryDirectory(prefix="ictkg-metamorphic-") as tmp:
        write_rewrites(rewrites, tmp)
        return evaluate_dir(tmp, extract_fn), rewrites
