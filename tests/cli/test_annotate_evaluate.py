"""The annotate and evaluate subcommands, run through the real argument parser.

Most tests pass ``tag=`` a small rule-based tagger (ISO dates and "today") so that the
numbers checked here depend on the CLI and the scorer, not on the engine's accuracy;
the end-to-end tests at the bottom use the engine itself when it is installed.
"""
from __future__ import annotations

import importlib.util
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest

from timeline_app.cli import build_parser, main
from timeline_app.cli import annotate, evaluate
from timeline_app.exchange.timeml import read_timeml
from timeline_app.temporal import Interval, Reference, Timex, TimexType

HAS_ENGINE = importlib.util.find_spec("timeline_app.temporal.tagger") is not None
needs_engine = pytest.mark.skipif(
    not HAS_ENGINE, reason="timeline_app.temporal.tagger (the temporal engine) is not in the tree yet"
)


def iso_dates_and_today(text: str, reference: Reference) -> list[Timex]:
    """A tiny tagger: ISO dates as written, and "today" resolved to the reference day."""
    found = [
        Timex(m.start(), m.end(), m.group(), TimexType.DATE, m.group(), rule="iso")
        for m in re.finditer(r"\b\d{4}-\d{2}-\d{2}\b", text)
    ]
    day = reference.day
    found += [
        Timex(
            m.start(), m.end(), m.group(), TimexType.DATE, day.isoformat(), anchor="DCT",
            interval=Interval(reference.moment.replace(hour=0, minute=0), reference.moment.replace(hour=0, minute=0)
                              + timedelta(days=1)),
            rule="today", explanation="today = the reference day",
        )
        for m in re.finditer(r"\btoday\b", text, re.IGNORECASE)
    ]
    return sorted(found, key=lambda t: t.start)


def tml(docid: str, dct: str, body: str) -> str:
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{docid}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>\n{body}\n</TEXT>\n</TimeML>\n"
    )


GOLD_A = tml(
    "A", "2020-03-12",
    'Prices <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020-03-12">today</TIMEX3> '
    'and on <TIMEX3 tid="t2" type="DATE" value="2020-03-10">2020-03-10</TIMEX3>, '
    '<TIMEX3 tid="t3" type="DATE" value="2020-03-05">a week ago</TIMEX3>.',
)
GOLD_B = tml("B", "2019-01-01", 'Nothing <EVENT eid="e1">happened</EVENT> on 2019-12-25.')


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    (folder / "part").mkdir(parents=True)
    (folder / "a.tml").write_text(GOLD_A, encoding="utf-8")
    (folder / "part" / "b.tml").write_text(GOLD_B, encoding="utf-8")
    return folder


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    module = annotate if args.command == "annotate" else evaluate
    return module.run(args, tag=iso_dates_and_today)


def test_annotate_folder_writes_same_names_and_reports_a_bad_file(
    gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (gold / "broken.tml").write_text(GOLD_B[:80], encoding="utf-8")
    out = tmp_path / "out" / "new"
    assert run(["annotate", str(gold), str(out), "--format", "timeml"]) == 1
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.tml")) == ["a.tml", "part/b.tml"]
    err = capsys.readouterr().err
    assert "broken.tml: not well-formed XML" in err and "1 of 3 files failed" in err
    written = (out / "a.tml").read_text(encoding="utf-8")
    ET.fromstring(written.encode())
    assert '<EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020-03-12" anchorTimeID="t0">today</TIMEX3>' in written
    assert [(t.text, t.value) for t in read_timeml(out / "a.tml").timexes] == [("today", "2020-03-12"), ("2020-03-10", "2020-03-10")]
    assert [(t.text, t.value) for t in read_timeml(out / "part" / "b.tml").timexes] == [("2019-12-25", "2019-12-25")]


def test_annotate_single_file_to_stdout_and_bad_single_file_is_a_cli_error(
    gold: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["annotate", str(gold / "a.tml")]) == 0
    assert "</TIMEX3>" in capsys.readouterr().out
    (gold / "nodct.tml").write_text(GOLD_B.split("<DCT>")[0] + GOLD_B.split("</DCT>")[1], encoding="utf-8")
    # No DCT: the text is dated as well as it can be, and a note says how.
    assert run(["annotate", str(gold / "nodct.tml")]) == 0
    assert "nodct.tml: no document creation time" in capsys.readouterr().err
    # --reference stands in for the missing DCT, silently.
    assert run(["annotate", str(gold / "nodct.tml"), "--reference", "2019-01-01"]) == 0
    assert "no document creation time" not in capsys.readouterr().err
    (gold / "broken.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(annotate.CliError, match="broken.tml"):
        run(["annotate", str(gold / "broken.tml")])


def test_evaluate_gold_against_system_folder(gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    system = tmp_path / "system"
    assert run(["annotate", str(gold), str(system)]) == 0
    assert run(["evaluate", str(gold), str(system), "--errors"]) == 0
    out = capsys.readouterr().out
    # Gold: today, 2020-03-10, a week ago (A) + none (B). System: today, 2020-03-10 (A) + 2019-12-25 (B).
    assert "strict    66.7   66.7   66.7" in out
    assert "relaxed   66.7   66.7   66.7" in out
    assert "value accuracy  100.0" in out
    assert "value F1         66.7" in out
    assert "documents 2, gold 3, system 3, strict 2, relaxed 2" in out
    assert "missed       a.tml:" in out and "'a week ago'  gold=DATE 2020-03-05" in out
    assert "spurious     part/b.tml:" in out and "'2019-12-25'" in out


def test_evaluate_run_scores_in_memory_and_json_lists_errors(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["evaluate", str(gold), "--run", "--json", "--errors"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["score"]["gold"] == 3 and payload["score"]["relaxed"] == 2
    assert payload["score"]["value_f1"] == pytest.approx(2 / 3)
    assert sorted((e["kind"], e["text"]) for e in payload["errors"]) == [
        ("missed", "a week ago"), ("spurious", "2019-12-25"),
    ]


def test_missing_system_file_counts_its_gold_as_missed(gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    system = tmp_path / "system"
    system.mkdir()
    shutil.copy(gold / "part" / "b.tml", system / "b.tml")  # flattened: found by file name
    assert run(["evaluate", str(gold), str(system)]) == 0
    captured = capsys.readouterr()
    assert "a.tml: no system file; its 3 gold expressions count as missed" in captured.err
    assert "documents 2, gold 3, system 0" in captured.out


def test_evaluate_needs_system_or_run(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(gold)]) == 2
    assert "or --run" in capsys.readouterr().err
    assert main(["evaluate", str(gold / "missing")]) == 2


def test_annotate_text_prints_a_table_and_json_with_the_reference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("\ufeffThe talks resumed today after 2020-03-01.\n", encoding="utf-8")
    assert run(["annotate", str(notes), "--reference", "2020-03-12"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["TEXT", "TYPE", "VALUE", "MOD", "EARLIEST..LATEST", "EXPLANATION"]
    assert table[1].split() == ["today", "DATE", "2020-03-12", "2020-03-12", "today", "=", "the", "reference", "day"]
    assert table[2].split() == ["2020-03-01", "DATE", "2020-03-01"]
    assert run(["annotate", str(notes), "--reference", "2020-03-12", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["text"], i["value"], i["reference"], i["start"]) for i in items] == [
        ("today", "2020-03-12", "2020-03-12", 18), ("2020-03-01", "2020-03-01", "2020-03-12", 30),
    ]


def test_annotate_text_from_stdin_and_cp1252_fallback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("Caf\u00e9 opens today.".encode("cp1252"))))
    assert run(["annotate", "-", "--reference", "2020-03-12", "--json"]) == 0
    captured = capsys.readouterr()
    assert "warning: stdin is not UTF-8; read it as Windows-1252" in captured.err
    assert json.loads(captured.out)[0]["start"] == 11


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["annotate", "{notes}"], "plain text needs --reference"),
        (["annotate", "{notes}", "--reference", "12/03/2020"], "--reference: not an ISO date"),
        (["annotate", "{binary}", "--reference", "2020-03-12"], "binary data, not text"),
        (["annotate", "{missing}", "--reference", "2020-03-12"], "no such file"),
    ],
)
def test_annotate_errors_are_one_line_with_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    paths = {"notes": tmp_path / "notes.txt", "binary": tmp_path / "image.txt", "missing": tmp_path / "none.txt"}
    paths["notes"].write_text("today", encoding="utf-8")
    paths["binary"].write_bytes(b"\x89PNG\x00\x00")
    assert main([a.format(**{k: str(v) for k, v in paths.items()}) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("timeline-app annotate: error: ") and message in err
    assert err.count("\n") == 1


@pytest.mark.corpus
def test_evaluate_run_on_meantime_dates_documents_without_a_usable_dct(
    temporal_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["evaluate", str(temporal_data / "meantime-en"), "--run"]) == 0
    captured = capsys.readouterr()
    # Two airbus articles have no DCT: their datelines date them.
    assert captured.err.count("no document creation time; resolved against") == 2
    assert "78496_Airbus_A380_test_flight_delayed_after_accident.xml: no document creation time; " \
        "resolved against 2007-09-01" in captured.err
    # One gm article's DCT is written "03-02-2009" (its dateline says February 03, 2009).
    assert "120578_Automobile_sales_in_the_United_States_down_sharply.xml: DCT '03-02-2009' could be " \
        "2009-03-02 or 2009-02-03; read as 2009-02-03" in captured.err
    assert "documents 120," in captured.out


@needs_engine
def test_engine_end_to_end_annotate_and_evaluate(
    temporal_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in sorted((temporal_data / "tweets-train").glob("*.tml"))[:20]:
        shutil.copy(path, gold / path.name)
    assert main(["annotate", str(gold), str(tmp_path / "system")]) == 0
    assert main(["evaluate", str(gold), str(tmp_path / "system")]) == 0
    from_files = capsys.readouterr().out
    assert main(["evaluate", str(gold), "--run"]) == 0
    assert capsys.readouterr().out == from_files  # writing TimeML loses nothing the scorer sees
    notes = tmp_path / "notes.txt"
    notes.write_text("The ceasefire began on Thursday.", encoding="utf-8")
    assert main(["annotate", str(notes), "--reference", "2020-03-12", "--json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_an_engine_failure_on_one_document_is_reported_and_the_rest_scored(
    gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def fails_on_nothing(text: str, reference: Reference) -> list[Timex]:
        if "Nothing" in text:
            raise ZeroDivisionError("division by zero")
        return iso_dates_and_today(text, reference)

    args = build_parser().parse_args(["evaluate", str(gold), "--run"])
    assert evaluate.run(args, tag=fails_on_nothing) == 1
    captured = capsys.readouterr()
    assert "part/b.tml: the engine failed (ZeroDivisionError: division by zero)" in captured.err
    assert "documents 2, gold 3, system 2" in captured.out
    args = build_parser().parse_args(["annotate", str(gold), str(tmp_path / "out")])
    assert annotate.run(args, tag=fails_on_nothing) == 1
    assert (tmp_path / "out" / "a.tml").is_file() and not (tmp_path / "out" / "part" / "b.tml").exists()


def test_annotate_never_overwrites_its_input_or_an_existing_text_file(
    gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`annotate a.txt b.txt` (two articles from a glob) must not replace b.txt with a table,
    and IN is never OUT."""
    notes, other = tmp_path / "notes.txt", tmp_path / "other.txt"
    notes.write_text("The talks resumed today.", encoding="utf-8")
    other.write_text("An article the analyst wants to keep.", encoding="utf-8")
    assert main(["annotate", str(notes), str(other), "--reference", "2020-03-12"]) == 2
    err = capsys.readouterr().err
    assert "exists" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert other.read_text(encoding="utf-8") == "An article the analyst wants to keep."
    assert main(["annotate", str(notes), str(notes), "--reference", "2020-03-12", "--force"]) == 2
    assert "is IN itself" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "The talks resumed today."
    assert main(["annotate", str(notes), str(other), "--reference", "2020-03-12", "--force"]) == 0
    assert other.read_text(encoding="utf-8").split()[:2] == ["TEXT", "TYPE"]
    source = gold / "a.tml"
    before = source.read_bytes()
    assert main(["annotate", str(source), str(source)]) == 2
    assert "is IN itself" in capsys.readouterr().err
    assert main(["annotate", str(gold), str(gold)]) == 2
    assert "is IN itself" in capsys.readouterr().err
    assert source.read_bytes() == before
