"""Agriculture, commodity and food-market news, annotated by hand (TimeML 1.2 / TempEval-3).

Crop reports, futures market wraps, food prices and farm policy, written for this test at two
publication dates (DCTs). Conventions: a split crop or marketing year ("the 2025/26 crop year",
"2024/25") is tagged on its years and valued as the year it begins, as "the 2021/22 school year" is
(test_education_heldout.py); a futures contract named by its delivery month ("the December contract",
"for July delivery") is tagged on the month: the month is a real calendar month (the contract
delivers in December 2025), as a month before any noun is ("the March meeting"). "Front-month
futures" names no month (the nearest contract, whichever it is) and is not tagged. Seasons named
by farm work or want ("planting season", "harvest time", "the lean season", "the rabi season") are
periods set by an activity, not the calendar (they move with place and weather): TimeML tags the
event ("harvest", "planting"), not a time, so they are left untagged; "this spring", "last summer"
are. Comparisons of rates ("week-on-week", "year-on-year", "season-to-date") are no times, as TBAQ
leaves them. "The week ended June 5" (a report week) is one DATE, the week of that day; the engine
tags "the week" as a length and the date on its own (a gap). Crops named by a season ("winter wheat",
"spring wheat") are kinds of grain, not times. Extents leave out leading prepositions. Each case asserts
the engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

THU_JUN_12 = '2025-06-12'
MON_JAN_20 = '2025-01-20'

CASES: list[Case] = [
    # ---- crop years, reports and progress
    ('The USDA forecast U.S. corn production at 15.8 billion bushels for the 2025/26 crop year.', THU_JUN_12,
     [('2025/26', '2025')]),
    ("Brazil's soybean exports in the 2024/25 marketing year are seen at a record 105 million tonnes.", THU_JUN_12,
     [('2024/25', '2024')]),
    ("Brazil's 2024/25 soybean harvest is 5 percent complete.", MON_JAN_20, [('2024/25', '2024')]),
    ('The government will buy wheat at the support price for the 2026-27 rabi season.', THU_JUN_12,
     [('2026-27', '2026')]),
    ('The 2025 wheat crop is expected to be smaller.', MON_JAN_20, [('2025', '2025')]),
    ('The drought cut the 2024 harvest by a third.', THU_JUN_12, [('2024', '2024')]),
    ('The WASDE report will be released on Thursday at noon Eastern time.', THU_JUN_12,
     [('Thursday', '2025-06-12'), ('noon', '2025-06-12T12:00')]),
    ('Corn planting was 87 percent complete as of Sunday, compared with a five-year average of 89 percent.',
     THU_JUN_12, [('Sunday', '2025-06-08'), ('five-year', 'P5Y')]),
    ('The spring wheat crop is rated 50 percent good to excellent, down from 53 percent a week ago.', THU_JUN_12,
     [('a week ago', '2025-W23')]),
    ('Farmers expect to plant 95.3 million acres of corn this spring.', '2025-03-31', [('this spring', '2025-SP')]),
    ('Rain delayed planting in the northern plains for two weeks in May.', THU_JUN_12,
     [('two weeks', 'P2W'), ('May', '2025-05')]),
    ('The harvest began in late August and wrapped up in mid-October last year.', THU_JUN_12,
     [('late August', '2024-08'), ('mid-October', '2024-10'), ('last year', '2024')]),
    ('Planting is expected to wrap up by the end of the month.', THU_JUN_12, [('the end of the month', '2025-06')]),
    ('Growers will harvest cherries over the next two weeks.', THU_JUN_12, [('the next two weeks', 'P2W')]),
    ('The sugar mills will start crushing cane in the first week of November.', THU_JUN_12,
     [('the first week of November', '2025-W45')]),
    ('Frost in late April damaged cherry blossoms across Michigan.', THU_JUN_12, [('late April', '2025-04')]),
    ('The frost-free season has lengthened by about nine days since the 1980s.', THU_JUN_12,
     [('about nine days', 'P9D'), ('the 1980s', '198')]),
    ('Monsoon rains arrived two weeks late in Kerala this year.', THU_JUN_12,
     [('two weeks', 'P2W'), ('this year', '2025')]),
    ('The monsoon is expected to cover the whole country by July 8.', THU_JUN_12, [('July 8', '2025-07-08')]),
    ('The drought has lasted three years.', THU_JUN_12, [('three years', 'P3Y')]),
    # ---- futures markets
    ('The December contract for corn fell 4 cents to $4.42 a bushel on Wednesday.', THU_JUN_12,
     [('December', '2025-12'), ('Wednesday', '2025-06-11')]),
    ('The March contract for wheat rose 1 percent on Friday.', MON_JAN_20,
     [('March', '2025-03'), ('Friday', '2025-01-17')]),
    ('Arabica coffee for July delivery settled at $3.45 a pound.', THU_JUN_12, [('July', '2025-07')]),
    ('Palm oil futures for August delivery fell 1.4 percent.', THU_JUN_12, [('August', '2025-08')]),
    ('Front-month futures for cocoa rose 6 percent on Thursday.', THU_JUN_12, [('Thursday', '2025-06-12')]),
    ('Wheat futures hit their lowest level since 2020 on Monday.', THU_JUN_12,
     [('2020', '2020'), ('Monday', '2025-06-09')]),
    ('Hog prices have climbed for six straight weeks.', THU_JUN_12, [('six straight weeks', 'P6W')]),
    ('Cocoa prices tripled in 2024 after poor harvests in West Africa.', THU_JUN_12, [('2024', '2024')]),
    # ---- food prices and policy
    ('Egg prices have doubled over the past year because of bird flu.', THU_JUN_12, [('the past year', '2024')]),
    ('Beef prices are up 10 percent from a year earlier.', THU_JUN_12, [('a year earlier', '2024')]),
    ('Food inflation eased to 2.1 percent in May from 2.4 percent in April.', THU_JUN_12,
     [('May', '2025-05'), ('April', '2025-04')]),
    ('Rice prices in Japan have nearly doubled since last summer.', THU_JUN_12, [('last summer', '2024-SU')]),
    ('The FAO food price index averaged 127.7 points last month.', THU_JUN_12, [('last month', '2025-05')]),
    ('The government will release 300,000 tonnes of rice from reserves over the next three months.', THU_JUN_12,
     [('the next three months', 'P3M')]),
    ('Milk production rose 1.5 percent year-on-year in the first quarter.', THU_JUN_12,
     [('the first quarter', '2025-Q1')]),
    ('The October-December quarter is usually the busiest for exports.', THU_JUN_12,
     [('The October-December quarter', '2025-Q4')]),
    ('The fertilizer ban lasted six months.', THU_JUN_12, [('six months', 'P6M')]),
    ('The grain deal expired in July 2023.', THU_JUN_12, [('July 2023', '2023-07')]),
    ('Farmers have until March 15 to sign up for crop insurance.', THU_JUN_12, [('March 15', '2026-03-15')]),
    ('The farm bill expires on Sept. 30.', THU_JUN_12, [('Sept. 30', '2025-09-30')]),
    ('Argentina cut export taxes on grains until the end of June.', MON_JAN_20, [('the end of June', '2025-06')]),
    ('The co-op pays farmers twice a year.', THU_JUN_12, [('twice a year', 'P1Y')]),
    ('Grain shipments from the port resumed after a 10-day halt.', THU_JUN_12, [('10-day', 'P10D')]),
    # ---- no times: seasons of farm work, rate comparisons, sessions
    ('Wheat stocks at the end of the marketing year are projected to rise 8 percent.', THU_JUN_12, []),
    ('Growers hope for dry weather at harvest time.', THU_JUN_12, []),
    ('The lean season, when granaries run empty, lasts until the next harvest.', THU_JUN_12, []),
    ('Cattle slaughter was down 3 percent week-on-week.', THU_JUN_12, []),
    ('Season-to-date sugar output in India reached 25.7 million tonnes.', THU_JUN_12, []),
    ('Chicago soybean futures ended the session 1.2 percent higher.', THU_JUN_12, []),
    ('Orange juice futures fell for a third straight session.', MON_JAN_20, []),
    ('Prices have fallen for three consecutive sessions.', THU_JUN_12, []),
    ('Farmers in Iowa finished planting season ahead of schedule this year.', THU_JUN_12, [('this year', '2025')]),
    ('Farmers will plant winter wheat in September and October.', THU_JUN_12,
     [('September', '2025-09'), ('October', '2025-10')]),
    ('Kansas winter wheat futures slipped on Tuesday.', THU_JUN_12, [('Tuesday', '2025-06-10')]),
    ('The spring wheat crop is rated 50 percent good to excellent, down from 53 percent last week.', THU_JUN_12,
     [('last week', '2025-W23')]),
    ("Corn exports are running 29 percent ahead of last year's pace, season-to-date.", THU_JUN_12,
     [('last year', '2024')]),
]

GAPS: list[Gap] = [
    ('Export sales for the week ended June 5 totaled 412,000 tonnes.', THU_JUN_12,
     [('the week ended June 5', '2025-W23')],
     "'the week ended <date>' (a report week) is one expression, the week of that day; the engine tags "
     "'the week' as a length (P1W) and the date apart"),
    ('Beef prices hit a record in the week to Jan. 17.', MON_JAN_20, [('the week to Jan. 17', '2025-W03')],
     "'the week to <date>' is one expression, as 'the week ended <date>'"),
    ('The lean season in the Sahel runs from June to September.', THU_JUN_12,
     [('June', 'XXXX-06'), ('September', 'XXXX-09')],
     "a yearly pattern in the generic present ('runs from June to September' every year) names months of "
     "no one year; the engine gives them this year's"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_agriculture_texts(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_agriculture_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40
