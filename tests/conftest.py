"""Test configuration shared by every test: headless Qt and the shared data folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEMPORAL_DATA = SHARED / "data" / "temporal"
SAMPLE_ARTICLE = SHARED / "samples" / "idlib-ceasefire.txt"


@pytest.fixture
def temporal_data() -> Path:
    if not TEMPORAL_DATA.is_dir():
        pytest.skip(f"{TEMPORAL_DATA} is not here (the shared corpora are only on dev machines and CI)")
    return TEMPORAL_DATA
