"""Which year, which week: underspecified dates in held-out news and posts, annotated by hand.

Bare months ("in January", "by September"), month-days without a year ("on Oct. 31",
"March 5-7"), weekdays ("Friday", "by Monday", "as soon as Tuesday"), seasons and holidays
("last spring", "this Christmas", "at Easter") and "last/next/this" with a month or weekday,
written for this test (not copied from any corpus) in the style of wire news, business and
sports copy and of tweets, often with a publication date (DCT) at a year boundary. Values
follow TimeML 1.2 / TempEval-3 as a careful annotator reads the clause: its tense
(past, future, present perfect, "will", "is expected to", "plans to", "is due"), reported
speech, the future seen from the past ("had said the vote would be held Monday", "would
tumble as soon as trading opened Monday"), conditionals, and the present of headlines and
previews ("Obama meets Merkel Monday"). Extents leave out leading prepositions. Each case
asserts the engine's whole output, so spurious tags fail too; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import found, texts_of

FRI_DEC_19 = "2014-12-19"   # a December DCT: "in January" is the coming one
MON_DEC_29 = "2014-12-29"
FRI_JAN_02 = "2015-01-02"
TUE_JAN_06 = "2015-01-06"   # a January DCT: "in December" is the one just over
FRI_MAR_13 = "2015-03-13"   # weekdays: Monday is four days back or three ahead
MON_MAR_16 = "2015-03-16"
MON_JUN_30 = "2014-06-30"
WED_DEC_30 = "2015-12-30"
MON_JAN_04 = "2016-01-04"

Case = tuple[str, str, list[tuple[str, str]]]

CASES: list[Case] = [
    # ---- bare months across the turn of the year
    ("The company said it expects to close the acquisition in January, pending regulatory approval.",
     FRI_DEC_19, [("January", "2015-01")]),
    ("Retail sales rose 0.7 percent in November, the Commerce Department said Friday.", FRI_DEC_19,
     [("November", "2014-11"), ("Friday", "2014-12-19")]),
    ("The new tax rules take effect in January.", FRI_DEC_19, [("January", "2015-01")]),
    ("The agency plans to publish the report in January.", FRI_DEC_19, [("January", "2015-01")]),
    ("Shoppers spent less than expected in December, a survey released Tuesday showed.", TUE_JAN_06,
     [("December", "2014-12"), ("Tuesday", "2015-01-06")]),
    ("The ministry said exports fell sharply in November and December.", TUE_JAN_06,
     [("November", "2014-11"), ("December", "2014-12")]),
    ("Lawmakers return from their holiday recess in February.", TUE_JAN_06, [("February", "2015-02")]),
    ("He last played in October, when he injured his knee.", TUE_JAN_06, [("October", "2014-10")]),
    ("The Fed is widely expected to raise rates by September.", MON_DEC_29, [("September", "2015-09")]),
    ("The band will tour Europe in March and April before heading to Asia.", MON_DEC_29,
     [("March", "2015-03"), ("April", "2015-04")]),
    ("Parliament debated the bill in December.", MON_JAN_04, [("December", "2015-12")]),
    ("Parliament will debate the bill in December, the speaker said.", MON_JAN_04, [("December", "2016-12")]),
    ("december was rough ngl", "2016-01-03", [("december", "2015-12")]),
    ("bring on january, so ready for a fresh start", "2015-12-29", [("january", "2016-01")]),
    # an irregular past verb governing "in <month>" (with an amount between) weighs as "-ed" does:
    # in December, "rose ... in January" is the January before
    ("Exports rose 12 percent in January, the ministry said.", FRI_DEC_19, [("January", "2014-01")]),
    ("Unemployment fell to 7.7 percent in January from 7.9 percent a year earlier.", FRI_DEC_19,
     [("January", "2014-01"), ("a year earlier", "2013-01")]),
    # a month that opens a range of months takes the year of the month that closes it
    ("Output rose 8 percent from January to June this year.", FRI_DEC_19, [("January", "2014-01"),
                                                                          ("June this year", "2014-06")]),
    ("Rainfall was below average between November and February 2015.", TUE_JAN_06,
     [("November", "2014-11"), ("February 2015", "2015-02")]),
    ("Imports in the January–October period of 2014 totaled $80 billion.", TUE_JAN_06,
     [("January", "2014-01"), ("October", "2014-10"), ("2014", "2014")]),
    # the months of a period named with its year after it
    ("Exports in the April-June period last year rose 3 percent.", FRI_DEC_19,
     [("April", "2013-04"), ("June", "2013-06"), ("last year", "2013")]),
    ("Sales in the January-March quarter of 2012 were flat.", FRI_DEC_19,
     [("the January-March quarter of 2012", "2012-Q1")]),
    ("Output in the July-September period of 2012 fell.", FRI_DEC_19,
     [("July", "2012-07"), ("September", "2012-09"), ("2012", "2012")]),
    # a state that holds now lasts until the date: the date is not over
    ("The exhibition is open daily from 10 a.m. to 6 p.m. through Jan. 5.", FRI_MAR_13,
     [("daily", "P1D"), ("10 a.m.", "2015-03-13T10:00"), ("6 p.m.", "2015-03-13T18:00"), ("Jan. 5", "2016-01-05")]),
    ("The coastal road remains closed until March 1, officials said.", FRI_MAR_13, [("March 1", "2016-03-01")]),
    ("The offer is valid until February 28.", FRI_MAR_13, [("February 28", "2016-02-28")]),
    ("The exhibition was open through Jan. 5 and drew 40,000 visitors.", FRI_MAR_13, [("Jan. 5", "2015-01-05")]),
    # the present of "be" before the date: what is set for it is ahead
    ("The filing deadline is midnight on Jan. 31.", FRI_MAR_13, [("midnight on Jan. 31", "2016-01-31T24:00")]),
    ("The vote is set for Feb. 10, the party said.", FRI_MAR_13, [("Feb. 10", "2016-02-10")]),
    ("The filing deadline was Jan. 31.", FRI_MAR_13, [("Jan. 31", "2015-01-31")]),
    # "since January": the month has begun, so in December it is this year's January
    ("Since January, the index has risen 11 percent.", FRI_DEC_19, [("January", "2014-01")]),
    ("The index has gained 9 percent since January.", WED_DEC_30, [("January", "2015-01")]),
    # a conditional in a post; "September I can ..." is the pronoun, not a surname
    ("Damn if my enlistment is at September I can train for 1 more tournament.", MON_JUN_30,
     [("September", "2014-09")]),
    ("Going to Vegas in August, who's in?", MON_JUN_30, [("August", "2014-08")]),
    ("Last July was the hottest month on record here.", MON_JUN_30, [("Last July", "2013-07")]),
    ("This October marks ten years since we opened the shop.", MON_JUN_30,
     [("This October", "2014-10"), ("ten years", "P10Y")]),
    # ---- month and day without a year
    ("The vote was held on Dec. 18, two days before the deadline.", TUE_JAN_06,
     [("Dec. 18", "2014-12-18"), ("two days", "P2D")]),
    ("The festival runs March 5-7 in Austin.", TUE_JAN_06, [("March 5-7", "2015-03-05")]),
    ("The shop will be closed Dec. 24 through Jan. 2.", FRI_DEC_19,
     [("Dec. 24", "2014-12-24"), ("Jan. 2", "2015-01-02")]),
    ("The merger was announced on Oct. 31.", FRI_DEC_19, [("Oct. 31", "2014-10-31")]),
    ("The company will report earnings on Jan. 29.", TUE_JAN_06, [("Jan. 29", "2015-01-29")]),
    ("The company will report fourth-quarter earnings on Jan. 29.", FRI_DEC_19,
     [("fourth-quarter", "2014-Q4"), ("Jan. 29", "2015-01-29")]),
    ("The law was passed in December and takes effect Jan. 1.", WED_DEC_30,
     [("December", "2015-12"), ("Jan. 1", "2016-01-01")]),
    ("Sales were strong over the holidays, especially on Dec. 26.", MON_JAN_04, [("Dec. 26", "2015-12-26")]),
    ("The deadline for filing is Jan. 15.", "2015-12-28", [("Jan. 15", "2016-01-15")]),
    ("The attack on Dec. 3 killed 14 people.", MON_JAN_04, [("Dec. 3", "2015-12-03")]),
    ("The next hearing is set for Dec. 3.", MON_JAN_04, [("Dec. 3", "2016-12-03")]),
    # ---- weekdays: tense, reported speech, the future seen from the past
    ("Kerry arrived in Cairo on Thursday and is scheduled to fly to Riyadh on Sunday.", FRI_MAR_13,
     [("Thursday", "2015-03-12"), ("Sunday", "2015-03-15")]),
    ("The strike will last until Thursday, union leaders said.", FRI_MAR_13, [("Thursday", "2015-03-19")]),
    ("The Senate is due to vote on the bill Tuesday.", FRI_MAR_13, [("Tuesday", "2015-03-17")]),
    ("The Dow fell 145 points Wednesday after the Fed minutes were released.", FRI_MAR_13,
     [("Wednesday", "2015-03-11")]),
    ("The company reported on Monday that profit fell 12 percent.", FRI_MAR_13, [("Monday", "2015-03-09")]),
    ("Police have arrested two suspects since Tuesday.", FRI_MAR_13, [("Tuesday", "2015-03-10")]),
    ("Tickets go on sale Saturday.", FRI_MAR_13, [("Saturday", "2015-03-14")]),
    ("Officials had said the vote would be held Monday, but it was postponed.", FRI_MAR_13,
     [("Monday", "2015-03-16")]),
    ("The company said it would announce results Tuesday.", FRI_MAR_13, [("Tuesday", "2015-03-17")]),
    # "as soon as Tuesday": the earliest day ahead, whatever tense the reporting verb has
    ("Talks could resume as soon as Tuesday, a spokesman said.", FRI_MAR_13, [("Tuesday", "2015-03-17")]),
    # a past tense after "as soon as" under "would" is the future seen from the past
    ("Analysts had predicted the shares would tumble as soon as trading opened Monday.", FRI_MAR_13,
     [("Monday", "2015-03-16")]),
    ("Traders said prices would jump once the market reopened Tuesday.", FRI_MAR_13,
     [("Tuesday", "2015-03-17")]),
    # the present of headlines and previews: what is scheduled
    ("He and Defense Minister Moshe Arens meet separately Monday with the secretary of state before "
     "next week's talks in Geneva.", FRI_MAR_13, [("Monday", "2015-03-16"), ("next week", "2015-W12")]),
    ("Obama meets Merkel Monday to discuss the Ukraine crisis.", FRI_MAR_13, [("Monday", "2015-03-16")]),
    ("Apple unveils its new watch Monday in San Francisco.", FRI_MAR_13, [("Monday", "2015-03-16")]),
    ("The president travels to Kenya on Tuesday.", FRI_MAR_13, [("Tuesday", "2015-03-17")]),
    ("Arsenal hosts Chelsea on Sunday.", FRI_MAR_13, [("Sunday", "2015-03-15")]),
    ("The team lost on Wednesday and plays again on Saturday.", FRI_MAR_13,
     [("Wednesday", "2015-03-11"), ("Saturday", "2015-03-14")]),
    ("The central bank meets Thursday and is widely expected to hold rates.", "2015-03-11",
     [("Thursday", "2015-03-12")]),
    ("The report is due Monday.", FRI_MAR_13, [("Monday", "2015-03-16")]),
    ("Markets were closed Monday for a holiday.", FRI_MAR_13, [("Monday", "2015-03-09")]),
    ("Stocks rose Friday as oil prices recovered.", MON_MAR_16, [("Friday", "2015-03-13")]),
    ("The company will hold its annual meeting Friday.", MON_MAR_16, [("Friday", "2015-03-20")]),
    ("He said he would resign Friday if the vote failed.", MON_MAR_16, [("Friday", "2015-03-20")]),
    ("By Monday, the rebels had taken the town.", FRI_MAR_13, [("Monday", "2015-03-09")]),
    ("Last Monday the index fell 2 percent.", FRI_MAR_13, [("Last Monday", "2015-03-09")]),
    ("Next Tuesday's meeting has been canceled.", FRI_MAR_13, [("Next Tuesday", "2015-03-17")]),
    ("This Sunday we vote.", FRI_MAR_13, [("This Sunday", "2015-03-15")]),
    ("can't wait for friday!!! beach time", MON_JUN_30, [("friday", "2014-07-04")]),
    ("Got my results back on Friday, passed everything", MON_JUN_30, [("Friday", "2014-06-27")]),
    ("omg this weather, can't believe it snowed on tuesday", FRI_MAR_13, [("tuesday", "2015-03-10")]),
    ("who's coming to the game sunday??", FRI_MAR_13, [("sunday", "2015-03-15")]),
    # ---- seasons and holidays
    ("Sales at the chain slumped over Christmas, the company said.", FRI_JAN_02, [("Christmas", "2014-12-25")]),
    ("Families are expected to spend more this Christmas than last year.", FRI_DEC_19,
     [("this Christmas", "2014-12-25"), ("last year", "2013")]),
    ("The museum will reopen at Easter after a two-year renovation.", "2015-03-20",
     [("Easter", "2015-04-05"), ("two-year", "P2Y")]),
    # "will be home for Christmas" in March: the coming one, not the one 79 days back
    ("If the deployment ends in September I will be home for Christmas.", FRI_MAR_13,
     [("September", "2015-09"), ("Christmas", "2015-12-25")]),
    ("The new terminal is expected to open by Thanksgiving.", "2015-01-15", [("Thanksgiving", "2015-11-26")]),
    ("Prices fell last spring and have yet to recover.", "2015-05-12", [("last spring", "2014-SP")]),
    ("The team hopes to sign him next spring.", "2015-05-12", [("next spring", "2016-SP")]),
    ("The company expects to hire 500 workers this fall.", "2015-07-20", [("this fall", "2015-FA")]),
    ("Enrollment dropped last fall.", "2015-07-20", [("last fall", "2014-FA")]),
    ("Construction began in the fall and should be finished by summer.", "2015-01-20",
     [("the fall", "2014-FA"), ("summer", "2015-SU")]),
    ("Construction will begin in the spring.", "2015-11-20", [("the spring", "2016-SP")]),
    ("home for christmas finally!!", "2015-12-20", [("christmas", "2015-12-25")]),
    ("Black Friday deals started on Thanksgiving.", "2014-11-28",
     [("Black Friday", "2014-11-28"), ("Thanksgiving", "2014-11-27")]),
    ("online sales on cyber monday beat last year's record", "2014-12-02",
     [("cyber monday", "2014-12-01"), ("last year", "2013")]),
    # ---- more turns of the year, deadlines and schedules
    ("Starting Jan. 1, customers will pay $2 more a month.", FRI_DEC_19, [("Jan. 1", "2015-01-01")]),
    ("Lawmakers have until Jan. 15 to pass a budget.", FRI_DEC_19, [("Jan. 15", "2015-01-15")]),
    ("The program expired Dec. 1.", FRI_DEC_19, [("Dec. 1", "2014-12-01")]),
    ("The company's fiscal year ends Jan. 31.", FRI_DEC_19, [("Jan. 31", "2015-01-31")]),
    ("Police said the suspect was arrested Dec. 28 in Ohio.", TUE_JAN_06, [("Dec. 28", "2014-12-28")]),
    ("In December, the jobless rate fell to 5.6 percent.", TUE_JAN_06, [("December", "2014-12")]),
    ("The January contract for crude oil fell $1.20.", FRI_DEC_19, [("January", "2015-01")]),
    ("WASHINGTON (AP) — Employers added 252,000 jobs in December, capping the best year for hiring "
     "since 1999.", "2015-01-09", [("December", "2014-12"), ("1999", "1999")]),
    ("Obama will unveil the plan Tuesday in Tennessee.", "2015-01-09", [("Tuesday", "2015-01-13")]),
    ("Obama unveiled the plan Tuesday in Tennessee.", "2015-01-09", [("Tuesday", "2015-01-06")]),
    ("The minister resigned Monday and will be replaced Wednesday.", FRI_MAR_13,
     [("Monday", "2015-03-09"), ("Wednesday", "2015-03-18")]),
    ("The two leaders were meeting Monday in Brussels when the news broke.", FRI_MAR_13,
     [("Monday", "2015-03-09")]),
    ("Greece has until Monday to submit its reform list.", FRI_MAR_13, [("Monday", "2015-03-16")]),
    ("A decision is expected Monday.", FRI_MAR_13, [("Monday", "2015-03-16")]),
    ("The results, which are expected Monday, will show a rise.", FRI_MAR_13, [("Monday", "2015-03-16")]),
    ("Schools reopened Monday after the storm.", FRI_MAR_13, [("Monday", "2015-03-09")]),
    ("He was expected to arrive Friday.", "2015-03-11", [("Friday", "2015-03-13")]),
    ("The vote, originally set for Thursday, has been postponed to Monday.", "2015-03-11",
     [("Thursday", "2015-03-12"), ("Monday", "2015-03-16")]),
    ("The trial is set for Tuesday in federal court.", FRI_MAR_13, [("Tuesday", "2015-03-17")]),
    ("On Monday the court will hear arguments; on Tuesday it ruled on bail.", "2015-03-14",
     [("Monday", "2015-03-16"), ("Tuesday", "2015-03-10")]),
    # "this summer" in January: the coming one in a future clause, the nearest otherwise
    ("This summer, the team will move to a new stadium.", TUE_JAN_06, [("This summer", "2015-SU")]),
    ("This summer was the wettest in a decade.", "2015-01-07", [("This summer", "2014-SU"), ("a decade", "P10Y")]),
    ("The law, passed in the fall, takes effect this spring.", FRI_MAR_13,
     [("the fall", "2014-FA"), ("this spring", "2015-SP")]),
    ("The store was busy at Christmas.", TUE_JAN_06, [("Christmas", "2014-12-25")]),
    ("The company will cut prices after Easter.", TUE_JAN_06, [("Easter", "2015-04-05")]),
    ("He retired last summer.", WED_DEC_30, [("last summer", "2015-SU")]),
    ("He said he had visited the site on Tuesday and would return Thursday.", FRI_MAR_13,
     [("Tuesday", "2015-03-10"), ("Thursday", "2015-03-19")]),
    ("She told reporters she would decide by Wednesday.", FRI_MAR_13, [("Wednesday", "2015-03-18")]),
    ("The company says it will close the plant in May.", FRI_MAR_13, [("May", "2015-05")]),
    ("Shares have fallen 30 percent since October.", FRI_MAR_13, [("October", "2014-10")]),
    ("The embassy has been closed since Feb. 11.", FRI_MAR_13, [("Feb. 11", "2015-02-11")]),
    ("next friday cant come soon enough", FRI_MAR_13, [("next friday", "2015-03-20")]),
    ("Finally saw the new Avengers trailer Sunday night, amazing", FRI_MAR_13, [("Sunday night", "2015-03-08TNI")]),
    # a headline's "X to <verb>" is what X will do (a bare "to" elsewhere is no cue)
    ("Obama to unveil plan Tuesday", "2015-01-09", [("Tuesday", "2015-01-13")]),
    # a past verb that governs "in <month>" dates a past event; a plan told in a past sentence may be ahead
    ("Parliament approved the budget in January, the minister said.", "2014-12-22", [("January", "2014-01")]),
    ("She was promoted in January.", FRI_DEC_19, [("January", "2014-01")]),
    ("The museum was closed until Jan. 5.", "2020-03-12", [("Jan. 5", "2020-01-05")]),
    # "have until": a deadline still to come
    ("Investors who lost money have until Dec. 31 to file claims.", "2020-03-12", [("Dec. 31", "2020-12-31")]),
    ("The dividend, approved last week, would be paid in January.", FRI_DEC_19, [("last week", "2014-W50"),
                                                                                ("January", "2015-01")]),
]

# Known gaps: (text, reference, expected, reason).
GAPS: list[tuple[str, str, list[tuple[str, str]], str]] = []  # none open; the last closed in session 6


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_year_choice(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
