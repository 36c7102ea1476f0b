"""Workplace and corporate communications, annotated by hand for held-out text.

Emails with their headers and quoted replies, memos, meeting minutes, project plans, earnings-call
transcripts and investor-relations releases, written for this test (not copied from any corpus) at
several reference dates, some with a time of day. Values follow TimeML 1.2 / TempEval-3. Office
shorthand in capitals is a date: "by EOD"/"COB" is the end of the current day, "EOW" the current
week, "EOM" the current month, "YTD" the current year so far (as "year-to-date" is), and "TTM" the
trailing twelve months (P12M, as "the trailing twelve months"); before a day ("EOD Friday", "COB
Thursday") the day alone is tagged, and the spelled-out "close of business" is left out, since
TimeBank makes "close" an event. Fiscal names ("FY24", "Q3 FY24", "1H24", "3Q23", "fiscal 2025")
carry the year written; "the September quarter" is the calendar quarter it ends. "ASAP", "sprint
14", "QoQ"/"YoY", "year over year", "sequentially", phone numbers and reference numbers are no
TIMEX. Extents leave out leading prepositions. Each case asserts the engine's whole output; known
gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

TUE = "2024-03-05T16:12"   # a Tuesday afternoon: email traffic
THU = "2023-10-26"         # a Thursday: a third-quarter earnings call
MON = "2024-07-08T09:00"   # a Monday morning: planning for the quarter
FRI = "2023-12-15"         # the Friday before the holidays
FEB = "2024-02-08"         # a Thursday: a fourth-quarter call

CASES: list[Case] = [
    # deadlines in office shorthand
    ("Hi all, please send me the revised deck by EOD.", TUE, [("EOD", "2024-03-05")]),
    ("Can you get me the updated numbers EOD Friday?", TUE, [("Friday", "2024-03-08")]),
    ("Legal needs the signed NDA back by COB Thursday.", TUE, [("Thursday", "2024-03-07")]),
    ("Submit your expense reports by close of business on the 14th.", TUE, [("the 14th", "2024-03-14")]),
    ("I'll have the draft to you by end of play tomorrow.", TUE, [("tomorrow", "2024-03-06")]),
    ("Please respond ASAP, the client is waiting.", TUE, []),
    ("We need a decision on the vendor by end of week.", MON, [("end of week", "2024-W28")]),
    ("Let's target EOW for the first cut of the memo.", MON, [("EOW", "2024-W28")]),
    ("All POs must be approved by EOM, no exceptions.", MON, [("EOM", "2024-07")]),
    ("The migration has to be done by the end of Q3.", MON, [("the end of Q3", "2024-Q3")]),
    ("Hiring stays paused until the start of the fourth quarter.", MON, [("the start of the fourth quarter", "2024-Q4")]),
    ("We want to close the deal before the holidays.", FRI, []),
    ("I'll call you first thing Monday to walk through the term sheet.", FRI, [("Monday", "2023-12-18")]),
    ("The deck will be in your inbox in the next hour.", TUE, [("the next hour", "PT1H")]),
    ("I'll circle back later today once I hear from finance.", TUE, [("later today", "2024-03-05")]),
    ("Action items from today's review are due Friday.", TUE, [("today", "2024-03-05"), ("Friday", "2024-03-08")]),
    ("Per our conversation yesterday, I've attached the revised SOW.", TUE, [("yesterday", "2024-03-04")]),
    # fiscal notation
    ("Revenue for FY24 came in at $4.2 billion.", MON, [("FY24", "2024")]),
    ("We expect FY2024 margins to expand by 150 basis points.", MON, [("FY2024", "2024")]),
    ("Q3 FY24 bookings rose 12% on strong renewals.", MON, [("Q3 FY24", "2024-Q3")]),
    ("1H24 revenue grew 8%, ahead of plan.", MON, [("1H24", "2024-H1")]),
    ("H2 2023 was softer than expected in Europe.", MON, [("H2 2023", "2023-H2")]),
    ("3Q23 EBITDA was $310 million.", THU, [("3Q23", "2023-Q3")]),
    ("Revenue in the September quarter rose 6% to $89.5 billion.", THU, [("the September quarter", "2023-Q3")]),
    ("YTD revenue is up 14% against budget.", MON, [("YTD", "2024")]),
    ("Year-to-date, we have hired 200 engineers.", MON, [("Year-to-date", "2024")]),
    ("Revenue grew 4% QoQ and 11% YoY.", THU, []),
    ("Opex was flat year over year.", THU, []),
    ("Free cash flow over the trailing twelve months was $1.1 billion.", THU,
     [("the trailing twelve months", "P12M")]),
    ("TTM revenue reached $9 billion.", THU, [("TTM", "P12M")]),
    ("Headcount will be frozen through the end of the fiscal year.", TUE, [("the end of the fiscal year", "2024")]),
    ("Inventory counts are taken at fiscal year-end.", MON, [("fiscal year-end", "2024")]),
    ("Our fiscal year ends on the last Saturday of September.", THU, [("the last Saturday of September", "2023-09-30")]),
    # meetings and plans
    ("Let's block the week of the 14th for the audit.", TUE, [("the week of the 14th", "2024-W11")]),
    ("The leadership offsite is the week of March 18.", TUE, [("the week of March 18", "2024-W12")]),
    ("I'll bring it up at our weekly sync.", MON, [("weekly", "P1W")]),
    ("The platform team demos every other Friday.", MON, [("every other Friday", "XXXX-WXX-5")]),
    ("We run biweekly retros with the design team.", MON, [("biweekly", "P2W")]),
    ("Each feature has to fit in a two-week sprint.", MON, [("two-week", "P2W")]),
    ("That ticket slipped to sprint 14.", MON, []),
    ("The Q2 roadmap is attached for review.", TUE, [("Q2", "2024-Q2")]),
    ("Either party may terminate the agreement with 90 days' notice.", MON, [("90 days", "P90D")]),
    ("We will revisit headcount in two weeks' time.", MON, [("two weeks", "2024-W30")]),
    ("See you at the 9:30 standup.", MON, [("9:30", "2024-07-08T09:30")]),
    ("The call is 10-10:30am PT.", MON, [("10", "2024-07-08T10:00"), ("10:30am PT", "2024-07-08T10:30")]),
    ("Minutes of the meeting held on 4 March 2024 at 10:00.", TUE, [("4 March 2024 at 10:00", "2024-03-04T10:00")]),
    ("The pilot ran for six weeks and ended last Friday.", TUE, [("six weeks", "P6W"), ("last Friday", "2024-03-01")]),
    ("Employees must complete the compliance training within 30 days of their start date.", MON,
     [("30 days", "P30D")]),
    ("The reorg takes effect July 1.", "2024-06-20", [("July 1", "2024-07-01")]),
    ("Please note the office will be closed on Monday, May 27, for Memorial Day.", "2024-05-20",
     [("Monday, May 27", "2024-05-27"), ("Memorial Day", "2024-05-27")]),
    # email headers and signatures
    ("Sent: Tuesday, March 5, 2024 4:12 PM", TUE, [("Tuesday, March 5, 2024 4:12 PM", "2024-03-05T16:12")]),
    ("On Mon, Mar 4, 2024 at 9:03 AM, Jane Doe wrote:", TUE, [("Mon, Mar 4, 2024 at 9:03 AM", "2024-03-04T09:03")]),
    ("Date: 2024-03-05T16:12:00-08:00", TUE, [("2024-03-05T16:12:00-08:00", "2024-03-05T16:12")]),
    ("I am out of office until 3/18 with limited access to email.", TUE, [("3/18", "2024-03-18")]),
    ("Tel. +1 212 555 0199 | Fax +1 212 555 0198", TUE, []),
    ("Ref: 2024-117", TUE, []),
    ("The memo, dated Feb. 27, was circulated to senior staff.", TUE, [("Feb. 27", "2024-02-27")]),
    # earnings calls and releases
    ("Revenue in the quarter rose 9% to a record $4.1 billion.", THU, [("the quarter", "2023-Q3")]),
    ("Gross margin improved 80 basis points sequentially.", THU, []),
    ("For the full year, we now expect revenue of $18 billion.", THU,
     [("the full year", "2023"), ("now", "PRESENT_REF")]),
    ("We are initiating guidance for fiscal 2025.", THU, [("fiscal 2025", "2025")]),
    ("We expect operating margins to expand over the next several quarters.", THU,
     [("the next several quarters", "PXQ")]),
    ("Sales rose 7% from the year-ago quarter.", THU, [("the year-ago quarter", "2022-Q3")]),
    ("For the fourth quarter, we expect revenue between $4.2 and $4.4 billion.", THU,
     [("the fourth quarter", "2023-Q4")]),
    ("The earnings call is scheduled for 5:00 p.m. ET on Thursday, October 26.", "2023-10-20",
     [("5:00 p.m. ET on Thursday, October 26", "2023-10-26T17:00")]),
    ("The company will host its annual investor day in New York on Nov. 9.", THU, [("Nov. 9", "2023-11-09")]),
]

GAPS: list[Gap] = [
    ("We exited the year with a run rate above $2 billion.", FEB, [("the year", "2023")],
     "'the year' as the object of 'exit'/'end'/'close' is not tagged (a bare 'the year' needs a cue)"),
    ("We have a hard stop at 11.", MON, [("11", "2024-07-08T11:00")],
     "a bare hour after 'at' with no a.m./p.m. or o'clock is left untagged (it is too often a count)"),
    ("New managers write a 30-60-90 day plan.", MON, [("30", "P30D"), ("60", "P60D"), ("90 day", "P90D")],
     "the first terms of a chain of durations sharing one unit ('30-60-90 day') are not tagged"),
    ("Tuesday's all-hands has been moved to 3 p.m.", MON,
     [("Tuesday", "2024-07-09"), ("3 p.m.", "2024-07-09T15:00")],
     "a possessive weekday naming a coming event ('Tuesday's all-hands has been moved') follows the "
     "perfect tense of its clause and is read as last Tuesday"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_workplace(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_workplace_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
