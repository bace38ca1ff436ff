"""referat: local, offline meeting minutes for Danish municipalities."""

from referat import privacy

# First thing on import, before any native library can read its settings.
privacy.apply()

__version__ = "0.1.0"
