"""The use stage: what analysts ask of the stored graph.

Name resolution (`names`), the participation check (`who`), networks and their measures
(`analysis`), pictures (`viz`), the overview page (`report`), exports (`export`). Everything
here reads the store, never the extractor's objects. Import the modules themselves; this
package imports nothing so that importing one of them stays cheap.
"""
