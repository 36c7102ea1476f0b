"""Government, regulatory and education news, annotated by hand for held-out news.

Press releases, regulations and legislation summaries, public notices and school and university news,
written for this test, not copied from any corpus, at several publication dates (DCTs). Values follow
TimeML 1.2 / TempEval-3: effective dates and deadlines are the days they name ("takes effect on July 1"
is the coming one); a period counted from an act is its length ("no later than 30 days after
enactment": P30D); "effective immediately" is no time; fiscal years are years ("FY21", "fiscal year
2021": 2021) and a school or academic year named by its two years is the first year ("the 2020-21
academic year": 2020, as the other held-out files tag "the 2019-20 season"); a season's school or
parliamentary term is the season, with its noun ("the fall semester", "the autumn term"); "the class of
2024" keeps its year. No times: bill and regulation numbers ("H.R. 1319", "Senate Bill 1047", "SI
2020/350", "Directive 2019/1937", "Regulation (EU) No 1306/2013"), the year in an act's name is a year
("the Education Act 1944"), statute parts ("Section 230", "Title IX", "Article 50"), year groups and
grades ("Year 11", "a Year 13 pupil", "grade 12", "K-12"), "24/7", telephone numbers ("0800 1111"),
rooms and forms ("Room 2021", "Form 1040", "W-2"); "biennial" and "quarterly" as adjectives are untagged,
"annually" and "every two years" are sets. Extents leave out leading prepositions. Each case asserts the
engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

TUE_FEB_16 = '2021-02-16'
TUE_SEP_6 = '2022-09-06'
TUE_JAN_10 = '2023-01-10'

CASES: list[Case] = [
    # ---- effective dates and deadlines
    ('The new rules take effect on July 1.', TUE_FEB_16, [('July 1', '2021-07-01')]),
    ('The order is effective immediately.', TUE_FEB_16, []),
    ('Agencies must issue guidance no later than 30 days after enactment.', TUE_FEB_16, [('30 days', 'P30D')]),
    ('Objections must be filed within 90 days of the date of this notice.', TUE_FEB_16, [('90 days', 'P90D')]),
    ('Submissions are due by close of business on Friday.', TUE_FEB_16, [('Friday', '2021-02-19')]),
    ('The comment period ends March 3.', TUE_FEB_16, [('March 3', '2021-03-03')]),
    ('Applications open on 1 September and close at 5pm on 30 September.', TUE_FEB_16,
     [('1 September', '2021-09-01'), ('5pm', '2021-09-30T17:00'), ('30 September', '2021-09-30')]),
    ('The pay rise is retroactive to January 1.', TUE_FEB_16, [('January 1', '2021-01-01')]),
    ('The licence is valid for a period of five years from the date of issue.', TUE_FEB_16,
     [('five years', 'P5Y')]),
    ('The exemption expires on 31 December 2025 unless renewed.', TUE_FEB_16,
     [('31 December 2025', '2025-12-31')]),
    ('The plan must be reviewed every two years thereafter.', TUE_FEB_16, [('every two years', 'P2Y')]),
    ('The regulations come into force on 1 October 2022.', TUE_SEP_6, [('1 October 2022', '2022-10-01')]),
    ('The act comes into force six months after royal assent.', TUE_SEP_6, [('six months', 'P6M')]),
    ('The consultation closes at 11:59pm on 30 September.', TUE_SEP_6,
     [('11:59pm', '2022-09-30T23:59'), ('30 September', '2022-09-30')]),
    ('The ruling applies to tax years beginning after December 31, 2022.', TUE_SEP_6,
     [('December 31, 2022', '2022-12-31')]),
    ('Universities must publish their fees by 30 September each year.', TUE_SEP_6,
     [('30 September', '2022-09-30'), ('each year', 'P1Y')]),
    ('Applications for the scheme open on 1 February and close at 5pm on 28 February.', TUE_JAN_10,
     [('1 February', '2023-02-01'), ('5pm', '2023-02-28T17:00'), ('28 February', '2023-02-28')]),
    ('Public comments on the proposed rule are due by March 3.', TUE_JAN_10, [('March 3', '2023-03-03')]),
    ('The regulation, published in the Federal Register on Tuesday, takes effect 60 days after publication.',
     TUE_JAN_10, [('Tuesday', '2023-01-10'), ('60 days', 'P60D')]),
    ('The minimum wage rises to £10.42 an hour from 1 April 2023.', TUE_JAN_10,
     [('1 April 2023', '2023-04-01')]),
    ('The consultation ran for 12 weeks and closed on 5 January.', TUE_JAN_10,
     [('12 weeks', 'P12W'), ('5 January', '2023-01-05')]),
    ('The ministry will publish its response within three months.', TUE_JAN_10, [('three months', 'P3M')]),
    ('He was appointed for a term of four years from 1 March 2023.', TUE_JAN_10,
     [('four years', 'P4Y'), ('1 March 2023', '2023-03-01')]),
    ('The deadline was extended by two weeks to Jan. 31.', TUE_JAN_10,
     [('two weeks', 'P2W'), ('Jan. 31', '2023-01-31')]),
    ('The deadline for applications is midnight on Sunday.', TUE_SEP_6,
     [('midnight on Sunday', '2022-09-11T24:00')]),
    # ---- fiscal and academic periods
    ("The department's budget for fiscal year 2021 is $68 billion.", TUE_FEB_16,
     [('fiscal year 2021', '2021')]),
    ('The FY2021 appropriations bill passed the House.', TUE_FEB_16, [('FY2021', '2021')]),
    ('FY21 spending rose 4 percent.', TUE_FEB_16, [('FY21', '2021')]),
    ('Enrolment fell in the 2020-21 academic year.', TUE_FEB_16, [('2020-21', '2020')]),
    ('Schools will reopen for the 2021/22 school year.', TUE_FEB_16, [('2021/22', '2021')]),
    ('The policy was introduced in the 2015/16 school year.', TUE_SEP_6, [('2015/16', '2015')]),
    ('Schools in the state will start the 2023-24 school year on Aug. 14.', TUE_JAN_10,
     [('2023-24', '2023'), ('Aug. 14', '2023-08-14')]),
    ('Classes will be held online for the fall semester.', TUE_SEP_6, [('the fall semester', '2022-FA')]),
    ('Exams were cancelled for the spring term.', TUE_SEP_6, [('the spring term', '2022-SP')]),
    ('The autumn term ends on 16 December.', TUE_SEP_6,
     [('The autumn term', '2022-FA'), ('16 December', '2022-12-16')]),
    ('The summer session runs from June 1 to July 15.', TUE_SEP_6,
     [('The summer session', '2022-SU'), ('June 1', '2022-06-01'), ('July 15', '2022-07-15')]),
    ('Enrollment rose in the fall semester of 2020.', TUE_SEP_6, [('the fall semester of 2020', '2020-FA')]),
    ('She took a summer session course.', TUE_SEP_6, []),
    ('Students in Year 11 will sit their GCSEs.', TUE_FEB_16, []),
    ('She is a Year 13 pupil at the school.', TUE_SEP_6, []),
    ('A year 10 student was hurt in the crash.', TUE_SEP_6, []),
    ('Pupils in Year 6 sit their SATs in May.', TUE_JAN_10, [('May', '2023-05')]),
    ('The class of 2024 will be the first to take the new test.', TUE_FEB_16, [('2024', '2024')]),
    ('Graduation in May will be held outdoors.', TUE_FEB_16, [('May', '2021-05')]),
    ('Schools close for half-term next week.', TUE_FEB_16, [('next week', '2021-W08')]),
    ('The exam season begins in May.', TUE_FEB_16, [('May', '2021-05')]),
    ('Exam results will be published on 17 August.', TUE_JAN_10, [('17 August', '2023-08-17')]),
    ('Students will return to classrooms next Monday.', TUE_JAN_10, [('next Monday', '2023-01-16')]),
    # ---- acts and programmes
    ('The Education Act 1944 made secondary schooling free.', TUE_FEB_16, [('1944', '1944')]),
    ('The 2019 budget cut funding for universities.', TUE_FEB_16, [('2019', '2019')]),
    ('The Civil Rights Act of 1964 banned discrimination.', TUE_FEB_16, [('1964', '1964')]),
    ('The Higher Education Act of 1965 was reauthorized in 2008.', TUE_SEP_6,
     [('1965', '1965'), ('2008', '2008')]),
    ('Section 230 protects online platforms.', TUE_FEB_16, []),
    ('Title IX bars sex discrimination in schools.', TUE_FEB_16, []),
    ('The UK triggered Article 50 in March 2017.', TUE_FEB_16, [('March 2017', '2017-03')]),
    ('The government unveiled a 10-year plan for the NHS.', TUE_FEB_16, [('10-year', 'P10Y')]),
    ('The five-year review is due in 2023.', TUE_FEB_16, [('five-year', 'P5Y'), ('2023', '2023')]),
    ('The biennial survey found fewer teachers.', TUE_FEB_16, []),
    ('Companies will face quarterly reporting requirements.', TUE_FEB_16, []),
    ('The census is held every ten years.', TUE_FEB_16, [('every ten years', 'P10Y')]),
    ('The department will report to Congress annually.', TUE_SEP_6, [('annually', 'P1Y')]),
    ('The Finance Bill 2021 was passed on Monday.', TUE_SEP_6, [('2021', '2021'), ('Monday', '2022-09-05')]),
    # ---- bill, regulation, phone and form numbers
    ('H.R. 1319 was signed into law on March 11.', TUE_FEB_16, [('March 11', '2020-03-11')]),
    ('Senate Bill 1047 was vetoed on Sunday.', TUE_SEP_6, [('Sunday', '2022-09-04')]),
    ('SB 1047 cleared the Assembly in August.', TUE_SEP_6, [('August', '2022-08')]),
    ('The bill, H.R. 5376, was signed on Aug. 16.', TUE_SEP_6, [('Aug. 16', '2022-08-16')]),
    ('The rules were set out in SI 2020/350, which came into force on 26 March 2020.', TUE_SEP_6,
     [('26 March 2020', '2020-03-26')]),
    ('Directive 2019/1937 must be transposed by 17 December 2021.', TUE_SEP_6,
     [('17 December 2021', '2021-12-17')]),
    ('The GDPR, Regulation (EU) 2016/679, applies from 25 May 2018.', TUE_FEB_16,
     [('25 May 2018', '2018-05-25')]),
    ('Regulation (EU) No 1306/2013 governs the financing of the CAP.', TUE_FEB_16, []),
    ('Pupils in grade 12 will take the exam.', TUE_FEB_16, []),
    ('K-12 schools in the district will close.', TUE_FEB_16, []),
    ('Call the 24/7 helpline on 0800 123 4567.', TUE_FEB_16, []),
    ('Call 0800 1111 or 1-800-273-8255 for help.', TUE_SEP_6, []),
    ('The meeting is in Room 2021.', TUE_FEB_16, []),
    ('File Form 1040 by April 15.', TUE_FEB_16, [('April 15', '2021-04-15')]),
    ('The measure passed by a vote of 220-207 on Friday.', TUE_SEP_6, [('Friday', '2022-09-02')]),
    ('The 2019/2020 season was cut short.', TUE_SEP_6, [('2019/2020', '2019')]),
    # ---- a change that reaches back: the day is past whatever the verb's tense
    ('The fee will be increased retroactively to January 1.', TUE_JAN_10, [('January 1', '2023-01-01')]),
    ('The pay rise will be retroactive to January 1.', TUE_JAN_10, [('January 1', '2023-01-01')]),
    ('Pensions will be backdated to April.', TUE_JAN_10, [('April', '2022-04')]),
    ('The payments, backdated to 1 October, will arrive next week.', TUE_JAN_10,
     [('1 October', '2022-10-01'), ('next week', '2023-W03')]),
    # ---- school and academic years counted
    ('The grant runs for three academic years.', TUE_SEP_6, [('three academic years', 'P3Y')]),
    ('Pupils lost 20 school days to strikes.', TUE_SEP_6, [('20 school days', 'P20D')]),
    ('The survey is carried out biennially.', TUE_JAN_10, [('biennially', 'P2Y')]),
    ('Members file their disclosure statements semiannually.', TUE_JAN_10, [('semiannually', 'P6M')]),
]

GAPS: list[Gap] = [
    ('Admissions for the academic session 2023-24 begin on Monday.', TUE_JAN_10,
     [('2023-24', '2023'), ('Monday', '2023-01-16')],
     "a plural present of a schedule ('admissions ... begin on Monday') after a range of years is not "
     "read as ahead: the nearest Monday, a day past, is taken"),
    ('The rules apply from the start of the next academic year.', TUE_JAN_10,
     [('the next academic year', '2023')],
     "'the next academic year' is refused with 'the next year' (a year after another date); and 'this "
     "school year' would need the academic year's first calendar year (2022 in January 2023), not the "
     "publication's"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_civic_texts(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_civic_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40
