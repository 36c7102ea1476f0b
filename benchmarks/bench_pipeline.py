"""Pipeline throughput on the TBAQ corpora: events/s, documents/s, characters/s.

    .venv/bin/python benchmarks/bench_pipeline.py [CORPUS_DIR ...] [--repeat N]

Each document's TEXT (tags stripped with a regex) is run through the whole pipeline
(tagging, sentence splitting, event extraction, anchoring, merging) with its DCT as the
publication date, one project per corpus so cross-document merging is included. Not
part of the test suite; the shared data is only on dev machines.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import datetime
from pathlib import Path

from timeline_app.core import Document, Project, PublicationSource
from timeline_app.pipeline import add_documents

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "temporal" / "tbaq-cleaned"


def read_tml(path: Path) -> Document | None:
    markup = path.read_text(encoding="utf-8")
    body = re.search(r"<TEXT>(.*)</TEXT>", markup, re.S)
    value = re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', markup, re.S)
    if not body or not value:
        return None
    text = re.sub(r"<[^>]+>", "", body.group(1))
    return Document("", path.stem, text, path=str(path), published=datetime.fromisoformat(value.group(1)),
                    published_source=PublicationSource.GIVEN)


def run(corpus: Path, repeat: int) -> dict[str, float]:
    documents = [d for d in (read_tml(p) for p in sorted(corpus.glob("*.tml"))) if d is not None]
    chars = sum(len(d.text) for d in documents)
    best = float("inf")
    events = 0
    for _ in range(repeat):
        fresh = [Document.from_dict(d.to_dict()) for d in documents]
        project = Project()
        started = time.perf_counter()
        add_documents(project, fresh)
        best = min(best, time.perf_counter() - started)
        events = len(project.events)
    return {"documents": len(documents), "chars": chars, "events": events, "seconds": best,
            "docs_per_s": len(documents) / best, "chars_per_s": chars / best, "events_per_s": events / best}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=[DATA / "TimeBank", DATA / "AQUAINT"])
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus; the fastest is reported")
    args = parser.parse_args()
    present = [c for c in args.corpora if c.is_dir()]
    if not present:
        print(f"skipped: no corpus at {', '.join(map(str, args.corpora))}")
        return 0
    print(f"{'corpus':<10} {'docs':>5} {'chars':>9} {'events':>7} {'seconds':>8} {'docs/s':>8} {'chars/s':>10} {'events/s':>9}")
    for corpus in present:
        r = run(corpus, args.repeat)
        print(f"{corpus.name:<10} {r['documents']:>5.0f} {r['chars']:>9.0f} {r['events']:>7.0f} {r['seconds']:>8.2f} "
              f"{r['docs_per_s']:>8.1f} {r['chars_per_s']:>10.0f} {r['events_per_s']:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
