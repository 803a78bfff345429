"""The CLI stays thin: no SPARQL text in kg/commands (it lives in queries/*.rq or the library), and no
module of the command line or the use stage grows past 600 lines."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
SPARQL = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE)\b[^{}]*\{", re.S)


def _strings_that_are_not_docstrings(tree: ast.AST):
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node


@pytest.mark.parametrize("module", sorted((KG / "commands").glob("*.py")) + [KG / "cli.py"], ids=lambda p: p.name)
def test_no_sparql_text_in_the_command_line(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    found = [(node.lineno, node.value[:60]) for node in _strings_that_are_not_docstrings(tree) if SPARQL.search(node.value)]
    assert not found, f"{module.name} holds SPARQL: {found}"


OWNED = [*sorted((KG / "commands").glob("*.py")), *sorted((KG / "use").glob("*.py")),
         *sorted((KG / "serve").glob("*.py")), KG / "cli.py", KG / "errors.py", KG / "pipeline.py"]


@pytest.mark.parametrize("module", OWNED, ids=lambda p: str(p.relative_to(KG)))
def test_modules_stay_under_600_lines(module):
    assert len(module.read_text(encoding="utf-8").splitlines()) <= 600
