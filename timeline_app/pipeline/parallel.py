"""Extracting many articles at once: local worker processes or a Dask cluster (no Qt).

The pipeline splits at the document: loading, tagging and per-document extraction
(:func:`~timeline_app.pipeline.timeline.extract_document`) need nothing but the article,
so they run anywhere; anchoring to earlier documents and merging duplicates
(:func:`~timeline_app.pipeline.timeline.integrate`) depend on every document before,
so they run here, in input order. Results arrive in any order and wait until those
before them are merged, so the project is the same, id for id, whatever the number
of workers or where they run.

    >>> items, errors = work_items(["articles/", "feed.jsonl"])  # doctest: +SKIP
    >>> result = extract_all(items, jobs=4, progress=print)  # doctest: +SKIP

A cluster is named by its scheduler address (``tcp://host:8786``); its workers need
this package installed. File contents are read here and sent along, so workers need
not see this machine's files.
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from timeline_app.core.project import Project
from timeline_app.pipeline.dateline import PublicationDate
from timeline_app.pipeline.loading import (SUFFIXES, LoadError, article_from_record, document_from_article,
                                           load_document)
from timeline_app.pipeline.timeline import BuildResult, DocumentExtraction, announce, extract_document, integrate, next_sequence

#: What a folder contributes: these suffixes, in sorted path order (subfolders included).
FOLDER_SUFFIXES = (".txt", ".md", ".html")
JSONL_SUFFIXES = (".jsonl",)
#: With no ``jobs`` given, fewer articles than this are extracted in this process:
#: starting a worker (imports, compiling the rules) costs more than a few articles.
MIN_ITEMS_FOR_WORKERS = 8
#: Results allowed in flight per worker: enough to keep workers busy while one slow
#: document holds up the in-order merge, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 4

Progress = Callable[[int, int, str], None]


class ClusterUnavailable(RuntimeError):
    """``--scheduler`` was asked for but dask.distributed is not installed or not reachable."""


@dataclass(slots=True)
class WorkItem:
    """One article to extract: a file (``path``) or a JSON Lines record (``record``).

    ``name`` is how messages refer to it ("a.txt", "feed.jsonl:12"); ``published`` the
    date the user gave for it, if any; ``raw`` the file's bytes once read for shipping.
    """

    name: str
    path: str | None = None
    record: dict[str, Any] | None = None
    published: PublicationDate | None = None
    raw: bytes | None = None


@dataclass(slots=True)
class ExtractResult(BuildResult):
    """A :class:`BuildResult` that also says whether the run was cancelled part way."""

    cancelled: bool = False
    total: int = 0
    done: int = 0


def _jsonl_items(path: Path, published: PublicationDate | None) -> tuple[list[WorkItem], list[str]]:
    items: list[WorkItem] = []
    errors: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})"]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        name = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}: not JSON ({exc.msg}); line skipped")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            errors.append(f"{name}: not an article (an object with a non-empty \"text\" is needed); line skipped")
            continue
        items.append(WorkItem(name, record=record, published=published))
    return items, errors


def work_items(inputs: Sequence[str | Path], published: PublicationDate | None = None,
               published_by_file: Mapping[str, PublicationDate] | None = None
               ) -> tuple[list[WorkItem], list[str]]:
    """Expand files, folders and ``.jsonl`` files into work items, in a stable order.

    A folder gives every .txt/.md/.html file inside it (recursively, sorted by path); a
    ``.jsonl`` file one item per line, and a line that is not an article is reported
    with its number and skipped. ``published_by_file`` (a file, a folder or a ``.jsonl``
    file, as given or resolved, or a bare file name for every file so called) wins over
    ``published``.
    """
    by_file = {str(Path(k).resolve()): v for k, v in (published_by_file or {}).items()}
    # A bare file name ("a.txt", as error messages suggest) names every extracted file so called.
    by_name = {k: v for k, v in (published_by_file or {}).items() if Path(k).name == k}
    items: list[WorkItem] = []
    errors: list[str] = []
    for entry in inputs:
        path = Path(entry)
        given = by_file.get(str(path.resolve()), published)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
            if not found:
                errors.append(f"{path}: no .txt, .md or .html files in this folder")
            for file in found:
                items.append(WorkItem(str(file), path=str(file),
                                      published=by_file.get(str(file.resolve()), by_name.get(file.name, given))))
        elif path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
            more, bad = _jsonl_items(path, given)
            items.extend(more)
            errors.extend(bad)
        else:
            items.append(WorkItem(str(entry), path=str(entry), published=by_file.get(str(path.resolve()),
                                                                                       by_name.get(path.name, given))))
    return items, errors


def process(item: WorkItem, document_id: str) -> DocumentExtraction | str:
    """The per-document part of the pipeline, run in a worker: load, tag, extract.

    Returns the extraction, or the one-line reason the article cannot be used.
    """
    try:
        if item.record is not None:
            article = article_from_record(item.record, item.name)
            path = item.record.get("path")
            document = document_from_article(article, document_id, item.published, item.name,
                                             str(path) if path else None, item.name)
        else:
            assert item.path is not None
            document = load_document(item.path, document_id, item.published, item.raw)
    except LoadError as exc:
        return str(exc)
    return extract_document(document)


class _Pool(Protocol):
    def submit(self, item: WorkItem, document_id: str) -> Any: ...
    def wait_any(self, futures: set[Any], timeout: float) -> set[Any]: ...
    def close(self) -> None: ...
    @property
    def workers(self) -> int: ...


class _LocalPool:
    """Worker processes on this machine (spawned, so it is safe from a GUI with threads)."""

    def __init__(self, jobs: int) -> None:
        import multiprocessing

        self._jobs = jobs
        self._executor = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))

    @property
    def workers(self) -> int:
        return self._jobs

    def submit(self, item: WorkItem, document_id: str) -> Future[DocumentExtraction | str]:
        return self._executor.submit(process, item, document_id)

    def wait_any(self, futures: set[Any], timeout: float) -> set[Any]:
        return set(wait(futures, timeout=timeout, return_when=FIRST_COMPLETED).done)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


class _DaskPool:
    """Workers of a Dask distributed cluster; file contents are read here and sent along."""

    def __init__(self, scheduler: Any) -> None:
        try:
            import distributed
        except ImportError:
            raise ClusterUnavailable("--scheduler needs dask.distributed: pip install 'timeline-app[cluster]'") from None
        self._distributed = distributed
        if isinstance(scheduler, distributed.Client):
            self._client, self._owned = scheduler, False
        else:
            try:
                self._client, self._owned = distributed.Client(scheduler, timeout="10s"), True
            except (OSError, TimeoutError) as exc:
                raise ClusterUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        self._workers: int = max(1, int(sum(self._client.nthreads().values())))

    @property
    def workers(self) -> int:
        return self._workers

    def submit(self, item: WorkItem, document_id: str) -> Any:
        if item.path is not None and item.raw is None:
            try:
                item = WorkItem(item.name, item.path, None, item.published, Path(item.path).read_bytes())
            except OSError:
                pass  # the worker reports the file as missing or unreadable, in the usual words
        return self._client.submit(process, item, document_id, pure=False)

    def wait_any(self, futures: set[Any], timeout: float) -> set[Any]:
        try:
            return set(self._distributed.wait(list(futures), timeout=timeout, return_when="FIRST_COMPLETED").done)
        except (TimeoutError, self._distributed.TimeoutError):
            return set()

    def close(self) -> None:
        if self._owned:
            self._client.close()


def _in_process(items: Sequence[WorkItem], ids: Sequence[str]) -> Iterator[tuple[int, DocumentExtraction | str]]:
    for index, (item, document_id) in enumerate(zip(items, ids)):
        yield index, process(item, document_id)


def _pooled(pool: _Pool, items: Sequence[WorkItem], ids: Sequence[str], cancel: threading.Event
            ) -> Iterator[tuple[int, DocumentExtraction | str]]:
    """Results in input order, with at most a few per worker in flight."""
    window = max(2, pool.workers * IN_FLIGHT_PER_WORKER)
    flying: dict[Any, int] = {}
    ready: dict[int, DocumentExtraction | str] = {}
    submitted = 0
    wanted = 0
    while wanted < len(items):
        if cancel.is_set():
            return
        while submitted < len(items) and len(flying) + len(ready) < window:
            flying[pool.submit(items[submitted], ids[submitted])] = submitted
            submitted += 1
        for future in pool.wait_any(set(flying), timeout=0.2):
            ready[flying.pop(future)] = future.result()
        while wanted in ready:
            yield wanted, ready.pop(wanted)
            wanted += 1


def extract_all(items: Sequence[WorkItem], project: Project | None = None, jobs: int | None = None,
                scheduler: Any = None, progress: Progress | None = None,
                cancel: threading.Event | None = None) -> ExtractResult:
    """Extract ``items`` into ``project`` (a new one by default) and merge them in input order.

    ``jobs`` worker processes (default: every core, or this process alone for fewer than
    :data:`MIN_ITEMS_FOR_WORKERS` articles; 1 runs here, in this process), or the
    Dask cluster at ``scheduler`` (an address or a ``distributed.Client``) when given.
    ``progress(done, total, name)`` is called after each article is merged, from the
    calling thread; setting ``cancel`` stops at the next article: what was merged stays
    and the result says ``cancelled``. Document ids are taken one per item, in order,
    before any work starts, exactly as :func:`~timeline_app.pipeline.build_timeline`
    takes them, so an unusable article uses up its id there too.
    """
    result = ExtractResult(project or Project(), total=len(items))
    cancel = cancel or threading.Event()
    ids = [result.project.new_id("documents") for _ in items]
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(items) >= MIN_ITEMS_FOR_WORKERS else 1
    jobs = max(1, jobs)
    pool: _Pool | None = None
    if scheduler is not None:
        pool = _DaskPool(scheduler)
    elif jobs > 1 and len(items) > 1:
        pool = _LocalPool(min(jobs, len(items)))
    stream: Iterable[tuple[int, DocumentExtraction | str]] = (
        _in_process(items, ids) if pool is None else _pooled(pool, items, ids, cancel))
    first = next_sequence(result.project)
    try:
        for index, outcome in stream:
            if isinstance(outcome, str):
                result.errors.append(outcome)
            else:
                integrate(result.project, outcome, first_sequence=first)
                first = max([first] + [e.sequence + 1 for e in outcome.events])
            result.done = index + 1
            if progress is not None:
                progress(result.done, result.total, items[index].name)
            if cancel.is_set():
                break
    finally:
        if pool is not None:
            pool.close()
        if result.done:
            announce(result.project)
    result.cancelled = result.done < result.total
    return result
