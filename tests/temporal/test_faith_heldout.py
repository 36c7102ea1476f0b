"""Religious and festival calendars in the news, annotated by hand (TimeML 1.2 / TempEval-3).

Wire and newspaper sentences about Ramadan and the Eids, Holy Week, Lent and Advent, the Jewish
holidays, Diwali, the Lunar New Year and the Hajj, written for this test at several publication dates
(DCTs). Conventions (as in test_holidays_heldout.py): a holiday's value is its (first) day; a season
of the church year is a holiday of several days ("Lent" from Ash Wednesday to Holy Saturday, its value
Ash Wednesday; "Advent" from Advent Sunday to Christmas Eve); "Holy Week" is the (ISO) week Easter
ends, as "Easter week"; "the third Sunday of Advent", "the first Friday of Ramadan" are one
expression each, the weekday counted within the season; "the first night of Hanukkah" is the
evening before its first full day (a Hebrew or Islamic day begins at sundown). Days counted from a
tabled holiday of the same calendar are tagged (Purim, Shavuot, Sukkot from Passover and Yom Kippur;
Ashura, 10 Muharram, from the Islamic New Year). Not times: the Hajj and "the Hajj season" (an
event, the pilgrimage, as "the Olympics" is), "Midnight Mass" (a liturgy, whatever its hour), "Advent
calendars", "Easter eggs", "the Good Friday Agreement", a person named Ramzan, the verb "lent", a firm
named Advent. Diwali, Holi and the other Hindu and Sikh festivals (lunisolar, regional almanacs) have
no table: the engine tags them with their year only, never a day that may be wrong; where the
careful annotator can write the day, the case is a gap (the value is coarse, not wrong).
Extents leave out leading prepositions. Each case asserts the engine's whole output.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of
from timeline_app.temporal import Reference, find_timexes

Case = tuple[str, str, Expected]

MON_MAR_17 = '2025-03-17'
FRI_DEC_20 = '2024-12-20'

CASES: list[Case] = [
    # ---- Ramadan and the Eids
    ('Muslims around the world are fasting during Ramadan, which began on March 1.', MON_MAR_17,
     [('Ramadan', '2025-03-01'), ('March 1', '2025-03-01')]),
    ('Shops in Cairo stay open late during Ramadan.', MON_MAR_17, [('Ramadan', '2025-03-01')]),
    ('Traffic jams are expected on the eve of Eid al-Fitr.', MON_MAR_17, [('the eve of Eid al-Fitr', '2025-03-29')]),
    ('Eid al-Fitr is expected to fall on March 30 or 31, depending on the sighting of the moon.', MON_MAR_17,
     [('Eid al-Fitr', '2025-03-30'), ('March 30', '2025-03-30'), ('31', '2025-03-31')]),
    ('Muslims will begin fasting on Saturday, the first day of Ramadan.', '2025-02-27',
     [('Saturday', '2025-03-01'), ('the first day of Ramadan', '2025-03-01')]),
    ('The Eid holidays will run from Sunday to Thursday.', '2025-03-27',
     [('Eid', '2025-03-30'), ('Sunday', '2025-03-30'), ('Thursday', '2025-04-03')]),
    ('Muslims broke their fast at sunset on the first Friday of Ramadan.', '2025-03-20',
     [('sunset', '2025-03-07TEV'), ('the first Friday of Ramadan', '2025-03-07')]),
    ('The 10-day Ramadan truce expired on Thursday.', '2025-03-20',
     [('10-day', 'P10D'), ('Ramadan', '2025-03-01'), ('Thursday', '2025-03-20')]),
    ('Ramadan is expected to begin around March 1, 2025.', FRI_DEC_20,
     [('Ramadan', '2025-03-01'), ('March 1, 2025', '2025-03-01')]),
    ('Pilgrims performed the stoning ritual on the first day of Eid al-Adha.', FRI_DEC_20,
     [('the first day of Eid al-Adha', '2024-06-16')]),
    ('Shiite pilgrims marked Ashura in Karbala on Tuesday.', '2024-07-18',
     [('Ashura', '2024-07-16'), ('Tuesday', '2024-07-16')]),
    # ---- the Hajj: an event, only its dates are times
    ('The Hajj, which took place in June, was marred by extreme heat.', FRI_DEC_20, [('June', '2024-06')]),
    ('More than 1,300 pilgrims died during the Hajj in June.', FRI_DEC_20, [('June', '2024-06')]),
    ("Saudi Arabia expects 1.8 million pilgrims for this year's Hajj.", MON_MAR_17, [('this year', '2025')]),
    ('The Hajj season begins in early June.', MON_MAR_17, [('early June', '2025-06')]),
    ('Pilgrims began arriving in Mecca weeks ahead of the Hajj.', '2025-05-20', [('weeks', 'PXW')]),
    # ---- Lent, Holy Week, Easter
    ('Lent began on Ash Wednesday, March 5.', MON_MAR_17,
     [('Lent', '2025-03-05'), ('Ash Wednesday', '2025-03-05'), ('March 5', '2025-03-05')]),
    ('Many Catholics give up meat during Lent.', MON_MAR_17, [('Lent', '2025-03-05')]),
    ('Lent Begins With Ashes And Prayers', MON_MAR_17, [('Lent', '2025-03-05')]),
    ('Pope Francis will not preside over the Holy Week services this year, the Vatican said.', MON_MAR_17,
     [('Holy Week', '2025-W16'), ('this year', '2025')]),
    ("The Vatican published the pope's Holy Week schedule on Monday.", MON_MAR_17,
     [('Holy Week', '2025-W16'), ('Monday', '2025-03-17')]),
    ('Holy Week ended with Easter Sunday services across the city.', '2025-04-22',
     [('Holy Week', '2025-W16'), ('Easter Sunday', '2025-04-20')]),
    ("Thousands attended Good Friday prayers in Jerusalem's Old City.", MON_MAR_17, [('Good Friday', '2025-04-18')]),
    ('Palm Sunday falls on April 13 this year.', MON_MAR_17,
     [('Palm Sunday', '2025-04-13'), ('April 13 this year', '2025-04-13')]),
    ('Christians will mark Easter on April 20 this year.', MON_MAR_17,
     [('Easter', '2025-04-20'), ('April 20 this year', '2025-04-20')]),
    ('Christians around the world celebrated Easter on Sunday.', '2025-04-22',
     [('Easter', '2025-04-20'), ('Sunday', '2025-04-20')]),
    ('The Easter weekend traditionally brings heavy traffic.', MON_MAR_17, [('The Easter weekend', '2025-W16-WE')]),
    ('Pentecost falls on June 8 this year.', MON_MAR_17, [('Pentecost', '2025-06-08'), ('June 8 this year', '2025-06-08')]),
    ('Mardi Gras parades filled New Orleans on Tuesday.', '2025-03-05',
     [('Mardi Gras', '2025-03-04'), ('Tuesday', '2025-03-04')]),
    ('Catholics will receive ashes on Ash Wednesday next year.', MON_MAR_17,
     [('Ash Wednesday', '2026-02-18'), ('next year', '2026')]),
    ('Worshippers carried palm fronds on Palm Sunday in 2024.', MON_MAR_17,
     [('Palm Sunday', '2024-03-24'), ('2024', '2024')]),
    # a holiday followed by "last/next/this year" is that year's, whatever the tense
    ('They met at Easter last year.', MON_MAR_17, [('Easter', '2024-03-31'), ('last year', '2024')]),
    ('Thousands of pilgrims walked to the shrine during Holy Week last year.', MON_MAR_17,
     [('Holy Week', '2024-W13'), ('last year', '2024')]),
    ('Christmas next year will be quiet.', MON_MAR_17, [('Christmas', '2026-12-25'), ('next year', '2026')]),
    ('In 1995, Holy Week fell in mid-April.', MON_MAR_17,
     [('1995', '1995'), ('Holy Week', '1995-W15'), ('mid-April', '1995-04')]),
    ('The Pope will celebrate Easter Vigil Mass on Holy Saturday.', MON_MAR_17,
     [('Easter Vigil', '2025-04-19'), ('Holy Saturday', '2025-04-19')]),
    ('The washing of feet takes place on Holy Thursday.', MON_MAR_17, [('Holy Thursday', '2025-04-17')]),
    ('Maundy Thursday services will be held at 7 p.m.', MON_MAR_17,
     [('Maundy Thursday', '2025-04-17'), ('7 p.m.', '2025-04-17T19:00')]),
    ('Easter Sunday services drew record crowds last spring.', FRI_DEC_20,
     [('Easter Sunday', '2024-03-31'), ('last spring', '2024-SP')]),
    # ---- Advent and Christmas
    ('Churches lit the first candle of Advent on Dec. 1.', MON_MAR_17, [('Advent', '2024-12-01'), ('Dec. 1', '2024-12-01')]),
    ('Advent began on Sunday, December 1.', FRI_DEC_20, [('Advent', '2024-12-01'), ('Sunday, December 1', '2024-12-01')]),
    ('The third Sunday of Advent was marked with pink candles.', FRI_DEC_20,
     [('The third Sunday of Advent', '2024-12-15')]),
    ('The first Sunday of Advent fell on Dec. 1 this year.', FRI_DEC_20,
     [('The first Sunday of Advent', '2024-12-01'), ('Dec. 1 this year', '2024-12-01')]),
    ('The pope will open the Holy Door on Christmas Eve.', FRI_DEC_20, [('Christmas Eve', '2024-12-24')]),
    ('Midnight Mass will be celebrated at 10 p.m. on Christmas Eve.', FRI_DEC_20,
     [('10 p.m.', '2024-12-24T22:00'), ('Christmas Eve', '2024-12-24')]),
    ('Orthodox Christmas falls on Jan. 7.', FRI_DEC_20, [('Orthodox Christmas', '2025-01-07'), ('Jan. 7', '2025-01-07')]),
    ('Epiphany falls on Jan. 6.', FRI_DEC_20, [('Epiphany', '2025-01-06'), ('Jan. 6', '2025-01-06')]),
    ("The Vatican's Jubilee year opens on Christmas Eve and closes on Jan. 6, 2026.", FRI_DEC_20,
     [('Christmas Eve', '2024-12-24'), ('Jan. 6, 2026', '2026-01-06')]),
    ('The church holds three services on Christmas Day.', FRI_DEC_20, [('Christmas Day', '2024-12-25')]),
    # ---- the Jewish holidays
    ('Hanukkah begins at sundown on Wednesday, Dec. 25, coinciding with Christmas Day.', FRI_DEC_20,
     [('Hanukkah', '2024-12-26'), ('Wednesday, Dec. 25', '2024-12-25'), ('Christmas Day', '2024-12-25')]),
    ('The first night of Hanukkah fell on Christmas Day last year.', MON_MAR_17,
     [('The first night of Hanukkah', '2024-12-25TNI'), ('Christmas Day', '2024-12-25'), ('last year', '2024')]),
    ('The first night of Hanukkah is Wednesday.', FRI_DEC_20,
     [('The first night of Hanukkah', '2024-12-25TNI'), ('Wednesday', '2024-12-25')]),
    ('Israel came to a standstill on Yom Kippur last October.', MON_MAR_17,
     [('Yom Kippur', '2024-10-12'), ('last October', '2024-10')]),
    ('Yom Kippur fell on Oct. 12 this year.', FRI_DEC_20,
     [('Yom Kippur', '2024-10-12'), ('Oct. 12 this year', '2024-10-12')]),
    ('Rosh Hashanah begins at sundown on Sept. 22.', '2025-09-10',
     [('Rosh Hashanah', '2025-09-23'), ('Sept. 22', '2025-09-22')]),
    ('Sukkot begins five days after Yom Kippur.', '2025-09-10',
     [('Sukkot', '2025-10-07'), ('five days', 'P5D'), ('Yom Kippur', '2025-10-02')]),
    ('Purim celebrations were held in Jerusalem on Friday.', MON_MAR_17,
     [('Purim', '2025-03-14'), ('Friday', '2025-03-14')]),
    ('Jews will mark Shavuot in early June.', MON_MAR_17, [('Shavuot', '2025-06-02'), ('early June', '2025-06')]),
    # "the evening of <date>": TimeBank tags the date alone ("the night of <TIMEX3>Oct. 23</TIMEX3>")
    ('Passover begins on the evening of April 12.', FRI_DEC_20, [('Passover', '2025-04-13'), ('April 12', '2025-04-12')]),
    ('Israel closed its crossings for the Passover holiday.', '2025-04-10', [('Passover', '2025-04-13')]),
    # ---- the Lunar New Year
    ('The Lunar New Year holiday ended on Feb. 4.', MON_MAR_17,
     [('Lunar New Year', '2025-01-29'), ('Feb. 4', '2025-02-04')]),
    ('The Lunar New Year holiday runs from Jan. 28 to Feb. 4.', '2025-01-10',
     [('Lunar New Year', '2025-01-29'), ('Jan. 28', '2025-01-28'), ('Feb. 4', '2025-02-04')]),
    ('Millions of people will travel home for the Lunar New Year.', '2025-01-10', [('Lunar New Year', '2025-01-29')]),
    ('The Lunar New Year falls on Jan. 29, 2025.', FRI_DEC_20,
     [('Lunar New Year', '2025-01-29'), ('Jan. 29, 2025', '2025-01-29')]),
    # ---- other calendars and rites
    ('Last Diwali, the city banned firecrackers.', '2025-10-22', [('Last Diwali', '2024')]),
    ('In 2019, Diwali sales hit a record.', FRI_DEC_20, [('2019', '2019'), ('Diwali', '2019')]),
    ('Holi revellers threw coloured powder at each other in Mathura on Friday.', '2025-03-16',
     [('Holi', '2025'), ('Friday', '2025-03-14')]),
    ('The Kumbh Mela, held every 12 years, begins on Jan. 13.', FRI_DEC_20,
     [('every 12 years', 'P12Y'), ('Jan. 13', '2025-01-13')]),
    ('The mosque hosted iftar dinners every evening during the holy month.', FRI_DEC_20,
     [('every evening', 'XXXX-XX-XXTEV')]),
    ('Worshippers gathered for Friday prayers at the Al-Aqsa mosque.', FRI_DEC_20, [('Friday', '2024-12-20')]),
    # ---- no times
    ('Chechen leader Ramzan Kadyrov met Putin on Friday.', MON_MAR_17, [('Friday', '2025-03-14')]),
    ('The Good Friday Agreement ended decades of violence in Northern Ireland.', MON_MAR_17, []),
    ('Supermarkets began stocking Easter eggs in January.', MON_MAR_17, [('January', '2025-01')]),
    ('Children opened the doors of their Advent calendars.', MON_MAR_17, []),
    ('Advent International agreed to buy the company on Monday.', MON_MAR_17, [('Monday', '2025-03-17')]),
    ('The advent of streaming changed the industry.', MON_MAR_17, []),
    ('Banks Lent $2 Billion To Farmers', MON_MAR_17, []),
    ('He lent his support to the campaign during Lent.', MON_MAR_17, [('Lent', '2025-03-05')]),
    ('The choir will sing at Midnight Mass.', FRI_DEC_20, []),
    ('The Hajj season draws millions of pilgrims to Mecca.', MON_MAR_17, []),
    ('Eid al-Adha, the feast of sacrifice, falls on Friday.', '2025-06-02',
     [('Eid al-Adha', '2025-06-06'), ('Friday', '2025-06-06')]),
    ('The pilgrimage, a duty for every Muslim who can afford it, begins on Thursday.', '2025-04-08',
     [('Thursday', '2025-04-10')]),
    ('The bishop, a former missionary, retired on Monday.', '2025-04-09', [('Monday', '2025-04-07')]),
]

GAPS: list[Gap] = [
    ('Diwali celebrations on Sunday drew crowds to temples across Leicester.', '2025-10-22',
     [('Diwali', '2025-10-20'), ('Sunday', '2025-10-19')],
     'Diwali (Hindu lunisolar calendar, regional rules) has no table: only its year is given (2025)'),
    ('Millions of Hindus celebrated Diwali last month.', FRI_DEC_20,
     [('Diwali', '2024-11-01'), ('last month', '2024-11')],
     'Diwali has no table (the Diwali of 2024 was 31 October in most of India, 1 November in others): '
     'only its year is given (2024)'),
    ('Airlines added flights for the Spring Festival travel rush, which starts on Jan. 14.', FRI_DEC_20,
     [('Spring Festival', '2025-01-29'), ('Jan. 14', '2025-01-14')],
     "the past 'added' outweighs nearness (40 days ahead against 314 back): a holiday after 'for' "
     "(a purpose) is still ahead"),
    ('Ramadan began on Saturday. During the holy month, restaurants close until sunset.', '2025-03-03',
     [('Ramadan', '2025-03-01'), ('Saturday', '2025-03-01'), ('the holy month', '2025-03-01'), ('sunset', 'XXXX-XX-XXTEV')],
     "'the holy month' refers back to Ramadan (an anaphor the engine does not resolve)"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_faith_texts(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_faith_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40


def test_lent_covers_its_days_from_ash_wednesday_to_holy_saturday() -> None:
    (lent,) = find_timexes('during Lent', Reference.parse(MON_MAR_17))
    assert lent.value == '2025-03-05'
    assert lent.interval is not None
    assert lent.interval.inclusive() == ('2025-03-05', '2025-04-19')


def test_a_festival_with_no_table_gets_its_year_never_a_day() -> None:
    (diwali,) = find_timexes('Diwali', Reference.parse('2024-10-20'))
    assert diwali.value == '2024'
    assert 'no date table' in diwali.explanation


def test_advent_runs_from_advent_sunday_to_christmas_eve() -> None:
    (advent,) = find_timexes('Advent', Reference.parse('2022-12-10'))
    assert advent.value == '2022-11-27'  # Christmas on a Sunday: Advent begins four Sundays before
    assert advent.interval is not None
    assert advent.interval.inclusive() == ('2022-11-27', '2022-12-24')
