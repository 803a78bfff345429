"""Placeholder: the commands of this area are not built yet."""

COMMANDS: list = []
