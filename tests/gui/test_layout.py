"""The Qt-free layout: ticks adapt to the zoom, lanes never overlap, big data stays fast."""
from __future__ import annotations

import random
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest

from timeline_app.core.event import Event
from timeline_app.gui.layout import (DAY, LABEL_GAP, UNMEASURED, Item, TimelineLayout, TimeScale, choose_unit,
                                     item_extent, snap, ticks, to_seconds)
from timeline_app.temporal.model import Grain, Interval


def synthetic(n: int, seed: int = 1) -> list[Item]:
    rng = random.Random(seed)
    base = to_seconds(datetime(2000, 1, 1))
    items = []
    for i in range(n):
        start = base + rng.random() * 20 * 365 * DAY
        length = rng.choice([DAY, DAY, DAY, 3 * DAY, 40 * DAY])
        items.append(Item(f"e{i}", start, start + length, f"Event {i}", "#888888",
                          label_width=rng.uniform(40, 220), is_period=length > DAY))
    return items


def test_layout_module_imports_no_qt() -> None:
    code = ("import sys, timeline_app.gui.layout, timeline_app.gui.dating; "
            "sys.exit(1 if [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))] else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.mark.parametrize(("spp", "unit"), [
    (3e6, "decade"), (4e5, "year"), (3e4, "month"), (4000, "week"), (600, "day"), (40, "hour"),
])
def test_tick_unit_follows_zoom(spp: float, unit: str) -> None:
    assert choose_unit(spp, 64).name == unit


def test_ticks_are_calendar_aligned_and_labelled() -> None:
    start = to_seconds(datetime(2020, 3, 1))
    unit, minor, major = ticks(start, start + 20 * DAY, 1000.0, 64)
    assert unit.name == "day"
    assert minor[1].label.endswith(" 1") or minor[0].label.endswith(" 1")
    assert major and major[0].label == "March 2020"
    years = ticks(to_seconds(datetime(1990, 1, 1)), to_seconds(datetime(2030, 1, 1)), 2e6, 64)
    assert years[0].name in ("5 years", "decade") and all(t.label[:2] in ("19", "20") for t in years[1])


def test_lanes_never_overlap_at_any_zoom() -> None:
    layout = TimelineLayout(synthetic(3000), max_lanes=12)
    for spp in (DAY / 4, DAY, 7 * DAY, 60 * DAY):
        scale = TimeScale(to_seconds(datetime(2005, 1, 1)), spp)
        packing, shown, _ = layout.visible(scale, 1600)
        by_lane: dict[int, list[tuple[float, float]]] = {}
        for placement in shown:
            item = layout.items[placement.index]
            left, _, right = item_extent(item, scale.seconds_per_pixel)
            by_lane.setdefault(placement.lane, []).append((left, right))
        for spans in by_lane.values():
            spans.sort()
            for (_, right), (left, _) in zip(spans, spans[1:]):
                assert right + LABEL_GAP <= left + 1e-6, "labels overlap on screen"


def test_dense_data_aggregates_into_counts() -> None:
    items = synthetic(5000)
    layout = TimelineLayout(items, max_lanes=8)
    scale = TimeScale(to_seconds(datetime(2000, 1, 1)), 20 * 365 * DAY / 1600)
    packing, shown, buckets = layout.visible(scale, 1600)
    assert len(shown) <= 8 * 200
    assert sum(b.count for b in packing.buckets) + len(packing.placements) == len(items)
    assert buckets


def _visible_cost(n: int) -> tuple[float, int]:
    layout = TimelineLayout(synthetic(n), max_lanes=12)
    scale = TimeScale(to_seconds(datetime(2010, 6, 1)), 3600.0)
    layout.visible(scale, 1600)  # packs this zoom level once
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(100):
            _, shown, buckets = layout.visible(scale, 1600)
        best = min(best, time.perf_counter() - started)
    return best, len(shown) + len(buckets)


def test_visible_query_does_not_grow_with_the_event_count() -> None:
    """A complexity guard: the query bisects, so 10x the events may not cost 10x per query."""
    small_cost, _ = _visible_cost(10_000)
    large_cost, large_found = _visible_cost(100_000)
    assert large_found <= 12 * 200 + 1600
    assert large_cost / small_cost < 5, f"10x the events made the query {large_cost / small_cost:.1f}x slower"


def test_snap_to_grain() -> None:
    moment = to_seconds(datetime(2020, 3, 5, 17, 40))
    assert snap(moment, Grain.DAY) == to_seconds(datetime(2020, 3, 6))
    assert snap(moment, Grain.HOUR) == to_seconds(datetime(2020, 3, 5, 18))
    assert snap(moment, Grain.MONTH) == to_seconds(datetime(2020, 3, 1))


def test_changing_the_lane_count_reuses_the_items() -> None:
    from timeline_app.gui.layout import to_seconds

    base = to_seconds(datetime(2020, 3, 1))
    items = [Item(f"e{n}", base + n * 60, base + n * 60 + 1, f"event {n}", "#888888", 80.0) for n in range(50)]
    layout = TimelineLayout(items, max_lanes=12)
    few = layout.with_lanes(2)
    assert few.items is layout.items and few.index is layout.index and few.max_lanes == 2
    assert few.packing(3600.0).lane_count <= 2 < layout.packing(3600.0).lane_count


def _dated_events(n: int, seed: int = 2) -> list[Event]:
    rng = random.Random(seed)
    events = []
    for i in range(n):
        start = datetime(2000, 1, 1) + timedelta(days=rng.randrange(20 * 365))
        events.append(Event(f"e{i}", f"Event {i % 700}", interval=Interval(start, start + timedelta(days=1)),
                            grain=Grain.DAY))
    return events


def test_labels_are_measured_only_when_their_item_gets_a_lane() -> None:
    """Zoomed out, a few dozen of thousands of items get a lane: only their labels are measured."""
    measured: list[str] = []

    def measure(text: str) -> float:
        measured.append(text)
        return 7.0 * len(text)

    events = _dated_events(5000)
    layout = TimelineLayout.build(events, lambda e: "#888888", measure, max_lanes=8)
    assert measured == [] and all(item.label_width == UNMEASURED for item in layout.items)
    bounds = layout.bounds
    assert bounds is not None
    packing, _, _ = layout.visible(TimeScale.fit(bounds[0], bounds[1], 1600), 1600)
    placed = [layout.items[p.index] for p in packing.placements]
    assert 0 < len(measured) == len(placed) < len(events) // 10
    assert all(item.label_width == 7.0 * len(item.title) for item in placed)
    layout.visible(TimeScale(bounds[0], DAY / 50), 1600)  # zoomed in: more lanes, more labels
    assert len(measured) > len(placed)
    assert len(measured) == len({id(layout.items[p.index]) for level in layout._packings.values()
                                 for p in level.placements}), "each item measured once"


def test_measured_layout_places_items_as_a_premeasured_one() -> None:
    """Measuring late changes nothing: the lanes are those of items measured up front."""
    events = _dated_events(3000)
    lazy = TimelineLayout.build(events, lambda e: "#888888", lambda text: 7.0 * len(text), max_lanes=6)
    eager = TimelineLayout([Item(e.id, to_seconds(e.interval.start), to_seconds(e.interval.end), e.title, "#888888",
                                 7.0 * len(e.title)) for e in events if e.interval is not None], max_lanes=6)
    for spp in (DAY / 20, DAY, 30 * DAY, 3e6):
        a, b = lazy.packing(spp), eager.packing(spp)
        assert [(p.index, p.lane, p.left, p.right) for p in a.placements] == \
            [(p.index, p.lane, p.left, p.right) for p in b.placements]
        assert a.buckets == b.buckets


def test_an_unmeasured_item_without_a_measure_is_an_error() -> None:
    item = Item("e1", 0.0, DAY, "unmeasured", "#888888", UNMEASURED)
    with pytest.raises(ValueError, match="not measured"):
        TimelineLayout([item]).packing(3600.0)


def test_density_counts_each_start_in_its_slice() -> None:
    layout = TimelineLayout(synthetic(20_000, seed=5), max_lanes=12)
    start, end = layout.starts[1234], layout.starts[17_000]
    for bins in (1, 7, 800):
        span = (end - start) / bins
        expected = [0] * bins
        for seconds in layout.starts:
            if start <= seconds <= end:
                expected[min(int((seconds - start) / span), bins - 1)] += 1
        assert layout.density(start, end, bins) == expected
    assert layout.density(end, start, 5) == [0] * 5


def test_a_layout_built_from_events_makes_only_the_items_it_draws(monkeypatch: pytest.MonkeyPatch) -> None:
    """Packing reads the layout's columns; an item is made when it gets a lane or is asked for."""
    import timeline_app.gui.layout as layout_module

    made: list[str] = []

    def counting(event_id: str, *args: object) -> Item:
        made.append(event_id)
        return Item(event_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(layout_module, "Item", counting)
    events = _dated_events(5000)
    layout = TimelineLayout.build(events, lambda e: "#888888", lambda text: 7.0 * len(text), max_lanes=8)
    assert made == [] and len(layout.items) == 5000
    bounds = layout.bounds
    assert bounds is not None
    packing, _, _ = layout.visible(TimeScale.fit(bounds[0], bounds[1], 1600), 1600)
    assert sorted(made) == sorted(layout.items[p.index].event_id for p in packing.placements)
    first = layout.items[0]
    assert layout.items[0] is first and layout.items[-1] is layout.items[len(events) - 1]
    assert layout.item(first.event_id) is first and layout.items[:2][0] is first
    assert [item.event_id for item in layout.items] == layout.event_ids
    assert len(made) == len(events), "each item is made once"


def test_an_edit_refreshes_items_in_place_and_a_move_puts_the_event_where_a_new_layout_would() -> None:
    from dataclasses import replace

    events = _dated_events(2000)
    layout = TimelineLayout.build(events, lambda e: "#888888", lambda text: 7.0 * len(text), max_lanes=6)
    bounds = layout.bounds
    assert bounds is not None
    packing, _, _ = layout.visible(TimeScale.fit(bounds[0], bounds[1], 1600), 1600)
    shown = layout.items[packing.placements[0].index]
    current = {e.id: e for e in events}
    current[shown.event_id] = replace(current[shown.event_id], is_starred=True)  # a new object, as undo makes
    assert layout.refresh(current, [shown.event_id])
    assert layout.items[layout.index[shown.event_id]].is_starred
    assert layout._packings, "a star changes no label: the packings stay"
    current[shown.event_id] = replace(current[shown.event_id], title="A much longer title than before")
    assert layout.refresh(current, [shown.event_id])
    assert layout.items[layout.index[shown.event_id]].title == "A much longer title than before"
    assert not layout._packings, "a new label is packed again"
    for step, event_id in enumerate([shown.event_id, "e7", "e1999"]):
        moved = current[event_id]
        assert moved.interval is not None
        shift = timedelta(days=400 * (step + 1) * (-1) ** step)
        current[event_id] = replace(moved, interval=Interval(moved.interval.start + shift, moved.interval.end + shift))
        assert layout.refresh(current, [event_id])
        fresh = TimelineLayout.build(list(current.values()), lambda e: "#888888", lambda text: 7.0 * len(text),
                                     max_lanes=6)
        assert (layout.starts, layout.ends, layout.spreads, layout.event_ids) == \
            (fresh.starts, fresh.ends, fresh.spreads, fresh.event_ids)
        assert layout.bounds == fresh.bounds and layout.index == fresh.index
        for spp in (DAY, 30 * DAY, 3e6):
            a, b = layout.packing(spp), fresh.packing(spp)
            assert [(p.index, p.lane) for p in a.placements] == [(p.index, p.lane) for p in b.placements]
            assert [layout.items[p.index].title for p in a.placements] == \
                [fresh.items[p.index].title for p in b.placements]
    assert not layout.refresh(current, ["no-such-event"])


def test_the_axis_names_its_steps_in_plain_plurals() -> None:
    """The overview of a 100,000-event project read '5 yearss' at the top left."""
    from timeline_app.gui.layout import UNITS

    names = {unit.name: unit.plural for unit in UNITS}
    assert names["5 years"] == "5 years" and names["decade"] == "decades" and names["6 hours"] == "6 hours"
    assert not [p for p in names.values() if p.endswith("ss")]
