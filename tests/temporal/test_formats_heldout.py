"""Date formats, ranges and intervals in held-out news, press releases, reports and chronologies.

Written for this test (not copied from any corpus): numeric dates in the orders different
desks write them (ISO "2020-03-12", "2020/03/11", "12.03.2019", day-first "25/12/2019" and
month-first "3/5/2020"; an ambiguous "08/03/2020" is read day first in a text that writes
"25/02/2020", and "Press release, 12/03/2020" published on 12 March is that day), ISO
date-times ("2020-03-31T17:00Z"), abbreviated years ("March '98", "since '82"), fiscal and
reporting periods ("fiscal 2019", "FY 2021/22", "Q3 2021", "3Q21", "H1 2022", "1H22", "the
nine months ended Sept. 30"), ranges ("March 5-7, 2020", "1 to 3 April", "2010-2015",
"1939–45", "2018-19", "from Monday to Friday", "between 1998 and 2000"), chronology lists
with dashes, bullets and year headings, wire datelines and clock times with zones.

Values follow TimeML 1.2 / TempEval-3; extents leave out leading prepositions. A range of
days or years written as one token ("March 5-7", "1990-95") is one expression whose value
names its first day or year (the TimeML writer marks its two ends); a range written with
words ("from 1939 to 1945", "between 3 and 9 February") is two. A duration range ("two to
three weeks") is one TIMEX3, as in TimeBank. Each case asserts the engine's whole output, so spurious
tags fail too; known gaps are strict xfails with their reason.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

THU = "2020-03-12"          # a Thursday
JUL_10_2019 = "2019-07-10"  # a Wednesday
JUN_01_2021 = "2021-06-01"
NOV_01_2021 = "2021-11-01"
SEP_01_2022 = "2022-09-01"
OCT_28_2020 = "2020-10-28"
JAN_10_2021 = "2021-01-10"

Case = tuple[str, str, Expected]

CASES: list[Case] = [
    # ---- numeric dates
    ("The data were collected on 2020-03-10 and published on 2020/03/11.", THU,
     [("2020-03-10", "2020-03-10"), ("2020/03/11", "2020-03-11")]),
    ("The hearing is scheduled for 25/12/2019 at the district court.", THU, [("25/12/2019", "2019-12-25")]),
    ("The agreement was signed in Paris on 12.03.2019.", THU, [("12.03.2019", "2019-03-12")]),
    ("WASHINGTON, July 10 (Reuters) - The Senate voted on 07/08/2019 to approve the measure.", JUL_10_2019,
     [("July 10", "2019-07-10"), ("07/08/2019", "2019-07-08")]),
    ("LONDON, March 12 (Reuters) - The index closed at its lowest since 08/03/2020, a dealer said, "
     "after hitting a low on 25/02/2020.", THU,
     [("March 12", "2020-03-12"), ("08/03/2020", "2020-03-08"), ("25/02/2020", "2020-02-25")]),
    ("LONDON, 10 July (Reuters) - Shares rose on 08/07/2019 after the results.", JUL_10_2019,
     [("10 July", "2019-07-10"), ("08/07/2019", "2019-07-08")]),
    ("Writing on 2 March, she said the deal had closed on 04/02/2020.", THU,
     [("2 March", "2020-03-02"), ("04/02/2020", "2020-02-04")]),
    ("On March 2, she said the deal would close on 04/02/2020.", THU,
     [("March 2", "2020-03-02"), ("04/02/2020", "2020-04-02")]),
    ("Press release, 12/03/2020. Acme Corp. today announced results.", THU,
     [("12/03/2020", "2020-03-12"), ("today", "2020-03-12")]),
    ("The vote on 3/5/2020 was close.", THU, [("3/5/2020", "2020-03-05")]),
    ("The vote on 03/05/2020 was close, and the recount on 03/25/2020 confirmed it.", THU,
     [("03/05/2020", "2020-03-05"), ("03/25/2020", "2020-03-25")]),
    ("Applications close 30/04/2020; interviews are expected on 05/05/2020.", THU,
     [("30/04/2020", "2020-04-30"), ("05/05/2020", "2020-05-05")]),
    ("The deadline is 2020-03-31T17:00Z.", THU, [("2020-03-31T17:00Z", "2020-03-31T17:00Z")]),
    ("Logged at 2020-03-11T08:15:30.120Z by the server.", THU,
     [("2020-03-11T08:15:30.120Z", "2020-03-11T08:15:30Z")]),
    ("Updated: 2020-03-12 14:35 UTC", THU, [("2020-03-12 14:35 UTC", "2020-03-12T14:35Z")]),
    # a stamp's date and clock time are one TIME, day first as month first ("March 12, 2020, 09:15 GMT")
    ("Last updated 12 March 2020, 09:15 GMT", THU, [("12 March 2020, 09:15 GMT", "2020-03-12T09:15Z")]),
    ("The probe launched on 14/7/15.", THU, [("14/7/15", "2015-07-14")]),
    ("Records from 1/1/2020 to 31/3/2020 were lost.", THU, [("1/1/2020", "2020-01-01"), ("31/3/2020", "2020-03-31")]),
    ("The revised data for 2020-02 were published.", THU, [("2020-02", "2020-02")]),
    ("The case was filed 2019-12.", THU, [("2019-12", "2019-12")]),
    ("The 2010-12 period was weak.", THU, [("2010-12", "2010")]),
    # ---- written dates, ordinals and abbreviated years
    ("The station opened Sept. 30th.", THU, [("Sept. 30th", "2019-09-30")]),
    ("The team arrived on Mar. 10th and left on the 11th.", THU, [("Mar. 10th", "2020-03-10"), ("the 11th", "2020-03-11")]),
    ("The meeting was held on March 3rd, 2020.", THU, [("March 3rd, 2020", "2020-03-03")]),
    ("The meeting was held on 3rd March 2020.", THU, [("3rd March 2020", "2020-03-03")]),
    ("The meeting was held on Tuesday, March 3, 2020.", THU, [("Tuesday, March 3, 2020", "2020-03-03")]),
    ("The meeting was held on Tue 3 Mar 2020.", THU, [("Tue 3 Mar 2020", "2020-03-03")]),
    ("The shop opened in '98 and closed in March '08.", THU, [("'98", "1998"), ("March '08", "2008-03")]),
    ("The band's first album came out in March '98.", "2001-05-02", [("March '98", "1998-03")]),
    ("The report, dated 3 March, was leaked.", THU, [("3 March", "2020-03-03")]),
    # ---- fiscal and reporting periods
    ("Revenue in fiscal 2019 rose 4 percent.", THU, [("fiscal 2019", "2019")]),
    ("The company expects revenue of $2 billion in FY2021.", JUN_01_2021, [("FY2021", "2021")]),
    ("The plan covers FY 2021/22.", JUN_01_2021, [("FY 2021/22", "2021")]),
    ("Profit rose in fiscal year 2019.", THU, [("fiscal year 2019", "2019")]),
    ("Profit rose in the financial year 2018-19.", THU, [("2018-19", "2018")]),
    ("Data for 2018-19 show a decline.", THU, [("2018-19", "2018")]),
    ("Profit in Q3 2021 beat forecasts.", NOV_01_2021, [("Q3 2021", "2021-Q3")]),
    ("Operating profit in 3Q21 beat forecasts.", NOV_01_2021, [("3Q21", "2021-Q3")]),
    ("Sales rose in Q4/2019.", THU, [("Q4/2019", "2019-Q4")]),
    ("Orders rose in Q4 FY20.", THU, [("Q4 FY20", "2020-Q4")]),
    ("Sales rose in Q4'19 and Q1 2020.", THU, [("Q4'19", "2019-Q4"), ("Q1 2020", "2020-Q1")]),
    ("Margins narrowed in 2Q 2021.", NOV_01_2021, [("2Q 2021", "2021-Q2")]),
    ("Sales fell in the first half of 2022.", SEP_01_2022, [("the first half of 2022", "2022-H1")]),
    ("Sales fell in H1 2022.", SEP_01_2022, [("H1 2022", "2022-H1")]),
    ("Group sales fell 3% in 1H22, the company said.", SEP_01_2022, [("1H22", "2022-H1")]),
    ("Guidance for H2'22 was cut.", SEP_01_2022, [("H2'22", "2022-H2")]),
    ("The run took 1h22 in the rain.", SEP_01_2022, []),
    # the code alone, after a preposition: the half the tense points to
    ("Sales fell in H1.", SEP_01_2022, [("H1", "2022-H1")]),
    ("Margins should improve during H2, the CFO said.", SEP_01_2022, [("H2", "2022-H2")]),
    ("The H1N1 strain spread in the spring.", SEP_01_2022, [("the spring", "2022-SP")]),
    ("Applicants for an H1-B visa face delays.", SEP_01_2022, []),
    ("Delivery takes 3-5 business days.", THU, [("3", "P3D"), ("5 business days", "P5D")]),
    # stamps of logs and feeds: the date and the clock after a space are one time, to the second
    ("Logged 2020-03-11 09:02:33 UTC by the sensor.", THU, [("2020-03-11 09:02:33 UTC", "2020-03-11T09:02:33Z")]),
    ("Published 2020-03-12T14:35:27Z", THU, [("2020-03-12T14:35:27Z", "2020-03-12T14:35:27Z")]),
    ("At 2020-03-11 09:02 the alarm went off.", THU, [("2020-03-11 09:02", "2020-03-11T09:02")]),
    ("The 2020-03-11 report was revised.", THU, [("2020-03-11", "2020-03-11")]),
    ("Profit for the year to March rose 8 percent.", "2020-05-20", [("the year", "P1Y"), ("March", "2020-03")]),
    ("Profit for the nine months ended Sept. 30 rose 8 percent.", OCT_28_2020,
     [("the nine months", "P9M"), ("Sept. 30", "2020-09-30")]),
    ("Net income for the nine months ended September 30, 2020 rose.", OCT_28_2020,
     [("the nine months", "P9M"), ("September 30, 2020", "2020-09-30")]),
    ("Sales for the quarter ended Dec. 31 rose 5 percent.", THU, [("the quarter", "2019-Q4"), ("Dec. 31", "2019-12-31")]),
    ("Sales rose 4% in the fourth quarter of fiscal 2019.", THU, [("the fourth quarter of fiscal 2019", "2019-Q4")]),
    ("By year-end 2020 the plant will be closed.", THU, [("year-end 2020", "2020")]),
    ("The unit lost money in its 2021 financial year.", JUN_01_2021, [("2021 financial year", "2021")]),
    ("Profit rose in the 2019 fiscal year.", THU, [("the 2019 fiscal year", "2019")]),
    ("Sales rose in the six months to Dec. 31.", THU, [("the six months", "P6M"), ("Dec. 31", "2019-12-31")]),
    ("The shares fell 3.5 percent in the three months to the end of February.", THU,
     [("the three months", "P3M"), ("the end of February", "2020-02")]),
    ("Completion is scheduled for the second half of 2021.", THU, [("the second half of 2021", "2021-H2")]),
    ("The budget for 2020-21 was unveiled on Wednesday.", THU, [("2020-21", "2020"), ("Wednesday", "2020-03-11")]),
    ("The 2019/20 season was suspended.", THU, [("2019/20", "2019")]),
    # ---- ranges of days, months and years
    ("The conference takes place March 5-7, 2020, in Berlin.", THU, [("March 5-7, 2020", "2020-03-05")]),
    ("The trade fair takes place 5-7 March in Berlin.", THU, [("5-7 March", "2020-03-05")]),
    ("The exhibition runs from 1 to 3 April.", THU, [("1 to 3 April", "2020-04-01")]),
    ("The festival runs March 5 to 7.", THU, [("March 5 to 7", "2020-03-05")]),
    ("The street festival runs 5th-7th March.", THU, [("5th-7th March", "2020-03-05")]),
    ("The summit was held 12-14 Nov 2019.", THU, [("12-14 Nov 2019", "2019-11-12")]),
    ("The summit was held Nov 12-14, 2019.", THU, [("Nov 12-14, 2019", "2019-11-12")]),
    ("The figures cover 1 Jan - 31 Mar 2020.", THU, [("1 Jan", "2020-01-01"), ("31 Mar 2020", "2020-03-31")]),
    ("He worked there from 2005 to the present.", THU, [("2005", "2005"), ("the present", "PRESENT_REF")]),
    ("The strike is planned for March 16-20.", THU, [("March 16-20", "2020-03-16")]),
    ("The festival, held Feb. 28-March 1, drew 40,000 visitors.", THU,
     [("Feb. 28", "2020-02-28"), ("March 1", "2020-03-01")]),
    ("The strike lasted from 3 February to 9 February.", THU, [("3 February", "2020-02-03"), ("9 February", "2020-02-09")]),
    ("The survey was carried out between 3 and 9 February.", THU, [("3", "2020-02-03"), ("9 February", "2020-02-09")]),
    ("Voting takes place on 7 and 8 May.", THU, [("7", "2020-05-07"), ("8 May", "2020-05-08")]),
    ("The report covers the period 1 January 2019 to 31 December 2019.", THU,
     [("1 January 2019", "2019-01-01"), ("31 December 2019", "2019-12-31")]),
    ("The report covers the period from January 1 through December 31, 2019.", THU,
     [("January 1", "2019-01-01"), ("December 31, 2019", "2019-12-31")]),
    ("Prices rose between 2010 and 2015.", THU, [("2010", "2010"), ("2015", "2015")]),
    ("Prices rose in 2010-2015.", THU, [("2010-2015", "2010")]),
    ("The recession of 1990-95 hit the region hard.", THU, [("1990-95", "1990")]),
    ("He served in the army in 1939–45.", THU, [("1939–45", "1939")]),
    ("The war lasted from 1939 to 1945.", THU, [("1939", "1939"), ("1945", "1945")]),
    ("The reign of Elizabeth I (1558-1603) was long.", THU, [("1558-1603", "1558")]),
    ("Born in 1942, she lived in Paris from 1968 until 1975.", THU,
     [("1942", "1942"), ("1968", "1968"), ("1975", "1975")]),
    ("Sales rose Jan.-March.", THU, [("Jan.", "2020-01"), ("March", "2020-03")]),
    ("Exports in Jan-Feb were weak.", THU, [("Jan", "2020-01"), ("Feb", "2020-02")]),
    ("Sept.-Oct. was the busiest stretch.", "2020-12-01", [("Sept.", "2020-09"), ("Oct.", "2020-10")]),
    # a past range cannot end after the publication: told on 12 March, it is last year's
    ("Markets were volatile in March-April.", THU, [("March", "2019-03"), ("April", "2019-04")]),
    ("The trend continued through the 1990s and 2000s.", THU, [("the 1990s", "199"), ("2000s", "200")]),
    ("The works will run from mid-March to early May.", THU, [("mid-March", "2020-03"), ("early May", "2020-05")]),
    ("Completion is scheduled for late 2021 or early 2022.", THU, [("late 2021", "2021"), ("early 2022", "2022")]),
    ("The road stays closed until the end of the month.", THU, [("the end of the month", "2020-03")]),
    ("The plant will be finished by the end of next year.", THU, [("the end of next year", "2021")]),
    ("The talks will run from Monday to Friday.", THU, [("Monday", "2020-03-16"), ("Friday", "2020-03-20")]),
    ("Talks will run from Monday to Friday next week.", THU,
     [("Monday", "2020-03-16"), ("Friday", "2020-03-20"), ("next week", "2020-W12")]),
    ("The strike ran from Monday to Wednesday.", THU, [("Monday", "2020-03-09"), ("Wednesday", "2020-03-11")]),
    ("Workers walked out Monday through Wednesday.", THU, [("Monday", "2020-03-09"), ("Wednesday", "2020-03-11")]),
    ("The strike will last from Wednesday through Friday.", "2020-03-10",
     [("Wednesday", "2020-03-11"), ("Friday", "2020-03-13")]),
    ("Polls were open from 7am to 10pm.", THU, [("7am", "2020-03-12T07:00"), ("10pm", "2020-03-12T22:00")]),
    ("Delivery takes 3-5 days.", THU, [("3", "P3D"), ("5 days", "P5D")]),
    # a range of durations written with 'to' is one TIMEX3, as in TimeBank ('two to three weeks', P2W EQUAL_OR_MORE)
    ("The plant was closed for three to four weeks.", THU, [("three to four weeks", "P3W")]),
    ("The shutdown will last at least two weeks.", THU, [("at least two weeks", "P2W")]),
    # ---- chronologies
    ("Timeline:\n12 March - WHO declares a pandemic.\n14 March - Spain orders a lockdown.\n23 March - Britain follows.",
     THU, [("12 March", "2020-03-12"), ("14 March", "2020-03-14"), ("23 March", "2020-03-23")]),
    ("Timeline of events:\nMarch 12: WHO declares a pandemic\nMarch 14: Spain orders a lockdown", "2020-04-01",
     [("March 12", "2020-03-12"), ("March 14", "2020-03-14")]),
    ("- 2 March: first case confirmed\n- 9 March: schools close\n- 11 March: stadiums shut", THU,
     [("2 March", "2020-03-02"), ("9 March", "2020-03-09"), ("11 March", "2020-03-11")]),
    ("1 March 2020 – First case confirmed.\n9 March 2020 – Schools close.", THU,
     [("1 March 2020", "2020-03-01"), ("9 March 2020", "2020-03-09")]),
    ("Mon 9 March: talks open. Tue 10 March: talks stall.", THU, [("Mon 9 March", "2020-03-09"), ("Tue 10 March", "2020-03-10")]),
    ("Key dates:\n1914 - War breaks out.\n1918 - Armistice signed.\n- 1939: War again.", THU,
     [("1914", "1914"), ("1918", "1918"), ("1939", "1939")]),
    ("CHRONOLOGY\n2019\nDec. 31 - China reports a cluster of cases.\n2020\nJan. 11 - China reports its first death.\n"
     "Jan. 30 - WHO declares an emergency.\nMarch 11: WHO declares a pandemic.", JAN_10_2021,
     [("2019", "2019"), ("Dec. 31", "2019-12-31"), ("2020", "2020"), ("Jan. 11", "2020-01-11"),
      ("Jan. 30", "2020-01-30"), ("March 11", "2020-03-11")]),
    ("Timeline:\n\n2018:\n- March 3: The first protest.\n- Nov. 9: Talks fail.\n\n2019:\n- Feb. 2: A deal.", JAN_10_2021,
     [("2018", "2018"), ("March 3", "2018-03-03"), ("Nov. 9", "2018-11-09"), ("2019", "2019"), ("Feb. 2", "2019-02-02")]),
    # ---- datelines, press-release headers, clock times with zones
    ("WASHINGTON, March 12 (Reuters) - The Federal Reserve said on Thursday it would expand its bond purchases.", THU,
     [("March 12", "2020-03-12"), ("Thursday", "2020-03-12")]),
    ("BERLIN, March 11 (dpa) - The cabinet met on Wednesday evening.", THU,
     [("March 11", "2020-03-11"), ("Wednesday evening", "2020-03-11TEV")]),
    ("NEW YORK--(BUSINESS WIRE)--Mar. 12, 2020-- Acme Corp. (NYSE: ACM) today announced its fourth quarter results.", THU,
     [("Mar. 12, 2020", "2020-03-12"), ("today", "2020-03-12"), ("fourth quarter", "2019-Q4")]),
    ("For Immediate Release: March 12, 2020", THU, [("March 12, 2020", "2020-03-12")]),
    ("LONDON (Reuters) - British shares fell 4 percent by 1400 GMT on Thursday.", THU,
     [("1400 GMT", "2020-03-12T14:00Z"), ("Thursday", "2020-03-12")]),
    ("The announcement is due at 14:00 GMT.", THU, [("14:00 GMT", "2020-03-12T14:00Z")]),
    ("Trading resumes at 3 p.m. EDT.", THU, [("3 p.m. EDT", "2020-03-12T15:00")]),
    ("The curfew starts at 0900 local time on Friday.", THU, [("0900", "2020-03-13T09:00"), ("Friday", "2020-03-13")]),
    ("The launch is set for 9:30 a.m. ET (1330 GMT) on Saturday.", THU,
     [("9:30 a.m. ET", "2020-03-14T09:30"), ("1330 GMT", "2020-03-14T13:30Z"), ("Saturday", "2020-03-14")]),
    ("The quake struck at 0546 GMT on Thursday.", THU, [("0546 GMT", "2020-03-12T05:46Z"), ("Thursday", "2020-03-12")]),
    ("The match kicks off at 19:45 CET.", THU, [("19:45 CET", "2020-03-12T19:45")]),
    ("The flight leaves at 23:55 and lands at 06:10 the next day.", THU,
     [("23:55", "2020-03-12T23:55"), ("06:10", "2020-03-13T06:10"), ("the next day", "2020-03-13")]),
]

GAPS: list[Gap] = [
    ("Posted 12 Mar 20 by the editor.", THU, [("12 Mar 20", "2020-03-12")],
     "a two-digit year after a day and an abbreviated month is not read ('12 Mar 20 people' is a count)"),
    ("The call centre is staffed Monday through Friday.", THU, [("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")],
     "habitual opening days (a present of what always holds) are read as this week's Monday and Friday; "
     "TimeML writes a weekday that recurs as XXXX-WXX-n"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_formats(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_formats_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
    assert len(CASES) >= 60
