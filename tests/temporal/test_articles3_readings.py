"""Engine readings the pipeline's third held-out article set (tests/pipeline/test_articles3_heldout.py)
found wrong: a past verb with a long object before "in <month>", and a week ending a clause
before an attribution."""
from __future__ import annotations

import pytest

from timeline_app.temporal import Reference, find_timexes


def _values(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, Reference.parse(published))]


@pytest.mark.parametrize(("text", "value"), [
    ("The European Union suspended visa-free travel for Georgian officials in January.", "2025-01"),
    ("The board approved the sale of its two northern plants in January.", "2025-01"),
    # a plan told in the past still looks ahead
    ("The board decided to close the two northern plants in January.", "2026-01"),
])
def test_a_past_verb_governs_its_month_across_a_long_object(text: str, value: str) -> None:
    assert _values(text, "2025-11-30") == [("January", value)]


def test_a_week_before_an_attribution_frames_no_weekday_of_the_saying() -> None:
    text = ("Salvage crews began pumping fuel out of a ship that ran aground last week, the operator said "
            "on Thursday.")
    assert _values(text, "2025-03-06") == [("last week", "2025-W09"), ("Thursday", "2025-03-06")]
    # the week still frames a weekday of its own clause
    assert _values("Last week, the two leaders met in Moscow on Monday.", "2025-03-06") == \
        [("Last week", "2025-W09"), ("Monday", "2025-02-24")]
