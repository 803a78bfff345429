"""The use stage: what analysts ask of the stored graph.

`names` resolves names to entities (the one resolver); `who` reports a body's or person's
meetings; `sparql` answers an analyst's own query and the named ones; `network` draws the
entity network that `analysis` measures, `chains` walks, `viz` pictures, `report` summarises
and `export` writes for other tools; `titles` names meetings as readers do. Everything here
reads the store, never the extractor's objects. Import the modules themselves; this package
imports nothing, so importing one of them stays cheap.
"""
