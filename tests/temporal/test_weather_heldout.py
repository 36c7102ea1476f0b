"""Held-out style cases: weather forecasts, storms, floods, fires and earthquakes.

Forecasts look ahead with "is forecast", "expected", "could"; reports of the damage look back; records
rank months and seasons ("the hottest July on record", which is over); and the register is full of
numbers that are no dates ("highs in the 70s", "6 to 8 inches", "a magnitude 6.4 earthquake").
Annotated by the TimeML 1.2 guidelines; the reference is the publication date.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import found, gap_params, texts_of

WED_AUG_14 = "2019-08-14"
THU_JUN_13 = "2019-06-13"
MON_JAN_7 = "2019-01-07"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # ---- forecasts: what is expected lies ahead
    ("Heavy rain is forecast from Thursday night until Saturday morning.", WED_AUG_14,
     [("Thursday night", "2019-08-15TNI"), ("Saturday morning", "2019-08-17TMO")]),
    ("The cyclone is expected to make landfall late Friday or early Saturday.", WED_AUG_14,
     [("late Friday", "2019-08-16"), ("early Saturday", "2019-08-17")]),
    ("The Bureau of Meteorology said the heatwave would ease by the middle of next week.", WED_AUG_14,
     [("the middle of next week", "2019-W34")]),
    ("Forecasters expect the storm to reach the coast by late Sunday or early Monday.", WED_AUG_14,
     [("late Sunday", "2019-08-18"), ("early Monday", "2019-08-19")]),
    ("A cold front moves through Tuesday night into Wednesday morning.", WED_AUG_14,
     [("Tuesday night", "2019-08-20TNI"), ("Wednesday morning", "2019-08-21TMO")]),
    ("Rain is likely through the weekend, clearing by Monday afternoon.", WED_AUG_14,
     [("the weekend", "2019-W33-WE"), ("Monday afternoon", "2019-08-19TAF")]),
    ("Floodwaters are not expected to recede until next month.", WED_AUG_14, [("next month", "2019-09")]),
    ("Firefighters hope to have the blaze contained by the end of the week.", WED_AUG_14,
     [("the end of the week", "2019-W33")]),
    ("The cold snap is expected to last through the first week of January.", WED_AUG_14,
     [("the first week of January", "2020-W01")]),
    ("The outlook for the next three months calls for above-average rainfall.", WED_AUG_14,
     [("the next three months", "P3M")]),
    ("The river is expected to crest at 38 feet late Thursday.", WED_AUG_14, [("late Thursday", "2019-08-15")]),
    ("Temperatures in the 40s are expected through mid-week.", MON_JAN_7, [("mid-week", "2019-W02")]),
    ("Highs will be in the 70s on Saturday, with lows in the upper 50s.", WED_AUG_14,
     [("Saturday", "2019-08-17")]),
    ("Temperatures will drop into the teens by the weekend.", MON_JAN_7, [("the weekend", "2019-W02-WE")]),
    ("Expect showers this evening, then partly cloudy skies overnight with a low around 45.", WED_AUG_14,
     [("this evening", "2019-08-14TEV"), ("overnight", "2019-08-14TNI")]),
    ("Winds gusting to 60 mph are forecast for the next 24 hours.", WED_AUG_14,
     [("the next 24 hours", "PT24H")]),
    ("The warning remains in effect until 6 p.m. EDT.", WED_AUG_14, [("6 p.m. EDT", "2019-08-14T18:00")]),
    ("The hurricane season runs from June 1 to November 30.", WED_AUG_14,
     [("June 1", "2019-06-01"), ("November 30", "2019-11-30")]),
    # "could" before a verb of what may happen looks ahead, even after "said"
    ("Forecasters said Wednesday that the system could strengthen into a tropical storm by the weekend.",
     WED_AUG_14, [("Wednesday", "2019-08-14"), ("the weekend", "2019-W33-WE")]),
    ("Officials said the storm could reach the coast on Friday.", WED_AUG_14, [("Friday", "2019-08-16")]),
    # ... "could not", "could be located" tell of what was (not) possible then
    ("The mayor said he could not reach the island on Monday.", WED_AUG_14, [("Monday", "2019-08-12")]),
    ("Neither the pilot nor his passenger could be located Tuesday.", WED_AUG_14, [("Tuesday", "2019-08-13")]),
    # ---- reports of what happened
    ("The storm made landfall early Tuesday as a Category 4 hurricane.", WED_AUG_14,
     [("early Tuesday", "2019-08-13")]),
    ("Power was restored to most homes by Thursday evening, three days after the storm hit.", WED_AUG_14,
     [("Thursday evening", "2019-08-08TEV"), ("three days", "P3D")]),
    ("Evacuation orders were lifted Sunday morning.", WED_AUG_14, [("Sunday morning", "2019-08-11TMO")]),
    ("The dam burst shortly after midnight on Sunday.", WED_AUG_14, [("midnight on Sunday", "2019-08-11T24:00")]),
    ("A tsunami warning was issued at 2:46 p.m. and lifted six hours later.", WED_AUG_14,
     [("2:46 p.m.", "2019-08-14T14:46"), ("six hours later", "2019-08-14T20:46")]),
    ("The fire has burned 12,000 acres since it began on July 24.", WED_AUG_14, [("July 24", "2019-07-24")]),
    ("The wildfire was 60% contained as of Monday night.", WED_AUG_14, [("Monday night", "2019-08-12TNI")]),
    ("Last night's low of 28 degrees broke a record set in 1917.", MON_JAN_7,
     [("Last night", "2019-01-06TNI"), ("1917", "1917")]),
    ("Tuesday's high of 101 tied the record for the date.", WED_AUG_14, [("Tuesday", "2019-08-13")]),
    ("Aftershocks continued for hours.", WED_AUG_14, [("hours", "PTXH")]),
    ("The quake was followed by more than 100 aftershocks in the next 48 hours.", WED_AUG_14,
     [("the next 48 hours", "PT48H")]),
    ("The blizzard dumped 30 inches of snow in 36 hours.", MON_JAN_7, [("36 hours", "PT36H")]),
    ("The storm dropped 15 inches of rain in 24 hours, a state record.", WED_AUG_14, [("24 hours", "PT24H")]),
    ("The ice storm knocked out power for nearly a week.", MON_JAN_7, [("nearly a week", "P1W")]),
    ("Residents were given 30 minutes to evacuate.", WED_AUG_14, [("30 minutes", "PT30M")]),
    ("Hurricane Maria made landfall on Sept. 20, 2017.", WED_AUG_14, [("Sept. 20, 2017", "2017-09-20")]),
    ("The volcano last erupted in 1991.", WED_AUG_14, [("1991", "1991")]),
    # "a.m. " ends no sentence: the past verb before it dates the day after it
    ("A magnitude 6.4 earthquake struck at 4:07 a.m. local time Friday.", WED_AUG_14,
     [("4:07 a.m.", "2019-08-09T04:07"), ("Friday", "2019-08-09")]),
    ("A magnitude 6.4 earthquake struck at 4:07 a.m. local time Saturday (2007 GMT Friday).", WED_AUG_14,
     [("4:07 a.m.", "2019-08-10T04:07"), ("Saturday", "2019-08-10"), ("2007 GMT", "2019-08-09T20:07Z"),
      ("Friday", "2019-08-09")]),
    ("The tornado touched down at approximately 4:15 p.m. local time Sunday.", WED_AUG_14,
     [("4:15 p.m.", "2019-08-11T16:15"), ("Sunday", "2019-08-11")]),
    # ---- records: a month or season ranked in the past tense is over
    ("It was the hottest July on record, the Met Office said.", THU_JUN_13, [("July", "2018-07")]),
    ("It was the hottest summer on record.", THU_JUN_13, [("summer", "2018-SU")]),
    ("The wettest August since 1956 left fields under water.", WED_AUG_14, [("August", "2018-08"), ("1956", "1956")]),
    ("Retailers posted their best December since 2010.", THU_JUN_13, [("December", "2018-12"), ("2010", "2010")]),
    ("It was the most violent August in years.", THU_JUN_13, [("August", "2018-08"), ("years", "PXY")]),
    ("The wettest winter since records began in 1910.", THU_JUN_13, [("winter", "2019-WI"), ("1910", "1910")]),
    # ... not a word in -est that ranks nothing, and not a month still ahead in a forecast
    ("Crews will work through the rest of July.", THU_JUN_13, [("July", "2019-07")]),
    ("This could be the hottest July on record.", THU_JUN_13, [("July", "2019-07")]),
    ("Last year's monsoon was the weakest in a decade.", WED_AUG_14, [("Last year", "2018"), ("a decade", "P10Y")]),
    ("The storm is the strongest to hit the region in a decade.", WED_AUG_14, [("a decade", "P10Y")]),
    ("The drought, now in its third year, is the worst since 1976.", WED_AUG_14,
     [("now", "PRESENT_REF"), ("1976", "1976")]),
    ("Rainfall this month is 40 percent below normal.", WED_AUG_14, [("this month", "2019-08")]),
    # ---- numbers that are no dates
    ("Snow totals of 6 to 8 inches are expected overnight.", MON_JAN_7, [("overnight", "2019-01-07TNI")]),
    ("Temperatures climbed into the 90s by mid-afternoon.", WED_AUG_14, [("mid-afternoon", "2019-08-14TAF")]),
    ("Sunrise is at 6:42 a.m. and sunset at 7:58 p.m.", WED_AUG_14,
     [("6:42 a.m.", "2019-08-14T06:42"), ("7:58 p.m.", "2019-08-14T19:58")]),
    ("The 10-day forecast shows no rain.", WED_AUG_14, [("10-day", "P10D")]),
    ("A Category 5 storm packs winds of 157 mph or higher.", WED_AUG_14, []),
]

GAPS: list[tuple[str, str, list[tuple[str, str]], str]] = [
    ("The Weather Service issued a flood watch from Friday evening through Saturday afternoon.", WED_AUG_14,
     [("Friday evening", "2019-08-16TEV"), ("Saturday afternoon", "2019-08-17TAF")],
     "a watch is issued for what is to come, but the past 'issued' dates the days after it as past"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_weather_reports(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_weather_gaps(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
    assert len(CASES) >= 50
