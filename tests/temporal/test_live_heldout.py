"""Live blogs, timeline boxes and "on this day" features, annotated by hand (TimeML 1.2 / TempEval-3).

Texts written for this test (not copied from any corpus) in the forms news sites publish: live-blog entries
headed by a clock time ("14:05 GMT", "3.15pm", "Update, 2:15 p.m. ET:") or an age stamp ("1h ago",
"Updated 23 minutes ago"), "Key events" lists (newest first), timeline boxes under year headings ("2019" then
"March: ..."), and anniversary pieces ("On this day in 1969", "Thirty years ago today", "75 years ago this
week"). Several publication references carry a clock time (``2020-03-12T15:40``): then an age stamp is a
minute, and hours or minutes "ago" inside an entry count from the clock time heading that entry.

Conventions: extents without leading prepositions ("On this day in 1969" is tagged "this day in 1969", the
publication's day and month in 1969); a zone written after the time is in the extent, and values are the wall
clock as written ("14:05 GMT" -> T14:05Z); "the 75th anniversary of D-Day" has no date of its own beyond
D-Day; "Day 1:" / "Week 3:" of an ordeal name no calendar date and are left out here. Each case asserts the
engine's whole output; known gaps are strict xfails with their reason.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

BLOG = "2020-03-12T15:40"  # a Thursday afternoon, the blog read at 15:40
THU = "2020-03-12"

CASES: list[tuple[str, str, Expected]] = [
    # ---- entry heads: a clock time opening a line is a time on the blog's day
    ("14:05 GMT\nThe prime minister has arrived in Downing Street.", BLOG, [("14:05 GMT", "2020-03-12T14:05Z")]),
    ("3.15pm\nShares in airlines fell again this afternoon.", BLOG,
     [("3.15pm", "2020-03-12T15:15"), ("this afternoon", "2020-03-12TAF")]),
    ("Update, 9:40 a.m. ET: The governor said earlier today that schools will close.", BLOG,
     [("9:40 a.m. ET", "2020-03-12T09:40"), ("earlier today", "2020-03-12")]),
    ("09:40 ET\nMarkets opened lower this morning, an hour ago.", BLOG,
     [("09:40 ET", "2020-03-12T09:40"), ("this morning", "2020-03-12TMO"), ("an hour ago", "2020-03-12T08:40")]),
    ("Update 3.47pm: The vote will take place at 7pm tonight.", THU,
     [("3.47pm", "2020-03-12T15:47"), ("7pm tonight", "2020-03-12T19:00")]),
    ("17:22\nThe minister spoke at 5pm. He said he had been in talks since 9am.", THU,
     [("17:22", "2020-03-12T17:22"), ("5pm", "2020-03-12T17:00"), ("9am", "2020-03-12T09:00")]),
    ("Live: 12:45 BST\nMinisters are meeting now.", BLOG, [("12:45 BST", "2020-03-12T12:45"), ("now", "PRESENT_REF")]),
    # the blog's date line over an entry head: two expressions, never one across the line break
    ("Live updates, March 12\n14:05 The mayor spoke a few minutes ago.", THU,
     [("March 12", "2020-03-12"), ("14:05", "2020-03-12T14:05"), ("a few minutes ago", "PAST_REF")]),
    ("Thursday\n14:05 The mayor spoke.", THU, [("Thursday", "2020-03-12"), ("14:05", "2020-03-12T14:05")]),
    ("Live, 12 March 2020\n14:05 Talks resume.", THU, [("12 March 2020", "2020-03-12"), ("14:05", "2020-03-12T14:05")]),
    ("Russia-Ukraine live: 24 February\n06:51 Explosions were heard in Kyiv shortly after 5am local time.\n"
     "06:30 Putin announced a \"special military operation\" in a televised address an hour ago.", "2022-02-24",
     [("24 February", "2022-02-24"), ("06:51", "2022-02-24T06:51"), ("5am", "2022-02-24T05:00"),
      ("06:30", "2022-02-24T06:30"), ("an hour ago", "2022-02-24T05:30")]),
    # a Guardian-style blog: first-published stamp, entries newest first
    ("Coronavirus live: WHO declares pandemic\nFirst published on Wed 11 Mar 2020 06.12 GMT\n\n18.02 GMT\n"
     "The US president will address the nation at 9pm ET tonight.\n\n17.40 GMT\n"
     "Italy's death toll rose by 196 in the past 24 hours.", "2020-03-11T18:10",
     [("Wed 11 Mar 2020", "2020-03-11"), ("06.12 GMT", "2020-03-11T06:12Z"), ("18.02 GMT", "2020-03-11T18:02Z"),
      ("9pm ET tonight", "2020-03-11T21:00"), ("17.40 GMT", "2020-03-11T17:40Z"), ("the past 24 hours", "PT24H")]),
    ("Last modified on Thu 12 Mar 2020 15.40 GMT", BLOG, [("Thu 12 Mar 2020", "2020-03-12"), ("15.40 GMT", "2020-03-12T15:40Z")]),
    # the next entry head is on the blog's day, not on the day the entry before it looked ahead to
    ("4.02pm\nThe Premier League has called an emergency meeting for tomorrow morning.\n\n3.48pm\n"
     "The Masters golf tournament has been postponed.", BLOG,
     [("4.02pm", "2020-03-12T16:02"), ("tomorrow morning", "2020-03-13TMO"), ("3.48pm", "2020-03-12T15:48")]),
    # US style: entries newest first, each minutes "ago" counted from its entry's own time
    ("Update, 2:15 p.m. ET: Protesters breached the Capitol building about 15 minutes ago, Capitol Police said.\n\n"
     "Update, 1:50 p.m. ET: Lawmakers began counting the electoral votes at 1 p.m.", "2021-01-06T16:30",
     [("2:15 p.m. ET", "2021-01-06T14:15"), ("about 15 minutes ago", "2021-01-06T14:00"),
      ("1:50 p.m. ET", "2021-01-06T13:50"), ("1 p.m.", "2021-01-06T13:00")]),
    # a "Key events" list runs newest first: an earlier line-head time is the same day, not the next morning
    ("Key events\n14:05 Talks resume\n12:30 Minister arrives\n09:15 Strike begins", THU,
     [("14:05", "2020-03-12T14:05"), ("12:30", "2020-03-12T12:30"), ("09:15", "2020-03-12T09:15")]),
    ("Key events\n22:40 Fire reported at the warehouse\n23:15 Forty firefighters at the scene", THU,
     [("22:40", "2020-03-12T22:40"), ("23:15", "2020-03-12T23:15")]),
    ("Show key events only\n08:41\nThe count in Pennsylvania will continue through Friday, officials said "
     "earlier this morning.", "2020-11-04T09:00",
     [("08:41", "2020-11-04T08:41"), ("Friday", "2020-11-06"), ("earlier this morning", "2020-11-04TMO")]),
    # ---- age stamps: counted from the publication; a minute when the reference has a time of day
    ("Updated 1h ago", BLOG, [("1h ago", "2020-03-12T14:40")]),
    ("45m ago\nThe speaker suspended the sitting.", BLOG, [("45m ago", "2020-03-12T14:55")]),
    ("23 min ago\nPolice have closed the road.", BLOG, [("23 min ago", "2020-03-12T15:17")]),
    ("Posted 1 hr ago by our correspondent.", BLOG, [("1 hr ago", "2020-03-12T14:40")]),
    ("3d ago\nFlood warnings remain in place.", BLOG, [("3d ago", "2020-03-09")]),
    ("Updated 2h ago", THU, [("2h ago", "2020-03-12")]),  # no time of day known: the day
    ("Key events\n2h ago Biden wins Wisconsin, networks project\n5h ago Trump claims victory\n"
     "Yesterday 23:58 Polls close in Alaska", "2020-11-04T09:00",
     [("2h ago", "2020-11-04T07:00"), ("5h ago", "2020-11-04T04:00"), ("Yesterday 23:58", "2020-11-03T23:58")]),
    ("1h ago\n14:32\nThe minister said he had spoken to the mayor earlier today.", BLOG,
     [("1h ago", "2020-03-12T14:40"), ("14:32", "2020-03-12T14:32"), ("earlier today", "2020-03-12")]),
    ("45m ago\nAs of 3pm, 590 cases had been confirmed.", BLOG, [("45m ago", "2020-03-12T14:55"), ("3pm", "2020-03-12T15:00")]),
    ("Updated 23 minutes ago\nThe airspace over Ukraine was closed to civilian flights at 03:45.", "2022-02-24T07:00",
     [("23 minutes ago", "2022-02-24T06:37"), ("03:45", "2022-02-24T03:45")]),
    ("The run took 1h22 in the rain.", THU, []),
    ("The club paid £5m two years ago.", THU, [("two years ago", "2018")]),
    ("Breaking: 12:05pm\nThe Dow fell 2,000 points at the open, 2.5 hours ago.", BLOG,
     [("12:05pm", "2020-03-12T12:05"), ("2.5 hours ago", "2020-03-12T09:35")]),
    # an entry's own words, no clock head: counted from the publication
    ("The prime minister will hold a press conference at 5pm. Earlier today, the cabinet met at noon.", BLOG,
     [("5pm", "2020-03-12T17:00"), ("Earlier today", "2020-03-12"), ("noon", "2020-03-12T12:00")]),
    ("Our reporter was at the scene an hour ago. This morning, officials confirmed three deaths.", BLOG,
     [("an hour ago", "2020-03-12T14:40"), ("This morning", "2020-03-12TMO")]),
    ("We're closing this blog now. Thanks for following. We'll be back tomorrow morning.", "2020-03-12T21:10",
     [("now", "PRESENT_REF"), ("tomorrow morning", "2020-03-13TMO")]),
    ("Summary\nIt's just gone 4pm here in London. Here's what's happened so far today:", THU,
     [("4pm", "2020-03-12T16:00"), ("today", "2020-03-12")]),
    # ---- timeline boxes: month lines take the year heading above them
    ("Timeline: how the crisis unfolded\n2019\nMarch 3 - Talks collapse.\nJune 12 - Protests begin.\n"
     "December 1 - Deal signed.", THU,
     [("2019", "2019"), ("March 3", "2019-03-03"), ("June 12", "2019-06-12"), ("December 1", "2019-12-01")]),
    ("2017\nMarch: The first protests.\nJuly: The government falls.\n2018\nJanuary: Elections.\nMay: A new cabinet.", THU,
     [("2017", "2017"), ("March", "2017-03"), ("July", "2017-07"), ("2018", "2018"), ("January", "2018-01"),
      ("May", "2018-05")]),
    ("2019\nMarch: The first protests.\nJune: Hundreds of thousands march.\nNovember: Pro-democracy candidates "
     "win local elections.", THU, [("2019", "2019"), ("March", "2019-03"), ("June", "2019-06"), ("November", "2019-11")]),
    ("2019\n- March - Talks collapse.\n- May - Talks resume.", THU, [("2019", "2019"), ("March", "2019-03"), ("May", "2019-05")]),
    ("2008\nSeptember 15: Lehman Brothers collapses.\nOctober: Governments rescue banks.\n2009\nApril: G20 summit "
     "in London.", THU,
     [("2008", "2008"), ("September 15", "2008-09-15"), ("October", "2008-10"), ("2009", "2009"), ("April", "2009-04")]),
    ("Timeline: the race to the moon\n1957\nOctober 4 - The Soviet Union launches Sputnik.\n1961\nApril 12 - Yuri "
     "Gagarin orbits the Earth.\nMay 25: Kennedy pledges a moon landing before the decade is out.\n1969\n"
     "July 16 - Apollo 11 lifts off.", "2019-07-20",
     [("1957", "1957"), ("October 4", "1957-10-04"), ("1961", "1961"), ("April 12", "1961-04-12"),
      ("May 25", "1961-05-25"), ("1969", "1969"), ("July 16", "1969-07-16")]),
    ("How the referendum unfolded\nJan. 23, 2013 -- David Cameron promises a vote.\nMay 7, 2015 -- The "
     "Conservatives win a majority.\nFeb. 20, 2016 -- The date is set.\nJune 23, 2016 -- Britain votes to leave.",
     "2016-06-24",
     [("Jan. 23, 2013", "2013-01-23"), ("May 7, 2015", "2015-05-07"), ("Feb. 20, 2016", "2016-02-20"),
      ("June 23, 2016", "2016-06-23")]),
    ("Late 2018: First reports of problems.\nSummer 2019 – The inquiry opens.\nEarly 2020: The report is published.",
     THU, [("Late 2018", "2018"), ("Summer 2019", "2019-SU"), ("Early 2020", "2020")]),
    ("How it unfolded\nAugust 2014 - First strike.\nSpring 2015 - Talks.\nMid-2016 - Agreement.", THU,
     [("August 2014", "2014-08"), ("Spring 2015", "2015-SP"), ("Mid-2016", "2016")]),
    ("Timeline\n1989 - The wall falls.\n1990\nOctober 3 - Germany reunites.\n1991\nJune - The capital moves to Berlin.",
     THU, [("1989", "1989"), ("1990", "1990"), ("October 3", "1990-10-03"), ("1991", "1991"), ("June", "1991-06")]),
    # a capitalised "May:" or "March:" opening a line outside a chronology stays a name or a word
    ("May: We will deliver Brexit.\nCorbyn: No you won't.", THU, []),
    ("March: a column by our walking correspondent.", THU, []),
    # ---- anniversary pieces
    ("On this day in 1969, Neil Armstrong became the first person to walk on the moon. Four days later the crew "
     "returned.", "2019-07-20", [("this day in 1969", "1969-07-20"), ("Four days later", "1969-07-24")]),
    ("On this date in 1989, the border opened. The next morning, crowds chipped at the wall.", "2019-11-09",
     [("this date in 1989", "1989-11-09"), ("The next morning", "1989-11-10TMO")]),
    ("On this day 50 years ago, Apollo 11 landed on the moon.", "2019-07-20", [("this day 50 years ago", "1969-07-20")]),
    ("On this day last year, the bridge collapsed.", BLOG, [("this day last year", "2019-03-12")]),
    ("This week in 1970: the Beatles split.", THU, [("This week in 1970", "1970-W11")]),
    ("Key events:\n- 4h ago: Talks collapse\n- 6h ago: Strike called", THU, [("4h ago", "2020-03-12"), ("6h ago", "2020-03-12")]),
    ("2019\nJan: Talks begin.\nMar: Talks stall.\nDec: Deal done.", THU,
     [("2019", "2019"), ("Jan", "2019-01"), ("Mar", "2019-03"), ("Dec", "2019-12")]),
    ("As it happened: March 11, 2020\n11:58 p.m.: The NBA suspends its season.\n10:45 p.m.: Tom Hanks says he "
     "has the virus.", BLOG,
     [("March 11, 2020", "2020-03-11"), ("11:58 p.m.", "2020-03-11T23:58"), ("10:45 p.m.", "2020-03-11T22:45")]),
    ("12.34pm GMT\nHere's a summary of the day so far. Three hours ago the WHO said Europe was now the epicentre.",
     BLOG, [("12.34pm GMT", "2020-03-12T12:34Z"), ("Three hours ago", "2020-03-12T09:34"), ("now", "PRESENT_REF")]),
    ("Thirty years ago today, the Berlin Wall fell. That night, thousands crossed the border.", "2019-11-09",
     [("Thirty years ago today", "1989-11-09"), ("That night", "1989-11-09TNI")]),
    ("It was 75 years ago this week that allied troops landed in Normandy.", "2019-06-06",
     [("75 years ago this week", "1944-W23")]),
    ("Forty years ago this month, the hostages were seized.", "2019-11-09", [("Forty years ago this month", "1979-11")]),
    ("Seventy-five years ago today, 156,000 troops landed in Normandy. By nightfall, they had a foothold.",
     "2019-06-06", [("Seventy-five years ago today", "1944-06-06"), ("nightfall", "1944-06-06TEV")]),
    ("Twenty years ago today, four planes were hijacked. That morning, the sky over New York was a brilliant blue. "
     "Since that day, the city has rebuilt.", "2021-09-11",
     [("Twenty years ago today", "2001-09-11"), ("That morning", "2001-09-11TMO"), ("that day", "2001-09-11")]),
    ("Veterans gathered on Thursday for the 75th anniversary of D-Day. Every year since, they have returned to the "
     "beaches.", "2019-06-06", [("Thursday", "2019-06-06"), ("D-Day", "1944-06-06"), ("Every year", "P1Y")]),
    ("Today marks 50 years since the moon landing.", "2019-07-20", [("Today", "2019-07-20"), ("50 years", "P50Y")]),
    ("It is 30 years since the wall fell on November 9, 1989.", "2019-11-09",
     [("30 years", "P30Y"), ("November 9, 1989", "1989-11-09")]),
    ("From the archive, 12 March 1970: Students occupy the library.", THU, [("12 March 1970", "1970-03-12")]),
    ("It was a year ago today that the WHO declared a pandemic.", "2021-03-11", [("a year ago today", "2020-03-11")]),
    ("From 11:30\nThe session will resume at half past two.", BLOG,
     [("11:30", "2020-03-12T11:30"), ("half past two", "2020-03-12T14:30")]),
]

GAPS: list[Gap] = [
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_live_blogs_timelines_and_anniversaries(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_live_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) and len(texts) >= 40
