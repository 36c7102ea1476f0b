"""Held-out first-person narratives, features and personal essays, annotated by hand (TimeML 1.2 /
TempEval-3).

Memoirs and narrative reporting tell times relative to each other far more than to the
publication date: chains that start from a year or a full date ("In the fall of 1998 ... That
winter ... The following spring ... By June"; "On March 3, 2011 ... The next day ... Two days
later ... That Friday"), the parts of a day around the day told ("The night before", "The morning
after"), the week or month of the story's day ("By the end of the week"), habits ("Every Sunday",
"Each summer", "On weekends"), and stories that give no date at all, where the chain stays
unknown (`XXXX-SU`, `XXXX-XX-XXTMO`, `XXXX-WXX`): a "next morning" told in the past tense is not
the day after the publication. Ages and life stages ("when I was 12", "at 17", "in my twenties",
"as a teenager") are not tagged. Expectations are (extent, value) in text order, with no leading
preposition; a bare "A week" before "after that" is the length of time TimeML tags (the event
"that" refers to gives the date). tests/temporal/test_narrative.py, test_history_heldout.py,
test_lives_heldout.py and test_long_articles_heldout.py hold histories and biographies; these do
not repeat them. Known gaps are strict xfails with their reason.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

CASES: list[tuple[str, str, Expected]] = [
    # chains that start from a year or a season of a year
    ("In the fall of 1998 my father lost his job at the mill. That winter we lived on soup and credit. The "
     "following spring he found work in Toledo, and by June we had moved.", "2019-05-20",
     [("the fall of 1998", "1998-FA"), ("That winter", "1999-WI"), ("The following spring", "1999-SP"),
      ("June", "1999-06")]),
    ("In 1987 we bought the farm. That year the rains failed. Later that year my mother fell ill. By the end "
     "of the year we had sold the cows.", "2021-08-02",
     [("1987", "1987"), ("That year", "1987"), ("Later that year", "1987"), ("the end of the year", "1987")]),
    ("In 1987 we bought the farm. That same year my sister married.", "2021-08-02",
     [("1987", "1987"), ("That same year", "1987")]),
    ("In 1968 my parents divorced. I spent that summer with my aunt. The next summer I was back with my "
     "mother.", "2021-08-02",
     [("1968", "1968"), ("that summer", "1968-SU"), ("The next summer", "1969-SU")]),
    ("In the winter of 1979 the factory closed. For months my father looked for work. In the spring he found "
     "a job in Flint; by the summer we had moved.", "2021-08-02",
     [("the winter of 1979", "1979-WI"), ("months", "PXM"), ("the spring", "1979-SP"), ("the summer", "1979-SU")]),
    ("In the summer of 1972, my family drove west. We reached Utah on July 4. A week later we were in "
     "California. By the end of the month we were broke.", "2021-08-02",
     [("the summer of 1972", "1972-SU"), ("July 4", "1972-07-04"), ("A week later", "1972-W28"),
      ("the end of the month", "1972-07")]),
    ("In 2009 he opened the bakery. A decade later, it was the busiest in town.", "2021-08-02",
     [("2009", "2009"), ("A decade later", "2019")]),
    ("She was born in Ohio in 1950. At 18 she moved to New York, and two years later she married.", "2021-08-02",
     [("1950", "1950"), ("two years later", "1952")]),
    ("I was born in 1961 in a small town in Kansas. When I was twelve, we moved to Wichita. Every Saturday my "
     "father took me to the library.", "2021-08-02",
     [("1961", "1961"), ("Every Saturday", "XXXX-WXX-6")]),
    ("In April 2003 we moved to Basra. The following Christmas I was home.", "2021-08-02",
     [("April 2003", "2003-04"), ("Christmas", "2003-12-25")]),
    ("I met her in 2004. The previous summer I had dropped out of college.", "2021-08-02",
     [("2004", "2004"), ("The previous summer", "2003-SU")]),
    ("It was late September 1944. For three days the rain had not stopped.", "2021-08-02",
     [("late September 1944", "1944-09"), ("three days", "P3D")]),
    # chains that start from a full date
    ("On March 3, 2011, the river crested. The next day, volunteers filled sandbags. Two days later the levee "
     "broke. That Friday, the governor came.", "2019-05-20",
     [("March 3, 2011", "2011-03-03"), ("The next day", "2011-03-04"), ("Two days later", "2011-03-06"),
      ("That Friday", "2011-03-11")]),
    ("The levee broke on March 6, 2011. A week after that, the water began to recede.", "2019-05-20",
     [("March 6, 2011", "2011-03-06"), ("A week", "P1W")]),
    ("We left Saigon on April 29, 1975. The night before, my mother had sewn gold into the hem of her dress. "
     "The morning after, we were on a ship.", "2019-05-20",
     [("April 29, 1975", "1975-04-29"), ("The night before", "1975-04-28TNI"),
      ("The morning after", "1975-04-30TMO")]),
    ("The wedding was on May 2, 1990. The evening before, the two families cooked together.", "2019-05-20",
     [("May 2, 1990", "1990-05-02"), ("The evening before", "1990-05-01TEV")]),
    ("She started the job on Monday, June 7, 1999. By the end of the week she wanted to quit.", "2021-08-02",
     [("Monday, June 7, 1999", "1999-06-07"), ("the end of the week", "1999-W23")]),
    ("On June 12, 1994, I turned up at the station. By the end of the week I had a desk. Later that month I "
     "wrote my first story.", "2021-08-02",
     [("June 12, 1994", "1994-06-12"), ("the end of the week", "1994-W23"), ("Later that month", "1994-06")]),
    ("On June 12, 1994, I arrived. The week before, I had quit my job. The day after, I started.", "2021-08-02",
     [("June 12, 1994", "1994-06-12"), ("The week before", "1994-W22"), ("The day after", "1994-06-13")]),
    ("On Aug. 14, 2003, the lights went out. That evening, we sat on the stoop. By midnight the street was "
     "full. The power came back the following afternoon.", "2021-08-02",
     [("Aug. 14, 2003", "2003-08-14"), ("That evening", "2003-08-14TEV"), ("midnight", "2003-08-14T24:00"),
      ("the following afternoon", "2003-08-15TAF")]),
    ("The phone rang in January 1983. That winter, the barn burned.", "2021-08-02",
     [("January 1983", "1983-01"), ("That winter", "1983-WI")]),
    ("I first visited Berlin in 1989. I went back in 2014 for the first time in 25 years.", "2021-08-02",
     [("1989", "1989"), ("2014", "2014"), ("25 years", "P25Y")]),
    # stories with no date: the chain stays unknown
    ("My grandfather never talked about the war. He died when I was ten. The next morning, my mother burned "
     "his letters. The following week, we sold the house.", "2021-08-02",
     [("The next morning", "XXXX-XX-XXTMO"), ("The following week", "XXXX-WXX")]),
    ("We met at a party. The next day he called.", "2021-08-02",
     [("The next day", "XXXX-XX-XX")]),
    ("I was nine when the war ended. Three years later, my father came home.", "2021-08-02",
     [("Three years later", "XXXX")]),
    ("The night before the exam, I didn't sleep. The next morning I failed it.", "2021-08-02",
     [("The next morning", "XXXX-XX-XXTMO")]),
    ("That summer we swam in the quarry every day.", "2021-08-02",
     [("That summer", "XXXX-SU"), ("every day", "P1D")]),
    ("The following spring, my mother planted tomatoes along the fence.", "2016-09-30",
     [("The following spring", "XXXX-SP")]),
    # ages and life stages are no time expressions
    ("When I was 12, my grandmother taught me to fish. At 17 I left home. In my twenties I drifted. As a "
     "teenager I hated the lake.", "2021-08-02", []),
    ("For the first time in years, I went back to the lake. For years I had avoided it.", "2021-08-02",
     [("years", "PXY"), ("years", "PXY")]),
    # "One day" opening a past story is tagged as the tweets corpus tags it ("One day, I walked into my
    # brother's room": DURATION P1D); reading it as an unstated day (XXXX-XX-XX) cost two tweets' values
    ("One day a letter arrived from Chicago.", "2021-08-02", [("One day", "P1D")]),
    ("These days I rarely think of it.", "2021-08-02", [("These days", "PRESENT_REF")]),
    ("Nowadays there are three clinics in town.", "2021-08-02", [("Nowadays", "PRESENT_REF")]),
    # habits and sets
    ("Every Sunday we drove to church. Each summer we went to the coast. On weekends my father fixed cars.",
     "2021-08-02",
     [("Every Sunday", "XXXX-WXX-7"), ("Each summer", "XXXX-SU"), ("weekends", "XXXX-WE")]),
    ("Twice a year we visited my aunt in Duluth.", "2021-08-02", [("Twice a year", "P1Y")]),
    ("Every year since, I have gone back to the house.", "2021-08-02", [("Every year", "P1Y")]),
    ("Every night she waited by the phone.", "2021-08-02", [("Every night", "XXXX-XX-XXTNI")]),
    # news features that open on the present keep to the publication date
    ("Last June, Maria Lopez lost her job. The next day she started looking for another.", "2021-08-02",
     [("Last June", "2021-06"), ("The next day", "2021-06-XX")]),
    ("He was fired last year. The following spring he opened a food truck.", "2021-08-02",
     [("last year", "2020"), ("The following spring", "2021-SP")]),
    ("The clinic opened on Monday. The next morning, the line stretched around the block.", "2021-08-05",
     [("Monday", "2021-08-02"), ("The next morning", "2021-08-03TMO")]),
    ("The festival opens on Friday. The next day, the parade will cross the bridge.", "2021-08-02",
     [("Friday", "2021-08-06"), ("The next day", "2021-08-07")]),
    # "was ... in <month>" dates the month as "happened in" does: the last October
    ("It was a Tuesday in October. The next morning, the police came.", "2021-08-02",
     [("a Tuesday", "XXXX-WXX-2"), ("October", "2020-10"), ("The next morning", "2020-10-XX")]),
    ("The crash was in October, a year before the trial.", "2021-08-02", [("October", "2020-10"), ("a year", "P1Y")]),
]

GAPS: list[Gap] = [
    ("My father had been a sailor. He left in the spring and came back in the fall. The following winter, he "
     "didn't come back at all. Two years later we moved away.", "2021-08-02",
     [("the spring", "XXXX-SP"), ("the fall", "XXXX-FA"), ("The following winter", "XXXX-WI"),
      ("Two years later", "XXXX")],
     "a bare season in a past story that gives no date is read as the last one before the publication "
     "(as news reports it); telling an undated memoir from news needs more than the tense"),
    ("The summer I turned sixteen, I worked at a carnival. That August, it rained every day.", "2021-08-02",
     [("The summer", "XXXX-SU"), ("That August", "XXXX-08"), ("every day", "P1D")],
     "a season a clause defines ('the summer I turned sixteen') is not told apart from the last summer; "
     "'That August' with nothing before it is read as the current August"),
    ("Most mornings I walked to school.", "2021-08-02",
     [("Most mornings", "XXXX-XX-XXTMO")],
     "'most mornings' (a SET with quant MOST) is not tagged"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_narratives(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_narrative_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) and len(texts) >= 40
