"""Statutes, regulations, contracts, court orders and sanctions notices, annotated by hand.

Text in the drafting register that analysts load next to news, written for this test, not copied from
any document, at several publication dates (DCTs). Values follow TimeML 1.2 / TempEval-3. A number
written in words and then in digits is one number, and the extent holds both ("thirty (30) days",
"one hundred twenty (120) days": the digits give the value). Deadlines and effective dates are the
days they name ("on or before March 31, 2024", "effective as of January 1, 2025", "with effect from 1
April"); a clock time takes the day after it across a zone note ("5:00 p.m., New York City time, on
December 15, 2023"). A deed's "the 15th day of March, 2023" is that day. A defined term ("the Effective
Date", "the Closing Date", "the date hereof") is no date by itself: it names no calendar day, so it is
untagged, and "15 days after the Effective Date" is the period alone. A period followed by the day it
ends is a length and a day, as TimeBank tags "the quarter ended Sept. 29" ("the fiscal year ending
June 30, 2023": P1Y and the day). Citations are no times: sections and rules ("Section 2(a)(1)", "Rule
12(b)(6)", "26 U.S.C. 501(c)(3)"), public laws, executive orders, docket numbers and EU acts ("Pub. L.
117-58", "Executive Order 14024", "Case No. 1:22-cv-01234", "Regulation (EU) 2016/679", "Directive
2009/65/EC", "Decision 2014/145/CFSP": the year inside the number is not a date); but the year in an
act's name is a DATE, as TimeBank tags "the Act of 1989" and "the 1986 tax act" ("the Securities
Exchange Act of 1934", "the 1998 Act"). Extents leave out leading prepositions. Each case asserts the
engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

WED_FEB_14 = '2024-02-14'
WED_JUN_8 = '2022-06-08'
THU_OCT_5 = '2023-10-05'

CASES: list[Case] = [
    ('Tenant shall vacate the premises within thirty (30) days of receipt of this notice.', WED_FEB_14,
     [('thirty (30) days', 'P30D')]),
    ("Either party may terminate this Agreement upon not less than sixty (60) days' prior written notice.", WED_FEB_14,
     [('less than sixty (60) days', 'P60D')]),
    ('The warranty covers a period of twelve (12) months from the date of delivery.', WED_FEB_14,
     [('twelve (12) months', 'P12M')]),
    ('Payment is due ninety (90) calendar days after the invoice date.', WED_FEB_14,
     [('ninety (90) calendar days', 'P90D')]),
    ('The Seller shall notify the Buyer within five (5) business days.', WED_FEB_14,
     [('five (5) business days', 'P5D')]),
    ('The Contractor shall complete the Work within one hundred twenty (120) days of the Notice to Proceed.', WED_FEB_14,
     [('one hundred twenty (120) days', 'P120D')]),
    ('The grace period is thirty (30) days.', THU_OCT_5,
     [('thirty (30) days', 'P30D')]),
    ('The Employee shall be subject to a non-compete covenant for twenty-four (24) months following termination.', THU_OCT_5,
     [('twenty-four (24) months', 'P24M')]),
    ('The Licensee may cure the breach within fifteen (15) days after written notice.', THU_OCT_5,
     [('fifteen (15) days', 'P15D')]),
    ('The Court entered judgment on September 12, 2023, and the Defendant filed a notice of appeal fourteen (14) days later.', THU_OCT_5,
     [('September 12, 2023', '2023-09-12'), ('fourteen (14) days later', '2023-09-26')]),
    ('The Term shall automatically renew for successive one (1) year periods.', THU_OCT_5,
     [('one (1) year', 'P1Y')]),
    ('The Buyer may extend the Closing Date by up to three (3) Business Days.', THU_OCT_5,
     [('up to three (3) Business Days', 'P3D')]),
    ('Proposals must be received on or before March 31, 2024.', WED_FEB_14,
     [('March 31, 2024', '2024-03-31')]),
    ('Bids are due no later than 5:00 p.m. Eastern Time on June 1.', WED_FEB_14,
     [('5:00 p.m.', '2024-06-01T17:00'), ('June 1', '2024-06-01')]),
    ('This Amendment is effective as of January 1, 2025.', WED_FEB_14,
     [('January 1, 2025', '2025-01-01')]),
    ('The new tariff applies with effect from 1 April.', WED_FEB_14,
     [('1 April', '2024-04-01')]),
    ('This Agreement is entered into as of the date hereof by and between the parties.', WED_FEB_14,
     []),
    ('The Licensee shall pay the fee within 15 days after the Effective Date.', WED_FEB_14,
     [('15 days', 'P15D')]),
    ('The program sunsets on September 30, 2025.', WED_FEB_14,
     [('September 30, 2025', '2025-09-30')]),
    ('The offer expires at 5:00 p.m., New York City time, on December 15, 2023, unless extended.', THU_OCT_5,
     [('5:00 p.m.', '2023-12-15T17:00'), ('December 15, 2023', '2023-12-15')]),
    ('The tender offer will expire at 11:59 p.m., New York City time, on November 2, 2023.', THU_OCT_5,
     [('11:59 p.m.', '2023-11-02T23:59'), ('November 2, 2023', '2023-11-02')]),
    ('This Order is effective at 12:01 a.m. eastern daylight time on July 1, 2022.', WED_JUN_8,
     [('12:01 a.m.', '2022-07-01T00:01'), ('July 1, 2022', '2022-07-01')]),
    ('Comments must be received on or before November 6, 2023.', THU_OCT_5,
     [('November 6, 2023', '2023-11-06')]),
    ('The interim final rule is effective October 5, 2023.', THU_OCT_5,
     [('October 5, 2023', '2023-10-05')]),
    ('IN WITNESS WHEREOF, the parties have executed this Agreement as of the 15th day of March, 2023.', THU_OCT_5,
     [('the 15th day of March, 2023', '2023-03-15')]),
    ('The lease was signed on the 3rd day of April, 2022 and expires on the 2nd day of April, 2027.', THU_OCT_5,
     [('the 3rd day of April, 2022', '2022-04-03'), ('the 2nd day of April, 2027', '2027-04-02')]),
    ('It shall apply from 25 May 2018.', THU_OCT_5,
     [('25 May 2018', '2018-05-25')]),
    ('Done at Brussels, 6 October 2023.', THU_OCT_5,
     [('6 October 2023', '2023-10-06')]),
    ('The Secretary shall submit a report not later than 180 days after the date of enactment of this Act.', THU_OCT_5,
     [('180 days', 'P180D')]),
    ('This Agreement shall continue for a term of five years commencing on the Effective Date.', WED_FEB_14,
     [('five years', 'P5Y')]),
    ('Revenue for the fiscal year ending June 30, 2023 was $4.1 million.', WED_FEB_14,
     [('the fiscal year', 'P1Y'), ('June 30, 2023', '2023-06-30')]),
    ('The fee shall be adjusted annually.', WED_FEB_14,
     [('annually', 'P1Y')]),
    ('Upon expiry of the initial term, the Agreement renews automatically for successive renewal periods of one year each.', WED_FEB_14,
     [('one year', 'P1Y')]),
    ('The Borrower shall deliver audited financial statements within 120 days after the end of each fiscal year.', THU_OCT_5,
     [('120 days', 'P120D')]),
    ('Net income for the three-month period ended March 31, 2023 rose 12%.', THU_OCT_5,
     [('three-month', 'P3M'), ('March 31, 2023', '2023-03-31')]),
    ('The statute of limitations for the claim is six years.', THU_OCT_5,
     [('six years', 'P6Y')]),
    ('Nothing in Section 2(a)(1) of the Act limits this authority.', WED_FEB_14,
     []),
    ('The grant is funded by the Infrastructure Investment and Jobs Act, Pub. L. 117-58.', WED_FEB_14,
     []),
    ('Personal data is processed under Regulation (EU) 2016/679 of the European Parliament.', WED_FEB_14,
     []),
    ('The measures were imposed pursuant to Executive Order 14024.', WED_FEB_14,
     []),
    ('The complaint was filed in Smith v. Jones, Case No. 1:22-cv-01234 (S.D.N.Y.).', WED_FEB_14,
     []),
    ('The defendants moved to dismiss under Rule 12(b)(6).', WED_FEB_14,
     []),
    ('The foundation is exempt from tax under 26 U.S.C. 501(c)(3).', WED_FEB_14,
     []),
    ('Article 5 of the Treaty applies to the dispute.', WED_FEB_14,
     []),
    ('The fund is a UCITS authorised under Directive 2009/65/EC.', WED_FEB_14,
     []),
    ('Member states had to transpose Directive 2014/65/EU by 3 July 2017.', WED_FEB_14,
     [('3 July 2017', '2017-07-03')]),
    ('The Act amends section 4 of the Clean Air Act (42 U.S.C. 7401 et seq.).', THU_OCT_5,
     []),
    ('Regulation (EU) No 575/2013 was amended in 2019.', THU_OCT_5,
     [('2019', '2019')]),
    ('Section 1502 of the Dodd-Frank Act requires annual disclosure.', THU_OCT_5,
     []),
    ('The company is registered under the Securities Exchange Act of 1934.', WED_FEB_14,
     [('1934', '1934')]),
    ('Courts have read the 1998 Act narrowly.', WED_FEB_14,
     [('1998', '1998')]),
    ('The bureau was created by the Dodd-Frank Act of 2010.', WED_FEB_14,
     [('2010', '2010')]),
    ('General License 8C expires at 12:01 a.m. EDT, June 12, 2022.', WED_JUN_8,
     [('12:01 a.m. EDT, June 12, 2022', '2022-06-12T00:01')]),
    ('The bank was designated on 24 February 2022.', WED_JUN_8,
     [('24 February 2022', '2022-02-24')]),
    ('The license authorizes a 180-day wind-down period.', WED_JUN_8,
     [('180-day', 'P180D')]),
    ('The rule takes effect within 10 days of publication in the Federal Register.', WED_JUN_8,
     [('10 days', 'P10D')]),
    ('Council Regulation (EU) No 833/2014 of 31 July 2014 concerns restrictive measures.', THU_OCT_5,
     [('31 July 2014', '2014-07-31')]),
    ('The sanctions were extended until 31 January 2024.', THU_OCT_5,
     [('31 January 2024', '2024-01-31')]),
    ('OFAC issued General License 13G, which expires on January 25, 2024.', THU_OCT_5,
     [('January 25, 2024', '2024-01-25')]),
    ('The Treasury designated 14 individuals on Friday pursuant to E.O. 14024.', THU_OCT_5,
     [('Friday', '2023-09-29')]),
    ('Decision 2014/145/CFSP was last renewed on 14 September 2023 for six months.', THU_OCT_5,
     [('14 September 2023', '2023-09-14'), ('six months', 'P6M')]),
    ('The act was published in OJ L 229, 31.7.2014, p. 1.', THU_OCT_5,
     [('31.7.2014', '2014-07-31')]),
    ('The regulation applies from 1.1.2024 under version 2.1.2023 of the guidance.', THU_OCT_5,
     [('1.1.2024', '2024-01-01')]),
]

GAPS: list[Gap] = [
    ('All claims must be submitted prior to December 31.', WED_FEB_14,
     [('December 31', '2024-12-31')],
     "a duty ('must be submitted') looks ahead, but the month-day without a year is read as the last "
     "December 31, as in a report of the past"),
    ('The loan is repayable in 36 equal monthly installments.', WED_FEB_14,
     [('monthly', 'P1M')],
     "'monthly' before a counted noun ('36 equal monthly installments') is refused, though 'paid in "
     "monthly installments' is a set"),
    ('The Tenant shall pay rent on the first day of each month.', THU_OCT_5,
     [('the first day of each month', 'XXXX-XX-01')],
     "a day of each month is a set of days (XXXX-XX-01); only 'each month' (P1M) is found"),
    ('The offer remains open until 11:59 p.m. on the Expiration Date.', WED_FEB_14,
     [('11:59 p.m.', 'XXXX-XX-XXT23:59')],
     "a clock time on a defined day ('the Expiration Date') has no known day, but it takes the "
     "publication's"),
    ('The Company shall deliver a report for each calendar quarter.', WED_FEB_14,
     [('each calendar quarter', 'P3M')],
     "'each calendar quarter' (a set) is not read; 'each quarter' with a qualifier is not in the set rules"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_legal_texts(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_legal_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40
