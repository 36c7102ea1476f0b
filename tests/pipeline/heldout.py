"""What the pipeline's held-out files of whole texts share: what a careful analyst expects of one
event, each text's project built once, and the check of an event against its expectation."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

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


def titled(project: Project, *words: str) -> Event:
    """The one event whose title holds all of ``words`` (lower case)."""
    found = [e for e in project.events.values() if all(w in e.title.lower() for w in words)]
    assert len(found) == 1, [(e.value, e.title) for e in found]
    return found[0]


# --- stories told by several outlets ------------------------------------------------------------

Article = tuple[str, str, str]  # outlet, publication date, text


class Stories:
    """Each story's timeline of all its outlets' articles, built once, with each outlet's document
    id (an outlet told twice is 'AP' and 'AP 2')."""

    def __init__(self, stories: dict[str, list[Article]]) -> None:
        self.stories = stories
        self._built: dict[str, tuple[Project, dict[str, str]]] = {}

    def __call__(self, name: str) -> tuple[Project, dict[str, str]]:
        if name not in self._built:
            project = Project()
            documents: list[Document] = []
            for outlet, published, text in self.stories[name]:
                source = outlet if outlet not in {d.source_name for d in documents} else f"{outlet} 2"
                documents.append(Document("", text.split("\n")[0], text, published=datetime.fromisoformat(published),
                                          published_source=PublicationSource.GIVEN, source_name=source))
            add_documents(project, documents)
            self._built[name] = project, {d.source_name: d.id for d in project.documents.values()}
        return self._built[name]


def one(project: Project, words: str) -> Event:
    """The one event whose title holds ``words`` (case-insensitive)."""
    found = [e for e in project.events.values() if words.lower() in e.title.lower()]
    assert len(found) == 1, [e.title for e in project.events.values()]
    return found[0]


def on(project: Project, value: str) -> list[Event]:
    return [e for e in project.events.values() if e.value == value]


def outlets(event: Event, ids: dict[str, str]) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[d] for d in event.document_ids}


def conflict(event: Event) -> list[str]:
    return sorted({c.value for c in event.conflict.candidates}) if event.conflict else []


def gap(reason: str) -> pytest.MarkDecorator:
    """A known gap: a strict xfail with its reason."""
    return pytest.mark.xfail(strict=True, reason=reason)
