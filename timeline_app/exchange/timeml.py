"""TimeML (TempEval-3 ``.tml``) and MEANTIME CAT XML: reading gold TIMEX3, writing ours.

Offsets are what matter here, so the ``<TEXT>`` element is not read through an XML
parser: expat normalises ``\\r\\n`` to ``\\n`` and loses where each character came from.
Instead the file is first checked with ElementTree (which gives a precise message for
truncated or malformed XML), and then the raw characters of ``<TEXT>`` are scanned
token by token, so the stripped text keeps every character of the file -- CRLF line
ends included -- with only the markup removed and entities decoded. Gold offsets index
that stripped text, which is also what the temporal engine is run on.

Writing works on the same token stream: existing TIMEX3 tags inside ``<TEXT>`` are
removed, every other tag is kept where it was, and new TIMEX3 tags are placed so that the
result still nests; everything outside ``<TEXT>`` (the DCT included) is left untouched.
"""
from __future__ import annotations

import bisect
import codecs
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from timeline_app.temporal import Reference, Timex, find_timexes
from timeline_app.temporal.units import split_ranges

__all__ = [
    "GoldTimex",
    "TimeMLDocument",
    "TimeMLError",
    "decode_xml",
    "encode_xml",
    "find_documents",
    "is_meantime",
    "parse_meantime",
    "parse_timeml",
    "read_document",
    "read_meantime",
    "read_timeml",
    "retag_timeml",
    "tag_meantime",
    "tag_timeml",
]

Tagger = Callable[[str, Reference], list[Timex]]


class TimeMLError(ValueError):
    """A file that cannot be read as TimeML/MEANTIME; the message names the file and why."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One TIMEX3 as annotated in a file; ``start``/``end`` index :attr:`TimeMLDocument.text`.

    ``anchor_tid`` is the raw ``anchorTimeID`` attribute (the DCT's tid, usually
    ``t0``, or another timex's tid), or None when absent or empty.
    """

    start: int
    end: int
    text: str
    tid: str
    type: str
    value: str
    mod: str | None = None
    anchor_tid: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """A document ready for tagging or scoring, whatever file format it came from.

    ``unscored`` lists character spans that count neither for nor against a system: in
    MEANTIME the creation time is itself a phrase of the text (the dateline), but it is
    annotated as the DCT rather than as a gold expression, so a system that tags it must
    not be called spurious.
    """

    name: str
    docid: str
    dct: str | None
    text: str
    timexes: tuple[GoldTimex, ...]
    dct_tid: str | None = None
    unscored: tuple[tuple[int, int], ...] = ()
    format: str = "timeml"

    @property
    def reference(self) -> Reference | None:
        """The DCT as a :class:`Reference`, or None when the file gives none.

        Raises TimeMLError when the DCT value is not an ISO date (e.g. ``XXXX-XX-XX``).
        """
        if self.dct is None:
            return None
        value = self.dct.strip()
        try:
            return Reference.parse(value)
        except ValueError:
            # TimeML allows partial values ("1998-W02", "1998-01-08TMO"); keep the day.
            match = re.match(r"\d{4}-\d{2}-\d{2}", value)
            if match:
                return Reference.parse(match.group(0))
            raise TimeMLError(f"{self.name}: DCT value {self.dct!r} is not a date") from None


# --- decoding ---------------------------------------------------------------------------

_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def decode_xml(data: bytes, name: str) -> str:
    """Decode an XML file as its declaration says (UTF-8 when silent), with a clear error.

    A UTF-8 byte order mark is accepted. Undecodable bytes are reported with their
    position because TimeML corpora are often re-saved by tools that change encodings.
    """
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TimeMLError(f"{name}: looks like a binary file, not XML (it contains NUL bytes)")
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        match = _DECLARED_ENCODING.match(data)
        encoding = match.group(1).decode("ascii") if match else "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise TimeMLError(f"{name}: unknown encoding {encoding!r} in the XML declaration") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TimeMLError(
            f"{name}: not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def encode_xml(content: str) -> bytes:
    """Encode as the XML declaration says (UTF-8 when silent), so a rewritten file keeps
    its encoding; characters it cannot hold become character references."""
    match = _DECLARED_ENCODING.match(content[:200].encode("ascii", "replace"))
    encoding = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return content.encode(encoding, "xmlcharrefreplace")
    except LookupError:
        return content.encode("utf-8")


def find_documents(folder: str | Path, suffixes: tuple[str, ...] = (".tml", ".xml")) -> list[tuple[str, Path]]:
    """Corpus files under ``folder`` (recursively), as ``(relative name, path)`` sorted by name.

    Corpora come in sub-folders (TimeBank/, AQUAINT/, MEANTIME's corpus_*/), so the
    relative path is the document's name: it keeps the output tree parallel to the input
    and tells apart two files with the same base name.
    """
    root = Path(folder)
    found = [
        (path.relative_to(root).as_posix(), path)
        for path in root.rglob("*")
        if path.is_file() and path.suffix.lower() in suffixes and not path.name.startswith(".")
    ]
    return sorted(found)


def _check_well_formed(content: str, name: str) -> ET.Element:
    # Expat refuses a str that still carries an encoding declaration other than UTF-8,
    # so hand it UTF-8 bytes with the declaration's encoding rewritten.
    body = re.sub(r"""^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])""", r"\1utf-8\2", content)
    try:
        root = ET.fromstring(body.encode("utf-8"))
    except ET.ParseError as exc:
        raise TimeMLError(f"{name}: not well-formed XML ({exc})") from None
    for element in root.iter():  # a default namespace ("{uri}TIMEX3") changes nothing here
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
    return root


# --- the token stream -------------------------------------------------------------------

_TOKEN = re.compile(
    r"""<!--.*?-->"""
    r"""|<!\[CDATA\[.*?\]\]>"""
    r"""|<\?.*?\?>"""
    r"""|<![^>]*>"""
    r"""|<(?:[^>"']|"[^"]*"|'[^']*')*>"""
    r"""|&[^;&<\s]*;"""
    r"""|[^<&]+""",
    re.S,
)
_TAG = re.compile(r"""<\s*(/)?\s*([A-Za-z_][\w.:-]*)((?:[^>"'/]|"[^"]*"|'[^']*')*)(/)?\s*>""", re.S)
_ATTRIBUTE = re.compile(r"""([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.S)
_NAMED_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


@dataclass(slots=True)
class _Token:
    """A piece of markup or text; ``text`` is what it contributes to the stripped text."""

    kind: str  # "text", "cdata", "open", "close", "empty", "other"
    raw: str
    text: str = ""
    name: str = ""
    attributes: dict[str, str] = field(default_factory=dict)


def _decode_entity(raw: str) -> str:
    body = raw[1:-1]
    if body.startswith("#x") or body.startswith("#X"):
        return chr(int(body[2:], 16))
    if body.startswith("#"):
        return chr(int(body[1:]))
    if body in _NAMED_ENTITIES:
        return _NAMED_ENTITIES[body]
    raise ValueError(f"undefined entity {raw}")


def _attributes(raw: str) -> dict[str, str]:
    return {
        m.group(1): "".join(
            _decode_entity(part) if part.startswith("&") else part
            for part in re.findall(r"&[^;&]*;|[^&]+", m.group(2) if m.group(2) is not None else m.group(3))
        )
        for m in _ATTRIBUTE.finditer(raw)
    }


def _tokenize(content: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    for match in _TOKEN.finditer(content):
        if match.start() != position:
            raise ValueError(f"unexpected character at offset {position}")
        position = match.end()
        raw = match.group(0)
        if raw.startswith("<![CDATA["):
            tokens.append(_Token("cdata", raw, raw[9:-3]))
        elif raw.startswith("<!") or raw.startswith("<?"):
            tokens.append(_Token("other", raw))
        elif raw.startswith("<"):
            tag = _TAG.fullmatch(raw)
            if tag is None:
                raise ValueError(f"cannot read the tag {raw[:40]!r}")
            kind = "close" if tag.group(1) else "empty" if tag.group(4) else "open"
            tokens.append(_Token(kind, raw, name=tag.group(2), attributes=_attributes(tag.group(3))))
        elif raw.startswith("&"):
            tokens.append(_Token("text", raw, _decode_entity(raw)))
        else:
            tokens.append(_Token("text", raw, raw))
    if position != len(content):
        raise ValueError(f"unexpected character at offset {position}")
    return tokens


def _text_element(tokens: Sequence[_Token], name: str) -> tuple[int, int]:
    """Indices of the tokens that bound the text: ``<TEXT>`` and ``</TEXT>``.

    A TimeML file without a ``<TEXT>`` element (some collections put the body straight
    under the root) is read from the end of its ``<DCT>`` (else of its ``<DOCID>``, else
    from the root's start) to the root's end, so that it is tagged rather than refused.
    """
    opening = next((i for i, t in enumerate(tokens) if t.kind == "open" and t.name == "TEXT"), None)
    if opening is None:
        return _body_without_text_element(tokens, name)
    depth = 0
    for index in range(opening, len(tokens)):
        token = tokens[index]
        if token.name == "TEXT" and token.kind == "open":
            depth += 1
        elif token.name == "TEXT" and token.kind == "close":
            depth -= 1
            if depth == 0:
                return opening, index
    raise TimeMLError(f"{name}: <TEXT> is never closed")


def _body_without_text_element(tokens: Sequence[_Token], name: str) -> tuple[int, int]:
    root = next((i for i, t in enumerate(tokens) if t.kind == "open"), None)
    end = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].kind == "close"), None)
    if root is None or end is None or tokens[root].name != "TimeML" or tokens[end].name != "TimeML":
        raise TimeMLError(f"{name}: no <TEXT> element")
    start = root
    for header in ("DCT", "DOCID"):
        closing = next((i for i in range(root, end) if tokens[i].kind == "close" and tokens[i].name == header), None)
        if closing is not None:
            start = closing
            break
    if not any(t.kind in ("text", "cdata") and t.text.strip() for t in tokens[start + 1:end]):
        raise TimeMLError(f"{name}: no <TEXT> element, and no text after the header")
    return start, end


# --- reading TimeML ---------------------------------------------------------------------


def _creation_time(root: ET.Element) -> ET.Element | None:
    """The DCT TIMEX3: ``functionInDocument="CREATION_TIME"`` outside TEXT, else DCT's child."""
    inside_text = {id(e) for text in root.iter("TEXT") for e in text.iter()}
    for element in root.iter("TIMEX3"):
        if id(element) not in inside_text and element.get("functionInDocument") == "CREATION_TIME":
            return element
    dct = root.find("DCT")
    return dct.find("TIMEX3") if dct is not None else None


def parse_timeml(content: str, name: str = "<string>", *, require_dct: bool = True) -> TimeMLDocument:
    """Read a TempEval-3 document from its decoded content.

    ``require_dct`` is for gold files (they always have one; tagging needs it); system
    output may be scored without. Only TIMEX3 inside ``<TEXT>`` become gold expressions.
    """
    root = _check_well_formed(content, name)
    if root.tag != "TimeML":
        raise TimeMLError(f"{name}: the root element is <{root.tag}>, not <TimeML>")
    dct_element = _creation_time(root)
    dct = dct_element.get("value") if dct_element is not None else None
    if require_dct and not dct:
        raise TimeMLError(f"{name}: no document creation time (<DCT><TIMEX3 value=...>)")
    docid = (root.findtext("DOCID") or "").strip() or Path(name).stem
    try:
        tokens = _tokenize(content)
    except ValueError as exc:
        raise TimeMLError(f"{name}: {exc}") from None
    opening, closing = _text_element(tokens, name)
    pieces: list[str] = []
    offset = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    for token in tokens[opening + 1:closing]:
        if token.kind in ("text", "cdata"):
            pieces.append(token.text)
            offset += len(token.text)
        elif token.name == "TIMEX3" and token.kind == "open":
            open_timexes.append((offset, token.attributes))
        elif token.name == "TIMEX3" and token.kind in ("close", "empty"):
            if token.kind == "close":
                if not open_timexes:
                    raise TimeMLError(f"{name}: </TIMEX3> without an opening tag")
                start, attributes = open_timexes.pop()
            else:
                start, attributes = offset, token.attributes
            if start == offset:
                continue  # an empty TIMEX3 has no text to find or score
            text = "".join(pieces)
            timexes.append(GoldTimex(
                start=start,
                end=offset,
                text=text[start:offset],
                tid=attributes.get("tid", ""),
                type=attributes.get("type", ""),
                value=attributes.get("value", ""),
                mod=attributes.get("mod") or None,
                anchor_tid=attributes.get("anchorTimeID") or None,
            ))
    timexes.sort(key=lambda t: (t.start, -t.end))
    return TimeMLDocument(
        name=name,
        docid=docid,
        dct=dct or None,
        text="".join(pieces),
        timexes=tuple(timexes),
        dct_tid=dct_element.get("tid") if dct_element is not None else None,
    )


def read_timeml(path: str | Path, *, name: str | None = None, require_dct: bool = True) -> TimeMLDocument:
    """Read a ``.tml`` file; ``name`` (default: the file name) labels it in reports."""
    path = Path(path)
    label = name or path.name
    return parse_timeml(decode_xml(path.read_bytes(), label), label, require_dct=require_dct)


# --- reading MEANTIME (CAT XML) ---------------------------------------------------------

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re",
                    "'ve", "'ll", "'d", "'m", "'S", "N'T"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "#", "``"}


def _meantime_text(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]], dict[str, str], dict[str, int]]:
    """The text rebuilt from a CAT document's tokens, each token's span in it, its sentence,
    and where each sentence ends (see :func:`parse_meantime`)."""
    spans: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    sentence_end: dict[str, int] = {}
    pieces: list[str] = []
    length = 0
    previous_sentence: str | None = None
    previous_token = ""
    for token in root.iter("token"):
        word = token.text or ""
        sentence = token.get("sentence", "")
        if previous_sentence is None:
            separator = ""
        elif sentence != previous_sentence:
            separator = "\n"
        elif word in _NO_SPACE_BEFORE or previous_token in _NO_SPACE_AFTER:
            separator = ""
        else:
            separator = " "
        pieces.append(separator + word)
        length += len(separator)
        spans[token.get("t_id", "")] = (length, length + len(word))
        sentence_of[token.get("t_id", "")] = sentence
        length += len(word)
        sentence_end[sentence] = length
        previous_sentence, previous_token = sentence, word
    return "".join(pieces) + ("\n" if pieces else ""), spans, sentence_of, sentence_end


def parse_meantime(content: str, name: str = "<string>") -> TimeMLDocument:
    """Read a MEANTIME CAT document: tokens become text, TIMEX3 markables gold spans.

    CAT keeps only tokens, so the text is rebuilt: one line per sentence, tokens joined
    by a space except before closing punctuation and clitics ("01, 2008", "Boeing's")
    and after opening brackets and currency signs. A markable spans from its first to
    its last token. TIMEX3 with no tokens (empty, value-only ones) are not in the text
    and are left out. The creation-time markable gives the DCT and is unscored.
    """
    root = _check_well_formed(content, name)
    if root.tag != "Document":
        raise TimeMLError(f"{name}: the root element is <{root.tag}>, not a MEANTIME <Document>")
    text, spans, sentence_of, sentence_end = _meantime_text(root)
    dct: str | None = None
    dct_tid: str | None = None
    unscored: list[tuple[int, int]] = []
    timexes: list[GoldTimex] = []
    markables = root.find("Markables")
    for element in markables.iter("TIMEX3") if markables is not None else ():
        anchored = [spans[a.get("t_id", "")] for a in element.iter("token_anchor") if a.get("t_id", "") in spans]
        tid = element.get("m_id", "")
        if element.get("functionInDocument") == "CREATION_TIME":
            dct, dct_tid = element.get("value") or None, tid
            if anchored:
                unscored.append((min(s for s, _ in anchored), max(e for _, e in anchored)))
            continue
        if not anchored:
            continue
        start, end = min(s for s, _ in anchored), max(e for _, e in anchored)
        timexes.append(GoldTimex(
            start=start,
            end=end,
            text=text[start:end],
            tid=tid,
            type=element.get("type", ""),
            value=element.get("value", ""),
            mod=element.get("mod") or None,
            anchor_tid=element.get("anchorTimeID") or None,
        ))
    timexes.sort(key=lambda t: (t.start, -t.end))
    # MEANTIME annotates only the first sentences of each article: the rest of the text is
    # outside the annotation, so expressions found there are neither right nor wrong.
    annotated = [sentence_of[a.get("t_id", "")] for a in (markables.iter("token_anchor") if markables is not None
                                                          else ()) if a.get("t_id", "") in sentence_of]
    if annotated:
        last = max(annotated, key=lambda s: int(s) if s.isdigit() else -1)
        if sentence_end.get(last, len(text)) < len(text):
            unscored.append((sentence_end[last], len(text)))
    return TimeMLDocument(
        name=name,
        docid=root.get("doc_name") or root.get("doc_id") or Path(name).stem,
        dct=dct,
        text=text,
        timexes=tuple(timexes),
        dct_tid=dct_tid,
        unscored=tuple(unscored),
        format="meantime",
    )


def read_meantime(path: str | Path, *, name: str | None = None) -> TimeMLDocument:
    """Read a MEANTIME ``.xml`` file; ``name`` (default: the file name) labels it in reports."""
    path = Path(path)
    label = name or path.name
    return parse_meantime(decode_xml(path.read_bytes(), label), label)


def read_document(path: str | Path, *, name: str | None = None, require_dct: bool = True) -> TimeMLDocument:
    """Read either format, told apart by the root element rather than the file extension."""
    path = Path(path)
    label = name or path.name
    content = decode_xml(path.read_bytes(), label)
    if is_meantime(content):
        return parse_meantime(content, label)
    return parse_timeml(content, label, require_dct=require_dct)


# --- writing ----------------------------------------------------------------------------


def _attribute_text(attributes: Sequence[tuple[str, str]]) -> str:
    return "".join(
        f' {key}="{escape(value, {chr(34): "&quot;", chr(10): "&#10;", chr(13): "&#13;", chr(9): "&#9;"})}"'
        for key, value in attributes
    )


def _split_at(tokens: list[_Token], cuts: set[int]) -> list[_Token]:
    """Split text tokens so that each cut offset falls between two tokens."""
    result: list[_Token] = []
    offset = 0
    ordered = sorted(cuts)
    for token in tokens:
        if token.kind not in ("text", "cdata") or not token.text:
            result.append(token)
            continue
        end = offset + len(token.text)
        inner = [c - offset for c in ordered[bisect.bisect_right(ordered, offset):bisect.bisect_left(ordered, end)]]
        offset = end
        if not inner:  # entities land here too: one character, never cut
            result.append(token)
            continue
        bounds = [0, *inner, len(token.text)]
        for left, right in zip(bounds, bounds[1:]):
            piece = token.text[left:right]
            raw = f"<![CDATA[{piece}]]>" if token.kind == "cdata" else piece
            result.append(_Token(token.kind, raw, piece))
    return result


def _is_balanced(tokens: Sequence[_Token]) -> bool:
    stack: list[str] = []
    for token in tokens:
        if token.kind == "open":
            stack.append(token.name)
        elif token.kind == "close":
            if not stack or stack.pop() != token.name:
                return False
    return not stack


def retag_timeml(
    original: str, timexes: Sequence[Timex], *, name: str = "<string>"
) -> tuple[str, list[Timex]]:
    """Replace the TIMEX3 tags inside ``<TEXT>`` of ``original`` with ``timexes``.

    ``timexes`` index the stripped text, as :func:`parse_timeml` returns it. New tags get
    ``tid="t1"``... in the given order (skipping the DCT's tid), and ``anchorTimeID`` is the
    DCT's tid for ``anchor == "DCT"`` or the new tid of the referenced expression for
    ``"t<N>"``. Everything else -- EVENT and SIGNAL tags, line ends, the DCT and all that is
    outside ``<TEXT>`` -- is kept as it was.

    An expression that overlaps an earlier one, is empty, or would cross the boundary of
    an existing tag (say, it starts inside an EVENT and ends after it) cannot be written
    without breaking the XML; it is left out and returned in the second element so the
    caller can report it. Returns ``(new content, skipped expressions)``.
    """
    timexes = split_ranges(timexes)  # TimeML marks a range's two ends ("10-12 October") apart
    document = parse_timeml(original, name, require_dct=False)
    tokens = _tokenize(original)
    opening, closing = _text_element(tokens, name)
    inner = [t for t in tokens[opening + 1:closing] if t.name != "TIMEX3"]
    length = len(document.text)
    skipped: list[Timex] = []
    in_text = [(i, t) for i, t in enumerate(timexes) if 0 <= t.start < t.end <= length]
    skipped.extend(t for t in timexes if not 0 <= t.start < t.end <= length)
    # Cutting text at every candidate boundary changes no output character (a CDATA
    # section may be split in two), and lets each expression be placed in one pass.
    inner = _split_at(inner, {t.start for _, t in in_text} | {t.end for _, t in in_text})
    gap_offsets: list[int] = [0]  # gap g lies before inner[g]; its offset in the stripped text
    for token in inner:
        gap_offsets.append(gap_offsets[-1] + len(token.text))
    placements: dict[int, tuple[int, int]] = {}
    covered_until = -1
    for index, timex in sorted(in_text, key=lambda pair: (pair[1].start, -pair[1].end)):
        if timex.start < covered_until:
            skipped.append(timex)
            continue
        # gap_offsets never decrease, so the gaps at an offset are one run found by bisection
        opens = range(bisect.bisect_left(gap_offsets, timex.start), bisect.bisect_right(gap_offsets, timex.start))
        ends = range(bisect.bisect_left(gap_offsets, timex.end), bisect.bisect_right(gap_offsets, timex.end))
        # Prefer the tightest placement (after closing tags, before opening ones) and
        # fall back to wrapping neighbouring tags when only that nests properly.
        choice = next(
            ((i, j) for i in reversed(opens) for j in ends if i <= j and _is_balanced(inner[i:j])),
            None,
        )
        if choice is None:
            skipped.append(timex)
        else:
            placements[index] = choice
            covered_until = timex.end
    tids: dict[int, str] = {}
    number = 0
    for index in sorted(placements):
        number += 1
        if f"t{number}" == document.dct_tid:
            number += 1
        tids[index] = f"t{number}"
    before_gap: dict[int, list[str]] = {}
    after_gap: dict[int, list[str]] = {}
    for index, (i, j) in placements.items():
        timex = timexes[index]
        attributes = [("tid", tids[index]), ("type", str(timex.type)), ("value", timex.value)]
        if timex.mod:
            attributes.append(("mod", timex.mod))
        if timex.quant:
            attributes.append(("quant", timex.quant))
        if timex.freq:
            attributes.append(("freq", timex.freq))
        anchor = _anchor_tid(timex.anchor, document.dct_tid or "t0", tids)
        if anchor:
            attributes.append(("anchorTimeID", anchor))
        after_gap.setdefault(i, []).append(f"<TIMEX3{_attribute_text(attributes)}>")
        before_gap.setdefault(j, []).append("</TIMEX3>")
    out: list[str] = [t.raw for t in tokens[: opening + 1]]
    for gap in range(len(inner) + 1):
        out.extend(before_gap.get(gap, ()))  # closings first: adjacent expressions stay apart
        out.extend(after_gap.get(gap, ()))
        if gap < len(inner):
            out.append(inner[gap].raw)
    out.extend(t.raw for t in tokens[closing:])
    return "".join(out), skipped


def _anchor_tid(anchor: str | None, dct_tid: str, tids: dict[int, str]) -> str | None:
    if anchor == "DCT":
        return dct_tid
    if anchor and re.fullmatch(r"t\d+", anchor):
        return tids.get(int(anchor[1:]))
    return None


def tag_timeml(
    original: str,
    *,
    name: str = "<string>",
    reference: Reference | None = None,
    tag: Tagger = find_timexes,
    notes: list[str] | None = None,
) -> tuple[str, list[Timex]]:
    """Run ``tag`` on the text of a TimeML document and write its expressions back in.

    The document's DCT is the reference unless ``reference`` overrides it; a missing or
    odd DCT is handled by :func:`timeline_app.exchange.creation_time.reference_for`, whose
    note (how the reference was chosen) is appended to ``notes``. Returns the new content
    and the expressions that could not be written (see :func:`retag_timeml`).
    """
    from timeline_app.exchange.creation_time import tag_document

    document = parse_timeml(original, name, require_dct=False)
    return retag_timeml(original, tag_document(document, tag, reference=reference, notes=notes), name=name)


_CAT_TIMEX = re.compile(r"[ \t]*<TIMEX3\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(?:/>|>.*?</TIMEX3>)[ \t]*\n?", re.S)
_M_ID = re.compile(r"""\bm_id\s*=\s*["'](\d+)["']""")


def is_meantime(content: str) -> bool:
    """Whether decoded XML is a MEANTIME CAT document rather than TempEval-3 TimeML."""
    head = content[:2000]
    return re.search(r"<Document[\s>]", head) is not None and re.search(r"<TimeML[\s>]", head) is None


def tag_meantime(
    original: str,
    *,
    name: str = "<string>",
    reference: Reference | None = None,
    tag: Tagger = find_timexes,
    notes: list[str] | None = None,
) -> tuple[str, list[Timex]]:
    """Tag a MEANTIME CAT document: its TIMEX3 markables are replaced by ours.

    CAT is stand-off: a markable lists the tokens it covers, so each expression found in
    the rebuilt text (:func:`parse_meantime`) becomes a ``<TIMEX3 m_id=...>`` with a
    ``token_anchor`` for every token it overlaps. The creation-time markable, the tokens
    and every other markable and relation stay as they were; new ``m_id`` values follow
    the largest one in the file. An expression that covers no token is returned as skipped;
    the dateline the creation-time markable covers is not tagged again (what is anchored to
    it is anchored to the creation time).
    """
    from timeline_app.exchange.creation_time import tag_document

    document = parse_meantime(original, name)
    root = _check_well_formed(original, name)
    _, spans, _, _ = _meantime_text(root)
    timexes = split_ranges(tag_document(document, tag, reference=reference, notes=notes))
    # The dateline under the title is the creation-time markable itself: not tagged a second time.
    dateline = [spans[a.get("t_id", "")] for element in root.iter("TIMEX3")
                if element.get("functionInDocument") == "CREATION_TIME"
                for a in element.iter("token_anchor") if a.get("t_id", "") in spans]
    dct_span = (min(s for s, _ in dateline), max(e for _, e in dateline)) if dateline else None
    is_dateline = {index for index, timex in enumerate(timexes)
                   if dct_span is not None and dct_span[0] <= timex.start and timex.end <= dct_span[1]}
    ordered = sorted(spans.items(), key=lambda item: item[1])
    starts = [span[0] for _, span in ordered]
    next_id = max((int(m) for m in _M_ID.findall(original)), default=0) + 1
    ids: dict[int, str] = {}
    covered: dict[int, list[str]] = {}
    skipped: list[Timex] = []
    for index, timex in enumerate(timexes):
        if index in is_dateline:
            ids[index] = document.dct_tid or ""
            continue
        first = max(bisect.bisect_right(starts, timex.start) - 1, 0)
        tokens = [t_id for t_id, (start, end) in ordered[first:bisect.bisect_left(starts, timex.end)]
                  if start < timex.end and end > timex.start]
        if not tokens:
            skipped.append(timex)
            continue
        ids[index], covered[index] = str(next_id), tokens
        next_id += 1
    markup: list[str] = []
    for index, timex in enumerate(timexes):
        if index not in ids or index in is_dateline:
            continue
        attributes = [("m_id", ids[index]), ("type", str(timex.type)), ("value", timex.value)]
        if timex.mod:
            attributes.append(("mod", timex.mod))
        anchor = _anchor_tid(timex.anchor, document.dct_tid or "", ids)
        attributes += [("anchorTimeID", anchor or ""), ("functionInDocument", "NONE")]
        anchors = "".join(f'<token_anchor t_id="{t_id}"/>\n' for t_id in covered[index])
        markup.append(f"<TIMEX3{_attribute_text(attributes)}>\n{anchors}</TIMEX3>\n")

    def keep_creation_time(match: re.Match[str]) -> str:
        return match.group(0) if "CREATION_TIME" in match.group(0).split(">", 1)[0] else ""

    body = re.search(r"<Markables\b[^>]*>(.*?)</Markables>", original, re.S)
    if body is not None:
        inner = _CAT_TIMEX.sub(keep_creation_time, body.group(1))
        if not inner.endswith("\n"):
            inner += "\n"
        content = original[:body.start(1)] + inner + "".join(markup) + original[body.end(1):]
    else:
        closing = original.rindex("</Document>")
        content = original[:closing] + "<Markables>\n" + "".join(markup) + "</Markables>\n" + original[closing:]
    return content, skipped
