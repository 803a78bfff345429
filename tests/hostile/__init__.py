"""The hostile-input corpus (corpus/) and the generator of its large cases (generate.py)."""
