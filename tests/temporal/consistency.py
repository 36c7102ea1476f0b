"""Invariants every expression the engine returns must satisfy, whatever the text.

:func:`violations` checks one result list (the output of ``find_timexes`` on one text)
and returns ``(rule, message)`` pairs; an empty list means the result is self-consistent:
spans, value syntax, value <-> interval agreement, anchors and explanations.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from timeline_app.temporal import Timex
from timeline_app.temporal.calendar import (day_span, half_span, month_span, narrow, quarter_span, season_span,
                                            week_span, weekend_span, years_span)
from timeline_app.temporal.model import Grain, Interval, TimexType

MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
        "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}
DURATION = re.compile(r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML|Q|H|WE|FN|N)){1,4}"
                      r"(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS]){1,3})?|PT(?:(?:\d+(?:\.\d+)?|X)[HMS]){1,3}"
                      r"|P(?:\d+|X)(?:SP|SU|FA|WI|MO|AF|EV|NI)")
POD = {"MO", "AF", "EV", "NI", "DT"}
DATE_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d)(?:T(?:(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?"
    r"|(?P<pod>MO|AF|EV|NI|DT)))?)?|W(?P<week>\d\d)(?:-(?P<wday>[1-7]|WE))?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)))?")
GRAIN_OF_VALUE = [("second", Grain.SECOND), ("minute", Grain.MINUTE), ("hour", Grain.HOUR), ("pod", Grain.PART_OF_DAY),
                  ("day", Grain.DAY), ("wday", Grain.DAY), ("week", Grain.WEEK), ("month", Grain.MONTH),
                  ("season", Grain.SEASON), ("quarter", Grain.QUARTER), ("half", Grain.HALF)]
POD_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30), "DT": (8, 18)}


def value_span(value: str) -> tuple[Interval, Grain] | None:
    """The interval and grain a fully specified DATE/TIME value names, or None when the value
    is not fully specified (X, REF, BC) or not a calendar value. Raises ValueError for an
    impossible value (month 13, day 32, week 54, hour 25)."""
    if re.fullmatch(r"\d{3}", value):  # a decade: 199 = 1990-1999
        return years_span(int(value) * 10, 10), Grain.DECADE
    if re.fullmatch(r"\d{2}", value):  # a century: 18 = 1800-1899
        return years_span(int(value) * 100, 100), Grain.CENTURY
    if re.fullmatch(r"\d", value):
        return years_span(int(value) * 1000, 1000), Grain.MILLENNIUM
    match = DATE_VALUE.fullmatch(re.sub(r"(?:Z|[+-]\d\d(?::?\d\d)?)$", "", value) if "T" in value else value)
    if match is None:
        return None
    g = match.groupdict()
    year = int(g["year"])
    if year < 1:
        raise ValueError(f"year {year}")
    if g["second"] is not None or g["minute"] is not None or g["hour"] is not None:
        hour = int(g["hour"])
        minute = int(g["minute"] or 0)
        second = int(g["second"] or 0)
        if hour > 24 or minute > 59 or second > 59:
            raise ValueError(f"time {hour}:{minute}:{second}")
        start = datetime(year, int(g["month"]), int(g["day"])) + timedelta(hours=hour, minutes=minute, seconds=second)
        step, grain = ((timedelta(seconds=1), Grain.SECOND) if g["second"] is not None else
                       (timedelta(minutes=1), Grain.MINUTE) if g["minute"] is not None else
                       (timedelta(hours=1), Grain.HOUR))
        return Interval(start, start + step), grain
    if g["pod"] is not None:
        first, last = POD_HOURS[g["pod"]]
        base = datetime(year, int(g["month"]), int(g["day"]))
        return Interval(base + timedelta(hours=first), base + timedelta(hours=last)), Grain.PART_OF_DAY
    if g["day"] is not None:
        return day_span(date(year, int(g["month"]), int(g["day"]))), Grain.DAY
    if g["month"] is not None:
        month = int(g["month"])
        if not 1 <= month <= 12:
            raise ValueError(f"month {month}")
        return month_span(year, month), Grain.MONTH
    if g["week"] is not None:
        week = int(g["week"])
        monday = date.fromisocalendar(year, week, 1)  # raises for week 0 / 54 / a 53rd week that is not
        if g["wday"] == "WE":
            return weekend_span(monday), Grain.DAY
        if g["wday"] is not None:
            return day_span(monday + timedelta(days=int(g["wday"]) - 1)), Grain.DAY
        return week_span(monday), Grain.WEEK
    if g["quarter"] is not None:
        return quarter_span(year, int(g["quarter"])), Grain.QUARTER
    if g["half"] is not None:
        return half_span(year, int(g["half"])), Grain.HALF
    if g["season"] is not None:
        return season_span(year, g["season"]), Grain.SEASON
    return years_span(year, 1), Grain.YEAR


# "weekends" is XXXX-WE, as the corpora's gold writes it (TimeBank, AQUAINT: three of three)
SET_VALUE = re.compile(r"XXXX(?:-WXX-[1-7]|-WXX-WE|-WE|-XX-XX(?:T(?:\d\d(?::\d\d)?|MO|AF|EV|NI))?|-XX-\d\d|-\d\d(?:-\d\d)?"
                       r"|-[SUFAWIP]{2}|-Q[1-4]|-XX-XXT\d\d:\d\d)?"
                       r"(?:T(?:\d\d(?::\d\d)?|MO|AF|EV|NI))?")
UNDERSPECIFIED = re.compile(r"(?:[0-9X]{4}|BC\d{4})(?:-[0-9X]{2}(?:-[0-9X]{2})?(?:T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?"
                            r"|MO|AF|EV|NI|DT)(?:Z|[+-]\d\d(?::?\d\d)?)?)?|-W[0-9X]{2}(?:-(?:[1-7X]|WE)(?:T(?:MO|AF|EV|NI|DT|[0-9X]{2}(?::[0-9X]{2})?))?)?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
                            r"|[0-9X]{1,3}|BC\d{1,4}|PRESENT_REF|PAST_REF|FUTURE_REF")


def violations(text: str, timexes: Sequence[Timex]) -> list[tuple[str, str]]:
    """Every invariant ``timexes`` (found in ``text``) break, as (rule, message) pairs."""
    found: list[tuple[str, str]] = []

    def bad(rule: str, timex: Timex, why: str) -> None:
        found.append((rule, f"{timex.text!r} {timex.type} {timex.value} [{timex.rule}]: {why}"))

    previous_end = -1
    for index, t in enumerate(timexes):
        # spans
        if not (0 <= t.start < t.end <= len(text)):
            bad("span-outside-text", t, f"span {t.start}..{t.end} of {len(text)}")
        elif text[t.start:t.end] != t.text:
            bad("text-not-slice", t, f"slice is {text[t.start:t.end]!r}")
        if t.start < previous_end:
            bad("overlap-or-unsorted", t, f"starts at {t.start} before the previous end {previous_end}")
        previous_end = max(previous_end, t.end)
        # mod
        if t.mod is not None and t.mod not in MODS:
            bad("mod-not-timeml", t, f"mod {t.mod}")
        # interval non-empty
        if t.interval is not None and t.interval.end <= t.interval.start:
            bad("interval-empty", t, f"{t.interval}")
        # anchors
        if t.anchor is not None and t.anchor != "DCT":
            number = re.fullmatch(r"t(\d+)", t.anchor)
            if number is None:
                bad("anchor-malformed", t, f"anchor {t.anchor}")
            elif int(number.group(1)) >= len(timexes) or int(number.group(1)) == index:
                # a clock takes the date that follows it ("at 4:17 p.m. on July 20"): an anchor may
                # point forward, but always at another expression of the same result
                bad("anchor-dangling", t, f"anchor {t.anchor} at position {index} of {len(timexes)}")
            elif timexes[int(number.group(1))].value != t.anchor_value:
                bad("anchor-value-mismatch", t, f"anchor {t.anchor} = {timexes[int(number.group(1))].value},"
                                                f" anchor_value {t.anchor_value}")
        # value syntax by type
        if t.type is TimexType.DURATION:
            if not DURATION.fullmatch(t.value):
                bad("duration-syntax", t, "not a TimeML duration")
            continue
        if t.type is TimexType.SET:
            if not (DURATION.fullmatch(t.value) or SET_VALUE.fullmatch(t.value) or UNDERSPECIFIED.fullmatch(t.value)):
                bad("set-syntax", t, "not a TimeML SET value")
            continue
        if not UNDERSPECIFIED.fullmatch(t.value):
            bad("date-syntax", t, "not a TimeML DATE/TIME value")
            continue
        try:
            named = value_span(t.value)
        except (ValueError, OverflowError) as error:
            bad("impossible-value", t, str(error))
            continue
        if t.value.startswith("BC"):
            if t.interval is not None:
                bad("bc-has-interval", t, f"{t.interval.inclusive()}")
            continue
        if named is None:
            continue
        span, grain = named
        if t.interval is None:
            bad("no-interval", t, "fully specified value without an interval")
            continue
        if t.grain is not None and t.grain != grain and not (grain is Grain.MINUTE and t.grain >= Grain.MINUTE) \
                and not (grain is Grain.DAY and t.value.endswith("-WE")):
            bad("grain-mismatch", t, f"grain {t.grain.label}, value names a {grain.label}")
        expected = narrow(span, t.mod) if t.mod in ("START", "MID", "END") else span
        if t.mod in (None, "APPROX", "START", "MID", "END"):
            ranged = "range" in t.rule or re.search(r"\d\s*[-–—]\s*\d|\b(?:to|through|until)\b", t.text) is not None
            if ranged and t.interval.start == expected.start and t.interval.end >= expected.end:
                pass  # a range ("2019-20", "March 5-7") is valued by its start and spans to its end
            elif "range" in t.rule and expected.start <= t.interval.start and t.interval.end <= expected.end:
                pass  # "mid- to late 2021": part of the year its value names
            elif t.rule.startswith("holiday") and t.interval.start <= expected.start and expected.end <= t.interval.end:
                pass  # "Ramadan", "Eid": a feast of several days (or a moon-sighting margin) around its day
            elif (t.interval.start, t.interval.end) != (expected.start, expected.end):
                bad("interval-mismatch", t, f"interval {t.interval.inclusive()}, value names {expected.inclusive()}")
        elif not (span.start <= t.interval.start or t.interval.end <= span.end or t.interval.end == datetime.max
                  or t.interval.start == datetime.min):
            bad("interval-mismatch", t, f"interval {t.interval.inclusive()} vs {span.inclusive()} with mod {t.mod}")
    return found


def explanation_violations(timexes: Sequence[Timex]) -> list[tuple[str, str]]:
    """Explanations that do not quote the expression or do not end with the value."""
    found: list[tuple[str, str]] = []
    for t in timexes:
        if not t.explanation:
            found.append(("explanation-missing", f"{t.text!r} {t.value} [{t.rule}]"))
            continue
        if t.text.lower() not in t.explanation.lower():
            found.append(("explanation-no-quote", f"{t.text!r} {t.value} [{t.rule}]: {t.explanation}"))
        if not t.explanation.rstrip(" .)").endswith(t.value):
            found.append(("explanation-no-value", f"{t.text!r} {t.value} [{t.rule}]: {t.explanation}"))
    return found
