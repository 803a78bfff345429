"""Extraction speed on distinct Russian announcements, end to end into the on-disk store.

Run: .venv/bin/python bench/extract_speed_bench.py [--corpus ../shared/corpus] [--variants 10]

The texts are all different: the Russian examples, the Russian announcements of the corpus (when it is
there) and metamorphic rewrites of them (kg/evaluate/metamorphic/: other states, cities, forums, bodies, people,
ordinals and dates), each text once. Copies of one text would measure the caches, not the extractor.
One worker (one core), into a new on-disk Oxigraph store, without reasoning; the resources (vocabulary,
morphology, gazetteers) are built before the clock starts, as `ictkg ingest` builds them once per run.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest import ingest  # noqa: E402
from kg.read import read_paths  # noqa: E402
from kg.records import Announcement  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.understand import Resources  # noqa: E402


def distinct_russian(corpus: Path | None, variants: int, scratch: Path) -> list[Announcement]:
    """Every Russian announcement of the examples and the corpus, and the corpus rewritten with other names."""
    folders = [ROOT / "examples" / "announcements"] + ([corpus] if corpus and corpus.is_dir() else [])
    if corpus and corpus.is_dir():
        from kg.evaluate.metamorphic import rewrite_corpus, write_rewrites

        for seed in range(3):  # rewrites written as files, read back as any announcement is
            out = scratch / f"rewrites-{seed}"
            write_rewrites(rewrite_corpus(corpus, variants=variants, seed=seed), out)
            folders.append(out)
    found = [a for a in read_paths([str(f) for f in folders]) if isinstance(a, Announcement)]
    seen, out = set(), []
    for i, a in enumerate(found):
        a = Announcement(f"{i:05d}-{a.id}", a.text, a.source, a.title, a.published, a.url, a.publisher, a.lang)
        lang = a.lang or ("ru" if any("а" <= c <= "я" for c in a.text.lower()) else "en")
        digest = hashlib.sha1(a.text.encode("utf-8")).hexdigest()
        if lang == "ru" and digest not in seen:
            seen.add(digest)
            out.append(a)
    return out


def main() -> None:
    corpus = Path(sys.argv[sys.argv.index("--corpus") + 1]) if "--corpus" in sys.argv else ROOT.parent / "shared" / "corpus"
    variants = int(sys.argv[sys.argv.index("--variants") + 1]) if "--variants" in sys.argv else 10
    res = Resources.load()
    with tempfile.TemporaryDirectory() as tmp:
        texts = distinct_russian(corpus, variants, Path(tmp))
        store = open_store(Path(tmp) / "store")
        t0 = time.perf_counter()
        report = ingest(iter(texts), store, workers=1, res=res)
        dt = time.perf_counter() - t0
        triples = len(store)
        store.close()
    kb = sum(len(a.text.encode("utf-8")) for a in texts) / 1024
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    row = {"announcements": report.read, "distinct_texts": len(texts), "kilobytes": round(kb),
           "seconds": round(dt, 2), "per_second": round(report.read / dt, 1), "triples": triples,
           "failed": len(report.problems), "peak_rss_mb": round(rss)}
    print("| Russian announcements (distinct) | KB | seconds | per second | triples | failed |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(f"| {row['announcements']} | {row['kilobytes']} | {row['seconds']} | {row['per_second']} | "
          f"{row['triples']} | {row['failed']} |")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "extract-speed.json").write_text(json.dumps(row, indent=2))


if __name__ == "__main__":
    main()
