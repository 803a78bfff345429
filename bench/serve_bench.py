"""Workbench load check: 50 concurrent clients mixing page views and named queries for 60 seconds.

Run: .venv/bin/python bench/serve_bench.py [--announcements 2000] [--clients 50] [--seconds 60] [--store PATH]
     [--runaway-share 0.1] [--time-limit 30]

Builds a store from the example corpus replicated to N announcements (as bench/ingest_bench.py
does; skipped with --store), starts `ictkg serve` on a free loopback port in its own process,
warms its caches, then runs the clients and prints throughput, latency percentiles per kind of
request and errors. Rendered pages are cached by the server (per store generation), so the
load measures warm pages; the first (uncached) answer of each request is reported too. Target: no errors, p95 under 300 ms for entity pages. Results also go to
bench/results/serve.json. Requests that fail when probed one by one are left out of the load and listed.
With --runaway-share, that share of the clients send runaway queries instead (each one new, so that
nothing can recognise it: a three-way cross join counted in one call); their answers (503 when stopped)
are counted apart and are not errors. Each client connects from an address of its own (127.0.1.N on
loopback), as separate analysts would: the server shares its query workers out by client address.
Exits 1 when a request failed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest_bench import make_bundle  # noqa: E402

from kg.ingest import ingest  # noqa: E402
from kg.namespaces import sparql_prefixes  # noqa: E402
from kg.queries import list_queries  # noqa: E402
from kg.read import read_paths  # noqa: E402
from kg.reason import materialise  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store.sparql_text import bind_with_values  # noqa: E402

ENTITY_TARGET_MS = 300
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }} # runaway {client} {n}"
ID = "https://w3id.org/ictsec/id/"


def build_store(n: int, folder: Path) -> Path:
    path = folder / "store"
    store = open_store(path)
    t0 = time.perf_counter()
    report = ingest(read_paths([str(make_bundle(n, folder))]), store)
    materialise(store)
    print(f"built store: {report.read} announcements, {len(store):,} triples in {time.perf_counter() - t0:.0f} s",
          flush=True)
    store.close()
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, port: int, extra: list[str]) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", str(store),
                             "--port", str(port), "--threads", "16", *extra], cwd=ROOT)
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def workload(store_path: Path) -> list[tuple[str, str, str, bytes | None]]:
    """(kind, method, path, body) requests drawn from the graph: entity pages, searches, queries, views."""
    store = open_store(store_path, read_only=True)

    def iris(sparql: str, k: int = 15) -> list[str]:
        return [str(r["x"]) for r in store.query(sparql)][:k]

    entity = []
    for sparql in ("SELECT DISTINCT ?x WHERE { ?x a ict:GovernmentAgency ; ict:tookPartIn ?m }",
                   "SELECT DISTINCT ?x WHERE { ?x a ict:State ; ict:tookPartIn ?m }",
                   "SELECT DISTINCT ?x WHERE { ?m ict:ofForum ?x }",
                   "SELECT DISTINCT ?x WHERE { ?x a ict:Meeting }",
                   "SELECT DISTINCT ?x WHERE { ?c ict:chairPerson ?x }",
                   "SELECT ?x WHERE { ?x a ict:Announcement } LIMIT 15"):
        entity += [("entity page", "GET", "/id/" + urllib.parse.quote(i[len(ID):]), None) for i in iris(sparql)]
    names = [str(r["l"]) for r in store.query("SELECT ?l WHERE { ?a a ict:GovernmentAgency ; ict:tookPartIn ?m ; "
                                              "skos:prefLabel|ict:acronym ?l }")][:20]
    search = [("search", "GET", "/search?" + urllib.parse.urlencode({"q": n}), None) for n in names]
    forum = iris("SELECT DISTINCT ?x WHERE { ?m ict:ofForum ?x }", 1)[0]
    agency = iris("SELECT DISTINCT ?x WHERE { ?x a ict:GovernmentAgency ; ict:tookPartIn ?m }", 1)[0]
    values = {"forum": forum, "agency": agency, "subject": iris("SELECT ?x WHERE { ?a ict:reports ?x }", 1)[0]}
    from rdflib import URIRef

    queries = []
    for q in list_queries():
        bound = {p.name: URIRef(values[p.name]) for p in q.params if p.required}
        body = urllib.parse.urlencode({"query": sparql_prefixes() + bind_with_values(q.text, bound)}).encode()
        queries.append(("named query", "POST", "/sparql", body))
    views = [("network view", "GET", "/network?" + urllib.parse.urlencode({"iri": i}), None) for i in (forum, agency)]
    views += [("matrix", "GET", "/matrix", None), ("sparql page", "GET", "/query?" + urllib.parse.urlencode(
        {"name": "cq4_forum_timeline", "p.forum": forum, "run": 1}), None)]
    store.close()
    # The mix: mostly entity pages, then named queries, searches and the heavier views.
    return entity * 4 + queries * 3 + search * 2 + views


def runaway_request(client: int, n: int) -> tuple[str, str, str, bytes]:
    text = RUNAWAY.format(client=client, n=n)
    return "runaway", "POST", "/sparql", urllib.parse.urlencode({"query": text}).encode()


def client(port: int, requests, stop: threading.Event, seed: int, out: dict, lock: threading.Lock,
           runaway: bool = False) -> None:
    rng = random.Random(seed)
    source = (f"127.0.{1 + seed // 250}.{1 + seed % 250}", 0)  # one address per client
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120, source_address=source)
    n = 0
    while not stop.is_set():
        n += 1
        kind, method, path, body = runaway_request(seed, n) if runaway else rng.choice(requests)
        headers = {"Accept": "application/sparql-results+json"} if body else {}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        t0 = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            ok = response.status == 200 or (runaway and response.status == 503)
            error = None if ok else f"{response.status} {method} {path[:80]}"
            if runaway:
                with lock:
                    out["runaway_status"][response.status] = out["runaway_status"].get(response.status, 0) + 1
        except (OSError, http.client.HTTPException) as exc:
            ok, error = False, f"{type(exc).__name__} {method} {path[:80]}"
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120, source_address=source)
        ms = (time.perf_counter() - t0) * 1000
        with lock:
            out["latency"][kind].append(ms)
            if not ok:
                out["errors"].append(error)
    conn.close()


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def fetch(port: int, method: str, path: str, body: bytes | None, timeout: float) -> str | None:
    """One request; None when it answered 200, else what went wrong."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                       "Accept": "application/sparql-results+json"} if body else {})
        response = conn.getresponse()
        response.read()
        return None if response.status == 200 else f"answered {response.status}"
    except (OSError, http.client.HTTPException) as exc:
        return f"{type(exc).__name__} after {timeout:.0f} s" if isinstance(exc, TimeoutError) else type(exc).__name__
    finally:
        conn.close()


def probe(port: int, requests, timeout: float, cold: dict | None = None) -> dict[tuple, str]:
    """Every distinct request once (this also warms the caches); the ones that fail, with why.

    `cold` collects the latency of each first (uncached) answer by kind.
    """
    failed = {}
    for kind, method, path, body in sorted(set(requests), key=lambda r: (r[0], r[2], r[3] or b"")):
        t0 = time.perf_counter()
        problem = fetch(port, method, path, body, timeout)
        if problem:
            failed[(kind, method, path, body)] = f"{problem} ({time.perf_counter() - t0:.1f} s)"
        elif cold is not None:
            cold.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
    return failed


def run(port: int, requests, clients: int, seconds: float, runaways: int = 0) -> dict:
    out = {"latency": defaultdict(list), "errors": [], "runaway_status": {}}
    lock, stop = threading.Lock(), threading.Event()
    threads = [threading.Thread(target=client, args=(port, requests, stop, i, out, lock, i < runaways))
               for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    out["seconds"] = time.perf_counter() - t0
    return out


def describe(request) -> str:
    kind, _, path, body = request
    if body:
        text = urllib.parse.parse_qs(body.decode())["query"][0]
        return f"{kind}: {next((q.name for q in list_queries() if q.text.strip()[:200] in text), text[:60])}"
    return f"{kind}: {urllib.parse.unquote(path)[:90]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--announcements", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--store", type=Path, default=None, help="use this built store instead of building one")
    parser.add_argument("--probe-timeout", type=float, default=60, help="seconds one probe request may take")
    parser.add_argument("--kinds", default="", help="only these kinds of request, comma-separated "
                        "(entity page, search, named query, network view, matrix, sparql page)")
    parser.add_argument("--runaway-share", type=float, default=0.0,
                        help="share of the clients that send runaway queries (0.1 = one client in ten)")
    parser.add_argument("--time-limit", type=float, default=None, help="the server's --time-limit")
    args = parser.parse_args()
    extra = ["--time-limit", str(args.time_limit)] if args.time_limit else []
    runaways = round(args.clients * args.runaway_share)
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or build_store(args.announcements, Path(tmp))
        requests = workload(store)
        if args.kinds:
            requests = [r for r in requests if r[0] in {k.strip() for k in args.kinds.split(",")}]
        # Probe every request on a fresh server: one that fails (or runs past --probe-timeout) is left out
        # of the load and reported, and the server is restarted so that work it abandoned (Oxigraph
        # queries cannot be cancelled) does not eat the CPU of the measurement.
        port = free_port()
        server = start_server(store, port, extra)
        try:
            cold: dict[str, list[float]] = {}
            failed = probe(port, requests, args.probe_timeout, cold)
        finally:
            server.kill()
            server.wait(timeout=30)
        requests = [r for r in requests if r not in failed]
        port = free_port()
        server = start_server(store, port, extra)
        try:
            probe(port, requests, args.probe_timeout)  # warm the caches again
            result = run(port, requests, args.clients, args.seconds, runaways)
        finally:
            server.terminate()
            server.wait(timeout=30)
    total = sum(len(v) for k, v in result["latency"].items() if k != "runaway")
    rows = []
    for kind, values in sorted(result["latency"].items()):
        rows.append({"kind": kind, "requests": len(values), "p50_ms": round(percentile(values, 50), 1),
                     "p95_ms": round(percentile(values, 95), 1), "p99_ms": round(percentile(values, 99), 1),
                     "mean_ms": round(statistics.fmean(values), 1)})
    every = [v for kind, values in result["latency"].items() if kind != "runaway" for v in values]
    rows.append({"kind": "all", "requests": total, "p50_ms": round(percentile(every, 50), 1),
                 "p95_ms": round(percentile(every, 95), 1), "p99_ms": round(percentile(every, 99), 1),
                 "mean_ms": round(statistics.fmean(every), 1) if every else 0})
    throughput = total / result["seconds"]
    entity_p95 = next((r["p95_ms"] for r in rows if r["kind"] == "entity page"), 0)
    print(f"\n{args.clients} clients ({runaways} sending runaway queries), {result['seconds']:.0f} s, "
          f"{throughput:.1f} requests/s besides the runaway ones, {len(result['errors'])} errors")
    if runaways:
        print(f"runaway queries answered: {dict(sorted(result['runaway_status'].items()))} (503: stopped)")
    print("| requests | n | p50 ms | p95 ms | p99 ms | mean ms |\n| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['kind']} | {r['requests']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | {r['mean_ms']} |")
    for request, problem in sorted(failed.items(), key=lambda kv: describe(kv[0])):
        print(f"left out of the load (failed when probed): {describe(request)} — {problem}")
    print("\nfirst answers (uncached, one client at a time, while probing):")
    for kind, values in sorted(cold.items()):
        print(f"  {kind}: n={len(values)} p50={percentile(values, 50):.0f} ms p95={percentile(values, 95):.0f} ms "
              f"max={max(values):.0f} ms")
    met = not result["errors"] and not failed and entity_p95 < ENTITY_TARGET_MS
    print(f"target (no errors, entity pages p95 < {ENTITY_TARGET_MS} ms): {'met' if met else 'MISSED'}")
    for e in sorted(set(result["errors"]))[:10]:
        print("error:", e)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "serve.json").write_text(json.dumps({
        "announcements": None if args.store else args.announcements, "clients": args.clients,
        "runaway_clients": runaways, "runaway_answers": result["runaway_status"],
        "seconds": round(result["seconds"], 1), "requests_per_second": round(throughput, 1),
        "errors": len(result["errors"]), "rows": rows, "target_met": met,
        "left_out": {describe(r): p for r, p in failed.items()},
        "first_answers_ms": {k: {"n": len(v), "p50": round(percentile(v, 50), 1), "p95": round(percentile(v, 95), 1)}
                             for k, v in cold.items()}}, indent=2, ensure_ascii=False))
    sys.exit(1 if result["errors"] or failed else 0)


if __name__ == "__main__":
    main()
