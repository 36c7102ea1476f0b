"""Reading article files: text, titles, metadata dates and bad input."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from timeline_app.core import PublicationSource
from timeline_app.pipeline import LoadError, load_document, parse_published
from timeline_app.pipeline.dateline import find_dateline, parse_date_text
from timeline_app.pipeline.html_text import extract_html
from timeline_app.pipeline.loading import decode

HTML = """<html><head><title>Site | Talks resume</title>
<meta property="article:published_time" content="2020-03-12T20:45:00+03:00">
<meta property="og:site_name" content="Rudaw">
<style>p { color: red }</style><script>var d = "January 1, 1999";</script></head>
<body><h1>Talks resume</h1><p>Officials met on Thursday.</p><p>They will meet again tomorrow.</p></body></html>"""


def test_html_text_meta_date_and_no_script(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(HTML, encoding="utf-8")
    document = load_document(path, "d1")
    assert document.title == "Talks resume" and document.source_name == "Rudaw"
    assert "1999" not in document.text and "color" not in document.text
    assert "Officials met on Thursday.\nThey will meet again tomorrow." in document.text
    assert document.published == datetime(2020, 3, 12, 20, 45) and document.zone == "+03:00"
    assert document.published_source is PublicationSource.METADATA


@pytest.mark.parametrize("head, expected", [
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-05-04"}</script>',
     "2021-05-04"),
    ("", "2019-11-30"),
])
def test_json_ld_then_time_element(head: str, expected: str) -> None:
    page = extract_html(f"<html><head>{head}</head><body><time datetime='2019-11-30'>Sat</time><p>x</p></body></html>")
    assert page.published is not None and page.published.startswith(expected)


@pytest.mark.parametrize("text, moment, has_time, zone", [
    ("March 12, 2020 at 8:45 pm", datetime(2020, 3, 12, 20, 45), True, None),
    ("12 March 2020 20:45 GMT+3", datetime(2020, 3, 12, 20, 45), True, "+03:00"),
    ("Published: Mar. 5, 2020", datetime(2020, 3, 5), False, None),
    ("2020-03-12T08:00:00Z", datetime(2020, 3, 12, 8), True, "+00:00"),
])
def test_datelines(text: str, moment: datetime, has_time: bool, zone: str | None) -> None:
    found = parse_date_text(text)
    assert found is not None and (found.moment, found.has_time, found.zone) == (moment, has_time, zone)


def test_dateline_only_near_the_top_and_not_inside_a_sentence() -> None:
    assert find_dateline("Title\nMarch 12, 2020 at 8:45 pm\nBody.") is not None
    # a wire dateline with its year opens a long first paragraph
    found = find_dateline("Title\nHARBORTOWN, March 10, 2026 - The mayor said on Sunday that the city would "
                          "open an inquiry into the collapse of the bridge.")
    assert found is not None and found.moment == datetime(2026, 3, 10)
    assert find_dateline("Title\nNAIROBI, August 7 (Xinhua) -- Bombs exploded outside the embassies of the "
                         "United States in Kenya and Tanzania on Friday.") is None  # no year: no publication date
    long_sentence = "The treaty was signed on March 12, 2020 after months of talks between many parties here."
    assert find_dateline(f"Title\n{long_sentence}") is None


def test_plain_text_dateline_and_markdown_front_matter(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("Talks resume\nMarch 12, 2020 at 8:45 pm\nOfficials met on Thursday.\n", encoding="utf-8")
    document = load_document(txt, "d1")
    assert document.published_source is PublicationSource.METADATA and document.has_time
    md = tmp_path / "b.md"
    md.write_text("---\ntitle: Notes\ndate: 2020-03-12\n---\n# Heading\nThey met **on Thursday**.\n", encoding="utf-8")
    document = load_document(md, "d2")
    assert document.title == "Notes" and "**" not in document.text and "#" not in document.text
    assert document.published == datetime(2020, 3, 12)


def test_given_date_wins_over_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(HTML, encoding="utf-8")
    document = load_document(path, "d1", parse_published("2020-03-13"))
    assert document.published == datetime(2020, 3, 13) and document.published_source is PublicationSource.GIVEN


def test_encodings() -> None:
    assert decode("caf\u00e9 \u2014 ok".encode("cp1252"), "x") == "caf\u00e9 \u2014 ok"
    assert decode("hello".encode("utf-16"), "x") == "hello"
    assert decode(b"\xef\xbb\xbfhi", "x") == "hi"
    with pytest.raises(LoadError, match="unreadable encoding"):
        decode(b"\x00\x01\x02binary", "x")


@pytest.mark.parametrize("name, content, message", [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"   \n", "no text"),
    ("image.png", b"\x89PNG", "unsupported file type"),
    ("binary.txt", b"\x00\x00\xff\xfe\x00garbage", "unreadable encoding"),
    ("undated.txt", b"Nothing here has a date at all.", "no publication date"),
])
def test_bad_input_is_one_line(tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(LoadError, match=message) as info:
        load_document(path, "d1")
    assert "\n" not in str(info.value)
