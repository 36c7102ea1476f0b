"""Education and academic calendars, annotated by hand (TimeML 1.2 / TempEval-3).

School, college and university news, notices to parents and students, and exam and admissions
coverage, written for this test, not copied from any text, at two publication dates (DCTs): early
August, when the coming school year is told, and mid-January, between terms. Values follow TimeML 1.2
/ TempEval-3. A school or academic year named by its two years is the first year ("the 2025-26 school
year": 2025, as tests/temporal/test_civic_heldout.py decides); a term, semester or half-term named by
its season is that season with its noun ("the fall semester" 2025-FA, "the autumn half-term" 2025-FA);
a graduation or exam day told without a year is the coming one when the clause tells of a plan or a
schedule ("Graduation is on May 17" in August: 2026-05-17); "midnight Friday" is the end of that
Friday (T24:00); lengths of courses and degrees are durations ("12 weeks", "four years of tuition").
"The class of 2027" keeps its year, as the held-out files already decide ("the Class of 1979", "the
class of 2024"): the year is the one the class graduates in, a calendar year a reader can place. No
times: a term's own week count ("Week 10", "Week 6"), which names no calendar week without the term's
start date; year groups and grades ("Year 7", "Grade 12"), room numbers, credits and course codes
("History 101"). Extents leave out leading prepositions. Each case asserts the engine's whole output;
known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

MON_AUG_4 = '2025-08-04'
WED_JAN_14 = '2026-01-14'

CASES: list[Case] = [
    # ---- terms, semesters and school years
    ('Classes for the fall semester begin on Aug. 25.', MON_AUG_4,
     [('the fall semester', '2025-FA'), ('Aug. 25', '2025-08-25')]),
    ('The district will add 40 teachers for the 2025-26 school year.', MON_AUG_4,
     [('2025-26', '2025')]),
    ('Tuition will rise by 3 percent in the 2026-27 academic year.', MON_AUG_4,
     [('2026-27', '2026')]),
    ('Schools break up for the autumn half-term on 24 October.', MON_AUG_4,
     [('the autumn half-term', '2025-FA'), ('24 October', '2025-10-24')]),
    ('Graduation is on May 17 at the football stadium.', MON_AUG_4,
     [('May 17', '2026-05-17')]),
    ('Term starts on 8 September and ends on 19 December.', MON_AUG_4,
     [('8 September', '2025-09-08'), ('19 December', '2025-12-19')]),
    ('Spring break begins March 14.', MON_AUG_4,
     [('March 14', '2026-03-14')]),
    ('The semester ends Dec. 19.', MON_AUG_4,
     [('Dec. 19', '2025-12-19')]),
    ('The holiday break runs from Dec. 20 to Jan. 5.', MON_AUG_4,
     [('Dec. 20', '2025-12-20'), ('Jan. 5', '2026-01-05')]),
    ('The university will hold its commencement ceremony on the second Saturday in May.', MON_AUG_4,
     [('the second Saturday in May', '2026-05-09')]),
    ('Registration opens at 9 a.m. on Aug. 11.', MON_AUG_4,
     [('9 a.m. on Aug. 11', '2025-08-11T09:00')]),
    ('The course runs for 12 weeks.', MON_AUG_4,
     [('12 weeks', 'P12W')]),
    ('The new curriculum will be phased in over the next three years.', MON_AUG_4,
     [('the next three years', 'P3Y')]),
    ('Homework is due every Monday.', MON_AUG_4,
     [('every Monday', 'XXXX-WXX-1')]),
    ('Exam results will be published on Thursday, 14 August.', MON_AUG_4,
     [('Thursday, 14 August', '2025-08-14')]),
    ('The school year ended early on June 5.', MON_AUG_4,
     [('June 5', '2025-06-05')]),
    ('The university moved to a four-day week last spring.', MON_AUG_4,
     [('four-day', 'P4D'), ('last spring', '2025-SP')]),
    ('Enrollment in the fall semester of 2024 fell 2 percent.', MON_AUG_4,
     [('the fall semester of 2024', '2024-FA')]),
    ('The new head teacher starts in September.', MON_AUG_4,
     [('September', '2025-09')]),
    ('The school year begins on Aug. 13 in the county.', MON_AUG_4,
     [('Aug. 13', '2025-08-13')]),
    ('The academic year 2024-25 saw record applications.', MON_AUG_4,
     [('2024-25', '2024')]),
    ('Final grades are due 72 hours after the exam.', MON_AUG_4,
     [('72 hours', 'PT72H')]),
    # ---- deadlines and exam weeks
    ('The deadline is midnight Friday.', WED_JAN_14,
     [('midnight Friday', '2026-01-16T24:00')]),
    ('Essays are due by 5 p.m. on Friday, January 23.', WED_JAN_14,
     [('5 p.m. on Friday, January 23', '2026-01-23T17:00')]),
    ('The exam lasts three hours.', WED_JAN_14,
     [('three hours', 'PT3H')]),
    ('Exams start in the last week of April.', WED_JAN_14,
     [('the last week of April', '2026-W18')]),
    ('Students have until the end of the month to drop a course.', WED_JAN_14,
     [('the end of the month', '2026-01')]),
    ('Schools were closed for two days last week because of snow.', WED_JAN_14,
     [('two days', 'P2D'), ('last week', '2026-W02')]),
    ('Mock exams begin next Monday and run for two weeks.', WED_JAN_14,
     [('next Monday', '2026-01-19'), ('two weeks', 'P2W')]),
    ('The spring semester starts on Jan. 20.', WED_JAN_14,
     [('The spring semester', '2026-SP'), ('Jan. 20', '2026-01-20')]),
    ('Half-term is the week of 16 February.', WED_JAN_14,
     [('the week of 16 February', '2026-W08')]),
    ('The strike disrupted the final weeks of the autumn term.', WED_JAN_14,
     [('the final weeks', 'PXW'), ('the autumn term', '2025-FA')]),
    ('She completed her PhD in four years.', WED_JAN_14,
     [('four years', 'P4Y')]),
    ('He taught at the college for three decades.', WED_JAN_14,
     [('three decades', 'P30Y')]),
    ('The scholarship covers four years of tuition.', WED_JAN_14,
     [('four years', 'P4Y')]),
    ('Students must complete 120 hours of community service before graduation.', WED_JAN_14,
     [('120 hours', 'PT120H')]),
    ('The school board will vote on the calendar on Tuesday night.', WED_JAN_14,
     [('Tuesday night', '2026-01-20TNI')]),
    ('Pupils will have a two-week Easter break.', WED_JAN_14,
     [('two-week', 'P2W'), ('Easter', '2026-04-05')]),
    ('The university was founded in 1851.', WED_JAN_14,
     [('1851', '1851')]),
    ('Results are released at 8 a.m. on Thursday.', WED_JAN_14,
     [('8 a.m. on Thursday', '2026-01-15T08:00')]),
    # ---- class years, grades and courses
    ("The class of 2027 is the largest in the school's history.", WED_JAN_14,
     [('2027', '2027')]),
    ('The study followed 2,000 pupils from Year 7 to Year 11.', WED_JAN_14,
     []),
    ('Students in Grade 12 take the exam.', WED_JAN_14,
     []),
    ('The finals schedule for Week 10 is posted online.', WED_JAN_14,
     []),
    ('Room 2025 is reserved for the exam.', WED_JAN_14,
     []),
    ('Students need 120 credits to graduate.', WED_JAN_14,
     []),
    ('The college admitted its first women in 1969.', WED_JAN_14,
     [('1969', '1969')]),
]

GAPS: list[Gap] = [
    ('Enrollment rose 4 percent this semester.', WED_JAN_14,
     [('this semester', '2026-SP')],
     "'this semester' (and 'this term', 'next term') is not read: a semester is no TimeML unit, and only a "
     "semester named by its season is tagged"),
    ('The board approved the calendar for next school year.', MON_AUG_4,
     [('next school year', '2026')],
     "'next school year' is not read; in August the school year about to start is 2025-26, so the next "
     "is 2026-27, valued by its first year"),
    ('The first week of the semester was disrupted by a storm.', WED_JAN_14,
     [('The first week of the semester', 'XXXX-WXX')],
     "'the first week of the semester' is read as the length 'The first week' (P1W), though it is a "
     "week of the calendar (its date is the semester's first week)"),
    ('The summer session runs from June 8 to July 31.', WED_JAN_14,
     [('The summer session', '2026-SU'), ('June 8', '2026-06-08'), ('July 31', '2026-07-31')],
     "a season with no tense cue is read as the last one (2025-SU), though the days told with it lie "
     "ahead in 2026"),
    ('Applications for the 2026 intake close on January 15.', MON_AUG_4,
     [('2026', '2026'), ('January 15', '2026-01-15')],
     "the present 'close' of a deadline is no future cue, so the bare month-day is read as the last "
     "January 15"),
    ('The course code is MATH 1010.', WED_JAN_14,
     [],
     "a four-digit course number after a subject in capitals is read as the year 1010"),
    ('The school day will start 30 minutes later from next term.', MON_AUG_4,
     [('30 minutes', 'PT30M')],
     "'start 30 minutes later' is a comparison (a length), not a day 30 minutes after another; and "
     "'next term' is not read"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_education_texts(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_education_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40
