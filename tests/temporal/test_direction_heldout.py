"""Which way a bare weekday or date points, in held-out news copy and posts.

Written for this test (not copied from any corpus): invitations and reminders in the register
of the tweets corpus, notices, wire copy with datelines and headlines, each annotated by hand
by the TimeML 1.2 / TempEval-3 guidelines (extents without leading prepositions; "the evening
of <date>" tags the date alone, as TimeBank does). What they check:

* the imperative looks ahead ("Let's meet Friday", "Set your clocks back Sunday", "Join us
  Saturday", "Don't forget to vote Tuesday!"): "let", "hit", "quit" are past cues only where
  they are no imperative ("He let the deadline pass on Friday", "Hit by a truck Friday, ...");
* a question about a plan with no tense word looks ahead ("anyone free sat or sun??", "drinks
  friday?", "Is the pharmacy open Sunday?"); "Anyone see the game Sunday?" stays with the
  nearest day, as a question about what is over;
* a copula right before the day ("The parade is Sunday", "Payday is Friday!!"); "last" after a
  determiner ("Our last day is Friday") is no past cue;
* a state that is still to come: "I'm free Saturday", "is fully booked for Saturday", "take
  effect", "goes into effect", "enters into force", a forecast's "is likely" ("is likely to
  have died" looks back);
* a weekday with its part of the day before its date ("Sunday evening, September 29",
  "Tuesday morning, March 17") is one expression, the date's part of the day;
* a fixture named by its weekday under a future cue ("will attend Saturday's game", "Ahead of
  Saturday's match") is still to come, a deed so named ("get around Wednesday's ruling") is
  over, and with no future cue the one within four days back is taken (a recap);
* headlines ("Senate to vote on budget bill Tuesday", "The Dow tumbles Tuesday") and datelines
  ("WASHINGTON (AP) —").

Each case asserts the engine's whole output, so spurious tags fail too; known gaps are strict
xfails with their reason.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

MON = "2020-03-16"  # a Monday
TUE = "2020-03-17"
THU = "2020-03-19"
SAT = "2020-03-21"
WED_2014 = "2014-12-03"  # a Wednesday
OCT_2019 = "2019-10-02"  # a Wednesday after Sunday 2019-09-29

Case = tuple[str, str, Expected]

CASES: list[Case] = [
    # ---- the imperative asks for something still to come
    ("Let's meet Friday at the usual place.", MON, [("Friday", "2020-03-20")]),
    ("Let's meet Friday at the usual place, ok?", SAT, [("Friday", "2020-03-27")]),
    ("let's do brunch saturday, my treat", MON, [("saturday", "2020-03-21")]),
    ("Let me know by Friday if you can make it.", MON, [("Friday", "2020-03-20")]),
    ("Please let us know by Thursday whether you will attend.", MON, [("Thursday", "2020-03-19")]),
    ("Hit me up Saturday if you're around.", MON, [("Saturday", "2020-03-21")]),
    ("If you're around, hit me up Saturday.", TUE, [("Saturday", "2020-03-21")]),
    ("Set your clocks back one hour Sunday.", MON, [("one hour", "PT1H"), ("Sunday", "2020-03-22")]),
    ("Put the bins out Friday night, the truck comes early.", MON, [("Friday night", "2020-03-20TNI")]),
    ("Join us Saturday for the grand reopening of the library.", TUE, [("Saturday", "2020-03-21")]),
    ("Hey everyone, join us Sunday for a potluck in the park!", THU, [("Sunday", "2020-03-22")]),
    ("Mark your calendars for Sunday: the farmers market returns to Main Street.", THU,
     [("Sunday", "2020-03-22")]),
    ("Don't forget to vote Tuesday!", THU, [("Tuesday", "2020-03-24")]),
    ("Remember to bring a packed lunch on Friday.", TUE, [("Friday", "2020-03-20")]),
    ("Dinner sat or sun? Let me know", WED_2014, [("sat", "2014-12-06"), ("sun", "2014-12-07")]),
    # an imperative about what is over: a day tied to something else, or named for what happened
    ("Watch the full speech from Tuesday.", THU, [("Tuesday", "2020-03-17")]),
    ("Catch up on Sunday's game with our live blog.", THU, [("Sunday", "2020-03-15")]),
    # past controls: the same verbs told of what happened
    ("He let the deadline pass on Friday without a word.", MON, [("Friday", "2020-03-13")]),
    ("She let him go Friday after a long review, the company said.", MON, [("Friday", "2020-03-13")]),
    ("Police said the driver hit a lamppost early Saturday.", MON, [("early Saturday", "2020-03-14")]),
    ("The hurricane hit Florida on Sunday, killing three people.", THU, [("Sunday", "2020-03-15")]),
    ("The coach quit Friday after a string of losses.", MON, [("Friday", "2020-03-13")]),
    ("Hit by a truck Friday, the cyclist remains in hospital.", THU, [("Friday", "2020-03-13")]),
    ("The agency ruled against him, set Friday as the deadline and closed the file.", MON,
     [("Friday", "2020-03-13")]),
    # ---- a plan asked about, with no tense word
    ("anyone free sat or sun?? need help moving a sofa", THU, [("sat", "2020-03-21"), ("sun", "2020-03-22")]),
    ("who's up for drinks friday?", MON, [("friday", "2020-03-20")]),
    ("drinks friday? first round's on me", MON, [("friday", "2020-03-20")]),
    ("Is the pharmacy open Sunday?", THU, [("Sunday", "2020-03-22")]),
    ("Is Sunday a holiday?", THU, [("Sunday", "2020-03-22")]),
    ("what time is the parade saturday?", MON, [("saturday", "2020-03-21")]),
    ("wanna grab lunch thursday?", MON, [("thursday", "2020-03-19")]),
    # a question about what is over keeps to the nearest day
    ("Anyone see the game Sunday? Unreal.", TUE, [("Sunday", "2020-03-15")]),
    ("did u watch the match saturday?", MON, [("saturday", "2020-03-14")]),
    ("How was the party Friday night?", MON, [("Friday night", "2020-03-13TNI")]),
    # ---- a state still to come
    ("I'm free Saturday if you want to hang out.", THU, [("Saturday", "2020-03-21")]),
    ("Sorry, I'm busy Sunday.", THU, [("Sunday", "2020-03-22")]),
    ("The restaurant is fully booked for Saturday.", THU, [("Saturday", "2020-03-21")]),
    ("The venue is sold out for Saturday, organisers said on their website.", THU, [("Saturday", "2020-03-21")]),
    ("The museum is open Sunday.", THU, [("Sunday", "2020-03-22")]),
    # ---- rules and laws that start to apply; forecasts
    ("The new rules take effect Monday.", THU, [("Monday", "2020-03-23")]),
    ("New tariffs go into effect Sunday, the White House said.", THU, [("Sunday", "2020-03-22")]),
    ("The treaty enters into force on Sunday after Italy became the 50th state to ratify it.", THU,
     [("Sunday", "2020-03-22")]),
    ("The curfew comes into force on Friday at 10 p.m., the ministry announced.", TUE,
     [("Friday", "2020-03-20"), ("10 p.m.", "2020-03-20T22:00")]),
    ("The smoking ban took effect Sunday.", THU, [("Sunday", "2020-03-15")]),
    ("The law, which came into force on Friday, was passed in January.", MON,
     [("Friday", "2020-03-13"), ("January", "2020-01")]),
    ("Rain is likely Sunday night, forecasters say.", THU, [("Sunday night", "2020-03-22TNI")]),
    ("Snow showers are likely Saturday in the mountains.", THU, [("Saturday", "2020-03-21")]),
    ("The victim is likely to have died on Sunday, police said.", THU, [("Sunday", "2020-03-15")]),
    ("The report is due Friday.", MON, [("Friday", "2020-03-20")]),
    # ---- a weekday and its part of the day before its date: one expression
    ("Police said the fire broke out Sunday evening, Sept. 29, in a warehouse.", OCT_2019,
     [("Sunday evening, Sept. 29", "2019-09-29TEV")]),
    ("Sunday evening, September 29, is the deadline for entries.", "2019-09-20",
     [("Sunday evening, September 29", "2019-09-29TEV")]),
    ("The hearing is Tuesday morning, March 17, in Courtroom 4.", MON, [("Tuesday morning, March 17", "2020-03-17TMO")]),
    ("The fire broke out Friday night, 13 March, in the old town.", MON, [("Friday night, 13 March", "2020-03-13TNI")]),
    ("On Saturday night, Nov. 7, 2015, the band played its last show.", MON,
     [("Saturday night, Nov. 7, 2015", "2015-11-07TNI")]),
    ("The concert is on the evening of Friday, June 5.", MON, [("Friday, June 5", "2020-06-05")]),
    ("The vote is set for Tuesday, March 24.", MON, [("Tuesday, March 24", "2020-03-24")]),
    # ---- headlines and datelines
    ("Senate to vote on budget bill Tuesday", THU, [("Tuesday", "2020-03-24")]),
    ("Pope to visit Iraq in March", "2021-01-10", [("March", "2021-03")]),
    ("WASHINGTON (AP) — The Senate voted Tuesday to approve the bill.", THU, [("Tuesday", "2020-03-17")]),
    ("NEW YORK (Reuters) - Stocks fell on Friday as oil prices slid.", MON, [("Friday", "2020-03-13")]),
    ("BEIJING, March 2 (Reuters) - China's exports rose in February, data showed on Monday.", "2020-03-02",
     [("March 2", "2020-03-02"), ("February", "2020-02"), ("Monday", "2020-03-02")]),
    ("Voters go to the polls Sunday in a runoff between the two front-runners.", THU, [("Sunday", "2020-03-22")]),
    ("PARIS (AP) — France's president is expected to announce new measures Monday.", THU, [("Monday", "2020-03-23")]),
    ("TOKYO — Japan's parliament on Monday approved the budget.", THU, [("Monday", "2020-03-16")]),
    ("The trial, which opens Monday, is expected to last three weeks.", THU,
     [("Monday", "2020-03-23"), ("three weeks", "P3W")]),
    ("Tickets for Saturday's game go on sale Wednesday.", THU, [("Saturday", "2020-03-21"), ("Wednesday", "2020-03-25")]),
    # ---- a fixture named by its weekday is still to come; a deed so named is over
    ("Obama will attend Saturday's game in Chicago.", TUE, [("Saturday", "2020-03-21")]),
    ("Ahead of Saturday's match, the coach named an unchanged side.", TUE, [("Saturday", "2020-03-21")]),
    ("After Saturday's game, fans will gather outside city hall.", TUE, [("Saturday", "2020-03-21")]),
    ("The team will need time to recover from Sunday's game.", TUE, [("Sunday", "2020-03-15")]),
    ("After Saturday's game, fans gathered downtown.", TUE, [("Saturday", "2020-03-14")]),
    # with no future tense cue a fixture within four days back is the one past (a recap)
    ("Everyone is still talking about Sunday's game.", TUE, [("Sunday", "2020-03-15")]),
    ("Saturday's game: five takeaways", TUE, [("Saturday", "2020-03-14")]),
    ("Player ratings for Sunday's derby", TUE, [("Sunday", "2020-03-15")]),
    ("The fallout from Saturday's attack continues.", TUE, [("Saturday", "2020-03-14")]),
    ("Police are still hunting the gunmen behind Sunday's attack.", TUE, [("Sunday", "2020-03-15")]),
    ("Lawyers will try to get around Wednesday's ruling.", "2020-03-20", [("Wednesday", "2020-03-18")]),
    # ---- a month or holiday asked for or asked about cannot be over
    ("Let's plan a trip to Lisbon in February.", THU, [("February", "2021-02")]),
    ("Join us in January for the ice sculpture festival.", THU, [("January", "2021-01")]),
    ("Quit smoking by January, doctors urge.", THU, [("January", "2021-01")]),
    ("anyone free in february? need a cat sitter", THU, [("february", "2021-02")]),
    ("Are you going home for Thanksgiving?", THU, [("Thanksgiving", "2020-11-26")]),
    # ---- a copula right before the day: the day a thing is set for
    ("The parade is Sunday, rain or shine.", THU, [("Sunday", "2020-03-22")]),
    ("Mom's birthday is Sunday, need ideas", THU, [("Sunday", "2020-03-22")]),
    ("Payday is Friday!!", TUE, [("Friday", "2020-03-20")]),
    # 'last' after a determiner is the final one, no past ('The last time we met was' keeps 'was')
    ("Our last day is Friday :(", THU, [("Friday", "2020-03-20")]),
    ("The last game of the season is Sunday.", THU, [("Sunday", "2020-03-22")]),
    ("The last time we met was Monday.", THU, [("Monday", "2020-03-16")]),
    ("It's Monday and I'm already tired.", THU, [("Monday", "2020-03-16")]),
    # a past verb more than 100 characters before the month still tells the clause's tense (an adjective
    # after a possessive, "their allied militias", is no cue, and "Homs provinces" no scheduled present)
    ("Backed by heavy air support, government troops launched a sweeping offensive against rebel groups and "
     "their allied militias across Hama and Homs provinces in December, retaking dozens of towns.", "2020-03-12",
     [("December", "2019-12")]),
    # ---- a market's move in the headline present is what happened; a scheduled rise is ahead
    ("The Dow tumbles Tuesday as oil slides.", THU, [("Tuesday", "2020-03-17")]),
    ("Gold edges up Tuesday on safe-haven demand", THU, [("Tuesday", "2020-03-17")]),
    ("The minimum wage rises Sunday in 20 states.", THU, [("Sunday", "2020-03-22")]),
    # "expected" right before the day looks ahead, an adverb before it or not
    ("The decision is widely expected Friday.", TUE, [("Friday", "2020-03-20")]),
    # a verb in -s with its subject before a relative clause ("The museum, which ..., reopens") is read as
    # scheduled (session 15's 2013 wire copy: "Arsenal, who were knocked out ..., visit Swansea on Saturday")
    ("The museum, which is closed Monday, reopens Tuesday.", THU, [("Monday", "2020-03-23"), ("Tuesday", "2020-03-24")]),
]

GAPS: list[Gap] = [
    ("WASHINGTON (AP) — The Senate votes Tuesday on the bill.", THU, [("Tuesday", "2020-03-24")],
     "a verb in -s after a capitalised subject and before the day is read only before an object or particle; "
     "with no cue the Tuesday two days back is the nearest"),
    ("Oil prices slump Tuesday after OPEC talks collapse", THU, [("Tuesday", "2020-03-17")],
     "a plural subject before a bare verb is read as scheduled ('Schools reopen Monday'); a market's "
     "move in the plural ('prices slump') is what happened"),
    ("The company reports earnings Tuesday after the bell.", THU, [("Tuesday", "2020-03-24")],
     "a verb in -s is read as scheduled only before a determiner ('reports its earnings'); a bare plural object "
     "is left out, as market headlines ('Wall Street posts gains Tuesday') tell what happened"),
    ("Tickets for Saturday's game are available at the box office.", TUE, [("Saturday", "2020-03-21")],
     "a fixture named by its weekday is read as still to come only under a future tense cue; with none, "
     "a recap ('Saturday's game: five takeaways') is as likely, and the Saturday three days back is taken"),
    ("Fans lined up for hours for tickets to Saturday's game.", THU,
     [("hours", "PTXH"), ("Saturday", "2020-03-21")],
     "the past 'lined up' decides the game's day too; tickets name a game still to come"),
    ("Christmas falls on a Friday this year.", THU, [("Christmas", "2020-12-25"), ("this year", "2020")],
     "'falls on' tells no tense ('Stocks fall on Friday' is a headline's past), so Christmas is the last one; "
     "and 'a Friday' names no particular day"),
    ("She's off Friday, so I'm covering her shift.", TUE, [("Friday", "2020-03-20")],
     "'off' is listed as no verb of the scheduled present (\"off\" after a name is a particle)"),
    ("let's do brunch sat, my treat", MON, [("sat", "2020-03-21")],
     "a lone lower-case 'sat' is read as a day only next to another weekday ('she sat down')"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_direction(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_direction_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
