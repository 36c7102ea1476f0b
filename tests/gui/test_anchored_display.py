"""How an event dated from another one reads in the inspector, for the ways news writes it."""
from __future__ import annotations

from datetime import datetime

from timeline_app.core import Document, Project, PublicationSource
from timeline_app.gui.views.main_window import MainWindow
from timeline_app.pipeline import add_documents

TEXT = ("Thousands of protesters clashed with police on Sunday, a day after the commission declared the result. "
        "The summit opened on June 3. Within 24 hours of the opening, protesters blocked the roads. "
        "Internet access was cut on the eve of the summit.")


def _chain_of(window: MainWindow, qtbot, title: str) -> str:  # type: ignore[no-untyped-def]
    project = window.session.project
    event = next(e for e in project.events.values() if e.title.startswith(title))
    window.session.select([event.id])
    qtbot.waitUntil(lambda: window.inspector.title.text() == event.title)
    return window.inspector.chain.text()


def test_the_inspector_quotes_the_words_as_written(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = Project("anchored")
    add_documents(project, [Document("", "t", TEXT, published=datetime(2024, 6, 10),
                                     published_source=PublicationSource.GIVEN)])
    window.session.replace_project(project)
    declared = _chain_of(window, qtbot, "Commission declared the result")
    assert declared.startswith("\u201cSunday, a day after the commission declared the result\u201d")
    assert "anchor: Thousands of protesters clashed with police" in declared and "1 day" in declared
    assert "2024-06-08" in declared
    blocked = _chain_of(window, qtbot, "Protesters blocked the roads")
    assert blocked.startswith("\u201c24 hours of the opening\u201d") and "within 24 hours after" in blocked
    assert blocked.endswith("2024-06-03 .. 2024-06-04")  # the period, not the length
    cut = _chain_of(window, qtbot, "Internet access was cut")
    assert cut.startswith("\u201cthe eve of the summit\u201d") and "2024-06-02" in cut


def test_long_provenance_is_never_clipped(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.gui.sample import build_sample_project

    window.resize(1600, 1000)
    window.session.replace_project(build_sample_project())
    chain = _chain_of(window, qtbot, "These advances followed gains")
    assert chain.endswith("2020-03-07")
    for label in (window.inspector.chain, window.inspector.sources):
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()))
        # every wrapped line is given room: the label is as tall as its text needs at its width
        assert label.height() >= label.heightForWidth(label.width()) > 0


def test_an_event_dated_without_article_text_says_where_its_date_came_from(window: MainWindow, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.exchange.csv_table import read_csv

    table = tmp_path / "events.csv"
    table.write_text("title,date\nTreaty signed,2019-07-04\nTalks planned,\n", encoding="utf-8")
    window.session.replace_project(read_csv(table))
    assert _chain_of(window, qtbot, "Treaty signed") == \
        "Dated 2019-07-04 where it came from; no article text explains it."
    assert _chain_of(window, qtbot, "Talks planned").startswith("No date")


def test_typing_a_period_as_a_date_sets_both_ends_and_undo_restores(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    project = Project("range")
    add_documents(project, [Document("", "t", "The plant was closed on March 3.", published=datetime(1999, 3, 20),
                                     published_source=PublicationSource.GIVEN)])
    window.session.replace_project(project)
    _chain_of(window, qtbot, "Plant was closed")
    (event,) = project.events.values()
    date = window.inspector.date
    date.clear()
    qtbot.keyClicks(date, "from March 3 to March 9")
    assert "1999-03-03 \u2026 1999-03-09" in window.inspector.preview.text()
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert event.interval is not None and (event.interval.start, event.interval.end) == \
        (datetime(1999, 3, 3), datetime(1999, 3, 10))
    assert event.value == "1999-03-03/1999-03-09"
    # the value shown reads back as the same period
    assert date.text() == "1999-03-03/1999-03-09"
    window.canvas.setFocus()
    window.actions_by_name["undo"].trigger()
    restored = project.events[event.id]
    assert restored.value == "1999-03-03" and restored.interval is not None
    assert restored.interval.end == datetime(1999, 3, 4)
