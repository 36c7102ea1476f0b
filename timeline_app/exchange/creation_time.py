"""What a TimeML document is resolved against when its creation time is missing or odd.

Corpora in the wild do not all carry a clean ISO DCT: some give ``19980213`` or
``1998-02-13T14:30:00Z``, MEANTIME has a day-first ``03-02-2009`` (3 February, as its
dateline says), and narrative collections may have no DCT at all. Refusing such a file
would lose every absolute date in it, so :func:`reference_for` always returns a reference
and says how it was chosen:

1. the DCT, read leniently (a day-first or month-first value that could be either is
   settled by the dates the text itself states, else read month first);
2. no usable DCT: the dateline at the top of the text ("June 04, 2009" under a Wikinews
   title, as the pipeline reads it), else the publication day estimated from the text (the
   same estimator that dates articles in the pipeline, with its reasons);
3. nothing to estimate from: a placeholder, with ``is_known`` False. The writer then
   leaves the date part of every value that depends on it unspecified (``XXXX-XX-XX``),
   as TimeML does for a date the text does not fix; absolute dates and durations keep
   their values.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from timeline_app.exchange.timeml import TimeMLDocument
from timeline_app.temporal import Reference, Timex

__all__ = ["DocumentReference", "dct_candidates", "reference_for", "tag_document", "unspecify_unknown"]

PLACEHOLDER = Reference.from_date(date(2000, 1, 1))

_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2}):?(\d{2})(?::?\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class DocumentReference:
    """The reference a document is resolved against, and why (``note`` is None for a clean DCT)."""

    reference: Reference
    note: str | None = None
    is_known: bool = True


def dct_candidates(value: str) -> list[Reference]:
    """The days a DCT value can mean, most likely first; empty when it names no day."""
    raw = value.strip()
    if not raw:
        return []
    try:
        return [Reference.parse(raw.replace("Z", "+00:00") if raw.endswith("Z") else raw)]
    except ValueError:
        pass
    compact = _COMPACT.match(raw)
    if compact:
        year, month, day, hour, minute, zone = compact.groups()
        text = f"{year}-{month}-{day}" + (f"T{hour}:{minute}" if hour else "")
        if zone and hour:
            text += "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
        try:
            return [Reference.parse(text)]
        except ValueError:
            return []
    numeric = _NUMERIC.match(raw)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        found = []
        for month, day in ((first, second), (second, first)):  # month first, as US corpora write
            try:
                candidate = Reference.from_date(date(year, month, day))
            except ValueError:
                continue
            if candidate not in found:
                found.append(candidate)
        return found
    iso_day = _ISO_DAY.match(raw)  # a partial TimeML value ("1998-01-08TMO"): keep the day
    if iso_day:
        try:
            return [Reference.parse(iso_day.group(0))]
        except ValueError:
            return []
    return []


def _is_iso(value: str | None) -> bool:
    try:
        Reference.parse(value or "")
    except ValueError:
        return False
    return True


def _estimate(text: str) -> tuple[datetime, str] | None:
    from timeline_app.pipeline.estimation import EstimationError, estimate_publication

    try:
        estimate = estimate_publication(text)
    except EstimationError:
        return None
    return estimate.moment, "; ".join(estimate.reasons)


def _dateline(text: str) -> tuple[datetime, str] | None:
    """The publication date a line at the top states ("June 04, 2009" under a Wikinews title)."""
    from timeline_app.pipeline.dateline import find_dateline

    found = find_dateline(text)
    return (found.moment, found.text) if found is not None else None


def reference_for(document: TimeMLDocument) -> DocumentReference:
    """The reference to resolve ``document`` against (see the module docstring)."""
    candidates = dct_candidates(document.dct) if document.dct else []
    if len(candidates) == 1:
        reference = candidates[0]
        return DocumentReference(reference, None if _is_iso(document.dct) else
                                 f"DCT {document.dct!r} read as {reference.isoformat()}")
    estimate = _estimate(document.text)
    if candidates:
        chosen = candidates[0]
        if estimate is not None:
            chosen = min(candidates, key=lambda c: abs((c.moment - estimate[0]).days))
        return DocumentReference(
            chosen, f"DCT {document.dct!r} could be {' or '.join(c.isoformat() for c in candidates)}; "
            f"read as {chosen.isoformat()}" + (" (closest to the dates the text states)" if estimate else ""))
    why = "no document creation time" if not document.dct else f"DCT {document.dct!r} is not a date"
    dateline = _dateline(document.text)
    if dateline is not None:
        return DocumentReference(Reference.from_date(dateline[0].date()),
                                 f"{why}; resolved against {dateline[0].date().isoformat()}, the dateline "
                                 f"\u201c{dateline[1]}\u201d at the top of the text")
    if estimate is not None:
        moment, reasons = estimate
        return DocumentReference(Reference.from_date(moment.date()),
                                 f"{why}; resolved against {moment.date().isoformat()}, estimated from the text ({reasons})")
    return DocumentReference(PLACEHOLDER, f"{why} and no date in the text to estimate one from; "
                             "dates that depend on it are left unspecified (XXXX-XX-XX)", is_known=False)


_DATE_PART = re.compile(r"^[0-9]{2,4}(?:-(?:W?[0-9]{1,2}|Q[1-4]|H[12]|[A-Z]{2}))?(?:-(?:[0-9]{2}|WE))?")


def unspecify_unknown(timexes: list[Timex]) -> list[Timex]:
    """Blank the date part of values resolved against an unknown reference.

    An expression anchored to the reference, or to an expression that was, keeps its
    type, extent and clock time (``XXXX-XX-XXT20:45``) but not a date nobody stated.
    """
    unknown: set[int] = set()
    result: list[Timex] = []
    for index, timex in enumerate(timexes):
        anchor = timex.anchor
        depends = anchor == "DCT" or (
            anchor is not None and anchor.startswith("t") and anchor[1:].isdigit() and int(anchor[1:]) in unknown)
        match = _DATE_PART.match(timex.value) if depends else None
        if match:
            unknown.add(index)
            blank = re.sub(r"[0-9]", "X", match.group(0))
            timex = dataclasses.replace(timex, value=blank + timex.value[match.end():], interval=None)
        result.append(timex)
    return result


def tag_document(document: TimeMLDocument, tag: Callable[[str, Reference], list[Timex]], *,
                 reference: Reference | None = None, notes: list[str] | None = None) -> list[Timex]:
    """Run ``tag`` on ``document``'s text against ``reference``, else :func:`reference_for`'s
    choice (its note appended to ``notes``, values left unspecified when nothing dates it)."""
    chosen = DocumentReference(reference) if reference is not None else reference_for(document)
    if chosen.note and notes is not None:
        notes.append(f"{document.name}: {chosen.note}")
    timexes = tag(document.text, chosen.reference)
    return timexes if chosen.is_known else unspecify_unknown(timexes)
