"""Properties of the pipeline for any mix of news fragments: building a timeline never raises,
and every event it makes is well formed (a title, sources that point into their document,
ordered intervals, dependencies on events that exist)."""
from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core import Document, Project, PublicationSource
from timeline_app.pipeline import add_documents

# Layouts and phrasings the pipeline reads specially (datelines, bylines, stamps, chronology
# heads, sayings, anchors, "since" after a superlative), mixed with punctuation and line ends.
FRAGMENTS = st.sampled_from([
    "On Monday", "two days after the vote", "last week's explosion", "their highest level since 2010",
    "Feb. 27, 2020:", "14:30 GMT\n", "- March 5\n", "| 2019 |", "\t10:00", "the next day", "Yesterday\n",
    "HARBORTOWN, March 10, 2026 -", "By Staff Reporter\n", "Updated 14 May 2025, 09:30 GMT\n", "police said",
    "the mayor, Jonas Berg, said", "that", "which had lasted 900 days,", "the ceasefire", "was signed",
    "in January", "Three months later", "at midnight", "the quarter ended Sept. 30", "Last year,",
    "starting Saturday", "10:00/11:00", "the following spring", "a week earlier, on March 1,", "rebels",
    "seized the airport", "\n\n", "\n", ". ", ", ", "; ", " \u2014 ", "\u201c", "\u201d", "(AP)", "\u2028", "\r\n",
])
TEXTS = st.lists(FRAGMENTS, min_size=1, max_size=40).map(" ".join)
PUBLISHED = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2030, 12, 31))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(TEXTS, PUBLISHED), min_size=1, max_size=3))
def test_any_mix_of_news_fragments_makes_a_well_formed_timeline(articles: list[tuple[str, datetime]]) -> None:
    documents = [Document(f"d{n}", f"Article {n}", text, published=published,
                          published_source=PublicationSource.GIVEN) for n, (text, published) in enumerate(articles)]
    project = Project()
    add_documents(project, documents)
    texts = {document.id: document.text for document in documents}
    for event in project.events.values():
        assert event.title.strip()
        if event.interval is not None:
            assert event.interval.start <= event.interval.end
        if event.depends_on is not None:
            assert event.depends_on.anchor_id in project.events
        for source in event.sources:
            text = texts[source.document_id]
            assert 0 <= source.start <= source.end <= len(text)
            if source.expression_start is not None and source.expression_end is not None:
                assert text[source.expression_start:source.expression_end] == source.expression
