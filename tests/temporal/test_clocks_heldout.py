"""Clock times as news, police reports, transport notices, sports copy and posts write them, and
what the tagger does when a reading cannot be resolved (held-out style, reference Thursday
2020-03-12).

Conventions (TimeML 1.2 / TempEval-3): values are local wall-clock time; a zone written right
after the time ("3 p.m. EDT", "19:45 CET") is in the extent, "local time" and "Pacific time"
are not (as in test_times_heldout.py; the corpora's gold has no case either way); midnight of a
named day is T24:00 of that day; a range of clock times whose end is earlier on the clock than
its start crosses midnight: its end is on the next day ("from 8 p.m. to 5 a.m."), or, when the
end names its day, its start is on the day before ("from 10 p.m. to 2 a.m. Sunday").
Each case asserts the engine's whole output; known gaps are strict xfails with their reason.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import found, gap_params, texts_of
from timeline_app.temporal import Reference, find_timexes
from timeline_app.temporal.model import Timex

THU = "2020-03-12"
SAT = "2020-03-14"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # the small hours before a night named after them are the morning that ends that night
    ("The motorway reopened at about 3am after the crash on Tuesday night.", THU,
     [("3am", "2020-03-11T03:00"), ("Tuesday night", "2020-03-10TNI")]),
    # past tense, no day named: the later event (the morning) is on the publication day at the latest
    ("Officers were called at 11:40 p.m. and the suspect was arrested at 1:15 a.m.", THU,
     [("11:40 p.m.", "2020-03-11T23:40"), ("1:15 a.m.", "2020-03-12T01:15")]),
    ('A curfew will be in force from 8 p.m. to 5 a.m. in the capital, the army said.', THU,
     [('8 p.m.', '2020-03-12T20:00'), ('5 a.m.', '2020-03-13T05:00')]),
    ('The overnight closure of the M6 runs 10pm-6am.', THU,
     [('10pm', '2020-03-12T22:00'), ('6am', '2020-03-13T06:00')]),
    ('Police said the burglary happened between 11 p.m. Friday and 2 a.m.', THU,
     [('11 p.m. Friday', '2020-03-06T23:00'), ('2 a.m.', '2020-03-07T02:00')]),
    ('Engineering works: no trains from 10 p.m. to 2 a.m. Sunday.', THU,
     [('10 p.m.', '2020-03-14T22:00'), ('2 a.m. Sunday', '2020-03-15T02:00')]),
    ('The bridge will be closed from 11pm until 5am on Sunday.', THU,
     [('11pm', '2020-03-14T23:00'), ('5am on Sunday', '2020-03-15T05:00')]),
    ('The bar is licensed to open from 6 p.m. to 3 a.m. on Saturday.', THU,
     [('6 p.m.', '2020-03-13T18:00'), ('3 a.m. on Saturday', '2020-03-14T03:00')]),
    ('Rail replacement buses run from 9 a.m. to 5 p.m. on Sunday.', THU,
     [('9 a.m.', '2020-03-15T09:00'), ('5 p.m. on Sunday', '2020-03-15T17:00')]),
    ('The vote count went on from 10 p.m. to 4 a.m., officials said.', THU,
     [('10 p.m.', '2020-03-12T22:00'), ('4 a.m.', '2020-03-13T04:00')]),
    ('The explosion happened at 0900 local time, police said.', THU,
     [('0900', '2020-03-12T09:00')]),
    ('The quake struck at 2:30 a.m. local time on Tuesday.', THU,
     [('2:30 a.m.', '2020-03-10T02:30'), ('Tuesday', '2020-03-10')]),
    ('The launch is scheduled for 3 p.m. EDT on Friday.', THU,
     [('3 p.m. EDT on Friday', '2020-03-13T15:00')]),
    ('Kick-off is at 19:45 CET.', THU,
     [('19:45 CET', '2020-03-12T19:45')]),
    ('The strike begins at noon Friday.', THU,
     [('noon Friday', '2020-03-13T12:00')]),
    ('The deadline expires at midnight Thursday.', THU,
     [('midnight Thursday', '2020-03-12T24:00')]),
    ('The festival runs 4 - 2 March.', THU,
     [('2 March', '2020-03-02')]),
    ('Tickets go on sale 30 to 2 March.', THU,
     [('2 March', '2020-03-02')]),
    ('The league resumes on 31 April.', THU,
     [('31 April', 'XXXX')]),
    ('The contract was signed on 29 February 2019.', THU,
     [('29 February 2019', 'XXXX')]),
    ('The market reopens at 9.30 a.m. tomorrow.', THU,
     [('9.30 a.m. tomorrow', '2020-03-13T09:30')]),
    ('The fire broke out shortly after 3 a.m. on Monday, firefighters said.', THU,
     [('3 a.m. on Monday', '2020-03-09T03:00')]),
    ("We'll meet around 4 in the afternoon.", THU,
     [('4 in the afternoon', '2020-03-12T16:00')]),
    ('The raid began at dawn.', THU,
     [('dawn', '2020-03-12TMO')]),
    ('Fishermen set out at dusk.', THU,
     [('dusk', '2020-03-12TEV')]),
    ('The polls close at 10pm tonight.', THU,
     [('10pm tonight', '2020-03-12T22:00')]),
    ('Final whistle at 21:52, Arsenal 2-1 Spurs.', THU,
     [('21:52', '2020-03-12T21:52')]),
    ('Doors open 7pm, show starts 8pm.', THU,
     [('7pm', '2020-03-12T19:00'), ('8pm', '2020-03-12T20:00')]),
    ('The flight departs at 06:15 and lands at 09:40.', THU,
     [('06:15', '2020-03-12T06:15'), ('09:40', '2020-03-12T09:40')]),
    ('Service resumed at 5.45am this morning, Network Rail said.', THU,
     [('5.45am', '2020-03-12T05:45'), ('this morning', '2020-03-12TMO')]),
    ('Kickoff 3pm Saturday, live on BBC.', THU,
     [('3pm Saturday', '2020-03-14T15:00')]),
    ('The suspect was detained at about 4:30 p.m. Wednesday.', THU,
     [('4:30 p.m. Wednesday', '2020-03-11T16:30')]),
    ('The store is open 24 hours a day.', THU,
     [('24 hours', 'PT24H')]),
    ('Lunch is served from noon to 2pm.', THU,
     [('noon', '2020-03-12T12:00'), ('2pm', '2020-03-12T14:00')]),
    ('Hurricane warnings were lifted at 11 a.m. EST Thursday.', THU,
     [('11 a.m. EST Thursday', '2020-03-12T11:00')]),
    ('The tremor was felt at 14:20 GMT on Wednesday.', THU,
     [('14:20 GMT on Wednesday', '2020-03-11T14:20Z')]),
    ('The shooting happened at around 1am on Saturday, police said.', THU,
     [('1am on Saturday', '2020-03-07T01:00')]),
    ('The match was delayed by 45 minutes.', THU,
     [('45 minutes', 'PT45M')]),
    ('Police were called to the scene at 22:47 on Friday.', THU,
     [('22:47 on Friday', '2020-03-06T22:47')]),
    ('The last train leaves at 23:59.', THU,
     [('23:59', '2020-03-12T23:59')]),
    ('Visiting hours are 2pm-4pm and 6pm-8pm daily.', THU,
     [('2pm', '2020-03-12T14:00'), ('4pm', '2020-03-12T16:00'), ('6pm', '2020-03-12T18:00'), ('8pm', '2020-03-12T20:00'), ('daily', 'P1D')]),
    ('The alert was issued at 6:12 a.m. Pacific time.', THU,
     [('6:12 a.m.', '2020-03-12T06:12')]),
    ('The runners set off at 9:30 a.m. sharp.', THU,
     [('9:30 a.m.', '2020-03-12T09:30')]),
    ('Power was restored by midnight.', THU,
     [('midnight', '2020-03-12T00:00')]),
    ('Fans queued from 5am for tickets, which went on sale at 9am.', THU,
     [('5am', '2020-03-12T05:00'), ('9am', '2020-03-12T09:00')]),
    ('The ferry sails at 11.30pm and arrives at 7am the next day.', THU,
     [('11.30pm', '2020-03-12T23:30'), ('7am', '2020-03-13T07:00'), ('the next day', '2020-03-13')]),
    ('It was 2am when the alarm went off.', THU,
     [('2am', '2020-03-12T02:00')]),
    ('Water will be off between 10pm and 4am tonight.', THU,
     [('10pm', '2020-03-12T22:00'), ('4am tonight', '2020-03-13T04:00')]),
    ('The curfew lasts from 7 p.m. Saturday to 6 a.m. Monday.', THU,
     [('7 p.m. Saturday', '2020-03-14T19:00'), ('6 a.m. Monday', '2020-03-16T06:00')]),
    ('The council meets every Tuesday at 7pm.', THU,
     [("every Tuesday at 7pm", "XXXX-WXX-2T19:00")]),
    ('I was still awake in the small hours lol', THU,
     [("the small hours", "2020-03-12TNI")]),
    ('The all-night vigil lasted from 9 p.m. to 6 a.m.', SAT,
     [("9 p.m.", "2020-03-14T21:00"), ("6 a.m.", "2020-03-15T06:00")]),
    ('Night buses run every 30 minutes between 1am and 5am.', SAT,
     [("every 30 minutes", "PT30M"), ("1am", "2020-03-14T01:00"), ("5am", "2020-03-14T05:00")]),
    # TimeBank's extent (AQUAINT: 'the night of <TIMEX3>1998-10-23</TIMEX3>', 'in the early hours of
    # <TIMEX3>1999-10-07</TIMEX3>'): 'the night/morning/early hours of' stays outside the date it names.
    ('Thunderstorms are expected in the early hours of Sunday.', THU,
     [("Sunday", "2020-03-15")]),
    ('The announcement came at 8 p.m. Sunday night.', THU,
     [("8 p.m. Sunday night", "2020-03-08T20:00")]),
    ('Markets closed at 4 p.m. in New York yesterday.', THU,
     [("4 p.m.", "2020-03-11T16:00"), ("yesterday", "2020-03-11")]),
    # a morning clock time told after an evening one of the same day is the next morning
    ('The fire broke out at 11 p.m. Saturday. Crews had it under control by 3 a.m., officials said.', THU,
     [("11 p.m. Saturday", "2020-03-07T23:00"), ("3 a.m.", "2020-03-08T03:00")]),
    ('On Tuesday, officers were called at 11:40 p.m. and the suspect was arrested at 1:15 a.m.', THU,
     [("Tuesday", "2020-03-10"), ("11:40 p.m.", "2020-03-10T23:40"), ("1:15 a.m.", "2020-03-11T01:15")]),
    ('The party will start at 10 p.m. Friday and run until 4 a.m.', THU,
     [("10 p.m. Friday", "2020-03-13T22:00"), ("4 a.m.", "2020-03-14T04:00")]),
    ('Talks began at 9 p.m. on Monday; at 02:30 a deal was announced.', THU,
     [("9 p.m. on Monday", "2020-03-09T21:00"), ("02:30", "2020-03-10T02:30")]),
    ("Riots continued until 3 a.m. Sunday, police said.", THU,
     [("3 a.m. Sunday", "2020-03-08T03:00")]),
    # ... but not when a day is named between them, nor from a morning to a later morning
    ('The vote came at 11 p.m. Monday and the result at 9 a.m. Wednesday.', THU,
     [("11 p.m. Monday", "2020-03-09T23:00"), ("9 a.m. Wednesday", "2020-03-11T09:00")]),
    ('Doors opened at 8 a.m. Saturday and the first bid came at 9:30 a.m.', THU,
     [("8 a.m. Saturday", "2020-03-07T08:00"), ("9:30 a.m.", "2020-03-07T09:30")]),
    # "a.m. " is no sentence's end: the tense cue before it still governs the day after it
    ("The summit opens at 10 a.m. on Monday and closes at 4 p.m. on Tuesday.", THU,
     [("10 a.m. on Monday", "2020-03-16T10:00"), ("4 p.m. on Tuesday", "2020-03-17T16:00")]),
]

GAPS: list[tuple[str, str, list[tuple[str, str]], str]] = [
    ("Traffic was backed up from 7 until 9 this morning.", THU,
     [("7", "2020-03-12T07:00"), ("9 this morning", "2020-03-12T09:00")],
     "bare hours in a range before 'this morning' are not read as clock times"),
    ("Stay tuned for updates at the top of the hour.", THU,
     [("the top of the hour", "PRESENT_REF")],
     "with a reference given as a day, 'the top of the hour' is an unknown hour of that day (2020-03-12TXX, as 'at "
     "this hour' is), not PRESENT_REF; with a time it is the next full hour"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_clock_times(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_clock_time_gaps(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))


# What the tagger does when a rule matches but its resolver cannot compute a value.

def _one(text: str, reference: str = THU) -> list[Timex]:
    return find_timexes(text, Reference.parse(reference))


def test_a_range_that_ends_before_it_starts_gives_way_to_its_date() -> None:
    (timex,) = _one("The festival runs 4 - 2 March.")
    assert (timex.text, timex.value, timex.rule) == ("2 March", "2020-03-02", "day_month")
    assert "could not be resolved" not in timex.explanation


def test_a_shorter_reading_at_the_same_place_is_taken() -> None:
    (timex,) = _one("Results are due March 31 - 29 seats are still open.")
    assert (timex.text, timex.value) == ("March 31", "2020-03-31")
    assert "could not be resolved" not in timex.explanation


def test_a_range_of_days_that_joins_is_still_one_expression() -> None:
    (timex,) = _one("The trial runs 5 - 7 March.")
    assert (timex.text, timex.value) == ("5 - 7 March", "2020-03-05")


@pytest.mark.parametrize(("text", "extent", "why"), [
    ("The league resumes on 31 April.", "31 April", "no valid year"),
    ("The contract was signed on 29 February 2019.", "29 February 2019", "day is out of range for month"),
    ("Figures for the 0th century are missing.", "the 0th century", "not a century"),
])
def test_an_impossible_date_stays_whole_and_says_it_is_unresolved(text: str, extent: str, why: str) -> None:
    (timex,) = _one(text)
    assert (timex.text, timex.value) == (extent, "XXXX")
    assert timex.explanation == f'"{extent}" -> could not be resolved: {why}'
    assert timex.interval is None


def test_a_range_of_years_that_never_joins_is_kept_unresolved() -> None:
    (timex,) = _one("The ratio was 2001-1999 in the count.")
    assert (timex.text, timex.value) == ("2001-1999", "XXXX")
    assert "not a range of years" in timex.explanation


def test_an_unresolved_expression_keeps_the_text_order() -> None:
    timexes = _one("On Monday the 0th century exhibit opened; it closes on Friday.")
    assert [t.value for t in timexes] == ["2020-03-09", "XXXX", "2020-03-13"]
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)


def test_a_crossing_range_explains_its_next_day() -> None:
    start, end = _one("A curfew runs from 8 p.m. to 5 a.m.")
    assert (start.value, end.value) == ("2020-03-12T20:00", "2020-03-13T05:00")
    assert "crosses midnight" in end.explanation
