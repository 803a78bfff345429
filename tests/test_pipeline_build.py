"""kg.pipeline: ingesting walks each folder once, and the demo build takes its worker count and size
limit as parameters."""

from __future__ import annotations

import shutil
from pathlib import Path

from kg import pipeline
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "announcements"


def _folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def test_a_folder_is_walked_once_and_its_count_sizes_the_progress(tmp_path, monkeypatch):
    folder = _folder(tmp_path, ["ru-csto-minsk-2017.txt", "ru-csto-minsk-2017.gold.json",
                                "en-igf-kyoto-2023.txt"])
    walks = []
    walk = pipeline.announcement_files
    monkeypatch.setattr(pipeline, "announcement_files", lambda *a, **k: walks.append(a) or walk(*a, **k))
    totals, items = [], []
    store = open_store(memory=True)
    report, reasoned = pipeline.ingest_paths([str(folder)], store, reasoning=False, on_total=totals.append,
                                             on_item=items.append)
    assert len(walks) == 1
    assert totals == [2] and report.read == 2 and len(set(items)) == 2
    assert [path for path, _ in report.skipped] == [str(folder / "ru-csto-minsk-2017.gold.json")]
    assert reasoned is None


def test_the_demo_build_takes_its_size_limit_and_workers(tmp_path):
    folder = _folder(tmp_path, ["ru-csto-minsk-2017.txt", "en-igf-kyoto-2023.txt"])
    built = pipeline.build_demo(str(folder), tmp_path / "out", workers=1, max_bytes=100)
    assert built.ingested.read == 0 and len(built.ingested.problems) == 2  # both over 100 bytes
    assert all("100" in p or "large" in p or "MB" in p for p in built.ingested.problems), built.ingested.problems
    for page in (built.graph_page, built.report_page, built.export):
        assert page.is_file()


def test_the_demo_build_writes_what_it_counts(tmp_path):
    folder = _folder(tmp_path, ["ru-csto-minsk-2017.txt"])
    built = pipeline.build_demo(str(folder), tmp_path / "out", workers=2)
    assert built.ingested.ingested == 1 and built.meetings >= 1 and built.triples > 0
    assert built.reasoned.inferred >= 0 and (tmp_path / "out" / "store").is_dir()
    assert built.report_page == tmp_path / "out" / "report.html"
