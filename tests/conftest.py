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


class CopyCounter:
    """How many events were copied to plain dicts (``Event.to_dict``): what an undo snapshot costs."""

    def __init__(self) -> None:
        self.count = 0


@pytest.fixture
def event_copies(monkeypatch: pytest.MonkeyPatch) -> CopyCounter:
    """Counts ``Event.to_dict`` calls from now on (``.count``; set it to 0 to start again)."""
    from timeline_app.core.event import Event

    counter = CopyCounter()
    original = Event.to_dict

    def counting(self: Event) -> dict[str, object]:
        counter.count += 1
        return original(self)

    monkeypatch.setattr(Event, "to_dict", counting)
    return counter
