"""Reading article files (.txt, .md, .html) into :class:`~timeline_app.core.Document`.

The publication date comes from, in order: what the user gives; metadata in the file
(HTML meta tags, JSON-LD, ``<time datetime>``, Markdown front matter, a dateline near the
top); or an estimate from the text itself (:mod:`timeline_app.pipeline.estimation`),
which is marked as such with its reasons.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline_app.core.document import Document, Estimate, PublicationSource
from timeline_app.pipeline.dateline import PublicationDate, find_dateline, parse_date_text
from timeline_app.pipeline.estimation import EstimationError, estimate_publication
from timeline_app.pipeline.html_text import extract_html

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class LoadError(Exception):
    """A file that cannot become a document; the message is one line for the user."""


class UndatedArticle(LoadError):
    """An article with no publication date given, none in the file and none estimable.

    ``str()`` is the command line's message (it names ``--published``); ``reason`` says the
    same without the option, for a window that asks for the date instead.
    """

    def __init__(self, reason: str, hint: str) -> None:
        super().__init__(f"{reason} (give one with --published {hint}=YYYY-MM-DD)")
        self.reason = reason


@dataclass(slots=True)
class Article:
    """What a file says about itself before any date is decided."""

    title: str
    text: str
    source_name: str = ""
    url: str | None = None
    metadata_date: PublicationDate | None = None
    metadata_from: str = ""


def decode(raw: bytes, name: str) -> str:
    """Text from bytes: BOMs honoured, UTF-8 preferred, Windows-1252 accepted if clean.

    Binary data (NUL bytes, many control characters) is refused rather than turned into
    mojibake that would then be searched for dates.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise LoadError(f"{name}: unreadable encoding (broken {encoding} text)") from None
    if b"\x00" in raw:
        raise LoadError(f"{name}: unreadable encoding (binary data, not text)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise LoadError(f"{name}: unreadable encoding (neither UTF-8 nor Windows-1252)") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        raise LoadError(f"{name}: unreadable encoding (binary data, not text)")
    return text


def read_article(path: Path, raw: bytes | None = None) -> Article:
    """Parse ``path`` by its suffix; raises :class:`LoadError` with a one-line reason.

    ``raw`` is the file's content when it was read elsewhere (a cluster worker may not
    see the file system of the machine that named the file).
    """
    if path.suffix.lower() not in SUFFIXES:
        raise LoadError(f"{path}: unsupported file type {path.suffix or '(none)'} (use .txt, .md or .html)")
    if raw is None:
        if not path.exists():
            raise LoadError(f"{path}: no such file")
        if path.is_dir():
            raise LoadError(f"{path}: is a folder, not an article file")
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise LoadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = decode(raw, str(path)).replace("\r\n", "\n").replace("\r", "\n")
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return _from_html(text, path)
    if suffix in (".md", ".markdown"):
        return _from_markdown(text, path)
    return _from_plain(text, path)


def _title_from_first_line(text: str, path: Path) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            if len(stripped) <= 200 and not stripped.endswith((".", "\u201d", '"')):
                return stripped
            break
    return path.stem.replace("-", " ").replace("_", " ")


def _from_plain(text: str, path: Path) -> Article:
    dateline = find_dateline(text)
    return Article(_title_from_first_line(text, path), text, metadata_date=dateline,
                   metadata_from=f"dateline {dateline.text!r}" if dateline else "")


def _from_markdown(text: str, path: Path) -> Article:
    front: dict[str, str] = {}
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if match:
        for line in match.group(1).splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                front[key.strip().lower()] = value.strip().strip("'\"")
        text = text[match.end():]
    text = re.sub(r"(?m)^#{1,6}\s+", "", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|`)(.+?)\1", r"\2", text)
    article = _from_plain(text, path)
    article.title = front.get("title", article.title)
    article.url = front.get("url") or None
    article.source_name = front.get("source", "")
    for key in ("date", "published", "pubdate"):
        if key in front:
            found = parse_date_text(front[key])
            if found:
                article.metadata_date, article.metadata_from = found, f"front matter {key}"
                break
    return article


def _from_html(markup: str, path: Path) -> Article:
    page = extract_html(markup)
    article = Article(page.title or _title_from_first_line(page.text, path), page.text,
                      source_name=page.site_name, url=page.url)
    if page.published:
        found = parse_date_text(page.published)
        if found:
            article.metadata_date, article.metadata_from = found, page.published_from
    if article.metadata_date is None:
        dateline = find_dateline(page.text)
        if dateline:
            article.metadata_date, article.metadata_from = dateline, f"dateline {dateline.text!r}"
    return article


def article_from_record(record: Mapping[str, Any], name: str) -> Article:
    """An article from one JSON Lines record: ``{"text", "title", "published", "source", "url"|"path"}``.

    Only ``text`` is required; without a title (or a path to name it by) the first line,
    cut to 80 characters, is the title. ``published`` counts as metadata (what the feed says), so
    a date the user gives still wins; without it the dateline and then the text decide,
    as for a file. ``name`` ("articles.jsonl:12") is used in messages.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise LoadError(f"{name}: no \"text\" string")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = record.get("title")
    article = _from_plain(text, Path(str(record.get("path") or "article")))
    if isinstance(title, str) and title.strip():
        article.title = title.strip()
    elif not record.get("path"):
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        article.title = first if len(first) <= 80 else first[:80].rsplit(" ", 1)[0] + "\u2026"
    article.source_name = str(record.get("source") or "")
    article.url = str(record["url"]) if record.get("url") else None
    published = record.get("published")
    if published:
        found = parse_date_text(str(published))
        if found is None:
            raise LoadError(f"{name}: \"published\" is not a date: {published!r}")
        article.metadata_date, article.metadata_from = found, "the record's \"published\""
    return article


def load_document(path: str | Path, document_id: str, published: PublicationDate | None = None,
                  raw: bytes | None = None) -> Document:
    """One article file as a document with its publication date decided.

    ``published`` is what the user gave (it wins); ``raw`` the file's bytes when already
    read. Raises :class:`LoadError` when the file cannot be read or no publication date
    can be found or estimated.
    """
    path = Path(path)
    return document_from_article(read_article(path, raw), document_id, published, str(path), str(path), path.name)


def document_from_article(article: Article, document_id: str, published: PublicationDate | None,
                          name: str, path: str | None, hint: str) -> Document:
    """Decide ``article``'s publication date (given, metadata, estimate) and make its document.

    ``name`` prefixes messages, ``path`` is stored on the document, ``hint`` is what to
    write after ``--published`` in the message when no date can be found.
    """
    if not article.text.strip():
        raise LoadError(f"{name}: no text")
    document = Document(document_id, article.title, article.text, source_name=article.source_name,
                        path=path, url=article.url)
    if published is not None:
        _set_date(document, published, PublicationSource.GIVEN)
    elif article.metadata_date is not None:
        _set_date(document, article.metadata_date, PublicationSource.METADATA)
        document.estimate = Estimate([f"from {article.metadata_from}"], 1.0)
    else:
        try:
            guess = estimate_publication(article.text)
        except EstimationError as exc:
            raise UndatedArticle(f"{name}: no publication date given or in the file, and {exc}", hint) from None
        document.published, document.has_time = guess.moment, False
        document.published_source = PublicationSource.ESTIMATED
        document.estimate = Estimate(guess.reasons, guess.confidence)
    return document


def _set_date(document: Document, date: PublicationDate, source: PublicationSource) -> None:
    document.published, document.has_time, document.zone = date.moment, date.has_time, date.zone
    document.published_source = source
