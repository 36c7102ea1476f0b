"""Compound and vague expressions of time that news uses every day, annotated by hand (TimeML 1.2).

Sentences written for this test (wire copy, business reports, a few posts and narratives), each
with its own publication date, and every expression a careful TimeML / TempEval-3 annotator would
mark, as (extent, value, mod): extents leave out leading prepositions, values are standard TimeML.
Conventions followed, checked against TimeBank/AQUAINT, MEANTIME and the tweets corpus:

* "this time last year", "the same time last year", "this time tomorrow": the deictic alone is
  tagged ("last year", "tomorrow"), as the tweets gold does ("This time <TIMEX3>last year</TIMEX3>");
  "this time of year" is not tagged;
* "midweek" is the week, mod MID, the week the clause's tense points to (as a bare Wednesday);
  "the turn of the year" is the first month of the year, mod APPROX (as "the turn of the century"
  is its first year), the turn ahead in a future clause and the one past in a past clause;
  "the new year" (lower case) is the year that begins nearest the date told;
* "the year to date" / "year-to-date" is the current year (as "so far this year" is "this year");
  "the year through March" and "the 12 months to June" are a DURATION and the month, as TimeBank
  writes "<TIMEX3>the year</TIMEX3> ended <TIMEX3>March 31</TIMEX3>";
* "at the time", "by then", "until then", "since then", "at that point", "in the meantime",
  "around the clock", "the foreseeable future", "the long run" are not tagged (TimeBank leaves
  each untagged); "of late" is PAST_REF as "lately" is, "any day now" and "a later date" are
  FUTURE_REF; "the days ahead", "the weeks to come" are durations with the whole phrase;
* "Ten years on" after a date is that date moved on, as "ten years later" is; "a year after the
  flood" is the DURATION of an offset from an event (TimeBank: "<TIMEX3>twenty years</TIMEX3>
  after the first astronauts ..."); "the week after next", "the year before last" and "the night
  before last" are two units from the publication date; "two years back" at the end of its clause
  is "two years ago"; "a week ago Friday" is the Friday a week before the last one; "a week from Friday" is that Friday
  moved on a week; "mid-month" and "month-end" are parts of the current month; "the Easter
  weekend" is the weekend the holiday falls in ("the Labor Day weekend": the one before a Monday).

Each case asserts the engine's whole output, so spurious tags fail too. Known gaps are strict
xfails with the reason.
"""
from __future__ import annotations

import pytest

from timeline_app.temporal import Reference, find_timexes

Expected = list[tuple[str, str, str | None]]
Case = tuple[str, str, Expected]

MON = "2021-11-15"
WED = "2019-06-19"
THU = "2020-03-12"
FRI = "2018-10-26"
TUE = "2022-12-13"

CASES: list[Case] = [
    # ---- 1. "this time last year" and its kin: the deictic alone
    ("Petrol prices are 30 cents a litre higher than this time last year, the motoring group said.", MON,
     [("last year", "2020", None)]),
    ("Arrivals at the airport were down 12 percent on the same time last year.", WED,
     [("last year", "2018", None)]),
    ("Hotels on the coast are usually full at this time of year.", WED, []),
    ("This time tomorrow, voters will be choosing a new parliament.", TUE,
     [("tomorrow", "2022-12-14", None)]),
    ("The referendum was held on June 23, 2016. A year to the day later, negotiations were stuck.", "2017-07-01",
     [("June 23, 2016", "2016-06-23", None), ("A year to the day later", "2017-06-23", None)]),
    ("He was arrested on May 3, 2019, and freed a year to the day after his arrest.", "2020-06-01",
     [("May 3, 2019", "2019-05-03", None), ("a year", "P1Y", None)]),
    # ---- 2. midweek, the middle and the turn of a period, the new year
    ("Forecasters said temperatures would recover by midweek.", MON,
     [("midweek", "2021-W46", "MID")]),
    ("Snow is expected to ease by mid-week, but another band of cold air will arrive at the weekend.", MON,
     [("mid-week", "2021-W46", "MID"), ("the weekend", "2021-W46-WE", None)]),
    ("Shares slid on Monday and had recovered most of their losses by midweek.", FRI,
     [("Monday", "2018-10-22", None), ("midweek", "2018-W43", "MID")]),
    ("The minister returns midweek.", "2021-12-20",
     [("midweek", "2021-W51", "MID")]),
    ("Arsenal play a midweek match in Lisbon before the derby.", MON, []),
    ("The talks are scheduled to resume in the middle of next week in Geneva.", THU,
     [("the middle of next week", "2020-W12", "MID")]),
    ("A final decision is expected around the turn of the year.", FRI,
     [("the turn of the year", "2019-01", "APPROX")]),
    ("House prices fell sharply around the turn of the year, the survey found.", "2019-03-20",
     [("the turn of the year", "2019-01", "APPROX")]),
    ("The Germans reached Moscow in late November 1941. By the turn of the year, they had been pushed back.",
     "2021-12-20",
     [("late November 1941", "1941-11", "END"), ("the turn of the year", "1942-01", "APPROX")]),
    ("The new rules will take effect at the start of the new year.", "2022-11-03",
     [("the start of the new year", "2023", "START")]),
    ("The company said it expected to name a new chief executive early in the new year.", "2021-12-08",
     [("early in the new year", "2022", "START")]),
    ("The Germans attacked in December 1941. In the new year, the Soviets counter-attacked.", "2021-12-20",
     [("December 1941", "1941-12", None), ("the new year", "1942", None)]),
    ("The new year celebrations in the capital were cancelled.", "2021-12-20", []),
    ("The judge adjourned the hearing until the new year.", "2021-03-18",
     [("the new year", "2022", None)]),
    ("Retailers said sales picked up in the new year after a weak December.", "2020-02-12",
     [("the new year", "2020", None), ("December", "2019-12", None)]),
    ("The minister promised a decision by the end of the week.", MON,
     [("the end of the week", "2021-W46", "END")]),
    ("Profits fell at the start of the year and recovered by the end of the month.", "2019-05-14",
     [("the start of the year", "2019", "START"), ("the end of the month", "2019-05", "END")]),
    # ---- 3. reporting periods
    ("The fund's year-to-date return is 14 percent.", FRI,
     [("year-to-date", "2018", None)]),
    ("The benchmark index has gained 9 percent so far this year.", FRI,
     [("this year", "2018", None)]),
    ("Sales for the year to date are running 4 percent ahead of plan.", "2019-08-07",
     [("the year to date", "2019", None)]),
    ("Exports rose 3.2 percent in the year through March, the statistics office said.", "2019-05-14",
     [("the year", "P1Y", None), ("March", "2019-03", None)]),
    ("Consumer prices rose 2.4 percent in the 12 months to June, the Office for National Statistics said "
     "on Wednesday.", "2018-07-18",
     [("the 12 months", "P12M", None), ("June", "2018-06", None), ("Wednesday", "2018-07-18", None)]),
    ("The economy grew 0.4 percent in the three months to August.", "2018-10-10",
     [("the three months", "P3M", None), ("August", "2018-08", None)]),
    ("Net income for the first nine months rose to $1.2 billion.", FRI,
     [("the first nine months", "P9M", None)]),
    ("Earnings per share rose to 82 cents from 75 cents in the year-earlier period.", FRI,
     [("the year-earlier period", "2017-Q3", None)]),
    ("Revenue in the latest quarter beat analysts' forecasts.", FRI,
     [("the latest quarter", "2018-Q3", None)]),
    ("Revenue for the trailing 12 months was $4 billion.", FRI,
     [("the trailing 12 months", "P12M", None)]),
    # ---- 4. vague references: tagged and not
    ("Volunteers have been working around the clock to fill sandbags.", MON, []),
    ("The company denied the allegations at the time.", MON, []),
    ("Rescuers reached the village on Tuesday. By then, the water had receded.", THU,
     [("Tuesday", "2020-03-10", None)]),
    ("The border will stay closed until further notice; until then, goods must go by sea.", THU, []),
    ("The factory closed in 2008. Since then, the town has lost a third of its jobs.", THU,
     [("2008", "2008", None)]),
    ("At that point, the negotiators walked out.", THU, []),
    ("In the meantime, residents have been told to boil their water.", THU, []),
    ("Few commuters carry cash these days.", THU,
     [("these days", "PRESENT_REF", None)]),
    ("Nowadays the ferry runs only twice a week.", THU,
     [("Nowadays", "PRESENT_REF", None), ("twice a week", "P1W", None)]),
    ("The currency has weakened sharply of late.", THU,
     [("of late", "PAST_REF", None)]),
    ("Of late, the senator has kept a low profile.", THU,
     [("Of late", "PAST_REF", None)]),
    ("A tribute to the life of late singer Amy Winehouse drew thousands.", THU, []),
    ("In recent weeks, the army has retaken several towns.", THU,
     [("recent weeks", "PXW", None)]),
    ("More details are expected in the coming days.", THU,
     [("the coming days", "PXD", None)]),
    ("The government faces difficult choices in the days ahead.", THU,
     [("the days ahead", "PXD", None)]),
    ("Traders will watch the central bank closely in the weeks ahead of the vote.", THU,
     [("the weeks", "PXW", None)]),
    ("The effects of the drought will be felt for years to come.", THU,
     [("years to come", "PXY", None)]),
    ("Officials said a ruling could come any day now.", THU,
     [("any day now", "FUTURE_REF", None)]),
    ("The board will meet again at a later date to approve the accounts.", THU,
     [("a later date", "FUTURE_REF", None)]),
    ("The line will remain closed for the foreseeable future.", THU, []),
    ("Analysts expect the shares to stay under pressure in the near term.", THU,
     [("the near term", "FUTURE_REF", None)]),
    ("In the long run, the reform will pay for itself, the minister argued.", THU, []),
    # ---- 5. anchored offsets and two units away
    ("The earthquake struck on 26 December 2004. Ten years on, the coastline has been rebuilt.", "2014-12-24",
     [("26 December 2004", "2004-12-26", None), ("Ten years on", "2014", None)]),
    ("The mine closed in 1994. Two decades on, the valley is still poor.", "2014-06-10",
     [("1994", "1994", None), ("Two decades on", "2014", None)]),
    ("He left the village in 1950. A decade on, he returned as its mayor.", "2021-12-20",
     [("1950", "1950", None), ("A decade on", "1960", None)]),
    ("Ten years on, the survivors still meet every spring.", THU,
     [("Ten years", "P10Y", None), ("every spring", "XXXX-SP", None)]),
    ("Two days on the ground in Haiti convinced him to stay.", THU,
     [("Two days", "P2D", None)]),
    ("Ten years on from the crash, families are still waiting for answers.", THU,
     [("Ten years", "P10Y", None)]),
    ("A year after the flood, hundreds of families are still in temporary housing.", "2017-07-01",
     [("A year", "P1Y", None)]),
    ("A day after the vote, the prime minister resigned.", "2017-07-01",
     [("A day", "P1D", None)]),
    ("Police say the attack happened a week ago Friday.", THU,
     [("a week ago Friday", "2020-02-28", None)]),
    ("The plant closed a year ago this week.", THU,
     [("a year ago this week", "2019-W11", None)]),
    ("The council approved the scheme a few years back.", FRI,
     [("a few years back", "PAST_REF", None)]),
    ("I met her two years back, at a conference in Paris.", FRI,
     [("two years back", "2016", None)]),
    ("The verdict is due the day after tomorrow.", THU,
     [("the day after tomorrow", "2020-03-14", None)]),
    ("The committee will meet the week after next to consider the report.", THU,
     [("the week after next", "2020-W13", None)]),
    ("Gunmen attacked a police post the night before last, officials said.", THU,
     [("the night before last", "2020-03-10TNI", None)]),
    ("The festival was held the weekend before last.", THU,
     [("the weekend before last", "2020-W09-WE", None)]),
    ("cant wait for the weekend after next!!", THU,
     [("the weekend after next", "2020-W13-WE", None)]),
    ("Inflation was lower the year before last.", THU,
     [("the year before last", "2018", None)]),
    ("The new law takes effect the month after next.", THU,
     [("the month after next", "2020-05", None)]),
    ("The merger is expected to close a week from Friday, the companies said.", THU,
     [("a week from Friday", "2020-03-20", None)]),
    ("Fans packed the stadium this past weekend.", MON,
     [("this past weekend", "2021-W45-WE", None)]),
    ("Rents are due mid-month, and most tenants paid late in February.", THU,
     [("mid-month", "2020-03", "MID"), ("late in February", "2020-02", "END")]),
    ("The bank expects the figures to be revised by month-end.", THU,
     [("month-end", "2020-03", "END")]),
    ("Three people died in road accidents over the Labor Day weekend, police said.", "2019-09-03",
     [("the Labor Day weekend", "2019-W35-WE", None)]),
    ("Motorists are warned that roads will be busy over the Easter weekend.", "2020-04-06",
     [("the Easter weekend", "2020-W15-WE", None)]),
    # "could" before a verb of what may happen looks ahead (a weak cue)
    ("The talks could resume by midweek.", THU, [("midweek", "2020-W12", "MID")]),
]

GAPS: list[tuple[str, str, Expected, str]] = [
    ("The strike was the longest in recent memory.", THU,
     [("recent memory", "PAST_REF", None)],
     "'in recent memory' is not tagged (MEANTIME tags 'in recent U.S. history' PAST_REF)"),
]


def _found(text: str, reference: str) -> Expected:
    return [(t.text, t.value, t.mod) for t in find_timexes(text, Reference.parse(reference))]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_vague_and_compound(text: str, reference: str, expected: Expected) -> None:
    assert _found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"),
                         [pytest.param(t, r, e, marks=pytest.mark.xfail(strict=True, reason=why))
                          for t, r, e, why in GAPS])
def test_vague_and_compound_gaps(text: str, reference: str, expected: Expected) -> None:
    assert _found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = [t for t, _, _ in CASES] + [t for t, _, _, _ in GAPS]
    assert len(texts) == len(set(texts))


def test_a_year_to_the_day_keeps_the_day_only_after_a_day() -> None:
    """"to the day" makes the offset a day only when it is counted from a day."""
    assert _found("The plant opened in 2009. A year to the day later, it closed.", THU) == [
        ("2009", "2009", None), ("A year to the day later", "2010", None)]
