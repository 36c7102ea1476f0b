"""Event titles cut from the clause around a temporal expression."""
from __future__ import annotations

from timeline_app.pipeline.wording import title_for


def _title(clause: str, expression: str, neighbour: str = "", anchored: bool = False) -> str:
    start = clause.index(expression)
    return title_for(clause, 0, start, start + len(expression), anchored, neighbour)


def test_a_leading_participle_takes_the_subject_of_the_main_clause() -> None:
    assert _title("Erupting in 2011", "2011", " Syria\u2019s civil war has claimed the lives of at least 380,000 people") \
        == "Syria\u2019s civil war erupting"
    assert _title("Founded in 1998", "1998", " the company was sold last year") == "Company founded"


def test_without_a_clear_subject_the_neighbour_is_borrowed_as_before() -> None:
    title = _title("Erupting in 2011", "2011", " fighting spread across the north and east of the country quickly")
    assert title.startswith("Erupting fighting")


def test_reported_speech_and_possessives_keep_their_titles() -> None:
    said = "the ministry said on Thursday that talks would continue tomorrow"
    assert _title(said, "Thursday") == "Ministry said"
    assert _title(said, "tomorrow") == "Talks would continue"
    assert _title("Thursday\u2019s phone call between the two leaders followed", "Thursday") == \
        "Phone call between the two leaders"
