"""Output safety: pages escape announcement text, hostile names are values (never query text), and files
land only where the user pointed `--out`, under names the project chose.

Decision (docs/robustness.md): an `--out` path is the user's explicit choice and is honoured as given,
`..` and absolute paths included (the user can write there anyway); what an announcement says never
becomes part of a file name or path.
"""

import json
import re
import shutil
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from kg.cli import cli
from kg.ingest import default_resources, ingest
from kg.namespaces import ICT, ID, SCHEMA
from kg.read import read_paths
from kg.reason import materialise
from kg.store import open_store

CORPUS = Path(__file__).parent / "hostile" / "corpus"
# The inputs with hostile names, titles and markup (the rest of the corpus repeats one meeting many
# times, which the network code pays for: see test_one_meeting_reported_many_times_stays_cheap_to_draw).
INPUTS = ["hostile.jsonl", "hostile-names.md", "html-scripts-iframes.html", "html-entity-bomb.html",
          "german.txt", "binary.txt"]

# What an extractor could be made to produce from a crafted announcement, put straight into the store so
# that output safety does not lean on what the reader filters.
AGENCY = '<script>alert("agency")</script> Служба "} ; DROP ALL ; # \\ \'x\''
FORUM = '<img src=x onerror=alert("forum")> Форум ]]> -->'
TITLE = '<iframe src="javascript:alert(1)"></iframe> Release'
SENTENCE = '</script><script>alert("sentence")</script> & &amp; \u2028 end'
SOURCE_NAME = "../../../evil.html"
RAW_MARKERS = ['<script>alert("', "<img src=x onerror", '<iframe src="javascript', "</script><script>"]
NO_MATCH = '"} ; DROP ALL ; # <script>'


def _xsd(name: str) -> URIRef:
    # not rdflib's XSD namespace object at module level: pytest's collection trips over closed namespaces
    return URIRef("http://www.w3.org/2001/XMLSchema#" + name)


def _hostile_triples():
    g = ID["graph/announcement/injected-0badc0de"]
    a, m = ID["announcement/injected-0badc0de"], ID["meeting/adhoc/injected-0badc0de-0"]
    agency, forum, ev, men = (ID["agency/RUS/x-hostile"], ID["candidate/process/x-hostile"],
                              URIRef(f"{a}/evidence/1"), URIRef(f"{a}/mention/2"))
    triples = [
        (a, RDF.type, ICT.Announcement), (a, ICT.sourceName, Literal(SOURCE_NAME)),
        (a, DCTERMS.title, Literal(TITLE)), (a, SCHEMA.url, Literal("javascript:alert(1)", datatype=_xsd("anyURI"))),
        (a, DCTERMS.issued, Literal("2020-01-02", datatype=_xsd("date"))), (a, ICT.reports, m),
        (m, RDF.type, ICT.Meeting), (m, ICT.meetingKind, Literal("other")), (m, PROV.wasDerivedFrom, a),
        (m, ICT.date, Literal("2020-01-02", datatype=_xsd("date"))), (m, ICT.ofForum, forum),
        (m, ICT.hasParticipant, agency), (m, ICT.hasParticipant, ID["state/RUS"]),
        (m, ICT.linkedToProcess, ID["process/un-oewg-2021-2025"]),
        (agency, RDF.type, ICT.GovernmentAgency), (agency, SKOS.prefLabel, Literal(AGENCY, lang="en")),
        (agency, ICT.agencyOf, ID["state/RUS"]),
        (forum, RDF.type, ICT.Process), (forum, RDF.type, ICT.Candidate), (forum, ICT.isCandidate, Literal(True)),
        (forum, SKOS.prefLabel, Literal(FORUM)),
        (ev, RDF.type, ICT.Evidence), (ev, ICT.evidenceFor, m), (ev, ICT.sentence, Literal(SENTENCE)),
        (ev, ICT.startOffset, Literal(0)), (ev, ICT.endOffset, Literal(10)), (ev, PROV.wasDerivedFrom, a),
        (men, RDF.type, ICT.Mention), (men, ICT.mentions, agency), (men, ICT.inMeeting, m),
        (men, ICT.role, Literal("participant")), (men, ICT.surfaceForm, Literal(AGENCY)),
        (men, ICT.sentence, Literal(SENTENCE)), (men, ICT.startOffset, Literal(0)), (men, ICT.endOffset, Literal(5)),
        (men, PROV.wasDerivedFrom, a),
    ]
    return [(s, p, o, g) for s, p, o in triples]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """The hostile corpus ingested, the crafted graph added, inference run."""
    path = tmp_path_factory.mktemp("outputs") / "store"
    with open_store(path) as store:
        ingest(read_paths([str(CORPUS / name) for name in INPUTS]), store, res=default_resources())
        store.add_quads(_hostile_triples())
        materialise(store)
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


# ------------------------------------------------------------------ pages escape announcement text


def _check_page(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    for marker in RAW_MARKERS:
        assert marker not in html, f"{path.name}: raw {marker!r}"
    tree = lxml.html.fromstring(html)
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag not in ("iframe", "object", "embed"), f"{path.name}: <{el.tag}>"
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"{path.name}: <{el.tag} {name}=…>"
            if name in ("href", "src"):
                assert re.match(r"(https?://|#|data:|[\w.-]+$)", value), f"{path.name}: {name}={value!r}"
        if el.tag == "script":  # page data is JSON; the code is ours and names none of the hostile text
            assert el.get("type") == "application/json" or "x-hostile" not in (el.text or ""), path.name


def test_every_page_escapes_announcement_text(store_dir, tmp_path):
    assert run("report", "--store", store_dir, "--out", tmp_path / "report").exit_code == 0
    assert run("viz", "--store", store_dir, "--out", tmp_path / "v.html", "--lang", "ru").exit_code == 0
    pages = sorted(tmp_path.rglob("*.html"))
    assert {p.name for p in pages} == {"report.html", "graph.html", "heatmap.html", "v.html"}
    for page in pages:
        _check_page(page)
    # the text is on the pages, as text: escaped by the template or inside the JSON data
    report = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    assert "&lt;iframe src=&#34;javascript:alert(1)&#34;&gt;&lt;/iframe&gt; Release" in report
    assert 'href="javascript' not in report
    graph = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "\\u003cscript\\u003ealert(\\\"agency\\\")\\u003c/script\\u003e" in graph
    heatmap = (tmp_path / "report" / "heatmap.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#34;agency&#34;)&lt;/script&gt;" in heatmap


def test_network_exports_are_well_formed_xml_holding_the_text(store_dir, tmp_path):
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"net.{fmt}"
        assert run("export", "--format", fmt, "--store", store_dir, "--out", out).exit_code == 0
        root = lxml.etree.parse(str(out)).getroot()
        texts = {v for el in root.iter() for v in [el.text or "", *el.attrib.values()]}
        assert any(AGENCY in text for text in texts), fmt  # the label, with its state's code after it


# ------------------------------------------------------------------ hostile names are values


def test_hostile_names_are_matched_as_values_by_every_command(store_dir, tmp_path):
    with open_store(store_dir, read_only=True) as store:
        before = len(store)
    who = run("who", AGENCY, "--store", store_dir, "--format", "json")
    assert who.exit_code == 0, who.output
    report = json.loads(who.stdout)
    assert report["label"].startswith(AGENCY) and len(report["meetings"]) == 1
    query = run("query", "cq1", "--param", f"agency={AGENCY}", "--store", store_dir, "--format", "json")
    assert query.exit_code == 0, query.output
    assert {r["agencyLabel"] for r in json.loads(query.stdout)} == {AGENCY}
    path = run("path", AGENCY, "RUS", "--store", store_dir)
    assert path.exit_code == 0 and "Chain 1" in path.output, path.output
    viz = run("viz", "--focus", AGENCY, "--store", store_dir, "--out", tmp_path / "focus.html")
    assert viz.exit_code == 0, viz.output
    _check_page(tmp_path / "focus.html")
    with open_store(store_dir, read_only=True) as store:
        assert len(store) == before


@pytest.mark.parametrize("args", [
    ["who", NO_MATCH], ["path", NO_MATCH, "RUS"], ["viz", "--focus", NO_MATCH, "--out", "{tmp}/x.html"],
    ["viz", "--state", NO_MATCH, "--out", "{tmp}/x.html"], ["query", "cq1", "--param", f"agency={NO_MATCH}"],
    ["query", "cq4", "--param", f"forum={NO_MATCH}"], ["export", "--graph", NO_MATCH],
])
def test_a_hostile_name_that_matches_nothing_is_one_error_line(store_dir, tmp_path, args):
    result = run(*[a.replace("{tmp}", str(tmp_path)) for a in args], "--store", store_dir)
    assert result.exit_code in (1, 2)
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("Error: ") and "Traceback" not in result.output, result.output
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("args", [["query", "cq1", "--param", "agency=http://x> } ; DROP ALL ; #"],
                                  ["export", "--graph", "http://x> y"]])
def test_a_malformed_iri_value_is_one_error_line(store_dir, args):
    result = run(*args, "--store", store_dir)
    assert result.exit_code in (1, 2) and result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output.strip().splitlines()[-1].startswith("Error: ")


# ------------------------------------------------------------------ files land where --out says


OUTPUTS = {  # command -> (arguments with {out}, files it writes there)
    "report": (["report", "--out", "{out}"],
               {"report.html", "graph.html", "heatmap.html", "agency_process.csv", "timeline.png"}),
    "analyze": (["analyze", "--out", "{out}"],
                {f"{t}.{e}" for t in ("centrality", "top_bodies", "communities", "participation_by_year",
                                      "agency_coparticipation") for e in ("csv", "json")}),
    "viz": (["viz", "--out", "{out}/page.html"], {"page.html"}),
    "export": (["export", "--format", "trig", "--out", "{out}/all.trig"], {"all.trig"}),
}


@pytest.mark.parametrize("command", sorted(OUTPUTS))
@pytest.mark.parametrize("style", ["dotdot", "absolute"])
def test_out_paths_are_honoured_exactly_and_nothing_lands_elsewhere(store_dir, tmp_path, command, style):
    args, names = OUTPUTS[command]
    work = tmp_path / "work"
    (work / "sub").mkdir(parents=True)
    target = tmp_path / "chosen"
    out = "sub/../../chosen" if style == "dotdot" else str(target.resolve())
    before = _files(tmp_path)
    with _cwd(work):
        result = run(*[a.format(out=out) for a in args], "--store", store_dir)
    assert result.exit_code == 0, result.output
    written = _files(tmp_path) - before
    assert {p.relative_to(target).as_posix() for p in written} == names


def test_demo_writes_only_its_own_names_under_out_whatever_the_announcements_say(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in INPUTS:
        shutil.copy(CORPUS / name, folder / name)
    out = tmp_path / "out"
    result = run("demo", folder, "--out", out)
    assert result.exit_code == 1  # the corpus has refused inputs; the pages are still written
    assert _files(tmp_path) - _files(folder) - _files(out) == set()
    pages = {p.name for p in out.iterdir() if p.is_file()}
    assert pages == {"report.html", "graph.html", "heatmap.html", "agency_process.csv", "timeline.png",
                     "ictsec.trig"}
    for page in out.glob("*.html"):
        _check_page(page)


def test_announcement_ids_never_become_file_names(store_dir, tmp_path):
    for command, (args, _) in OUTPUTS.items():
        assert run(*[a.format(out=tmp_path / command) for a in args], "--store", store_dir).exit_code == 0
    names = {p.name for p in _files(tmp_path)}
    assert all(re.fullmatch(r"[a-z_]+\.(html|csv|json|png|trig)", n) for n in names), names
    assert not any("evil" in str(p) or "passwd" in str(p) for p in _files(tmp_path.parent))


class _cwd:
    """Run a block in another working folder (what `..` is relative to)."""

    def __init__(self, path: Path):
        self.path, self.old = path, None

    def __enter__(self):
        import os

        self.old = os.getcwd()
        os.chdir(self.path)

    def __exit__(self, *exc):
        import os

        os.chdir(self.old)


# ------------------------------------------------------------------ the pages' cost


class _CountingStore:
    """A store that counts the result rows its queries return."""

    def __init__(self, store):
        self.store, self.rows = store, 0

    def query(self, *args, **kwargs):
        rows = self.store.query(*args, **kwargs)
        self.rows += len(rows)
        return rows

    def __getattr__(self, name):
        return getattr(self.store, name)


def _rows_to_draw(sources: int) -> int:
    from hostile.generate import announcement_text

    from kg.records import Announcement
    from kg.use.network import build_network

    store = open_store(memory=True)
    lang, text = announcement_text(1)
    ingest([Announcement(id=f"same-{i}.txt", source=f"same-{i}.txt", text=text, lang=lang) for i in range(sources)],
           store, res=default_resources())
    counting = _CountingStore(store)
    build_network(counting)
    return counting.rows


def test_one_meeting_reported_many_times_stays_cheap_to_draw():
    assert _rows_to_draw(6) < 2 * _rows_to_draw(1)
