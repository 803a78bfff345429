"""Files the tool reads at run time that live outside kg/ in the checkout.

`kg.bundled.ontology` is the checkout's ontology/ folder and `kg.bundled.queries` its queries/
folder: pyproject.toml maps them here, so a wheel carries them inside this package and an editable
install reads the folders themselves. Find them through kg.ontology_files, never by path.
"""
