"""Realistic large projects for the benchmarks, built from real news text, deterministically.

    .venv/bin/python benchmarks/generate.py --events 100000 --documents 10000 -o big.tlproj
    .venv/bin/python benchmarks/generate.py --articles 1000 -o articles.jsonl

Sentences come from ../shared/data (TimeBank, AQUAINT, MEANTIME, tweets) and the bundled
sample article: every sentence that holds a temporal expression the engine finds is
kept with that expression. A project of N events over M documents is then made
directly as core objects (running the pipeline 100,000 times would take too long):
each document is a run of real sentences under a made-up but plausible source and
publication date, and each event is one of its sentences with the expression's offsets,
a time at a varied grain (day, month, week, year, hour) near the publication date, and
the usual mix of analyst data: 10% of events reported by a second document, 1% with a
date conflict, 5% anchored to an earlier event, tags, categories, stars, eras.

``articles(n)`` gives whole real articles (the corpus texts, cycled with shifted
publication dates past the corpus size) for the benchmarks that run the real pipeline.
The same seed gives the same project.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline_app.core import Document, Project, PublicationSource  # noqa: E402
from timeline_app.core.category import Category, Era  # noqa: E402
from timeline_app.core.document import Mention  # noqa: E402
from timeline_app.core.event import Candidate, Conflict, Dependency, Event, EventKind, Source  # noqa: E402
from timeline_app.core.times import value_for  # noqa: E402
from timeline_app.temporal.model import Grain, Interval  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "temporal"
SAMPLE = ROOT / "resources" / "samples" / "idlib-ceasefire.txt"
SOURCES = ["Reuters", "Associated Press", "Agence France-Presse", "BBC News", "Al Jazeera", "The Guardian",
           "Deutsche Welle", "Anadolu Agency", "The New York Times", "Le Monde", "Xinhua", "Kyodo News",
           "Wikinews", "Local radio", "Ministry statement", "Social media"]
TAGS = ["ceasefire", "talks", "casualties", "economy", "election", "protest", "verified", "disputed",
        "follow-up", "key"]
CATEGORIES = [("Military", "#c0392b"), ("Diplomacy", "#2980b9"), ("Humanitarian", "#27ae60"),
              ("Economy", "#8e44ad"), ("Politics", "#d35400"), ("Statements", "#7f8c8d")]
#: Grain mix of news events: mostly days, then months, weeks, years, hours.
GRAINS = [(Grain.DAY, 0.6), (Grain.MONTH, 0.15), (Grain.WEEK, 0.07), (Grain.YEAR, 0.08), (Grain.HOUR, 0.1)]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A real sentence with one temporal expression in it (offsets within the sentence)."""

    text: str
    expression: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A real article text with its publication date (the corpus DCT)."""

    name: str
    title: str
    text: str
    published: datetime


def _strip_tml(markup: str) -> tuple[str, str | None]:
    body = re.search(r"<TEXT>(.*)</TEXT>", markup, re.S)
    value = re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', markup, re.S)
    text = re.sub(r"<[^>]+>", "", body.group(1) if body else markup)
    return text.strip(), value.group(1) if value else None


def _meantime_text(path: Path) -> tuple[str, str | None]:
    markup = path.read_text(encoding="utf-8")
    tokens = re.findall(r"<token [^>]*>([^<]*)</token>", markup)
    text = " ".join(tokens)
    text = re.sub(r" ([,.;:!?'\)])", r"\1", text).replace("( ", "(")
    date = re.search(r'\b(\d{4}-\d\d-\d\d)', markup)
    return text, date.group(1) if date else None


@lru_cache(maxsize=1)
def corpus_articles() -> tuple[Article, ...]:
    """Every article text of ../shared/data and the sample, with its publication date."""
    found: list[Article] = []
    for folder in ("tbaq-cleaned/TimeBank", "tbaq-cleaned/AQUAINT", "tweets-train"):
        for path in sorted((DATA / folder).glob("*.tml")):
            text, dct = _strip_tml(path.read_text(encoding="utf-8"))
            if text and dct:
                found.append(Article(path.stem, text.splitlines()[0][:80], text, datetime.fromisoformat(dct)))
    for path in sorted((DATA / "meantime-en").rglob("*.xml")):
        text, dct = _meantime_text(path)
        if text and dct:
            found.append(Article(path.stem, text[:80], text, datetime.fromisoformat(dct)))
    if SAMPLE.is_file():
        found.append(Article("idlib-ceasefire", "Idlib ceasefire", SAMPLE.read_text(encoding="utf-8"),
                             datetime(2020, 3, 12)))
    return tuple(found)


@lru_cache(maxsize=1)
def sentence_pool() -> tuple[Sentence, ...]:
    """Real sentences holding a temporal expression, found by the engine itself."""
    from timeline_app.pipeline.sentences import split_sentences
    from timeline_app.temporal import Reference, find_timexes

    pool: list[Sentence] = []
    seen: set[str] = set()
    for article in corpus_articles():
        text = " ".join(article.text.split())
        timexes = find_timexes(text, Reference(article.published))
        for sentence in split_sentences(text):
            if sentence.text in seen or not 30 <= len(sentence.text) <= 400:
                continue
            inside = [t for t in timexes if sentence.start <= t.start and t.end <= sentence.end]
            if inside:
                seen.add(sentence.text)
                t = inside[0]
                pool.append(Sentence(sentence.text, t.text, t.start - sentence.start, t.end - sentence.start))
    if not pool:
        raise SystemExit("no sentences: neither ../shared/data nor the sample article is here")
    return tuple(pool)


def _grain(rng: random.Random) -> Grain:
    roll = rng.random()
    for grain, share in GRAINS:
        if roll < share:
            return grain
        roll -= share
    return Grain.DAY


def _interval(moment: datetime, grain: Grain) -> Interval:
    if grain is Grain.YEAR:
        start = datetime(moment.year, 1, 1)
        return Interval(start, datetime(moment.year + 1, 1, 1))
    if grain is Grain.MONTH:
        start = datetime(moment.year, moment.month, 1)
        return Interval(start, datetime(moment.year + (moment.month == 12), moment.month % 12 + 1, 1))
    if grain is Grain.WEEK:
        start = datetime(moment.year, moment.month, moment.day) - timedelta(days=moment.weekday())
        return Interval(start, start + timedelta(days=7))
    if grain is Grain.HOUR:
        start = datetime(moment.year, moment.month, moment.day, moment.hour)
        return Interval(start, start + timedelta(hours=1))
    start = datetime(moment.year, moment.month, moment.day)
    return Interval(start, start + timedelta(days=1))


def _title(sentence: Sentence) -> str:
    words = (sentence.text[:sentence.start] + sentence.text[sentence.end:]).split()
    return " ".join(words[:10]).strip(" ,;:")


def generate_project(events: int, documents: int, seed: int = 1) -> Project:
    """A project of ``events`` events over ``documents`` documents (see the module docstring)."""
    rng = random.Random(seed)
    pool = sentence_pool()
    project = Project(f"benchmark {events} events")
    for index, (name, colour) in enumerate(CATEGORIES, start=1):
        project.put("categories", Category(f"c{index}", name, colour), notify=False)
    for index, year in enumerate(range(1995, 2026, 5), start=1):
        project.put("eras", Era(f"r{index}", f"{year}\u2013{year + 4}", datetime(year, 1, 1), datetime(year + 5, 1, 1)),
                    notify=False)
    per_document = [events // documents + (1 if i < events % documents else 0) for i in range(documents)]
    start = datetime(1995, 1, 1)
    span = (datetime(2025, 12, 31) - start).days
    sequence = 0
    made: list[Event] = []
    for d_index, count in enumerate(per_document, start=1):
        published = start + timedelta(days=rng.randrange(span), hours=rng.choice([0, 0, 8, 12, 17, 21]))
        chosen = [rng.choice(pool) for _ in range(max(count, 1))]
        title = _title(chosen[0])[:70] or "Report"
        parts, offsets, cursor = [title, "\n"], [], len(title) + 1
        for sentence in chosen:
            offsets.append(cursor)
            parts.append(sentence.text + " ")
            cursor += len(sentence.text) + 1
        document = Document(f"d{d_index}", title, "".join(parts), source_name=rng.choice(SOURCES),
                            url=f"https://news.example/{d_index}", published=published,
                            has_time=published.hour != 0, published_source=PublicationSource.GIVEN)
        project.put("documents", document, notify=False)
        for sentence, offset in zip(chosen[:count], offsets):
            sequence += 1
            grain = _grain(rng)
            moment = published - timedelta(days=rng.choice([0, 0, 0, 1, 2, 3, 7, 14, 30, 90, 365]) *
                                           rng.choice([1, 1, 1, -1]), hours=rng.randrange(24))
            interval = _interval(moment, grain)
            value = value_for(interval, grain)
            mention = Mention(f"m{sequence}", document.id, offset + sentence.start, offset + sentence.end,
                              sentence.expression, "DATE", value, interval=interval, grain=grain, anchor="DCT",
                              explanation=f"\u201c{sentence.expression}\u201d resolved against the publication date",
                              rule="benchmark")
            project.put("mentions", mention, notify=False)
            source = Source(document.id, sentence.text, offset, offset + len(sentence.text), sentence.expression,
                            mention.explanation, mention.start, mention.end, mention.id, value, interval, grain)
            event = Event(f"e{sequence}", _title(sentence) or sentence.expression, sentence.text, [source], value,
                          interval, grain, EventKind.PERIOD if interval.duration.days > 1 else EventKind.POINT,
                          confidence=rng.choice([1.0, 1.0, 0.8, 0.6]), sequence=sequence,
                          explanation=mention.explanation)
            roll = rng.random()
            if roll < 0.3:
                event.tags = rng.sample(TAGS, rng.randint(1, 3))
            if rng.random() < 0.4:
                event.category_id = f"c{rng.randint(1, len(CATEGORIES))}"
            event.is_starred = rng.random() < 0.03
            event.is_flagged = rng.random() < 0.02
            if made and rng.random() < 0.05:
                anchor = made[-rng.randint(1, min(20, len(made)))]
                event.depends_on = Dependency(anchor.id, "P2D", 1, "after", _title(sentence)[:40])
            made.append(event)
            project.put("events", event, notify=False)
    _second_reports(project, made, rng)
    return project


def _second_reports(project: Project, made: list[Event], rng: random.Random) -> None:
    """10% of events also reported by another document; one in ten of those disagrees on the date."""
    documents = list(project.documents.values())
    for event in made:
        if rng.random() >= 0.1 or event.interval is None:
            continue
        other = rng.choice(documents)
        first = event.sources[0]
        copy = Source(other.id, first.sentence, first.start, first.end, first.expression, first.explanation,
                      first.expression_start, first.expression_end, first.mention_id, first.value, first.interval,
                      first.grain)
        event.sources.append(copy)
        if rng.random() < 0.1:
            shifted = Interval(event.interval.start + timedelta(days=1), event.interval.end + timedelta(days=1))
            copy.interval, copy.value = shifted, value_for(shifted, event.grain)
            event.conflict = Conflict([Candidate(first.value or "", first.interval, first.document_id, first.sentence,
                                                 first.expression, first.grain),
                                       Candidate(copy.value, shifted, other.id, copy.sentence, copy.expression,
                                                 copy.grain)])


def articles(count: int, seed: int = 1) -> list[Article]:
    """``count`` real articles: the corpus texts in a seeded order, cycled past the corpus size.

    A repeated text is published a year later per cycle, so it is read as a new report of
    the same events (as follow-up coverage is) rather than a byte-identical copy.
    """
    corpus = list(corpus_articles())
    rng = random.Random(seed)
    rng.shuffle(corpus)
    out = []
    for index in range(count):
        base = corpus[index % len(corpus)]
        cycle = index // len(corpus)
        out.append(Article(f"{base.name}-{cycle}" if cycle else base.name, base.title, base.text,
                           base.published.replace(year=base.published.year + cycle)
                           if not (base.published.month == 2 and base.published.day == 29)
                           else base.published + timedelta(days=365 * cycle)))
    return out


def article_records(count: int, seed: int = 1) -> Iterator[dict[str, str]]:
    """``articles(count)`` as JSON Lines records for ``timeline-app extract``."""
    for index, article in enumerate(articles(count, seed)):
        yield {"text": article.text, "title": article.title, "published": article.published.date().isoformat(),
               "source": SOURCES[index % len(SOURCES)], "url": f"https://news.example/a/{article.name}"}


def document_of_length(length: int) -> str:
    """Real news text of about ``length`` characters (corpus articles joined in a fixed order)."""
    parts: list[str] = []
    total = 0
    corpus = corpus_articles()
    index = 0
    while total < length:
        text = corpus[index % len(corpus)].text
        parts.append(text)
        total += len(text) + 2
        index += 1
    return "\n\n".join(parts)[:length]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--articles", type=int, help="write this many real articles as JSON Lines instead")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True, help="a .tlproj, .json (project dict) or .jsonl file")
    args = parser.parse_args()
    out = Path(args.output)
    if args.articles is not None:
        with out.open("w", encoding="utf-8") as handle:
            for record in article_records(args.articles, args.seed):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{out}: {args.articles} articles")
        return 0
    project = generate_project(args.events, args.documents, args.seed)
    if out.suffix == ".tlproj":
        from timeline_app.store import save_project

        save_project(project, out)
    else:
        out.write_text(json.dumps(project.to_dict(), ensure_ascii=False), encoding="utf-8")
    print(f"{out}: {len(project.events)} events, {len(project.documents)} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
