"""referat: local, offline meeting minutes for Danish municipalities."""

from referat import i18n, privacy

# First thing on import, before any native library can read its settings.
privacy.apply()
# Before click builds any help text: the user's language (and REFERAT_LANG) for every message.
i18n.apply()

__version__ = "0.1.0"
