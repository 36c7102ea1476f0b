"""Held-out style cases: crime and police incident reports, rolling emergency and disaster updates,
missing persons and cold cases, written for this test (not copied from any corpus).

Wires and local papers date incidents densely: clock times with a weekday ("around 10:45 p.m.
Tuesday"), nights that run into the next day ("overnight Friday into Saturday" is the night of
Friday, then Saturday), "as of" stamps with zones, and forecasts that look ahead. Several stories
are stamped with a time of day ("2023-02-15T06:15"): a bare clock time in a past clause that lies
after that stamp happened the day before ("pronounced dead at 10:17 p.m."), and one in a future
clause before it is the next day's ("will hold a briefing at 5 a.m."). Policing has its durations
("a 48-hour manhunt", "held for 24 hours") and sets ("daily briefings", "nightly"). Case numbers,
ages, police blocks, routes, "911", "Category 4", "magnitude 6.1", "10-4", ".45-caliber", "9mm",
unit numbers and race times are no times. Values follow TimeML 1.2 / TempEval-3; extents leave out
leading prepositions and "about"/"around"; each case asserts the engine's whole output.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

SUN_1400 = "2021-08-29T14:00"  # a Sunday afternoon update
TUE = "2020-03-10"
FRI = "2022-06-10"
MON_0930 = "2019-11-04T09:30"
WED_0615 = "2023-02-15T06:15"  # an early-morning story

CASES: list[tuple[str, str, Expected]] = [
    # ---- incident times
    ("Police said the break-in happened between 11 p.m. Saturday and 2 a.m. Sunday.", TUE,
     [("11 p.m. Saturday", "2020-03-07T23:00"), ("2 a.m. Sunday", "2020-03-08T02:00")]),
    ("Officers were called to the scene shortly after 3 a.m.", TUE, [("3 a.m.", "2020-03-10T03:00")]),
    ("The shooting was reported around 10:45 p.m. Tuesday near a gas station.", FRI,
     [("10:45 p.m. Tuesday", "2022-06-07T22:45")]),
    # "overnight Friday" is one expression, the night of Friday
    ("The two vehicles collided overnight Friday into Saturday on Route 66.", TUE,
     [("overnight Friday", "2020-03-06TNI"), ("Saturday", "2020-03-07")]),
    ("Overnight Thursday, vandals spray-painted a police cruiser.", FRI, [("Overnight Thursday", "2022-06-09TNI")]),
    ("A man was stabbed late Monday night outside a bar.", FRI, [("late Monday night", "2022-06-06TNI")]),
    ("The woman was attacked at about 9.30pm on Friday, police said.", TUE, [("9.30pm on Friday", "2020-03-06T21:30")]),
    ("Police responded at 11:58 p.m. Saturday and found the man dead.", SUN_1400,
     [("11:58 p.m. Saturday", "2021-08-28T23:58")]),
    ("A gunman opened fire late last night at a nightclub.", SUN_1400, [("late last night", "2021-08-28TNI")]),
    ("The victim died at the hospital early Saturday.", SUN_1400, [("early Saturday", "2021-08-28")]),
    ("Arson investigators said the blaze started in the early morning hours of Thursday.", SUN_1400,
     [("Thursday", "2021-08-26")]),
    ("The attack happened before dawn Sunday.", TUE, [("dawn", "2020-03-08TMO"), ("Sunday", "2020-03-08")]),
    ("Officers arrived at 0300 hours.", TUE, [("0300 hours", "2020-03-10T03:00")]),
    ("Police were called at 5.45am yesterday.", WED_0615, [("5.45am yesterday", "2023-02-14T05:45")]),
    ("The crash happened at around 7.20pm on Saturday 11 February.", WED_0615,
     [("7.20pm", "2023-02-11T19:20"), ("Saturday 11 February", "2023-02-11")]),
    ("Deputies responded at 3:07 p.m. on Feb. 12 to a report of a disturbance.", WED_0615,
     [("3:07 p.m. on Feb. 12", "2023-02-12T15:07")]),
    ("The suspect fled on foot at 4:12 a.m. and was caught 20 minutes later.", MON_0930,
     [("4:12 a.m.", "2019-11-04T04:12"), ("20 minutes later", "2019-11-04T04:32")]),
    # ---- a clock time against a publication stamped with its own time of day
    ("The victim was pronounced dead at 10:17 p.m.", WED_0615, [("10:17 p.m.", "2023-02-14T22:17")]),
    ("The 9-1-1 call was placed at 11:02 p.m.", WED_0615, [("11:02 p.m.", "2023-02-14T23:02")]),
    ("Police were called at 11 p.m. and arrested him at 1 a.m.", WED_0615,
     [("11 p.m.", "2023-02-14T23:00"), ("1 a.m.", "2023-02-15T01:00")]),
    ("Deputies said they received the call at 11:40 p.m. and arrived eight minutes later.", WED_0615,
     [("11:40 p.m.", "2023-02-14T23:40"), ("eight minutes later", "2023-02-14T23:48")]),
    ("He was last seen at 10 p.m. leaving a bar.", WED_0615, [("10 p.m.", "2023-02-14T22:00")]),
    ("Power was restored at 8:30 p.m., the utility said.", SUN_1400, [("8:30 p.m.", "2021-08-28T20:30")]),
    ("The gunman opened fire at 2:20 a.m. local time.", SUN_1400, [("2:20 a.m.", "2021-08-29T02:20")]),
    ("The advisory, issued at 4 a.m., will expire at 10 a.m.", WED_0615,
     [("4 a.m.", "2023-02-15T04:00"), ("10 a.m.", "2023-02-15T10:00")]),
    ("The sheriff will hold a briefing at 5 a.m.", WED_0615, [("5 a.m.", "2023-02-16T05:00")]),
    ("The storm is forecast to make landfall at 4 a.m.", SUN_1400, [("4 a.m.", "2021-08-30T04:00")]),
    ("The curfew begins at 8 p.m.", SUN_1400, [("8 p.m.", "2021-08-29T20:00")]),
    # without a time of day in the stamp, the publication day is the day
    ("Paramedics pronounced the man dead at 10:17 p.m.", TUE, [("10:17 p.m.", "2020-03-10T22:17")]),
    # ---- durations and sets of policing
    ("Troopers launched a 48-hour manhunt for the escaped inmate.", FRI, [("48-hour", "PT48H")]),
    ("He was held for 24 hours before being released without charge.", FRI, [("24 hours", "PT24H")]),
    ("The city imposed a curfew from 8 p.m. to 6 a.m.", SUN_1400,
     [("8 p.m.", "2021-08-29T20:00"), ("6 a.m.", "2021-08-30T06:00")]),
    ("A curfew will be in effect from 10 p.m. Sunday until 5 a.m. Monday.", SUN_1400,
     [("10 p.m. Sunday", "2021-08-29T22:00"), ("5 a.m. Monday", "2021-08-30T05:00")]),
    ("Volunteers joined a three-day search for the missing hiker.", SUN_1400, [("three-day", "P3D")]),
    ("Protests have broken out every night this week.", FRI,
     [("every night", "XXXX-XX-XXTNI"), ("this week", "2022-W23")]),
    ("The sheriff's office is holding daily briefings.", SUN_1400, [("daily", "P1D")]),
    ("Gunfire has been heard nightly.", SUN_1400, [("nightly", "P1D")]),
    ("The governor declared a 10-day state of emergency.", SUN_1400, [("10-day", "P10D")]),
    ("Deputies searched the area for nearly six hours.", SUN_1400, [("nearly six hours", "PT6H")]),
    ("The standoff lasted about 90 minutes.", SUN_1400, [("about 90 minutes", "PT90M")]),
    ("The hiker was rescued after spending two nights in the woods.", SUN_1400, [("two nights", "P2D")]),
    # an ordinal count of nights or days dates none ("the third consecutive month" is untagged in TimeBank)
    ("Crowds gathered outside the precinct for the second night in a row.", SUN_1400, []),
    ("Crews battled the flames for the fourth consecutive day on Sunday.", SUN_1400, [("Sunday", "2021-08-29")]),
    ("Demonstrators marched for a fifth straight night on Saturday.", SUN_1400, [("Saturday", "2021-08-28")]),
    ("It was the third shooting in the city this weekend.", SUN_1400, [("this weekend", "2021-W34-WE")]),
    ("Police have made 14 arrests since Friday night.", SUN_1400, [("Friday night", "2021-08-27TNI")]),
    # ---- emergency updates
    ("As of 5 p.m. EDT, the storm was centered 200 miles southeast of Miami.", SUN_1400,
     [("5 p.m. EDT", "2021-08-29T17:00")]),
    ("Hurricane Ida is expected to make landfall late Thursday or early Friday.", MON_0930,
     [("late Thursday", "2019-11-07"), ("early Friday", "2019-11-08")]),
    ("Officials hope to restore power by Wednesday morning.", SUN_1400, [("Wednesday morning", "2021-09-01TMO")]),
    ("The shelter will remain open until further notice.", SUN_1400, []),
    ("The evacuation order, lifted Sunday, had affected 3,000 residents.", TUE, [("Sunday", "2020-03-08")]),
    ("The Dixie Fire has burned more than 700,000 acres since Aug. 16.", SUN_1400, [("Aug. 16", "2021-08-16")]),
    ("More than 40 earthquakes have been recorded in the past 72 hours.", SUN_1400, [("the past 72 hours", "PT72H")]),
    ("The town was destroyed in the 2018 Camp Fire.", SUN_1400, [("2018", "2018")]),
    ("The flooding is the worst since 1927.", SUN_1400, [("1927", "1927")]),
    ("The storm will weaken by 7 a.m. PDT Monday.", SUN_1400, [("7 a.m. PDT Monday", "2021-08-30T07:00")]),
    ("A tornado warning was in effect until 7:45 p.m. CDT.", SUN_1400, [("7:45 p.m. CDT", "2021-08-29T19:45")]),
    ("The fire has been burning since Aug. 14 and is 45% contained as of Sunday morning.", SUN_1400,
     [("Aug. 14", "2021-08-14"), ("Sunday morning", "2021-08-29TMO")]),
    ("Officials reported 4 deaths as of Tuesday evening.", WED_0615, [("Tuesday evening", "2023-02-14TEV")]),
    ("Authorities said the death toll rose to 12 on Sunday, up from nine on Saturday.", SUN_1400,
     [("Sunday", "2021-08-29"), ("Saturday", "2021-08-28")]),
    ("The quake struck at 4:17 a.m. local time on Monday (0117 GMT).", WED_0615,
     [("4:17 a.m.", "2023-02-13T04:17"), ("Monday", "2023-02-13"), ("0117 GMT", "2023-02-13T01:17Z")]),
    ("Ida made landfall on the 16th anniversary of Hurricane Katrina, which struck on Aug. 29, 2005.", SUN_1400,
     [("Aug. 29, 2005", "2005-08-29")]),
    ("Tropical-storm-force winds are expected within 36 hours.", WED_0615, [("36 hours", "PT36H")]),
    ("Hurricane-force winds are possible Thursday afternoon through Friday.", WED_0615,
     [("Thursday afternoon", "2023-02-16TAF"), ("Friday", "2023-02-17")]),
    ("The evacuation order was lifted Sunday at noon.", WED_0615,
     [("Sunday", "2023-02-12"), ("noon", "2023-02-12T12:00")]),
    ("Residents may not return home for at least a week.", SUN_1400, [("at least a week", "P1W")]),
    ("The 72-hour ceasefire expires at midnight tonight.", SUN_1400,
     [("72-hour", "PT72H"), ("midnight tonight", "2021-08-29T24:00")]),
    # ---- missing persons and investigations
    ("She was last seen on Tuesday, March 3, at around 4 p.m.", TUE,
     [("Tuesday, March 3", "2020-03-03"), ("4 p.m.", "2020-03-03T16:00")]),
    ("He bought the rope two weeks before her disappearance.", TUE, [("two weeks", "P2W")]),
    ("Detectives identified the car within hours.", TUE, [("hours", "PTXH")]),
    ("Investigators reopened a cold case from 1994.", TUE, [("1994", "1994")]),
    ("The case has gone unsolved for more than three decades.", TUE, [("more than three decades", "P30Y")]),
    ("The missing teenager was found safe on Wednesday, eight days after she vanished.", FRI,
     [("Wednesday", "2022-06-08"), ("eight days", "P8D")]),
    ("Police said the girl was last seen leaving school at 3:15 p.m. Friday.", SUN_1400,
     [("3:15 p.m. Friday", "2021-08-27T15:15")]),
    ("The boy has been missing since Saturday afternoon.", SUN_1400, [("Saturday afternoon", "2021-08-28TAF")]),
    ("He was last seen Thursday evening wearing a red jacket.", TUE, [("Thursday evening", "2020-03-05TEV")]),
    ("The suspect remains at large, more than 36 hours after the attack.", SUN_1400,
     [("more than 36 hours", "PT36H")]),
    ("She had spoken to her mother the previous night.", TUE, [("the previous night", "2020-03-09TNI")]),
    ("The 1994 disappearance has never been solved.", WED_0615, [("1994", "1994")]),
    # ---- short stories of two sentences
    ("NEW ORLEANS (AP) - Hurricane Ida made landfall at 11:55 a.m. Sunday near Port Fourchon. The storm is "
     "expected to weaken to a tropical storm by Monday afternoon.", SUN_1400,
     [("11:55 a.m. Sunday", "2021-08-29T11:55"), ("Monday afternoon", "2021-08-30TAF")]),
    ("Police were called to the home on Elm Street at 1:12 a.m. Tuesday. A 31-year-old woman was found with "
     "gunshot wounds and died two hours later.", FRI,
     [("1:12 a.m. Tuesday", "2022-06-07T01:12"), ("two hours later", "2022-06-07T03:12")]),
    ("The girl, 8, was last seen at her grandmother's house on Saturday evening. An Amber Alert was issued early "
     "Sunday and canceled Monday after she was found.", FRI,
     [("Saturday evening", "2022-06-04TEV"), ("early Sunday", "2022-06-05"), ("Monday", "2022-06-06")]),
    ("The Caldor Fire, which began Aug. 14, has destroyed more than 600 homes. Containment is not expected until "
     "Sept. 8.", SUN_1400, [("Aug. 14", "2021-08-14"), ("Sept. 8", "2021-09-08")]),
    ("A boil-water notice issued Friday will remain in effect for at least 48 hours.", SUN_1400,
     [("Friday", "2021-08-27"), ("at least 48 hours", "PT48H")]),
    ("Detectives re-examined evidence from the 1987 murder last year and made an arrest this spring.", FRI,
     [("1987", "1987"), ("last year", "2021"), ("this spring", "2022-SP")]),
    ("The manhunt ended on Thursday, nine days after the prison break.", FRI,
     [("Thursday", "2022-06-09"), ("nine days", "P9D")]),
    ("Officers had been searching for him since the early hours of Monday.", FRI, [("Monday", "2022-06-06")]),
    # ---- numbers that are no times
    ("Police released case 2021-0345 files to the family.", SUN_1400, []),
    ("A 24-year-old man was charged with arson.", SUN_1400, []),
    ("Shots were fired in the 1200 block of Elm Street.", SUN_1400, []),
    ("The truck overturned on Route 66 near mile marker 12.", SUN_1400, []),
    ("Dispatchers received more than 300 calls to 911.", SUN_1400, []),
    ("Ida struck as a Category 4 hurricane.", SUN_1400, []),
    ("A magnitude 6.1 earthquake shook the region.", SUN_1400, []),
    ("The officer radioed 10-4 and drove off.", SUN_1400, []),
    ("A .45-caliber handgun was recovered from the scene.", SUN_1400, []),
    ("The winner finished in 2:03:45.", SUN_1400, []),
    ("The crash closed I-10 and Highway 1 near Unit 12.", SUN_1400, []),
    ("Officer 4521 filed report 23-004512.", WED_0615, []),
    ("He fired a 9mm handgun.", WED_0615, []),
    # the last of a list of numbers before "until 6am" starts no range of hours
    ("The motorway is closed between junctions 4 and 5 until 6am after a lorry fire.", WED_0615,
     [("6am", "2023-02-15T06:00")]),
    ("Lanes 2 and 3 will be closed from 9 to 11pm tonight for repairs.", WED_0615,
     [("9", "2023-02-15T21:00"), ("11pm tonight", "2023-02-15T23:00")]),
]

GAPS: list[Gap] = [
    ("Looting was reported during the overnight hours.", SUN_1400, [("the overnight hours", "2021-08-28TNI")],
     "'the overnight hours' names the night just past, but only a bare 'overnight' is a part of the day"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_crime_reports(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_crime_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
    assert len(CASES) >= 40
