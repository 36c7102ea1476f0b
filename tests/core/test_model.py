"""The core model: plain dicts round trip, ids stay stable, listeners hear changes."""
from __future__ import annotations

from datetime import datetime

from timeline_app.core import (Candidate, Category, Conflict, Dependency, Document, Era, Estimate, Event,
                               EventKind, Mention, Project, PublicationSource, Source, UndatedStatement)
from timeline_app.core.ordering import order_events
from timeline_app.core.times import parse_duration, value_for
from timeline_app.temporal.model import Grain, Interval, Offset


def day(text: str) -> Interval:
    start = datetime.fromisoformat(text)
    return Interval(start, start.replace(day=start.day + 1))


def sample_project() -> Project:
    project = Project("demo")
    project.add_document(Document("d1", "Talks", "They met on Thursday.", source_name="AFP", path="a.txt",
                                  published=datetime(2020, 3, 12, 20, 45), zone="+03:00", has_time=True,
                                  published_source=PublicationSource.ESTIMATED,
                                  estimate=Estimate(["weekday"], 0.7)))
    project.put("mentions", Mention("m1", "d1", 12, 20, "Thursday", "DATE", "2020-03-12", interval=day("2020-03-12"),
                                    grain=Grain.DAY, anchor="DCT", explanation="weekday of DCT",
                                    offset=Offset("P2D", 1, "after", 30)))
    project.add_event(Event("e1", "They met", "They met on Thursday.",
                            [Source("d1", "They met on Thursday.", 0, 21, "Thursday", "weekday", 12, 20, "m1",
                                    "2020-03-12", day("2020-03-12"), Grain.DAY)],
                            "2020-03-12", day("2020-03-12"), Grain.DAY, EventKind.POINT,
                            depends_on=Dependency("e0", "P2D", 1, "after", "the ceasefire"),
                            conflict=Conflict([Candidate("2020-03-12", day("2020-03-12"), "d1")], 0, "wire copy"),
                            tags=["talks"], notes="n", category_id="c1", is_starred=True, confidence=0.5,
                            sequence=3))
    project.put("categories", Category("c1", "Diplomacy", "#ff0000"))
    project.put("eras", Era("r1", "Ceasefire", datetime(2020, 3, 5), datetime(2020, 4, 1)))
    project.put("statements", UndatedStatement("s1", "d1", "Nothing dated.", 22, 36))
    return project


def test_project_round_trips_through_plain_dicts() -> None:
    project = sample_project()
    data = project.to_dict()
    again = Project.from_dict(data)
    assert again.to_dict() == data
    assert again.documents["d1"].reference().isoformat() == "2020-03-12T20:45+03:00"
    assert again.events["e1"].interval == day("2020-03-12")
    assert again.mentions["m1"].offset == Offset("P2D", 1, "after", 30)


def test_event_dict_has_the_timeline_fields() -> None:
    data = sample_project().events["e1"].to_dict()
    assert {"id", "title", "value", "earliest", "latest", "grain", "type", "sources", "depends_on",
            "conflict", "tags", "notes"} <= set(data)
    assert (data["earliest"], data["latest"], data["type"]) == ("2020-03-12", "2020-03-12", "point")
    assert data["depends_on"]["event"] == "e0" and data["depends_on"]["offset"] == "P2D"


def test_ids_are_never_reused() -> None:
    project = sample_project()
    assert project.new_id("events") == "e2"
    project.remove("events", "e1")
    assert project.new_id("events") == "e3"
    assert Project.from_dict(project.to_dict()).new_id("events") == "e4"


def test_listeners_hear_changes_and_can_unsubscribe() -> None:
    project = Project()
    heard = []
    unsubscribe = project.subscribe(heard.append)
    project.add_event(Event("e1", "x"))
    unsubscribe()
    project.add_event(Event("e2", "y"))
    assert [(c.collection, c.action, c.ids) for c in heard] == [("events", "added", ("e1",))]


def test_ordering_is_by_interval_then_reading_order() -> None:
    december = Interval(datetime(2019, 12, 1), datetime(2020, 1, 1))
    events = [
        Event("e1", "undated", sequence=1),
        Event("e2", "mid december", interval=day("2019-12-15"), sequence=2),
        Event("e3", "december", interval=december, sequence=3),
        Event("e4", "also december", interval=december, sequence=0),
        Event("e5", "before e2", depends_on=Dependency("e2", None, -1, "before"), sequence=5),
    ]
    assert [e.id for e in order_events(events)] == ["e4", "e3", "e5", "e2", "e1"]


def test_durations_and_values() -> None:
    delta, unspecified, grain = parse_duration("P2D")
    assert delta.days == 2 and not unspecified and grain is Grain.DAY
    assert parse_duration("PXW")[1] is True
    assert value_for(day("2020-03-07"), Grain.DAY) == "2020-03-07"
    assert value_for(Interval(datetime(2019, 12, 1), datetime(2020, 1, 1)), Grain.MONTH) == "2019-12"
    # a whole quarter or half is named as one ("a year earlier" than 2024-Q4); a part of one is its month
    assert value_for(Interval(datetime(2023, 10, 1), datetime(2024, 1, 1)), Grain.QUARTER) == "2023-Q4"
    assert value_for(Interval(datetime(2023, 7, 1), datetime(2024, 1, 1)), Grain.HALF) == "2023-H2"
    assert value_for(Interval(datetime(2023, 11, 1), datetime(2024, 2, 1)), Grain.QUARTER) == "2023-11"


def test_events_of_a_document_once_each_in_project_order() -> None:
    from store.samples import full_project

    project = full_project()
    project.events["e1"].sources.append(project.events["e1"].sources[0])
    assert [e.id for e in project.events_of("d1")] == ["e1", "e2", "e3"]
    assert [e.id for e in project.events_of("d2")] == ["e2"]
    assert list(project.events_of("nowhere")) == []
