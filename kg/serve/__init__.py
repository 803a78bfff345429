"""`ictkg serve`: the analyst's workbench over the graph.

- `app.create_app(store, config)` builds the Flask application;
- `protocol` answers the SPARQL 1.1 Protocol at /sparql and the Graph Store Protocol at /graph-store;
- `pages` renders the pages (search, entities, network, matrix, SPARQL editor) from `templates/serve/`;
- `query_text` screens a query before it runs (SERVICE/LOAD only to allowed endpoints; its own dataset);
- `workers` runs queries, the network view and the matrix (`tasks`) in worker processes killed at the
  time limit, shared fairly between clients; `limits` holds the limits' errors and an in-process runner;
- `results` evaluates a query and writes its results; `errors` answers every error in one line.
"""

from kg.serve.app import create_app
from kg.serve.workbench import ServeConfig

__all__ = ["ServeConfig", "create_app"]
