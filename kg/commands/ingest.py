"""Placeholder: ingest, extract, candidates and demo arrive with the ingester."""

COMMANDS: list = []
