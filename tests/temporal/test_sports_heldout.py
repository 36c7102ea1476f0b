"""Sports reports, annotated by hand for held-out news.

Wire-style match reports, previews, transfer news and season reviews (AP, Reuters, AFP,
Xinhua register), written for this test, not copied from any corpus, at several publication
dates (DCTs) on different weekdays, including the season turns of May-August and
December/January. Values follow TimeML 1.2 / TempEval-3. A sport's season ("last season",
"this season", "the off-season", "the preseason", "midseason", "the season opener") is not
the TimeML season (SU, WI) and its span depends on the sport and league, so it is left
untagged (neither TBAQ nor MEANTIME gold tags one); a season named by its years ("the 2019-20
season", "the 2018/19 campaign") is the range of years. Match clock and numbering are no
times: "the 89th minute", "stoppage time", "Game 7", "Week 12", "Day 3 of the Test", "the 18th
hole", "the second half" and "the fourth quarter" of a game, a game clock ("with 1:12 left in
the fourth quarter", "at 12:34 of the second period", "with 2:05 to play"), scores ("3-1",
"7-6 (7-3)") and race or lap times ("2:03:59", "1:11.035"). A time spelled out in units is one
DURATION ("in 2 hours 1 minute 39 seconds", "a three-and-a-half-year deal"); ages ("the
33-year-old", "in his 20s") are not tagged. Extents leave out leading prepositions. Each case
asserts the engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

CASES: list[Case] = [
    ('Liverpool finished second last season with 97 points, and Klopp said on Sunday they would be stronger next season.',
     '2019-05-13', [('Sunday', '2019-05-12')]),
    ('Manchester City won the title this season, their second in a row.',
     '2019-05-13', []),
    ('The 2019-20 season kicks off on Aug. 9.',
     '2019-05-13', [('2019-20', '2019'), ('Aug. 9', '2019-08-09')]),
    ('He scored 23 goals in the 2018/19 campaign.',
     '2019-05-13', [('2018/19', '2018')]),
    ('The club will strengthen during the off-season.',
     '2019-05-13', []),
    ('He was injured in the preseason and missed the season opener.',
     '2019-05-13', []),
    ('The Yankees made a trade midseason, and the regular season ends on Sunday.',
     '2019-05-13', [('Sunday', '2019-05-19')]),
    ('Salah scored in the 89th minute to secure a 3-1 win.',
     '2019-05-13', []),
    ("Origi's 90th-minute winner came in stoppage time after a 2-2 draw in the first leg.",
     '2019-05-13', []),
    ('The Raptors forced Game 7 with a 125-113 win on Thursday.',
     '2019-05-13', [('Thursday', '2019-05-09')]),
    ('The Patriots, 10-2 after Week 12, host the Chiefs.',
     '2019-05-13', []),
    ('Australia were 250 for three at the close on Day 3 of the Test.',
     '2019-05-13', []),
    ('City dominated the second half and Kane scored two minutes from time.',
     '2019-05-13', [('two minutes', 'PT2M')]),
    ('Woods birdied the 18th hole to finish on 13 under.',
     '2019-05-13', []),
    ('Nadal won 6-4, 7-6 (7-3) in the final on Sunday.',
     '2019-05-13', [('Sunday', '2019-05-12')]),
    ('Kipchoge won in 2:03:59, a course record.',
     '2019-05-13', []),
    ('Bolt holds the record with a personal best of 9.58 seconds.',
     '2019-05-13', [('9.58 seconds', 'PT9.58S')]),
    ("Saturday's 2-0 win over Chelsea lifted United to fourth.",
     '2019-05-13', [('Saturday', '2019-05-11')]),
    ('Barcelona play the second leg on Wednesday at Anfield.',
     '2019-05-13', [('Wednesday', '2019-05-15')]),
    ("The final on May 29 in Baku will be Arsenal's first in Europe since 2006.",
     '2019-05-13', [('May 29', '2019-05-29'), ('2006', '2006')]),
    ('Kickoff is at 8pm local time (1800 GMT).',
     '2019-05-13', [('8pm', '2019-05-13T20:00'), ('1800 GMT', '2019-05-13T18:00Z')]),
    ("The teams meet again in three weeks' time.",
     '2019-05-13', [('three weeks', 'P3W')]),
    ('He was sent off a fortnight ago against Watford.',
     '2019-05-13', [('a fortnight ago', '2019-W18')]),
    ('It was his first goal since March.',
     '2019-05-13', [('March', '2019-03')]),
    ('Ajax reached the last 16 for the first time since 1997.',
     '2019-05-13', [('1997', '1997')]),
    ('Kipchoge won the Berlin Marathon in 2 hours 1 minute 39 seconds, the club said on Monday.',
     '2019-09-16', [('2 hours 1 minute 39 seconds', 'PT2H1M39S'), ('Monday', '2019-09-16')]),
    ('She clocked 2 hours 14 minutes 4 seconds in Chicago.',
     '2019-09-16', [('2 hours 14 minutes 4 seconds', 'PT2H14M4S')]),
    ('He finished in 1 hour 59 minutes 40 seconds.',
     '2019-09-16', [('1 hour 59 minutes 40 seconds', 'PT1H59M40S')]),
    ('The 27-year-old signed a four-year contract until 2023.',
     '2019-07-02', [('four-year', 'P4Y'), ('2023', '2023')]),
    ('He agreed a deal running to June 2023, the club said on Tuesday.',
     '2019-07-02', [('June 2023', '2023-06'), ('Tuesday', '2019-07-02')]),
    ('Pogba could leave in the summer, and Real Madrid will try again next summer.',
     '2019-07-02', [('the summer', '2019-SU'), ('next summer', '2020-SU')]),
    ('The 33-year-old ended a 10-year career at the club.',
     '2019-07-02', [('10-year', 'P10Y')]),
    ('Federer, who turned pro in his teens and peaked in his 20s, won his first title in 2001.',
     '2019-07-02', [('2001', '2001')]),
    ('He joined on a free transfer in the summer of 2017.',
     '2019-07-02', [('the summer of 2017', '2017-SU')]),
    ('Liverpool beat Leicester 4-0 on Boxing Day to go 13 points clear.',
     '2019-12-27', [('Boxing Day', '2019-12-26')]),
    ('Wolves host Manchester City on Friday night, with kickoff at 7:45 p.m.',
     '2019-12-27', [('Friday night', '2019-12-27TNI'), ('7:45 p.m.', '2019-12-27T19:45')]),
    ('Arsenal have won only once in their last 12 games.',
     '2019-12-27', []),
    ('Arteta, 37, was appointed on Friday on a three-and-a-half-year deal.',
     '2019-12-27', [('Friday', '2019-12-27'), ('three-and-a-half-year', 'P3Y6M')]),
    ('Everton gave Ancelotti a two-and-a-half-year contract.',
     '2019-12-27', [('two-and-a-half-year', 'P2Y6M')]),
    ("The Premier League's festive schedule sees teams play three games in eight days.",
     '2019-12-27', [('eight days', 'P8D')]),
    ('Liverpool extended their unbeaten league run to 38 games, a run dating back to January last year.',
     '2020-01-06', [('January last year', '2019-01')]),
    ("He scored twice in the second half of Sunday's FA Cup third-round tie.",
     '2020-01-06', [('Sunday', '2020-01-05')]),
    ('The Lakers, 29-7, are on a five-game winning streak.',
     '2020-01-06', []),
    ('Brady, 42, has a contract that expires in March.',
     '2020-01-06', [('March', '2020-03')]),
    ('The NFL playoffs continue next weekend with the divisional round.',
     '2020-01-06', [('next weekend', '2020-W03-WE')]),
    ('Tiger Woods will return at Torrey Pines later this month.',
     '2020-01-06', [('later this month', '2020-01')]),
    ('James hit a 3-pointer with 1:12 left in the fourth quarter to tie it at 104-104.',
     '2019-06-10', []),
    ('Leonard scored with 3.4 seconds remaining in overtime.',
     '2019-06-10', [('3.4 seconds', 'PT3.4S')]),
    ('The Warriors led 58-52 at halftime.',
     '2019-06-10', []),
    ('Hamilton set a lap of 1:11.035 in qualifying on Saturday.',
     '2019-06-10', [('Saturday', '2019-06-08')]),
    ('She won the 1,500m in 3:56.14, a world-leading time.',
     '2019-06-10', []),
    ('Federer beat Nadal 7-6 (7-3), 6-7 (5-7), 6-2 in the semifinals on Friday.',
     '2019-06-10', [('Friday', '2019-06-07')]),
    ('The match kicked off at 3 p.m. and was level 1-1 at half-time.',
     '2019-06-10', [('3 p.m.', '2019-06-10T15:00')]),
    ('Liverpool won the 2018-19 Champions League with a 2-0 win over Tottenham on June 1.',
     '2019-06-10', [('2018-19', '2018'), ('June 1', '2019-06-01')]),
    ('Brazil host the Copa America from June 14 to July 7.',
     '2019-06-10', [('June 14', '2019-06-14'), ('July 7', '2019-07-07')]),
    ('The race starts at 14:10 local time (1210 GMT) on Sunday.',
     '2019-06-10', [('14:10', '2019-06-16T14:10'), ('1210 GMT', '2019-06-16T12:10Z'), ('Sunday', '2019-06-16')]),
    ('Murray, 32, had hip surgery in January and has not played since.',
     '2019-06-10', [('January', '2019-01')]),
    ('Sharapova served a 15-month doping ban that ended in April 2017.',
     '2019-06-10', [('15-month', 'P15M'), ('April 2017', '2017-04')]),
    ('Ovechkin scored at 12:34 of the second period.',
     '2019-10-24', []),
    ('Brady threw a touchdown pass with 2:05 to play in the third quarter.',
     '2019-10-24', []),
    ('Ovechkin scored 8:15 into the third period.',
     '2019-10-24', []),
    ('The Nationals won Game 2 on Wednesday night and lead the World Series 2-0.',
     '2019-10-24', [('Wednesday night', '2019-10-23TNI')]),
    ('The season resumes on Saturday after a five-month suspension.',
     '2020-08-03', [('Saturday', '2020-08-08'), ('five-month', 'P5M')]),
    ('The NBA restarted its season on Thursday at Disney World.',
     '2020-08-03', [('Thursday', '2020-07-30')]),
    ('The bank reported strong results in the third quarter.',
     '2019-05-13', [('the third quarter', '2018-Q3')]),
    # ---- a year after a colon and a space opens a sentence ("10:2014" is still no year); a count
    # before a comma or a full stop makes no rate of "a year" ("joined in 2017, has a year left")
    ('Xinhua sports review: 2018 was a year of upsets, from the World Cup in June to the Asian Games in August.',
     '2018-12-31', [('2018', '2018'), ('a year', 'P1Y'), ('June', '2018-06'), ('August', '2018-08')]),
    ('The Frenchman, who joined in 2017, has a year remaining on his deal.',
     '2019-08-05', [('2017', '2017'), ('a year', 'P1Y')]),
    ('Neymar joined PSG in 2017. He has two years left on his contract.',
     '2019-08-05', [('2017', '2017'), ('two years', 'P2Y')]),
    ('The Premier League season starts on Friday, when Liverpool host Norwich at 8 p.m.',
     '2019-08-05', [('Friday', '2019-08-09'), ('8 p.m.', '2019-08-09T20:00')]),
    ('The transfer window closes at 5 p.m. on Thursday.',
     '2019-08-05', [('5 p.m. on Thursday', '2019-08-08T17:00')]),
    ('He moved to Juventus in a deal worth 100 million euros last summer.',
     '2019-08-05', [('last summer', '2018-SU')]),
    ('The Tokyo Olympics open on July 24 next year.',
     '2019-08-05', [('July 24', '2020-07-24'), ('next year', '2020')]),
    ('He will be out for six to eight weeks with a hamstring injury.',
     '2019-08-05', [('six to eight weeks', 'P6W')]),
    ('The striker has been sidelined since late March.',
     '2019-08-05', [('late March', '2019-03')]),
    ("Barcelona's pre-season tour of Japan ended last week.",
     '2019-08-05', [('last week', '2019-W31')]),
    ('Chelsea were banned from registering new players for two transfer windows.',
     '2019-08-05', []),
    ('Liverpool, unbeaten in 20 league games this season, visit City on Thursday.',
     '2019-01-02', [('Thursday', '2019-01-03')]),
    ('Mourinho was sacked on Dec. 18 after two and a half years in charge.',
     '2019-01-02', [('Dec. 18', '2018-12-18'), ('two and a half years', 'P2Y6M')]),
    ('The Australian Open starts on Jan. 14 in Melbourne.',
     '2019-01-02', [('Jan. 14', '2019-01-14')]),
    ('Chinese swimmer Sun Yang won three golds at the Asian Games in Jakarta this summer.',
     '2018-12-31', [('this summer', '2018-SU')]),
    ('The Chinese Super League season will start in March.',
     '2018-12-31', [('March', '2019-03')]),
    ('She ran the half marathon in 64 minutes 28 seconds.',
     '2019-11-11', [('64 minutes 28 seconds', 'PT64M28S')]),
    ('Hamilton clinched his sixth world title on Sunday with two races to spare.',
     '2019-11-11', [('Sunday', '2019-11-10')]),
    ('He was suspended for three matches and has scored in each of his last five appearances.',
     '2019-11-11', []),
    ('Coco Gauff, 15, became the youngest player since 1990 to reach the third round.',
     '2019-11-11', [('1990', '1990')]),
]

GAPS: list[Gap] = [
    ("United want to sign a centre back in the January transfer window.",
     '2019-07-02', [('January', '2020-01')],
     "a month naming the next transfer window, read in July: the engine prefers the past January"),
    ("The window opens on Jan. 1 and closes at the end of the month.",
     '2019-12-27', [('Jan. 1', '2020-01-01'), ('the end of the month', '2020-01')],
     "'the end of the month' after a date of the next month is that month's end; the engine reads the DCT's month"),
    ("The 2022 World Cup in Qatar will be played in November and December.",
     '2019-08-05', [('2022', '2022'), ('November', '2022-11'), ('December', '2022-12')],
     "months of an event named with a future year take that year; the engine keeps them in the publication year"),
]


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_sports(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_sports_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected
