"""Publication dates written in words or metadata: datelines and meta tag values.

A dateline is the line near the top of an article that says when it was published
("March 12, 2020 at 8:45 pm", "Published 12 March 2020 20:45 GMT+3", "2020-03-12T20:45:00+03:00").
Only the first few lines are searched: a date deeper in the body is a reported event,
not the publication time.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from timeline_app.core.document import zone_from_name, zone_name

MONTHS = {name: number for number, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")], start=1) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = (r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})(?::(?P<minute>\d\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
         r"(?:\s*(?P<zone>(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?|GMT|UTC|Z))?)?")
_PATTERNS = [
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b" + _TIME, re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b" + _TIME, re.I),
]
_ISO = re.compile(r"\b(?P<date>\d{4}-\d\d-\d\d)(?:[T ](?P<time>\d\d:\d\d(?::\d\d(?:\.\d+)?)?)"
                  r"(?P<zone>Z|[+-]\d\d:?\d\d)?)?\b")


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """A publication moment as read: wall-clock time, whether a time was given, its zone."""

    moment: datetime
    has_time: bool
    zone: str | None
    text: str


def parse_date_text(text: str) -> PublicationDate | None:
    """Read one date (ISO or words) from ``text``; None when there is none."""
    iso = _ISO.search(text)
    if iso:
        raw = iso.group("date") + ("T" + iso.group("time") if iso.group("time") else "")
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            return None
        zone = iso.group("zone")
        if zone:
            zone = "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
        return PublicationDate(moment.replace(microsecond=0), bool(iso.group("time")), zone, iso.group(0))
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            return _from_words(match)
    return None


def _from_words(match: re.Match[str]) -> PublicationDate | None:
    try:
        moment = datetime(int(match.group("year")), MONTHS[match.group("month").lower().rstrip(".")],
                          int(match.group("day")))
    except ValueError:
        return None
    hour = match.group("hour")
    has_time = hour is not None and (match.group("minute") is not None or match.group("ampm") is not None)
    zone: str | None = None
    if has_time:
        h = int(hour)
        ampm = (match.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and h < 12:
            h += 12
        if ampm == "am" and h == 12:
            h = 0
        if h > 23:
            return PublicationDate(moment, False, None, match.group(0))
        moment += timedelta(hours=h, minutes=int(match.group("minute") or 0))
        zone = _zone(match.group("zone"))
    return PublicationDate(moment, has_time, zone, match.group(0).strip())


def _zone(raw: str | None) -> str | None:
    if not raw:
        return None
    text = raw.upper().replace(" ", "").replace("GMT", "").replace("UTC", "")
    if text in ("", "Z"):
        return "+00:00"
    match = re.fullmatch(r"([+-])(\d{1,2}):?(\d\d)?", text)
    if not match:
        return None
    name = f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"
    return zone_name(zone_from_name(name), datetime(2000, 1, 1))


def _datelines(text: str, lines: int) -> Iterator[tuple[int, str, PublicationDate]]:
    """(offset, line, date) for each line of the first ``lines`` non-empty ones that states a
    date as a dateline does: a short line (a dateline, not a sentence of the story) or one
    that says "published"/"updated"; a date inside a long sentence is an event."""
    seen, offset = 0, 0
    for line in text.splitlines(keepends=True):
        at, offset = offset, offset + len(line)
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > lines:
            return
        if len(stripped) <= 80 or re.match(r"(?i)\s*(published|posted|updated|date)\b", stripped):
            found = parse_date_text(stripped)
            if found is not None:
                yield at, line, found
                continue
        wire = _WIRE.match(line)  # "HARBORTOWN, March 10, 2026 - The mayor said ...": the dateline's own date
        if wire is not None and re.search(r"\d{4}", wire.group()):
            found = parse_date_text(wire.group())
            if found is not None:
                yield at, wire.group(), found


def find_dateline(text: str, lines: int = 4) -> PublicationDate | None:
    """The publication date stated in the first ``lines`` non-empty lines, if any."""
    return next((found for _, _, found in _datelines(text, lines)), None)


#: What a dateline says besides its date: who published it and that it was published.
_BYLINE_WORDS = frozenset("by published posted updated last on at date dated the and of from staff reporter "
                          "reporters correspondent correspondents writer writers editor editors gmt utc am pm "
                          "a.m p.m local time".split())


#: A wire dateline opening the story: place, day and agency, then a dash ("JOHANNESBURG,
#: August 7 (Xinhua) --", "Nairobi, Kenya, Aug. 7 (Reuters) -", "WASHINGTON, March 12, 1999 (AP) _");
#: a place in capitals needs no agency ("HARBORTOWN, March 10, 2026 -", "NEW YORK, Jan. 5 —"),
#: while "Tuesday, March 5 -" or "Paris, March 5 -" in plain case could open a sentence; with an
#: agency the place may be left out ("Oct 5 (Reuters) -").
_WIRE = re.compile(r"[ \t]*(?:(?P<caps>[A-Z][A-Z.'’-]+(?=[ \t,]))|[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
                   r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}){0,2},[ \t]*(?i:" + _MONTH + r")[ \t]+\d{1,2}"
                   r"(?:,[ \t]*\d{4})?[ \t]*(?:\([A-Za-z][\w .&-]{0,30}\)|(?(caps)|(?!)))"
                   r"[ \t]*(?:--|[-_\u2013\u2014:])(?=[ \t\r\n]|$)"
                   # or no place at all, then the agency is needed: "Oct 5 (Reuters) - A ransomware attack ..."
                   r"|[ \t]*(?i:" + _MONTH.replace("?P<month>", "") + r")[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*\([A-Z][\w .&-]{0,30}\)"
                   r"[ \t]*(?:--|[-_\u2013\u2014:])(?=[ \t\r\n]|$)"
                   # or no date: a place and an agency ("CUPERTINO, Calif. (Reuters) -", "GENEVA (AP) —"), or a
                   # place in capitals and a dash ("BANDA ACEH, Indonesia —"); "Tuesday -" or "Paris -" could
                   # open a sentence
                   r"|[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}){0,2}"
                   r"[ \t]*\((?:AP|Reuters|AFP|UPI|Xinhua|dpa|CNN|Bloomberg)\)[ \t]*(?:--|[-_\u2013\u2014:])(?=[ \t])"
                   r"|[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}){0,2}"
                   r"[ \t]*(?:--|[_\u2013\u2014])(?=[ \t])")


def dateline_spans(text: str, lines: int = 4) -> list[tuple[int, int]]:
    """Where the document's datelines are: a line whose words besides its date are names or
    byline words ("Ravensport Herald, 9 March 2026", "By Wire Staff, March 4, 2026",
    "*Published 2026-03-12*"), and a wire dateline opening a line ("JOHANNESBURG, August 7
    (Xinhua) --", which states no year), both when a stamp line comes before the wire
    opening. A short headline that states a date ("Ceasefire agreed on March 5, 2020")
    tells an event and is no dateline."""
    spans = []
    for at, line, found in _datelines(text, lines):
        rest = line.replace(found.text, " ")
        words = re.findall(r"[A-Za-z][A-Za-z.'’-]*", rest)
        if all(word[0].isupper() or word.lower().rstrip(".") in _BYLINE_WORDS for word in words):
            spans.append((at, at + len(line.rstrip("\r\n"))))
            break
    seen, offset = 0, 0
    for line in text.splitlines(keepends=True):
        at, offset = offset, offset + len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > lines + 4:  # a wire dateline is told by its shape, and may follow a title, byline and stamp
            break
        wire = _WIRE.match(line)
        if wire is not None:
            if not any(begin <= at < end for begin, end in spans):
                spans.append((at, at + wire.end()))
            break
    return sorted(spans)
