"""The pyannote backend: a pyannote.audio pipeline from a local folder, offline.

Needs the optional extra (``pip install 'referat[pyannote]'``). The folder is a
pipeline as published on the model hub, downloaded beforehand by the user:
``config.yaml`` plus the sub-folders it names with ``$model/...``
(e.g. ``segmentation/pytorch_model.bin``, ``embedding/pytorch_model.bin``,
``plda/xvec_transform.npz`` and ``plda/plda.npz``). Nothing is ever fetched:
``HF_HUB_OFFLINE=1`` and ``PYANNOTE_METRICS_ENABLED=0`` (no telemetry) are set
before pyannote is imported.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from referat.errors import ModelError
from referat.i18n import _
from referat.types import SpeakerTurn

log = logging.getLogger(__name__)

CONFIG = "config.yaml"
# Files a "$model/<sub>" reference must provide (any one set is enough).
SUBFOLDER_FILES = (("pytorch_model.bin",), ("xvec_transform.npz", "plda.npz"))


def pyannote_available() -> bool:
    try:
        return importlib.util.find_spec("pyannote.audio") is not None
    except ModuleNotFoundError:  # the "pyannote" namespace itself is missing
        return False


def _offline_environment() -> None:
    """Before pyannote.audio is imported: no hub, no metrics (referat.privacy sets
    these in every process; set again here in case a caller reset them), and
    matplotlib, which pyannote imports, keeps its font cache in referat's data
    folder instead of ~/.cache."""
    from referat.folders import data_dir

    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["PYANNOTE_METRICS_ENABLED"] = "0"
    os.environ.setdefault("MPLCONFIGDIR", str(data_dir() / "cache" / "matplotlib"))


def _candidate_dirs() -> list[Path]:
    from referat.asr.models import models_dirs

    return list(models_dirs())


def find_pipeline_dir(path: Path | str | None = None) -> Path:
    """The pipeline folder to use: ``path`` (checked), or one found in the models folders."""
    if path is not None:
        folder = Path(path).expanduser()
        check_pipeline_dir(folder)
        return folder
    for base in _candidate_dirs():
        if not base.is_dir():
            continue
        for config in sorted(base.glob(f"*/{CONFIG}")):
            if "SpeakerDiarization" in config.read_text(encoding="utf-8", errors="replace"):
                check_pipeline_dir(config.parent)
                return config.parent
    searched = ", ".join(str(d) for d in _candidate_dirs())
    raise ModelError(
        _("No pyannote diarization pipeline found in the models folders ({searched}). Download one (e.g. "
          "pyannote/speaker-diarization-community-1) into a folder there, pass it with --diarization-model PATH, "
          "or use --diarizer embedded.").format(searched=searched)
    )


def check_pipeline_dir(folder: Path) -> dict:
    """Validate a pipeline folder before pyannote sees it; returns the parsed config."""
    import yaml  # a dependency of pyannote.audio, and of faster-whisper's deps

    if not folder.exists():
        raise ModelError(_("Diarization model folder {folder} does not exist. Check --diarization-model.").format(
                             folder=folder))
    if not folder.is_dir():
        raise ModelError(_("Diarization model {folder} is not a folder. Pass the folder that holds {CONFIG}.").format(
                             folder=folder, CONFIG=CONFIG))
    config_path = folder / CONFIG
    if not config_path.is_file():
        raise ModelError(_("{folder} is not a pyannote pipeline: it has no {CONFIG}.").format(
                             folder=folder, CONFIG=CONFIG))
    try:
        config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ModelError(_("{config_path} is not valid YAML ({error}). The pipeline folder {folder} is "
                           "damaged.").format(
                             config_path=config_path, error=exc.__class__.__name__, folder=folder)) from exc
    name = (config or {}).get("pipeline", {}).get("name") if isinstance(config, dict) else None
    if not name:
        raise ModelError(_("{folder} is not a pyannote pipeline: {CONFIG} has no pipeline name.").format(
                             folder=folder, CONFIG=CONFIG))
    for sub in _model_references(config):
        sub_dir = folder / sub
        if not any(all((sub_dir / f).is_file() for f in files) for files in SUBFOLDER_FILES):
            raise ModelError(
                _("The pyannote pipeline in {folder} is incomplete: {sub_dir} is missing its model files "
                  "({names}). Download the whole pipeline folder again.").format(
                    folder=folder, sub_dir=sub_dir, names=' or '.join('+'.join(f) for f in SUBFOLDER_FILES))
            )
    return config


def _model_references(config) -> list[str]:
    """Sub-folders named as "$model/<sub>" anywhere in the config."""
    found: list[str] = []
    if isinstance(config, dict):
        for value in config.values():
            found += _model_references(value)
    elif isinstance(config, list):
        for value in config:
            found += _model_references(value)
    elif isinstance(config, str) and config.startswith("$model/"):
        found.append(config.split("/", 1)[1].split("@")[0])
    return found


class PyannoteDiarizer:
    """A pyannote.audio speaker-diarization pipeline, loaded once on first use."""

    name = "pyannote"

    def __init__(self, folder: Path, device: str = "cpu") -> None:
        self.folder = Path(folder)
        self.device = device
        self._pipeline = None

    def load(self):
        if self._pipeline is not None:
            return self._pipeline
        check_pipeline_dir(self.folder)
        if not pyannote_available():
            raise ModelError(
                _("The pyannote diarizer needs pyannote.audio: pip install 'referat[pyannote]' (in its own "
                  "environment: it pins torch 2.9), or use --diarizer embedded.")
            )
        _offline_environment()
        try:
            import torch
            from pyannote.audio import Pipeline

            pipeline = Pipeline.from_pretrained(self.folder)
            if pipeline is None:
                raise ValueError("from_pretrained returned nothing")
            if self.device not in ("cpu", "auto"):
                pipeline.to(torch.device(self.device))
        except ModelError:
            raise
        except Exception as exc:  # pyannote raises many kinds; all mean "unusable folder"
            raise ModelError(_("Could not load the pyannote pipeline in {folder}: {exc}").format(
                                 folder=self.folder, exc=exc)) from exc
        log.info("loaded pyannote pipeline from %s", self.folder)
        self._pipeline = pipeline
        return pipeline

    def __call__(
        self,
        audio: np.ndarray,
        min_speakers: int = 1,
        max_speakers: int = 10,
        progress: Callable[[float, float], None] | None = None,
    ) -> list[SpeakerTurn]:
        import torch

        pipeline = self.load()
        waveform = torch.from_numpy(np.ascontiguousarray(audio, dtype=np.float32))[None]
        counts = {"num_speakers": min_speakers} if min_speakers == max_speakers else {
            "min_speakers": min_speakers, "max_speakers": max_speakers}
        output = pipeline({"waveform": waveform, "sample_rate": 16000}, **counts)
        # pyannote 4 returns DiarizeOutput; its "exclusive" view has no overlapping
        # turns, which suits word assignment. Older versions return an Annotation.
        annotation = getattr(output, "exclusive_speaker_diarization", None) or getattr(
            output, "speaker_diarization", output
        )
        if progress is not None:
            duration = len(audio) / 16000
            progress(duration, duration)
        return [
            SpeakerTurn(float(seg.start), float(seg.end), str(label))
            for seg, _, label in annotation.itertracks(yield_label=True)
        ]
