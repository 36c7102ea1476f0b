"""Publication dates estimated from the text, with reasons."""
from __future__ import annotations

from datetime import datetime

import pytest

from timeline_app.pipeline import EstimationError, estimate_publication
from tests.conftest import SAMPLE_ARTICLE


def test_sample_article_is_thursday_12_march_2020() -> None:
    if not SAMPLE_ARTICLE.exists():
        pytest.skip(f"{SAMPLE_ARTICLE} is not here (shared samples are only on dev machines and CI)")
    estimate = estimate_publication(SAMPLE_ARTICLE.read_text(encoding="utf-8"))
    assert estimate.moment == datetime(2020, 3, 12)
    assert any("Thursday" in reason for reason in estimate.reasons)
    assert any("a week after" in reason for reason in estimate.reasons)
    assert 0 < estimate.confidence < 1


def test_stated_year_and_weekday() -> None:
    text = "The summit opened on June 3, 2021. On Friday, delegates left, two days after the vote."
    estimate = estimate_publication(text)
    assert estimate.moment == datetime(2021, 6, 4)  # the first Friday after June 3, 2021


def test_a_full_date_without_weekday_is_the_best_guess() -> None:
    assert estimate_publication("The report was released on 4 May 2018.").moment == datetime(2018, 5, 4)


@pytest.mark.parametrize("text", ["Nothing is dated here.", "They met on Thursday, March 5."])
def test_nothing_to_estimate_from(text: str) -> None:
    with pytest.raises(EstimationError):
        estimate_publication(text)
