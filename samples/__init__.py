"""The sample meeting and agendas, shipped inside the package as ``referat.samples``
(pyproject.toml maps this folder there; ``referat demo`` uses them)."""
