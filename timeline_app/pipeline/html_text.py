"""Plain text and publication metadata from an HTML article, with the stdlib parser.

Script and style content is dropped (except JSON-LD, which is read for
``datePublished``); block elements become line breaks so sentences do not run together.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
          "header", "footer", "blockquote", "pre", "ul", "ol", "table", "figure", "figcaption", "hr"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
#: Meta tags naming the publication time, most specific first.
PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished", "date",
                  "pubdate", "publishdate", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
                  "parsely-pub-date")


@dataclass(slots=True)
class HtmlArticle:
    title: str = ""
    text: str = ""
    published: str | None = None
    published_from: str = ""
    site_name: str = ""
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.times: list[str] = []
        self.json_ld: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False
        self._in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"])
        elif tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self._in_ld = True
        elif tag == "time" and attributes.get("datetime"):
            self.times.append(attributes["datetime"])
        elif tag == "link" and attributes.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", attributes.get("href", ""))
        if tag == "title":
            self._in_title = True
        elif tag == "h1":
            self._in_h1 = True
        if tag in _SKIP:
            self._skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        if tag == "script":
            self._in_ld = False
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.json_ld.append(data)
            return
        if self._in_title:
            self.title += data
            return
        if self._skip:
            return
        if self._in_h1:
            self.h1 += data
        self.parts.append(data)


def _json_ld_date(blocks: list[str]) -> str | None:
    def walk(node: Any) -> str | None:
        if isinstance(node, dict):
            for key in ("datePublished", "dateCreated"):
                if isinstance(node.get(key), str):
                    return str(node[key])
            for value in node.values():
                found = walk(value)
                if found:
                    return found
        elif isinstance(node, list):
            for item in node:
                found = walk(item)
                if found:
                    return found
        return None

    for block in blocks:
        try:
            found = walk(json.loads(block))
        except ValueError:
            continue
        if found:
            return found
    return None


def extract_html(markup: str) -> HtmlArticle:
    """Title, readable text and publication metadata of an HTML page."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(line for line in lines if line)
    article = HtmlArticle(meta=parser.meta)
    article.title = (parser.meta.get("og:title") or parser.h1 or parser.title).strip()
    article.text = text
    article.site_name = parser.meta.get("og:site_name", "")
    article.url = parser.meta.get("og:url") or parser.meta.get("canonical") or None
    for key in PUBLISHED_META:
        if parser.meta.get(key):
            article.published, article.published_from = parser.meta[key], f"meta {key}"
            return article
    ld = _json_ld_date(parser.json_ld)
    if ld:
        article.published, article.published_from = ld, "JSON-LD datePublished"
    elif parser.times:
        article.published, article.published_from = parser.times[0], "<time datetime>"
    return article
