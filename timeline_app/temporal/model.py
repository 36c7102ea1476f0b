"""What the temporal engine returns: expressions, their values, intervals and reasons.

TimeML (TIMEX3) conventions are followed for ``type``, ``value`` and ``mod``. Intervals
are half-open internally (``start`` inclusive, ``end`` exclusive) so that adjacent
periods never overlap; :meth:`Interval.inclusive` gives the inclusive bounds that files
and people use ("2019-12-01 .. 2019-12-31").
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo

from dateutil import tz as dateutil_tz


class Grain(enum.IntEnum):
    """How precise a time is, coarsest first (comparisons follow: CENTURY < DAY)."""

    MILLENNIUM = 0
    CENTURY = 1
    DECADE = 2
    YEAR = 3
    HALF = 4
    QUARTER = 5
    SEASON = 6
    MONTH = 7
    WEEK = 8
    DAY = 9
    PART_OF_DAY = 10
    HOUR = 11
    MINUTE = 12
    SECOND = 13

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", " ")


class TimexType(enum.StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open span of wall-clock time ``[start, end)`` in the document's zone."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"interval ends before it starts: {self.start} .. {self.end}")

    @property
    def earliest(self) -> datetime:
        return self.start

    @property
    def latest(self) -> datetime:
        """The last instant inside the interval (inclusive bound, to the second)."""
        if self.end == self.start:
            return self.start
        return self.end - timedelta(seconds=1)

    def inclusive(self) -> tuple[str, str]:
        """Inclusive ISO 8601 bounds: dates when the interval covers whole days."""
        whole_days = (
            self.start.time() == datetime.min.time()
            and self.end.time() == datetime.min.time()
            and self.end > self.start
        ) or (self.end == datetime.max and self.start.time() == datetime.min.time())
        if whole_days:
            last = (self.end - timedelta(days=1)).date() if self.end != datetime.max else self.end.date()
            return self.start.date().isoformat(), last.isoformat()
        return self.start.isoformat(timespec="seconds"), self.latest.isoformat(timespec="seconds")

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Reference:
    """The time an expression is resolved against: usually the publication date and time.

    ``moment`` is naive wall-clock time in the document's zone; ``zone`` is that zone when
    known (so exports can write offsets). ``has_time`` says whether a time of day was given;
    without it, "this morning" is still resolvable but "two hours ago" has day grain only.
    """

    moment: datetime
    zone: tzinfo | None = None
    has_time: bool = False

    @classmethod
    def parse(cls, text: str) -> "Reference":
        """Parse ``2020-03-12``, ``2020-03-12T20:45``, ``2020-03-12T20:45+03:00`` or
        ``2020-03-12 Europe/Istanbul``; raises ValueError with a readable message."""
        raw = text.strip()
        zone: tzinfo | None = None
        if " " in raw and "/" in raw.split(" ", 1)[1]:
            raw, zone_name = raw.split(" ", 1)
            zone = dateutil_tz.gettz(zone_name.strip())
            if zone is None:
                raise ValueError(f"unknown time zone {zone_name.strip()!r}")
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError:
            raise ValueError(f"not an ISO date or date-time: {text!r} (expected e.g. 2020-03-12)") from None
        if parsed.tzinfo is not None:
            zone = zone or parsed.tzinfo
            parsed = parsed.replace(tzinfo=None)
        has_time = "T" in raw or (len(raw) > 10 and ":" in raw)
        return cls(parsed, zone, has_time)

    @classmethod
    def from_date(cls, day: date) -> "Reference":
        return cls(datetime(day.year, day.month, day.day))

    @property
    def day(self) -> date:
        return self.moment.date()

    def isoformat(self) -> str:
        if not self.has_time:
            return self.day.isoformat()
        text = self.moment.isoformat(timespec="minutes")
        if self.zone is not None:
            offset = self.zone.utcoffset(self.moment)
            if offset is not None:
                text += datetime(2000, 1, 1, tzinfo=timezone(offset)).strftime("%z")[:3] + ":" + \
                    datetime(2000, 1, 1, tzinfo=timezone(offset)).strftime("%z")[3:]
        return text


@dataclass(frozen=True, slots=True)
class Offset:
    """A relation to an event named in the text: "two days after <the ceasefire>".

    ``duration`` is a TimeML duration (``P2D``) or None for a bare "after"/"before";
    ``direction`` is +1 (after/later) or -1 (before/earlier); ``anchor_start`` is the
    character position where the anchoring phrase begins (after the signal word), or
    None when the expression ends the clause ("two days later"). When the anchoring
    phrase is itself a date ("two days after March 5"), ``anchor_timex`` is that
    expression's index in the same result list and the date is known without an event.
    """

    duration: str | None
    direction: int
    signal: str
    anchor_start: int | None
    anchor_timex: int | None = None


@dataclass(slots=True)
class Timex:
    """One temporal expression found in a text, with its resolution and provenance.

    ``known`` lists what the text itself stated (e.g. ``{"month", "day"}``) and ``implied``
    what was filled in from the anchor (e.g. ``{"year"}``), after chrono's known/implied
    values. ``anchor`` is ``"DCT"`` (the reference time), ``"t<N>"`` (the N-th expression
    of the same text, 0-based, for narrative anaphora such as "the next day"), or
    ``None`` when the value needed no anchor ("2011", "P3D").
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    interval: Interval | None = None
    grain: Grain | None = None
    anchor: str | None = None
    anchor_value: str | None = None
    rule: str = ""
    explanation: str = ""
    known: frozenset[str] = field(default_factory=frozenset)
    implied: frozenset[str] = field(default_factory=frozenset)
    tense: str | None = None
    offset: Offset | None = None
    quant: str | None = None
    freq: str | None = None

    @property
    def earliest(self) -> datetime | None:
        return self.interval.earliest if self.interval else None

    @property
    def latest(self) -> datetime | None:
        return self.interval.latest if self.interval else None

    @property
    def is_uncertain(self) -> bool:
        """True when the expression denotes a span wider than one day or has no interval."""
        if self.interval is None:
            return True
        return self.interval.duration > timedelta(days=1)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view used by the CLI and exporters."""
        earliest, latest = self.interval.inclusive() if self.interval else (None, None)
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": str(self.type),
            "value": self.value,
            "mod": self.mod,
            "earliest": earliest,
            "latest": latest,
            "grain": self.grain.label if self.grain is not None else None,
            "anchor": self.anchor,
            "anchor_value": self.anchor_value,
            "rule": self.rule,
            "explanation": self.explanation,
            "known": sorted(self.known),
            "implied": sorted(self.implied),
            "tense": self.tense,
            "offset": None if self.offset is None else {
                "duration": self.offset.duration,
                "direction": "after" if self.offset.direction > 0 else "before",
                "signal": self.offset.signal,
                "anchor_start": self.offset.anchor_start,
                "anchor_timex": self.offset.anchor_timex,
            },
        }
