"""Moved to kg.use.who; this name stays only until kg/queries.py imports from there (next commit)."""

from kg.use.who import KIND_CLASSES, also_named, choice_note, name_index, resolve_name  # noqa: F401
