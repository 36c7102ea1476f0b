"""Parallel and distributed extraction give the single-process timeline, byte for byte."""
from __future__ import annotations

import importlib.util
import json
import threading
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.pipeline import build_timeline, parse_published, timeline_to_dict
from timeline_app.pipeline.parallel import WorkItem, extract_all, work_items
from tests.conftest import SAMPLE_ARTICLE

#: Articles that anchor to each other and report the same events, so that cross-document
#: anchoring and merging (the order-dependent steps) are exercised.
ARTICLES = {
    "a-talks.txt": "Talks open in Geneva\nMarch 12, 2020\nThe talks opened in Geneva on March 5. Fighting resumed "
                   "two days after the talks opened. The ministry said on Thursday that talks would continue "
                   "tomorrow. Nobody commented.\n",
    "b-envoy.md": "---\ntitle: Envoy leaves\ndate: 2020-03-14\n---\nThe envoy left Geneva on Friday. "
                  "The talks in Geneva opened on March 5, officials said. The next day, the envoy flew home.\n",
    "c-army.html": "<html><head><title>Army replies</title><meta property=\"article:published_time\" "
                   "content=\"2020-03-16T09:00:00+03:00\"></head><body><p>Rebels attacked the town on Monday. "
                   "The army replied two days after the rebels attacked. Fighting resumed in Geneva's suburbs "
                   "on March 7.</p></body></html>",
    "d-undated.txt": "Nothing here has a date at all.\n",
    "e-later.txt": "Ceasefire holds\nApril 2, 2020\nThe ceasefire agreed last week held on Tuesday. "
                   "Talks opened in Geneva on March 5 and fighting resumed on March 7.\n",
}


def write_articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    if SAMPLE_ARTICLE.is_file():
        sample = folder / "f-sample.txt"
        sample.write_text(SAMPLE_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(sample)
    return paths


def as_json(result: object) -> str:
    return json.dumps(timeline_to_dict(result.project), ensure_ascii=False, indent=2)  # type: ignore[attr-defined]


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    return write_articles(tmp_path / "articles")


def test_one_job_in_process_equals_build_timeline(articles: list[Path]) -> None:
    items, errors = work_items(articles)
    assert not errors
    result = extract_all(items, jobs=1)
    reference = build_timeline(articles)
    assert as_json(result) == as_json(reference)
    assert result.errors == reference.errors and len(result.errors) == 1  # the undated article
    assert not result.cancelled and result.done == len(items)


def test_two_worker_processes_give_the_same_timeline(articles: list[Path]) -> None:
    items, _ = work_items(articles)
    seen: list[tuple[int, int, str]] = []
    pooled = extract_all(items, jobs=2, progress=lambda done, total, name: seen.append((done, total, name)))
    assert as_json(pooled) == as_json(extract_all(work_items(articles)[0], jobs=1))
    assert [done for done, _, _ in seen] == list(range(1, len(items) + 1))
    assert [name for _, _, name in seen] == [item.name for item in items]


def test_cli_jobs_2_output_is_byte_identical_to_jobs_1(articles: list[Path], tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.json"
        assert main(["extract", str(articles[0].parent), "--jobs", jobs, "-o", str(out)]) == 1  # one undated
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_folder_gives_its_article_files_sorted_and_recursively(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for name in ("b.txt", "a.md", "sub/c.html", "notes.pdf", "z.json"):
        (folder / name).write_text("x", encoding="utf-8")
    items, errors = work_items([folder])
    assert [Path(i.name).relative_to(folder).as_posix() for i in items] == ["a.md", "b.txt", "sub/c.html"]
    assert not errors
    empty = tmp_path / "empty"
    empty.mkdir()
    assert work_items([empty]) == ([], [f"{empty}: no .txt, .md or .html files in this folder"])


def test_jsonl_bad_lines_are_reported_by_number_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "The talks opened in Geneva on March 5.", "title": "Talks", "published": "2020-03-12",
                    "source": "Wire", "url": "https://example.org/talks"}),
        "{not json",
        "",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "The army replied on Monday.", "published": "someday"}),
        json.dumps({"text": "Fighting resumed two days after the talks opened.", "published": "2020-03-13"}),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", str(feed), "--jobs", "1"]) == 1
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert [line.split(": ")[2].rsplit(":", 1)[-1] for line in errors] == ["2", "4", "5"]
    assert "not JSON" in errors[0] and "line skipped" in errors[0]
    assert '"published" is not a date' in errors[2]
    data = json.loads(captured.out)
    assert [(d["title"], d["source_name"], d["url"], d["published_source"]) for d in data["documents"]] == [
        ("Talks", "Wire", "https://example.org/talks", "metadata"),
        ("Fighting resumed two days after the talks opened.", "", None, "metadata")]
    assert [e["value"] for e in data["events"]] == ["2020-03-05", "2020-03-07"]
    assert data["events"][1]["depends_on"]["event"] == data["events"][0]["id"]


def test_published_option_for_a_jsonl_file_wins_over_its_records(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "They met on Monday.", "published": "2020-03-12"}) + "\n", encoding="utf-8")
    items, _ = work_items([feed], published_by_file={str(feed): parse_published("2020-03-19")})
    result = extract_all(items, jobs=1)
    assert [e.value for e in result.project.ordered_events()] == ["2020-03-16"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_stops_after_the_current_article_and_keeps_what_was_merged(articles: list[Path], jobs: int) -> None:
    items, _ = work_items(articles)
    cancel = threading.Event()
    result = extract_all(items, jobs=jobs, cancel=cancel, progress=lambda done, total, name: cancel.set())
    assert result.cancelled and result.done == 1 and result.total == len(items)
    assert [d.path for d in result.project.documents.values()] == [str(articles[0])]


def test_scheduler_without_dask_is_one_clear_line(articles: list[Path], capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a))
    assert main(["extract", str(articles[0]), "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs dask.distributed" in err and "timeline-app[cluster]" in err


# distributed's LocalCluster may warn about its own start-up (e.g. an unavailable
# dashboard or slow loop shutdown); those are Dask's, not ours, so only they are let through.
@pytest.mark.filterwarnings("ignore::DeprecationWarning:distributed")
@pytest.mark.filterwarnings("ignore::UserWarning:distributed")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_dask_local_cluster_gives_the_same_timeline_as_one_process(articles: list[Path], tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    items, _ = work_items(articles)
    single = as_json(extract_all(items, jobs=1))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        clustered = extract_all(work_items(articles)[0], scheduler=cluster.scheduler_address)
        assert as_json(clustered) == single
        out = tmp_path / "cluster.json"
        assert main(["extract", *map(str, articles), "--scheduler", cluster.scheduler_address, "-o", str(out)]) == 1
    reference = tmp_path / "single.json"
    assert main(["extract", *map(str, articles), "--jobs", "1", "-o", str(reference)]) == 1
    assert out.read_bytes() == reference.read_bytes()


def test_work_item_from_a_record_keeps_its_path() -> None:
    item = WorkItem("feed.jsonl:1", record={"text": "They met on Monday.", "published": "2020-03-12",
                                            "path": "archive/a.txt"})
    result = extract_all([item], jobs=1)
    assert [d.path for d in result.project.documents.values()] == ["archive/a.txt"]
