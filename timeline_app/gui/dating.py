"""Reading a date typed by the user ("last Friday", "two days after the ceasefire").

Qt-free, so the inspector's live preview, the table's in-place editor and the tests all
share it. The text is read by the temporal engine against the event's reference time
(the publication date of its first document); an offset from an event ("two days after
<event>") is matched to an event of the project by its id or by the words of its title.
The result is a :class:`DateProposal`: what would be set, the core command that sets
it, and the chain of reasoning in plain words, shown before anything is committed.
"""
from __future__ import annotations

import re
from datetime import datetime
from dataclasses import dataclass

from timeline_app.core.commands import AnchorEvent, Command, SetEventTime
from timeline_app.core.dependencies import SPAN_SIGNALS, CycleError, check_no_cycle, shift
from timeline_app.core.resolution import report_day
from timeline_app.core.event import Dependency, Event
from timeline_app.core.project import Project
from timeline_app.core.times import value_for
from timeline_app.pipeline.extraction import RANGE_JOIN
from timeline_app.temporal import Reference, Timex, find_timexes
from timeline_app.temporal.model import Grain, Interval

MINUS = "\u2212"
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("the a an of in on at to and or for by with from its it's their his her".split())
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}


def span_text(interval: Interval | None) -> str:
    """An interval as an analyst reads it: ``2020-03-05``, ``2020-03-02 \u2026 2020-03-08``,
    ``2020-03-02 05:40``, ``2020-03-03 06:00 \u2026 11:59``.

    Whole days keep the ISO dates. A time of day is written with a space and to the minute
    (seconds only when stated), a single minute once, and the date of the end only when it
    is another day: ISO's ``2020-03-03T06:00:00 \u2026 2020-03-03T11:59:59`` for "Tuesday
    morning" was cut off in the table's Date column before the end could be read.
    """
    if interval is None:
        return ""
    earliest, latest = interval.inclusive()
    if "T" not in earliest:
        return earliest if earliest == latest else f"{earliest} \u2026 {latest}"
    start, last = interval.start, interval.latest
    clock = "%H:%M:%S" if start.second else "%H:%M"
    first = f"{start.date().isoformat()} {start.strftime(clock)}"
    if last.strftime(clock) == start.strftime(clock) and last.date() == start.date():
        return first
    end = last.strftime(clock) if last.date() == start.date() else f"{last.date().isoformat()} {last.strftime(clock)}"
    return f"{first} \u2026 {end}"


@dataclass(slots=True)
class DateProposal:
    """What typing ``text`` would set: an interval, or an anchor, with its explanation."""

    text: str
    interval: Interval | None = None
    grain: Grain | None = None
    value: str | None = None
    dependency: Dependency | None = None
    anchor: Event | None = None
    chain: str = ""
    error: str = ""

    @property
    def is_valid(self) -> bool:
        return not self.error and (self.interval is not None or self.dependency is not None)

    def command(self, project: Project, event_id: str) -> Command:
        """The core command that applies this proposal to ``event_id``."""
        if self.dependency is not None:
            return AnchorEvent(project, event_id, self.dependency)
        return SetEventTime(project, event_id, self.interval, self.grain, self.value)


def reference_for(project: Project, event: Event | None) -> Reference | None:
    """The time relative expressions typed for ``event`` are read against."""
    documents = [project.documents[d] for d in (event.document_ids if event else []) if d in project.documents]
    documents += list(project.documents.values())
    for document in documents:
        if document.published is not None:
            return document.reference()
    return None


def find_event(project: Project, phrase: str, exclude: str | None = None) -> Event | None:
    """The event ``phrase`` names: an id ("e12"), else the best overlap of title words."""
    phrase = phrase.strip().strip("<>\"'\u201c\u201d").strip()
    if phrase in project.events and phrase != exclude:
        return project.events[phrase]
    wanted = {w for w in _WORD.findall(phrase.lower().replace("\u2019s", "").replace("'s", "")) if w not in _STOP}
    if not wanted:
        return None
    best: tuple[float, int, Event] | None = None
    for event in project.events.values():
        if event.id == exclude:
            continue
        words = {w for w in _WORD.findall(event.title.lower()) if w not in _STOP}
        stems = {w[:6] for w in words}
        hits = sum(1 for w in wanted if w in words or w[:6] in stems)
        if not hits:
            continue
        score = hits / len(wanted) + 0.2 * hits / max(len(words), 1)
        if best is None or score > best[0] or (score == best[0] and event.sequence < best[1]):
            best = (score, event.sequence, event)
    return best[2] if best is not None and best[0] >= 0.5 else None


def _describe_duration(duration: str) -> str:
    vague = re.fullmatch(r"PT?X([YMWDH])", duration)
    if vague:
        return "some " + {"Y": "years", "M": "months", "W": "weeks", "D": "days", "H": "hours"}[vague.group(1)]
    match = re.fullmatch(r"P(?:T)?(\d+)([YMWDH])", duration)
    if not match:
        return duration
    count = int(match.group(1))
    unit = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour"}[match.group(2)]
    if duration.startswith("PT") and match.group(2) == "M":
        unit = "minute"
    return f"{count} {unit}{'s' if count != 1 else ''}"


_OFFSET = re.compile(r"^\s*(?P<count>\d+|" + "|".join(_NUMBERS) + r")\s+(?P<unit>day|week|month|year|hour)s?\s+"
                     r"(?P<signal>after|before)\s+(?P<anchor>.+)$", re.I)
_BARE = re.compile(r"^\s*(?P<signal>after|before|since)\s+(?P<anchor>.+)$", re.I)


def propose(project: Project, event: Event | None, text: str) -> DateProposal:
    """Read ``text`` typed as the date of ``event`` (see the module docstring)."""
    proposal = DateProposal(text)
    if not text.strip():
        proposal.error = "type a date: 2020-03-05, last Friday, two days after <event>, since <event>"
        return proposal
    offset = _OFFSET.match(text) or _BARE.match(text)
    if offset is not None:
        return _anchored(project, event, proposal, offset)
    reference = reference_for(project, event)
    if reference is None:
        # A date that says all of itself ('2011-07-04', 'March 2019') needs no reference:
        # read against two far-apart ones, it is the same (a relative one is not).
        found = _absolute(text)
        if not found:
            proposal.error = "no publication date to read relative dates against"
            return proposal
    else:
        found = [t for t in find_timexes(text, reference) if t.interval is not None]
    if not found:
        proposal.error = f"cannot read {text.strip()!r} as a date"
        return proposal
    ends = _range_ends(text, found)
    if ends is not None:  # "1994/1997", "March 3 to March 9", "from 2019 until 2021": a period
        first, last = ends
        assert first.interval is not None and last.interval is not None
        proposal.interval = Interval(first.interval.start, last.interval.end)
        proposal.grain = min(first.grain, last.grain) if first.grain is not None and last.grain is not None \
            else first.grain or last.grain
        proposal.value = f"{first.value}/{last.value}"
        proposal.chain = (f"\u201c{first.text}\u201d to \u201c{last.text}\u201d \u2192 "
                          f"{span_text(proposal.interval)}")
        return proposal
    timex = max(found, key=lambda t: t.end - t.start)
    assert timex.interval is not None
    proposal.interval, proposal.grain, proposal.value = timex.interval, timex.grain, timex.value
    proposal.chain = (f"\u201c{timex.text}\u201d \u2192 {timex.explanation.split(' -> ', 1)[-1]} "
                      f"\u2192 {span_text(timex.interval)}")
    return proposal


def _range_ends(text: str, found: list[Timex]) -> tuple[Timex, Timex] | None:
    """The two ends of a period typed as one ("1994/1997", "March 3 to March 9"), or None."""
    ordered = sorted(found, key=lambda t: t.start)
    if len(ordered) != 2:
        return None
    first, last = ordered
    between = text[first.end:last.start]
    if not (between.strip() == "/" or RANGE_JOIN.fullmatch(between)) or first.interval is None or \
            last.interval is None or last.interval.end <= first.interval.start:
        return None
    return first, last


def _absolute(text: str) -> list[Timex]:
    """The dates in ``text`` that read the same whatever the reference (none relative)."""
    first = [t for t in find_timexes(text, Reference(datetime(1991, 2, 13, 9))) if t.interval is not None]
    second = {(t.text, t.interval) for t in find_timexes(text, Reference(datetime(2033, 9, 24, 18))) if t.interval is not None}
    return [t for t in first if (t.text, t.interval) in second]


def _anchored(project: Project, event: Event | None, proposal: DateProposal, match: re.Match[str]) -> DateProposal:
    anchor = find_event(project, match.group("anchor"), exclude=event.id if event else None)
    if anchor is None:
        proposal.error = f"no event matches \u201c{match.group('anchor').strip()}\u201d"
        return proposal
    direction = -1 if match.group("signal").lower() == "before" else 1
    duration = None
    if "count" in match.groupdict() and match.group("count"):
        raw = match.group("count").lower()
        count = int(raw) if raw.isdigit() else _NUMBERS[raw]
        unit = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H"}[match.group("unit").lower()]
        duration = f"PT{count}H" if unit == "H" else f"P{count}{unit}"
    dependency = Dependency(anchor.id, duration, direction, match.group("signal").lower(), match.group("anchor").strip())
    if event is not None:
        try:
            check_no_cycle(project.events, event.id, anchor.id)
        except CycleError as exc:
            proposal.error = str(exc)
            return proposal
    proposal.dependency, proposal.anchor = dependency, anchor
    anchor_date = anchor.value or "undated"
    steps = [f"\u201c{proposal.text.strip()}\u201d", f"anchor: {anchor.title} ({anchor_date})"]
    if duration is not None:
        steps.append(f"{'+' if direction > 0 else MINUS}{_describe_duration(duration)}")
    if anchor.interval is not None and duration is not None:
        interval, grain, _, _ = shift(anchor.interval, anchor.grain, dependency)
        if interval is not None:
            proposal.interval, proposal.grain = interval, grain
            proposal.value = value_for(interval, grain)
            steps.append(proposal.value)
    elif dependency.signal == "since" and anchor.interval is not None:
        until = report_day(project, event.sources[0].document_id) if event is not None and event.sources else None
        end = max(until.end, anchor.interval.end) if until is not None else anchor.interval.end
        proposal.interval, proposal.grain, proposal.value = \
            Interval(anchor.interval.start, end), anchor.grain, anchor.value
        steps.append(f"from it until the report \u2192 {span_text(proposal.interval)}")
    elif duration is None:
        steps.append("order only (no date)")
    proposal.chain = " \u2192 ".join(steps)
    return proposal


def resolution_chain(project: Project, event: Event) -> list[str]:
    """How ``event`` got its date, one plain sentence per step, anchors first.

    ``"two days after the ceasefire's announcement" -> anchor: Ceasefire announced
    (2020-03-05) -> +2 days -> 2020-03-07``.
    """
    lines: list[str] = []
    if event.is_hand_edited:
        lines.append(f"Set by hand to {event.value or 'no date'}" + (" (locked)" if event.is_locked else ""))
    if event.conflict is not None:
        if event.conflict.is_resolved and event.conflict.decision is not None:
            chosen = event.conflict.candidates[event.conflict.decision]
            lines.append(f"Sources disagree; chose {chosen.value}" +
                         (f" because: {event.conflict.reason}" if event.conflict.reason else ""))
        else:
            values = ", ".join(c.value for c in event.conflict.candidates)
            lines.append(f"Sources disagree: {values} (unresolved)")
    dep = event.depends_on
    if dep is not None:
        anchor = project.events.get(dep.anchor_id)
        phrase = next((s.expression for s in event.sources if s.expression), "")
        quoted = next((m.group(0) for s in event.sources[:1]
                       if (m := re.match(r"\u201c[^\u201d]*\u201d", s.explanation))), "")
        if quoted and phrase and phrase.lower() in quoted.lower():
            words = quoted  # the words as written: "Sunday, a day after ...", "the eve of the vote"
        else:
            words = f"\u201c{phrase} {dep.signal} {dep.phrase}\u201d".replace("  ", " ") if phrase else \
                f"\u201c{dep.signal} {dep.phrase}\u201d"
        steps = [words]
        if anchor is not None:
            steps.append(f"anchor: {anchor.title} ({anchor.value or 'undated'})")
        else:
            steps.append(f"anchor {dep.anchor_id} (missing)")
        if dep.duration and dep.signal in SPAN_SIGNALS:
            steps.append(f"{dep.signal} {_describe_duration(dep.duration)} {'after' if dep.direction > 0 else 'before'}")
        elif dep.duration and re.fullmatch(r"P0[YMWD]", dep.duration):
            steps.append(f"the same {_describe_duration(dep.duration.replace('0', '1'))}")
        elif dep.duration:
            steps.append(f"{'+' if dep.direction > 0 else MINUS}{_describe_duration(dep.duration)}")
        if dep.signal == "since":
            steps.append("from it until the report")
        if event.interval is not None and (dep.signal in SPAN_SIGNALS | {"since"} or "X" in (dep.duration or "")):
            first, last = event.interval.inclusive()  # a period, not the length's value (PT24H)
            steps.append(first if first == last else f"{first} .. {last}")
        else:
            steps.append(event.value or "order only")
        lines.append(" \u2192 ".join(steps))
        if anchor is not None and anchor.depends_on is not None and anchor.id != event.id:
            lines.append("where " + " ".join(resolution_chain(project, anchor)[-1:]))
    elif not event.is_hand_edited:
        for source in event.sources[:1]:
            if source.explanation:
                chain = source.explanation.replace(" -> ", " \u2192 ")
                lines.append(chain)
    if not lines and event.value:  # imported from a table or another tool, or made without a quote
        lines.append(f"Dated {event.value} where it came from; no article text explains it.")
    return lines or ["No date: nothing in the text places this event in time."]
