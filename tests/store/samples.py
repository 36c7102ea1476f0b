"""A project holding every kind of object with every field set, for round-trip tests.

Imported by the store, exchange and CLI tests as ``store.samples`` (``tests/`` is on
``sys.path`` because the root ``conftest.py`` lives there).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from timeline_app.core import (Candidate, Category, Conflict, Dependency, Document, Era, Estimate, Event,
                               EventKind, Mention, Project, PublicationSource, Source, UndatedStatement)
from timeline_app.store import Column, ViewState
from timeline_app.temporal.model import Grain, Interval, Offset

ARTICLE = ("Ankara, 12 March 2020. Talks on Idlib ended on Thursday. The ceasefire began on 5 March.\n"
           "Two days after the ceasefire, patrols started. Nobody said when the convoy left. \u00e9\u00e8 \u4e2d\u6587")


def day(text: str, days: int = 1) -> Interval:
    start = datetime.fromisoformat(text)
    return Interval(start, start + timedelta(days=days))


def full_project() -> Project:
    """Two documents, mentions, dated/anchored/conflicting events, categories, eras, statements."""
    project = Project("Idlib \u2013 March 2020")
    project.put("documents", Document(
        "d1", "Talks end", ARTICLE, source_name="AFP", path="/news/idlib.txt", url="https://example.org/a",
        published=datetime(2020, 3, 12, 20, 45), zone="Europe/Istanbul", has_time=True,
        published_source=PublicationSource.METADATA, estimate=Estimate(["from meta date"], 1.0)))
    project.put("documents", Document(
        "d2", "Patrols", "Patrols started on 7 March 2020.", published=datetime(2020, 3, 8),
        published_source=PublicationSource.ESTIMATED, estimate=Estimate(["latest date", "tense"], 0.6)))
    project.put("mentions", Mention("m1", "d1", 47, 55, "Thursday", "DATE", "2020-03-12", interval=day("2020-03-12"),
                                    grain=Grain.DAY, anchor="DCT", explanation="weekday of DCT", tense="past",
                                    rule="weekday"))
    project.put("mentions", Mention("m2", "d1", 89, 117, "Two days after the ceasefire", "DATE", "2020-03-07",
                                    mod="AFTER", interval=day("2020-03-07"), grain=Grain.DAY,
                                    offset=Offset("P2D", 1, "after", 107), rule="offset"))
    project.put("mentions", Mention("m3", "d2", 20, 32, "7 March 2020", "DATE", "2020-03-07"))
    talks = Event("e1", "Talks on Idlib ended", "Talks on Idlib ended on Thursday.",
                  [Source("d1", "Talks on Idlib ended on Thursday.", 23, 56, "Thursday", "weekday of DCT", 47, 55,
                          "m1", "2020-03-12", day("2020-03-12"), Grain.DAY)],
                  "2020-03-12", day("2020-03-12"), Grain.DAY, EventKind.POINT, tags=["talks", "turkey"],
                  notes="Check the Russian readout.", category_id="c1", is_starred=True, confidence=0.9,
                  sequence=1, explanation="first source")
    ceasefire = Event("e2", "Ceasefire began", "The ceasefire began on 5 March.",
                      [Source("d1", "The ceasefire began on 5 March.", 57, 88, "5 March", "", 80, 87, None,
                              "2020-03-05", day("2020-03-05"), Grain.DAY),
                       Source("d2", "Patrols started on 7 March 2020.", 0, 33, "", "", None, None, None, "2020-03-06",
                              day("2020-03-06"), Grain.DAY)],
                      "2020-03-05", day("2020-03-05"), Grain.DAY, EventKind.POINT,
                      conflict=Conflict([Candidate("2020-03-05", day("2020-03-05"), "d1", "The ceasefire...", "5 March",
                                                   Grain.DAY),
                                         Candidate("2020-03-06", day("2020-03-06"), "d2")], 0, "AFP is primary"),
                      is_locked=True, sequence=2)
    patrols = Event("e3", "Patrols started", "Two days after the ceasefire, patrols started.",
                    [Source("d1", "Two days after the ceasefire, patrols started.", 89, 136, "Two days after the ceasefire",
                            "offset", 89, 117, "m2")],
                    "2020-03-07", day("2020-03-07"), Grain.DAY, EventKind.POINT,
                    depends_on=Dependency("e2", "P2D", 1, "after", "the ceasefire"), is_flagged=True,
                    is_hand_edited=True, sequence=3)
    undecided = Event("e4", "Fighting in March", "", [], "2020-03", day("2020-03-01", 31), Grain.MONTH,
                      EventKind.PERIOD, conflict=Conflict([Candidate("2020-03", None, "d2")], None, ""), sequence=4)
    undated = Event("e5", "Convoy left", "Nobody said when the convoy left.", sequence=5)
    for event in (talks, ceasefire, patrols, undecided, undated):
        project.put("events", event)
    project.put("categories", Category("c1", "Diplomacy", "#1f77b4"))
    project.put("categories", Category("c2", "Military", "#d62728"))
    project.put("eras", Era("r1", "Ceasefire", datetime(2020, 3, 5), datetime(2020, 4, 1), "#eeeeee"))
    project.put("statements", UndatedStatement("s1", "d1", "Nobody said when the convoy left.", 136, 169, "e5"))
    project.put("statements", UndatedStatement("s2", "d2", "Patrols started.", 0, 16))
    project.new_id("events")  # e6 taken then "deleted": the counter must survive a save
    return project


def full_view() -> ViewState:
    return ViewState("2020-03-01T00:00:00", "2020-04-01T00:00:00", ["e1", "e3"],
                     {"tags": ["talks"], "category": "c1", "text": "Idlib", "starred_only": False},
                     [Column("time", 140), Column("title", 320), Column("sources", 60, False)])


def assert_same_project(expected: Project, got: Project, counters: bool = True) -> None:
    """Compare two projects collection by collection, object by object, field by field.

    ``counters`` also compares the next id of each collection (undo does not give ids back).
    """
    from dataclasses import asdict, fields

    assert got.name == expected.name
    for name in ("documents", "mentions", "events", "categories", "eras", "statements"):
        mine, theirs = expected.table(name), got.table(name)  # type: ignore[arg-type]
        assert list(theirs) == list(mine), f"{name}: ids or their order differ"
        for object_id, obj in mine.items():
            other = theirs[object_id]
            assert type(other) is type(obj)
            for f in fields(obj):
                assert getattr(other, f.name) == getattr(obj, f.name), f"{name}[{object_id}].{f.name}"
            assert asdict(other) == asdict(obj)
    for collection in ("documents", "mentions", "events", "categories", "eras", "statements"):
        if counters:
            assert got.new_id(collection) == expected.new_id(collection)  # type: ignore[arg-type]
