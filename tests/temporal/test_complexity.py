"""Complexity guards: the engine is linear in its input, whatever the input looks like.

No wall-clock limits (machines are noisy): the tests compare the engine with itself on
inputs ten times apart in size, where linear work grows about 10x and backtracking
blow-ups grow 100x or far more. They count the process's own CPU time, not the wall clock,
so that other work on the machine (a parallel test run, another build) does not skew the
ratio: a 5 ms run that waited 300 ms for a core once made "digit runs" look 43x slower. The rule loader also refuses nested unbounded repeats
(tests/temporal/test_rules.py), the usual cause of catastrophic backtracking.
"""
from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from timeline_app.temporal import Reference, find_timexes

REFERENCE = Reference.parse("2020-03-12")

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digit runs": lambda n: ("1234567890" * 50 + " ") * (n // 501 + 1),
    "repeated month names": lambda n: "March May June December " * (n // 24 + 1),
    "numbers and units": lambda n: "2011 2,011 20-11 the 5th 3/12/ 8:45 12 days 1 1/2 years " * (n // 56 + 1),
    "no spaces": lambda n: "Thursday" * (n // 8 + 1),
    "relative words": lambda n: "last next the past the next two three days weeks after before " * (n // 63 + 1),
    # a look-ahead for "o'clock" or "past" after a word ran over the whole of a text with no space
    "clock times joined by slashes": lambda n: "10:00/" * (n // 6 + 1),
}


def _seconds(text: str, repeat: int) -> float:
    """The least CPU time of up to ``repeat`` runs; a run of over a second is not repeated
    (its noise is small beside it, and the 1 MB runs are the suite's slowest)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        find_timexes(text, REFERENCE)
        best = min(best, time.process_time() - started)
        if best > 1.0:
            break
    return best


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_one_megabyte_of_adversarial_text_is_linear(name: str) -> None:
    small = ADVERSARIAL[name](100_000)[:100_000]
    large = ADVERSARIAL[name](1_000_000)[:1_000_000]
    find_timexes("warm-up on Thursday", REFERENCE)
    # Below a couple of milliseconds the ratio is timer noise (1 MB with no word start is
    # scanned in about 2 ms), so the small run counts as at least 2 ms.
    growth = _seconds(large, 2) / max(_seconds(small, 3), 2e-3)
    assert growth < 30, f"{name}: 10x more text took {growth:.1f}x longer"


def test_one_megabyte_of_news_gives_proportionally_many_expressions() -> None:
    paragraph = ("The ministry said on Thursday that talks would continue tomorrow, a week after "
                 "the March 5 meeting, following four months of fighting since December. ")
    small = find_timexes(paragraph * 100, REFERENCE)
    large = find_timexes(paragraph * 1000, REFERENCE)
    assert len(large) == 10 * len(small) > 0
