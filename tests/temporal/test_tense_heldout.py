"""The direction of a bare weekday, month, holiday or season when the clause has no past or
future cue word: news previews, headlines, sports fixtures, court schedules and posts, annotated
by hand (TimeML 1.2 / TempEval-3).

Written for this test (not copied from any corpus). A present tense that is no report and no
habit tells of what is scheduled: "be" + "-ing" ("the two leaders are meeting Monday"), a
subject pronoun before its verb ("i start my new job monday"), a verb in -s before its object
("the Labor Department releases the jobs report Friday"), a plural subject before a bare verb
("Schools reopen Monday"), a name before a verb and a name ("Arsenal face Spurs"), "must"
("must be signed by Monday"), "is closed Monday". A reporting verb after a comma (", officials
said") frames the clause and does not date it. Past-tense controls (irregular and negated
pasts too: "heard", "didn't") must stay past, and a length of time stays a length. Extents
leave out leading prepositions; each case asserts the engine's whole output.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import found, gap_params, texts_of

FRI = "2015-03-13"          # Monday is four days back or three ahead
MON = "2015-03-16"          # Friday is three days back or four ahead
TUE_JAN_06 = "2015-01-06"   # December just over, or eleven months ahead
FRI_DEC_19 = "2014-12-19"

Case = tuple[str, str, list[tuple[str, str]]]

CASES: list[Case] = [
    # a past midnight on the publication day named in the text ("by Tuesday") is the one that began it
    ("The slick had spread by Tuesday, officials said.\n\nThe ship struck rocks shortly after midnight.",
     "2025-02-11", [("Tuesday", "2025-02-11"), ("midnight", "2025-02-11T00:00")]),
    # a tense cue in the next verb phrase ("and is widely expected to") is not the date's
    ("The Bank of England cut interest rates to 4.5% in February and is widely expected to lower them again.",
     "2025-04-16", [("February", "2025-02")]),
    # (its own clause's cue still counts: "will meet in March and is expected to sign")
    ("The two leaders will meet in March and are expected to sign a treaty.", "2025-04-16", [("March", "2026-03")]),
    # "overnight into Sunday" is Saturday's night; the small hours told after it are Sunday's
    ("Russia launched 400 drones at Ukraine overnight into Sunday.\n\nA building collapsed shortly after 3 a.m.",
     "2025-05-25", [("overnight into Sunday", "2025-05-24TNI"), ("3 a.m.", "2025-05-25T03:00")]),
    # a plural noun in -s after a verb's determiner is an object, not a scheduled present
    ("Meridian shut down its computer systems on Sunday to contain the attack.", "2015-03-16",
     [("Sunday", "2015-03-15")]),
    # ---- news previews: the scheduled present
    ("The two leaders are meeting Monday in Brussels.", FRI, [("Monday", "2015-03-16")]),
    ("The two leaders are meeting Monday in Brussels, officials said.", FRI, [("Monday", "2015-03-16")]),
    ("Talks are continuing Monday in Geneva.", FRI, [("Monday", "2015-03-16")]),
    ("Kerry is traveling to Moscow on Tuesday for talks with Lavrov.", FRI, [("Tuesday", "2015-03-17")]),
    ("The prime minister is addressing parliament Wednesday.", FRI, [("Wednesday", "2015-03-18")]),
    ("Jury selection is beginning Monday in the trial of the former mayor.", FRI, [("Monday", "2015-03-16")]),
    ("Schools reopen Monday after a week of snow closures.", FRI,
     [("Monday", "2015-03-16"), ("a week", "P1W")]),
    ("Voters go to the polls Sunday in a runoff.", FRI, [("Sunday", "2015-03-15")]),
    ("The Labor Department releases the December jobs report Friday.", TUE_JAN_06,
     [("December", "2014-12"), ("Friday", "2015-01-09")]),
    ("The company announces its quarterly results Thursday.", FRI, [("Thursday", "2015-03-19")]),
    ("The Senate takes up the bill Tuesday.", FRI, [("Tuesday", "2015-03-17")]),
    ("A spokesman says the plant reopens Monday.", FRI, [("Monday", "2015-03-16")]),
    ("The White House says Obama meets the Dalai Lama on Monday.", FRI, [("Monday", "2015-03-16")]),
    ("The museum is closed Monday for repairs.", FRI, [("Monday", "2015-03-16")]),
    ("The deal must be signed by Monday, officials said.", FRI, [("Monday", "2015-03-16")]),
    ("Bidders must submit their offers by Monday.", FRI, [("Monday", "2015-03-16")]),
    # ---- sports fixtures
    ("Arsenal face Spurs on Sunday.", FRI, [("Sunday", "2015-03-15")]),
    ("The Knicks host the Celtics on Sunday at Madison Square Garden.", FRI, [("Sunday", "2015-03-15")]),
    ("The Lakers are playing the Celtics on Sunday.", FRI, [("Sunday", "2015-03-15")]),
    ("The Yankees open the season Thursday against Boston.", FRI, [("Thursday", "2015-03-19")]),
    ("The players report to spring training Wednesday.", FRI, [("Wednesday", "2015-03-18")]),
    # a verbless "with" phrase belongs to the clause before its comma
    ("Qualifying takes place Saturday, with the race on Sunday.", MON,
     [("Saturday", "2015-03-21"), ("Sunday", "2015-03-22")]),
    ("The Knicks host the Celtics on Saturday, with the Nets on Sunday.", MON,
     [("Saturday", "2015-03-21"), ("Sunday", "2015-03-22")]),
    ("Police arrested him Saturday, with charges filed on Sunday.", MON,
     [("Saturday", "2015-03-14"), ("Sunday", "2015-03-15")]),
    # ---- court schedules
    ("The Supreme Court hears arguments in the case Wednesday.", FRI, [("Wednesday", "2015-03-18")]),
    ("The judge sentences him on Thursday.", FRI, [("Thursday", "2015-03-19")]),
    ("The court is hearing the case on Wednesday, a spokesman said.", FRI, [("Wednesday", "2015-03-18")]),
    ("The Fed chairman testifies Tuesday.", FRI, [("Tuesday", "2015-03-17")]),
    ("Fed Chair Janet Yellen testifies Tuesday before the Senate Banking Committee.", FRI,
     [("Tuesday", "2015-03-17")]),
    # a noun after a name is no verb, and a headline's present with a past deed stays past
    ("Apple shares Tuesday: a look at the numbers", FRI, [("Tuesday", "2015-03-10")]),
    ("Gunmen kill 12 in attack on Tuesday.", FRI, [("Tuesday", "2015-03-10")]),
    ("The defendant is due back in court Wednesday.", FRI, [("Wednesday", "2015-03-18")]),
    # ---- posts
    ("i start my new job monday wish me luck", FRI, [("monday", "2015-03-16")]),
    ("we fly out tuesday and im so not packed", FRI, [("tuesday", "2015-03-17")]),
    ("he starts chemo monday, prayers please", FRI, [("monday", "2015-03-16")]),
    ("she gets her braces off thursday", FRI, [("thursday", "2015-03-19")]),
    ("they are announcing the lineup thursday", FRI, [("thursday", "2015-03-19")]),
    ("omg my sister is getting married wednesday", FRI, [("wednesday", "2015-03-18")]),
    ("We open our new store on Tuesday.", FRI, [("Tuesday", "2015-03-17")]),
    ("I'll see you Monday.", FRI, [("Monday", "2015-03-16")]),
    ("i'll call you tuesday", FRI, [("tuesday", "2015-03-17")]),
    ("We'll be in Rome in September.", FRI, [("September", "2015-09")]),
    # a sentence ends at an abbreviation's point: "Was ... planning to" is the next one, and
    # "I'll" looks ahead in the first
    ("Maybe I'll spam NUS Camps and join Engin Rag for June,July and Aug. Was alr planning to go for "
     "camps in July and Aug.", "2015-04-19",
     [("June", "2015-06"), ("July", "2015-07"), ("Aug.", "2015-08"), ("July", "2015-07"), ("Aug.", "2015-08")]),
    # ---- months, holidays and the year ahead
    ("The offer expires Dec. 31.", TUE_JAN_06, [("Dec. 31", "2015-12-31")]),
    ("Voters head to the polls in November.", FRI, [("November", "2015-11")]),
    ("We are launching the product in January.", FRI_DEC_19, [("January", "2015-01")]),
    ("The band is touring Europe in February.", FRI_DEC_19, [("February", "2015-02")]),
    ("The store is opening at Easter.", FRI, [("Easter", "2015-04-05")]),
    # seasons in January: the scheduled present looks to the coming summer, a past tense to the last
    ("We are moving to Boston this summer.", "2015-01-07", [("this summer", "2015-SU")]),
    ("The band is touring Europe in the summer.", "2015-01-07", [("the summer", "2015-SU")]),
    ("We moved to Boston this summer.", "2014-12-02", [("this summer", "2014-SU")]),
    ("Applications must be received by Jan. 15.", FRI_DEC_19, [("Jan. 15", "2015-01-15")]),
    # ---- past-tense controls: they stay past
    ("The two leaders met Monday in Brussels.", FRI, [("Monday", "2015-03-09")]),
    ("The two leaders were meeting Monday in Brussels when the news broke.", MON, [("Monday", "2015-03-16")]),
    ("Police arrested the suspect Monday.", FRI, [("Monday", "2015-03-09")]),
    ("The court heard arguments Tuesday.", FRI, [("Tuesday", "2015-03-10")]),
    ("He heard gunshots Tuesday night.", FRI, [("Tuesday night", "2015-03-10TNI")]),
    ("I saw her on Monday.", FRI, [("Monday", "2015-03-09")]),
    ("Schools closed Monday because of the storm.", FRI, [("Monday", "2015-03-09")]),
    ("The museum was closed Monday for repairs.", FRI, [("Monday", "2015-03-09")]),
    ("She didn't show up Tuesday.", MON, [("Tuesday", "2015-03-10")]),
    ("We weren't home Wednesday.", MON, [("Wednesday", "2015-03-11")]),
    ("He must have left on Monday.", FRI, [("Monday", "2015-03-09")]),
    ("Police say the man fled on foot Tuesday.", FRI, [("Tuesday", "2015-03-10")]),
    ("Officials are investigating a fire that broke out Monday.", FRI, [("Monday", "2015-03-09")]),
    ("He is recovering after surgery on Tuesday.", FRI, [("Tuesday", "2015-03-10")]),
    ("The Fed met Tuesday and Wednesday.", FRI, [("Tuesday", "2015-03-10"), ("Wednesday", "2015-03-11")]),
    ("i was sick all weekend and missed work monday", FRI, [("all weekend", "P1WE"), ("monday", "2015-03-09")]),
    ("Neither he nor his parents could be located Wednesday.", FRI, [("Wednesday", "2015-03-11")]),
    ("i miss tuesday already", FRI, [("tuesday", "2015-03-10")]),
    ("The company said it sold the unit in December.", TUE_JAN_06, [("December", "2014-12")]),
    # ---- a length of time stays a length under the scheduled present
    ("The two leaders are meeting for three days in Brussels.", FRI, [("three days", "P3D")]),
    ("We are staying two weeks in Rome.", FRI, [("two weeks", "P2W")]),
    # a verb in -s with where it goes before the day is a schedule ("flies home", "returns to Earth")
    ("The president flies home Monday.", FRI, [("Monday", "2015-03-16")]),
    ("The delegation returns to Washington on Tuesday.", FRI, [("Tuesday", "2015-03-17")]),
]

# Known gaps: (text, reference, expected, reason).
GAPS: list[tuple[str, str, list[tuple[str, str]], str]] = [
    ("First up for the Cubs: the Cardinals, Monday at Wrigley.", FRI, [("Monday", "2015-03-16")],
     "a verbless fixture line tells no tense; with no cue Monday four days back is nearest"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_tense(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_tense_gaps(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
