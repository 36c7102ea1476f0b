"""Articles and the temporal expressions found in them."""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from dateutil import tz as dateutil_tz

from timeline_app.core.times import grain_from_str, grain_to_str, interval_from_dict, interval_to_dict
from timeline_app.temporal.model import Grain, Interval, Offset, Reference, Timex


def zone_from_name(name: str | None) -> tzinfo | None:
    """A zone from an IANA name ("Europe/Istanbul") or a fixed offset ("+03:00", "Z")."""
    if not name:
        return None
    match = re.fullmatch(r"([+-])(\d\d):?(\d\d)", name.strip())
    if match:
        sign = 1 if match.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))
    if name.strip() in ("Z", "UTC"):
        return timezone.utc
    return dateutil_tz.gettz(name)


def zone_name(zone: tzinfo | None, moment: datetime) -> str | None:
    """The name to store for ``zone``: its IANA key when it has one, else its offset."""
    if zone is None:
        return None
    key = getattr(zone, "key", None) or getattr(zone, "_filename", None)
    if isinstance(key, str) and "/" in key:
        return key.split("zoneinfo/")[-1]
    offset = zone.utcoffset(moment)
    if offset is None:
        return None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class PublicationSource(enum.StrEnum):
    """Where a document's publication date came from, most trusted first."""

    GIVEN = "given"
    METADATA = "metadata"
    ESTIMATED = "estimated"


@dataclass(slots=True)
class Estimate:
    """Why a publication date was guessed from the text, and how sure the guess is.

    Kept next to the date so that every view can show "estimated" and its reasons
    until the user confirms or changes it.
    """

    reasons: list[str] = field(default_factory=list)
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"reasons": list(self.reasons), "confidence": self.confidence}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Estimate":
        return cls(list(data.get("reasons", [])), float(data.get("confidence", 0.0)))


@dataclass(slots=True)
class Document:
    """One article: its text, where it came from, and when it was published.

    ``published`` is naive wall-clock time in the article's own zone; ``zone`` names that
    zone ("Europe/Istanbul" or "+03:00") when known, so exports can write offsets without
    shifting the wall-clock time the article states. ``has_time`` tells whether a time of
    day is known (otherwise only the date is meaningful).
    """

    id: str
    title: str
    text: str
    source_name: str = ""
    path: str | None = None
    url: str | None = None
    published: datetime | None = None
    zone: str | None = None
    has_time: bool = False
    published_source: PublicationSource | None = None
    estimate: Estimate | None = None

    @property
    def is_estimated(self) -> bool:
        return self.published_source is PublicationSource.ESTIMATED

    @property
    def location(self) -> str:
        """The path or URL, whichever is known, for display."""
        return self.path or self.url or ""

    def reference(self) -> Reference:
        """The reference time expressions in this document are resolved against."""
        if self.published is None:
            raise ValueError(f"document {self.id} ({self.title!r}) has no publication date")
        return Reference(self.published, zone_from_name(self.zone), self.has_time)

    def published_iso(self) -> str | None:
        if self.published is None:
            return None
        if not self.has_time:
            return self.published.date().isoformat()
        return self.reference().isoformat()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "source_name": self.source_name,
            "path": self.path,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "zone": self.zone,
            "has_time": self.has_time,
            "published_source": str(self.published_source) if self.published_source else None,
            "estimate": self.estimate.to_dict() if self.estimate else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        published = data.get("published")
        source = data.get("published_source")
        estimate = data.get("estimate")
        return cls(
            id=str(data["id"]),
            title=str(data.get("title", "")),
            text=str(data.get("text", "")),
            source_name=str(data.get("source_name", "")),
            path=data.get("path"),
            url=data.get("url"),
            published=datetime.fromisoformat(published) if published else None,
            zone=data.get("zone"),
            has_time=bool(data.get("has_time", False)),
            published_source=PublicationSource(source) if source else None,
            estimate=Estimate.from_dict(estimate) if estimate else None,
        )


@dataclass(slots=True)
class Mention:
    """A temporal expression in a document, with the engine's resolution of it.

    Offsets are characters in :attr:`Document.text`. The engine's ``Timex`` is not kept
    itself: a mention must survive a save/load round trip and a change of engine, so its
    fields are copied into plain values.
    """

    id: str
    document_id: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    interval: Interval | None = None
    grain: Grain | None = None
    anchor: str | None = None
    explanation: str = ""
    tense: str | None = None
    offset: Offset | None = None
    rule: str = ""

    @classmethod
    def from_timex(cls, mention_id: str, document_id: str, timex: Timex, shift: int = 0) -> "Mention":
        """Copy ``timex``; ``shift`` converts offsets in a tagged fragment to document offsets."""
        offset = timex.offset
        if offset is not None and offset.anchor_start is not None and shift:
            offset = replace(offset, anchor_start=offset.anchor_start + shift)
        return cls(
            id=mention_id,
            document_id=document_id,
            start=timex.start + shift,
            end=timex.end + shift,
            text=timex.text,
            type=str(timex.type),
            value=timex.value,
            mod=timex.mod,
            interval=timex.interval,
            grain=timex.grain,
            anchor=timex.anchor,
            explanation=timex.explanation,
            tense=timex.tense,
            offset=offset,
            rule=timex.rule,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document": self.document_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            **_interval_fields(self.interval),
            "grain": grain_to_str(self.grain),
            "anchor": self.anchor,
            "explanation": self.explanation,
            "tense": self.tense,
            "offset": None if self.offset is None else {
                "duration": self.offset.duration,
                "direction": self.offset.direction,
                "signal": self.offset.signal,
                "anchor_start": self.offset.anchor_start,
            },
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Mention":
        off = data.get("offset")
        return cls(
            id=str(data["id"]),
            document_id=str(data["document"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data.get("text", "")),
            type=str(data.get("type", "DATE")),
            value=str(data.get("value", "")),
            mod=data.get("mod"),
            interval=interval_from_dict({"start": data.get("interval_start"), "end": data.get("interval_end")}),
            grain=grain_from_str(data.get("grain")),
            anchor=data.get("anchor"),
            explanation=str(data.get("explanation", "")),
            tense=data.get("tense"),
            offset=None if not off else Offset(off.get("duration"), int(off.get("direction", 1)),
                                               str(off.get("signal", "")), off.get("anchor_start")),
            rule=str(data.get("rule", "")),
        )


def _interval_fields(interval: Interval | None) -> dict[str, str | None]:
    """Interval bounds under names that do not clash with a mention's character offsets."""
    times = interval_to_dict(interval)
    return {"interval_start": times["start"], "interval_end": times["end"],
            "earliest": times["earliest"], "latest": times["latest"]}
