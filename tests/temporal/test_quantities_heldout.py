"""Durations, sets and vague quantities of time as held-out news, posts and narratives write them.

Sentences written for this test in three registers (wire copy, tweets/blogs, history
narrative), annotated by hand by the TimeML 1.2 / TempEval-3 guidelines: extents without a
leading preposition, standard values (``PT12H``, not ``P12H``), ``mod`` where the text
qualifies the amount ("more than", "nearly", "4+", "or so"). Conventions followed:

* a range written with a dash ("10-12 hours") is two TIMEX3s, the first number in the unit of
  the second, as a range of clock times is ("8-10pm");
* an unstated number of units is ``X`` ("every few minutes" = ``PTXM``); decades are counted
  in years ("for decades" = ``PXY``, as "two decades" = ``P20Y``);
* "months ago" with no number is ``PAST_REF``; "minutes before the parade" is the duration of
  an offset from an event (the event pipeline dates it);
* a rate ("8 percent annually", "500 parcels per hour") and an idiom ("day and night",
  "every now and then") are no times.

Each case lists ALL the expressions the engine must find, in order, as (extent, value, mod).
Known gaps run as strict xfails with the reason.
"""
from __future__ import annotations

import pytest

from timeline_app.temporal import Reference, find_timexes

Expected = list[tuple[str, str, str | None]]

CASES: list[tuple[str, str, Expected]] = [
    ('Rescue crews have been working 10-12 hours a day to reach the trapped miners, a spokesman said.', '2016-05-18',
     [('10', 'PT10H', None), ('12 hours', 'PT12H', None)]),
    ('Paid my respects after 4+ hours of queuing in the sun. Worth it.', '2015-04-02',
     [('4+ hours', 'PT4H', 'EQUAL_OR_MORE')]),
    ('The committee will decide in a week or two whether to reopen the inquiry.', '2016-05-18',
     [('a week or two', 'FUTURE_REF', None)]),
    ('He stayed in the capital for a week or two before flying home.', '2016-05-18',
     [('a week or two', 'P1W', 'APPROX')]),
    ('The couple moved to Lisbon a year or so ago.', '2016-05-18',
     [('a year or so ago', '2015', 'APPROX')]),
    ('The conflict in the region has lasted more than a decade.', '2016-05-18',
     [('more than a decade', 'P10Y', 'MORE_THAN')]),
    ('The hearing lasted nearly half an hour.', '2016-05-18',
     [('nearly half an hour', 'PT30M', 'EQUAL_OR_LESS')]),
    ('The flight to Doha takes an hour and a half.', '2016-05-18',
     [('an hour and a half', 'PT1H30M', None)]),
    ('She spent one and a half years in pretrial detention.', '2016-05-18',
     [('one and a half years', 'P1Y6M', None)]),
    ('It took a couple of days to restore power to the island.', '2016-05-18',
     [('a couple of days', 'P2D', None)]),
    ('He spent a dozen years in exile in Paris.', '2016-05-18',
     [('a dozen years', 'P12Y', None)]),
    ('The festival runs for a fortnight every August.', '2016-05-18',
     [('a fortnight', 'P2W', None), ('every August', 'XXXX-08', None)]),
    ('The two clans have feuded for decades.', '2016-05-18',
     [('decades', 'PXY', None)]),
    ('Passengers were told to wait a few minutes before boarding.', '2016-05-18',
     [('a few minutes', 'PTXM', None)]),
    ('found this in my notes, logged months ago lol', '2015-03-20',
     [('months ago', 'PAST_REF', None)]),
    ('Years later, the veterans returned to the beaches of Normandy.', '2010-06-15',
     [('Years', 'PXY', None)]),
    ('Police cleared the square minutes before the parade started.', '2016-05-18',
     [('minutes', 'PTXM', None)]),
    ('Hours after the blast, rescuers were still searching the rubble.', '2016-05-18',
     [('Hours', 'PTXH', None)]),
    ('Days earlier, the minister had denied any knowledge of the deal.', '2016-05-18',
     [('Days', 'PXD', None)]),
    ('so many plans for the upcoming year!!', '2014-12-20',
     [('the upcoming year', '2015', None)]),
    ('More rain is expected in the coming days, forecasters said.', '2016-05-18',
     [('the coming days', 'PXD', None)]),
    ('The family has farmed this land for years.', '2016-05-18',
     [('years', 'PXY', None)]),
    ('had the entire day to myself, finally cleared my inbox', '2014-12-07',
     [('the entire day', 'P1D', None)]),
    ('Volunteers spent the whole week filling sandbags along the river.', '2016-05-18',
     [('the whole week', 'P1W', None)]),
    ('It rained all day in the capital.', '2016-05-18',
     [('all day', 'P1D', None)]),
    ('The strike lasted all week, halting traffic at the port.', '2016-05-18',
     [('all week', 'P1W', None)]),
    ('The resort is open all year round.', '2016-05-18',
     [('all year round', 'P1Y', None)]),
    ('Volunteers worked day and night to shore up the levee.', '2016-05-18',
     []),
    ('i swear this bus is late every single day', '2014-12-07',
     [('every single day', 'P1D', None)]),
    ('The committee meets every other week behind closed doors.', '2016-05-18',
     [('every other week', 'P2W', None)]),
    ('She trains twice a week at the local pool.', '2016-05-18',
     [('twice a week', 'P1W', None)]),
    ('The board meets three times a year.', '2016-05-18',
     [('three times a year', 'P1Y', None)]),
    ('He runs along the river each morning before work.', '2016-05-18',
     [('each morning', 'XXXX-XX-XXTMO', None)]),
    ('The museum is closed on Mondays.', '2016-05-18',
     [('Mondays', 'XXXX-WXX-1', None)]),
    ('The magazine is published weekly.', '2016-05-18',
     [('weekly', 'P1W', None)]),
    ('The shuttle buses run every few minutes during the games.', '2016-05-18',
     [('every few minutes', 'PTXM', None)]),
    ('He calls his mother every now and then.', '2016-05-18',
     []),
    ('New cases have doubled in the past 24 hours, officials said.', '2016-05-18',
     [('the past 24 hours', 'PT24H', None)]),
    ('Food prices have risen sharply over the last three years.', '2016-05-18',
     [('the last three years', 'P3Y', None)]),
    ('During his 10-year tenure, the company tripled in size.', '2016-05-18',
     [('10-year', 'P10Y', None)]),
    ('The truce held for 72 hours before fighting resumed.', '2016-05-18',
     [('72 hours', 'PT72H', None)]),
    ('waited 3 hrs at the clinic!! never again', '2014-12-07',
     [('3 hrs', 'PT3H', None)]),
    ('It has been almost two decades since the war ended.', '2016-05-18',
     [('almost two decades', 'P20Y', 'EQUAL_OR_LESS')]),
    ('The ban will last at least six months.', '2016-05-18',
     [('at least six months', 'P6M', 'EQUAL_OR_MORE')]),
    ('Two years ago, the company was on the brink of bankruptcy.', '2016-05-18',
     [('Two years ago', '2014', None)]),
    ('Weeks before the vote, the party split in two.', '2016-05-18',
     [('Weeks', 'PXW', None)]),
    ('Decades after the war, the bridge was finally rebuilt.', '2016-05-18',
     [('Decades', 'PXY', None)]),
    ('Officials expect the cleanup to take several decades.', '2016-05-18',
     [('several decades', 'PXY', None)]),
    ('The prize has been awarded annually since 1901.', '2016-05-18',
     [('annually', 'P1Y', None), ('1901', '1901', None)]),
    ("The firm's sales grow 8 percent annually.", '2016-05-18',
     []),
    ('zumba classes every mon, wed and thur at the community centre', '2014-04-23',
     [('every mon', 'XXXX-WXX-1', None), ('wed', 'XXXX-WXX-3', None), ('thur', 'XXXX-WXX-4', None)]),
    ('The gym is open every Monday, Wednesday and Friday.', '2016-05-18',
     [('every Monday', 'XXXX-WXX-1', None), ('Wednesday', 'XXXX-WXX-3', None), ('Friday', 'XXXX-WXX-5', None)]),
    ('The week-long festival opens on the waterfront.', '2016-05-18',
     [('week-long', 'P1W', None)]),
    ('The defenders held out for three long years.', '2010-06-15',
     [('three long years', 'P3Y', None)]),
    ('Negotiators emerged from day-long talks without a deal.', '2016-05-18',
     [('day-long', 'P1D', None)]),
    ('Posted 1+ hr ago and already 500 likes', '2014-12-02',
     [('1+ hr ago', '2014-12-02', 'APPROX')]),
    ('The old mill has stood empty for years now, residents say.', '2016-05-18',
     [('years', 'PXY', None), ('now', 'PRESENT_REF', None)]),
    ('The factory can produce 500 parcels per hour.', '2016-05-18',
     []),
    ('Sales have grown 8 percent annually over the period.', '2016-05-18',
     []),
    ('It is sunny here all year round.', '2016-05-18',
     [('all year round', 'P1Y', None)]),
    ('Within hours, the video had been viewed a million times.', '2016-05-18',
     [('hours', 'PTXH', None)]),
    # a range of durations written with 'to' is one TIMEX3, as TimeBank has 'two to three weeks' (P2W EQUAL_OR_MORE)
    ("Engineers said the repairs would take two to three weeks.", "2016-05-18",
     [("two to three weeks", "P2W", "EQUAL_OR_MORE")]),
    ("The new terminal is expected to open within 12 to 18 months.", "2016-05-18",
     [("12 to 18 months", "P12M", "EQUAL_OR_MORE")]),
]

# Known gaps: none left (the duration ranges that were strict xfails here now pass).


def _found(text: str, reference: str) -> Expected:
    return [(t.text, t.value, t.mod) for t in find_timexes(text, Reference.parse(reference))]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_quantity_of_time(text: str, reference: str, expected: Expected) -> None:
    assert _found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = [text for text, _, _ in CASES]
    assert len(texts) == len(set(texts))
    assert len(CASES) >= 40


def test_a_weekday_that_begins_its_own_clause_is_not_listed() -> None:
    assert _found("It happens every Monday, and Wednesday was no exception.", "2016-05-18")[1][1] == "2016-05-18"
