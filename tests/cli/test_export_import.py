"""Headless project work: extract -o .tlproj, import into it, export it; errors in one line."""
from __future__ import annotations

import csv
import json
import os
import socket
from pathlib import Path

import pytest
from store.samples import assert_same_project, full_project

from timeline_app.cli import main
from timeline_app.store import load_project, save_project
from timeline_app.store.lock import lock_path

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "idlib-ceasefire.txt"
ARTICLE = "Damascus, 14 March 2020. Turkish and Russian patrols began on Sunday along the M4 highway.\n"


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err, err
    return err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    if SAMPLE.is_file():
        return SAMPLE
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_writes_a_project_then_import_and_export(tmp_path: Path, article: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "idlib.tlproj"
    assert main(["extract", str(article), "--published", "2020-03-12", "-o", str(project)]) == 0
    first = load_project(project).project
    assert first.documents and first.events and first.mentions
    assert next(iter(first.documents.values())).text, "the project keeps the full text"

    extra = tmp_path / "patrols.txt"
    extra.write_text(ARTICLE, encoding="utf-8")
    assert main(["import", str(project), str(extra)]) == 0
    second = load_project(project).project
    assert len(second.documents) == len(first.documents) + 1
    assert not lock_path(project).exists(), "import releases its lock"

    out = tmp_path / "events.csv"
    assert main(["export", str(project), "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text("utf-8").splitlines()))
    assert len(rows) == len(second.events)


def test_extract_project_matches_the_extract_json(tmp_path: Path, article: Path) -> None:
    from timeline_app.pipeline import timeline_to_dict

    assert main(["extract", str(article), "--published", "2020-03-12", "-o", str(tmp_path / "p.tlproj")]) == 0
    assert main(["extract", str(article), "--published", "2020-03-12", "-o", str(tmp_path / "p.json")]) == 0
    expected = json.loads((tmp_path / "p.json").read_text("utf-8"))
    assert timeline_to_dict(load_project(tmp_path / "p.tlproj").project) == expected


def test_import_json_dump_into_a_new_project_with_create(tmp_path: Path) -> None:
    dump = tmp_path / "dump.json"
    source = tmp_path / "source.tlproj"
    save_project(full_project(), source)
    assert main(["export", str(source), "--format", "json", "-o", str(dump)]) == 0
    target = tmp_path / "copy.tlproj"
    assert main(["import", "--create", str(target), str(dump)]) == 0
    restored = load_project(target).project
    restored.name = full_project().name
    assert_same_project(full_project(), restored)


def test_export_of_a_corrupt_project_fails_in_one_line_with_no_output(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tlproj"
    bad.write_bytes(b"\x00not a project" * 100)
    out = tmp_path / "bad.csv"
    assert main(["export", str(bad), "--format", "csv", "-o", str(out)]) == 2
    assert "not a timeline project" in _one_line_error(capsys)
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["bad.tlproj"]


def test_import_of_a_bad_file_leaves_the_project_file_as_it_was(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.tlproj"
    save_project(full_project(), project)
    before = project.read_bytes()
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"\xff\xfe\x00\x00garbage")
    assert main(["import", str(project), str(bad)]) == 2
    assert "bad.ics" in _one_line_error(capsys)
    assert project.read_bytes() == before


def test_import_refuses_a_project_open_in_another_instance(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.tlproj"
    save_project(full_project(), project)
    lock_path(project).write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname()}))
    dump = tmp_path / "d.json"
    dump.write_text(json.dumps({"format": "timeline-project", "version": 1}), encoding="utf-8")
    assert main(["import", str(project), str(dump)]) == 2
    assert "already open" in _one_line_error(capsys)


def test_import_into_a_missing_project_without_create(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "d.json"
    dump.write_text(json.dumps({"format": "timeline-project", "version": 1}), encoding="utf-8")
    assert main(["import", str(tmp_path / "missing.tlproj"), str(dump)]) == 2
    assert "no such file" in _one_line_error(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json"]


def test_export_of_a_newer_project_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    project = tmp_path / "p.tlproj"
    save_project(full_project(), project)
    db = sqlite3.connect(project)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    assert main(["export", str(project), "--format", "json", "-o", str(tmp_path / "o.json")]) == 2
    assert "newer version" in _one_line_error(capsys)
    assert not (tmp_path / "o.json").exists()
