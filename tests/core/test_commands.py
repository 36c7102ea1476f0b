"""Commands do and undo exactly, refuse bad input untouched, and move dependents."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from timeline_app.core import Dependency, Document, Event, EventKind, Mention, Project, PublicationSource, Source
from timeline_app.core.commands import (AddCategory, AddEra, AddEvent, AnchorEvent, ChangePublicationDate,
                                        CommandError, ConfirmPublicationDate, DeleteCategory, DeleteEvents,
                                        DuplicateEvent, EditNotes, MergeEvents, PlaceStatement, RenameEvent,
                                        ResolveConflict, SetCategory, SetEventTime, SetLocked, SetStarred,
                                        SetTags, SplitEvent, UndoStack)
from timeline_app.core.event import UndatedStatement
from timeline_app.temporal.model import Grain, Interval, Reference, Timex, TimexType
from tests.conftest import CopyCounter


def day(text: str) -> Interval:
    start = datetime.fromisoformat(text)
    return Interval(start, start + timedelta(days=1))


def dated(event_id: str, when: str, document: str = "d1", sequence: int = 0) -> Event:
    source = Source(document, f"{event_id} happened.", 0, 10, when, "", value=when, interval=day(when),
                    grain=Grain.DAY)
    return Event(event_id, event_id.upper(), source.sentence, [source], when, day(when), Grain.DAY,
                 sequence=sequence)


def chain_project() -> Project:
    """A on March 5, B two days after A, C the day after B."""
    project = Project()
    project.add_event(dated("e1", "2020-03-05", sequence=1))
    project.add_event(Event("e2", "B", depends_on=Dependency("e1", "P2D", 1), sequence=2))
    project.add_event(Event("e3", "C", depends_on=Dependency("e2", "P1D", 1), sequence=3))
    stack = UndoStack()
    stack.push(AnchorEvent(project, "e2", Dependency("e1", "P2D", 1)))
    stack.push(AnchorEvent(project, "e3", Dependency("e2", "P1D", 1)))
    return project


def values(project: Project) -> list[str | None]:
    return [e.value for e in project.ordered_events()]


def test_anchoring_chain_resolves_and_follows_the_anchor() -> None:
    project = chain_project()
    assert values(project) == ["2020-03-05", "2020-03-07", "2020-03-08"]
    stack = UndoStack()
    stack.push(SetEventTime(project, "e1", day("2020-03-10")))
    assert values(project) == ["2020-03-10", "2020-03-12", "2020-03-13"]
    stack.undo()
    assert values(project) == ["2020-03-05", "2020-03-07", "2020-03-08"]
    stack.redo()
    assert project.events["e3"].value == "2020-03-13"
    assert "e2" in project.events["e3"].explanation


def test_locked_and_hand_edited_events_do_not_move_but_their_dependents_do() -> None:
    project = chain_project()
    stack = UndoStack()
    stack.push(SetLocked(project, "e2"))
    stack.push(SetEventTime(project, "e1", day("2020-03-10")))
    assert project.events["e2"].value == "2020-03-07"
    assert project.events["e3"].value == "2020-03-08"
    stack.push(SetEventTime(project, "e2", day("2020-03-20")))
    assert project.events["e3"].value == "2020-03-21"
    assert project.events["e2"].is_hand_edited


def test_cycles_are_refused_with_a_clear_message_and_nothing_changes() -> None:
    project = chain_project()
    before = project.to_dict()
    stack = UndoStack()
    with pytest.raises(CommandError, match=r"e1 to e3: e3 already depends on e1 \(e3 → e2 → e1\)"):
        stack.push(AnchorEvent(project, "e1", Dependency("e3", "P1D", 1)))
    with pytest.raises(CommandError, match="itself"):
        stack.push(AnchorEvent(project, "e1", Dependency("e1", "P1D", 1)))
    assert project.to_dict() == before and len(stack) == 0


def test_every_edit_undoes_to_the_same_project() -> None:
    project = chain_project()
    project.add_event(dated("e4", "2020-03-05", "d2", sequence=4))
    project.put("statements", UndatedStatement("s1", "d1", "Nobody knows when.", 20, 38))
    start = project.to_dict()
    del start["counters"]  # ids handed out stay spent after undo, by design
    stack = UndoStack()
    category = stack.push(AddCategory(project, "Diplomacy", "#3366cc"))
    stack.push(SetCategory(project, "e1", category.new_id))  # type: ignore[attr-defined]
    stack.push(RenameEvent(project, "e1", "Moscow meeting"))
    stack.push(EditNotes(project, "e1", "checked"))
    stack.push(SetTags(project, "e1", ["ceasefire", " ceasefire", ""]))
    stack.push(SetStarred(project, "e1"))
    stack.push(DuplicateEvent(project, "e1"))
    stack.push(AddEra(project, "Ceasefire", datetime(2020, 3, 5), datetime(2020, 4, 1)))
    stack.push(PlaceStatement(project, "s1", day("2020-03-09")))
    stack.push(MergeEvents(project, ["e1", "e4"]))
    stack.push(DeleteCategory(project, category.new_id))  # type: ignore[attr-defined]
    stack.push(DeleteEvents(project, ["e2"]))
    assert project.events["e1"].tags == ["ceasefire"]
    assert project.events["e3"].depends_on is None and "deleted" in project.events["e3"].notes
    while stack.can_undo:
        stack.undo()
    assert {k: v for k, v in project.to_dict().items() if k != "counters"} == start
    while stack.can_redo:
        stack.redo()
    assert "e2" not in project.events and "e4" not in project.events


def test_merge_keeps_every_source_and_flags_disagreement_then_resolution_is_kept() -> None:
    project = Project()
    project.add_event(dated("e1", "2020-03-05", "d1"))
    project.add_event(dated("e2", "2020-03-06", "d2"))
    project.add_event(dated("e3", "2020-03-05", "d3"))
    project.add_event(Event("e4", "after", depends_on=Dependency("e2", "P1D", 1)))
    stack = UndoStack()
    stack.push(MergeEvents(project, ["e1", "e2", "e3"]))
    merged = project.events["e1"]
    assert merged.document_ids == ["d1", "d2", "d3"]
    assert merged.conflict is not None
    assert [c.value for c in merged.conflict.candidates] == ["2020-03-05", "2020-03-06"]
    assert project.events["e4"].depends_on.anchor_id == "e1"  # type: ignore[union-attr]
    stack.push(ResolveConflict(project, "e1", 1, "the agency had the later wire"))
    assert merged.value == "2020-03-06" and merged.conflict.reason == "the agency had the later wire"
    assert project.events["e4"].value == "2020-03-07"
    with pytest.raises(CommandError):
        stack.push(ResolveConflict(project, "e1", 5))


def test_split_moves_sources_into_a_new_event() -> None:
    project = Project()
    project.add_event(dated("e1", "2020-03-05", "d1"))
    project.add_event(dated("e2", "2020-03-06", "d2"))
    UndoStack().push(MergeEvents(project, ["e1", "e2"]))
    command = SplitEvent(project, "e1", [1], title="Other")
    UndoStack().push(command)
    assert project.events["e1"].conflict is None and project.events["e1"].value == "2020-03-05"
    assert project.events[command.new_id].value == "2020-03-06"  # type: ignore[index]
    with pytest.raises(CommandError):
        SplitEvent(project, "e1", [0]).do()


def test_change_of_publication_date_re_resolves_and_undoes() -> None:
    text = "They met on Thursday."
    project = Project()
    project.add_document(Document("d1", "t", text, published=datetime(2020, 3, 12),
                                  published_source=PublicationSource.ESTIMATED))

    def tag(body: str, reference: Reference) -> list[Timex]:
        thursday = reference.moment - timedelta(days=(reference.moment.weekday() - 3) % 7)
        return [Timex(12, 20, "Thursday", TimexType.DATE, thursday.date().isoformat(),
                      interval=day(thursday.date().isoformat()), grain=Grain.DAY, anchor="DCT")]

    timex = tag(text, Reference(datetime(2020, 3, 12)))[0]
    project.put("mentions", Mention.from_timex("m1", "d1", timex))
    project.add_event(Event("e1", "Meeting", text, [Source("d1", text, 0, 21, "Thursday", mention_id="m1",
                                                             value=timex.value, interval=timex.interval,
                                                             grain=Grain.DAY)],
                            timex.value, timex.interval, Grain.DAY))
    project.add_event(Event("e2", "Next", depends_on=Dependency("e1", "P1D", 1), value="2020-03-13",
                            interval=day("2020-03-13"), grain=Grain.DAY))
    stack = UndoStack()
    stack.push(ChangePublicationDate(project, "d1", datetime(2020, 3, 20), tag=tag))
    assert project.events["e1"].value == "2020-03-19"
    assert project.events["e2"].value == "2020-03-20"
    assert project.documents["d1"].published_source is PublicationSource.GIVEN
    stack.undo()
    assert project.events["e1"].value == "2020-03-12" and project.documents["d1"].is_estimated
    assert project.events["e2"].value == "2020-03-13"


def test_a_publication_date_change_copies_only_its_document_s_events_and_a_preview_is_silent(
        event_copies: CopyCounter) -> None:
    text = "They met on March 5."
    project = Project()
    project.add_document(Document("d1", "t", text, published=datetime(2020, 3, 12)))
    timex = Timex(12, 19, "March 5", TimexType.DATE, "2020-03-05", interval=day("2020-03-05"), grain=Grain.DAY,
                  anchor="DCT")
    project.put("mentions", Mention.from_timex("m1", "d1", timex))
    project.add_event(Event("e1", "Meeting", text, [Source("d1", text, 0, 20, "March 5", mention_id="m1",
                                                             value="2020-03-05", interval=day("2020-03-05"),
                                                             grain=Grain.DAY)], "2020-03-05", day("2020-03-05"),
                            Grain.DAY))
    for number in range(2, 602):
        project.add_event(dated(f"e{number}", "2019-01-01", document="d9"))
    heard: list[object] = []
    project.subscribe(heard.append)
    start = project.to_dict()
    event_copies.count = 0
    command = ChangePublicationDate(project, "d1", datetime(2021, 3, 12))
    with project.muted():
        command.do()
        command.undo()
    assert event_copies.count <= 2, "only the one event of d1, before and after"
    assert heard == [] and project.to_dict() == start
    before, after = command.differences("events")["e1"]
    assert before is not None and after is not None
    assert (before["value"], after["value"]) == ("2020-03-05", "2021-03-05")


def test_confirming_an_estimate_clears_the_mark() -> None:
    project = Project()
    project.add_document(Document("d1", "t", "x", published=datetime(2020, 3, 12),
                                  published_source=PublicationSource.ESTIMATED))
    stack = UndoStack()
    stack.push(ConfirmPublicationDate(project, "d1"))
    assert not project.documents["d1"].is_estimated
    stack.undo()
    assert project.documents["d1"].is_estimated


def test_notifications_name_what_changed_and_undo_stack_reports_state() -> None:
    project = chain_project()
    heard = []
    project.subscribe(lambda change: heard.append((change.collection, change.action, set(change.ids))))
    stack = UndoStack()
    pings = []
    stack.subscribe(lambda: pings.append(stack.undo_text))
    stack.push(SetEventTime(project, "e1", day("2020-03-10")))
    assert heard == [("events", "changed", {"e1", "e2", "e3"})]
    assert pings == ["Edit date"] and not stack.is_clean
    stack.push(AddEvent(project, Event("", "New", value="2020", kind=EventKind.PERIOD)))
    assert ("events", "added", {"e4"}) in heard
    stack.undo()
    assert "e4" not in project.events and stack.redo_text == "Add event"
    with pytest.raises(CommandError):
        stack.push(RenameEvent(project, "e1", "  "))


def test_an_edit_copies_only_what_it_can_change_and_redo_restores_the_same_state(event_copies: CopyCounter) -> None:
    project = chain_project()
    for number in range(4, 1004):
        project.add_event(dated(f"e{number}", "2020-03-05", sequence=number))
    event_copies.count = 0
    stack = UndoStack()
    stack.push(RenameEvent(project, "e500", "Renamed"))
    assert event_copies.count <= 2  # the event before and after, not the 1,003 others
    event_copies.count = 0
    stack.push(SetEventTime(project, "e1", day("2020-03-20")))
    assert event_copies.count <= 6  # e1 and its two dependents, before and after
    stack.push(DeleteEvents(project, ["e2"]))
    assert project.events["e3"].depends_on is None
    done = project.to_dict()
    while stack.can_undo:
        stack.undo()
    assert project.events["e500"].title == "E500" and project.events["e3"].depends_on is not None
    assert [project.events[e].value for e in ("e1", "e2", "e3")] == ["2020-03-05", "2020-03-07", "2020-03-08"]
    while stack.can_redo:
        stack.redo()
    assert project.to_dict() == done


def test_a_scoped_command_that_fails_half_way_leaves_the_project_as_it_was() -> None:
    from timeline_app.core.commands import Command

    class Faulty(Command):
        def scope(self) -> dict[str, set[str]] | None:
            return {"events": {"e1"}}

        def apply(self) -> None:
            self.project.events["e1"].title = "half done"
            self.project.put("events", dated("e99", "2020-03-09"), notify=False)
            raise CommandError("the second half failed")

    project = chain_project()
    start = project.to_dict()
    with pytest.raises(CommandError, match="second half"):
        UndoStack().push(Faulty(project))
    after = project.to_dict()
    assert after.pop("counters") != start.pop("counters")  # an id handed out stays spent, by design
    assert after == start


def test_editing_a_document_touches_only_that_document_and_undoes() -> None:
    from timeline_app.core.commands import EditDocument

    project = Project()
    for number in range(1, 4):
        project.add_document(Document(f"d{number}", f"Title {number}", "Text.", published=datetime(2020, 3, 12)))
    start = project.to_dict()
    stack = UndoStack()
    command = stack.push(EditDocument(project, "d2", title="Geneva talks", source_name="Rudaw"))
    assert project.documents["d2"].title == "Geneva talks" and project.documents["d1"].title == "Title 1"
    assert set(command.differences("documents")) == {"d2"}
    with pytest.raises(CommandError, match="cannot edit text"):
        stack.push(EditDocument(project, "d1", text="changed"))
    stack.undo()
    assert project.to_dict() == start
