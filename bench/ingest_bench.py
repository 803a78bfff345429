"""Ingest throughput: the example corpus replicated to N announcements, read to stored RDF.

Run: .venv/bin/python bench/ingest_bench.py [N] [--lang ru]   (default 2000, every language; prints a markdown table)
Each copy gets its own id, so every announcement is a new graph; the store is on disk.
"""

from __future__ import annotations

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
from kg.store import open_store  # noqa: E402


def make_bundle(n: int, folder: Path, lang: str | None = None) -> Path:
    items = [a for a in read_paths([str(ROOT / "examples" / "announcements")]) if hasattr(a, "text")
             and (lang is None or a.lang == lang)]
    out = folder / "bundle.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            a = items[i % len(items)]
            f.write(json.dumps({"id": f"{i:05d}-{a.id}", "url": a.url, "title": a.title, "published": a.published,
                                "lang": a.lang, "text": a.text}, ensure_ascii=False) + "\n")
    return out


def run(n: int, workers: int, bundle: Path, folder: Path) -> dict:
    store = open_store(folder / f"store-w{workers}")
    t0 = time.perf_counter()
    report = ingest(read_paths([str(bundle)]), store, workers=workers)
    dt = time.perf_counter() - t0
    triples = len(store)
    store.close()
    return {"workers": workers, "announcements": report.read, "seconds": round(dt, 2),
            "per_second": round(report.read / dt, 1), "triples": triples, "failed": len(report.problems)}


def main() -> None:
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else None
    args = [a for a in sys.argv[1:] if not a.startswith("--") and a != lang]
    n = int(args[0]) if args else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bundle = make_bundle(n, folder, lang)
        rows = [run(n, w, bundle, folder) for w in (1, 2)]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("| workers | announcements | seconds | per second | triples | failed |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['workers']} | {r['announcements']} | {r['seconds']} | {r['per_second']} | {r['triples']} | {r['failed']} |")
    print(f"\npeak resident memory of the parent process: {rss:.0f} MB")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    name = f"ingest-{lang}.json" if lang else "ingest.json"
    (out / name).write_text(json.dumps({"lang": lang, "rows": rows, "peak_rss_mb": round(rss)}, indent=2))


if __name__ == "__main__":
    main()
