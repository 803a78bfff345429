"""This folder is also the package kg.bundled.queries (see pyproject.toml); kg.queries reads it."""
