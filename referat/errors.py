"""Errors raised by library code; the CLI turns them into one clean message.

Every message says what went wrong and what to do next.
"""


class ReferatError(Exception):
    """Base class: a user-facing problem, never a bug."""


class InputError(ReferatError):
    """An input file is missing, unreadable or not what it claims to be."""


class ModelError(ReferatError):
    """A model folder is missing, incomplete or corrupt."""


class AgendaError(ReferatError):
    """An agenda file could not be read or is invalid."""


class TemplateError(ReferatError):
    """A Word or text template is unusable."""


class OutputError(ReferatError):
    """An output cannot be written (exists, folder not writable, disk full)."""


class DeviceError(ReferatError):
    """An audio input device is missing or failed."""


class ClusterError(ReferatError):
    """The Ray cluster of ``batch --cluster`` is missing, unreachable or cannot run a job."""
