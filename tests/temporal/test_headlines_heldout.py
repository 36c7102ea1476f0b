"""Headlines, decks, ledes, photo captions and briefs, annotated by hand (TimeML 1.2 / TempEval-3).

Written for this test (not copied from any corpus). Headline grammar tells tense its own way:
the historical present tells what has happened ("Stocks fall Tuesday as oil jumps", "Earthquake
kills 300"), "to" + verb what is planned ("Putin, Erdogan to meet Thursday"), a bare participle
is a passive past ("Journalist killed in Gaza Monday"), "due"/"expected"/"set to" look ahead. The
engine tells a headline by the text's shape only: a short line of its own that opens with a
capital or a figure, has no final stop and has a paragraph under it. A headline's day with no cue
takes the tense of the same day in the lede ("U.S. stocks fell on Tuesday"), else the tense of
the lede's first sentence (a reporting verb passed over); with neither, its present is no
schedule. A caption's present is the moment pictured, told by its photo credit ("(AP Photo/...)").
A line with no paragraph under it (a post, a bare line) keeps the scheduled present. Extents
leave out leading prepositions; each case asserts the engine's whole output.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

THU = "2015-03-12"          # Tuesday two days back or five ahead
FRI_MAR_13 = "2015-03-13"
MON = "2016-06-20"
MON_MAR_16 = "2015-03-16"
WED = "2019-10-09"
SAT = "2021-01-16"
FRI = "2022-09-30"

Case = tuple[str, str, Expected]

CASES: list[Case] = [
    # ---- the historical present of a headline, with the lede telling the same day
    ("Stocks fall Tuesday as oil jumps\n\nNEW YORK (AP) — U.S. stocks fell on Tuesday as oil prices jumped to "
     "their highest level this year.", THU,
     [("Tuesday", "2015-03-10"), ("Tuesday", "2015-03-10"), ("this year", "2015")]),
    ("Stocks Fall Tuesday As Oil Jumps\n\nU.S. stocks fell on Tuesday as oil prices jumped.", THU,
     [("Tuesday", "2015-03-10"), ("Tuesday", "2015-03-10")]),
    ("Earthquake kills 300 in eastern Turkey\n\nA powerful earthquake struck eastern Turkey on Monday, killing "
     "at least 300 people and trapping hundreds under rubble.", THU, [("Monday", "2015-03-09")]),
    ("Rebels seize key town Sunday, officials say\n\nRebels seized the strategic town of Kobani on Sunday after "
     "three days of fighting, officials said.", THU,
     [("Sunday", "2015-03-08"), ("Sunday", "2015-03-08"), ("three days", "P3D")]),
    ("Obama meets Merkel Monday\n\nPresident Barack Obama met German Chancellor Angela Merkel at the White House "
     "on Monday to discuss Ukraine.", THU, [("Monday", "2015-03-09"), ("Monday", "2015-03-09")]),
    # ... and the same headline over a preview
    ("Obama meets Merkel Monday\n\nPresident Barack Obama will meet German Chancellor Angela Merkel at the White "
     "House on Monday to discuss Ukraine.", THU, [("Monday", "2015-03-16"), ("Monday", "2015-03-16")]),
    ("Police arrest suspect Saturday in downtown shooting\n\nPolice arrested a 24-year-old man on Saturday in "
     "connection with a shooting that wounded two people.", MON,
     [("Saturday", "2016-06-18"), ("Saturday", "2016-06-18")]),
    ("Parliament votes on Brexit deal Tuesday\n\nBritish lawmakers will vote on the withdrawal agreement on "
     "Tuesday, the government said.", SAT, [("Tuesday", "2021-01-19"), ("Tuesday", "2021-01-19")]),
    ("Schools reopen Monday after week of snow closures\n\nStudents will return to classes on Monday after a "
     "week of closures, the district said.", FRI,
     [("Monday", "2022-10-03"), ("Monday", "2022-10-03"), ("a week", "P1W")]),
    ("Voters head to the polls Sunday in Colombia runoff\n\nColombians will choose a new president on Sunday in "
     "a runoff between two former mayors.", FRI, [("Sunday", "2022-10-02"), ("Sunday", "2022-10-02")]),
    ("World Cup final Sunday: France face Croatia\n\nFrance and Croatia meet in Moscow on Sunday in the World "
     "Cup final.", "2018-07-13", [("Sunday", "2018-07-15"), ("Sunday", "2018-07-15")]),
    ("Talks resume Monday in Geneva\n\nNegotiators are due to return to the table on Monday after a weekend "
     "break.", SAT, [("Monday", "2021-01-18"), ("Monday", "2021-01-18"), ("a weekend", "P1WE")]),
    ("Toyota recalls cars Monday\n\nNAGOYA, Japan (AP) _\n\nToyota Motor Corp. recalled 400,000 cars on Monday.",
     "2010-02-10", [("Monday", "2010-02-08"), ("Monday", "2010-02-08")]),
    # ---- the lede's first sentence tells whether the headline reports or previews
    ("Stocks fall Tuesday as oil jumps\n\nWall Street closed lower as crude surged and investors sold "
     "technology shares.", THU, [("Tuesday", "2015-03-10")]),
    ("Apple unveils new iPhone Wednesday\n\nApple showed off its latest phone at an event in Cupertino, "
     "California.", THU, [("Wednesday", "2015-03-11")]),
    ("Storm batters coast Wednesday; thousands without power\n\nA powerful storm lashed the Atlantic coast, "
     "knocking out power to more than 200,000 homes.", THU, [("Wednesday", "2015-03-11")]),
    ("Merkel visits Kyiv Saturday\n\nGerman Chancellor Angela Merkel visited the Ukrainian capital, her first "
     "trip there since the war began.", MON_MAR_16, [("Saturday", "2015-03-14")]),
    ("Trial begins Monday for former mayor\n\nJury selection is set to begin in the corruption trial of former "
     "mayor Ray Nagin.", FRI_MAR_13, [("Monday", "2015-03-16")]),
    ("Journalist killed in Gaza Monday\n\nA Palestinian journalist was killed by an airstrike in Gaza City, the "
     "local press union said.", THU, [("Monday", "2015-03-09")]),
    ("Arsenal face Spurs Sunday\n\nArsenal host Tottenham at the Emirates in the north London derby.",
     FRI_MAR_13, [("Sunday", "2015-03-15")]),
    ("Lawmakers return to Washington Monday to face shutdown deadline\n\nCongress has until midnight Friday to "
     "pass a spending bill.", SAT, [("Monday", "2021-01-18"), ("midnight Friday", "2021-01-22T24:00")]),
    # ---- "to" + verb, "due", "expected", "set to": ahead
    ("Putin, Erdogan to meet Thursday\n\nRussian President Vladimir Putin and Turkish President Recep Tayyip "
     "Erdogan will meet in Sochi to discuss Syria.", MON, [("Thursday", "2016-06-23")]),
    ("Jobs report due Friday\n\nEconomists expect the Labor Department to report that employers added 200,000 "
     "jobs in September.", WED, [("Friday", "2019-10-11"), ("September", "2019-09")]),
    ("Election results expected Tuesday\n\nOfficials said final results of Sunday's vote would be published "
     "within two days.", "2019-10-07",
     [("Tuesday", "2019-10-08"), ("Sunday", "2019-10-06"), ("two days", "P2D")]),
    ("Fed set to raise rates Wednesday\n\nThe Federal Reserve is widely expected to raise interest rates for the "
     "first time in nearly a decade.", MON, [("Wednesday", "2016-06-22"), ("nearly a decade", "P10Y")]),
    ("Storm to hit Florida by Thursday\n\nForecasters said Hurricane Ian would make landfall on Florida's Gulf "
     "Coast late Wednesday or early Thursday.", "2022-09-26",
     [("Thursday", "2022-09-29"), ("late Wednesday", "2022-09-28"), ("early Thursday", "2022-09-29")]),
    ("Ceasefire takes effect Sunday\n\nA ceasefire between the two sides will take effect at dawn, the "
     "mediators announced.", FRI, [("Sunday", "2022-10-02"), ("dawn", "2022-10-02TMO")]),
    ("Apple's iPhone 4 goes on sale Thursday\n\nThursday, June 24, 2010\n\nApple's new iPhone 4 will go on sale "
     "on Thursday in five countries.", "2010-06-22",
     [("Thursday", "2010-06-24"), ("Thursday, June 24, 2010", "2010-06-24"), ("Thursday", "2010-06-24")]),
    ("Verdict expected next week in Chauvin trial\n\nClosing arguments in the murder trial of former "
     "Minneapolis police officer Derek Chauvin began Monday.", "2021-04-20",
     [("next week", "2021-W17"), ("Monday", "2021-04-19")]),
    # ---- headlines with no day: the lede dates the story
    ("Senate passes budget bill Wednesday night\n\nThe Senate approved a two-year budget deal early Thursday, "
     "sending it to the president.", THU,
     [("Wednesday night", "2015-03-11TNI"), ("two-year", "P2Y"), ("early Thursday", "2015-03-12")]),
    ("Oil prices hit six-month low\n\nBenchmark crude fell 3 percent on Wednesday to its lowest level since "
     "April.", THU, [("six-month", "P6M"), ("Wednesday", "2015-03-11"), ("April", "2014-04")]),
    ("Opposition leader arrested in Moscow\n\nRussian police detained opposition leader Alexei Navalny at a "
     "Moscow airport on Sunday evening after he returned from Germany.", "2021-01-18",
     [("Sunday evening", "2021-01-17TEV")]),
    ("Hurricane Ian slams Florida\n\nHurricane Ian made landfall Wednesday afternoon near Cayo Costa as a "
     "Category 4 storm.", FRI, [("Wednesday afternoon", "2022-09-28TAF")]),
    ("Queen Elizabeth dies at 96\n\nQueen Elizabeth II, Britain's longest-reigning monarch, died Thursday at "
     "Balmoral Castle in Scotland.", "2022-09-09", [("Thursday", "2022-09-08")]),
    ("Markets rally as inflation cools\n\nStocks rose sharply on Thursday after a report showed inflation "
     "slowed in August.", FRI, [("Thursday", "2022-09-29"), ("August", "2022-08")]),
    ("Tesla recalls 1.1 million cars\n\nTesla is recalling more than 1.1 million vehicles in the United States, "
     "regulators said on Thursday.", FRI, [("Thursday", "2022-09-29")]),
    ("Firefighters battle wildfire in Sierra foothills\n\nMore than 1,000 firefighters were battling a wildfire "
     "that has burned 20,000 acres since Saturday.", "2021-08-03", [("Saturday", "2021-07-31")]),
    ("Pope visits Iraq\n\nPope Francis arrived in Baghdad on Friday for the first papal visit to Iraq.",
     "2021-03-06", [("Friday", "2021-03-05")]),
    ("Blast rocks Beirut port\n\nA massive explosion tore through Beirut's port on Tuesday evening, killing "
     "dozens and injuring thousands.", "2020-08-05", [("Tuesday evening", "2020-08-04TEV")]),
    ("Dow closes above 30,000 for first time\n\nThe Dow Jones Industrial Average closed above 30,000 on "
     "Tuesday, a milestone reached after months of gains.", "2020-11-25",
     [("Tuesday", "2020-11-24"), ("months", "PXM")]),
    # ---- briefs: a kicker line, a headline, one paragraph
    ("IN BRIEF\n\nCouncil approves budget\n\nThe city council approved a $2.1 billion budget on Tuesday after a "
     "four-hour debate.", THU, [("Tuesday", "2015-03-10"), ("four-hour", "PT4H")]),
    ("Man charged in hit-and-run\n\nA 31-year-old man was charged Friday with leaving the scene of a crash that "
     "killed a cyclist last month.", MON, [("Friday", "2016-06-17"), ("last month", "2016-05")]),
    ("Bridge to close for repairs\n\nThe Main Street bridge will close to traffic from Monday until the end of "
     "June, the county said.", FRI, [("Monday", "2022-10-03"), ("the end of June", "2023-06")]),
    # ---- captions: the present of the moment pictured
    ("Rescuers search the rubble in Antakya on Tuesday. (AP Photo/Emrah Gurel)", THU, [("Tuesday", "2015-03-10")]),
    ("Demonstrators gather outside parliament on Wednesday. (Photo by Jane Doe/Getty Images)", "2019-10-10",
     [("Wednesday", "2019-10-09")]),
    ("Rescuers search the rubble of a collapsed building in Antakya, Turkey, on Tuesday, Feb. 7, 2023.",
     "2023-02-08", [("Tuesday, Feb. 7, 2023", "2023-02-07")]),
    ("Protesters march through central Paris on Saturday, Jan. 16, 2021. (AP Photo/Michel Euler)", SAT,
     [("Saturday, Jan. 16, 2021", "2021-01-16")]),
    ("Prime Minister Boris Johnson is pictured Tuesday outside 10 Downing Street.", THU,
     [("Tuesday", "2015-03-10")]),
    ("Firefighters tackle blaze at warehouse on Monday.", THU, [("Monday", "2015-03-09")]),
    # ---- no headline by shape: a post's lines keep the scheduled present
    ("i start my new job monday\nso nervous lol", FRI_MAR_13, [("monday", "2015-03-16")]),
    ("Concert Saturday\nwho's coming?", MON_MAR_16, [("Saturday", "2015-03-14")]),
    # a preview sentence (final stop, no paragraph under it) is no headline
    ("The Knicks host the Celtics on Sunday at Madison Square Garden.", THU, [("Sunday", "2015-03-15")]),
]

GAPS: list[Gap] = [
    ("Stocks fall Tuesday as oil jumps", THU, [("Tuesday", "2015-03-10")],
     "a headline alone (no line break, no paragraph under it) cannot be told from a post's scheduled "
     "present by its shape ('Schools reopen Monday'), so it keeps the weak future"),
    ("Rescuers search the rubble in Antakya on Tuesday.", THU, [("Tuesday", "2015-03-10")],
     "a caption without its photo credit reads like a preview sentence; only the credit tells the "
     "moment pictured"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_headlines(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_headline_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
