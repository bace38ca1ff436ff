"""referat: local, offline meeting minutes for Danish municipalities."""

__version__ = "0.1.0"
