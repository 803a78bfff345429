"""`make bench`: every benchmark, one after the other; results also land in bench/results/."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (script, arguments)
BENCHES = [
    ("extract_speed_bench.py", []),  # distinct Russian texts: the extraction speed target
    ("ingest_bench.py", []),
    ("ingest_bench.py", ["2000", "--lang", "ru"]),
    ("store_bench.py", ["--shape", "membership"]),
    ("store_bench.py", ["--shape", "uniform", "--sizes", "1000000"]),
    ("reason_added_bench.py", []),
    ("viz_bench.py", []),
    ("serve_bench.py", []),
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
