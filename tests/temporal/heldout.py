"""What the held-out-style test files share: the engine's output as (extent, value) pairs,
and known gaps as strict xfails that carry their reason."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import pytest

from timeline_app.temporal import Reference, Timex, find_timexes

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


# --- whole articles, whose wrong readings are left out of the article's test ---------------------

class SpanGap(NamedTuple):
    """An expression the engine does not yet read right: found at ``before + extent`` in the text;
    ``want`` None means it must not be tagged at all."""

    before: str
    extent: str
    want: str | None
    reason: str


class LongArticle(NamedTuple):
    name: str
    reference: str
    text: str
    expected: Expected
    gaps: list[SpanGap] = []


def _span_of(article: LongArticle, gap: SpanGap) -> tuple[int, int]:
    start = article.text.index(gap.before + gap.extent) + len(gap.before)
    return start, start + len(gap.extent)


def _overlaps(timex: Timex, span: tuple[int, int]) -> bool:
    return timex.start < span[1] and span[0] < timex.end


def outside_gaps(article: LongArticle) -> Expected:
    """The engine's output on the whole article, less what overlaps its known gaps."""
    spans = [_span_of(article, gap) for gap in article.gaps]
    return [(t.text, t.value) for t in find_timexes(article.text, Reference.parse(article.reference))
            if not any(_overlaps(t, span) for span in spans)]


def inside_gap(article: LongArticle, gap: SpanGap) -> Expected:
    """The engine's output over one known gap, and what a careful annotator writes there."""
    span = _span_of(article, gap)
    return [(t.text, t.value) for t in find_timexes(article.text, Reference.parse(article.reference))
            if _overlaps(t, span)]


def wanted(gap: SpanGap) -> Expected:
    return [] if gap.want is None else [(gap.extent, gap.want)]


def article_gap_params(articles: Sequence[LongArticle]) -> list[Any]:
    """Each article's known gaps as strict xfails."""
    return [pytest.param(article, gap, marks=pytest.mark.xfail(strict=True, reason=gap.reason),
                         id=f"{article.name}-{gap.extent}") for article in articles for gap in article.gaps]
