"""The default templates, shipped inside the package as ``referat.templates``
(pyproject.toml maps this folder there; referat/resources.py finds them)."""
