"""`make bench`: every benchmark, one after the other; results also land in bench/results/."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (script, arguments). The workbench load check runs page views and search only: with named queries in
# the mix the union default graph's duplicated facts blow up on the replicated corpus (README, limits).
BENCHES = [
    ("ingest_bench.py", []),
    ("store_bench.py", []),
    ("viz_bench.py", []),
    ("serve_bench.py", ["--kinds", "entity page,search"]),
    ("memory_bench.py", []),
]

failed = 0
for name, args in BENCHES:
    path = HERE / name
    if not path.exists():
        print(f"## {name}: not present")
        continue
    print(f"## {name} {' '.join(args)}", flush=True)
    failed |= subprocess.call([sys.executable, str(path), *args])
sys.exit(failed)
