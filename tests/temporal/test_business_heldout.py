"""Held-out style cases: company, technology and retail news.

Quarters named by their last month ("the December quarter"), calendar versus fiscal years, launch
dates, shopping holidays and the past verbs that date a day ("the quarter ended Dec. 28"), written as
wires and tech sites write them. Annotated by the TimeML 1.2 guidelines; the reference is the
publication date (a Thursday in late October unless said).
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import found, gap_params, texts_of

THU_OCT_29 = "2020-10-29"
TUE_FEB_4 = "2020-02-04"
WED_MAY_11 = "2022-05-11"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # ---- a calendar quarter named by its last month: reported in the past, it has ended
    ("Apple reported record revenue for the December quarter.", THU_OCT_29, [("the December quarter", "2019-Q4")]),
    ("Apple reported record revenue for the December quarter, the company said.", TUE_FEB_4,
     [("the December quarter", "2019-Q4")]),
    ("June-quarter sales rose 4 percent.", THU_OCT_29, [("June-quarter", "2020-Q2")]),
    ("Revenue will fall in the June quarter, the CFO warned.", THU_OCT_29, [("the June quarter", "2021-Q2")]),
    ("The March quarter of 2019 was the weakest in years.", THU_OCT_29,
     [("The March quarter of 2019", "2019-Q1"), ("years", "PXY")]),
    # a fiscal quarter is named as TimeBank names it, by the year of the publication
    ("Revenue for the fiscal first quarter ended Dec. 28 rose 9 percent.", TUE_FEB_4,
     [("the fiscal first quarter", "2020-Q1"), ("Dec. 28", "2019-12-28")]),
    # ---- ordinal quarters: a quarter just ended still has results to come
    ("The company expects to post a loss for the third quarter.", THU_OCT_29, [("the third quarter", "2020-Q3")]),
    ("Sales will rise in the first quarter, the company said.", THU_OCT_29, [("the first quarter", "2021-Q1")]),
    ("The firm will report second-quarter results on Tuesday.", "2020-07-23",
     [("second-quarter", "2020-Q2"), ("Tuesday", "2020-07-28")]),
    ("The deal is expected to close in the first quarter of 2021, subject to approvals.", THU_OCT_29,
     [("the first quarter of 2021", "2021-Q1")]),
    ("The chip will ship in volume in the second half of next year.", THU_OCT_29,
     [("the second half of next year", "2021-H2")]),
    # ---- calendar and fiscal years
    ("Shipments for calendar 2020 are expected to rise.", THU_OCT_29, [("calendar 2020", "2020")]),
    ("In calendar year 2019, sales fell.", THU_OCT_29, [("calendar year 2019", "2019")]),
    ("The 2021 calendar goes on sale next month.", THU_OCT_29, [("2021", "2021"), ("next month", "2020-11")]),
    ("Profit for fiscal 2020 rose 8 percent.", THU_OCT_29, [("fiscal 2020", "2020")]),
    # ---- a past verb right before a day dates it before the publication
    ("Revenue for the quarter ended Sept. 26 rose 9 percent.", THU_OCT_29,
     [("the quarter", "2020-Q3"), ("Sept. 26", "2020-09-26")]),
    ("The offer expired Dec. 15.", THU_OCT_29, [("Dec. 15", "2019-12-15")]),
    ("The strike began Dec. 1 and ended in January.", THU_OCT_29, [("Dec. 1", "2019-12-01"), ("January", "2020-01")]),
    ("The attack happened on June 3, police said.", WED_MAY_11, [("June 3", "2021-06-03")]),
    # ... but not what is expected or planned for the day
    ("The ruling, expected Dec. 28, could move markets.", THU_OCT_29, [("Dec. 28", "2020-12-28")]),
    ("The phone goes on sale Friday, Sept. 25.", "2020-09-21", [("Friday, Sept. 25", "2020-09-25")]),
    ("Orders open Dec. 4, the company said.", THU_OCT_29, [("Dec. 4", "2020-12-04")]),
    # ---- launches, shopping days and records
    ("The update will roll out later this year.", THU_OCT_29, [("later this year", "2020")]),
    ("Amazon said Prime Day would return in July.", "2021-02-04", [("July", "2021-07")]),
    ("Retailers are bracing for Black Friday.", THU_OCT_29, [("Black Friday", "2020-11-27")]),
    ("The back-to-school season starts in mid-August.", "2020-06-01", [("mid-August", "2020-08")]),
    ("The stock hit an all-time high in late January.", THU_OCT_29, [("late January", "2020-01")]),
    ("Shares have doubled over the past 12 months.", THU_OCT_29, [("the past 12 months", "P12M")]),
    ("The firm was founded in a garage in 1976.", THU_OCT_29, [("1976", "1976")]),
    ("The app has been downloaded 10 million times since its launch in March.", THU_OCT_29, [("March", "2020-03")]),
    ("Netflix added 2.2 million subscribers in the three months to September.", THU_OCT_29,
     [("the three months", "P3M"), ("September", "2020-09")]),
    ("Trading was halted for 15 minutes.", THU_OCT_29, [("15 minutes", "PT15M")]),
    ("The outage lasted nearly four hours on Tuesday.", THU_OCT_29,
     [("nearly four hours", "PT4H"), ("Tuesday", "2020-10-27")]),
    ("The company will report results after the bell on Thursday.", "2020-10-26", [("Thursday", "2020-10-29")]),
    ("Retailers posted their best December since 2010.", TUE_FEB_4, [("December", "2019-12"), ("2010", "2010")]),
    # ---- codes and numbers that are no dates
    ("The H1N1 strain hit sales of the 2020 model.", THU_OCT_29, [("2020", "2020")]),
    ("The iPhone 12 costs $799.", THU_OCT_29, []),
    ("The A14 chip has 11.8 billion transistors.", THU_OCT_29, []),
    ("Windows 2000 was released in February 2000.", THU_OCT_29, [("February 2000", "2000-02")]),
]

GAPS: list[tuple[str, str, list[tuple[str, str]], str]] = [
    ("Sales over Black Friday and Cyber Monday hit a record.", THU_OCT_29,
     [("Black Friday", "2019-11-29"), ("Cyber Monday", "2019-12-02")],
     "a holiday within a month ahead still beats last year's against a past tense (the holiday rule's "
     "margin), so the two days of one weekend fall in different years"),
    ("Sales in the November quarter fell.", THU_OCT_29, [("November", "2019-11")],
     "a fiscal quarter that ends in a month three days ahead: the past 'fell' is outweighed by nearness "
     "(the soft past penalty), so the coming November is read (a quarter that no calendar quarter ends "
     "is a fiscal one, and its month is tagged alone)"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_business_news(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_business_gaps(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
    assert len(CASES) >= 35
