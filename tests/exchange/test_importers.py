"""Importers: what each format brings in, merging, undo, and malformed input refused cleanly."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from store.samples import assert_same_project, full_project

from timeline_app.core import Project
from timeline_app.exchange import ExchangeError, export_project, import_files, prepare_import, read_file
from timeline_app.store import save_project
from timeline_app.temporal.model import Grain

ARTICLE = "Damascus, 12 March 2020. The talks ended on Thursday. The ceasefire began on 5 March.\n"


def test_csv_round_trip_keeps_titles_dates_tags_and_categories(tmp_path: Path) -> None:
    fragment = read_file(export_project(full_project(), "csv", tmp_path / "e.csv"))
    by_title = {e.title: e for e in fragment.events.values()}
    original = full_project().events
    for event in original.values():
        got = by_title[event.title]
        assert (got.interval, got.value, got.grain, got.tags) == (event.interval, event.value, event.grain, event.tags)
    assert fragment.categories[by_title["Talks on Idlib ended"].category_id or ""].name == "Diplomacy"
    assert "Anchored: P2D after e2" in by_title["Patrols started"].notes


def test_generic_csv_with_semicolons_and_partial_dates(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("Title;Date;End;Tags\nWar began;1939;;ww2\nInvasion;1939-09-01;1939-10-06;\"ww2; poland\"\n",
                    encoding="utf-8")
    events = list(read_file(path).events.values())
    assert [(e.title, e.value, e.grain) for e in events] == [("War began", "1939", Grain.YEAR),
                                                            ("Invasion", "1939-09-01", Grain.DAY)]
    assert events[1].interval is not None and events[1].interval.end.isoformat() == "1939-10-07T00:00:00"


def test_timelinejs_round_trip(tmp_path: Path) -> None:
    fragment = read_file(export_project(full_project(), "timelinejs", tmp_path / "t.json"))
    by_title = {e.title: e for e in fragment.events.values()}
    assert by_title["Fighting in March"].grain is Grain.MONTH
    assert by_title["Fighting in March"].interval == full_project().events["e4"].interval
    assert "Check the Russian readout." in by_title["Talks on Idlib ended"].notes
    assert [e.name for e in fragment.eras.values()] == ["Ceasefire"]
    assert list(fragment.eras.values())[0].end == full_project().eras["r1"].end


def test_ics_round_trip(tmp_path: Path) -> None:
    fragment = read_file(export_project(full_project(), "ics", tmp_path / "t.ics"))
    by_title = {e.title: e for e in fragment.events.values()}
    for event in full_project().events.values():
        if event.interval is not None:
            got = by_title[event.title]
            assert (got.interval, got.value, got.grain) == (event.interval, event.value, event.grain)
    assert by_title["Talks on Idlib ended"].tags == ["talks", "turkey"]


def test_html_article_drops_scripts_and_reads_the_metadata_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2020-03-12T09:00:00+03:00">'
        '<script src="https://tracker.example/t.js"></script>'
        "<script>document.write('On 1 January 1999 the war ended.')</script><style>p{}</style></head>"
        '<body><nav>Home</nav><article><h1>Talks end</h1><img src="https://cdn.example/p.jpg">'
        "<p>The talks ended on Thursday.</p></article></body></html>", encoding="utf-8")
    project = Project()
    import_files(project, [page])
    document = next(iter(project.documents.values()))
    assert "1999" not in document.text and "document.write" not in document.text
    assert document.published is not None and document.published.date().isoformat() == "2020-03-12"
    assert str(document.published_source) == "metadata"
    assert any(e.value == "2020-03-12" for e in project.events.values())


def test_articles_are_merged_with_the_open_project_and_undone_as_one(tmp_path: Path) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    project = full_project()
    command = import_files(project, [article])
    assert len(project.documents) == 3 and command.added_events
    command.undo()
    assert_same_project(full_project(), project, counters=False)
    command.do()
    assert len(project.documents) == 3


def test_another_project_is_merged_with_fresh_ids_and_shared_categories(tmp_path: Path) -> None:
    other = tmp_path / "other.tlproj"
    save_project(full_project(), other)
    project = full_project()
    import_files(project, [other])
    assert len(project.events) == 10 and len(project.documents) == 4 and len(project.categories) == 2
    copy = next(e for e in list(project.events.values())[5:] if e.title == "Patrols started")
    assert copy.depends_on is not None and copy.depends_on.anchor_id != "e2"
    anchor = project.events[copy.depends_on.anchor_id]
    assert anchor.title == "Ceasefire began" and anchor.id not in full_project().events
    assert copy.sources[0].document_id not in full_project().documents
    assert project.mentions[copy.sources[0].mention_id or ""].document_id == copy.sources[0].document_id
    statement = list(project.statements.values())[2]
    assert statement.placed_event_id in project.events and statement.placed_event_id != "e5"


def test_dump_into_an_empty_project_is_exact(tmp_path: Path) -> None:
    dump = export_project(full_project(), "json", tmp_path / "d.json")
    project = Project()
    import_files(project, [dump])
    assert_same_project(full_project(), project)


# --- malformed input --------------------------------------------------------------------

def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files: dict[str, bytes] = {
        "binary.txt": bytes(range(256)) * 20,
        "binary.csv": b"\x00\x01\x02title,date\x00" * 100,
        "wrong-encoding.html": "<p>caf\u00e9</p>".encode("utf-16-le"),
        "broken-bom.md": b"\xef\xbb\xbf\xff\xfe# title",
        "truncated.json": json.dumps({"format": "timeline-project", "version": 1, "events": []}).encode()[:30],
        "truncated.ics": b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:2020",
        "newer.json": json.dumps({"format": "timeline-project", "version": 999}).encode(),
        "no-events.json": json.dumps({"title": {}}).encode(),
        "bad-date.json": json.dumps({"events": [{"start_date": {"month": 3}}]}).encode(),
        "no-title.csv": b"date,what\n2020-01-01,x\n",
        "bad-date.csv": b"title,date\nWar,not a date\n",
        "not-a-calendar.ics": b"hello",
        "renamed.tlproj": b"just some text, not a database" * 10,
        "empty.txt": b"",
    }
    out = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        out[name] = tmp_path / name
    return out


def test_every_malformed_file_is_refused_in_one_line_without_changing_the_project(tmp_path: Path) -> None:
    for name, path in _bad_files(tmp_path).items():
        project = full_project()
        with pytest.raises(ExchangeError) as info:
            prepare_import(project, [path], published=None).do()
        message = str(info.value)
        assert "\n" not in message and path.name in message, f"{name}: {message!r}"
        assert_same_project(full_project(), project)


def test_one_bad_file_among_good_ones_changes_nothing(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x00")
    project = full_project()
    with pytest.raises(ExchangeError, match="bad.csv"):
        import_files(project, [good, bad])
    assert_same_project(full_project(), project)


def test_fifty_megabyte_text_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    project = full_project()
    with pytest.raises(ExchangeError, match="too large"):
        import_files(project, [huge])
    assert_same_project(full_project(), project)


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK")
    with pytest.raises(ExchangeError, match="cannot tell the format"):
        import_files(Project(), [odd])
    with pytest.raises(ExchangeError, match="no such file"):
        import_files(Project(), [tmp_path / "missing.csv"])
