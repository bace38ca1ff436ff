"""Where referat keeps the user's own files, never inside the installed package.

- the data folder (``$REFERAT_DATA_DIR``, else the platform's user data folder,
  e.g. ``~/.local/share/referat``): the assembled embedded model, caches;
- the config file (``$REFERAT_CONFIG``, else e.g. ``~/.config/referat/config.toml``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The user's private referat data folder (``$REFERAT_DATA_DIR`` overrides)."""
    env = os.environ.get("REFERAT_DATA_DIR")
    return Path(env).expanduser() if env else Path(platformdirs.user_data_dir("referat"))


def config_path() -> Path:
    env = os.environ.get("REFERAT_CONFIG")
    return Path(env).expanduser() if env else Path(platformdirs.user_config_dir("referat")) / "config.toml"
