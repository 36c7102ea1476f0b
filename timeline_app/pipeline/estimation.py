"""Estimating when an article was published from its text alone, with reasons.

News writes relative to its own day: weekdays ("on Thursday"), gaps ("a week after"),
"last week". Together with an explicit calendar date ("their March 5 meeting") they
pin the publication day. The method:

1. collect explicit dates (month and day, with a year when stated), the weekday named
   most often, stated gaps ("a week after" = 7 days) and "last week";
2. score each day ``P`` up to two weeks after each explicit date ``D``: +2 when ``P``
   is the named weekday, +1 when ``P - D`` is a stated gap, +1 when "last week" fits
   (``D`` falls in the calendar week before ``P``);
3. when the year is not stated, try the years from the latest year named in the text to
   ten years after it (an assumption: news seldom names only years more than a decade
   old), and prefer the latest of equally good years, listing the others.

The result is a guess: it carries its reasons and a confidence, and is marked
"estimated" until the user confirms or changes it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from timeline_app.pipeline.dateline import MONTHS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
YEAR_WINDOW = 10
SEARCH_DAYS = 14

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4})\b)?", re.I)
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?:,?\s+(?P<year>\d{4})\b)?", re.I)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b")
_YEAR = re.compile(r"(?<![\d,.])\b(1[89]\d\d|20\d\d)\b(?![\d,])")
_GAP = re.compile(r"\b(?P<count>\d+|" + "|".join(NUMBERS) + r")\s+(?P<unit>days?|weeks?)\s+(?:after|later|before|earlier)\b",
                  re.I)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_LAST_WEEK = re.compile(r"\blast\s+week\b", re.I)


class EstimationError(ValueError):
    """The text gives nothing to estimate a publication date from."""


@dataclass(slots=True)
class PublicationEstimate:
    moment: datetime
    reasons: list[str] = field(default_factory=list)
    confidence: float = 0.0
    alternatives: list[date] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Explicit:
    text: str
    month: int
    day: int
    year: int | None


def _explicit_dates(text: str) -> list[_Explicit]:
    found: list[_Explicit] = []
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            if match.group("month").lower() == "may" and pattern is _MONTH_DAY and match.group("year") is None:
                before = text[max(0, match.start() - 4):match.start()].lower()
                if not before.strip() or before.strip()[-1:].isalpha():
                    continue  # "they may 5 ..." is a verb, not a month
            year = int(match.group("year")) if match.group("year") else None
            found.append(_Explicit(match.group(0).strip(), MONTHS[match.group("month").lower().rstrip(".")],
                                   int(match.group("day")), year))
    for match in _ISO.finditer(text):
        found.append(_Explicit(match.group(0), int(match.group("month")), int(match.group("day")),
                               int(match.group("year"))))
    unique: dict[tuple[int, int, int | None], _Explicit] = {}
    for item in found:
        if 1 <= item.month <= 12 and 1 <= item.day <= 31:
            unique.setdefault((item.month, item.day, item.year), item)
    return list(unique.values())


def _gaps(text: str) -> dict[int, str]:
    gaps: dict[int, str] = {}
    for match in _GAP.finditer(text):
        raw = match.group("count").lower()
        count = int(raw) if raw.isdigit() else NUMBERS[raw]
        gaps.setdefault(count * UNIT_DAYS[match.group("unit").lower()], match.group(0))
    return gaps


def estimate_publication(text: str) -> PublicationEstimate:
    """The most likely publication day of ``text``, with reasons; raises EstimationError."""
    explicit = _explicit_dates(text)
    weekdays = Counter(m.group(1).lower() for m in _WEEKDAY.finditer(text))
    years = sorted({int(y) for y in _YEAR.findall(text)} | {e.year for e in explicit if e.year})
    gaps = _gaps(text)
    has_last_week = bool(_LAST_WEEK.search(text))
    if not explicit:
        raise EstimationError("the text states no calendar date to estimate from")
    if all(e.year is None for e in explicit) and not years:
        raise EstimationError("the text states no year to estimate from")
    weekday = weekdays.most_common(1)[0][0] if weekdays else None
    scored: list[tuple[float, int, int, date, _Explicit]] = []
    for item in explicit:
        candidate_years = [item.year] if item.year else range(years[-1], years[-1] + YEAR_WINDOW + 1)
        for year in candidate_years:
            try:
                anchor = date(year, item.month, item.day)
            except ValueError:
                continue
            for k in range(SEARCH_DAYS + 1):
                day = anchor + timedelta(days=k)
                score = 0.0
                if weekday is not None and WEEKDAYS[day.weekday()] == weekday:
                    score += 2
                if k in gaps:
                    score += 1
                if has_last_week and day.isocalendar()[:2] == (anchor + timedelta(days=7)).isocalendar()[:2]:
                    score += 1
                if weekday is None and k == 0:
                    score += 1  # nothing relative: the latest explicit date is the best guess
                scored.append((score, year, -k, day, item))
    if not scored:
        raise EstimationError("no stated date is a real calendar day")
    best = max(score for score, *_ in scored)
    top = [entry for entry in scored if entry[0] == best]
    top.sort(key=lambda entry: (entry[1], entry[2], entry[3]), reverse=True)
    _, year, negative_k, chosen, item = top[0]
    alternatives = sorted({entry[3] for entry in top if entry[3] != chosen})
    reasons: list[str] = []
    if weekday is not None and WEEKDAYS[chosen.weekday()] == weekday:
        reasons.append(f"{weekday.capitalize()} is the weekday the text names most often "
                       f"({weekdays[weekday]} times): taken as the day of publication")
    reasons.append(f"\u201c{item.text}\u201d is a stated date; {chosen.isoformat()} is {-negative_k} days after it")
    if -negative_k in gaps:
        reasons.append(f"\u201c{gaps[-negative_k]}\u201d fits that gap")
    if has_last_week and chosen.isocalendar()[:2] == (date(year, item.month, item.day) + timedelta(days=7)).isocalendar()[:2]:
        reasons.append(f"\u201clast week\u201d fits: {item.text} falls in the week before")
    if item.year is None:
        other_years = sorted({alt.year for alt in alternatives if alt.year != chosen.year})
        reasons.append(
            f"the year is not stated: the latest year named is {years[-1]}; among the {YEAR_WINDOW} years after it "
            + (f"{', '.join(map(str, other_years))} fit equally well, and the latest, {chosen.year}, is proposed"
               if other_years else f"only {chosen.year} fits"))
    confidence = min(0.9, 0.2 + 0.15 * best) / (1 + len({alt.year for alt in alternatives}))
    return PublicationEstimate(datetime(chosen.year, chosen.month, chosen.day), reasons, round(confidence, 2),
                               alternatives)
