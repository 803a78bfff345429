"""This folder is also the package kg.bundled.ontology (see pyproject.toml); kg.ontology_files reads it."""
