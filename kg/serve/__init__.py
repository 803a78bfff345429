"""`ictkg serve`: the analyst's workbench over the graph.

- `app.create_app(store, config)` builds the Flask application;
- `protocol` answers the SPARQL 1.1 Protocol at /sparql and the Graph Store Protocol at /graph-store;
- `pages` renders the pages (search, entities, network, matrix, SPARQL editor) from `templates/serve/`;
- `limits` runs user queries under the time and result-size limits; `results` writes their results.
"""

from kg.serve.app import create_app
from kg.serve.workbench import ServeConfig

__all__ = ["ServeConfig", "create_app"]
