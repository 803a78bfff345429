"""Placeholder: `ictkg serve` arrives with the workbench issue."""

COMMANDS: list = []
