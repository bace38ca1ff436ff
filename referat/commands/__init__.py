"""CLI commands, one module each. Each module exposes ``COMMANDS``."""
