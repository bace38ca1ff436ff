"""Transcript writers, one per format, chosen by name from ``WRITERS``.

All files go through ``referat.files``: written atomically, owner-only, and
never over an existing file unless ``overwrite``. ``write_outputs`` checks
every target before writing any, so a run either writes all formats or none.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from referat.danish import clock
from referat.errors import OutputError
from referat.files import atomic_path, check_can_create, check_writable_dir, write_text
from referat.i18n import _
from referat.record.serialize import transcript_to_dict
from referat.types import Segment, Transcript

Names = Mapping[str, str] | None


def _speaker(name: str | None, names: Names) -> str | None:
    if name is None:
        return None
    return (names or {}).get(name, name)


def _stamp(seconds: float, sep: str) -> str:
    ms = int(round(max(seconds, 0.0) * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def render_txt(transcript: Transcript, names: Names = None) -> str:
    lines = []
    for seg in transcript.segments:
        who = _speaker(seg.speaker, names)
        prefix = f"[{clock(seg.start)}] " + (f"{who}: " if who else "")
        lines.append(prefix + seg.text.strip())
    return "\n".join(lines) + ("\n" if lines else "")


def _cues(transcript: Transcript) -> Iterable[Segment]:
    for seg in transcript.segments:
        if seg.text.strip():
            # A cue must have positive length for players to show it.
            yield seg if seg.end > seg.start else replace(seg, end=seg.start + 0.5)


def render_srt(transcript: Transcript, names: Names = None) -> str:
    blocks = []
    for i, seg in enumerate(_cues(transcript), 1):
        who = _speaker(seg.speaker, names)
        text = (f"{who}: " if who else "") + seg.text.strip()
        blocks.append(f"{i}\n{_stamp(seg.start, ',')} --> {_stamp(seg.end, ',')}\n{text}\n")
    return "\n".join(blocks)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_vtt(transcript: Transcript, names: Names = None) -> str:
    blocks = ["WEBVTT\n"]
    for seg in _cues(transcript):
        who = _speaker(seg.speaker, names)
        text = _vtt_escape(seg.text.strip())
        if who:
            text = f"<v {_vtt_escape(who)}>{text}</v>"
        blocks.append(f"{_stamp(seg.start, '.')} --> {_stamp(seg.end, '.')}\n{text}\n")
    return "\n".join(blocks)


def render_json(transcript: Transcript, names: Names = None) -> str:
    data = transcript_to_dict(transcript)
    if names:
        for seg in data["segments"]:
            if "speaker" in seg:
                seg["speaker"] = _speaker(seg["speaker"], names)
            for word in seg["words"]:
                if "speaker" in word:
                    word["speaker"] = _speaker(word["speaker"], names)
        data["speaker_names"] = dict(names)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


Renderer = Callable[[Transcript, Names], str]


@dataclass(frozen=True)
class Writer:
    """One output format: ``render`` gives the text, calling it writes a file atomically."""

    name: str
    render: Renderer

    def __call__(self, transcript: Transcript, path: Path, overwrite: bool = False,
                 speaker_names: Names = None) -> Path:
        return write_text(Path(path), self.render(transcript, speaker_names), overwrite=overwrite)


WRITERS: dict[str, Writer] = {
    name: Writer(name, render)
    for name, render in (("txt", render_txt), ("json", render_json), ("srt", render_srt), ("vtt", render_vtt))
}


def parse_formats(value: str | Iterable[str]) -> tuple[str, ...]:
    """``"all"``, ``"txt,json"`` or a list of names, validated and de-duplicated."""
    items = value.split(",") if isinstance(value, str) else list(value)
    names: list[str] = []
    for item in (i.strip().lower().lstrip(".") for i in items):
        if not item:
            continue
        if item == "all":
            names.extend(WRITERS)
        elif item in WRITERS:
            names.append(item)
        else:
            raise OutputError(_("Unknown format {item!r}; choose from {WRITERS} or all.").format(
                                  item=item, WRITERS=', '.join(WRITERS)))
    if not names:
        raise OutputError(_("No output format given; choose from {WRITERS} or all.").format(
                              WRITERS=', '.join(WRITERS)))
    return tuple(dict.fromkeys(names))


def output_paths(base_path: Path, formats: Iterable[str]) -> dict[str, Path]:
    base_path = Path(base_path)
    return {fmt: base_path.with_name(base_path.name + "." + fmt) for fmt in formats}


def check_outputs(base_path: Path, formats: Iterable[str], overwrite: bool = False) -> dict[str, Path]:
    """Fail before any work if a target exists or the folder cannot be written."""
    paths = output_paths(base_path, formats)
    check_writable_dir(Path(base_path).parent)
    for path in paths.values():
        check_can_create(path, overwrite)
    return paths


def write_outputs(transcript: Transcript, base_path: Path, formats: Iterable[str], overwrite: bool = False,
                  speaker_names: Names = None) -> list[Path]:
    """Write ``base_path.<fmt>`` for each format: all of them, or none.

    Every text is rendered into a temp file first; only when all succeeded are
    they moved into place, and on failure the ones already placed are removed.
    """
    paths = check_outputs(base_path, parse_formats(list(formats)), overwrite)
    texts = {fmt: WRITERS[fmt].render(transcript, speaker_names) for fmt in paths}
    written: list[Path] = []
    try:
        for fmt, path in paths.items():
            with atomic_path(path, overwrite) as tmp:
                tmp.write_text(texts[fmt], encoding="utf-8")
            written.append(path)
    except BaseException:
        if not overwrite:  # never delete a file the user already had
            for path in written:
                path.unlink(missing_ok=True)
        raise
    return written
