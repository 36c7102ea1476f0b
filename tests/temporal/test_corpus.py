"""The engine measured on the shared TimeML corpora with the TempEval-3 scorer.

Floors are set a little under today's measurements so that a regression fails the suite;
the issue's targets that are not reached yet are strict xfails with the measured figure
and the reason (docs/temporal.md has the error analysis). Skipped when ../shared/data is
not present.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from timeline_app.cli.evaluate import evaluate
from timeline_app.temporal.scoring import Score

pytestmark = pytest.mark.corpus


@lru_cache(maxsize=None)
def _score(folder: Path) -> Score:
    evaluation = evaluate(folder, None)
    assert not evaluation.failures
    return evaluation.score


def test_tbaq_relaxed_f1_at_least_92(temporal_data: Path) -> None:
    score = _score(temporal_data / "tbaq-cleaned")
    assert score.relaxed_f1 >= 0.92


def test_tbaq_value_f1_floor(temporal_data: Path) -> None:
    assert _score(temporal_data / "tbaq-cleaned").value_f1 >= 0.795


@pytest.mark.xfail(strict=True, reason="measured 80.6: the rest is mostly annotation conventions of the "
                   "corpus (e.g. 'last week' = 1989-WXX, weekdays a week off the DCT); see docs/temporal.md")
def test_tbaq_value_f1_target_85(temporal_data: Path) -> None:
    assert _score(temporal_data / "tbaq-cleaned").value_f1 >= 0.85


def test_tweets_floor(temporal_data: Path) -> None:
    score = _score(temporal_data / "tweets-train")
    assert score.relaxed_f1 >= 0.86
    assert score.value_f1 >= 0.65


@pytest.mark.xfail(strict=True, reason="measured 67.5: 86 of the value errors are notation only (gold "
                   "writes 2014-XX-XX for a year, 2014-12-12-WXX-5 for a date); see docs/temporal.md")
def test_tweets_value_f1_target_85(temporal_data: Path) -> None:
    assert _score(temporal_data / "tweets-train").value_f1 >= 0.85


def test_meantime_floor(temporal_data: Path) -> None:
    score = _score(temporal_data / "meantime-en")
    assert score.relaxed_f1 >= 0.88
    assert score.value_f1 >= 0.785
