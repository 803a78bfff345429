"""The built wheel is the whole tool: every file it reads at run time is inside, found without the checkout.

The wheel is built once per run (sdist first, the wheel from the sdist, as `python -m build` does in CI)
and unpacked into a temporary folder. The runs of the unpacked tool use `python -S`, so the editable
install's import hook (a .pth file) cannot fill in what the wheel lacks from the checkout.
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from kg import ontology_files

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "announcements" / "ru-csto-minsk-2017.txt"
CLEAN_COPY_SKIPS = (".git", ".venv", "*.egg-info", "build", "dist", "out", "__pycache__", ".*_cache", ".hypothesis",
                    "results")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # From a clean copy: setuptools reads back an earlier build's SOURCES.txt from *.egg-info in the
    # checkout, which would put files into the sdist that the configuration no longer selects.
    source = tmp_path_factory.mktemp("source") / "ictsec-kg"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*CLEAN_COPY_SKIPS))
    # --no-isolation: the test extra installs `build` and setuptools, so no network is needed here
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
                          capture_output=True, text=True)
    errors = [line for line in (done.stdout + done.stderr).splitlines() if line.lower().startswith("error")]
    assert done.returncode == 0, "python -m build failed: " + " | ".join(errors)
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    return site


def _package_source(package: str) -> Path:
    """The checkout folder pyproject.toml builds `package` from."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapped = config["tool"]["setuptools"].get("package-dir", {})
    for name in sorted(mapped, key=len, reverse=True):
        if package == name or package.startswith(name + "."):
            return ROOT / mapped[name] / Path(*package[len(name):].split(".")[1:])
    return ROOT / Path(*package.split("."))


def _run_unpacked(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m kg ARGS` from the unpacked wheel, with the venv's dependencies but not its .pth hooks."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), sysconfig.get_paths()["purelib"]]),
           "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("ICTKG_STORE", None)
    return subprocess.run([sys.executable, "-S", "-m", "kg", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def _run_checkout(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_every_runtime_file_of_the_checkout_is_in_the_wheel(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for package, patterns in ontology_files.RUNTIME_FILES.items():
        source = _package_source(package)
        for pattern in patterns:
            files = sorted(source.glob(pattern))
            assert files, f"{pattern} matches nothing in {source}: RUNTIME_FILES is out of date"
            for f in files:
                inside = "/".join([*package.split("."), f.relative_to(source).as_posix()])
                assert inside in names, f"{f.relative_to(ROOT)} is not in the wheel as {inside}; add it to package-data"


def test_every_module_of_the_checkout_is_in_the_wheel(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "kg").rglob("*.py"))
               if "__pycache__" not in p.parts and p.relative_to(ROOT).as_posix() not in names]
    assert not missing, f"not in the wheel (add their packages to pyproject.toml): {missing}"


def test_no_module_finds_files_next_to_its_own_source():
    # The bug this file guards against: paths built from __file__ point into the checkout, not the wheel.
    # kg/understand.py hashes its own code (the extraction fingerprint), which the wheel does carry.
    offenders = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "kg").rglob("*.py"))
                 if "Path(__file__)" in p.read_text(encoding="utf-8") and p.name != "understand.py"]
    assert not offenders, f"find run-time files through kg.ontology_files instead: {offenders}"


def test_unpacked_wheel_reads_its_own_files_not_the_checkout(unpacked, tmp_path):
    where = _run_unpacked(unpacked, tmp_path, "--version")
    assert where.returncode == 0, where.stderr
    probe = subprocess.run(
        [sys.executable, "-S", "-c", "from kg import ontology_files as o; print(o.ontology_path()); "
         "print(o.queries_dir()); print(o.templates_dir())"],
        cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(unpacked), sysconfig.get_paths()["purelib"]])})
    assert probe.returncode == 0, probe.stderr
    for line in probe.stdout.splitlines():
        assert Path(line).is_relative_to(unpacked / "kg"), line


def test_unpacked_wheel_extracts_like_the_checkout(unpacked, tmp_path):
    wheel_run = _run_unpacked(unpacked, tmp_path, "extract", str(EXAMPLE))
    checkout_run = _run_checkout(tmp_path, "extract", str(EXAMPLE))
    assert wheel_run.returncode == 0, wheel_run.stderr
    assert "states:" in wheel_run.stdout and "organisation:" in wheel_run.stdout
    assert wheel_run.stdout == checkout_run.stdout


def test_unpacked_wheel_lists_every_named_query(unpacked, tmp_path):
    listed = _run_unpacked(unpacked, tmp_path, "query", "--list")
    assert listed.returncode == 0, listed.stderr
    for query in sorted((ROOT / "queries").glob("*.rq")):
        assert f"{query.stem}:" in listed.stdout
    assert listed.stdout == _run_checkout(tmp_path, "query", "--list").stdout


def test_unpacked_wheel_validates_its_ontology(unpacked, tmp_path):
    checked = _run_unpacked(unpacked, tmp_path, "validate", "--skip-owl")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout == _run_checkout(tmp_path, "validate", "--skip-owl").stdout


def test_the_default_store_goes_to_the_working_folder_not_the_package(unpacked, tmp_path):
    before = sorted(p for p in (unpacked / "kg").rglob("*") if "__pycache__" not in p.parts)
    ingested = _run_unpacked(unpacked, tmp_path, "ingest", str(EXAMPLE), "--no-reason")
    assert ingested.returncode == 0, ingested.stderr
    assert (tmp_path / "out" / "store").is_dir()
    after = sorted(p for p in (unpacked / "kg").rglob("*") if "__pycache__" not in p.parts)
    assert after == before


def test_version_is_the_package_metadata(unpacked, tmp_path):
    expected = f"ictkg, version {importlib.metadata.version('ictsec-kg')}"
    assert _run_checkout(tmp_path, "--version").stdout.strip() == expected
    assert _run_unpacked(unpacked, tmp_path, "--version").stdout.strip() == expected


@pytest.mark.parametrize(("removed", "command", "named"), [
    ("kg/bundled/ontology/vocab", ("extract", str(EXAMPLE)), "vocabularies"),
    ("kg/bundled/ontology/ictsec.ttl", ("ingest", str(EXAMPLE), "--no-reason"), "ontology"),
    ("kg/bundled/queries", ("query", "--list"), "named queries"),
    ("kg/bundled/ontology/checks", ("validate", "--skip-owl"), "quality checks"),
])
def test_a_resource_missing_from_the_installation_is_a_one_line_error(unpacked, tmp_path, removed, command,
                                                                       named):
    broken = tmp_path / "site"
    shutil.copytree(unpacked, broken)
    target = broken / removed
    shutil.rmtree(target) if target.is_dir() else target.unlink()
    work = tmp_path / "work"
    work.mkdir()
    done = _run_unpacked(broken, work, *command)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr
    assert named in lines[0] and str(target) in lines[0] and "reinstall" in lines[0]


def test_an_unreadable_vocabulary_file_is_named(tmp_path, monkeypatch):
    (tmp_path / "vocab" / "states.ttl").mkdir(parents=True)  # a folder where a file should be: open() fails
    monkeypatch.setattr(ontology_files, "ONTOLOGY_DIR", tmp_path)
    with pytest.raises(ontology_files.MissingResource, match=r"cannot be read at .*states\.ttl"):
        ontology_files.vocab_paths()
