"""The layout of kg/ keeps the pipeline readable (issue #18): no import cycles, counting imports made
inside functions; no module over 600 lines; the embedded store's pyoxigraph object (`_ox`) read
nowhere but in the store package.

Imports are read with `ast`, not by importing, so an import inside a function counts as much as
one at the top: a cycle hidden in a function is still a cycle for a reader following the code.
Importing `kg.a.b` also runs `kg/a/__init__.py`, so it counts as importing the package too.
"""

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
MAX_LINES = 600

# Not done yet, in modules that others are reorganising under issue #18 at the same time. These
# lists only shrink: the tests fail as well when one of them is fixed and still listed.
KNOWN_CYCLES: list[list[str]] = []
KNOWN_LONG: set[str] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(KG.rglob("*.py"))}


def _targets(node: ast.AST, here: str, is_package: bool) -> list[str]:
    """The kg modules an import statement names (a `from x import y` may name module x.y)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:  # relative: resolve against this module's package
        base = here.split(".") if is_package else here.split(".")[:-1]
        base = base[:len(base) - node.level + 1]
        stem = ".".join([*base, node.module] if node.module else base)
    else:
        stem = node.module or ""
    return [stem, *(f"{stem}.{alias.name}" for alias in node.names)]


def _with_packages(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(2, len(parts) + 1)]


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in _targets(node, name, path.name == "__init__.py"):
                    edges.update(m for m in _with_packages(target) if m in MODULES)
        edges.discard(name)
        # a package's own modules import it first; that is not a cycle through the package
        graph[name] = {m for m in edges if not name.startswith(m + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_cycle_through_a_function_import():
    assert cycles({"kg.a": {"kg.b"}, "kg.b": {"kg.c"}, "kg.c": {"kg.a"}, "kg.d": {"kg.a"}}) == [
        ["kg.a", "kg.b", "kg.c"]]
    tree = ast.parse("def f():\n    from kg.store import open_store\n")
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert _targets(imports[0], "kg.x", False) == ["kg.store", "kg.store.open_store"]


def test_no_import_cycle_in_kg():
    assert cycles(import_graph()) == KNOWN_CYCLES


def test_no_module_of_kg_over_600_lines():
    long = {name: n for name, path in MODULES.items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert set(long) == KNOWN_LONG, long


def _reads_ox(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree)
            if (isinstance(node, ast.Attribute) and node.attr == "_ox")
            or (isinstance(node, ast.Constant) and node.value == "_ox")]


@pytest.mark.parametrize("name", [n for n in MODULES if not n.startswith("kg.store")])
def test_only_the_store_reads_its_pyoxigraph_object(name):
    assert _reads_ox(MODULES[name]) == []


# Modules whose imports all stand at the top (issue #18); the others still import some kg modules
# inside functions, and join this list when they no longer do.
TOP_IMPORTS_ONLY = ("kg.store", "kg.reason", "kg.read", "kg.evaluate", "kg.curation", "kg.ingest", "kg.extract",
                    "kg.queries", "kg.named_queries", "kg.rdf", "kg.records", "kg.ids", "kg.namespaces",
                    "kg.language", "kg.vocab", "kg.ontology_files", "kg.validate", "kg.nlp.names")


def _imports_in_functions(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted({node.lineno for function in ast.walk(tree)
                   if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
                   for node in ast.walk(function)
                   if isinstance(node, ast.Import | ast.ImportFrom)
                   and any(name.startswith("kg") for name in _targets(node, "kg.x", False))})


@pytest.mark.parametrize("name", [n for n in MODULES if n.startswith(TOP_IMPORTS_ONLY)])
def test_kg_imports_stand_at_the_top_of_the_module(name):
    assert _imports_in_functions(MODULES[name]) == []


def test_the_function_import_finder_finds_one(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import os\n\n\ndef f():\n    import json\n    from kg.store import open_store\n")
    assert _imports_in_functions(module) == [6]
    assert len([n for n in MODULES if n.startswith(TOP_IMPORTS_ONLY)]) > 40


def test_one_place_for_the_cyrillic_check():
    """Whether a text is Russian is asked of kg.nlp.text.is_cyrillic, not re-written in each module."""
    import re

    copy = re.compile(r'"а" <= ch <= "я"|re\.(?:search|compile)\(r?"\[А-Яа-яЁё\]"')
    copies = [name for name, path in MODULES.items()
              if name != "kg.nlp.text" and copy.search(path.read_text(encoding="utf-8"))]
    assert copies == []
