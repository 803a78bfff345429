"""The whole curation loop (issue 19): the queue, accept and merge, the graph following at once,
undo restoring it exactly, a later ingest linking the accepted forum, and the vocabulary travelling."""

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.curation import GRAPH_ANALYST_VOCAB, GRAPH_DECISIONS
from kg.namespaces import GRAPH_MERGED, ID
from kg.store import open_store

FRONT = "---\npublished: {date}\nlang: ru\n---\n"
FORUM_IN_THREE_CASES = [
    "5 мая в Дохе состоялось первое заседание Диалога Россия – Совет сотрудничества по вопросам МИБ.",
    "Диалог Россия – Совет сотрудничества по вопросам МИБ провел 9 октября второе заседание в Москве.",
    "20 февраля делегации приняли участие в третьем заседании Диалога Россия – Совет сотрудничества по "
    "вопросам МИБ, прошедшем в Эр-Рияде.",
]
# A known body (id:agency/KAZ/digital-development) by a name no vocabulary lists.
BODY_BY_UNSEEN_ALIAS = (
    "5 июня в Астане состоялись российско-казахстанские консультации по вопросам информационной безопасности. "
    "В них приняли участие представители МИД России и Министерства цифровых инноваций и аэрокосмической "
    "промышленности Республики Казахстан.")
FORUM = str(ID["candidate/process/dialog-rossiya-sovet-sotrudnichestvo-po-vopros-mib"])
ACCEPTED = str(ID["process/dialog-rossiya-sovet-sotrudnichestvo-po-vopros-mib"])
KNOWN_BODY = str(ID["agency/KAZ/digital-development"])
FORUM_EN = "Russia – GCC Dialogue on ICT security"


def run(*args, ok=True):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "announcements"
    folder.mkdir()
    for i, text in enumerate(FORUM_IN_THREE_CASES):
        (folder / f"forum-{i}.txt").write_text(FRONT.format(date="2025-10-10") + text + "\n", encoding="utf-8")
    (folder / "body.txt").write_text(FRONT.format(date="2025-06-06") + BODY_BY_UNSEEN_ALIAS + "\n", encoding="utf-8")
    store = tmp_path / "store"
    run("ingest", folder, "--store", store)
    return tmp_path, store


def queue(store):
    return json.loads(run("candidates", "--store", store, "--format", "json").output)


def stated(store):
    """Every quad but the decision log and the merged index (which carries a fresh run mark)."""
    with open_store(store, read_only=True) as s:
        return {(str(g), t) for g in s.graphs() if g not in (GRAPH_DECISIONS, GRAPH_MERGED) for t in s.triples_in(g)}


def cq2(store):
    return json.loads(run("query", "cq2_body_process_links", "--store", store, "--format", "json").output)


def test_queue_shows_the_forum_once_with_its_sentences_and_the_body_with_the_right_suggestion(corpus):
    _, store = corpus
    entries = {e["candidate"]: e for e in queue(store)}
    forum = entries[FORUM]
    assert (forum["kind"], forum["count"]) == ("forum", 3)
    assert forum["name"] == "Диалог Россия – Совет сотрудничества по вопросам МИБ"
    assert sorted(forum["sentences"]) == sorted(FORUM_IN_THREE_CASES)
    assert [a["source"] for a in forum["announcements"]] == ["forum-0.txt", "forum-1.txt", "forum-2.txt"]
    body = next(e for e in entries.values() if e["kind"] == "body")
    assert (body["name"], body["state"], body["count"]) == (
        "Министерство цифровых инноваций и аэрокосмической промышленности", "KAZ", 1)
    assert body["suggestions"][0]["iri"] == KNOWN_BODY
    assert len(body["suggestions"]) <= 3
    # most frequent first
    assert [e["count"] for e in queue(store)] == sorted((e["count"] for e in queue(store)), reverse=True)


def test_accept_and_merge_change_the_graph_and_undo_restores_it_exactly(corpus):
    _, store = corpus
    before, cq2_before = stated(store), cq2(store)
    body = next(e for e in queue(store) if e["kind"] == "body")["candidate"]
    assert "2025-06-05" not in run("who", "МЦРИАП", "--store", store, "--format", "csv").output

    out = run("candidates", "accept", FORUM, "--name-en", FORUM_EN, "--by", "analyst-a", "--store", store).output
    assert out.startswith("decision 1: accepted as " + ACCEPTED)
    run("candidates", "merge", body, KNOWN_BODY, "--by", "analyst-b", "--store", store)

    left = {e["candidate"] for e in queue(store)}
    assert FORUM not in left and body not in left
    with open_store(store, read_only=True) as s:
        # no duplicate nodes: the candidates are gone from every graph, the meetings link the entities
        assert not s.ask("ASK { GRAPH ?g { { ?c ?p ?o } UNION { ?s ?p ?c } } FILTER(?g NOT IN (?log, ?merged)) }",
                         {"c": ID[FORUM[len(str(ID)):]], "log": GRAPH_DECISIONS, "merged": GRAPH_MERGED})
        forums = s.query("SELECT DISTINCT ?m WHERE { ?m ict:ofForum ?f }", {"f": ID[ACCEPTED[len(str(ID)):]]})
        assert len(forums) == 3
        vocab = s.triples_in(GRAPH_ANALYST_VOCAB)
        assert {str(o) for _s, p, o in vocab if str(p).endswith("prefLabel")} >= {FORUM_EN}
    # `who` of the known body now lists the meeting that named it by the unseen alias, with its sentence
    who = json.loads(run("who", "МЦРИАП", "--store", store, "--format", "json").output)
    assert [m["date"] for m in who["meetings"]] == ["2025-06-05"]
    assert "Министерства цифровых инноваций" in json.dumps(who, ensure_ascii=False)
    # cq2 (a kept answer) shows the body's link and the accepted forum under its English name
    rows = cq2(store)
    assert any(r["body"] == KNOWN_BODY for r in rows)
    assert any(r["process"] == ACCEPTED and r["processLabel"] == FORUM_EN for r in rows)
    assert not any(r["body"] == KNOWN_BODY for r in cq2_before)

    log = run("candidates", "decisions", "--store", store, "--format", "json").output
    decisions = json.loads(log)
    assert [(d["decision"], d["kind"], d["by"]) for d in decisions] == [(1, "accept", "analyst-a"),
                                                                       (2, "merge", "analyst-b")]
    assert sorted(decisions[0]["sentences"]) == sorted(FORUM_IN_THREE_CASES)

    run("candidates", "undo", "2", "--store", store)
    run("candidates", "undo", "1", "--store", store)
    assert stated(store) == before
    assert cq2(store) == cq2_before
    assert all(d["undone_at"] for d in json.loads(run("candidates", "decisions", "--store", store,
                                                      "--format", "json").output))
    again = run("candidates", "undo", "1", "--store", store, ok=False)
    assert again.exit_code == 1 and "already undone" in again.output


def test_a_later_ingest_links_the_accepted_forum_in_another_case_form_without_a_new_candidate(corpus):
    tmp_path, store = corpus
    run("candidates", "accept", FORUM, "--name-en", FORUM_EN, "--store", store)
    later = tmp_path / "later"
    later.mkdir()
    (later / "new.txt").write_text(FRONT.format(date="2026-03-01") + "25 февраля в Маскате прошло четвертое "
                                   "заседание Диалога Россия – Совет сотрудничества по вопросам МИБ.\n", encoding="utf-8")
    run("ingest", later, "--store", store)
    with open_store(store, read_only=True) as s:
        dates = {str(r["d"]) for r in s.query("SELECT ?d WHERE { ?m ict:ofForum ?f ; ict:date ?d }",
                                               {"f": ID[ACCEPTED[len(str(ID)):]]})}
    assert "2026-02-25" in dates and len(dates) == 4
    assert not any(e["kind"] == "forum" and "Совет сотрудничества" in e["name"] for e in queue(store))


def test_reject_removes_the_candidate_and_it_is_not_proposed_again(corpus):
    _, store = corpus
    target = next(e for e in queue(store) if e["kind"] == "forum" and e["count"] == 1)["candidate"]
    run("candidates", "reject", target, "--store", store)
    assert target not in {e["candidate"] for e in queue(store)}
    with open_store(store, read_only=True) as s:
        assert not s.ask("ASK { GRAPH ?g { ?m ict:ofForum ?c } }", {"c": ID[target[len(str(ID)):]]})


@pytest.mark.parametrize("args, message", [
    (["accept", FORUM], "--name-en"),  # a Russian-named forum needs its English name
    (["merge", FORUM, "id:process/no-such-forum"], "not a known entity"),
    (["merge", FORUM, KNOWN_BODY], "not of the candidate's type"),
    (["accept", "id:candidate/process/nothing-like-it", "--name-en", "X"], "no stored announcement names"),
    (["undo", "7"], "no such decision"),
    (["accept", FORUM, "--name-en", "X", "--state", "XXX"], "not a state"),
])
def test_a_decision_that_cannot_be_made_says_why_and_changes_nothing(corpus, args, message):
    _, store = corpus
    before = stated(store)
    result = run("candidates", *args, "--store", store, ok=False)
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert stated(store) == before


def test_export_then_import_into_a_fresh_store_gives_the_same_vocabulary(corpus):
    tmp_path, store = corpus
    body = next(e for e in queue(store) if e["kind"] == "body")["candidate"]
    run("candidates", "accept", FORUM, "--name-en", FORUM_EN, "--store", store)
    run("candidates", "merge", body, KNOWN_BODY, "--store", store)
    out = tmp_path / "team.ttl"
    assert "pass the shapes" in run("vocab", "export", "--out", out, "--store", store).output
    fresh = tmp_path / "fresh"
    run("vocab", "import", out, "--store", fresh)
    with open_store(store, read_only=True) as a, open_store(fresh, read_only=True) as b:
        assert set(a.triples_in(GRAPH_ANALYST_VOCAB)) == set(b.triples_in(GRAPH_ANALYST_VOCAB)) != set()


def test_import_refuses_a_file_that_fails_the_shapes_or_does_not_parse(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ict: <https://w3id.org/ictsec/ontology#> .\n"
                   "<https://w3id.org/ictsec/id/process/x> a ict:Process .\n", encoding="utf-8")
    result = run("vocab", "import", bad, "--store", tmp_path / "s", ok=False)
    assert result.exit_code == 1 and "fails the shapes" in result.output and "English" in result.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle <", encoding="utf-8")
    result = run("vocab", "import", broken, "--store", tmp_path / "s", ok=False)
    assert result.exit_code == 1 and f"{broken}: not valid Turtle" in result.output
