"""Shared fixtures: sample paths, and a private data folder per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
NST_DIR = SHARED / "data" / "nst-da"
SEEDS_DIR = SHARED / "seeds"


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path, monkeypatch) -> Path:
    """Never touch the real user's data folder from a test."""
    data = tmp_path / "referat-data"
    monkeypatch.setenv("REFERAT_DATA_DIR", str(data))
    return data


@pytest.fixture
def nst_dir() -> Path:
    if not NST_DIR.is_dir():
        pytest.skip(f"real Danish speech not found at {NST_DIR}")
    return NST_DIR


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed minutes not found at {SEEDS_DIR}")
    return SEEDS_DIR
