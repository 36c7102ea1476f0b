"""Articles (plain text, Markdown, HTML) through the pipeline's own loader.

The pipeline's HTML reader (:mod:`timeline_app.pipeline.html_text`, on the standard
library's ``HTMLParser``) already does what import needs: it drops scripts, styles and
other non-content elements, reads the publication date from meta tags, JSON-LD and
``<time datetime>``, and by construction never fetches a resource or runs a script. So
it is reused rather than a second HTML reader added; see the docs for why no extra
boilerplate-removal library was brought in.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from timeline_app.core import Document, Project
from timeline_app.pipeline import PublicationDate, add_documents, load_document
from timeline_app.pipeline.loading import LoadError

#: An article larger than this is refused: no news article is 20 MB of text, and the
#: temporal engine would take minutes over it.
ARTICLE_LIMIT = 20 * 1024 * 1024


class ArticleError(ValueError):
    """An article file that cannot be imported; one line for the user."""


def load_article(path: Path, published: PublicationDate | None = None) -> Document:
    """The document for ``path``, its id left empty for the project to assign."""
    if not path.is_file():
        raise ArticleError(f"{path}: {'is a folder' if path.is_dir() else 'no such file'}")
    size = path.stat().st_size
    if size > ARTICLE_LIMIT:
        raise ArticleError(f"{path}: too large for an article ({size / 1e6:.1f} MB; the limit is "
                           f"{ARTICLE_LIMIT / 1e6:.0f} MB)")
    try:
        return load_document(path, "", published)
    except LoadError as exc:
        raise ArticleError(str(exc)) from None


def read_article_file(path: Path, published: PublicationDate | None = None, **options: Any) -> Project:
    """One article as a fragment project (its events extracted on their own)."""
    fragment = Project(path.stem)
    add_documents(fragment, [load_article(path, published)])
    return fragment


def rebuild_from_timeline(timeline: dict[str, Any]) -> Project:
    """The project behind a timeline JSON (as ``timeline-app extract`` writes it).

    That JSON leaves out document texts and mentions, so the project is rebuilt by
    running the pipeline again on the same files with the same user-given dates; the
    pipeline is deterministic, so this is the project ``extract`` built. Dates that came
    from metadata or an estimate are found again the same way.
    """
    from timeline_app.pipeline import build_timeline, parse_published

    paths: list[str] = []
    given: dict[str, PublicationDate] = {}
    for document in timeline.get("documents", []):
        path = document.get("path")
        if not path:
            raise ArticleError(f"document {document.get('id')!r} has no path to read it from")
        paths.append(path)
        if document.get("published_source") == "given" and document.get("published"):
            given[path] = parse_published(str(document["published"]))
    result = build_timeline(paths, published_by_file=given)
    if result.errors:
        raise ArticleError(result.errors[0])
    return result.project
