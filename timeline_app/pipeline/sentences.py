"""Sentence and clause boundaries, as character spans of the document text.

Spans (not copies) are returned so that every event can point back at exactly where
it was read. Splitting is rule-based: a line break always ends a sentence (articles
put paragraphs on lines); ``.``, ``!`` or ``?`` (plus closing quotes) followed by a
space and a capital, digit or quote ends one, except after a known abbreviation or an
initial ("U.S.", "Mr.", "J. Smith").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov", "pres", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
    "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "est",
})
#: A US state's abbreviation after a place and a comma, before a dateline's agency ("HARRISBURG,
#: Pa. (AP) — A statewide recount ..."): no sentence ends there. Elsewhere it may end one ("outside
#: Buffalo, N.Y. His name ..."), and "ill.", "Miss." and "wash." are words too.
_STATE_AFTER_PLACE = re.compile(r"[A-Za-z],\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|"
                                r"Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|"
                                r"N\.[YJMHCD]|S\.[CD]|R\.I|W\.Va)\.$")
_OPENING_PARENTHESIS = re.compile(r"\s+\(")
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
# not the comma of "40,000" nor the colon of "4:17"
_CLAUSE = re.compile(r"\s*(?:(?<!\d),|,(?!\d)|;|(?<!\d):|:(?!\d)|\s[\u2013\u2014-]\s)\s*")


#: After "a.m."/"p.m.", a capitalised word that goes on with the clock ("3 a.m. Monday", "9 a.m. EST",
#: "p.m. GMT") keeps the sentence; any other capitalised word ("3 a.m. Rescuers were ...") opens one.
_NEW_SENTENCE_AFTER_CLOCK = re.compile(
    r"\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"(?![A-Z]{2,5}\b)(?!Local\b)[A-Z][a-z]")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def split_sentences(text: str, start: int = 0) -> list[Span]:
    """The sentences of ``text`` (offsets shifted by ``start``), without empty ones."""
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        offset = line.start()
        cut = 0
        body = line.group(0)
        for match in _END.finditer(body):
            word = re.search(r"([\w.]+)[.!?]*$", body[cut:match.start() + 1])
            token = word.group(1).lower().rstrip(".") if word else ""
            clock_ends = token in ("a.m", "p.m") and _NEW_SENTENCE_AFTER_CLOCK.match(body, match.end()) is not None
            # ("collapsed shortly after 3 a.m. Rescuers were still searching": a clock ends the sentence)
            if not clock_ends and token in ABBREVIATIONS or (len(token) == 1 and token.isalpha() and body[match.start()] == ".") \
                    or _STATE_AFTER_PLACE.search(body, max(cut, match.start() - 24), match.start() + 1) \
                    and _OPENING_PARENTHESIS.match(body, match.end()) is not None:
                continue
            _append(spans, body, cut, match.end(), offset + start)
            cut = match.end()
        _append(spans, body, cut, len(body), offset + start)
    return spans


def _append(spans: list[Span], body: str, begin: int, end: int, shift: int) -> None:
    piece = body[begin:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append(Span(shift + begin + lead, shift + begin + lead + len(stripped), stripped))


def clause_around(sentence: Span, start: int, end: int) -> Span:
    """The clause of ``sentence`` holding document span ``[start, end)``.

    Clauses are cut at commas, semicolons, colons and dashes: coarse, but enough to tell
    "the ministry said on Thursday" from "with talks set to continue tomorrow".
    """
    local_start, local_end = start - sentence.start, end - sentence.start
    begin, finish = 0, len(sentence.text)
    for match in _CLAUSE.finditer(sentence.text):
        if match.end() <= local_start:
            begin = match.end()
        elif match.start() >= local_end:
            finish = match.start()
            break
    piece = sentence.text[begin:finish]
    return Span(sentence.start + begin, sentence.start + finish, piece)
