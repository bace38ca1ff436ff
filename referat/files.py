"""Safe file writing: owner-only, atomic, never overwriting by accident.

Recordings and transcripts are personal data, so every file referat creates is
readable by its owner only (0600), and appears either whole or not at all.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from referat.errors import OutputError
from referat.i18n import _

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; new folders are owner-only."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    except PermissionError as exc:
        raise OutputError(_("Cannot create folder {path}: permission denied. Choose another --output-dir.").format(
                              path=path)) from exc
    except OSError as exc:
        raise OutputError(_("Cannot create folder {path}: {strerror}.").format(
                              path=path, strerror=exc.strerror)) from exc
    return path


def check_writable_dir(path: Path) -> None:
    """Fail early, before any work, if outputs cannot be written to ``path``."""
    ensure_private_dir(path)
    if not os.access(path, os.W_OK | os.X_OK):
        raise OutputError(_("Output folder {path} is not writable. Choose another --output-dir or fix its "
                            "permissions.").format(path=path))


def check_can_create(path: Path, overwrite: bool = False) -> None:
    if path.exists() and not overwrite:
        raise OutputError(_("{path} already exists. Use --overwrite to replace it, or choose another output "
                            "folder.").format(path=path))


@contextlib.contextmanager
def atomic_path(path: Path, overwrite: bool = False) -> Iterator[Path]:
    """Yield a private temp path beside ``path``; rename it into place on success.

    On any error the temp file is removed, so no half-written output remains.
    """
    path = Path(path)
    check_can_create(path, overwrite)
    ensure_private_dir(path.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except PermissionError as exc:
        raise OutputError(_("Cannot write to {parent}: permission denied. Choose another output folder.").format(
                              parent=path.parent)) from exc
    except OSError as exc:
        raise OutputError(_("Cannot write to {parent}: {strerror}.").format(
                              parent=path.parent, strerror=exc.strerror)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, PRIVATE_FILE_MODE)
        yield tmp
        _fsync_file(tmp)
        if overwrite:
            os.replace(tmp, path)
        else:
            # link() fails if the target appeared meanwhile: never clobber silently.
            try:
                os.link(tmp, path)
            except FileExistsError as exc:
                raise OutputError(_("{path} already exists. Use --overwrite to replace it.").format(path=path)) from exc
            except OSError:
                os.replace(tmp, path)  # filesystems without hard links
            _unlink_quietly(tmp)
        _fsync_dir(path.parent)
    except OSError as exc:
        _unlink_quietly(tmp)
        raise OutputError(_("Could not write {path}: {value}. Nothing was written.").format(
                              path=path, value=exc.strerror or exc)) from exc
    except BaseException:
        _unlink_quietly(tmp)
        raise


def write_text(path: Path, text: str, overwrite: bool = False) -> Path:
    with atomic_path(path, overwrite) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


def write_bytes(path: Path, data: bytes, overwrite: bool = False) -> Path:
    with atomic_path(path, overwrite) as tmp:
        tmp.write_bytes(data)
    return path


def write_with(path: Path, writer: Callable[[Path], None], overwrite: bool = False) -> Path:
    """Let ``writer`` fill a temp path (e.g. ``document.save``), then publish it."""
    with atomic_path(path, overwrite) as tmp:
        writer(tmp)
    return path


def write_all(targets: Sequence[tuple[Path, Callable[[Path], object]]], overwrite: bool = False,
              progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Write a set of files all or none: each ``writer`` fills a private temp file
    beside its target; only when every one succeeded are they published. If
    publishing fails half-way, the files it already published are removed again
    (never a file that was there before)."""
    for path, _content in targets:
        check_can_create(path, overwrite)
    new = [path for path, _content in targets if not path.exists()]
    try:
        with contextlib.ExitStack() as stack:
            for done, (path, writer) in enumerate(targets):
                if progress is not None:
                    progress(done, len(targets))
                writer(stack.enter_context(atomic_path(path, overwrite)))
            # Leaving the stack publishes every temp file.
    except BaseException:
        for path in new:
            path.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(len(targets), len(targets))
    return [path for path, _content in targets]


def sha256_file(path: Path, chunk_size: int = 1 << 20) -> str:
    """SHA-256 of a file, read in chunks so a 3-hour recording never sits in memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk_size):
            digest.update(block)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
