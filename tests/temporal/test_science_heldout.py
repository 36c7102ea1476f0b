"""Science, space and technology news, annotated by hand for held-out news.

Launches and missions, research papers and trials, product releases and software versions, tech
company results, outages and cyber incidents, as wire services and tech sites write them. The
texts were written for this test, not copied from any corpus, at several publication dates, some
with a time of day in the reference (a launch story filed at 07:00). Values follow TimeML 1.2 /
TempEval-3, extents without leading prepositions. Conventions followed:

* launches: a clock time keeps its zone abbreviation in the extent ("1:47 a.m. EST"), and a GMT/UTC
  time is written with ``Z``; "a two-hour launch window" is PT2H; "T-minus 10 minutes" tags the
  length; a plan's earliest date ("slated for no earlier than May") is ahead of the publication;
  "the rover's 1,000th day on Mars", "3,600 sols" and "4.2 light-years" are no calendar times;
* research: "a 12-week trial", "a median of 5.4 years", "the first 48 hours" are lengths; "the
  study period" and "the Cretaceous" name no value an annotator could write and are not tagged;
  deep time ("4.5 billion years ago") is PAST_REF, a half-life a length;
* tech: "the holiday quarter" is the quarter December ends (Q4, past or coming by the tense);
  model and version numbers ("iPhone 15", "iOS 17", "Windows 11", "Python 3.12", "version 2.4.1",
  "A16", "M2", "Falcon 9", "Starlink-1007"), sizes and rates ("64-bit", "128 GB", "2.4 GHz",
  "120Hz", "4K", "1080p", "5G", "24/7", "Web 3.0", "Y2K") are no times, while a product named with
  a year keeps its year ("Office 2021", as "IFA 2014"); ISO times in logs are TIME values.

Each case asserts the engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

LAUNCH = "2022-11-16T07:00"  # a Wednesday, filed at 7 a.m.
ARTEMIS = "2023-01-10"  # a Tuesday
TRIAL = "2023-03-02"  # a Thursday
KEYNOTE = "2023-09-20"  # a Wednesday
OUTAGE = "2023-10-12"  # a Thursday

CASES: list[Case] = [
    # ---- launches and missions
    ('The Falcon 9 rocket lifted off at 1:47 a.m. EST (0647 GMT) from Cape Canaveral.',
     LAUNCH, [('1:47 a.m. EST', '2022-11-16T01:47'), ('0647 GMT', '2022-11-16T06:47Z')]),
    ('NASA has a two-hour launch window that opens at 9 p.m. on Saturday.',
     LAUNCH, [('two-hour', 'PT2H'), ('9 p.m. on Saturday', '2022-11-19T21:00')]),
    ("Engineers scrubbed Monday's attempt after a hydrogen leak; the next attempt is Saturday.",
     LAUNCH, [('Monday', '2022-11-14'), ('Saturday', '2022-11-19')]),
    ('Controllers held the countdown at T-minus 10 minutes to check a sensor.',
     LAUNCH, [('10 minutes', 'PT10M')]),
    ('The astronauts will spend six months aboard the station on a six-month mission.',
     LAUNCH, [('six months', 'P6M'), ('six-month', 'P6M')]),
    ("The rover marked its 1,000th day on Mars this week.",
     LAUNCH, [('this week', '2022-W46')]),
    ('Crowds gathered to mark the 50th anniversary of the 1969 Apollo 11 landing.',
     '2019-07-16', [('1969', '1969')]),
    ('Launch is slated for no earlier than May, the company said.',
     ARTEMIS, [('May', '2023-05')]),
    ('The launch is now targeted for no earlier than December.',
     ARTEMIS, [('now', 'PRESENT_REF'), ('December', '2023-12')]),
    ('A crewed test flight is now expected in December, a year later than planned.',
     ARTEMIS, [('now', 'PRESENT_REF'), ('December', '2023-12'), ('a year', 'P1Y')]),
    ('The agency hopes to return astronauts to the moon in the mid-2020s and land on Mars by the end of the decade.',
     ARTEMIS, [('the mid-2020s', '202'), ('the end of the decade', '202')]),
    ('Artemis II is targeted for November 2024.',
     ARTEMIS, [('November 2024', '2024-11')]),
    ('SpaceX launched 61 missions last year, a record.',
     ARTEMIS, [('last year', '2022')]),
    ('The probe entered orbit around Jupiter on July 4, 2016, after a five-year journey.',
     ARTEMIS, [('July 4, 2016', '2016-07-04'), ('five-year', 'P5Y')]),
    ('Liftoff occurred at 1:47 a.m. Eastern time Wednesday.',
     LAUNCH, [('1:47 a.m.', '2022-11-16T01:47'), ('Wednesday', '2022-11-16')]),
    ('The capsule splashed down off Baja California at 12:40 p.m. EDT on Sunday.',
     LAUNCH, [('12:40 p.m. EDT on Sunday', '2022-11-13T12:40')]),
    ('The launch was delayed by 24 hours because of high winds.',
     LAUNCH, [('24 hours', 'PT24H')]),
    ('Mission managers will decide early next week whether to try again.',
     LAUNCH, [('early next week', '2022-W47')]),
    ('Artemis I lifted off at 1:47 a.m. EST Wednesday, after two scrubbed attempts in late August and early September.',
     LAUNCH, [('1:47 a.m. EST Wednesday', '2022-11-16T01:47'), ('late August', '2022-08'), ('early September', '2022-09')]),
    ('The Orion capsule is due to splash down in the Pacific on Dec. 11 after a 25.5-day mission.',
     LAUNCH, [('Dec. 11', '2022-12-11'), ('25.5-day', 'P25DT12H')]),
    # told at 07:00, a window that opens at 1:04 a.m. is tomorrow's
    ('The launch window opens at 1:04 a.m. and closes two hours later.',
     LAUNCH, [('1:04 a.m.', '2022-11-17T01:04'), ('two hours later', '2022-11-17T03:04')]),
    ('NASA said the crew returns to Earth on Monday.', '2023-09-13', [('Monday', '2023-09-18')]),
    # 'over' after an amount of change means during
    ('The drug cut the risk of heart attack by 20 percent over three years.', TRIAL, [('three years', 'P3Y')]),
    ('The station orbits Earth every 90 minutes, so the crew sees 16 sunrises a day.',
     KEYNOTE, [('every 90 minutes', 'PT90M')]),
    ('Proxima Centauri lies 4.2 light-years from Earth.', KEYNOTE, []),
    ('The rover has spent 3,600 sols on Mars since landing in August 2012.',
     TRIAL, [('August 2012', '2012-08')]),
    ('The asteroid has a 1 in 2,700 chance of hitting Earth on Feb. 14, 2046.',
     TRIAL, [('Feb. 14, 2046', '2046-02-14')]),
    ('The Voyager 1 probe, launched in 1977, is now more than 24 billion kilometres away.',
     KEYNOTE, [('1977', '1977'), ('now', 'PRESENT_REF')]),
    # ---- research papers and trials
    ('Patients in a 12-week trial lost an average of 15 percent of their body weight.',
     TRIAL, [('12-week', 'P12W')]),
    ('Participants were followed for a median of 5.4 years.',
     TRIAL, [('5.4 years', 'P5.4Y')]),
    ('The researchers analysed records of 2 million people between 2010 and 2018.',
     TRIAL, [('2010', '2010'), ('2018', '2018')]),
    ('The findings were published Wednesday in Nature.',
     TRIAL, [('Wednesday', '2023-03-01')]),
    ('Over a 20-year period, the glacier lost a third of its mass.',
     TRIAL, [('20-year', 'P20Y')]),
    ('Viral load peaked in the first 48 hours after infection.',
     TRIAL, [('the first 48 hours', 'PT48H')]),
    ('No deaths were recorded during the study period.', TRIAL, []),
    ('Carbon-14 has a half-life of 5,730 years.', TRIAL, [('5,730 years', 'P5730Y')]),
    ('The Earth formed about 4.5 billion years ago.',
     TRIAL, [('about 4.5 billion years ago', 'PAST_REF')]),
    ('The fossil dates from the Cretaceous, the researchers said.', TRIAL, []),
    ('The trial enrolled 1,200 patients from 2019 to 2021 and followed them for up to three years.',
     '2023-05-04', [('2019', '2019'), ('2021', '2021'), ('up to three years', 'P3Y')]),
    ('The study, published Thursday in the New England Journal of Medicine, ran for 18 months.',
     '2023-05-04', [('Thursday', '2023-05-04'), ('18 months', 'P18M')]),
    ('Earlier this year, the team reported similar results in mice.',
     '2023-05-04', [('Earlier this year', '2023')]),
    ('Data were collected between January 2020 and December 2021.',
     '2023-05-04', [('January 2020', '2020-01'), ('December 2021', '2021-12')]),
    ('The paper was posted online last month ahead of peer review.',
     '2023-05-04', [('last month', '2023-04')]),
    ("Earth's magnetic field last flipped about 780,000 years ago.",
     TRIAL, [('about 780,000 years ago', 'PAST_REF')]),
    ('Results from the phase 3 trial are due in the second half of the year.',
     TRIAL, [('the second half of the year', '2023-H2')]),
    ('Patients received the infusion every four weeks for 52 weeks.',
     TRIAL, [('every four weeks', 'P4W'), ('52 weeks', 'P52W')]),
    # ---- products, software and company news
    ('Apple unveiled the iPhone 15 on Tuesday and said preorders begin Friday at 5 a.m. Pacific time.',
     '2023-09-13', [('Tuesday', '2023-09-12'), ('Friday', '2023-09-15'), ('5 a.m.', '2023-09-15T05:00')]),
    ('The company said the beta opens to testers Friday.', '2023-09-13', [('Friday', '2023-09-15')]),
    ('Witnesses said the server room flooded Friday.', '2023-09-13', [('Friday', '2023-09-08')]),
    ('The company confirmed the update rolls out Monday.', '2023-09-13', [('Monday', '2023-09-18')]),
    ('The redesigned app goes live on Monday for all users.', '2023-09-13', [('Monday', '2023-09-18')]),
    ('The update rolls out next week to all users.', KEYNOTE, [('next week', '2023-W39')]),
    ('The phones will be available starting Oct. 5.', KEYNOTE, [('Oct. 5', '2023-10-05')]),
    ('Microsoft will end support for Windows 10 in October 2025.', KEYNOTE, [('October 2025', '2025-10')]),
    ('The outage lasted about four hours on Tuesday morning Pacific time.',
     KEYNOTE, [('about four hours', 'PT4H'), ('Tuesday morning', '2023-09-19TMO')]),
    ('Python 3.12 was released on Monday with faster comprehensions.', KEYNOTE, [('Monday', '2023-09-18')]),
    ('The feature has been in beta since June.', KEYNOTE, [('June', '2023-06')]),
    ('Sales during the holiday quarter rose 8 percent.', KEYNOTE, [('the holiday quarter', '2022-Q4')]),
    ('Apple expects revenue to grow in the holiday quarter.', KEYNOTE, [('the holiday quarter', '2023-Q4')]),
    ('The company posted record holiday-quarter revenue on Thursday.',
     '2024-02-01', [('holiday-quarter', '2023-Q4'), ('Thursday', '2024-02-01')]),
    ('Subscribers get a 30-day free trial.', KEYNOTE, [('30-day', 'P30D')]),
    ('Android 14 arrives on Pixel phones in October, and Chrome 118 follows next month.',
     KEYNOTE, [('October', '2023-10'), ('next month', '2023-10')]),
    ('The PlayStation 5 and Xbox Series X both launched in November 2020.', KEYNOTE, [('November 2020', '2020-11')]),
    ('Microsoft 365 and Office 2021 customers get the feature first.', KEYNOTE, [('2021', '2021')]),
    ('Transistor counts double roughly every two years, according to the industry rule of thumb.',
     KEYNOTE, [('every two years', 'P2Y')]),
    ('Engineers spent the weekend restoring service after Friday\'s outage.',
     KEYNOTE, [('the weekend', '2023-W37-WE'), ('Friday', '2023-09-15')]),
    ('The bug had gone unnoticed for nearly a decade.', KEYNOTE, [('nearly a decade', 'P10Y')]),
    ('The company releases a new model every year.', KEYNOTE, [('every year', 'P1Y')]),
    ('The glitch is the latest in a string of outages this summer.', KEYNOTE, [('this summer', '2023-SU')]),
    ('The quantum computer completed the task in 200 seconds, a job that would take a supercomputer 10,000 years.',
     KEYNOTE, [('200 seconds', 'PT200S'), ('10,000 years', 'P10000Y')]),
    ('The Y2K bug cost companies billions in the late 1990s.', KEYNOTE, [('the late 1990s', '199')]),
    ('The Pixel 8 will receive seven years of software updates.', OUTAGE, [('seven years', 'P7Y')]),
    ('Google I/O 2024 will take place in May.', OUTAGE, [('2024', '2024'), ('May', '2024-05')]),
    ('The firm released GPT-4 in March and plans a successor in 2024.',
     OUTAGE, [('March', '2023-03'), ('2024', '2024')]),
    ("Apple's iOS 17.1 update arrives later this month.", OUTAGE, [('later this month', '2023-10')]),
    # ---- outages and cyber incidents
    ('The outage began at about 10 a.m. ET and was resolved by 2 p.m.',
     OUTAGE, [('10 a.m. ET', '2023-10-12T10:00'), ('2 p.m.', '2023-10-12T14:00')]),
    ('The breach occurred between Sept. 3 and Sept. 9, the company said in a filing Tuesday.',
     OUTAGE, [('Sept. 3', '2023-09-03'), ('Sept. 9', '2023-09-09'), ('Tuesday', '2023-10-10')]),
    ('Hackers had access to the network for at least two weeks before it was detected.',
     OUTAGE, [('at least two weeks', 'P2W')]),
    ('The patch was released overnight.', OUTAGE, [('overnight', '2023-10-12TNI')]),
    ('Users reported problems for much of Tuesday.', OUTAGE, [('Tuesday', '2023-10-10')]),
    ('The firm said the vulnerability was patched within 24 hours of being reported.',
     OUTAGE, [('24 hours', 'PT24H')]),
    ('The first error was logged at 2022-11-16T07:04:12Z.',
     OUTAGE, [('2022-11-16T07:04:12Z', '2022-11-16T07:04:12Z')]),
    ('Log entry: 2023-10-10 14:32:05 UTC - service restarted.',
     OUTAGE, [('2023-10-10 14:32:05 UTC', '2023-10-10T14:32:05Z')]),
    # ---- model numbers, sizes and rates: no times
    ('The iPhone 15 ships with iOS 17 and an A16 chip; the Pro has the A17 Pro and USB-C.', KEYNOTE, []),
    ('Windows 11 runs on the M2 MacBook Air.', KEYNOTE, []),
    ('Version 2.4.1 fixes a bug introduced in version 2.4.', KEYNOTE, []),
    ("The carrier's 5G network is available 24/7 in 200 cities.", KEYNOTE, []),
    ('Backers of Web 3.0 compare the hype to Y2K.', KEYNOTE, []),
    ('The 64-bit chip supports 128 GB of memory, 2.4 GHz Wi-Fi and a 120Hz display.', KEYNOTE, []),
    ('The camera shoots 4K video at 60 fps and 1080p at 240 fps.', KEYNOTE, []),
    ('The router supports Wi-Fi 6E, USB 3.2 and DDR5 memory.', KEYNOTE, []),
    ('Upload speeds hit 100 Mbps with latency under 20 ms.', OUTAGE, []),
    ('The Starlink-1007 satellite was launched on a Falcon 9 in 2019.', KEYNOTE, [('2019', '2019')]),
]

GAPS: list[Gap] = [
    ('Apple reports quarterly results after the bell on Thursday.', '2023-07-31', [('Thursday', '2023-08-03')],
     "a verb in -s with a bare plural object and a phrase before the day ('reports quarterly results after the "
     "bell on Thursday') is not read as scheduled: market headlines tell what happened that way"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_science_news(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_science_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40
