"""Precision on held-out text, second sweep: the words this session's new readings rely on, where
they are NOT what the reading assumes.

Sentences written for this test (not copied from any corpus) in news, sports, posts and narrative
registers. The session added lunar and historic holidays (Eid, Ramadan, Passover, Hari Raya, CNY,
Black Monday, D-Day, 9/11), lower-case "sat/sun/wed" next to a weekday, "N to M <unit>" ranges, a
bare "the first/second half" in business news, "midweek", "the new year", "Ten years on",
imperatives as future, "every night at 10pm" SETs, "the first Monday of March", clock times after
midnight. Here the same words are names of people, streets, hotels, bands, films and a currency
("Tariq Ramadan", "Passover Street", "the Eid Mubarak Hotel", "The CNY weakened"), metaphors ("D-Day
for the budget"), an emergency number ("the 9/11 call"), halves and quarters of a game, amounts and
votes ("from two to three percent", "voted 7 to 2"), resolutions ("New Year's resolutions"), the verb
"sat" and the place "next to". Annotated by TimeML 1.2 / TempEval-3 (extents without leading
prepositions). Reference: Thursday 2020-03-12. Each case asserts the engine's whole output, so a
spurious tag fails as surely as a missed one; known gaps are strict xfails with the reason.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import found, gap_params, texts_of

THU = "2020-03-12"

Case = tuple[str, str, list[tuple[str, str]]]

CASES: list[Case] = [
    # ---- holidays inside names: places, businesses, people; the currency code CNY
    ('We stayed at the Eid Mubarak Hotel in Dubai.', THU, []),
    ('Ahmed Eid scored twice for the visitors.', THU, []),
    ('Police closed Passover Street after the crash.', THU, []),
    ('Hari Raya Road was closed for repairs.', THU, []),
    ('Passover Bakery sells matzah all year.', THU, [('all year', 'P1Y')]),
    ('Mothers Day Cafe is a favourite brunch spot.', THU, []),
    ('Lunar New Year Restaurant opened a new branch downtown.', THU, []),
    ('Ramadan Kadyrov met Putin on Tuesday.', THU, [('Tuesday', '2020-03-10')]),
    ('Mr Ramadan told reporters the talks had failed.', THU, []),
    ('Tariq Ramadan was charged in France.', THU, []),
    ('Actor Ramadan Ali starred in the series.', THU, []),
    ("Egypt's Ramadan series draw huge audiences.", THU, [('Ramadan', '2020-04-24')]),
    ('Ramadan Begins In Saudi Arabia', THU, [('Ramadan', '2020-04-24')]),
    ('During Ramadan the markets open late.', THU, [('Ramadan', '2020-04-24')]),
    ('The CNY rate against the dollar was fixed at 7.1.', THU, []),
    ('The CNY weakened sharply against the dollar.', THU, []),
    ('The CNY exchange rate was stable last week.', THU, [('last week', '2020-W10')]),
    ('The CNY fixing was set at 6.98.', THU, []),
    ('USD/CNY hit 7.10 on Monday.', THU, [('Monday', '2020-03-09')]),
    ('CNY holiday traffic jams began on Friday.', THU, [('CNY', '2020-01-25'), ('Friday', '2020-03-06')]),
    # ---- named days of history used as names or metaphors
    ('Black Monday played their first gig in Leeds last night.', THU, [('last night', '2020-03-11TNI')]),
    ('The film Black Monday premiered at Sundance in January.', THU, [('January', '2020-01')]),
    ('Black Monday, the 1987 crash, still haunts traders.', THU, [('Black Monday', '1987-10-19'), ('1987', '1987')]),
    ('Thursday is D-Day for the budget.', THU, [('Thursday', '2020-03-12')]),
    ('D-Day for Brexit has been pushed back again.', THU, []),
    ('The minister called it D-Day for the economy.', THU, []),
    ('The D-Day landings began on 6 June 1944.', THU, [('D-Day', '1944-06-06'), ('6 June 1944', '1944-06-06')]),
    ('The 9/11 call was answered within seconds.', THU, []),
    ('He called 9-1-1 from the car.', THU, []),
    # ---- halves and quarters of a game, a book or a film; of the year only in business news
    ('United dominated the first half but conceded twice after the break.', THU, []),
    ('The first half of the book is slow; the second half drags.', THU, []),
    ('The second half of the film is set in Paris.', THU, []),
    ('Shares in Juventus fell 5% after the team conceded twice in the first half.', THU, []),
    ("Manchester United shares rose 3% as the club's striker scored in the first half.", THU, []),
    ('Profits in the first half rose 12 percent.', THU, [('the first half', '2020-H1')]),
    ('The Lakers scored 40 points in the third quarter.', THU, []),
    ('The second quarter of the match was scrappy.', THU, []),
    ('Sales in the second quarter rose 5%.', THU, [('the second quarter', '2019-Q2')]),
    # ---- 'N to M' that are amounts, scores and votes; imperatives; 'every night'; 'the new year'
    ('Inflation rose from two to three percent last year.', THU, [('last year', '2019')]),
    ('Unemployment climbed from 5 to 7 percent.', THU, []),
    ('Prices rose from two to three dollars a gallon.', THU, []),
    ('The committee voted 7 to 2 on Thursday.', THU, [('Thursday', '2020-03-12')]),
    ('Children aged two to three years need more sleep.', THU, []),
    ('He waited two to three hours at the clinic.', THU, [('two to three hours', 'PT2H')]),
    ('Half a dozen people were hurt.', THU, []),
    ('Let go of the rope, Tom!', THU, []),
    ('Let it go, she said.', THU, []),
    ('Set a date for the wedding!', THU, []),
    ('Let me know by Friday.', THU, [('Friday', '2020-03-13')]),
    ('Every night I dream of the sea.', THU, [('Every night', 'XXXX-XX-XXTNI')]),
    ("every night at 3am my neighbour's dog barks", THU, [('every night at 3am', 'XXXX-XX-XXT03:00')]),
    ("The new year's resolutions rarely last.", THU, []),
    ("I made a list of New Year's resolutions.", THU, []),
    ('Her New Year resolution is to run more.', THU, []),
    # ---- 'Ten years on', scores, versions; 'sat' the verb, 'next to' a place
    ('Ten years on the job taught her patience.', THU, [('Ten years', 'P10Y')]),
    ('Ten years on, the town still remembers the flood.', THU, [('Ten years', 'P10Y')]),
    ('The final score was 3-2 to the hosts.', THU, []),
    ('Windows 10 is still the most used desktop system.', THU, []),
    ('We sat in traffic on Friday and Saturday.', THU, [('Friday', '2020-03-06'), ('Saturday', '2020-03-07')]),
    ('Sat next to him on the bus friday, so awkward', THU, [('friday', '2020-03-06')]),
    ('The sun came out on Saturday.', THU, [('Saturday', '2020-03-07')]),
    ('She stood next to the mayor on Tuesday.', THU, [('Tuesday', '2020-03-10')]),
    ('He walked next to her on Friday.', THU, [('Friday', '2020-03-06')]),
    ('They will wed on Saturday or Sunday.', THU, [('Saturday', '2020-03-14'), ('Sunday', '2020-03-15')]),
    # ---- weekdays of a month, shows and clubs named after a day, clock times after midnight
    ('The first Monday of the month is always busy.', THU, [('The first Monday of the month', 'P1M')]),
    ('Rent is due on the last Friday of the month.', THU, [('the last Friday of the month', 'P1M')]),
    ("The first Monday in October is when the court's term begins.", THU, [('The first Monday in October', '2020-10-05')]),
    ('Monday of next week is a holiday.', THU, [('Monday of next week', '2020-03-16')]),
    ('I watched Saturday Night Live last night.', THU, [('last night', '2020-03-11TNI')]),
    ('The Monday Club is a conservative group.', THU, []),
    ('The Monday Club met on Friday.', THU, [('Friday', '2020-03-06')]),
    ('Good Friday Agreement talks resumed on Monday.', THU, [('Monday', '2020-03-09')]),
    ('The midweek fixture was moved to Sky.', THU, []),
    ('The shooting happened at 12:30 a.m. Sunday.', THU, [('12:30 a.m. Sunday', '2020-03-08T00:30')]),
    ('He arrived after midnight on Saturday.', THU, [('midnight on Saturday', '2020-03-07T24:00')]),
    ('Two weeks from today, the vote will be held.', THU, [('Two weeks from today', '2020-03-26')]),
    # ---- controls: the same words where they are times
    ('The 9/11 attacks changed air travel forever.', THU, [('9/11', '2001-09-11')]),
    ('In Ramadan, Muslims fast and pray.', THU, [('Ramadan', '2020-04-24')]),
    ('Call 911 if you see smoke.', THU, []),
    ('Tickets for the Eid Mubarak Hotel gala sold out on Monday.', THU, [('Monday', '2020-03-09')]),
    # a day of history remembered now ('D-Day veterans', '9/11 families') frames no story: the weekday is this week's
    ('D-Day veterans gathered in Normandy on Saturday.', THU, [('D-Day', '1944-06-06'), ('Saturday', '2020-03-07')]),
    ('Veterans of D-Day gathered in Normandy on Saturday.', THU, [('D-Day', '1944-06-06'), ('Saturday', '2020-03-07')]),
    ('9/11 families rallied in Washington on Friday.', THU, [('9/11', '2001-09-11'), ('Friday', '2020-03-06')]),
    ('Black Monday survivors met on Friday.', THU, [('Friday', '2020-03-06')]),
    ('On D-Day, Allied troops landed in Normandy. By Saturday, they had taken Bayeux.', THU,
     [('D-Day', '1944-06-06'), ('Saturday', '1944-06-10')]),  # the story told: its week
    # a sale named for the new year dates nothing; the period itself does
    ('The new year sale ends Sunday.', THU, [('Sunday', '2020-03-15')]),
    ('Prices will rise in the new year.', THU, [('the new year', '2021')]),
    ("Let's not forget Tuesday's vote.", THU, [('Tuesday', '2020-03-10')]),
    ('The match kicks off at 8pm; the first half is shown live.', THU, [('8pm', '2020-03-12T20:00')]),
    ('Temperatures of two to three degrees are expected Friday.', THU, [('Friday', '2020-03-13')]),
    ('From two to three thousand people gathered.', THU, []),
    ('Karim Eid, 34, was arrested.', THU, []),
    # a holiday that 'falls on' / 'begins' a date in the present is the coming one; 'fell' the last
    ('The Mid-Autumn Festival falls on October 1.', THU,
     [('Mid-Autumn Festival', '2020-10-01'), ('October 1', '2020-10-01')]),
    ('The Mid-Autumn Festival fell on a Friday in 2019.', THU,
     [('Mid-Autumn Festival', '2019-09-13'), ('a Friday', 'XXXX-WXX-5'), ('2019', '2019')]),
]

GAPS: list[tuple[str, str, list[tuple[str, str]], str]] = [
    ("Check out the photos from Saturday's parade.", THU,
     [("Saturday", "2020-03-07")],
     "photos 'from' a day are of a day gone by; with no tense cue a Saturday five days back is read as the "
     "one ahead"),
    ("The first Monday of the month of May is a holiday.", THU,
     [("The first Monday of the month of May", "2020-05-04")],
     "'the month of May' is not read as the month that the weekday counts in"),
    ("She'll be there Sat and Sun.", THU,
     [("Sat", "2020-03-14"), ("Sun", "2020-03-15")],
     "capitalised 'Sat' joined by 'and' to 'Sun' is not read, and the sentence's point is kept in 'Sun.'"),
    ("The Nightmare Before Christmas is a film.", THU,
     [],
     "a film title ('The Nightmare Before Christmas') is read as the holiday"),
    ("She works nights at the hospital.", THU,
     [("nights", "XXXX-XX-XXTNI")],
     "a habitual plural 'nights' is read as tonight, not as a set of nights"),
    ("Eid is a common surname in Egypt.", THU,
     [],
     "'Eid' opening a sentence is read as the holiday, even where the sentence is about the name"),
    ("Survivors of 9/11 gathered at the memorial on Friday.", THU,
     [("9/11", "2001-09-11"), ("Friday", "2020-03-06")],
     "'9/11' is read only with a cue right before or after it; 'survivors of' is not one"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_only_the_real_times_are_tagged(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_precision_gaps(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
    assert len(CASES) >= 90
