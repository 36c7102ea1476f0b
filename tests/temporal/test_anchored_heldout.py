"""Expressions anchored to events and to other dates, annotated by hand (TimeML 1.2 / TempEval-3).

News and narrative sentences written for this test, each with its own publication date, and every
expression a careful annotator would mark, in text order, as (extent, value). Conventions:

* a length of time before or after a date named in the same phrase keeps its TimeML reading as a
  DURATION ("two days" P2D in "two days after March 5"; "ten days" in "ten days before the Jan. 20
  inauguration"), and the date is its own expression; the engine links the two (Timex.offset);
* "the day before/after <date>", "the week before/after <date>", "the week of <date>" are one
  expression with the date when nothing comes between ("the week before Christmas": the week seven
  days before it); when the date names an event's day ("the day after the March 5 vote", "the Monday
  after the Oct. 3 deadline", "the weekend after Easter"), the day, week, part of day, weekday or weekend
  is its own expression, counted from the date (the first one after it, the last one before it), and the
  date keeps its own; "the eve of the New Year" is the day before the holiday;
* anchored to an undated event, TimeML keeps the DURATION of the offset: "two days after the vote",
  "Hours before the deadline" (PTXH), "a month into the war", "Weeks into his presidency",
  "Days after taking office" ("into" an event: after its start);
* narrative chains count from the last date told ("The next day", "A week later", "the following
  Monday", "That Friday": the first one on or after the day or week last told); "two days after."
  at the end of a clause is "two days later"; after a paragraph break "Two days earlier" is a flashback
  from the story's date;
* not tagged: "after the war", "before long", "Years after," with nothing to count from,
  "shortly after the attack"; "the day after tomorrow" is a date.

Each case asserts the engine's whole output, so spurious tags fail too. Known gaps are strict
xfails with the reason.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of
from timeline_app.temporal import Reference, find_timexes

CASES: list[tuple[str, str, Expected]] = [
    # --- 1. anchored to a date or holiday named in the same phrase ---
    ("Ceasefire talks resumed two days after March 5, the foreign ministry said.", "2020-03-12",
     [("two days", "P2D"), ("March 5", "2020-03-05")]),
    ("Retailers expect the busiest trading of the year in the week before Christmas.", "2021-11-10",
     [("the week before Christmas", "2021-W50")]),
    ("Shoppers crowded the malls the week before Christmas.", "2020-01-06",
     [("the week before Christmas", "2019-W51")]),
    ("Police urged drivers to avoid the roads the day before Thanksgiving.", "2021-11-10",
     [("the day before Thanksgiving", "2021-11-24")]),
    ("Stores will open at 5 a.m. on the day after Thanksgiving.", "2015-11-20",
     [("5 a.m.", "2015-11-27T05:00"), ("the day after Thanksgiving", "2015-11-27")]),
    ("The parish will hold its fair the weekend after Easter.", "2019-03-01",
     [("the weekend", "2019-W17-WE"), ("Easter", "2019-04-21")]),
    ("Protesters gathered again the weekend before Easter, organisers said.", "2019-04-25",
     [("the weekend", "2019-W15-WE"), ("Easter", "2019-04-21")]),
    ("Ten days before the Jan. 20 inauguration, the transition team had not named a defense secretary.",
     "2017-01-25", [("Ten days", "P10D"), ("Jan. 20", "2017-01-20")]),
    ("The memo was dated a month before the 2016 election.", "2020-03-12",
     [("a month", "P1M"), ("2016", "2016")]),
    ("The committee will meet again the Monday after the Oct. 3 deadline.", "2020-09-20",
     [("Monday", "2020-10-05"), ("Oct. 3", "2020-10-03")]),
    ("The markets fell the Friday before the March 5 vote.", "2020-03-12",
     [("Friday", "2020-02-28"), ("March 5", "2020-03-05")]),
    ("The rally took place on the Sunday before the Nov. 8 election.", "2016-11-20",
     [("Sunday", "2016-11-06"), ("Nov. 8", "2016-11-08")]),
    ("The ceremony is set for the Saturday before Christmas.", "2015-12-01",
     [("Saturday", "2015-12-19"), ("Christmas", "2015-12-25")]),
    ("The last ferry leaves on the eve of the New Year.", "2020-12-20",
     [("the eve of the New Year", "2020-12-31")]),
    ("Unions marched through the capital on the eve of May Day.", "2019-05-03",
     [("the eve of May Day", "2019-04-30")]),
    ("Turnout fell sharply three weeks after the March 5 vote.", "2019-06-01",
     [("three weeks", "P3W"), ("March 5", "2019-03-05")]),
    ("Prices rose in the week after March 5 and again in the week before March 20.", "2020-03-25",
     [("the week after March 5", "2020-W11"), ("the week before March 20", "2020-W11")]),
    ("The new rules take effect six months after the March 1 deadline.", "2020-03-12",
     [("six months", "P6M"), ("March 1", "2021-03-01")]),
    ("Results are expected the day after March 3.", "2020-02-20",
     [("the day after March 3", "2020-03-04")]),
    ("The announcement came the day before the Feb. 14 holiday.", "2020-03-12",
     [("the day", "2020-02-13"), ("Feb. 14", "2020-02-14")]),
    ("The day after the March 5 vote, markets slumped.", "2020-03-12",
     [("The day", "2020-03-06"), ("March 5", "2020-03-05")]),
    ("The week after the Jan. 20 inauguration was chaotic.", "2020-03-12",
     [("The week", "2020-W05"), ("Jan. 20", "2020-01-20")]),
    ("The morning after the March 5 blast, residents returned to find their street gone.", "2020-03-12",
     [("The morning", "2020-03-06TMO"), ("March 5", "2020-03-05")]),
    ("Crowds gathered the night before the March 8 vote.", "2020-03-12",
     [("the night", "2020-03-07TNI"), ("March 8", "2020-03-08")]),
    ("Airlines added flights for the weekend after the July 4 holiday.", "2019-07-20",
     [("the weekend", "2019-W27-WE"), ("July 4", "2019-07-04")]),
    # --- 2. anchored to an event: the duration of the offset ---
    ("Stocks rallied the day after the vote.", "2020-03-12", []),
    ("Hours before the deadline, negotiators were still apart.", "2020-03-12", [("Hours", "PTXH")]),
    ("A month into the war, the city was still holding out.", "2020-03-12", [("A month", "P1M")]),
    ("Three days into the strike, the union offered talks.", "2020-03-12", [("Three days", "P3D")]),
    ("Weeks into his presidency, he fired the chief of staff.", "2020-03-12", [("Weeks", "PXW")]),
    ("Days after taking office, the mayor froze hiring.", "2020-03-12", [("Days", "PXD")]),
    ("Months after losing the election, he still refused to concede.", "2020-03-12", [("Months", "PXM")]),
    ("Police said they would make an arrest within 48 hours of the blast.", "2020-03-12", [("48 hours", "PT48H")]),
    ("The ceasefire collapsed a year to the day after it was signed.", "2020-03-12", [("a year", "P1Y")]),
    ("The bridge reopened two weeks after the flood.", "2020-03-12", [("two weeks", "P2W")]),
    ("The suspect was arrested less than 24 hours after the shooting.", "2020-03-12",
     [("less than 24 hours", "PT24H")]),
    ("The pact expires 90 days after it is signed.", "2020-03-12", [("90 days", "P90D")]),
    ("Minutes after the plane landed, police boarded it.", "2020-03-12", [("Minutes", "PTXM")]),
    ("The suspect was caught days before the summit.", "2020-03-12", [("days", "PXD")]),
    ("Officials met in the weeks leading up to the summit.", "2020-03-12", [("the weeks", "PXW")]),
    ("The blast came hours after the president left the city.", "2020-03-12", [("hours", "PTXH")]),
    ("Four days before the election, the candidate collapsed.", "2020-03-12", [("Four days", "P4D")]),
    ("He was released on Monday, three weeks after his arrest.", "2020-03-12",
     [("Monday", "2020-03-09"), ("three weeks", "P3W")]),
    ("The law took effect 30 days after its publication in the official gazette.", "2020-03-12",
     [("30 days", "P30D")]),
    # --- 3. narrative chains ---
    ("Troops entered the town on March 3. The next day, the mayor fled. Two days after that, the bridge "
     "was blown. A week later, the siege began.", "2020-03-12",
     [("March 3", "2020-03-03"), ("The next day", "2020-03-04"), ("Two days", "P2D"), ("A week later", "2020-W11")]),
    ("Rebels seized the town on June 2. The next day, government troops counterattacked. A week later, the "
     "town had changed hands twice.", "2019-06-20",
     [("June 2", "2019-06-02"), ("The next day", "2019-06-03"), ("A week later", "2019-W24")]),
    ("The strike began on Oct. 14, 2019. By the following Monday, the plant was idle. That evening, talks "
     "collapsed.", "2020-03-12",
     [("Oct. 14, 2019", "2019-10-14"), ("the following Monday", "2019-10-21"), ("That evening", "2019-10-21TEV")]),
    ("She arrived in Paris on June 2, 1944. The day before, the radio had gone silent.", "2020-03-12",
     [("June 2, 1944", "1944-06-02"), ("The day before", "1944-06-01")]),
    ("The company collapsed in May 2008. The previous week, its shares had halved.", "2020-03-12",
     [("May 2008", "2008-05"), ("The previous week", "2008-W17")]),
    ("The factory closed in March 2017. The previous month, workers had been told their jobs were safe.",
     "2018-10-05", [("March 2017", "2017-03"), ("The previous month", "2017-02")]),
    ("The fire broke out on Jan. 14. Two days later, investigators found the cause.", "2021-02-10",
     [("Jan. 14", "2021-01-14"), ("Two days later", "2021-01-16")]),
    ("Voters went to the polls on Sunday. By the following Monday, the count was complete.", "2020-03-12",
     [("Sunday", "2020-03-08"), ("the following Monday", "2020-03-09")]),
    ("The vote was held on March 1, and the results came out two days after.", "2020-03-12",
     [("March 1", "2020-03-01"), ("two days after", "2020-03-03")]),
    ("On Jan. 5, 1998, the ministry announced the plan. The following week, the cabinet approved it. That "
     "Friday, the president signed it.", "1998-02-14",
     [("Jan. 5, 1998", "1998-01-05"), ("The following week", "1998-W03"), ("That Friday", "1998-01-16")]),
    ("The ministry announced the plan on Jan. 5. On that Friday evening, the president signed it.", "1998-02-14",
     [("Jan. 5", "1998-01-05"), ("that Friday evening", "1998-01-09TEV")]),
    ("The accord was signed on Feb. 2. \"A day later, we knew it would fail,\" the envoy recalled.", "2020-03-12",
     [("Feb. 2", "2020-02-02"), ("A day later", "2020-02-03")]),
    ("The truce was agreed on March 3.\n\nTwo days earlier, shelling had killed 12 people.", "2020-03-12",
     [("March 3", "2020-03-03"), ("Two days earlier", "2020-03-01")]),
    ("Voting ends on Sunday. Results are due the day after, officials said.", "2020-03-12",
     [("Sunday", "2020-03-15"), ("the day after", "2020-03-16")]),
    ("The ship sank on April 15, 1912. Survivors reached New York three days later, and the inquiry opened "
     "the following month.", "2020-03-12",
     [("April 15, 1912", "1912-04-15"), ("three days later", "1912-04-18"), ("the following month", "1912-05")]),
    ("The reforms came into force on Jan. 1. In the weeks that followed, prices soared.", "2020-03-12",
     [("Jan. 1", "2020-01-01"), ("the weeks", "PXW")]),
    ("The anniversary falls on the Tuesday after Labor Day.", "2020-08-20",
     [("Tuesday", "2020-09-08"), ("Labor Day", "2020-09-07")]),
    ("Parliament will sit the week after Easter.", "2020-03-12", [("the week after Easter", "2020-W16")]),
    ("Troops pulled out a day before the deadline.", "2020-03-12", [("a day", "P1D")]),
    ("The court will rule within 30 days of the hearing.", "2020-03-12", [("30 days", "P30D")]),
    # --- 4. pitfalls ---
    ("Life was hard after the war.", "2020-03-12", []),
    ("Before long, the rebels were at the gates.", "2020-03-12", []),
    ("The results will be announced the day after tomorrow.", "2020-03-12",
     [("the day after tomorrow", "2020-03-14")]),
    ("The deal was signed on Friday, and the first shipment left a day after.", "2020-03-12",
     [("Friday", "2020-03-06"), ("a day after", "2020-03-07")]),
    ("Years after, she still remembered the sound.", "2020-03-12", []),
    ("He said that Friday's report was wrong.", "2020-03-12", [("Friday", "2020-03-06")]),
    ("He resigned on Monday after the March 5 vote.", "2020-03-12",
     [("Monday", "2020-03-09"), ("March 5", "2020-03-05")]),
    ("He put ten years into the company before it was sold.", "2020-03-12", [("ten years", "P10Y")]),
    ("He was barely a year into his term when the scandal broke.", "2020-03-12", [("a year", "P1Y")]),
    ("The strike ended shortly after the announcement.", "2020-03-12", []),
]
GAPS: list[Gap] = [
    ("The company announced layoffs in the run-up to the election.", "2020-03-12", [("the run-up", "XXXX-XX-XX")],
     "'the run-up to' an undated event is a period before it; the engine tags nothing"),
    ("Thousands marked the first anniversary of the uprising.", "2020-03-12", [("the first anniversary", "P1Y")],
     "an anniversary of an undated event is a date a whole number of years after it; not tagged"),
    ("Markets were calm the week after the election.", "2020-03-12", [("the week", "XXXX-WXX")],
     "'the week after' an undated event: the engine tags nothing (TimeBank tags 'the day' before an event)"),
    ("Protesters gathered on the eve of the summit.", "2020-03-12", [("the eve", "XXXX-XX-XX")],
     "'the eve of' an event that is no holiday is not tagged"),
    ("The earthquake struck on Feb. 6, 2023.\n\nThe week before, seismologists had recorded nothing unusual. "
     "A month later, aid was still arriving.", "2023-06-01",
     [("Feb. 6, 2023", "2023-02-06"), ("The week before", "2023-W05"), ("A month later", "2023-03")],
     "after a flashback ('The week before'), 'A month later' is counted from the flashback's week (2023-02), "
     "not from the story's day"),
    ("The minister resigned the morning after the scandal broke.", "2020-03-12", [("the morning", "XXXX-XX-XXTMO")],
     "a part of day after an undated event is not tagged"),
    ("The plane landed at 9:40 p.m. Minutes before midnight, the runway was closed.", "2020-03-12",
     [("9:40 p.m.", "2020-03-12T21:40"), ("Minutes", "PTXM"), ("midnight", "2020-03-13T00:00")],
     "'Minutes before midnight': 'Minutes' is not tagged and midnight is read as the one opening the day"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_anchored_expressions(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_anchored_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_inputs_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))


def test_an_offset_from_a_date_points_at_the_date() -> None:
    duration, vote = find_timexes("Turnout fell sharply three weeks after the March 5 vote.",
                                  Reference.parse("2019-06-01"))
    assert duration.offset is not None
    assert (duration.offset.duration, duration.offset.direction, duration.offset.signal) == ("P3W", 1, "after")
    assert duration.offset.anchor_timex == 1 and vote.value == "2019-03-05"


def test_an_offset_from_an_event_points_at_the_event_phrase() -> None:
    text = "Ten days before the ceasefire's announcement, the shelling stopped."
    (duration,) = find_timexes(text, Reference.parse("2020-03-12"))
    assert duration.offset is not None
    assert (duration.offset.duration, duration.offset.direction) == ("P10D", -1)
    assert duration.offset.anchor_start == text.index("the ceasefire")
    assert duration.offset.anchor_timex is None


@pytest.mark.parametrize(("text", "duration"), [
    ("A month into the war, the city was still holding out.", "P1M"),
    ("Weeks into his presidency, he fired the chief of staff.", "PXW"),
])
def test_into_an_event_is_after_its_start(text: str, duration: str) -> None:
    (timex,) = find_timexes(text, Reference.parse("2020-03-12"))
    assert timex.offset is not None
    assert (timex.offset.duration, timex.offset.direction, timex.offset.signal) == (duration, 1, "into")
    assert timex.offset.anchor_start == text.index("into ") + len("into ")


def test_time_spent_on_something_is_no_offset() -> None:
    (timex,) = find_timexes("He put ten years into the company before it was sold.", Reference.parse("2020-03-12"))
    assert timex.value == "P10Y" and timex.offset is None
    (term,) = find_timexes("He was barely a year into his term when the scandal broke.", Reference.parse("2020-03-12"))
    assert term.offset is not None and term.offset.signal == "into"


def test_a_day_counted_from_a_date_is_anchored_to_it() -> None:
    monday, deadline = find_timexes("The committee will meet again the Monday after the Oct. 3 deadline.",
                                    Reference.parse("2020-09-20"))
    assert (monday.anchor, monday.anchor_value, monday.value) == ("t1", "2020-10-03", "2020-10-05")
    assert deadline.value == "2020-10-03"
    day, _ = find_timexes("The day after the March 5 vote, markets slumped.", Reference.parse("2020-03-12"))
    assert (day.anchor, day.anchor_value) == ("t1", "2020-03-05")


def test_a_narrative_chain_anchors_each_step_to_the_one_before() -> None:
    text = ("On Jan. 5, 1998, the ministry announced the plan. The following week, the cabinet approved it. "
            "That Friday, the president signed it.")
    told, week, friday = find_timexes(text, Reference.parse("1998-02-14"))
    assert (week.anchor, friday.anchor) == ("t0", "t1")
