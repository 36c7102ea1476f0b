"""What the held-out-style test files share: the engine's output as (extent, value) pairs,
and known gaps as strict xfails that carry their reason."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from timeline_app.temporal import Reference, find_timexes

Expected = list[tuple[str, str]]
Gap = tuple[str, str, Expected, str]  # text, reference, what a careful annotator writes, why not yet


def found(text: str, reference: str) -> Expected:
    """The engine's full output on `text` read at `reference`: (extent, value) in text order."""
    return [(t.text, t.value) for t in find_timexes(text, Reference.parse(reference))]


def gap_params(gaps: Sequence[Gap]) -> list[Any]:
    """Each known gap as a strict xfail: it fails today, and the test says so when it is fixed."""
    return [pytest.param(text, reference, expected, marks=pytest.mark.xfail(strict=True, reason=reason))
            for text, reference, expected, reason in gaps]


def texts_of(cases: Sequence[tuple[str, str, Expected]], gaps: Sequence[Gap]) -> list[str]:
    return [text for text, _, _ in cases] + [text for text, _, _, _ in gaps]
