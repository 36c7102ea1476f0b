"""Space and aviation operations news, annotated by hand (TimeML 1.2 / TempEval-3).

Launch and mission coverage, agency updates and airline and airport news, written for this test, not
copied from any story, at two publication dates (DCTs). Values follow TimeML 1.2 / TempEval-3. A launch
window's clock with its zone and day is one time ("10:31 p.m. EDT Tuesday"); a clock restated in GMT or
UTC in brackets is a second time of the same moment ("10:52 a.m. EDT (1452 GMT) on Wednesday"), each in
its own notation (the local clock without an offset, the GMT one with Z); a zone written out ("7:14
p.m. Pacific time on Friday", "8:23 p.m. Japan time") ends no sentence, so the tense before the clock
still decides the day. "No earlier than Thursday" (NASA's NET) is a new date ahead, even after a past
"was delayed". A countdown's "T-minus 10 minutes" is the length left, PT10M, with the extent its
amount; mission lengths are durations ("the six-month mission" P6M, "after 216 days in orbit" P216D,
"about 26 hours after launch" PT26H with mod APPROX, which these pairs do not show); "late 2027" is the
year with mod END. Vehicle and flight names ("Falcon 9", "Soyuz MS-26", "Flight 1282", "Apollo 11",
"737 MAX 9", "Crew-10") are no times, nor is a mission's "Day 5 of the mission", which names
no calendar day without the launch's. Extents leave out leading prepositions. Each case asserts the
engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

TUE_JUN_4 = '2024-06-04'
MON_MAR_17 = '2025-03-17'

CASES: list[Case] = [
    # ---- launch windows, countdowns and liftoff
    ('The launch window opens at 10:31 p.m. EDT Tuesday and stays open for two hours.', TUE_JUN_4,
     [('10:31 p.m. EDT Tuesday', '2024-06-04T22:31'), ('two hours', 'PT2H')]),
    ('Liftoff is scheduled for 10:52 a.m. EDT (1452 GMT) on Wednesday.', TUE_JUN_4,
     [('10:52 a.m. EDT', '2024-06-05T10:52'), ('1452 GMT', '2024-06-05T14:52Z'), ('Wednesday', '2024-06-05')]),
    ('The Falcon 9 lifted off at 14:02 UTC on Wednesday from Cape Canaveral.', TUE_JUN_4,
     [('14:02 UTC on Wednesday', '2024-05-29T14:02Z')]),
    ('At T-minus 10 minutes, the launch director polled the team.', TUE_JUN_4,
     [('10 minutes', 'PT10M')]),
    ('The countdown was held at T-minus 4 minutes because of a ground sensor.', TUE_JUN_4,
     [('4 minutes', 'PT4M')]),
    ('Teams called a two-hour hold in the countdown to replace a valve.', TUE_JUN_4,
     [('two-hour', 'PT2H')]),
    ('The instantaneous window means any delay will push the attempt back 24 hours.', TUE_JUN_4,
     [('24 hours', 'PT24H')]),
    ('The mission was delayed from Monday to no earlier than Thursday.', TUE_JUN_4,
     [('Monday', '2024-06-03'), ('Thursday', '2024-06-06')]),
    ('NASA said the next attempt would be no earlier than Saturday.', TUE_JUN_4,
     [('Saturday', '2024-06-08')]),
    ('The launch was scrubbed at T-minus 3 minutes 50 seconds on Saturday.', TUE_JUN_4,
     [('3 minutes 50 seconds', 'PT3M50S'), ('Saturday', '2024-06-01')]),
    ('Engineers are now targeting no earlier than June 12 for the next try.', TUE_JUN_4,
     [('now', 'PRESENT_REF'), ('June 12', '2024-06-12')]),
    ('The launch was rescheduled for 7:14 p.m. Pacific time on Friday.', TUE_JUN_4,
     [('7:14 p.m.', '2024-06-07T19:14'), ('Friday', '2024-06-07')]),
    ('Departure is set for 0600 UTC on June 12.', TUE_JUN_4,
     [('0600 UTC', '2024-06-12T06:00Z'), ('June 12', '2024-06-12')]),
    ('The next launch opportunity is in late 2027.', TUE_JUN_4,
     [('late 2027', '2027')]),
    ("The rocket's first stage landed on the drone ship about eight minutes after liftoff.", TUE_JUN_4,
     [('about eight minutes', 'PT8M')]),
    ('The engines burned for 6 minutes and 20 seconds.', TUE_JUN_4,
     [('6 minutes and 20 seconds', 'PT6M20S')]),
    # ---- missions, docking, landing
    ('The crew will spend about six months aboard the station.', TUE_JUN_4,
     [('about six months', 'P6M')]),
    ('The six-month mission ended with a splashdown off the coast of Florida.', TUE_JUN_4,
     [('six-month', 'P6M')]),
    ('The astronauts returned to Earth after 216 days in orbit.', TUE_JUN_4,
     [('216 days', 'P216D')]),
    ('Starliner docked with the station at 1:34 p.m. EDT Thursday, about 26 hours after launch.', TUE_JUN_4,
     [('1:34 p.m. EDT Thursday', '2024-05-30T13:34'), ('about 26 hours', 'PT26H')]),
    ('The capsule is expected to undock on June 18 and land in New Mexico the next morning.', TUE_JUN_4,
     [('June 18', '2024-06-18'), ('the next morning', '2024-06-19TMO')]),
    ('The probe arrived at Mars on Feb. 18, 2021, after a seven-month cruise.', TUE_JUN_4,
     [('Feb. 18, 2021', '2021-02-18'), ('seven-month', 'P7M')]),
    ('The Artemis II crew will fly around the moon in September 2025.', TUE_JUN_4,
     [('September 2025', '2025-09')]),
    ('The station has been continuously occupied since November 2000.', TUE_JUN_4,
     [('November 2000', '2000-11')]),
    ('The Hubble telescope was launched in April 1990.', TUE_JUN_4,
     [('April 1990', '1990-04')]),
    ('The lander touched down at 8:23 p.m. Japan time on Friday, ending a four-month journey.', TUE_JUN_4,
     [('8:23 p.m.', '2024-05-31T20:23'), ('Friday', '2024-05-31'), ('four-month', 'P4M')]),
    ('The spacewalk lasted 6 hours and 42 minutes.', TUE_JUN_4,
     [('6 hours and 42 minutes', 'PT6H42M')]),
    ('The astronauts spent more than nine months in space after their eight-day test flight was extended.', TUE_JUN_4,
     [('more than nine months', 'P9M'), ('eight-day', 'P8D')]),
    ('Crew-10 docked at 12:04 a.m. EDT Sunday, about 29 hours after launch.', MON_MAR_17,
     [('12:04 a.m. EDT Sunday', '2025-03-16T00:04'), ('about 29 hours', 'PT29H')]),
    ('The capsule will undock no earlier than 1:05 a.m. EDT Tuesday, weather permitting.', MON_MAR_17,
     [('1:05 a.m. EDT Tuesday', '2025-03-18T01:05')]),
    ('Splashdown is targeted for about 5:57 p.m. EDT Tuesday off the Florida coast.', MON_MAR_17,
     [('5:57 p.m. EDT Tuesday', '2025-03-18T17:57')]),
    ('The two astronauts launched on June 5, 2024, for what was planned as an eight-day mission.', MON_MAR_17,
     [('June 5, 2024', '2024-06-05'), ('eight-day', 'P8D')]),
    ('The crew has been in orbit for 285 days.', MON_MAR_17,
     [('285 days', 'P285D')]),
    ('The rover has been exploring Jezero crater since February 2021.', MON_MAR_17,
     [('February 2021', '2021-02')]),
    ('The comet will make its closest approach to the sun on October 28.', MON_MAR_17,
     [('October 28', '2025-10-28')]),
    ('The eclipse will begin at 1:27 p.m. local time and reach totality at 3:13 p.m.', MON_MAR_17,
     [('1:27 p.m.', '2025-03-17T13:27'), ('3:13 p.m.', '2025-03-17T15:13')]),
    ('The satellite re-entered the atmosphere over the Pacific at 0413 GMT on Saturday.', MON_MAR_17,
     [('0413 GMT', '2025-03-15T04:13Z'), ('Saturday', '2025-03-15')]),
    ('The crew will reach lunar orbit on Day 5 of the mission, about 102 hours after launch.', TUE_JUN_4,
     [('about 102 hours', 'PT102H')]),
    # ---- aviation operations
    ('The flight departed Heathrow at 9:40 a.m. and landed in New York at 12:25 p.m. local time.', MON_MAR_17,
     [('9:40 a.m.', '2025-03-17T09:40'), ('12:25 p.m.', '2025-03-17T12:25')]),
    ('The flight was delayed by three hours because of fog.', MON_MAR_17,
     [('three hours', 'PT3H')]),
    ('Air traffic was halted for about 90 minutes on Sunday morning.', MON_MAR_17,
     [('about 90 minutes', 'PT90M'), ('Sunday morning', '2025-03-16TMO')]),
    ('The airline will cancel 1,200 flights over the next two weeks.', MON_MAR_17,
     [('the next two weeks', 'P2W')]),
    ('Boeing expects the aircraft to be certified in the first half of 2025.', MON_MAR_17,
     [('the first half of 2025', '2025-H1')]),
    ('The airport handled 75 million passengers last year.', MON_MAR_17,
     [('last year', '2024')]),
    ('The runway will be closed from 11 p.m. to 6 a.m. for resurfacing.', MON_MAR_17,
     [('11 p.m.', '2025-03-17T23:00'), ('6 a.m.', '2025-03-18T06:00')]),
    ('The FAA grounded the jets for 20 days in January.', MON_MAR_17,
     [('20 days', 'P20D'), ('January', '2025-01')]),
    ('The plane was in the air for nearly 19 hours, the longest commercial flight in the world.', MON_MAR_17,
     [('nearly 19 hours', 'PT19H')]),
    ('Flight 1282 took off from Portland at 4:52 p.m. on Jan. 5.', MON_MAR_17,
     [('4:52 p.m. on Jan. 5', '2025-01-05T16:52')]),
    # ---- no times
    ('The Falcon 9 booster flew for the 25th time.', MON_MAR_17,
     []),
    ('Boeing 737 MAX 9 jets were inspected.', MON_MAR_17,
     []),
    ('The crew boarded Soyuz MS-26 at Baikonur.', MON_MAR_17,
     []),
    ('Flight AA100 was diverted to Boston.', MON_MAR_17,
     []),
    ('The mission, Artemis II, carries four astronauts.', MON_MAR_17,
     []),
    ('The astronauts trained on the Apollo 11 simulator.', MON_MAR_17,
     []),
]

GAPS: list[Gap] = [
    ('The summer timetable starts on March 30.', MON_MAR_17,
     [('March 30', '2025-03-30')],
     "an airline's summer timetable (which starts in late March) names a schedule, not the season, but "
     "'summer' before a noun is read as the season (2025-SU)"),
    ('Touchdown came at 3:04 a.m. local time (1904 GMT Friday).', TUE_JUN_4,
     [('3:04 a.m.', '2024-06-01T03:04'), ('1904 GMT', '2024-05-31T19:04Z'), ('Friday', '2024-05-31')],
     "a local clock restated as a GMT time of the evening before is the next local day; the local clock "
     "takes the GMT time's day"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_space_texts(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_space_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40
