"""The options several commands share, declared once: recognition, speakers, outputs.

``transcribe``, ``batch`` and ``record`` take the same recognition options and
``transcribe`` and ``batch`` the same speaker options, with the same help
texts; each command turns them into option values with ``asr_from`` and
``speakers_from``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from referat.asr import AsrOptions
from referat.errors import InputError
from referat.i18n import _
from referat.speakers.diarize import BACKENDS, DiarizationOptions

F = TypeVar("F", bound=Callable[..., Any])


def _stack(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    def apply(function: F) -> F:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


MODEL = click.option("--model", default=None, metavar="NAME|PATH",
                     help=_("Model name from `referat models`, or a CTranslate2 Whisper folder (default: "
                            "embedded)."))
LANGUAGE = click.option("--language", default="da", show_default=True,
                        help=_("Spoken language code, or 'auto' to detect."))

asr_options = _stack(
    MODEL,
    LANGUAGE,
    click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True,
                 help=_("Where recognition runs; auto uses a CUDA GPU when there is one.")),
    click.option("--compute-type", default="auto", show_default=True,
                 help=_("CTranslate2 compute type; auto = int8 on CPU, float16 on GPU.")),
    click.option("--batch-size", type=click.IntRange(1, 64), default=8, show_default=True,
                 help=_("Speech chunks decoded at once (less uses less memory).")),
    click.option("--beam-size", type=click.IntRange(1, 10), default=AsrOptions.beam_size, show_default=True,
                 help=_("Hypotheses the decoder keeps; more is slower and rarely better.")),
    click.option("--vocabulary", default=None, metavar="WORDS|FILE",
                 help=_("Names and terms to help recognition: 'Hørsholm, Rungsted' or a file, one per line.")),
)

speaker_options = _stack(
    click.option("--diarizer", type=click.Choice(BACKENDS), default="auto", show_default=True,
                 help=_("Who spoke when: embedded (built in), pyannote (a local pipeline folder), auto (pyannote "
                        "if one is found, else embedded) or none.")),
    click.option("--speakers", "num_speakers", type=int, default=None, metavar="N",
                 help=_("Exact number of speakers, if known.")),
    click.option("--min-speakers", type=int, default=None, metavar="N", help=_("At least this many speakers.")),
    click.option("--max-speakers", type=int, default=None, metavar="N", help=_("At most this many speakers.")),
    click.option("--diarization-model", type=click.Path(path_type=Path), default=None, metavar="PATH",
                 help=_("A pyannote speaker-diarization pipeline folder (config.yaml and its models).")),
)

speaker_names_option = click.option(
    "--speaker-names", default=None, metavar="MAP|FILE",
    help=_("Names for speakers: \"Taler 1=Henrik Harder,Taler 2=Ulla Lund\", or a file with one LABEL=NAME per "
           "line."))
overwrite_option = click.option("--overwrite", is_flag=True, help=_("Replace existing output files."))
template_option = click.option("--template", type=click.Path(path_type=Path), default=None,
                               help=_("Your own Word template for the referat."))
public_option = click.option("--public", is_flag=True,
                             help=_("Also write a public referat (…-offentlig.docx) without closed items."))


def read_vocabulary(value: str | None) -> tuple[str, ...]:
    """``--vocabulary``: a file (one term per line, or comma-separated) or a comma list."""
    if not value:
        return ()
    path = Path(value).expanduser()
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(_("Cannot read vocabulary file {path}: {exc}. Save it as UTF-8 text.").format(
                                 path=path, exc=exc)) from exc
    elif "," not in value and path.suffix.lower() in (".txt", ".csv", ".lst"):
        raise InputError(_("Vocabulary file {path} does not exist. Give a file, or words separated by commas.").format(
                             path=path))
    else:
        text = value
    terms = (t.strip() for line in text.splitlines() for t in line.split(","))
    return tuple(t for t in terms if t and not t.startswith("#"))


def asr_from(params: dict[str, Any]) -> AsrOptions:
    return AsrOptions(model=params["model"], language=params["language"], device=params["device"],
                      compute_type=params["compute_type"], batch_size=params["batch_size"],
                      beam_size=params["beam_size"], vocabulary=read_vocabulary(params["vocabulary"]))


def speakers_from(params: dict[str, Any]) -> DiarizationOptions:
    device = params.get("device", "auto")
    return DiarizationOptions(backend=params["diarizer"], speakers=params["num_speakers"],
                              min_speakers=params["min_speakers"], max_speakers=params["max_speakers"],
                              model=params["diarization_model"], device="cpu" if device == "auto" else device)
