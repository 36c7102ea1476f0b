"""Weekends, weekdays and clock times in informal text, told from publication days of every weekday.

The golden corpus fixes its reference on a Thursday; these readings depend on the day of the
week the text was written, so each case carries its own reference.
"""
from __future__ import annotations

import pytest

from timeline_app.temporal import Reference, find_timexes

# 2020-03-09 is a Monday, ... 2020-03-15 a Sunday (ISO week 11).
MONDAY, TUESDAY, WEDNESDAY, FRIDAY, SATURDAY, SUNDAY = (
    "2020-03-09", "2020-03-10", "2020-03-11", "2020-03-13", "2020-03-14", "2020-03-15")


def _value(text: str, reference: str, expression: str) -> str:
    found = {t.text.lower(): t.value for t in find_timexes(text, Reference.parse(reference))}
    assert expression.lower() in found, f"{expression!r} not found in {found}"
    return found[expression.lower()]


@pytest.mark.parametrize(("text", "reference", "expression", "value"), [
    # no tense cue: early in the week the weekend just past, from Wednesday the coming one
    ("Best weekend ever", MONDAY, "weekend", "2020-W10-WE"),
    ("Big plans for the weekend", TUESDAY, "the weekend", "2020-W10-WE"),
    ("Big plans for the weekend", WEDNESDAY, "the weekend", "2020-W11-WE"),
    ("Have a great weekend everyone!", FRIDAY, "weekend", "2020-W11-WE"),
    ("All the best weekend!", FRIDAY, "weekend", "2020-W11-WE"),
    ("Great weekend staycation!", SUNDAY, "weekend", "2020-W11-WE"),
    ("Relaxing weekend at the beach", SATURDAY, "weekend", "2020-W11-WE"),
    # the tense decides when there is one
    ("Over the weekend, officials said the talks had failed.", MONDAY, "the weekend", "2020-W10-WE"),
    ("The minister will travel over the weekend.", TUESDAY, "the weekend", "2020-W11-WE"),
    # next / last / this
    ("I present my work in Singapore next weekend", TUESDAY, "next weekend", "2020-W12-WE"),
    ("See you next weekend", SATURDAY, "next weekend", "2020-W12-WE"),
    ("Join us this weekend", TUESDAY, "this weekend", "2020-W11-WE"),
    ("We met last weekend", FRIDAY, "last weekend", "2020-W10-WE"),
])
def test_weekend(text: str, reference: str, expression: str, value: str) -> None:
    assert _value(text, reference, expression) == value


def test_a_weekday_at_the_other_end_of_a_range_is_not_the_date_it_follows() -> None:
    # 2020-03-05 is a Thursday, but "to Thursday" ends the range: the Thursday of the publication week
    assert _value("shares bought from March 5 to Thursday", "2020-03-12", "Thursday") == "2020-03-12"


def test_a_version_number_is_not_a_dotted_date() -> None:
    for text in ("Update to version 1.10.12.4 today", "Update to version 2.10.12 today"):
        assert [t.text for t in find_timexes(text, Reference.parse("2020-03-12"))] == ["today"]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("In 1015, the king died.", "1015", "1015"),
    ("The treaty was signed at 1945.", "1945", "1945"),  # a year-like number stays a year
    ("Best Feature Screenplay at 2014 Fusion Film Festival", "2014", "2014"),
    ("The index closed at 1435.", "1435", "1435"),  # a level, not 14:35 (read as a year, as before)
])
def test_four_digits_after_at_are_a_year_when_they_look_like_one(text: str, expression: str, value: str) -> None:
    assert _value(text, "2020-03-12", expression) == value


def test_a_bare_hour_after_at_and_a_day_is_its_clock_time() -> None:
    reference = Reference.parse("2020-03-12")

    def found(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in find_timexes(text, reference)]

    assert found("Concert tmrw nite at 8, who's coming?") == [("tmrw nite", "2020-03-13TNI"), ("8", "2020-03-13T20:00")]
    assert found("Meet you tomorrow at 9") == [("tomorrow", "2020-03-13"), ("9", "2020-03-13T09:00")]
    assert found("See you Sunday afternoon at 3!")[-1] == ("3", "2020-03-15T15:00")
    assert found("Party tonight at 12!")[-1] == ("12", "2020-03-12T24:00")
    assert found("Party tonight at 2")[-1] == ("2", "2020-03-13T02:00")
    # not after a day, or not a bare hour: no clock time
    assert found("They were leading at 7 after the first half.") == []
    assert found("The index closed Friday at 1,234.") == [("Friday", "2020-03-06")]
    assert found("He scored on Friday at 3 minutes.")[-1] == ("3 minutes", "PT3M")


def test_a_range_between_two_clock_times_takes_the_day_of_its_end() -> None:
    reference = Reference.parse("2021-03-14")  # a Sunday

    def found(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in find_timexes(text, reference)]

    assert found("The man will appear in court on Monday. Police appealed for anyone in the area between "
                 "8pm and 9pm on Thursday to come forward.")[1:] == [("8pm", "2021-03-11T20:00"),
                                                                    ("9pm on Thursday", "2021-03-11T21:00")]
    assert found("The road will be closed between 10pm and 5am on Saturday.") == [
        ("10pm", "2021-03-19T22:00"), ("5am on Saturday", "2021-03-20T05:00")]


@pytest.mark.parametrize(("text", "extents"), [
    # a day or a week that opens the next sentence is not joined to the expression before it
    ("They met on Monday. Next week the council will vote.", ["Monday", "Next week"]),
    ("It happened on Friday. This week is busy.", ["Friday", "This week"]),
    ("He arrived at 5 p.m.\nMonday was quiet.", ["5 p.m.", "Monday"]),
    ("He arrived at 5 p.m. On Friday he left.", ["5 p.m.", "Friday"]),
    ("He arrived at 5 p.m. Tomorrow he leaves.", ["5 p.m.", "Tomorrow"]),
    # within one sentence they stay one expression
    ("He left on Monday next week.", ["Monday next week"]),
    ("He leaves Tues. next week.", ["Tues. next week"]),
    ("The vote closes at 7 a.m. EST Monday.", ["7 a.m. EST Monday"]),
    ("The meeting is at 10 a.m. tomorrow.", ["10 a.m. tomorrow"]),
    ("The polls closed at 8 p.m. Sunday.", ["8 p.m. Sunday"]),
])
def test_an_expression_does_not_run_across_a_sentence_end(text: str, extents: list[str]) -> None:
    assert [t.text for t in find_timexes(text, Reference.parse(WEDNESDAY))] == extents


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a measure just announced starts ahead of its announcement
    ("President Nyusi declared three days of national mourning starting Saturday.", "Saturday", "2020-03-14"),
    ("The government announced a curfew beginning Monday.", "Monday", "2020-03-16"),
    ("The company imposed a hiring freeze effective Monday.", "Monday", "2020-03-16"),
    # the day of the announcement itself, a measure that took effect, or a range stay as told
    ("The government announced on Monday a curfew starting Tuesday.", "Tuesday", "2020-03-10"),
    ("The new rules took effect starting Monday.", "Monday", "2020-03-09"),
    ("The army declared victory on Monday.", "Monday", "2020-03-09"),
])
def test_a_measure_announced_starting_a_weekday_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _value(text, WEDNESDAY, expression) == value


@pytest.mark.parametrize(("text", "extents"), [
    # a blank line ends a headline or a paragraph, and every expression with it
    ("Floods in March\n\n5 people died in Lahore.", ["March"]),
    ("He arrived in May\n\n12 were hurt.", ["May"]),
    ("The talks ended on March 5\n\n2020 was worse.", ["March 5", "2020"]),
    ("She left yesterday\n\nMorning came.", ["yesterday", "Morning"]),
    ("He left three days\n\nLater, he returned.", ["three days"]),
    # a single line break is a wrapped line: the expression goes on
    ("The talks opened on March\n5, 2020 in Geneva.", ["March\n5, 2020"]),
])
def test_an_expression_does_not_run_across_a_blank_line(text: str, extents: list[str]) -> None:
    assert [t.text for t in find_timexes(text, Reference.parse(WEDNESDAY))] == extents


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a weekday in a sentence that named the calendar week falls in that week
    ("Last week, the two leaders met in Moscow on Monday and signed a deal on Wednesday.", "Monday", "2020-03-02"),
    ("Last week, the two leaders met in Moscow on Monday and signed a deal on Wednesday.", "Wednesday", "2020-03-04"),
    ("Next week the council will meet on Tuesday to vote on the budget.", "Tuesday", "2020-03-17"),
    ("Earlier this week, on Monday, the army withdrew.", "Monday", "2020-03-09"),
    ("The vote took place last week, on Tuesday.", "Tuesday", "2020-03-03"),
    # a week counted back, a holiday's week, a future clause and another sentence keep their own readings
    ("A week ago, police arrested him on Saturday.", "Saturday", "2020-03-07"),
    ("The Vatican published the Holy Week schedule on Monday.", "Monday", "2020-03-09"),
    ("Last week the company said it will close the plant on Friday.", "Friday", "2020-03-13"),
    ("Last week was quiet. On Monday the strike began.", "Monday", "2020-03-09"),
])
def test_a_weekday_falls_in_the_week_its_sentence_named(text: str, expression: str, value: str) -> None:
    assert _value(text, "2020-03-12", expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a quarter told by the month it ended in, with no quarter named before
    ("Sales fell 5% in the quarter ended Sept. 30.", "the quarter", "2019-Q3"),
    ("Sales fell in the quarter ending in June.", "the quarter", "2019-Q2"),
    ("Sales rose in the quarter ended Dec. 31.", "the quarter", "2019-Q4"),
    # after a (fiscal) quarter named before, the same quarter
    ("Its fiscal first quarter was weak. Sales fell in the quarter ended Sept. 30.", "the quarter", "2020-Q1"),
    # a day of the month ahead in a future clause, after a month long past
    ("The strike began on Nov. 2. The court will hear arguments on the 14th.", "the 14th", "2020-03-14"),
    ("The strike began on March 2. Talks resumed on the 9th.", "the 9th", "2020-03-09"),
])
def test_a_period_or_a_day_of_the_month_read_from_what_the_sentence_says(text: str, expression: str,
                                                                         value: str) -> None:
    assert _value(text, "2020-03-12", expression) == value


def test_the_next_months_of_a_story_told_in_the_past_count_from_the_day_it_reached() -> None:
    text = ("By 23 August 1943, Soviet troops had recaptured Kharkov. Over the next two months, the Red Army "
            "advanced to the Dnieper.")
    months = [t for t in find_timexes(text, Reference.parse("2020-01-01")) if t.text == "the next two months"][0]
    assert months.value == "P2M"
    assert months.interval is not None and months.interval.start.date().isoformat() == "1943-08-23"
    # news looking ahead counts from the publication date
    ahead = [t for t in find_timexes("Over the next three days, rescuers will search the rubble.",
                                     Reference.parse("2020-03-12")) if t.text == "the next three days"][0]
    assert ahead.interval is not None and ahead.interval.start.date().isoformat() == "2020-03-12"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "calendar 2026" as "fiscal 2026" inside a part of a year
    ("The deal is expected to close in the first half of calendar 2026.", "the first half of calendar 2026", "2026-H1"),
    ("It will ship in the second quarter of calendar 2026.", "the second quarter of calendar 2026", "2026-Q2"),
    ("It will close by the end of calendar 2026.", "the end of calendar 2026", "2026"),
    ("It will close by the end of fiscal 2026.", "the end of fiscal 2026", "2026"),
])
def test_a_calendar_or_fiscal_year_inside_a_part_of_a_year(text: str, expression: str, value: str) -> None:
    assert _value(text, "2025-10-23", expression) == value


@pytest.mark.parametrize(("text", "value"), [
    # a month opening its clause is the time of the past verb after it, even far back from December
    ("In February the company took control of the network.", "2026-02"),
    ("In February, rebels seized the airport.", "2026-02"),
    ("On March 3, rebels seized the airport.", "2026-03-03"),
    # a future clause, or a plan reported in the past, looks ahead
    ("In February the council will vote.", "2027-02"),
    ("He said the talks were scheduled for February.", "2027-02"),
])
def test_a_date_opening_a_past_clause_is_in_the_past(text: str, value: str) -> None:
    found = find_timexes(text, Reference.parse("2026-12-02"))
    assert [t.value for t in found] == [value]


def test_a_live_blog_time_stamp_is_the_day_its_entry_tells() -> None:
    text = ("13:55 GMT\nThe Met Office has extended its amber warning until 06:00 on Wednesday.\n\n"
            "10:45 GMT\nTrains between Exeter and Plymouth are cancelled for the rest of the day.\n")
    found = {t.text: t.value for t in find_timexes(text, Reference.parse("2025-11-18T14:32+00:00"))}
    assert found["06:00 on Wednesday"] == "2025-11-19T06:00"
    assert found["the day"] == "2025-11-18"  # the 10:45 entry's day, not the warning's end


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a story of last year told from a day written in full keeps to that year
    ("The strike ended on 4 April 2025 without a deal. Over the summer, three bidders entered the race.",
     "the summer", "2025-SU"),
    # a year or a month of last year named in passing leaves bare dates to the publication's year
    ("Sales fell in 2025. In the summer, the company cut jobs.", "the summer", "2026-SU"),
    ("The strike ended in April 2025. Over the summer, three bidders entered the race.", "the summer", "2026-SU"),
])
def test_a_story_of_last_year_is_told_from_a_day_written_in_full(text: str, expression: str, value: str) -> None:
    assert _value(text, "2026-12-02", expression) == value


@pytest.mark.parametrize(("text", "reference", "expression", "value"), [
    # a clock time still to come cannot lie on a past day named in an earlier sentence
    ("Police said on Monday that the suspect was arrested. The trial will begin at 9 a.m.",
     "2019-06-20", "9 a.m.", "2019-06-20T09:00"),
    ("Workers walked out on Monday. The strike ends at midnight.", "2019-06-20", "midnight", "2019-06-20T24:00"),
    # the publication's own time is later: the next morning
    ("Workers walked out on Monday. The strike ends at 9 a.m.", "2019-06-20T15:00", "9 a.m.", "2019-06-21T09:00"),
    # a state told in the present holds now
    ("Putin had recognised two regions on Monday. The West imposed sanctions the following day. A curfew "
     "runs from 10 p.m. to 7 a.m.", "2022-02-25", "10 p.m.", "2022-02-25T22:00"),
    ("They met on Monday. The museum is open until 6 p.m.", "2022-02-25", "6 p.m.", "2022-02-25T18:00"),
    # told in the past, the clock time stays on the day named before it
    ("Workers walked out on Monday. They returned at midnight.", "2019-06-20", "midnight", "2019-06-17T24:00"),
    # in the same sentence the day may be the clock time's own
    ("On Monday the court will sit at 9 a.m.", "2019-06-13", "9 a.m.", "2019-06-17T09:00"),
])
def test_a_future_clock_time_is_not_on_a_past_day_of_an_earlier_sentence(
        text: str, reference: str, expression: str, value: str) -> None:
    assert _value(text, reference, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a bare clock time after a p.m. one, in a text that writes a.m./p.m., is in the afternoon
    # or evening when the morning reading would come before it
    ("The meeting began at 3 p.m. Tuesday and ended at 5:30.", "5:30", "2020-03-10T17:30"),
    ("The fire started shortly before 6:20 p.m. Monday. A first alarm sounded at 6:20 but guards found "
     "nothing. A second alarm went off 23 minutes later.", "23 minutes later", "2020-03-09T18:43"),
    # the small hours after a late evening are still the next morning
    ("The fire broke out at 11 p.m. Saturday and was contained by 2:30.", "2:30", "2020-03-08T02:30"),
    # a 24-hour clock with its leading zero stays as written
    ("The convoy left at 3 p.m. Tuesday and reached the border at 05:30.", "05:30", "2020-03-11T05:30"),
])
def test_a_bare_clock_time_after_an_afternoon_one(text: str, expression: str, value: str) -> None:
    assert _value(text, "2020-03-12", expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # weekdays counted from the publication day (a Thursday): the nearest is the first
    ("Two Fridays ago he quit.", "Two Fridays ago", "2020-02-28"),
    ("Two Thursdays ago it rained.", "Two Thursdays ago", "2020-02-27"),
    ("The vote is three Sundays from now.", "three Sundays from now", "2020-03-29"),
    ("Fridays are quiet.", "Fridays", "XXXX-WXX-5"),  # alone, a set as before
])
def test_weekdays_counted_from_the_publication_day(text: str, expression: str, value: str) -> None:
    assert _value(text, "2020-03-12", expression) == value


def test_a_past_event_is_not_counted_back_from_a_date_still_to_come() -> None:
    text = ("Queen Elizabeth II died on Thursday at Balmoral. The funeral is expected to take place in about "
            "10 days. Only two days earlier she had appointed Liz Truss as prime minister.")
    assert _value(text, "2022-09-09", "two days earlier") == "2022-09-06"
    # told in the future, the count goes back from the coming date
    assert _value("The vote is on March 20. Two days earlier, the parties will debate.", "2020-03-12",
                  "Two days earlier") == "2020-03-18"


@pytest.mark.parametrize(("text", "reference", "expression", "value"), [
    # an intended act after "vowed to" starts ahead of the vow
    ("Trump, who golfed as the call came, vowed to fight on in court starting Monday.", "2020-11-08",
     "Monday", "2020-11-09"),
    # a week inside a relative aside does not frame the main clause's weekday
    ("Gov. Josh Green, who was traveling last week, returned Wednesday.", "2023-08-10", "Wednesday", "2023-08-09"),
    ("Last week, the two leaders met on Monday.", "2023-08-10", "Monday", "2023-07-31"),
])
def test_weekdays_after_an_intent_or_an_aside(text: str, reference: str, expression: str, value: str) -> None:
    assert _value(text, reference, expression) == value


def test_minutes_later_count_from_the_clock_time_not_from_a_year_told_in_passing() -> None:
    text = ("The lander touched down at 6:23 p.m. EST on Thursday, the first U.S. landing since Apollo 17 in "
            "December 1972. Flight controllers regained contact about 15 minutes later. The lander launched "
            "Feb. 15 aboard a SpaceX rocket.")
    assert _value(text, "2024-02-23", "about 15 minutes later") == "2024-02-22T18:38"
    assert _value(text, "2024-02-23", "Feb. 15") == "2024-02-15"


@pytest.mark.parametrize(("text", "expressions"), [
    # greetings name the holiday however they are written; a year opening "here we come" is a year
    ("Happy new year everyone! 2015 here we come", [("new year", "2015-01-01"), ("2015", "2015")]),
    ("happy new year!!", [("new year", "2015-01-01")]),
    # a range of abbreviated weekdays
    ("Open Mon-Fri", [("Mon", "2014-12-29"), ("Fri", "2015-01-02")]),
    ("sat thru sun", [("sat", "2014-12-27"), ("sun", "2014-12-28")]),
    # not days: a verb and a newspaper's name, a spaced dash between clauses
    ("I sat - sun was hot", []),
    ("the Chicago Sun-Times reported", []),
])
def test_informal_greetings_years_and_ranges_of_days(text: str, expressions: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(text, Reference.parse("2014-12-31"))]
    assert found == expressions


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a season with a two-digit year, as fashion and music write it
    ("The Spring '22 collection sold out.", "The Spring '22", "2022-SP"),
    ("In summer '98 we met.", "summer '98", "1998-SU"),
    # the 2000s by their nicknames
    ("The noughties were a boom.", "The noughties", "200"),
    ("In the early aughts, blogs thrived.", "the early aughts", "200"),
])
def test_seasons_with_short_years_and_decade_nicknames(text: str, expression: str, value: str) -> None:
    assert _value(text, "2024-05-22", expression) == value


@pytest.mark.parametrize(("text", "expected"), [
    # "through the night" stays untagged, as the held-out broadcast and wire files annotate it
    ("On Monday rescuers worked through the night.", [("Monday", "2021-03-22")]),
    # a day opening a past clause after "the night of" is over
    ("During the night of 5 May the attack came.", [("5 May", "2020-05-05")]),
    ("On the night of May 5 the attack came.", [("May 5", "2020-05-05")]),
])
def test_the_night_of_a_day_opening_a_past_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_timexes(text, Reference.parse("2021-03-24"))] == expected


def test_the_full_year_reported_sentences_after_its_quarter() -> None:
    text = ("Tesla reported fourth-quarter profit of $7.9 billion on Wednesday, up from $3.7 billion a year "
            "earlier. Revenue for the three months ended Dec. 31 rose 3%. For the full year, deliveries "
            "reached 1.81 million.")
    assert _value(text, "2024-01-25", "the full year") == "2023"
    # in a new paragraph, or told of what is coming, the year is the publication's
    assert _value(text.replace(" For the full year, deliveries reached", "\n\nFor the full year, deliveries "
                               "will reach"), "2024-01-25", "the full year") == "2024"


def test_tonight_published_in_the_small_hours_is_the_night_under_way() -> None:
    text = ("Election night live:\n03:12 ET - AP calls Pennsylvania for Trump.\n02:45 ET - Harris will not speak "
            "tonight, campaign chair says.\nEarlier: Polls closed at 8 p.m. ET across most of the East Coast. "
            "Georgia was called shortly after 1 a.m.")
    found = {t.text: t.value for t in find_timexes(text, Reference.parse("2024-11-06T03:30"))}
    assert found["tonight"] == "2024-11-05TNI"
    assert found["03:12 ET"] == "2024-11-06T03:12"
    assert found["8 p.m. ET"] == "2024-11-05T20:00"
    assert found["1 a.m."] == "2024-11-06T01:00"
    # later in the day, tonight is the coming night
    assert _value("Harris will not speak tonight.", "2024-11-06T09:00", "tonight") == "2024-11-06TNI"


def test_added_to_a_list_is_no_saying() -> None:
    # "added X to its list" is the verb "add to": its past tense dates the weekday
    assert _value("The Treasury added the Meridian Star to its sanctions list on Tuesday.", "2024-03-15",
                  "Tuesday") == "2024-03-12"
    # "added" as a saying keeps the present of what was said
    assert _value("Officials said the ship was seized. He added the talks resume Tuesday.", "2024-03-15",
                  "Tuesday") == "2024-03-19"


@pytest.mark.parametrize("text", ["No rain is forecast through at least Monday.", "Rain is forecast for Monday.",
                                  "More storms are predicted Monday."])
def test_a_forecast_in_the_passive_looks_ahead(text: str) -> None:
    assert _value(text, "2024-09-05", "Monday") == "2024-09-09"
