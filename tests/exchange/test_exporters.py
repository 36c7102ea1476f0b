"""Every data export, on a project with every kind of object; failures leave nothing."""
from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import icalendar
import pytest
from store.samples import assert_same_project, full_project

from timeline_app.core import Project
from timeline_app.exchange import EXPORTERS, ExchangeError, export_project, read_file
from timeline_app.exchange.timeml import parse_timeml


def test_csv_has_one_row_per_event_in_timeline_order(tmp_path: Path) -> None:
    out = export_project(full_project(), "csv", tmp_path / "events.csv")
    rows = list(csv.DictReader(out.read_text("utf-8").splitlines()))
    project = full_project()
    assert [r["id"] for r in rows] == [e.id for e in project.ordered_events()]
    talks = next(r for r in rows if r["id"] == "e1")
    assert talks["earliest"] == talks["latest"] == "2020-03-12"
    assert talks["start"] == "2020-03-12T00:00:00" and talks["end"] == "2020-03-13T00:00:00"
    assert talks["grain"] == "day" and talks["tags"] == "talks; turkey" and talks["category"] == "Diplomacy"
    assert talks["sources"] == "Talks end: Thursday" and talks["notes"] == "Check the Russian readout."
    assert "AFP is primary" in next(r for r in rows if r["id"] == "e2")["conflict"]
    assert next(r for r in rows if r["id"] == "e3")["depends_on"] == "P2D after e2"


def test_timelinejs_has_dates_to_the_grain_text_groups_and_eras(tmp_path: Path) -> None:
    data = json.loads(export_project(full_project(), "timelinejs", tmp_path / "tl.json").read_text("utf-8"))
    slides = {s["unique_id"]: s for s in data["events"]}
    assert "e5" not in slides, "undated events cannot be placed on a TimelineJS timeline"
    assert slides["e1"]["start_date"] == {"year": 2020, "month": 3, "day": 12}
    assert slides["e1"]["text"]["headline"] == "Talks on Idlib ended" and slides["e1"]["group"] == "Diplomacy"
    assert "&lt;" not in slides["e1"]["text"]["headline"] and "Talks end" in slides["e1"]["text"]["text"]
    assert slides["e4"]["start_date"] == {"year": 2020, "month": 3}
    assert slides["e4"]["end_date"] == {"year": 2020, "month": 3}
    assert data["eras"][0]["text"]["headline"] == "Ceasefire"
    assert data["eras"][0]["end_date"] == {"year": 2020, "month": 3, "day": 31}


def test_ics_is_valid_icalendar_with_all_day_events(tmp_path: Path) -> None:
    out = export_project(full_project(), "ics", tmp_path / "t.ics")
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Talks on Idlib ended", "Ceasefire began", "Patrols started", "Fighting in March"}
    talks = events["Talks on Idlib ended"]
    assert str(talks.decoded("dtstart")) == "2020-03-12" and str(talks.decoded("dtend")) == "2020-03-13"
    assert "Check the Russian readout." in str(talks["description"])
    assert len({str(e["uid"]) for e in events.values()}) == 4


def test_timesketch_csv_and_jsonl_carry_the_required_fields(tmp_path: Path) -> None:
    rows = list(csv.DictReader(export_project(full_project(), "timesketch", tmp_path / "ts.csv")
                               .read_text("utf-8").splitlines()))
    lines = [json.loads(x) for x in export_project(full_project(), "timesketch", tmp_path / "ts.jsonl")
             .read_text("utf-8").splitlines()]
    assert len(rows) == len(lines) == 4
    for row in [*rows, *lines]:
        assert row["message"] and row["timestamp_desc"].startswith("Event time")
    talks = next(r for r in lines if r["event_id"] == "e1")
    assert talks["datetime"] == "2020-03-12T00:00:00+03:00" and talks["timezone_assumed"] is False
    patrols = next(r for r in lines if r["event_id"] == "e4")
    assert patrols["datetime"].endswith("+00:00") and patrols["timezone_assumed"] is True


def test_timeml_folder_has_one_file_per_document_with_our_values(tmp_path: Path) -> None:
    out = export_project(full_project(), "timeml", tmp_path / "tml")
    files = sorted(p.name for p in out.iterdir())
    assert files == ["d1-Talks-end.tml", "d2-Patrols.tml"]
    document = parse_timeml((out / files[0]).read_text("utf-8"), files[0])
    project = full_project()
    assert document.text == project.documents["d1"].text and document.dct == "2020-03-12"
    assert [(t.start, t.end, t.value) for t in document.timexes] == \
        [(m.start, m.end, m.value) for m in project.mentions_of("d1")]


def test_timeml_zip(tmp_path: Path) -> None:
    out = export_project(full_project(), "timeml", tmp_path / "tml.zip")
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["d1-Talks-end.tml", "d2-Patrols.tml"]


def test_timeml_export_replaces_an_old_folder(tmp_path: Path) -> None:
    out = tmp_path / "tml"
    out.mkdir()
    (out / "stale.tml").write_text("old")
    export_project(full_project(), "timeml", out)
    assert sorted(p.name for p in out.iterdir()) == ["d1-Talks-end.tml", "d2-Patrols.tml"]


def test_json_dump_imports_back_losslessly(tmp_path: Path) -> None:
    out = export_project(full_project(), "json", tmp_path / "dump.json")
    assert_same_project(full_project(), read_file(out))


@pytest.mark.parametrize("fmt", [f for f in EXPORTERS if f not in ("png", "svg", "pdf")])
def test_every_data_export_handles_an_empty_project(tmp_path: Path, fmt: str) -> None:
    assert export_project(Project(), fmt, tmp_path / f"empty.{fmt}").exists()


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")])
def test_image_formats_go_through_the_registry_to_the_qt_renderer(tmp_path: Path, fmt: str, magic: bytes) -> None:
    out = export_project(full_project(), fmt, tmp_path / f"t.{fmt}")
    assert out.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [f"t.{fmt}"]


def test_failed_export_leaves_nothing_and_keeps_an_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline_app.exchange.csv_table as csv_table

    out = tmp_path / "events.csv"
    out.write_text("old export")

    def broken(project: Project, event: object) -> dict[str, str]:
        raise ValueError("boom")

    monkeypatch.setattr(csv_table, "event_row", broken)
    with pytest.raises(ExchangeError, match="boom"):
        export_project(full_project(), "csv", out)
    assert out.read_text() == "old export"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]
    out.unlink()
    with pytest.raises(ExchangeError):
        export_project(full_project(), "csv", out)
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="unknown export format"):
        export_project(Project(), "docx", tmp_path / "x.docx")
    with pytest.raises(ExchangeError, match="no such folder"):
        export_project(Project(), "csv", tmp_path / "missing" / "x.csv")
