"""Daily market reports, annotated by hand for held-out news.

Markets wraps as wire services and business papers write them (stocks, bonds, currencies,
commodities), written for this test, not copied from any corpus, at several publication
dates: Fridays, Mondays, a month's end and a year's end. Values follow TimeML 1.2 /
TempEval-3: "the day", "the week", "the month" after "for", "ended" are the ones the report
covers; "in late trading", "the session", "intraday", "pre-market", "in Asian trade" are no
TIMEX (TimeBank leaves them); "overnight" is the night before the report's day; a month that
names a futures contract ("December futures", "the March contract", "for April delivery") is
the delivery month, never one already over; a bond's maturity ("due 2030", "the 2028 notes")
is its year; "a 52-week high", "a three-week low", "a five-day losing streak", "the 10-year
Treasury" keep their DURATIONs as TBAQ tags "52-week"; "year-to-date" and "month-to-date"
are the current year and month; prices, index levels and rates ("$1.1850", "1.1850 dollars",
"Dow 30,000", "2,015.50 points", "the Nikkei 225", "a 4.25% coupon"), "week-on-week" and
"month-on-month" are no times. Extents leave out leading prepositions. Each case asserts the
engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

FRI = "2021-03-05"
MON = "2020-03-16"
YEAR_END = "2020-12-31"
MONTH_END = "2019-05-31"
NEW_YEAR = "2022-01-03"
FRI_JAN = "2022-01-07"

CASES: list[Case] = [
    # the trading day
    ("Stocks fell in early trading on Friday as Treasury yields climbed.", FRI, [("Friday", "2021-03-05")]),
    ("The Dow rallied in late trading to close up 1.2 percent.", FRI, []),
    ("The Dow lost 2 percent in the session, its worst day since January.", FRI, [("January", "2021-01")]),
    ("The index extended Thursday's session losses in Asian trade.", FRI, [("Thursday", "2021-03-04")]),
    ("The yen held steady after falling 0.5 percent in the previous session.", FRI, []),
    ("The Nasdaq ended the day down 2 percent.", FRI, [("the day", "2021-03-05")]),
    ("The S&P 500 was up 0.4% for the day and 1.8% for the week.", FRI,
     [("the day", "2021-03-05"), ("the week", "2021-W09")]),
    ("The index fell 3 percent for the month, its first monthly loss since October.", FRI,
     [("the month", "2021-03"), ("monthly", "P1M"), ("October", "2020-10")]),
    ("The Nasdaq is down 4 percent this week so far.", FRI, [("this week", "2021-W09")]),
    ("Futures were higher in pre-market trading.", FRI, []),
    ("Oil prices slipped overnight after OPEC+ agreed to keep output steady.", FRI,
     [("overnight", "2021-03-05TNI")]),
    ("At 4 p.m. ET, the Dow was up 0.3%.", FRI, [("4 p.m. ET", "2021-03-05T16:00")]),
    ("By midday in London, the FTSE 100 was down 0.6%.", FRI, [("midday", "2021-03-05T12:00")]),
    ("At 1530 GMT, the euro was at $1.1850, down from $1.1920 late on Thursday.", FRI,
     [("1530 GMT", "2021-03-05T15:30Z"), ("Thursday", "2021-03-04")]),
    ("Brent crude for March delivery rose 1.5% to $78.98 a barrel by 1100 GMT.", NEW_YEAR,
     [("March", "2022-03"), ("1100 GMT", "2022-01-03T11:00Z")]),
    ("The Dow plunged 2,997 points on Monday, its biggest one-day drop since 1987.", MON,
     [("Monday", "2020-03-16"), ("one-day", "P1D"), ("1987", "1987")]),
    ("Stocks opened sharply lower Monday, triggering a 15-minute trading halt at the opening bell.", MON,
     [("Monday", "2020-03-16"), ("15-minute", "PT15M")]),
    ("The index swung 800 points intraday before closing at 20,188.52.", MON, []),
    # comparisons
    ("The S&P 500 hit a three-year low, erasing all of its gains since 2017.", MON,
     [("three-year", "P3Y"), ("2017", "2017")]),
    ("The stock hit a 52-week high on Thursday.", MONTH_END, [("52-week", "P52W"), ("Thursday", "2019-05-30")]),
    ("The euro fell to a three-week low against the dollar.", MONTH_END, [("three-week", "P3W")]),
    ("The Dow snapped a five-day losing streak.", MONTH_END, [("five-day", "P5D")]),
    ("The index had its best week since June.", MONTH_END, [("June", "2018-06")]),
    ("The index is down 6.6% month-to-date, on track for its worst May since 2010.", MONTH_END,
     [("month-to-date", "2019-05"), ("2010", "2010")]),
    ("The S&P 500 rose 16.3 percent in 2020, its best run since 2009.", YEAR_END,
     [("2020", "2020"), ("2009", "2009")]),
    ("The dollar index fell 6.7 percent this year, its worst year since 2017.", YEAR_END,
     [("this year", "2020"), ("2017", "2017")]),
    ("Stocks have risen 16% so far this year.", YEAR_END, [("this year", "2020")]),
    ("Oil has fallen 21% over the past 12 months.", YEAR_END, [("the past 12 months", "P12M")]),
    ("Copper ended 2021 up 25 percent, after a 3 percent gain the year before.", NEW_YEAR,
     [("2021", "2021"), ("the year before", "2020")]),
    ("The index is up 1.2% year-to-date after Monday's gains.", NEW_YEAR,
     [("year-to-date", "2022"), ("Monday", "2022-01-03")]),
    ("The dollar index rose 0.8% on a weekly basis.", NEW_YEAR, [("weekly", "P1W")]),
    ("Stocks rose 1.2% week-on-week and 3% month-on-month.", NEW_YEAR, []),
    ("The Dow crossed Dow 30,000 for the first time last month.", MON, [("last month", "2020-02")]),
    # instruments and pitfalls
    ("The euro slipped to 1.1850 dollars from 1.1920 dollars.", FRI, []),
    ("The pound rose to $1.3920 from $1.3850 in New York.", FRI, []),
    ("December futures rose 2 cents to $4.32 a bushel.", FRI, [("December", "2021-12")]),
    ("Gold for April delivery fell $3.40 to settle at $1,698.50 an ounce.", FRI, [("April", "2021-04")]),
    ("The March contract fell $1.20 to $60.30.", FRI, [("March", "2021-03")]),
    ("In January contracts were signed for 2 million tonnes.", FRI, [("January", "2021-01")]),
    ("The 5 1/2% bonds due 2030 fell half a point, and the 2028 notes were quoted at 101.", FRI,
     [("2030", "2030"), ("2028", "2028")]),
    ("The 4.25% notes due 2031 were little changed.", FRI, [("2031", "2031")]),
    ("The 10-year Treasury yield rose to 1.56%, while two-year notes fell 3/32.", FRI,
     [("10-year", "P10Y"), ("two-year", "P2Y")]),
    ("30-year bonds fell 1 point to yield 2.28%.", FRI, [("30-year", "P30Y")]),
    ("The Nikkei 225 rose 1.2 percent and the FTSE 100 dropped 0.4 percent.", FRI, []),
    ("Traders bet on a rate hike at the Fed's June meeting.", FRI, [("June", "2021-06")]),
    ("Investors await the ECB's Thursday decision.", FRI, [("Thursday", "2021-03-11")]),
    ("The bonds carry a 4.25% coupon and mature in 2031.", NEW_YEAR, [("2031", "2031")]),
    ("The Dow closed at 36,585.06 points, up 246.76 points, or 0.68%.", NEW_YEAR, []),
    # "a year" after "the start to" is any year; the last trading day of a period is its last weekday
    ("It was the worst start to a year since 2016 for global stocks.", NEW_YEAR, [("2016", "2016")]),
    ("The Dow closed at a record high on the last trading day of the year.", YEAR_END,
     [("the last trading day of the year", "2020-12-31")]),
    ("Options expire on the last business day of May 2020.", YEAR_END, [("the last business day of May 2020", "2020-05-29")]),
]

GAPS: list[Gap] = [
    ("Shares of the company jumped 10% after hours.", NEW_YEAR, [],
     "'after hours' (past the close) is tagged PTXH; not tagging it lost tweets' 'Disappears After Hours' "
     "(gold PTXH, tweets value right 602 -> 601), reverted"),
    ("The dollar was flat on the week against a basket of currencies.", FRI_JAN,
     [("the week", "2022-W01")],
     "'on the week' is not read as the week reported; 'on the day' is too often the idiom"),
]


@pytest.mark.parametrize("text, reference, expected", CASES + gap_params(GAPS))
def test_market_report(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_cases_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) and len(CASES) >= 40
