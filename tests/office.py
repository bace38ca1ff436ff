"""LibreOffice as a secretary's export: the same text saved as Word or as PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def have_libreoffice() -> bool:
    return shutil.which("libreoffice") is not None


def convert(sources: list[Path], kind: str, out: Path) -> None:
    """Convert UTF-8 text files to ``kind`` ("docx" or "pdf") into ``out``, in one LibreOffice run."""
    subprocess.run(["libreoffice", "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", kind,
                    "--outdir", str(out), *map(str, sources)], check=True, capture_output=True, timeout=300,
                   env={"HOME": str(out), "PATH": "/usr/bin:/bin"})
