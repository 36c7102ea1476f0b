"""``timeline-app extract``: JSON out, per-file dates, one-line errors, bad files skipped."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.cli import main
from tests.conftest import SAMPLE_ARTICLE


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_on_stdout_with_documents_and_ordered_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = write(tmp_path, "a.txt", "Talks\nThe talks opened on March 5. They will resume tomorrow.\n")
    assert main(["extract", str(article), "--published", "2020-03-12"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["published_source"] == "given"
    assert [e["value"] for e in data["events"]] == ["2020-03-05", "2020-03-13"]
    source = data["events"][0]["sources"][0]
    assert article.read_text(encoding="utf-8")[source["start"]:source["end"]] == source["sentence"]


def test_per_file_dates_and_output_file(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "A\nThey met on Monday.\n")
    b = write(tmp_path, "b.txt", "B\nThey met on Monday.\n")
    out = tmp_path / "t.json"
    assert main(["extract", str(a), str(b), "--published", f"{a}=2020-03-12", "--published", f"{b}=2020-03-19",
                 "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["published"] for d in data["documents"]] == ["2020-03-12", "2020-03-19"]


def test_a_bare_file_name_dates_the_files_of_that_name_in_a_folder(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "a.txt", "A\nThey met on Monday.\n")
    write(folder, "b.txt", "B\nThey met on Monday.\n")
    assert main(["extract", str(folder), "--published", "2020-03-12", "--published", "b.txt=2020-03-19"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["published"] for d in data["documents"]] == ["2020-03-12", "2020-03-19"]
    assert main(["extract", str(folder), "--published", "c.txt=2020-03-19"]) == 2
    assert "names a file not being extracted: c.txt" in capsys.readouterr().err


def test_one_bad_file_does_not_stop_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "good.txt", "G\nMarch 12, 2020\nThey met on Monday.\n")
    undated = write(tmp_path, "undated.txt", "Nothing dated.\n")
    assert main(["extract", str(tmp_path / "missing.txt"), str(undated), str(good)]) == 1
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert any("missing.txt: no such file" in line for line in errors)
    assert any("undated.txt: no publication date" in line for line in errors)
    assert "Traceback" not in captured.err
    assert len(json.loads(captured.out)["documents"]) == 1


def test_nothing_usable_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("args, message", [
    (["--published", "12/03/2020"], "not an ISO date"),
    (["--published", "2020-13-45"], "not an ISO date"),
])
def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    article = write(tmp_path, "a.txt", "A\nThey met on Monday.\n")
    assert main(["extract", str(article), *args]) == 2
    assert message in capsys.readouterr().err


def test_sample_without_date_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    if not SAMPLE_ARTICLE.exists():
        pytest.skip(f"{SAMPLE_ARTICLE} is not here (shared samples are only on dev machines and CI)")
    assert main(["extract", str(SAMPLE_ARTICLE)]) == 0
    captured = capsys.readouterr()
    assert "estimated as 2020-03-12" in captured.err and "Thursday" in captured.err
    assert json.loads(captured.out)["documents"][0]["published_source"] == "estimated"
