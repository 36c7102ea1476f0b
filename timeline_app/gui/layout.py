"""Where things go on the timeline, computed without Qt so it can be tested and reused.

The canvas and the image exporter both paint from this layout, so a figure looks like
the screen. Three pieces:

* :class:`TimeScale` maps wall-clock times to pixels (seconds per pixel plus an origin);
* :func:`ticks` chooses axis ticks whose unit adapts to the zoom (decades down to hours)
  so that labels never crowd;
* :class:`TimelineLayout` holds the events as plain :class:`Item` records sorted by start,
  with a running maximum of their right edges, so the visible ones are found with
  :mod:`bisect` in O(log n) whatever the number of events. Lanes are packed per zoom level
  (first fit, capped at ``max_lanes``); an item that finds no free lane is not drawn but
  counted in a density :class:`Bucket`, so at 100,000 events a zoomed-out view shows
  counts and a density band, which expand into events as the user zooms in.

Times are floats: seconds since :data:`EPOCH`, naive wall-clock time as the model keeps it.
"""
from __future__ import annotations

import bisect
import copy
import heapq
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import overload
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta

from timeline_app.core.event import Event, EventKind
from timeline_app.temporal.model import Grain

EPOCH = datetime(1970, 1, 1)
DAY = 86400.0
#: At most this many events moved by one change are put back in place; more build a new layout.
MAX_MOVES = 50
#: Zoom levels are quantised to steps of this factor so that lane packings can be cached.
ZOOM_STEP = 2 ** 0.25


def to_seconds(moment: datetime) -> float:
    return (moment - EPOCH).total_seconds()


def from_seconds(seconds: float) -> datetime:
    seconds = min(max(seconds, to_seconds(datetime(1, 1, 2))), to_seconds(datetime(9999, 12, 30)))
    return EPOCH + timedelta(seconds=seconds)


@dataclass(slots=True)
class TimeScale:
    """Maps times to x pixels: ``x = (t - origin) / seconds_per_pixel``."""

    origin: float
    seconds_per_pixel: float

    def x(self, seconds: float) -> float:
        return (seconds - self.origin) / self.seconds_per_pixel

    def time(self, x: float) -> float:
        return self.origin + x * self.seconds_per_pixel

    def zoomed(self, factor: float, anchor_x: float) -> "TimeScale":
        """Zoom by ``factor`` (>1 zooms in) keeping the time under ``anchor_x`` in place."""
        at = self.time(anchor_x)
        spp = clamp_spp(self.seconds_per_pixel / factor)
        return TimeScale(at - anchor_x * spp, spp)

    @classmethod
    def fit(cls, start: float, end: float, width: float, margin: float = 0.06) -> "TimeScale":
        """The scale showing ``[start, end]`` across ``width`` pixels with a margin each side."""
        span = max(end - start, 3600.0)
        spp = clamp_spp(span * (1 + 2 * margin) / max(width, 1.0))
        centre = (start + end) / 2
        return cls(centre - spp * width / 2, spp)


MIN_SPP = 1.0  # one second per pixel
MAX_SPP = 3.2e7  # about a year per pixel


def clamp_spp(spp: float) -> float:
    return min(max(spp, MIN_SPP), MAX_SPP)


def zoom_level(spp: float) -> int:
    """The cache key of a zoom: the whole step of :data:`ZOOM_STEP` at or above ``spp``.

    Rounding up means a packing is never more zoomed in than the view it serves, so
    on screen items only spread apart and labels packed apart never overlap.
    """
    return math.ceil(math.log(spp, ZOOM_STEP) - 1e-9)


def spp_for_level(level: int) -> float:
    return clamp_spp(ZOOM_STEP ** level)


# ticks ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TickUnit:
    """A step of the axis: ``count`` times ``unit`` (one of years, months, days, hours, minutes)."""

    name: str
    unit: str
    count: int
    approx_seconds: float
    grain: Grain

    @property
    def plural(self) -> str:
        """What the axis calls its steps when no coarser label gives context: "5 years", "decades"."""
        return self.name if self.name.endswith("s") else f"{self.name}s"

    def floor(self, moment: datetime) -> datetime:
        if self.unit == "years":
            return datetime(max(1, moment.year - moment.year % self.count), 1, 1)
        if self.unit == "months":
            return datetime(moment.year, moment.month - (moment.month - 1) % self.count, 1)
        if self.unit == "weeks":
            day = datetime(moment.year, moment.month, moment.day)
            return day - timedelta(days=day.weekday())
        if self.unit == "days":
            return datetime(moment.year, moment.month, moment.day)
        if self.unit == "hours":
            return datetime(moment.year, moment.month, moment.day, moment.hour - moment.hour % self.count)
        return datetime(moment.year, moment.month, moment.day, moment.hour, moment.minute - moment.minute % self.count)

    def step(self, moment: datetime) -> datetime:
        if self.unit == "weeks":
            return moment + timedelta(days=7 * self.count)
        return moment + relativedelta(**{self.unit: self.count})  # type: ignore[arg-type]

    def label(self, moment: datetime) -> str:
        """The short label of a tick (the wider context is in the major row)."""
        if self.unit == "years":
            return f"{moment.year}s" if self.count >= 10 else str(moment.year)
        if self.unit == "months":
            if self.count >= 3:
                return f"Q{(moment.month - 1) // 3 + 1}" if self.count == 3 else ("H1" if moment.month <= 6 else "H2")
            return moment.strftime("%b")
        if self.unit == "weeks":
            return moment.strftime("%d %b").lstrip("0")
        if self.unit == "days":
            return moment.strftime("%a %d").replace(" 0", " ") if self.count == 1 else str(moment.day)
        return moment.strftime("%H:%M")


UNITS: tuple[TickUnit, ...] = (
    TickUnit("century", "years", 100, 100 * 365.25 * DAY, Grain.CENTURY),
    TickUnit("50 years", "years", 50, 50 * 365.25 * DAY, Grain.DECADE),
    TickUnit("decade", "years", 10, 10 * 365.25 * DAY, Grain.DECADE),
    TickUnit("5 years", "years", 5, 5 * 365.25 * DAY, Grain.YEAR),
    TickUnit("year", "years", 1, 365.25 * DAY, Grain.YEAR),
    TickUnit("half", "months", 6, 182.6 * DAY, Grain.HALF),
    TickUnit("quarter", "months", 3, 91.3 * DAY, Grain.QUARTER),
    TickUnit("month", "months", 1, 30.44 * DAY, Grain.MONTH),
    TickUnit("week", "weeks", 1, 7 * DAY, Grain.WEEK),
    TickUnit("day", "days", 1, DAY, Grain.DAY),
    TickUnit("6 hours", "hours", 6, 6 * 3600.0, Grain.PART_OF_DAY),
    TickUnit("hour", "hours", 1, 3600.0, Grain.HOUR),
    TickUnit("15 minutes", "minutes", 15, 900.0, Grain.MINUTE),
    TickUnit("minute", "minutes", 1, 60.0, Grain.MINUTE),
)
#: The unit whose labels give context to each minor unit (the second axis row).
MAJOR = {"century": None, "50 years": None, "decade": None, "5 years": None, "year": None,
         "half": "year", "quarter": "year", "month": "year", "week": "month", "day": "month",
         "6 hours": "day", "hour": "day", "15 minutes": "day", "minute": "hour"}
_BY_NAME = {u.name: u for u in UNITS}


def major_label(unit_name: str, moment: datetime) -> str:
    if unit_name == "year":
        return str(moment.year)
    if unit_name == "month":
        return moment.strftime("%B %Y")
    if unit_name == "day":
        return moment.strftime("%A %d %B %Y").replace(" 0", " ")
    return moment.strftime("%H:00, %d %b %Y").replace(" 0", " ")


@dataclass(frozen=True, slots=True)
class Tick:
    seconds: float
    label: str
    is_major: bool = False


def choose_unit(seconds_per_pixel: float, min_spacing: float = 64.0) -> TickUnit:
    """The finest unit whose ticks are at least ``min_spacing`` pixels apart."""
    chosen = UNITS[0]
    for unit in UNITS:
        if unit.approx_seconds / seconds_per_pixel >= min_spacing:
            chosen = unit
        else:
            break
    return chosen


def ticks(start: float, end: float, seconds_per_pixel: float, min_spacing: float = 64.0,
          limit: int = 2000) -> tuple[TickUnit, list[Tick], list[Tick]]:
    """Minor and major ticks covering ``[start, end]`` at this zoom.

    Returns ``(unit, minor, major)``; major ticks carry the context label ("March 2020")
    of the coarser unit and are the first visible one plus each boundary.
    """
    unit = choose_unit(seconds_per_pixel, min_spacing)
    first = from_seconds(start)
    moment = unit.floor(first)
    minor: list[Tick] = []
    while len(minor) < limit:
        seconds = to_seconds(moment)
        if seconds > end:
            break
        minor.append(Tick(seconds, unit.label(moment)))
        nxt = unit.step(moment)
        if nxt <= moment:
            break
        moment = nxt
    major: list[Tick] = []
    major_name = MAJOR[unit.name]
    if major_name is not None:
        major_unit = _BY_NAME[major_name]
        moment = major_unit.floor(first)
        while len(major) < limit:
            seconds = to_seconds(moment)
            if seconds > end:
                break
            major.append(Tick(seconds, major_label(major_name, moment), True))
            moment = major_unit.step(moment)
    return unit, minor, major


MARKER = 10.0  # pixels a point marker takes


# events as items -----------------------------------------------------------------------------------
#: The ``label_width`` of an item whose label has not been measured yet (see :func:`pack`).
UNMEASURED = -1.0


@dataclass(slots=True)
class Item:
    """One event as the painter needs it: times as floats, label, colour, flags.

    ``label_width`` may be :data:`UNMEASURED`: a layout built from events measures a label
    when the item first gets a lane, since zoomed out only a few dozen of 100,000 do.
    """

    event_id: str
    start: float
    end: float
    title: str
    colour: str
    label_width: float = 0.0
    is_period: bool = False
    is_uncertain: bool = False
    is_conflict: bool = False
    is_locked: bool = False
    is_hand_edited: bool = False
    is_starred: bool = False
    is_flagged: bool = False
    anchor_id: str | None = None

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


def item_for(event: Event, colour: str, measure: Callable[[str], float], label: str | None = None) -> Item | None:
    """The item for ``event`` (drawn with ``label``, its title by default), or None when it
    has no time to be drawn at."""
    if event.interval is None:
        return None
    label = event.title if label is None else label
    start, end = to_seconds(event.interval.start), to_seconds(event.interval.end)
    coarse = event.grain is not None and event.grain < Grain.DAY
    is_period = event.kind is EventKind.PERIOD and not coarse
    conflict = event.conflict is not None and not event.conflict.is_resolved
    return Item(event.id, start, end, label, colour, measure(label), is_period,
                coarse or (event.kind is EventKind.POINT and end - start > DAY), conflict,
                event.is_locked, event.is_hand_edited, event.is_starred, event.is_flagged,
                event.depends_on.anchor_id if event.depends_on else None)


@dataclass(slots=True)
class Placement:
    """An item at a zoom level: its lane and its horizontal extent in scale units (pixels
    at that zoom, measured from the scale's origin 0)."""

    index: int
    lane: int
    left: float
    right: float
    side: str = "after"  # where the label goes: "after" the mark, "before" it, or "over" a period's end


@dataclass(slots=True)
class Bucket:
    """Items that found no free lane near one place: drawn as a count and density."""

    left: float
    right: float
    count: int


@dataclass(slots=True)
class Packing:
    """The lanes of every item at one zoom level (x in pixels with the origin at t=0)."""

    spp: float
    placements: list[Placement]
    rights: list[float]
    starts: list[float]
    buckets: list[Bucket]
    lane_count: int
    reach: float = MARKER / 2  # how far left of its start an item reaches (a label before its mark)


LABEL_GAP = 6.0
#: A label wider than this (a whole sentence used as a title) is elided; shorter ones are whole.
MAX_LABEL = 640.0
BUCKET_PIXELS = 24.0


class LazyItems(Sequence[Item]):
    """The items of a layout built from events, each made when first asked for.

    Packing reads the layout's columns (times and spreads), and a frame draws a few dozen
    items, so at 100,000 events most items are never needed; making them all was the
    larger part of building the layout. ``make(n)`` makes the ``n``-th.
    """

    __slots__ = ("_made", "_make")

    def __init__(self, count: int, make: Callable[[int], Item]) -> None:
        self._made: list[Item | None] = [None] * count
        self._make = make

    def __len__(self) -> int:
        return len(self._made)

    def move(self, old: int, new: int) -> None:
        """The item at ``old`` now sits at ``new`` (its event moved in time); it is made again."""
        self._made.pop(old)
        self._made.insert(new, None)

    def made(self, n: int) -> Item | None:
        """The ``n``-th item if it has been made, else None (without making it)."""
        return self._made[n]

    def forget(self, n: int) -> None:
        """Make the ``n``-th item again when next asked for (its event was edited)."""
        self._made[n] = None

    @overload
    def __getitem__(self, n: int) -> Item: ...

    @overload
    def __getitem__(self, n: slice) -> list[Item]: ...

    def __getitem__(self, n: int | slice) -> Item | list[Item]:
        if isinstance(n, slice):
            return [self[k] for k in range(*n.indices(len(self._made)))]
        item = self._made[n]
        if item is None:
            item = self._made[n] = self._make(range(len(self._made))[n])
        return item


class TimelineLayout:
    """Items sorted by start (then end, then event id), with packings cached per zoom level.

    Only :meth:`visible` is called per frame; it is O(log n + k) for k visible items.
    Besides ``items``, the layout keeps columns that packing reads without touching an
    item: ``starts``, ``ends``, ``spreads`` (an item drawn over its interval, a period or an
    uncertain time, rather than as a point mark) and ``event_ids``. ``measure`` gives the
    width of a label whose item is :data:`UNMEASURED` (every item must be measured when it
    is None).
    """

    def __init__(self, items: list[Item], max_lanes: int = 12, measure: Callable[[str], float] | None = None
                 ) -> None:
        items.sort(key=attrgetter("start", "end", "event_id"))
        self._columns(items, [i.start for i in items], [i.end for i in items],
                      [i.is_period or i.is_uncertain for i in items], [i.event_id for i in items], max_lanes, measure)

    def _columns(self, items: Sequence[Item], starts: list[float], ends: list[float], spreads: list[bool],
                 event_ids: list[str], max_lanes: int, measure: Callable[[str], float] | None) -> None:
        self.items = items
        self.starts, self.ends, self.spreads, self.event_ids = starts, ends, spreads, event_ids
        self.max_lanes = max_lanes
        self.measure = measure
        self._packings: dict[int, Packing] = {}

    @cached_property
    def index(self) -> dict[str, int]:
        """Each item's position by event id; built on first use (selecting, stepping), which
        the first frame of a freshly opened project does not need."""
        return {event_id: n for n, event_id in enumerate(self.event_ids)}

    @classmethod
    def build(cls, events: Iterable[Event], colour_of: Callable[[Event], str],
              measure: Callable[[str], float], max_lanes: int = 12,
              label_of: Callable[[Event], str] | None = None) -> "TimelineLayout":
        """The layout of the dated ``events``: their columns now, each item when first
        needed (:class:`LazyItems`), its label measured with ``measure`` when it first gets
        a lane (:func:`pack`)."""
        rows: list[tuple[float, float, str, bool, Event]] = []
        append = rows.append
        point, period, day_grain = EventKind.POINT, EventKind.PERIOD, Grain.DAY
        # Intervals are shared among the events of one time (and their sources) when a
        # project is opened, so each is converted to seconds once. Keys are id()s: every
        # interval stays alive, held by its event, for the duration of the loop.
        spans: dict[int, tuple[float, float]] = {}
        for e in events:
            interval = e.interval
            if interval is None:
                continue
            span = spans.get(id(interval))
            if span is None:
                span = spans[id(interval)] = ((interval.start - EPOCH).total_seconds(),
                                              (interval.end - EPOCH).total_seconds())
            start, end = span
            grain, kind = e.grain, e.kind
            coarse = grain is not None and grain < day_grain
            append((start, end, e.id, (kind is period and not coarse) or coarse or (kind is point and end - start > DAY),
                    e))
        rows.sort()  # by start, end and id (ids are unique: the rest is never compared)
        starts = [row[0] for row in rows]
        ends = [row[1] for row in rows]
        ordered = [row[4] for row in rows]

        def make(n: int) -> Item:
            e = ordered[n]
            start, end = starts[n], ends[n]
            grain, kind = e.grain, e.kind
            coarse = grain is not None and grain < day_grain
            return Item(e.id, start, end, label_of(e) if label_of else e.title, colour_of(e), UNMEASURED,
                        kind is period and not coarse, coarse or (kind is point and end - start > DAY),
                        e.conflict is not None and not e.conflict.is_resolved, e.is_locked, e.is_hand_edited,
                        e.is_starred, e.is_flagged, e.depends_on.anchor_id if e.depends_on else None)

        layout = cls.__new__(cls)
        layout._columns(LazyItems(len(rows), make), starts, ends, [row[3] for row in rows], [row[2] for row in rows],
                        max_lanes, measure)
        layout._sources = ordered  # what make() reads: refresh() puts edited events in
        return layout

    def refresh(self, events: Mapping[str, Event], event_ids: Iterable[str]) -> bool:
        """Take in edits of ``event_ids``: an edit that leaves the times alone (a title, a
        star, a category) makes the item again when next needed and keeps the packings
        unless a label changed; a few moved events are taken out of the sorted columns and
        put back in their new places (the packings are then made again). Returns False,
        changing nothing, when an event is new or gone, too many moved, or the items cannot
        be remade: the caller builds a new layout then."""
        items = self.items
        sources: list[Event] | None = getattr(self, "_sources", None)
        if not isinstance(items, LazyItems) or sources is None:
            return False
        kept: list[tuple[int, Event]] = []
        moved: list[tuple[str, Event, float, float, bool]] = []
        for event_id in event_ids:
            n = self.index.get(event_id)
            event = events.get(event_id)
            if n is None or event is None or event.interval is None:
                return False
            start = (event.interval.start - EPOCH).total_seconds()
            end = (event.interval.end - EPOCH).total_seconds()
            coarse = event.grain is not None and event.grain < Grain.DAY
            spread = (event.kind is EventKind.PERIOD and not coarse) or coarse or \
                (event.kind is EventKind.POINT and end - start > DAY)
            if (start, end, spread) == (self.starts[n], self.ends[n], self.spreads[n]):
                kept.append((n, event))
            else:
                moved.append((event_id, event, start, end, spread))
        if len(moved) > MAX_MOVES:
            return False
        relabelled = False
        for n, event in kept:
            sources[n] = event  # undo and redo put back new objects: read the current one
            before = items.made(n)
            if before is None:
                continue  # never made, so in no packing: it is made fresh when needed
            items.forget(n)
            after = items[n]
            if (before.title, before.is_period, before.is_uncertain) != (after.title, after.is_period,
                                                                         after.is_uncertain):
                relabelled = True
            else:
                after.label_width = before.label_width
        for event_id, event, start, end, spread in moved:
            old = self.event_ids.index(event_id)
            for column in (self.starts, self.ends, self.spreads, self.event_ids, sources):
                column.pop(old)
            new = bisect.bisect_left(self.starts, start)
            while new < len(self.starts) and (self.starts[new], self.ends[new], self.event_ids[new]) < \
                    (start, end, event_id):
                new += 1
            self.starts.insert(new, start)
            self.ends.insert(new, end)
            self.spreads.insert(new, spread)
            self.event_ids.insert(new, event_id)
            sources.insert(new, event)
            items.move(old, new)
        if moved:
            self.__dict__.pop("index", None)  # positions changed: both are worked out again
            self.__dict__.pop("bounds", None)
        if relabelled or moved:
            self._packings.clear()
        return True

    def with_lanes(self, max_lanes: int) -> "TimelineLayout":
        """The same items packed into ``max_lanes`` lanes: shares the sorted items, columns
        and index (building those is most of the cost), starts with no packings."""
        self.index  # noqa: B018 (built now so that the twin shares it)
        self.bounds  # noqa: B018
        twin = copy.copy(self)
        twin.max_lanes = max_lanes
        twin._packings = {}
        return twin

    @cached_property
    def bounds(self) -> tuple[float, float] | None:
        """First start and last end (computed once: the overview strip asks every frame)."""
        if not self.starts:
            return None
        return self.starts[0], max(self.ends)

    def packing(self, spp: float) -> Packing:
        level = zoom_level(spp)
        packing = self._packings.get(level)
        if packing is None:
            if len(self._packings) > 8:
                self._packings.pop(next(iter(self._packings)))
            packing = self._packings[level] = pack(self, spp_for_level(level))
        return packing

    def visible(self, scale: TimeScale, width: float) -> tuple[Packing, list[Placement], list[Bucket]]:
        """The placements and buckets that intersect ``[0, width]`` on ``scale``.

        Placements are at the packing's quantised zoom; callers convert with
        :func:`placement_x` (the ratio to the exact zoom is at most ``ZOOM_STEP ** 0.5``).
        """
        packing = self.packing(scale.seconds_per_pixel)
        ratio = packing.spp / scale.seconds_per_pixel
        left = scale.origin / packing.spp
        right = left + width / ratio
        # rights[i] is the running max of right edges, so it is sorted; starts are sorted
        # and a mark never begins more than half a marker before its start.
        first = bisect.bisect_left(packing.rights, left)
        last = bisect.bisect_right(packing.starts, right + packing.reach)
        shown = [pl for pl in packing.placements[first:last] if pl.left <= right]
        buckets = packing.buckets
        b_first = _bisect_attr(buckets, left)
        b_last = b_first
        while b_last < len(buckets) and buckets[b_last].left <= right:
            b_last += 1
        return packing, shown, buckets[b_first:b_last]

    def item(self, event_id: str) -> Item | None:
        n = self.index.get(event_id)
        return None if n is None else self.items[n]

    def density(self, start: float, end: float, bins: int) -> list[int]:
        """How many events start in each of ``bins`` equal slices of ``[start, end]``.

        The slice of a start is monotonic in it and the starts are sorted, so each slice's
        first item is found by bisection: O(bins log n), not a pass over every event.
        """
        counts = [0] * max(bins, 1)
        if end <= start:
            return counts
        last = len(counts) - 1
        span = (end - start) / len(counts)
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end)

        def slice_of(seconds: float) -> int:
            return min(int((seconds - start) / span), last)

        first = lo
        for k in range(last + 1):
            following = bisect.bisect_left(self.starts, k + 1, first, hi, key=slice_of) if k < last else hi
            counts[k] = following - first
            first = following
        return counts


def _bisect_attr(buckets: Sequence[Bucket], x: float) -> int:
    lo, hi = 0, len(buckets)
    while lo < hi:
        mid = (lo + hi) // 2
        if buckets[mid].right < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def item_extent(item: Item, spp: float, side: str = "after") -> tuple[float, float, float]:
    """``(left, body_right, right)`` of an item in pixels from t=0: the body is the drawn
    mark; ``left`` and ``right`` include the label on its ``side`` (see :class:`Placement`)."""
    left = item.start / spp
    body = max(item.end / spp, left + MARKER) if (item.is_period or item.is_uncertain) else left + MARKER
    if not (item.is_period or item.is_uncertain):
        left = item.centre / spp - MARKER / 2
        body = left + MARKER
    text = min(item.label_width, MAX_LABEL)
    if side == "before":
        return left - LABEL_GAP - text, body, body
    if side == "over":
        return left, body, body
    return left, body, body + LABEL_GAP + text


def pack(layout: TimelineLayout, spp: float) -> Packing:
    """First-fit lanes for the items of ``layout`` at ``spp`` seconds per pixel.

    A heap of lane ends gives the earliest free lane in O(1), so in dense stretches an
    item that fits nowhere is sent to a bucket without scanning the lanes. Whether an
    item gets a lane depends only on where it starts (the layout's columns), so only the
    items that get one are looked at, and their labels measured if they are
    :data:`UNMEASURED` (with the layout's ``measure``).

    The side of a label is chosen here, from the item's place in the whole layout, not
    from the edge of a view: so it does not switch while the user scrolls. A label goes
    after its mark unless it would run past the layout's last end (where Fit all puts the
    right edge of the view); then before its mark, in the first lane free there, if it
    stays after the layout's first start; else over the end of a period long enough to
    hold it; else after its mark (Fit all then leaves room for it). Its whole width is
    kept free in its lane, so a label is never cut short by its neighbours.
    """
    items, max_lanes, measure = layout.items, layout.max_lanes, layout.measure
    lane_ends: list[float] = []
    heap: list[tuple[float, int]] = []  # (end, lane); stale entries have a smaller end
    placements: list[Placement] = []
    buckets: list[Bucket] = []
    rights: list[float] = []
    starts: list[float] = []
    running = -math.inf
    reach = MARKER / 2
    bounds = layout.bounds
    first_px, last_px = (bounds[0] / spp, bounds[1] / spp) if bounds else (0.0, 0.0)

    def free_lane(at: float) -> int:
        """The first lane free from ``at`` (a new one if there is room for it), or -1."""
        while heap and heap[0][0] != lane_ends[heap[0][1]]:
            heapq.heappop(heap)
        if heap and heap[0][0] <= at:
            return next(k for k, lane_end in enumerate(lane_ends) if lane_end <= at)
        return len(lane_ends) if len(lane_ends) < max_lanes else -1

    for n, (start, end, spread) in enumerate(zip(layout.starts, layout.ends, layout.spreads)):
        # the left of item_extent, without its right (which needs the label's width)
        left = start / spp if spread else (start + end) / 2 / spp - MARKER / 2
        lane = free_lane(left)
        if lane < 0:
            bucket_left = math.floor(left / BUCKET_PIXELS) * BUCKET_PIXELS
            if buckets and buckets[-1].left == bucket_left:
                buckets[-1].count += 1
            else:
                buckets.append(Bucket(bucket_left, bucket_left + BUCKET_PIXELS, 1))
            continue
        item = items[n]
        if item.label_width < 0:
            if measure is None:
                raise ValueError(f"the label of {item.event_id} is not measured and there is nothing to measure it")
            item.label_width = measure(item.title)
        side = "after"
        left, body, right = item_extent(item, spp)
        if right > last_px + 1e-6:
            text = min(item.label_width, MAX_LABEL)
            before = left - LABEL_GAP - text
            before_lane = free_lane(before) if before >= first_px - 1e-6 else -1
            if before_lane >= 0:
                side, lane, left, right = "before", before_lane, before, body
            elif spread and body - left >= text + 2 * LABEL_GAP:
                side, right = "over", body
        if lane == len(lane_ends):
            lane_ends.append(0.0)
        lane_ends[lane] = right + LABEL_GAP
        heapq.heappush(heap, (lane_ends[lane], lane))
        running = max(running, right)
        placements.append(Placement(n, lane, left, right, side))
        rights.append(running)
        starts.append(start / spp)
        reach = max(reach, start / spp - left)
    return Packing(spp, placements, rights, starts, _merge_buckets(buckets), len(lane_ends), reach)


def _merge_buckets(buckets: list[Bucket]) -> list[Bucket]:
    """Buckets sorted and merged by position (items arrive by start, so nearly sorted)."""
    merged: dict[float, Bucket] = {}
    for bucket in buckets:
        if bucket.left in merged:
            merged[bucket.left].count += bucket.count
        else:
            merged[bucket.left] = Bucket(bucket.left, bucket.right, bucket.count)
    return [merged[key] for key in sorted(merged)]


def placement_x(placement_left: float, packing: Packing, scale: TimeScale) -> float:
    """A packing's pixel position converted to widget x on ``scale``."""
    return placement_left * packing.spp / scale.seconds_per_pixel - scale.origin / scale.seconds_per_pixel


def snap(seconds: float, grain: Grain) -> float:
    """``seconds`` rounded to the nearest boundary of ``grain`` (day, hour, month, year...)."""
    moment = from_seconds(seconds)
    if grain >= Grain.MINUTE:
        base = datetime(moment.year, moment.month, moment.day, moment.hour, moment.minute)
        step: timedelta | relativedelta = timedelta(minutes=1)
    elif grain >= Grain.HOUR:
        base = datetime(moment.year, moment.month, moment.day, moment.hour)
        step = timedelta(hours=1)
    elif grain >= Grain.DAY:
        base = datetime(moment.year, moment.month, moment.day)
        step = timedelta(days=1)
    elif grain >= Grain.WEEK:
        day = datetime(moment.year, moment.month, moment.day)
        base = day - timedelta(days=day.weekday())
        step = timedelta(days=7)
    elif grain >= Grain.MONTH:
        base = datetime(moment.year, moment.month, 1)
        step = relativedelta(months=1)
    else:
        base = datetime(moment.year, 1, 1)
        step = relativedelta(years=1)
    nxt = base + step
    return to_seconds(base if moment - base <= nxt - moment else nxt)
