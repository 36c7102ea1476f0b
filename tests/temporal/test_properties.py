"""Properties that hold for any text and any reference: the engine never raises, spans are
the text's own, expressions do not overlap, intervals are ordered."""
from __future__ import annotations

from datetime import datetime

from dateutil import tz
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_app.temporal import Reference, find_timexes

WORDS = st.sampled_from([
    "Thursday", "last", "next", "week", "March", "May", "5", "2011", "12th", "of", "the", "two",
    "days", "ago", "after", "before", "later", "in", "December", "early", "mid-", "late", "9999",
    "0001", "year", "years", "a", "century", "1990s", "3/12/2020", "2020-02-29", "at", "8:45",
    "pm", "tomorrow", "yesterday", "every", "since", "for", "past", "quarter", "third", ",", ".",
    "\n", "the next day", "that week", "Q4", "fiscal", "Christmas", "0", "31", "February", "30",
    # forms added in session 3: eras, ranges, clocks and their days, informal spellings
    "BC", "AD", "218", "1950\u20131953", "1980-85", "the 1800s", "19th", "tmr", "nite", "8-10pm", "25/12",
    "27.03.15", "midnight", "local time", "(2130 GMT)", "on", "following", "previous", "weekend", "#",
    "on the third day", "between", "and", "from", "to", "that same day", "the 1988 quarter", "a year earlier",
    # forms added in session 10: office shorthand, wire style, early years, offsets named by their event
    "end-June", "end-2024", "EOD", "COB", "the 15th of next month", "Christmas Day 800", "in 476", "c.",
    "millennium", "the week of", "the day after", "the eve of", "1445 AH", "(742–814)", "thirty (30) days",
])
REFERENCES = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59))


def _check(text: str, moment: datetime, has_time: bool, zone: str | None = None) -> None:
    reference = Reference(moment, tz.gettz(zone) if zone else None, has_time)
    reference.isoformat()
    found = find_timexes(text, reference)
    previous_end = 0
    for timex in found:
        assert text[timex.start:timex.end] == timex.text
        assert timex.start >= previous_end
        previous_end = timex.end
        assert timex.value
        if timex.interval is not None:
            assert timex.interval.start <= timex.interval.end
            earliest, latest = timex.interval.inclusive()
            assert earliest <= latest


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=200), REFERENCES, st.booleans())
def test_any_text_any_reference(text: str, moment: datetime, has_time: bool) -> None:
    _check(text, moment, has_time)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join), REFERENCES, st.booleans())
def test_date_like_text_at_calendar_edges(text: str, moment: datetime, has_time: bool) -> None:
    _check(text, moment, has_time)


@given(st.sampled_from([datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59), datetime(2020, 2, 29),
                        datetime(2021, 3, 28, 2, 30), datetime(2020, 10, 25, 1, 30)]),
       st.lists(WORDS, max_size=25).map(" ".join),
       st.sampled_from([None, "Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"]))
@settings(max_examples=300, deadline=None)
@example(datetime(9999, 12, 31, 23, 59), "Thursday last midnight the next day", None)  # T24:00 moved past 9999
@example(datetime(1, 1, 1), "on the third day before that same day", None)  # the day before 0001-01-01
@example(datetime(1, 1, 1), "late 1980-85 midnight to 8:45", None)  # a range across midnight into year 1
@example(datetime(9999, 12, 31, 23, 59), "3/12/2020 (2130 GMT) end-June the 15th of next month the day after the EOD",
         None)  # "the day after" a day counted to 9999-12-31
@example(datetime(9999, 12, 31, 23, 59), "the week after that same day", None)  # a week past 9999-12-31
def test_edges_of_the_calendar_and_dst_changes(moment: datetime, text: str, zone: str | None) -> None:
    """2021-03-28 02:30 does not exist in Berlin and 2020-10-25 01:30 happens twice."""
    _check(text, moment, True, zone)
