"""Store benchmark: on-disk Oxigraph vs in-memory rdflib on synthetic graphs shaped like ours.

Generates graphs in the contract's shape (docs/graph-model.md) of about 100k and
1M triples, loads them, materialises the inferred links, and times the analyst
queries: CQ1 (one agency), CQ2 (all links), CQ3 (one forum, and all chairs), CQ4 (one
forum), CQ7 (all states' forums) and `who` (one agency).
Prints a markdown table and writes bench/results/store.json.

    .venv/bin/python bench/store_bench.py [--sizes 100000,1000000] [--rdflib-max 1000000] [--timeout 120]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Dataset, URIRef  # noqa: E402

from kg.namespaces import ID, sparql_prefixes  # noqa: E402
from kg.queries import load_query  # noqa: E402
from kg.reason import materialise  # noqa: E402
from kg.store import from_ox, open_store  # noqa: E402
from kg.who import who  # noqa: E402

ICT = "https://w3id.org/ictsec/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
TRIPLES_PER_ANNOUNCEMENT = 80  # measured from the generator below


def _iri(path: str) -> str:
    return f"<{ID}{path}>"


def _lit(text: str, lang: str | None = None, dt: str | None = None) -> str:
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"' + (f"@{lang}" if lang else "") + (f"^^<{XSD}{dt}>" if dt else "")


def synthetic_nquads(target: int, seed: int = 7) -> tuple[str, dict]:
    """N-Quads for a graph of about `target` triples: vocabulary plus announcements."""
    rnd = random.Random(seed)
    n_states, agencies_per_state, n_processes = 150, 12, 300
    lines: list[str] = []
    vocab = _iri("graph/vocab")

    def q(s, p, o, g):
        lines.append(f"{s} {p} {o} {g} .")

    states = [f"state/S{i:03d}" for i in range(n_states)]
    agencies = [(f"agency/S{i:03d}/a{j}", s) for i, s in enumerate(states) for j in range(agencies_per_state)]
    processes = [f"process/p{i}" for i in range(n_processes)]
    for s in states:
        q(_iri(s), f"<{RDF_TYPE}>", f"<{ICT}State>", vocab)
        q(_iri(s), f"<{SKOS}prefLabel>", _lit(f"State {s[-3:]}", "en"), vocab)
        q(_iri(s), f"<{SKOS}prefLabel>", _lit(f"Государство {s[-3:]}", "ru"), vocab)
    for a, s in agencies:
        q(_iri(a), f"<{RDF_TYPE}>", f"<{ICT}GovernmentAgency>", vocab)
        q(_iri(a), f"<{ICT}agencyOf>", _iri(s), vocab)
        q(_iri(a), f"<{SKOS}prefLabel>", _lit(f"Agency {a}", "en"), vocab)
        q(_iri(a), f"<{SKOS}prefLabel>", _lit(f"Ведомство {a}", "ru"), vocab)
    for p in processes:
        q(_iri(p), f"<{RDF_TYPE}>", f"<{ICT}Process>", vocab)
        q(_iri(p), f"<{SKOS}prefLabel>", _lit(f"Process {p}", "en"), vocab)
    n_ann = max(1, (target - len(lines)) // TRIPLES_PER_ANNOUNCEMENT)
    for k in range(n_ann):
        key = f"a{k}"
        g = _iri(f"graph/announcement/{key}")
        ann = _iri(f"announcement/{key}")
        forum = rnd.choice(processes)
        date = f"{rnd.randint(2010, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        m = _iri(f"meeting/{forum.split('/')[1]}/{date}")
        q(ann, f"<{RDF_TYPE}>", f"<{ICT}Announcement>", g)
        q(ann, f"<{SCHEMA}url>", _lit(f"https://example.org/{key}", dt="anyURI"), g)
        q(ann, f"<{ICT}reports>", m, g)
        q(ann, "<http://purl.org/dc/terms/issued>", _lit(date, dt="date"), g)
        q(m, f"<{RDF_TYPE}>", f"<{ICT}Meeting>", g)
        q(m, f"<{ICT}ofForum>", _iri(forum), g)
        q(m, f"<{ICT}date>", _lit(date, dt="date"), g)
        q(m, f"<{ICT}ordinal>", _lit(str(rnd.randint(1, 20)), dt="integer"), g)
        q(m, f"<{ICT}format>", f"<{ICT}{rnd.choice(['Online', 'InPerson', 'Hybrid'])}>", g)
        q(m, f"<{ICT}linkedToProcess>", _iri(rnd.choice(processes)), g)
        q(m, f"<{PROV}wasDerivedFrom>", ann, g)
        parts = rnd.sample(agencies, 5)
        for a, _state in parts:
            q(m, f"<{ICT}hasParticipant>", _iri(a), g)
        for s in {s for _, s in parts[:3]}:
            q(m, f"<{ICT}hasParticipant>", _iri(s), g)
        person = _iri(f"person/p{rnd.randint(0, 5000)}")
        chair = f"<{m[1:-1]}/chair/{person[1:-1].rsplit('/', 1)[-1]}>"
        q(chair, f"<{RDF_TYPE}>", f"<{ICT}Chairing>", g)
        q(chair, f"<{ICT}chairOf>", m, g)
        q(chair, f"<{ICT}chairPerson>", person, g)
        q(chair, f"<{ICT}chairRole>", f"<{ICT}Chair>", g)
        q(chair, f"<{ICT}representsState>", _iri(parts[0][1]), g)
        q(person, f"<{RDF_TYPE}>", f"<{ICT}Person>", g)
        q(person, f"<{SKOS}prefLabel>", _lit(f"Person {person[-8:-1]}", "en"), g)
        deleg = f"<{m[1:-1]}/delegation/{parts[0][1].split('/')[1]}>"
        q(deleg, f"<{RDF_TYPE}>", f"<{ICT}Delegation>", g)
        q(deleg, f"<{ICT}delegationOf>", _iri(parts[0][1]), g)
        q(deleg, f"<{ICT}atMeeting>", m, g)
        q(deleg, f"<{ICT}hasMemberAgency>", _iri(parts[0][0]), g)
        q(deleg, f"<{ICT}headedBy>", person, g)
        for i in range(2):
            ev = _iri(f"announcement/{key}/evidence/{i}")
            q(ev, f"<{RDF_TYPE}>", f"<{ICT}Evidence>", g)
            q(ev, f"<{ICT}evidenceFor>", m if i == 0 else chair, g)
            q(ev, f"<{ICT}sentence>", _lit(f"Sentence {i} of announcement {key}."), g)
            q(ev, f"<{ICT}startOffset>", _lit(str(i * 100), dt="integer"), g)
            q(ev, f"<{PROV}wasDerivedFrom>", ann, g)
        for i, (a, _) in enumerate(parts):
            men = _iri(f"announcement/{key}/mention/{i}")
            q(men, f"<{RDF_TYPE}>", f"<{ICT}Mention>", g)
            q(men, f"<{ICT}mentions>", _iri(a), g)
            q(men, f"<{ICT}inMeeting>", m, g)
            q(men, f"<{ICT}role>", _lit("participant"), g)
            q(men, f"<{ICT}surfaceForm>", _lit(f"agency {a}"), g)
            q(men, f"<{ICT}sentence>", _lit(f"Officials of agency {a} took part."), g)
            q(men, f"<{PROV}wasDerivedFrom>", ann, g)
    probe = {"agency": agencies[0][0], "forum": processes[0]}
    return "\n".join(lines) + "\n", probe


class RdflibStore:
    """The store API over an in-memory rdflib Dataset (union default graph), for comparison."""

    def __init__(self, nquads: str):
        self.ds = Dataset(default_union=True)
        self.ds.parse(data=nquads, format="nquads")
        self._prologue = sparql_prefixes()

    def select(self, sparql, bindings=None):
        res = self.ds.query(self._prologue + sparql, initBindings=bindings or {})
        names = [str(v) for v in res.vars]
        return names, [{n: row[n] for n in names} for row in res]

    def query(self, sparql, bindings=None):
        return self.select(sparql, bindings)[1]

    def __len__(self):
        return sum(1 for _ in self.ds.quads())


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def timed(fn, repeat: int, timeout: float) -> float | None:
    """Median wall time of `fn` in ms over `repeat` runs after one warm-up; None on timeout."""
    signal.signal(signal.SIGALRM, _alarm)
    times = []
    try:
        for i in range(repeat + 1):
            signal.setitimer(signal.ITIMER_REAL, timeout)
            t = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t) * 1000)
            signal.setitimer(signal.ITIMER_REAL, 0)
            if i == 0 and times[0] > timeout * 1000 / 4:
                return times[0]  # slow: the warm-up run is the measurement
    except Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return statistics.median(times[1:])


def workload(store, probe: dict) -> dict:
    agency, forum = URIRef(f"{ID}{probe['agency']}"), URIRef(f"{ID}{probe['forum']}")
    q = {n: load_query(n).text for n in ("cq1", "cq2", "cq3", "cq4", "cq7")}
    return {
        "CQ1 one agency": lambda: store.select(q["cq1"], {"agency": agency}),
        "CQ2 all links": lambda: store.select(q["cq2"]),
        "CQ3 one forum": lambda: store.select(q["cq3"], {"forum": forum}),
        "CQ3 all chairs": lambda: store.select(q["cq3"]),
        "CQ4 one forum": lambda: store.select(q["cq4"], {"forum": forum}),
        "CQ7 all states": lambda: store.select(q["cq7"]),
        "who one agency": lambda: who(store, agency),
    }


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def run_size(target: int, rdflib_max: int, timeout: float, tmp: Path) -> dict:
    nquads, probe = synthetic_nquads(target)
    data = tmp / f"g{target}.nq"
    data.write_text(nquads, encoding="utf-8")
    path = tmp / f"store{target}"
    t = time.perf_counter()
    store = open_store(path)
    store.load(data)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    inferred = materialise(store)
    reason_s = time.perf_counter() - t
    total = len(store)
    store.close()
    store = open_store(path, read_only=True)
    result = {"triples": total, "inferred": inferred, "oxigraph": {
        "load_s": round(load_s, 2), "reason_s": round(reason_s, 2), "disk_mb": round(_du(path) / 1e6, 1),
        "ms": {k: _round(timed(f, 5, timeout)) for k, f in workload(store, probe).items()}}}
    if target <= rdflib_max:
        full = store.dump(None, "nq").decode("utf-8")  # with the inferred graph, so both answer the same
        t = time.perf_counter()
        rd = RdflibStore(full)
        rd_load = time.perf_counter() - t
        result["rdflib"] = {"load_s": round(rd_load, 2),
                            "ms": {k: _round(timed(f, 1, timeout)) for k, f in workload(rd, probe).items()}}
        for name, fn in workload(store, probe).items():  # both stores must agree
            if name.startswith("who"):
                continue
            rows_ox = {tuple(sorted((k, str(v)) for k, v in r.items() if v is not None)) for r in fn()[1]}
            rows_rd = None
            try:
                signal.setitimer(signal.ITIMER_REAL, timeout)
                rows_rd = {tuple(sorted((k, str(v)) for k, v in r.items() if v is not None))
                           for r in workload(rd, probe)[name]()[1]}
            except Timeout:
                pass
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            result.setdefault("agree", {})[name] = None if rows_rd is None else rows_ox == rows_rd
    store.close()
    return result


def _round(ms):
    return None if ms is None else round(ms, 1)


def table(results: dict) -> str:
    lines = ["| triples | store | load s | reason s | disk MB | " + " | ".join(_names()) + " |",
             "|---|---|---|---|---|" + "---|" * len(_names())]
    for r in results.values():
        ox_ms, rd = r["oxigraph"]["ms"], r.get("rdflib")
        lines.append(f"| {r['triples']:,} | oxigraph (disk) | {r['oxigraph']['load_s']} | {r['oxigraph']['reason_s']} "
                     f"| {r['oxigraph']['disk_mb']} | " + " | ".join(_ms(ox_ms[n]) for n in _names()) + " |")
        if rd:
            lines.append(f"| {r['triples']:,} | rdflib (memory) | {rd['load_s']} | – | – | "
                         + " | ".join(_ms(rd["ms"][n]) + _speedup(ox_ms[n], rd["ms"][n]) for n in _names()) + " |")
    return "\n".join(lines)


def _names():
    return ["CQ1 one agency", "CQ2 all links", "CQ3 one forum", "CQ3 all chairs", "CQ4 one forum", "CQ7 all states",
            "who one agency"]


def _ms(v):
    return "timeout" if v is None else f"{v:,.1f} ms"


def _speedup(ox_ms, rd_ms):
    if ox_ms and rd_ms:
        return f" (×{rd_ms / ox_ms:,.0f})"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--rdflib-max", type=int, default=1_000_000, help="largest size to also run on rdflib")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per query before it counts as timeout")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "store.json"))
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ictkg-bench-"))
    results = {}
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            print(f"… {size:,} triples", file=sys.stderr, flush=True)
            results[str(size)] = run_size(size, args.rdflib_max, args.timeout, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(table(results))
    for size, r in results.items():
        if "agree" in r:
            print(f"{size}: same answers oxigraph vs rdflib: {r['agree']}")


if __name__ == "__main__":
    _ = from_ox  # the store's adapters are what is measured
    main()
