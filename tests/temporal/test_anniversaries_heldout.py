"""Anniversaries and retrospectives, annotated by hand (TimeML 1.2 / TempEval-3).

Anniversary pieces, "on this day" features, memorial coverage and looks back, written for this test,
not copied from any story, read on 2019-07-16 (a Tuesday). Values follow TimeML 1.2 / TempEval-3. An
anniversary counted back from the publication is one expression valued at the grain of its second part
("Thirty years ago this week" 1989-W28, "Fifty years ago today" 1969-07-16, "100 years ago this month"
1919-07, "A century ago this year" 1919, "Twenty years ago next month" 1999-08, "Ten years ago last
week" 2009-W28, "Fifty years ago this summer" 1969-SU, "150 years ago on Sunday" the day last Sunday
marks, 1869-07-14); "On this day in 1989" and "the same week in 2008" are the publication's day or
week in that year, and "the same day in 1938" after "9 November 1989" that day's; a count from a named event is its length, as TimeBank tags "two
days after the X" ("Exactly a year after the flood": P1Y; "Five years to the day after the attack":
P5Y; "A year on from the fire": P1Y), but counted on from a date told before it is a date ("29 August
2005. A decade on": 2015; "Exactly 25 years later": 2020); "since that morning" after a date is that
date's morning; "Every year on 6 August" is that day of each year, one SET (XXXX-08-06). "The 50th
anniversary", "the centenary", "the silver jubilee" and "back then" are no times
by themselves (an anniversary is an event; "then" is not tagged), and "Anniversary Day" names a holiday
that is not in the calendar here. Extents leave out leading prepositions. Each case asserts
the engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

TUE_JUL_16 = '2019-07-16'

CASES: list[Case] = [
    # ---- counted back from the publication
    ('Thirty years ago this week, the Berlin Wall fell.', TUE_JUL_16,
     [('Thirty years ago this week', '1989-W28')]),
    ('On this day in 1989, protesters filled Tiananmen Square.', TUE_JUL_16,
     [('this day in 1989', '1989-07-16')]),
    ('Fifty years ago today, Apollo 11 lifted off from Florida.', TUE_JUL_16,
     [('Fifty years ago today', '1969-07-16')]),
    ('The company was founded 100 years ago this month.', TUE_JUL_16,
     [('100 years ago this month', '1919-07')]),
    ('The same week in 2008, Lehman Brothers collapsed.', TUE_JUL_16,
     [('The same week in 2008', '2008-W29')]),
    ('The same day in 1995, the subway was attacked.', TUE_JUL_16,
     [('The same day in 1995', '1995-07-16')]),
    ('This week marks 75 years since the end of the war.', TUE_JUL_16,
     [('This week', '2019-W29'), ('75 years', 'P75Y')]),
    ('It is 25 years since the genocide began.', TUE_JUL_16,
     [('25 years', 'P25Y')]),
    ('It has been half a century since the last execution.', TUE_JUL_16,
     [('half a century', 'P50Y')]),
    ('The festival celebrates its 40th anniversary this year.', TUE_JUL_16,
     [('this year', '2019')]),
    ('The nation marks the 50th anniversary of the moon landing on Saturday.', TUE_JUL_16,
     [('Saturday', '2019-07-20')]),
    ('A decade ago, the town had no broadband.', TUE_JUL_16,
     [('A decade ago', '2009')]),
    ('On this day last year, the river burst its banks.', TUE_JUL_16,
     [('this day last year', '2018-07-16')]),
    ('The museum will mark the anniversary with talks on July 20.', TUE_JUL_16,
     [('July 20', '2019-07-20')]),
    ('A century ago this year, women over 30 won the vote.', TUE_JUL_16,
     [('A century ago this year', '1919')]),
    ('Fifty years ago this summer, the festival drew half a million people to a farm.', TUE_JUL_16,
     [('Fifty years ago this summer', '1969-SU')]),
    ('Two years ago yesterday, the factory closed its gates.', TUE_JUL_16,
     [('Two years ago yesterday', '2017-07-15')]),
    # ---- counted from an event
    ('Exactly a year after the flood, the bridge reopened.', TUE_JUL_16,
     [('a year', 'P1Y')]),
    ('Five years to the day after the attack, survivors gathered at the memorial.', TUE_JUL_16,
     [('Five years', 'P5Y')]),
    ('Twenty years after the massacre, families still seek answers.', TUE_JUL_16,
     [('Twenty years', 'P20Y')]),
    ('Two decades after the crash, the airline has a perfect safety record.', TUE_JUL_16,
     [('Two decades', 'P20Y')]),
    ('A year on from the fire, residents are still in temporary housing.', TUE_JUL_16,
     [('A year', 'P1Y')]),
    ('Twelve months on, the ministry has yet to publish its report.', TUE_JUL_16,
     [('Twelve months', 'P12M')]),
    ('In the decades since, the town has doubled in size.', TUE_JUL_16,
     [('the decades', 'PXY')]),
    ('On July 20, 1969, Neil Armstrong stepped onto the moon.', TUE_JUL_16,
     [('July 20, 1969', '1969-07-20')]),
    ('The earthquake struck at 5:46 a.m. on 17 January 1995. Exactly 25 years later, the city fell silent at that minute.', TUE_JUL_16,
     [('5:46 a.m.', '1995-01-17T05:46'), ('17 January 1995', '1995-01-17'), ('25 years later', '2020')]),
    ('On 11 September 2001, the towers fell. Much has changed since that morning.', TUE_JUL_16,
     [('11 September 2001', '2001-09-11'), ('that morning', '2001-09-11TMO')]),
    ('The storm hit on 29 August 2005. A decade on, parts of the city remain empty.', TUE_JUL_16,
     [('29 August 2005', '2005-08-29'), ('A decade on', '2015')]),
    ('The wall came down on 9 November 1989. The same day in 1938, synagogues burned across Germany.', TUE_JUL_16,
     [('9 November 1989', '1989-11-09'), ('The same day in 1938', '1938-11-09')]),
    ('The plant exploded on 26 April 1986. In the years that followed, 350,000 people were resettled.', TUE_JUL_16,
     [('26 April 1986', '1986-04-26'), ('the years', 'PXY')]),
    ('The museum opened in 1969, the year of the moon landing.', TUE_JUL_16,
     [('1969', '1969')]),
    ('Exactly 30 years earlier, her father had won the same race.', TUE_JUL_16,
     [('30 years earlier', '1989')]),
    ('On the night of 9 November 1989, crowds streamed through the checkpoints.', TUE_JUL_16,
     [('9 November 1989', '1989-11-09')]),
    ('The centenary of the armistice was marked on 11 November 2018.', TUE_JUL_16,
     [('11 November 2018', '2018-11-11')]),
    ('The bicentenary of the battle was marked in June 2015.', TUE_JUL_16,
     [('June 2015', '2015-06')]),
    ("The queen's silver jubilee was celebrated in 1977.", TUE_JUL_16,
     [('1977', '1977')]),
    ('Survivors will lay wreaths at 11 a.m. on Sunday.', TUE_JUL_16,
     [('11 a.m. on Sunday', '2019-07-21T11:00')]),
    ('The 25th anniversary of the handover falls on 1 July 2022.', TUE_JUL_16,
     [('1 July 2022', '2022-07-01')]),
    ('The paper first went to press 150 years ago on Sunday.', TUE_JUL_16,
     [('150 years ago on Sunday', '1869-07-14')]),
    ('Twenty years ago next month, a total eclipse crossed Europe.', TUE_JUL_16,
     [('Twenty years ago next month', '1999-08')]),
    ('Ten years ago last week, the bank collapsed.', TUE_JUL_16,
     [('Ten years ago last week', '2009-W28')]),
    ('The memorial service will be held on the 10th anniversary, next Thursday.', TUE_JUL_16,
     [('next Thursday', '2019-07-18')]),
    ('Every year on 6 August, the city observes a minute of silence.', TUE_JUL_16,
     [('Every year on 6 August', 'XXXX-08-06'), ('a minute', 'PT1M')]),
    ('Veterans gather each year on the 6th of June at the beach.', TUE_JUL_16,
     [('each year on the 6th of June', 'XXXX-06-06')]),
    # ---- anniversaries, jubilees and memories that are no times
    ('The first anniversary of the invasion passed quietly.', TUE_JUL_16,
     []),
    ('The band played its anniversary concert at the arena.', TUE_JUL_16,
     []),
    ('Back then, a loaf of bread cost 10 cents.', TUE_JUL_16,
     []),
    ('Anniversary Day is a public holiday in Auckland.', TUE_JUL_16,
     []),
    ('The silver jubilee medal was struck in gold.', TUE_JUL_16,
     []),
]

GAPS: list[Gap] = [
    ('The anniversary falls on a Tuesday this year.', TUE_JUL_16,
     [('Tuesday', 'XXXX-WXX-2'), ('this year', '2019')],
     "'a Tuesday' names no one Tuesday, but a weekday after 'a' is read as the nearest (tweets' 'school on "
     "a sunday' is today, so the indefinite is not changed)"),
    ('The museum will mark the anniversary with a night of talks on July 20.', TUE_JUL_16,
     [('July 20', '2019-07-20')],
     "'a night of talks' is an event, but 'a night' is read as one night's length (P1D), as the tweets "
     "gold tags 'a long night'"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_anniversaries_texts(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_anniversaries_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40
