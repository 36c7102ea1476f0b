"""What the pipeline's held-out files of whole texts share: what a careful analyst expects of one
event, each text's project built once, and the check of an event against its expectation."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from timeline_app.core import Document, Project, PublicationSource
from timeline_app.core.event import Event
from timeline_app.pipeline import add_documents


@dataclass(frozen=True)
class Expect:
    expression: str            # the source expression that dates the event
    value: str                 # TimeML value
    has: tuple[str, ...] = ()  # words the title must contain (lower case)
    lacks: tuple[str, ...] = ()  # words it must not
    anchor: str = ""           # words of the anchor event's title, for event-anchored dates
    start: str = ""            # the first day of the event's interval, when the value alone does not say


class Projects:
    """Each text's timeline, built by the real pipeline the first time a test asks for it."""

    def __init__(self, texts: dict[str, tuple[str, str]]) -> None:
        self.texts = texts  # name -> (publication date, text)
        self._built: dict[str, Project] = {}

    def __call__(self, name: str) -> Project:
        if name not in self._built:
            published, text = self.texts[name]
            project = Project()
            add_documents(project, [Document("", name, text, published=datetime.fromisoformat(published),
                                             published_source=PublicationSource.GIVEN)])
            self._built[name] = project
        return self._built[name]


def event_of(project: Project, expression: str) -> Event:
    """The one event a source expression dates."""
    found = [e for e in project.events.values() if any(s.expression == expression for s in e.sources)]
    assert len(found) == 1, f"{expression!r}: {[(e.value, e.title) for e in found]}"
    return found[0]


def check_event(project: Project, expect: Expect) -> None:
    """The event dated by ``expect.expression`` has the value, title words, interval start and
    anchor expected."""
    event = event_of(project, expect.expression)
    title = event.title.lower()
    assert event.value == expect.value, event.title
    assert all(word in title for word in expect.has), event.title
    assert not any(f" {word} " in f" {title.rstrip(' .…')} " for word in expect.lacks), event.title
    if expect.start:
        assert event.interval is not None and event.interval.start.date().isoformat() == expect.start
    if expect.anchor:
        assert event.depends_on is not None, event.title
        assert expect.anchor in project.events[event.depends_on.anchor_id].title.lower()
