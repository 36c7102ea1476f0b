"""Company reports: the periods an earnings story compares, read in sequence."""
from __future__ import annotations

from timeline_app.temporal import Reference, find_timexes

REFERENCE = Reference.parse("2020-03-12")


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, REFERENCE)]


def test_quarter_to_quarter_is_a_comparison_not_a_quarter() -> None:
    assert _found("The quarter-to-quarter comparison was enhanced by charges.") == []


def test_the_quarter_skips_a_generic_quarter_counted_from_the_publication_date() -> None:
    found = _found("Net fell in the fourth quarter. Taxes are minimal in a quarter that produced "
                   "such a loss. Sales rose during the quarter.")
    assert found[0] == ("the fourth quarter", "2019-Q4")
    assert found[-1] == ("the quarter", "2019-Q4")
