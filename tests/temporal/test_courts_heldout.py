"""Court, crime and police reports, annotated by hand for held-out news.

Arrests, charges, trials, sentences, appeals, inquests and police appeals for witnesses as wires
and local papers (US and UK) write them, written for this test, not copied from any corpus, at
several publication dates (DCTs). Values follow TimeML 1.2 / TempEval-3: a sentence or term is a
DURATION ("15 years", "a 10-year sentence", "two years' probation"), "life in prison" is none; the
night of the crime is dated by the clock time and the day it names ("between 11 p.m. Friday and 2 a.m.
Saturday"), the day after "the night of" is tagged alone as TimeBank tags "the night of Oct. 23"; a
court's next date is ahead of the report: "remanded in custody until Friday", "bailed to appear ... on
Friday", "adjourned to Monday" (while "failed to appear on Friday" is past); docket numbers
("2:19-cr-00123", "1:20-cv-04567"), statute sections ("Section 1983", "Penal Code 187"), courts,
circuits and amendments, ages, house numbers and US police blocks ("the 1800 block of West Madison
Street"), badge numbers, "Article 50", "Room 101", "999 calls" and "911" are no times. Clock
times leave out "about"/"around" as the other held-out files do. Extents leave out leading
prepositions. Each case asserts the engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

CASES: list[Case] = [
    ('A Manhattan federal judge sentenced him to 15 years in prison on Wednesday.',
     '2019-03-14', [('15 years', 'P15Y'), ('Wednesday', '2019-03-13')]),
    ('She was sentenced to life in prison without the possibility of parole.',
     '2019-03-14', []),
    ('He is serving a 10-year sentence for armed robbery.',
     '2019-03-14', [('10-year', 'P10Y')]),
    ("The judge gave her two years' probation and ordered 200 hours of community service.",
     '2019-03-14', [('two years', 'P2Y'), ('200 hours', 'PT200H')]),
    ('He served 18 months of a three-year term before he was released in 2016.',
     '2019-03-14', [('18 months', 'P18M'), ('three-year', 'P3Y'), ('2016', '2016')]),
    ('He will be eligible for parole in 2031.',
     '2019-03-14', [('2031', '2031')]),
    ('She received a suspended sentence of six months.',
     '2019-03-14', [('six months', 'P6M')]),
    ('The defendant has 30 days to appeal the verdict.',
     '2019-03-14', [('30 days', 'P30D')]),
    ('Lawyers must file the motion within 28 days.',
     '2019-03-14', [('28 days', 'P28D')]),
    ('The law sets a 90-day deadline for prosecutors to bring charges.',
     '2019-03-14', [('90-day', 'P90D')]),
    ('Police said the burglary took place between 11 p.m. Friday and 2 a.m. Saturday.',
     '2018-06-05', [('11 p.m. Friday', '2018-06-01T23:00'), ('2 a.m. Saturday', '2018-06-02T02:00')]),
    ('The victim was attacked in the early hours of Sunday.',
     '2018-06-05', [('Sunday', '2018-06-03')]),
    ('Officers were called shortly after midnight.',
     '2018-06-05', [('midnight', '2018-06-05T00:00')]),
    ('The shooting happened on the night of June 3.',
     '2018-06-05', [('June 3', '2018-06-03')]),
    ('The indictment says that on or about May 5, 2017, he wired $40,000 to an account in Cyprus.',
     '2018-06-05', [('May 5, 2017', '2017-05-05')]),
    ('He had argued with the victim the night before.',
     '2018-06-05', [('the night before', '2018-06-04TNI')]),
    ('She had seen him the previous evening.',
     '2018-06-05', [('the previous evening', '2018-06-04TEV')]),
    ('His body was found the following morning.',
     '2018-06-05', [('the following morning', '2018-06-06TMO')]),
    ('He was arrested three days after the shooting.',
     '2018-06-05', [('three days', 'P3D')]),
    ('The trial, which begins Monday, is expected to last six weeks.',
     '2021-10-20', [('Monday', '2021-10-25'), ('six weeks', 'P6W')]),
    ('He is due to be sentenced on March 3.',
     '2021-10-20', [('March 3', '2022-03-03')]),
    ('He was remanded in custody until Friday.',
     '2021-10-20', [('Friday', '2021-10-22')]),
    ('The hearing was adjourned until next month.',
     '2021-10-20', [('next month', '2021-11')]),
    ('Prosecutors said they would seek a retrial next year.',
     '2021-10-20', [('next year', '2022')]),
    ('The jury convicted him after a 12-day trial.',
     '2021-10-20', [('12-day', 'P12D')]),
    ('The appeals court upheld the 2019 ruling.',
     '2021-10-20', [('2019', '2019')]),
    ('In a ruling last week, the judge dismissed the lawsuit.',
     '2021-10-20', [('last week', '2021-W41')]),
    ('He was charged in a May 2018 indictment with wire fraud.',
     '2021-10-20', [('May 2018', '2018-05')]),
    ('The case, 2:19-cr-00123, was assigned to Judge Smith.',
     '2021-10-20', []),
    ('The complaint, filed as 1:20-cv-04567, names three officers.',
     '2021-10-20', []),
    ('The family sued under Section 1983, alleging excessive force.',
     '2021-10-20', []),
    ('He was charged under Penal Code 187 with murder.',
     '2021-10-20', []),
    ('The case was heard in Court 3 at Southwark Crown Court.',
     '2021-10-20', []),
    ('The 1st Circuit Court of Appeals rejected the appeal.',
     '2021-10-20', []),
    ('He invoked the Fifth Amendment more than 30 times.',
     '2021-10-20', []),
    ('The 24-year-old was arrested at his home in Leeds.',
     '2021-10-20', []),
    ('Police were called to a house at 1600 Pennsylvania Avenue.',
     '2021-10-20', []),
    ('The crash happened on the 1800 block of West Madison Street.',
     '2021-10-20', []),
    ('Officer Daniel Pantaleo, badge number 1045, was fired in 2019.',
     '2021-10-20', [('2019', '2019')]),
    ('The government triggered Article 50 in March 2017.',
     '2021-10-20', [('March 2017', '2017-03')]),
    ('The inquiry met in Room 101 of the courthouse.',
     '2021-10-20', []),
    ('Emergency services received dozens of 999 calls.',
     '2021-10-20', []),
    ('A neighbour called 911 shortly before 9 p.m.',
     '2021-10-20', [('9 p.m.', '2021-10-20T21:00')]),
    ("She was bailed to appear at Leeds Magistrates' Court on Friday.",
     '2021-10-20', [('Friday', '2021-10-22')]),
    ('The case was adjourned to Monday.',
     '2021-10-20', [('Monday', '2021-10-25')]),
    ('He was remanded in custody to appear at the Old Bailey on November 12.',
     '2021-10-20', [('November 12', '2021-11-12')]),
    ('The judge adjourned the case until Thursday for reports.',
     '2021-10-20', [('Thursday', '2021-10-21')]),
    ('He was released on bail until December pending further inquiries.',
     '2021-10-20', [('December', '2021-12')]),
    ('He failed to appear in court on Friday.',
     '2021-10-20', [('Friday', '2021-10-15')]),
    ('He was summonsed to appear before magistrates on Tuesday.',
     '2021-10-20', [('Tuesday', '2021-10-26')]),
    ('Detectives are appealing for witnesses who were in the area between 10pm and midnight on Saturday.',
     '2021-10-20', [('10pm', '2021-10-16T22:00'), ('midnight on Saturday', '2021-10-16T24:00')]),
    ('Anyone with information is asked to call 101, quoting log 1234 of 17 October.',
     '2021-10-20', [('17 October', '2021-10-17')]),
    ('He will appear before magistrates on Monday.',
     '2021-10-20', [('Monday', '2021-10-25')]),
    ('The inquest, which opened in August, heard that she died on 4 July.',
     '2021-10-20', [('August', '2021-08'), ('4 July', '2021-07-04')]),
    ('He was given a 12-month community order and a six-month curfew.',
     '2021-10-20', [('12-month', 'P12M'), ('six-month', 'P6M')]),
    ('LONDON (Reuters) - A former banker was jailed for six years on Wednesday for his part in a plot to rig Libor.',
     '2017-02-08', [('six years', 'P6Y'), ('Wednesday', '2017-02-08')]),
    ('Sentencing is expected in April.',
     '2017-02-08', [('April', '2017-04')]),
    ('The trial heard that the offences took place between 2006 and 2010.',
     '2017-02-08', [('2006', '2006'), ('2010', '2010')]),
    ('He had been on bail since his arrest in December 2013.',
     '2017-02-08', [('December 2013', '2013-12')]),
    ('A Texas man was executed Tuesday evening for the 2003 killing of a convenience store clerk.',
     '2019-11-26', [('Tuesday evening', '2019-11-26TEV'), ('2003', '2003')]),
    ('His lawyers had asked the Supreme Court on Monday to halt the execution.',
     '2019-11-26', [('Monday', '2019-11-25')]),
    ('The Court of Criminal Appeals denied a stay last week.',
     '2019-11-26', [('last week', '2019-W47')]),
    ('He spent more than 15 years on death row.',
     '2019-11-26', [('more than 15 years', 'P15Y')]),
    ('Police appealed on Friday for witnesses to a hit-and-run in Bristol in the early hours of Thursday.',
     '2016-07-15', [('Friday', '2016-07-15'), ('Thursday', '2016-07-14')]),
    ('Police appealed on Friday for witnesses to a hit-and-run in Bristol in the early hours of Thursday. '
     'The 23-year-old cyclist was hit at around 1.30am on Gloucester Road. He died in hospital later that day.',
     '2016-07-15', [('Friday', '2016-07-15'), ('Thursday', '2016-07-14'), ('1.30am', '2016-07-14T01:30'),
                    ('later that day', '2016-07-14')]),
    ('Harris was arrested on March 3, 2019. Two days later he was charged with murder.',
     '2020-02-20', [('March 3, 2019', '2019-03-03'), ('Two days later', '2019-03-05')]),
    ('He was sentenced to 25 years to life.',
     '2022-05-11', [('25 years', 'P25Y')]),
    ('The crash closed Interstate 95 near exit 1200 for hours.',
     '2022-05-11', [('hours', 'PTXH')]),
    ('The jury took just over four days to reach its verdicts.',
     '2017-02-08', [('over four days', 'P4D')]),
    ('A Cook County jury on Thursday found a former Chicago police officer guilty of second-degree murder in the 2014 shooting.',
     '2020-01-09', [('Thursday', '2020-01-09'), ('2014', '2014')]),
    ('He faces up to 20 years in prison when he is sentenced next month.',
     '2020-01-09', [('up to 20 years', 'P20Y'), ('next month', '2020-02')]),
    ('Judge Vincent Gaughan set a sentencing hearing for Feb. 27.',
     '2020-01-09', [('Feb. 27', '2020-02-27')]),
    ('Jurors deliberated for about eight hours over two days.',
     '2020-01-09', [('about eight hours', 'PT8H'), ('two days', 'P2D')]),
    ('The inquest into the death of a 19-year-old student was opened and adjourned on Monday.',
     '2018-09-04', [('Monday', '2018-09-03')]),
    ('She was found unresponsive at her halls of residence on August 28.',
     '2018-09-04', [('August 28', '2018-08-28')]),
    ('The coroner said a post-mortem examination had been carried out last Thursday.',
     '2018-09-04', [('last Thursday', '2018-08-30')]),
    ('He must serve a minimum term of 18 years before he can be considered for parole.',
     '2022-05-11', [('18 years', 'P18Y')]),
    ('The defendant, Case No. 2018-CF-001234, pleaded not guilty.',
     '2022-05-11', []),
    ('The crash on the M25 near junction 10 happened at 02:15.',
     '2022-05-11', [('02:15', '2022-05-11T02:15')]),
    ('A 911 call came in at 9:14 p.m. on Friday.',
     '2022-05-11', [('9:14 p.m. on Friday', '2022-05-06T21:14')]),
    ('Prosecutors have until Friday to decide whether to retry him.',
     '2022-05-11', [('Friday', '2022-05-13')]),
    ('The sentencing was pushed back to June 14.',
     '2022-05-11', [('June 14', '2022-06-14')]),
    ('He was found guilty on all 12 counts after a three-week trial in 1998.',
     '2022-05-11', [('three-week', 'P3W'), ('1998', '1998')]),
]

GAPS: list[Gap] = [
    ("The attack happened on June 3, police said.", "2022-05-11",
     [("June 3", "2021-06-03")],
     "a past-tense day up to about 200 days ahead of the DCT still beats the one before it (the soft "
     "past penalty; making it 400 for days lost 14 correct values on TBAQ and 2 on MEANTIME)"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_court_and_crime_reports(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_court_and_crime_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 50
