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


def test_the_same_period_in_another_year_is_the_quarter_reported() -> None:
    text = ("Net rose in the fourth quarter. It earned $5 million in the 2018 quarter and "
            "$4 million in the corresponding period last year; sales for last year's quarter "
            "and for the quarter a year ago were flat.")
    assert _found(text) == [("the fourth quarter", "2019-Q4"), ("the 2018 quarter", "2018-Q4"),
                            ("the corresponding period last year", "2018-Q4"),
                            ("last year's quarter", "2018-Q4"), ("the quarter a year ago", "2018-Q4")]


def test_the_same_month_last_year_follows_the_month_named() -> None:
    assert _found("Sales rose 43% in February compared to the same period last year.") == [
        ("February", "2020-02"), ("the same period last year", "2019-02")]


def test_a_year_period_after_a_year_long_comparison_is_the_year() -> None:
    assert _found("In the nine months of 2019, net was $3 million against a loss in the 2018 period.")[-1] == \
        ("the 2018 period", "2018")


def test_a_comparison_a_year_back_is_not_the_year_the_story_is_in() -> None:
    found = _found("Net rose in the third quarter from a year ago. Use was delayed earlier in the year by rain.")
    assert found == [("the third quarter", "2019-Q3"), ("a year ago", "2018-Q3"), ("earlier in the year", "2019")]


def test_a_year_earlier_loss_is_the_comparison_period_not_a_year_long() -> None:
    found = _found("It earned $1 million in the third quarter, compared with a year-earlier net loss of $2 million.")
    assert found == [("the third quarter", "2019-Q3"), ("year-earlier", "2018-Q3")]


def test_a_year_earlier_after_nine_months_is_those_months_of_the_year_before() -> None:
    found = _found("Net rose in the third quarter. For the nine months, the company earned $5 million, "
                   "compared with a loss of $2 million a year earlier. Sales rose from a year earlier.")
    assert [value for _, value in found] == ["2019-Q3", "P9M", "2018", "2018-Q3"]


def test_year_earlier_figures_after_nine_months_are_those_months_of_the_year_before() -> None:
    found = _found("Net rose in the third quarter. For the nine months, it lost $6 million, "
                   "compared with year-earlier net income of $9 million.")
    assert found[-1] == ("year-earlier", "2018")


def test_the_latest_period_is_a_quarter_named_before_only_when_it_is_over() -> None:
    assert _found("The fiscal third quarter of 2019 was weak. The latest period included a gain.")[-1] == \
        ("The latest period", "2019-Q3")
    assert _found("Sales should rise in the second quarter. The latest quarter was weak.")[-1] == \
        ("The latest quarter", "2019-Q4")


def test_the_year_earlier_nine_months_is_one_expression() -> None:
    assert _found("Net for the year-earlier nine months included a gain.") == [
        ("the year-earlier nine months", "2018")]


def test_the_same_period_after_months_compared_is_those_months_last_year() -> None:
    assert _found("Arrivals fell 20% in the first five months, compared with the same period last year.") == [
        ("the first five months", "P5M"), ("the same period last year", "2019")]
