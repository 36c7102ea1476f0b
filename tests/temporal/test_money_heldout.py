"""Personal finance, consumer and real-estate news, annotated by hand for held-out news.

Mortgage rates, house prices, tax deadlines, pensions and benefits, credit cards, recalls,
prices at the pump and shopping seasons, written for this test (not copied from any corpus)
at several publication dates. Values follow TimeML 1.2 / TempEval-3: a loan's term ("a
30-year fixed mortgage", "a 15-year mortgage") and a warranty or return window ("a 90-day
warranty", "a 30-day return window") keep their DURATIONs as TBAQ tags "52-week"; "a year
ago" after a week or a month just compared is that week or month of the year before (weekly
mortgage and pump figures compare like with like), and after "in September from August" it
is September's, not the base month's; an offer "valid through Sunday" told in the present
holds until the coming Sunday, and a deadline an agency "extended ... to Oct. 16" lies ahead, and bills that "were due in October" are of the October past; "year-over-year", "month over month", "over the life of the
loan", "a fifth straight week", "the spring selling season" are no TIMEX; account and product
names ("401(k)", "529 plan", "Form W-2", "a 5/1 ARM"), rates ("APR 24.99%", "FICO 720"),
prices, areas, "3 bed / 2 bath", card digits and "24/7" are no times; a model year ("a 2018
Honda") is its year, as TimeBank tags "1990 models". Extents leave out leading prepositions.
Each case asserts the engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

THU = "2023-03-16"   # a Thursday: Freddie Mac's weekly survey, tax season
FRI = "2023-06-02"   # a Friday: the jobs report, summer shopping
MON = "2023-11-20"   # the Monday of Thanksgiving week
JAN = "2024-01-10"   # a Wednesday: tax forms and benefit increases
SEP = "2022-09-07"   # a Wednesday: enrollment season ahead

CASES: list[Case] = [
    # rates and prices
    ("The average rate on a 30-year fixed mortgage averaged 6.7% this week, up from 3.2% a year ago, "
     "Freddie Mac said Thursday.", THU,
     [("30-year", "P30Y"), ("this week", "2023-W11"), ("a year ago", "2022-W11"), ("Thursday", "2023-03-16")]),
    ("Mortgage rates climbed to their highest level since 2001.", THU, [("2001", "2001")]),
    ("Rates as of Friday were little changed.", FRI, [("Friday", "2023-06-02")]),
    ("Borrowers with a 5/1 ARM saw their payments jump.", THU, []),
    ("The rate on a 15-year mortgage fell to 5.9%.", THU, [("15-year", "P15Y")]),
    ("That adds up to $200,000 in interest over the life of the loan.", THU, []),
    ("Prices at the pump fell for a fifth straight week, AAA said on Monday.", MON, [("Monday", "2023-11-20")]),
    ("Gas prices averaged $3.54 a gallon on Monday, down 12 cents from a week ago and 27 cents from a "
     "year earlier.", MON,
     [("Monday", "2023-11-20"), ("a week ago", "2023-W46"), ("a year earlier", "2022")]),
    ("Mortgage applications rose 3% in the week ended Friday.", MON, [("the week", "P1W"), ("Friday", "2023-11-17")]),
    ("The Fed has raised rates 11 times since March 2022.", MON, [("March 2022", "2022-03")]),
    ("The 10-year Treasury yield, which mortgage rates track, rose to 4.3%.", FRI, [("10-year", "P10Y")]),
    ("The average credit card APR hit 20.7% in the third quarter.", MON, [("the third quarter", "2023-Q3")]),
    ("Pump prices this week are 40 cents lower than a year ago, GasBuddy said.", MON,
     [("this week", "2023-W47"), ("a year ago", "2022-W47")]),
    # deadlines and schedules
    ("The filing deadline is April 18 this year because of the Emancipation Day holiday.", THU,
     [("April 18 this year", "2023-04-18")]),
    ("Employers must send Form W-2 by Jan. 31.", JAN, [("Jan. 31", "2024-01-31")]),
    ("The open enrollment period runs Nov. 1 to Jan. 15.", SEP, [("Nov. 1", "2022-11-01"), ("Jan. 15", "2023-01-15")]),
    ("Student loan payments resume in October, the Education Department said.", FRI, [("October", "2023-10")]),
    ("The card offers a 0% APR for 18 months, then a variable APR of 24.99%.", THU, [("18 months", "P18M")]),
    ("Most retailers offer a 30-day return window.", MON, [("30-day", "P30D")]),
    ("The 3.2% cost-of-living adjustment takes effect in January.", MON, [("January", "2024-01")]),
    ("Full retirement age is 67 for anyone born in 1960 or later.", THU, [("1960", "1960")]),
    ("You can still contribute to an IRA for the 2022 tax year until April 18.", THU,
     [("2022", "2022"), ("April 18", "2023-04-18")]),
    ("The IRS will begin accepting 2023 returns on Jan. 29.", JAN, [("Jan. 29", "2024-01-29")]),
    ("The IRS extended the deadline to Oct. 16 for storm victims in California.", THU, [("Oct. 16", "2023-10-16")]),
    ("The IRS has extended the filing deadline to May 15 for residents of the affected counties.", THU,
     [("May 15", "2023-05-15")]),
    ("Taxpayers who file an extension have until Oct. 16.", THU, [("Oct. 16", "2023-10-16")]),
    ("The selloff in mortgage bonds extended to Friday.", MON, [("Friday", "2023-11-17")]),
    ("Student loan interest resumed on Sept. 1, and the first bills were due in October.", MON,
     [("Sept. 1", "2023-09-01"), ("October", "2023-10")]),
    ("The first bills are due in October, the servicer said.", FRI, [("October", "2023-10")]),
    ("The Social Security Administration said Thursday that benefits will rise 3.2% in 2024. The increase "
     "will show up in checks starting in January; SSI recipients will see it on Dec. 29.", "2023-10-12",
     [("Thursday", "2023-10-12"), ("2024", "2024"), ("January", "2024-01"), ("Dec. 29", "2023-12-29")]),
    ("Ford is recalling 1.9 million Explorer SUVs. Owners will be notified by mail starting Nov. 27.", MON,
     [("Nov. 27", "2023-11-27")]),
    ("Lenders extended the offer to Friday, the bank said.", MON, [("Friday", "2023-11-24")]),
    ("Property taxes are due twice a year, in April and December.", THU,
     [("twice a year", "P1Y"), ("April", "2023-04"), ("December", "2023-12")]),
    ("Refunds typically arrive within 21 days.", JAN, [("21 days", "P21D")]),
    ("The bank will waive overdraft fees starting next month.", MON, [("next month", "2023-12")]),
    ("Social Security checks will rise 3.2% next year.", MON, [("next year", "2024")]),
    ("Medicare's annual enrollment period ends Dec. 7.", MON, [("Dec. 7", "2023-12-07")]),
    ("The penalty is 0.5% of the unpaid tax for each month it is late.", THU, [("each month", "P1M")]),
    ("Quarterly estimated taxes are due June 15.", FRI, [("June 15", "2023-06-15")]),
    ("Applicants have 60 days to appeal.", FRI, [("60 days", "P60D")]),
    ("Borrowers can defer payments for up to 12 months.", FRI, [("up to 12 months", "P12M")]),
    ("The moratorium on evictions expires at midnight Saturday.", FRI, [("midnight Saturday", "2023-06-03T24:00")]),
    # housing
    ("Homes sat on the market for an average of 45 days in May.", FRI, [("45 days", "P45D"), ("May", "2023-05")]),
    ("Existing-home sales fell for a 12th straight month in January.", THU, [("January", "2023-01")]),
    ("Buyers are returning for the spring selling season.", THU, []),
    ("The median price in May was $410,000, down 3.1% year-over-year.", FRI, [("May", "2023-05")]),
    ("Prices have risen 5% in the past 12 months.", FRI, [("the past 12 months", "P12M")]),
    ("Home prices rose 0.3% in September from August and 3.9% from a year earlier.", MON,
     [("September", "2023-09"), ("August", "2023-08"), ("a year earlier", "2022-09")]),
    ("Rents rose 0.2% in October compared with September and 3.1% from a year ago.", MON,
     [("October", "2023-10"), ("September", "2023-09"), ("a year ago", "2022-10")]),
    ("Housing starts fell 8% last month to an annual rate of 1.37 million.", MON, [("last month", "2023-10")]),
    ("Rents were flat month over month.", FRI, []),
    ("Mortgage rates hit 7.79% in late October, a 23-year high.", MON, [("late October", "2023-10"), ("23-year", "P23Y")]),
    ("The median existing-home price was $391,800 in October, up 3.4% from October 2022.", MON,
     [("October", "2023-10"), ("October 2022", "2022-10")]),
    ("Credit card balances hit $1.08 trillion in the third quarter, up $154 billion from a year earlier.", MON,
     [("the third quarter", "2023-Q3"), ("a year earlier", "2022-Q3")]),
    ("The lender offers a 7/1 ARM at 6.1%, with rates locked for 45 days.", THU, [("45 days", "P45D")]),
    ("The 2,000 sq ft home has 3 bed / 2 bath and sold for $1,500 over asking.", THU, []),
    # consumer
    ("The recall covers models made between 2015 and 2019.", MON, [("2015", "2015"), ("2019", "2019")]),
    ("Recalled units were sold from January 2021 through March 2023.", FRI,
     [("January 2021", "2021-01"), ("March 2023", "2023-03")]),
    ("Retailers expect record spending during the holiday shopping season.", MON, []),
    ("The TV comes with a 90-day warranty.", MON, [("90-day", "P90D")]),
    ("The coupon is valid through Sunday.", MON, [("Sunday", "2023-11-26")]),
    ("Coupons are valid through Saturday, the store said Monday.", MON,
     [("Saturday", "2023-11-25"), ("Monday", "2023-11-20")]),
    ("Passes remain valid until Friday, the airline said.", MON, [("Friday", "2023-11-24")]),
    ("The deal was valid through Sunday.", MON, [("Sunday", "2023-11-19")]),
    ("The sale runs through Sunday.", MON, [("Sunday", "2023-11-26")]),
    ("Thanksgiving travel is expected to hit a record this week.", MON,
     [("Thanksgiving", "2023-11-23"), ("this week", "2023-W47")]),
    ("Cyber Monday sales topped $12 billion.", MON, [("Cyber Monday", "2023-11-27")]),
    ("The rebate expires at the end of the month.", MON, [("the end of the month", "2023-11")]),
    ("Back-to-school spending is expected to reach a record this summer.", FRI, [("this summer", "2023-SU")]),
    ("The sale runs through Labor Day weekend.", FRI, [("Labor Day weekend", "2023-W35-WE")]),
    # pitfalls
    ("He rolled his 401(k) into an IRA last year.", THU, [("last year", "2022")]),
    ("A 529 plan can pay for college.", THU, []),
    ("You need a FICO score of 720 to get the best rate.", THU, []),
    ("She bought a 2018 Honda Civic with 40,000 miles on it.", THU, [("2018", "2018")]),
    ("Call the bank's hotline, which is open 24/7.", THU, []),
    ("The card ending in 4821 was charged $1,500 on March 3.", THU, [("March 3", "2023-03-03")]),
]

GAPS: list[Gap] = [
    ("Tax Day, April 18, is less than five weeks away.", THU,
     [("Tax Day", "2023-04-18"), ("April 18", "2023-04-18"), ("less than five weeks", "P5W")],
     "'Tax Day' is not in the vocabulary: its date moves (April 15, later when that falls on a weekend "
     "or a holiday), so it can only be resolved from a date restated beside it"),
    ("Black Friday deals start early this year.", MON,
     [("Black Friday", "2023-11-24"), ("this year", "2023")],
     "'early' after a verb ('start early', 'came early') is an adverb, not the early part of the year; "
     "the engine reads 'early this year'"),
    ("Open enrollment for 2024 coverage begins Wednesday and runs through Jan. 15.", "2023-10-30",
     [("2024", "2024"), ("Wednesday", "2023-11-01"), ("Jan. 15", "2024-01-15")],
     "a year before a noun it qualifies ('2024 coverage', 'for 2024 plans') is left untagged"),
    ("The national average was $3.28 on Wednesday, a penny less than a week earlier.", "2023-11-22",
     [("Wednesday", "2023-11-22"), ("a week earlier", "2023-11-15")],
     "'less than' after an amount ('a penny less than') is taken into the extent as a modifier of "
     "'a week earlier'"),
    ("Benefits are paid monthly, on the second, third or fourth Wednesday.", THU, [("monthly", "P1M")],
     "'the second, third or fourth Wednesday' of each month is a set, not the last Wednesday; the engine "
     "tags 'Wednesday' as a date"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_money_news(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_money_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
