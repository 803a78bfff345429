"""Memory during a long ingest: resident memory after every 1,000 announcements, up to 10,000.

Run: .venv/bin/python bench/memory_bench.py [N]   (default 10000; prints a markdown table)

The announcements are the synthetic ones of the robustness tests (tests/hostile/generate.py: dated
consultations in Russian and English, every one a different meeting), streamed from one JSONL file
into an on-disk store by `kg.ingest.ingest` with one worker, as `ictkg ingest` does. Memory should
stay flat: nothing is kept per announcement except what the store writes to disk.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hostile.generate import write_announcements_jsonl  # noqa: E402

from kg.ingest import default_resources, ingest  # noqa: E402
from kg.read import read_paths  # noqa: E402
from kg.store import open_store  # noqa: E402

STEP = 1000


def rss_mb() -> float:
    """Current resident memory of this process (not the peak), from /proc."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        bundle = write_announcements_jsonl(Path(tmp) / "bundle.jsonl", n)
        res = default_resources()
        store = open_store(Path(tmp) / "store")
        before = rss_mb()
        t0 = time.perf_counter()
        done = 0

        def sample(_source: str) -> None:
            nonlocal done
            done += 1
            if done % STEP == 0:
                rows.append({"announcements": done, "rss_mb": round(rss_mb(), 1),
                             "seconds": round(time.perf_counter() - t0, 1), "triples": len(store)})

        report = ingest(read_paths([str(bundle)]), store, res=res, on_item=sample)
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"resident memory before the ingest (resources loaded, store open): {before:.0f} MB")
    print("| announcements | resident MB | seconds | triples |")
    print("| --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['announcements']:,} | {r['rss_mb']:.0f} | {r['seconds']} | {r['triples']:,} |")
    if len(rows) >= 3:
        growth = (rows[-1]["rss_mb"] - rows[1]["rss_mb"]) / (rows[-1]["announcements"] - rows[1]["announcements"])
        print(f"\ngrowth from {rows[1]['announcements']:,} to {rows[-1]['announcements']:,}: "
              f"{growth * 1000:.1f} MB per 1,000 announcements; peak {peak:.0f} MB; "
              f"{report.read} read, {len(report.problems)} failed")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "memory.json").write_text(json.dumps({"before_mb": round(before, 1), "rows": rows,
                                                 "peak_rss_mb": round(peak)}, indent=2))


if __name__ == "__main__":
    main()
