"""Store benchmark: on-disk Oxigraph vs in-memory rdflib on synthetic graphs shaped like ours.

Generates graphs in the contract's shape (docs/graph-model.md) of about 100k and
1M triples, loads them, materialises the inferred links, and times the analyst
queries: CQ1 (one agency), CQ2 (all links), CQ3 (one forum, and all chairs), CQ4 (one
forum), CQ7 (all states' forums) and `who` (one agency); CQ2 and CQ7 also as `ictkg query`
answers them, from the copy kept after reasoning (kg/reason/kept_answers.py). Participation is drawn in one of
two shapes (`--shape`, see MembershipDraw and UniformDraw).
Prints a markdown table per size and writes bench/results/store-SHAPE.json.

    .venv/bin/python bench/store_bench.py [--shape membership|uniform] [--sizes 100000,1000000]
                                          [--rdflib-max 1000000] [--timeout 120]

Per-entity questions run for the agency and the forum that most announcements name, and for typical (median) ones.
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
from kg.queries import load_query, run_query  # noqa: E402
from kg.reason import materialise  # noqa: E402
from kg.reason.kept_answers import keep_answers  # noqa: E402
from kg.store import from_ox, open_store  # noqa: E402
from kg.use.names import name_index  # noqa: E402
from kg.use.who import who  # noqa: E402

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


def _any_day(rnd) -> str:
    return f"{rnd.randint(2010, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"


class UniformDraw:
    """Worst case: each meeting's forum, linked process and five agencies drawn uniformly from all
    of them, so nearly every participation is a body-process pair never seen before (185k links
    from 12.5k meetings at 1M triples)."""

    def __init__(self, rnd, agencies, processes):
        self.rnd, self.agencies, self.processes = rnd, agencies, processes

    def forum(self):
        return self.rnd.choice(self.processes)

    def date(self, forum):
        return _any_day(self.rnd)

    def linked(self, forum):
        return self.rnd.choice(self.processes)

    def participants(self, forum):
        return self.rnd.sample(self.agencies, 5)


class MembershipDraw:
    """Shaped like the field: a forum has member states (most are bilateral or small groups, some
    regional, a few global), each state sends the few agencies that do ICT security (2-5 of its
    12), a forum is tied to 1-3 processes, and some forums meet far more often than others
    (Zipf-like). A forum meets on 1-4 days a year, and each meeting is reported by every
    announcement that falls on it. Participation then recurs, as it does in real announcements."""

    def __init__(self, rnd, agencies, processes):
        self.rnd, self.processes = rnd, processes
        by_state: dict[str, list] = {}
        for a, s in agencies:
            by_state.setdefault(s, []).append((a, s))
        states = sorted(by_state)
        active = {s: rnd.sample(by_state[s], rnd.randint(2, 5)) for s in states}
        self.pool = {}
        for p in processes:
            r = rnd.random()
            size = rnd.randint(2, 4) if r < 0.6 else rnd.randint(8, 30) if r < 0.9 else rnd.randint(60, 150)
            self.pool[p] = [part for s in rnd.sample(states, size) for part in active[s]]
        self.related = {p: rnd.sample(processes, rnd.randint(1, 3)) for p in processes}
        ranks = list(range(1, len(processes) + 1))
        rnd.shuffle(ranks)
        self.weights = [1 / r ** 0.8 for r in ranks]
        self.days = {p: [f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
                         for year in range(2010, 2026) for _ in range(rnd.randint(1, 4))] for p in processes}

    def forum(self):
        return self.rnd.choices(self.processes, self.weights)[0]

    def date(self, forum):
        return self.rnd.choice(self.days[forum])

    def linked(self, forum):
        return self.rnd.choice(self.related[forum])

    def participants(self, forum):
        pool = self.pool[forum]
        return self.rnd.sample(pool, min(5, len(pool)))


SHAPES = {"membership": MembershipDraw, "uniform": UniformDraw}


def synthetic_nquads(target: int, seed: int = 7, shape: str = "membership") -> tuple[str, dict]:
    """N-Quads for a graph of about `target` triples: vocabulary plus announcements, participation
    drawn as `shape` says. Also the probes: the agency and the forum most announcements name, and median ones."""
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
    draw = SHAPES[shape](rnd, agencies, processes)
    busiest: dict[str, dict[str, int]] = {"agency": {}, "forum": {}}
    meetings: dict[str, tuple[str, str, str]] = {}
    chair_state: dict[str, str] = {}
    for k in range(n_ann):
        key = f"a{k}"
        g = _iri(f"graph/announcement/{key}")
        ann = _iri(f"announcement/{key}")
        forum = draw.forum()
        date = draw.date(forum)
        m = _iri(f"meeting/{forum.split('/')[1]}/{date}")
        if m not in meetings:  # what every source says of the meeting: place in the series, format, chair
            meetings[m] = (str(rnd.randint(1, 20)), rnd.choice(['Online', 'InPerson', 'Hybrid']),
                           _iri(f"person/p{rnd.randint(0, 5000)}"))
        ordinal, form, person = meetings[m]
        q(ann, f"<{RDF_TYPE}>", f"<{ICT}Announcement>", g)
        q(ann, f"<{SCHEMA}url>", _lit(f"https://example.org/{key}", dt="anyURI"), g)
        q(ann, f"<{ICT}reports>", m, g)
        q(ann, "<http://purl.org/dc/terms/issued>", _lit(date, dt="date"), g)
        q(m, f"<{RDF_TYPE}>", f"<{ICT}Meeting>", g)
        q(m, f"<{ICT}ofForum>", _iri(forum), g)
        q(m, f"<{ICT}date>", _lit(date, dt="date"), g)
        q(m, f"<{ICT}ordinal>", _lit(ordinal, dt="integer"), g)
        q(m, f"<{ICT}format>", f"<{ICT}{form}>", g)
        q(m, f"<{ICT}linkedToProcess>", _iri(draw.linked(forum)), g)
        q(m, f"<{PROV}wasDerivedFrom>", ann, g)
        parts = draw.participants(forum)
        busiest["forum"][forum] = busiest["forum"].get(forum, 0) + 1
        for a, _state in parts:
            busiest["agency"][a] = busiest["agency"].get(a, 0) + 1
            q(m, f"<{ICT}hasParticipant>", _iri(a), g)
        for s in {s for _, s in parts[:3]}:
            q(m, f"<{ICT}hasParticipant>", _iri(s), g)
        chair = f"<{m[1:-1]}/chair/{person[1:-1].rsplit('/', 1)[-1]}>"
        q(chair, f"<{RDF_TYPE}>", f"<{ICT}Chairing>", g)
        q(chair, f"<{ICT}chairOf>", m, g)
        q(chair, f"<{ICT}chairPerson>", person, g)
        q(chair, f"<{ICT}chairRole>", f"<{ICT}Chair>", g)
        q(chair, f"<{ICT}representsState>", _iri(chair_state.setdefault(m, parts[0][1])), g)
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
    probe = {}
    for kind, counts in busiest.items():
        ranked = sorted(sorted(counts), key=counts.get)  # fewest meetings first, ties by name
        probe[kind] = ranked[-1]
        probe[f"typical {kind}"] = ranked[len(ranked) // 2]  # the median
        probe[f"{kind} meetings"] = {"busiest": counts[ranked[-1]], "typical": counts[ranked[len(ranked) // 2]]}
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

    def text_rows(self, sparql, bindings=None):
        return [{n: None if v is None else str(v) for n, v in row.items()} for row in self.query(sparql, bindings)]

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


# Answered from the copy kept after reasoning (kg/reason/kept_answers.py), on the embedded store only; rdflib
# is compared with the same question asked of its engine.
KEPT = {"CQ2 all links, kept answer": ("cq2", "CQ2 all links"),
        "CQ7 all states, kept answer": ("cq7", "CQ7 all states")}


def workload(store, probe: dict) -> dict:
    """The timed questions. Per-entity ones run for the busiest agency or forum (the most announcements name it)
    and for a typical one (the median).

    `who` is given the agency's IRI and labels its report from the store's name index, which is built
    once per store object (a session, the workbench) to resolve names: it is built here, before any
    timing, for both stores. Before, rdflib's first `who` built it (about 30 s at 100k triples) and,
    when that warm-up ran over a quarter of the timeout, it was reported as `who`'s time."""
    name_index(store)
    busy_agency, busy_forum = URIRef(f"{ID}{probe['agency']}"), URIRef(f"{ID}{probe['forum']}")
    agency, forum = URIRef(f"{ID}{probe['typical agency']}"), URIRef(f"{ID}{probe['typical forum']}")
    q = {n: load_query(n).text for n in ("cq1", "cq2", "cq3", "cq4", "cq7")}
    return {
        "CQ1 busiest agency": lambda: store.select(q["cq1"], {"agency": busy_agency}),
        "CQ1 typical agency": lambda: store.select(q["cq1"], {"agency": agency}),
        "CQ3 busiest forum": lambda: store.select(q["cq3"], {"forum": busy_forum}),
        "CQ3 typical forum": lambda: store.select(q["cq3"], {"forum": forum}),
        "CQ4 busiest forum": lambda: store.select(q["cq4"], {"forum": busy_forum}),
        "CQ4 typical forum": lambda: store.select(q["cq4"], {"forum": forum}),
        "who busiest agency": lambda: who(store, busy_agency),
        "who typical agency": lambda: who(store, agency),
        "CQ2 all links": lambda: store.select(q["cq2"]),
        "CQ7 all states": lambda: store.select(q["cq7"]),
        "CQ3 all chairs": lambda: store.select(q["cq3"]),
    }


def kept_workload(store) -> dict:
    return {name: (lambda query=query: run_query(store, query)) for name, (query, _) in KEPT.items()}


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def run_size(target: int, rdflib_max: int, timeout: float, tmp: Path, shape: str) -> dict:
    nquads, probe = synthetic_nquads(target, shape=shape)
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
    t = time.perf_counter()
    kept = keep_answers(store)
    keep_s = time.perf_counter() - t
    assert len(kept) == len(KEPT), kept
    total = len(store)
    store.close()
    store = open_store(path, read_only=True)
    asked = {**workload(store, probe), **kept_workload(store)}
    result = {"triples": total, "inferred": inferred, "probe": probe, "oxigraph": {
        "load_s": round(load_s, 2), "reason_s": round(reason_s, 2), "keep_s": round(keep_s, 2),
        "disk_mb": round(_du(path) / 1e6, 1),
        "ms": {k: _round(timed(f, 5, timeout)) for k, f in asked.items()},
        "rows": {k: _rows(f()) for k, f in asked.items()}}, "timeout_s": timeout}
    result["kept same as engine"] = {name: asked[name]() == asked[engine_name]()  # same rows, same order
                                     for name, (_, engine_name) in KEPT.items()}
    if target <= rdflib_max:
        full = store.dump(None, "nq").decode("utf-8")  # with the inferred graph, so both answer the same
        t = time.perf_counter()
        rd = RdflibStore(full)
        rd_load = time.perf_counter() - t
        result["rdflib"] = {"load_s": round(rd_load, 2),
                            "ms": {k: _round(timed(f, 1, timeout)) for k, f in workload(rd, probe).items()}}
        for name, fn in asked.items():  # both stores must agree
            if name.startswith("who"):
                continue
            rows_ox = {tuple(sorted((k, str(v)) for k, v in r.items() if v is not None)) for r in fn()[1]}
            rows_rd = None
            try:
                signal.setitimer(signal.ITIMER_REAL, timeout)
                rows_rd = {tuple(sorted((k, str(v)) for k, v in r.items() if v is not None))
                           for r in workload(rd, probe)[KEPT.get(name, (None, name))[1]]()[1]}
            except Timeout:
                pass
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            result.setdefault("agree", {})[name] = None if rows_rd is None else rows_ox == rows_rd
    store.close()
    return result


def _rows(answer) -> int:
    return len(answer[1]) if isinstance(answer, tuple) else sum(len(m.sources) for m in answer.meetings)


def _round(ms):
    return None if ms is None else round(ms, 1)


def table(results: dict) -> str:
    """One table per size: a row per question, Oxigraph on disk against rdflib in memory."""
    out = []
    for r in results.values():
        ox_r, rd = r["oxigraph"], r.get("rdflib")
        meetings = r["probe"]
        out += [f"{r['triples']:,} triples after reasoning ({r['inferred']:,} inferred): Oxigraph load "
                f"{ox_r['load_s']} s, reason {ox_r['reason_s']} s, keep answers {ox_r['keep_s']} s, "
                f"{ox_r['disk_mb']} MB on disk"
                + (f"; rdflib load {rd['load_s']} s" if rd else "")
                + f". Participants named by announcements: the busiest agency by "
                f"{meetings['agency meetings']['busiest']:,}, the typical one by {meetings['agency meetings']['typical']:,}; "
                f"forums reported: the busiest by {meetings['forum meetings']['busiest']:,} announcements, the typical one "
                f"by {meetings['forum meetings']['typical']:,}.", "",
                "| question | rows | Oxigraph (disk) | rdflib (memory) | rdflib / Oxigraph |", "|---|---|---|---|---|"]
        for n in _names():
            ox_ms, rd_ms = ox_r["ms"][n], rd["ms"][KEPT.get(n, (None, n))[1]] if rd else None
            ratio = _ratio(rd_ms / ox_ms) if ox_ms and rd_ms else (
                f"over {_ratio(r['timeout_s'] * 1000 / ox_ms)}" if rd and ox_ms and rd_ms is None else "–")
            out.append(f"| {n} | {ox_r['rows'].get(n, '')} | {_ms(ox_ms)} | {_ms(rd_ms) if rd else '–'} | {ratio} |")
        out.append("")
    return "\n".join(out)


def _ratio(x: float) -> str:
    return f"×{x:,.1f}" if x < 100 else f"×{x:,.0f}"  # one decimal near the ×10 bar


def _names():
    return ["CQ1 busiest agency", "CQ1 typical agency", "CQ3 busiest forum", "CQ3 typical forum",
            "CQ4 busiest forum", "CQ4 typical forum", "who busiest agency", "who typical agency",
            "CQ2 all links", "CQ7 all states", *KEPT, "CQ3 all chairs"]


def _ms(v):
    return "timeout" if v is None else f"{v:,.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--shape", choices=sorted(SHAPES), default="membership",
                    help="how participation is drawn (see MembershipDraw and UniformDraw)")
    ap.add_argument("--rdflib-max", type=int, default=1_000_000, help="largest size to also run on rdflib")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per query before it counts as timeout")
    ap.add_argument("--out", help="default: bench/results/store-SHAPE.json")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ictkg-bench-"))
    results = {}
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            print(f"… {size:,} triples", file=sys.stderr, flush=True)
            results[str(size)] = run_size(size, args.rdflib_max, args.timeout, tmp, args.shape)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = Path(args.out or ROOT / "bench" / "results" / f"store-{args.shape}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"shape": args.shape, "sizes": results}, indent=2), encoding="utf-8")
    print(f"participation drawn: {args.shape}")
    print(table(results))
    for size, r in results.items():
        print(f"{size}: kept answers the same as the engine's: {r['kept same as engine']}")
        if "agree" in r:
            print(f"{size}: same answers oxigraph vs rdflib: {r['agree']}")


if __name__ == "__main__":
    _ = from_ox  # the store's adapters are what is measured
    main()
