"""A Markdown document's block structure: headings, paragraphs, list items, tables… with their lines.

The importer needs only the blocks, never the inline markup, so markdown-it
runs its block rules alone: its inline rules are where pathological input
(thousands of ``*a_`` or ``[``) costs quadratic time and gigabytes. The
document is parsed in slices of lines and each slice's tokens are turned
into small :class:`Block` records at once, so the tokens of a 60 MB file
are never all held together.

Slicing is exact: CommonMark decides block structure line by line, so every
top-level block that ends before the last one starting in a slice is final;
the next slice starts at that last block (a slice holding a single block is
doubled until the block ends inside it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .labels import ANSWER_QUALIFIERS, CJK_CHAR, FOREIGN_ANSWER_LABEL, NUMBERED_QUESTION_LABEL, QUESTION_LABEL

TEXT_CAP = 2000  # characters kept of a block's text: titles and labels live in the first few lines
FENCED_TEXT_CAP = 50_000  # …but questions kept in a fence as text are all in its one block, each on its line
SLICE_LINES = 4000

# Block rules only: the core chain keeps "normalize" and "block" (tests/test_blocks.py checks). Tables are
# read here, not by markdown-it: it makes eight tokens of every row, and only question tables matter.
MARKDOWN = MarkdownIt("commonmark")
MARKDOWN.disable(["inline", "text_join"])
MAX_SLICE_LINES = 1 << 16  # a block longer than this is read in pieces (a giant list, code block or table)

_HTML_HEADING = re.compile(r"^\s*(?:\*\*|__)?\s*<h([1-6])\b[^>]*>(.*?)</h\1\s*>\s*(?:\*\*|__)?\s*$", re.IGNORECASE | re.DOTALL)
_HTML_HEADING_OPEN = re.compile(r"^\s*<h([1-6])\b[^>]*>", re.IGNORECASE)
# A question's heading as the first thing in a wrapper ('<div class="common" id="que1">' over '<h3>1. What is
# Perl?</h3>', after the '</div>' closing the one before): numbered or asking, not a note's "<h4>Definition</h4>"
_WRAPPED_HEADING_OPEN = re.compile(r"^\s*(?:</?(?:div|section|article)\b[^>]{0,200}>\s*){1,3}<h([1-6])\b[^>]*>"
                                   r"(?=\s*(?:\d{1,4}[.)]|Q\d{0,4}[.:)])|[^<]{0,300}\?\s*</h)", re.IGNORECASE)
_DELIMITER_ROW = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_NUMBER_HEADER = re.compile(r"^(?:#|№|No\.?|Nr\.?|N|S\.?\s?No\.?|Sr\.?\s?No\.?|Sno|Index|Idx|序号|序號|번호|"
                            r"Q\s?#|Q\.?\s?No\.?|Q\s?Num(?:ber)?)$", re.IGNORECASE)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_QUOTE_MARKS = re.compile(r"^\s*(?:>\s?)+")
# Header cells naming the question column ("Question", "Question Title", "Interview Question", "问题", "질문"…)
# and the answer column; a table with a question column and no answer column lists unanswered questions.
_QUESTION_HEADER = re.compile(r"^\W*(?:(?:(?:interview|sample|common|practice)\s+)?(?:questions?|q)(?:\s+(?:title|text|name))?|"
                              r"questions?\s*/\s*scenarios?|"
                              r"面试题|面試題|문제|вопросы|preguntas|fragen|" + QUESTION_LABEL + r"|"
                              # ("面试问题", "项目问题": the interview's, the project's questions)
                              r"(?:面试|面試|项目|項目|常见|常見)(?:问题|問題))\W*$",
                              re.IGNORECASE)
_ANSWER_HEADER = re.compile(r"^\W*(?:(?:(?:" + "|".join((*ANSWER_QUALIFIERS, "your", "my")) + r")\s+)?answers?"
                            r"(?:\s+(?:summary|key|signals?|outlines?|guide(?:lines?)?|criteria|points|highlights))?"
                            r"(?:\s*(?:/|&|and)\s*(?:key\s+points|explanation|notes))?|a|"
                            r"solutions?|explanation|(?:技术|技術)?(?:解决方案|解決方案)|"
                            r"ответы|" + FOREIGN_ANSWER_LABEL + r")\W*$",
                            re.IGNORECASE)

# Where no column is named a question, a scenario or a prompt is the question ("| Scenario | What to Think |"); beside
# a question column, a scenario names its setting ("| Scenario | Question | Hint |")
_SCENARIO_HEADER = re.compile(r"^\W*(?:scenarios?|prompts?)\W*$", re.IGNORECASE)

# Beside a question column and no answer column, what is written for each question is the back of its card
# ("| Question | Hint |": "Fully managed NoSQL store").
# ("| Question | Pro Tips |", "| Scenario | What to Think |", "| Question | Sample Tip or Response |",
# "| Question | Look For |": what an interviewer listens for)
_HINT_HEADER = re.compile(r"^\W*(?:hints?|key points?|(?:核心)?(?:知识点|要点)|"  # ("核心知识点": the key points)
                          r"[\u4e00-\u9fff]{0,8}(?:重点|重點)|"  # ("可能期待回答的重点": what an answer should stress)
                          r"(?:pro\s+|quick\s+)?tips?|(?:sample\s+)?(?:tips?\s+or\s+)?responses?|"
                          r"what\s+to\s+(?:think|say|cover|mention|look\s+for)|how\s+to\s+(?:answer|respond|approach)|"
                          r"(?:look(?:ing)?\s+for|(?:expected\s+|strong\s+)?signals|green\s+flags))\W*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Item:
    """The list item a block opens: ``3.`` is ordered with number 3, ``-`` is a bullet."""

    ordered: bool
    number: int | None
    marker: str  # "-", "*", "+"; ".", ")" for ordered items
    list_id: int = 0  # the first line of its list: the same for all items of one list


@dataclass(slots=True)
class Block:
    """One leaf block of the document, in source lines (0-based, ``end`` exclusive).

    ``kind`` is heading, paragraph, html, code, hr, table or row (a row of a
    table whose header names a question and an answer column; ``cells`` holds
    its question and answer). ``depth`` counts the list items around the block;
    ``item`` is set on the first block of a list item. A heading written in
    HTML (``<h3>…</h3>``, also wrapped in ``**``) is a heading; ``body`` is the
    line its answer starts on when that is not ``end`` (an HTML block runs on
    after the heading), else -1.
    """

    kind: str
    start: int
    end: int
    depth: int = 0
    level: int = 0
    text: str = ""
    item: Item | None = None
    quoted: bool = False
    body: int = -1
    cells: tuple[str, str] = ("", "")
    number: str = ""
    html: bool = False  # a row of a raw HTML <table>
    fenced: bool = False  # text read from a fence or an indented block that held text, not code
    hinted: bool = False  # a row whose answer cell is a "Hint" column's: an answer key, where one exists, wins

    @property
    def answer_line(self) -> int:
        """The line an answer after this block may start on."""
        return self.body if self.body >= 0 else self.end


@dataclass(slots=True)
class _Walk:
    """Where the token walk is: open lists and items, and the item whose first block is next."""

    offset: int
    lines: list[str]
    limit: int | None = None
    lists: list[tuple[bool, int]] = field(default_factory=list)  # (ordered, list id)
    depth: int = 0
    quoted: int = 0
    pending: Item | None = None


@dataclass(slots=True)
class ScanStats:
    """Work done by :func:`scan_blocks`: lines handed to markdown-it (counting each time) and slices."""

    markdown_lines: int = 0
    slices: int = 0


def scan_blocks(lines: list[str], *, fast: bool = True, slice_lines: int = SLICE_LINES,
                limit: int | None = None, stats: ScanStats | None = None) -> list[Block]:
    """The leaf blocks of the document made of ``lines``, in order (the first ``limit`` of them).

    Runs of plain lines (``#`` headings, paragraphs of text that no other
    block can start with, blank lines) are read here directly; markdown-it
    reads everything else, a slice at a time. ``fast=False`` sends every line
    to markdown-it: the two agree (tests/test_blocks.py). ``stats``, when
    given, counts the work (how the tests show it stays linear).
    """
    blocks: list[Block] = []
    stats = stats if stats is not None else ScanStats()
    start = 0
    while start < len(lines) and (limit is None or len(blocks) < limit):
        if fast:
            start = _scan_plain(lines, start, blocks, limit)
            if start >= len(lines) or (limit is not None and len(blocks) >= limit):
                break
        start = _scan_markdown(lines, start, blocks, slice_lines, fast, stats, limit)
    return blocks if limit is None else blocks[:limit]


def _is_blank(line: str) -> bool:
    return not line.strip(" \t")


def _scan_plain(lines: list[str], start: int, out: list[Block], limit: int | None = None) -> int:
    """Read plain lines from ``start``; return the first line left for markdown-it.

    A paragraph still open at that line is left to markdown-it as well (the
    line may continue it, or underline it into a heading).
    """
    index, paragraph = start, -1
    for index in range(start, len(lines)):  # noqa: B007 (the index after the loop is the answer)
        line = lines[index]
        if _is_blank(line):
            if paragraph >= 0:
                out.append(_plain_paragraph(lines, paragraph, index))
                paragraph = -1
            continue
        first = line[0]
        if first == "#":
            heading = _atx(line)
            if heading is None:
                break
            if paragraph >= 0:
                out.append(_plain_paragraph(lines, paragraph, index))
                paragraph = -1
            out.append(Block("heading", index, index + 1, 0, heading[0], heading[1]))
            if limit is not None and len(out) >= limit:
                return index + 1
            continue
        if first in _STRUCTURE or "|" in line:
            if paragraph < 0 and first in _MARKERS and (after := _simple_list(lines, index, out, limit)) > index:
                return after  # a list read here; plain reading goes on from there
            if paragraph < 0 and "|" in line and (after := _plain_table(lines, index, out, limit)) > index:
                return after
            break
        if paragraph < 0:
            paragraph = index
    else:
        if paragraph >= 0:
            out.append(_plain_paragraph(lines, paragraph, len(lines)))
        return len(lines)
    return paragraph if paragraph >= 0 else index


# First characters of lines that may open or continue a structure (lists, quotes, fences, HTML,
# thematic breaks, setext underlines, tables, link definitions, indented code): markdown-it's business.
_STRUCTURE = frozenset("#>-+*_=~`<|[ \t0123456789")


_MARKERS = frozenset("-*+0123456789")
_SIMPLE_ITEM = re.compile(r"([-*+]|(\d{1,9})([.)]))( {1,4})(?=[^ \t])")
_ANY_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _simple_list(lines: list[str], start: int, out: list[Block], limit: int | None) -> int:
    """A list of one-line items (``- text``, ``1. text``) from ``start``, read here; the line after it.

    Returns ``start`` (nothing read) for anything else — nested items, continuation lines, items
    that open another block — which markdown-it then reads from the list's first line.
    """
    first = _SIMPLE_ITEM.match(lines[start])
    if first is None:
        return start
    kind = first.group(3) or first.group(1)  # "." or ")" for ordered lists, the bullet character else
    items: list[Block] = []
    index, blank = start, False
    while index < len(lines):
        line = lines[index]
        if _is_blank(line):
            blank, index = True, index + 1
            continue
        item = _SIMPLE_ITEM.match(line)
        if item is not None and (item.group(3) or item.group(1)) == kind:
            content = line[item.end():].strip()
            if not content or content[0] in _STRUCTURE or "|" in content:
                return start
            number = int(item.group(2)) if item.group(2) else None
            items.append(Block("paragraph", index, index + 1, 1, 0, content[:TEXT_CAP],
                               Item(number is not None, number, kind, start)))
            blank, index = False, index + 1
            continue
        ends = (blank and line[0] not in " \t" and not _ANY_ITEM.match(line)) or (line[0] == "#" and _atx(line))
        if not ends:
            return start
        break
    if limit is not None:
        items = items[: max(0, limit - len(out))]
    out.extend(items)
    return index if limit is None or len(out) < limit else items[-1].end if items else start


def _plain_table(lines: list[str], start: int, out: list[Block], limit: int | None) -> int:
    """A table at the top level (header, delimiter row, rows up to a blank line), read here; the line
    after it, or ``start`` when its end is not plain (markdown-it reads it then, as a paragraph)."""
    first = lines[start][0]
    if (start + 1 >= len(lines) or (first in _STRUCTURE and first != "|")
            or not _is_table_start(lines[start], lines[start + 1])):
        return start
    index = start + 2
    while index < len(lines):
        line = lines[index]
        if _is_blank(line) or (line[0] == "#" and _atx(line)):
            break
        if line[0] in " \t" or (line[0] in _STRUCTURE and line[0] != "|"):
            return start
        index += 1
    _table(out, lines, start, index, (lines[start], lines[start + 1]), limit=limit)
    return index


def _is_table_start(header: str, delimiter: str) -> bool:
    """A header row and a delimiter row with as many cells (``---`` alone underlines a heading)."""
    return ("|" in header and "|" in delimiter and len(delimiter) <= 10_000 and len(header) <= 10_000
            and _DELIMITER_ROW.match(delimiter) is not None and not _ANY_ITEM.match(delimiter)
            and len(_cells(header)) == len(_cells(delimiter)))


def _atx(line: str) -> tuple[int, str] | None:
    """``## Title ##`` → (2, "Title"), exactly as markdown-it reads an ATX heading at column 0."""
    level = len(line) - len(line.lstrip("#"))
    if level > 6 or (level < len(line) and line[level] not in " \t"):
        return None
    rest = line[level:].rstrip(" \t")
    closed = rest.rstrip("#")
    if len(closed) < len(rest) and closed and closed[-1] in " \t":
        rest = closed
    return level, rest.strip()[:TEXT_CAP]


def _plain_paragraph(lines: list[str], start: int, end: int) -> Block:
    kept: list[str] = []
    size = 0
    for line in lines[start:end]:
        kept.append(line)
        size += len(line) + 1
        if size > TEXT_CAP:
            break
    return Block("paragraph", start, end, 0, 0, "\n".join(kept).strip()[:TEXT_CAP])


def _scan_markdown(lines: list[str], start: int, out: list[Block], size: int, fast: bool, stats: ScanStats,
                   limit: int | None = None) -> int:
    """Blocks from a slice of lines read by markdown-it; return the line the next slice starts on."""
    if fast:
        size = _slice_size(lines, start, size)
    while True:
        size = min(size, MAX_SLICE_LINES)
        stop = min(len(lines), start + size)
        stats.markdown_lines += stop - start
        stats.slices += 1
        tokens = MARKDOWN.parse("\n".join(lines[start:stop]))
        tops = [i for i, t in enumerate(tokens) if t.level == 0 and t.nesting >= 0 and t.map is not None]
        if stop < len(lines) and size < MAX_SLICE_LINES:
            if len(tops) < 2:
                size *= 2  # one block fills the slice: it may go on past it
                continue
            cut = tokens[tops[-1]].map[0]  # type: ignore[index]
            tokens = tokens[: tops[-1]]
        elif stop < len(lines) and len(tops) >= 2:
            cut = tokens[tops[-1]].map[0]  # type: ignore[index]
            tokens = tokens[: tops[-1]]
        else:
            cut = stop - start  # the end, or one block of MAX_SLICE_LINES: taken as it is, the rest read after it
        _convert(tokens, _Walk(start, lines, limit), out)
        return start + cut


def _slice_size(lines: list[str], start: int, limit: int) -> int:
    """Lines up to the next place plain reading may take over again (a plain line after a blank one)."""
    for index in range(start + 1, min(len(lines), start + limit)):
        line = lines[index]
        if line and _is_blank(lines[index - 1]) and (line[0] not in _STRUCTURE or (line[0] == "#" and _atx(line))):
            return max(index + 1 - start, 32)
    return limit


def _convert(tokens: list[Token], walk: _Walk, out: list[Block]) -> None:
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            walk.lists.append((kind == "ordered_list_open", walk.offset + (token.map[0] if token.map else 0)))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            walk.lists.pop()
        elif kind == "list_item_open":
            walk.depth += 1
            ordered = bool(walk.lists) and walk.lists[-1][0]
            number = int(token.info) if ordered and token.info.isdigit() and len(token.info) < 10 else None
            walk.pending = Item(ordered, number, token.markup, walk.lists[-1][1] if walk.lists else 0)
        elif kind == "list_item_close":
            walk.depth -= 1
            walk.pending = None
        elif kind == "blockquote_open":
            walk.quoted += 1
        elif kind == "blockquote_close":
            walk.quoted -= 1
        elif kind in ("paragraph_open", "heading_open"):
            text = tokens[index + 1].content[:TEXT_CAP] if index + 1 < len(tokens) else ""
            level = int(token.tag[1]) if kind == "heading_open" else 0
            _leaf(out, walk, token, "heading" if level else "paragraph", text, level)
            index += 2
        elif kind == "code_block" and not walk.depth and not walk.quoted and _indented_prose(token.content):
            # Text indented by four spaces by a writer who meant an indent, not code: read as the text it is.
            _leaf(out, walk, token, "paragraph", "\n".join(line.strip() for line in token.content.split("\n")
                                                             if line.strip())[:TEXT_CAP], 0)
            out[-1].fenced = True
        elif kind == "fence" and token.info.strip().lower() in TEXT_FENCES and fenced_pairs(token.content):
            # Q:/A: pairs put in a fence to keep their layout: the questions and answers they are, read as text
            begin, end = _span(token, walk)
            out.append(Block("paragraph", begin + 1, max(begin + 1, end - 1), walk.depth, 0,
                             token.content.rstrip("\n")[:FENCED_TEXT_CAP], walk.pending, walk.quoted > 0, fenced=True))
            walk.pending = None
        elif kind in ("fence", "code_block"):
            _leaf(out, walk, token, "code", "", 0)
        elif kind == "html_block":
            _leaf(out, walk, token, "html", token.content[:TEXT_CAP], 0)
        elif kind == "hr":
            _leaf(out, walk, token, "hr", "", 0)
        index += 1


# What code has and prose does not: operators, brackets right after a name, keywords first, comment and prompt marks
_CODE_SIGNS = re.compile(r"[=;{}<>$\\|]|\w\(|->|::|^(?:(?:def|class|import|from|return|for|while|if|else|print|public|"
                         r"private|var|let|const|function|select|#include)\b|#|//|\$|>>>)", re.IGNORECASE)
PROSE_LINES = 3  # an indented block this long or longer, of lines that read as text, is text
PROSE_WORDS = 4


def _indented_prose(content: str) -> bool:
    """Whether an indented code block is text: at least a few lines, most of them words (four or more,
    or CJK) with nothing of code in them."""
    lines = [line.strip() for line in content.split("\n") if line.strip()]
    if len(lines) < PROSE_LINES or len(lines) > MAX_SLICE_LINES:
        return False
    prose = sum(1 for line in lines if _CODE_SIGNS.search(line) is None
                and (len(line.split()) >= PROSE_WORDS or CJK_CHAR.search(line) is not None))
    return prose * 5 >= len(lines) * 4


TEXT_FENCES = frozenset(("", "text", "txt", "plain", "plaintext", "markdown", "md"))
_FENCED_Q = re.compile(r"^(?:Q|Question|" + NUMBERED_QUESTION_LABEL + r")\s*\d{0,4}\s*[:.]\s+\S", re.MULTILINE)
_FENCED_A = re.compile(r"^(?:A|Ans|Answer)\s*\d{0,4}\s*[:.]\s*\S", re.MULTILINE)


def fenced_pairs(content: str) -> bool:
    """Whether a fence without a language holds labelled questions with their answers ("Q: …" over "A: …"),
    or opens with one ("Q: Tell me about a time …" over the answer in the writer's own shape)."""
    question = _FENCED_Q.search(content)
    return question is not None and (question.start() == len(content) - len(content.lstrip())
                                     or _FENCED_A.search(content) is not None)


def _span(token: Token, walk: _Walk) -> tuple[int, int]:
    begin, end = token.map if token.map else (0, 0)
    return begin + walk.offset, end + walk.offset


def _leaf(out: list[Block], walk: _Walk, token: Token, kind: str, text: str, level: int) -> None:
    begin, end = _span(token, walk)
    head = text.split("\n", 2)
    if kind == "paragraph" and len(head) >= 2 and "|" in head[0] and _table(
            out, walk.lines, begin, end, (head[0], head[1]), walk.depth, walk.quoted > 0, walk.pending, walk.limit):
        walk.pending = None
        return
    # (the text may be cut short: a long block is looked through line by line)
    cuts = _headed_divs(walk.lines, begin, end) if kind == "html" and ("<h" in text or len(text) >= TEXT_CAP) else []
    if kind == "html" and text[:40].lstrip()[:6].lower() == "<table":
        # (a table of contents whose last row runs on into the first question's div: the table ends there)
        if _html_table(out, walk.lines, begin, cuts[0] if cuts else end, walk.depth, walk.quoted > 0, walk.limit):
            if not cuts:
                walk.pending = None
                return
            begin = cuts.pop(0)
        elif cuts:
            out.append(Block(kind, begin, cuts[0], walk.depth, level, "\n".join(walk.lines[begin:cuts[0]])[:TEXT_CAP],
                             walk.pending, walk.quoted > 0))
            walk.pending, begin = None, cuts.pop(0)
    if cuts or (begin != _span(token, walk)[0]):
        # '<div id="que1">' over '<h3>1. What is Perl?</h3>' run on from the block above without a blank line (a
        # table of contents, the div before): each such div is a block of its own, its heading a heading
        for first, last in zip([begin, *cuts], [*cuts, end], strict=True):
            block = Block(kind, first, last, walk.depth, level, "\n".join(walk.lines[first:last])[:TEXT_CAP],
                          walk.pending if first == begin else None, walk.quoted > 0)
            _html_heading(block)
            out.append(block)
        walk.pending = None
        return
    block = Block(kind, begin, end, walk.depth, level, text, walk.pending, walk.quoted > 0)
    walk.pending = None
    if kind in ("paragraph", "html"):
        _html_heading(block)
    out.append(block)


_DIV_OPEN = re.compile(r"^\s*(?:</(?:div|section|article)>\s*)?<(?:div|section|article)\b[^>]{0,200}>", re.IGNORECASE)


HTML_HEADINGS_TO_CUT = 2


def _headed_divs(lines: list[str], begin: int, end: int) -> list[int]:
    """Lines after the first of an HTML block where a wrapper opens with a question's heading right in it (on
    its line or the next), or where a heading opens the line after what went before it (a page exported as one
    "<div>" holds all its "<h3>" questions, each after the answer above; a heading right inside the div that
    opens the block, with no other, is the title of a note): where the block is cut so each such div, or heading
    and what follows it, stands alone."""
    headings = [at for at in range(begin, end) if "<h" in lines[at][:8].lower() and _HTML_HEADING_OPEN.match(lines[at])]
    if len(headings) < HTML_HEADINGS_TO_CUT:
        headings = [at for at in headings if any(not _DIV_OPEN.fullmatch(lines[above].strip()) for above in range(begin, at))]
    headings = [at for at in headings if at > begin]
    return sorted({*headings, *(at for at in range(begin + 1, end) if _DIV_OPEN.match(lines[at])
                                and _WRAPPED_HEADING_OPEN.match("\n".join(lines[at:at + 2])))})


_OPTION_TEXT = re.compile(r"^\s*[a-hA-H][.)]\s+\S")


def _html_heading(block: Block) -> None:
    """``<h3>1. What is X?</h3>`` (alone, or first in an HTML block or its ``<div>``, or wrapped in ``**``) is a
    heading."""
    if block.kind == "paragraph":
        match = _HTML_HEADING.match(block.text) if "<h" in block.text[:12].lower() else None
        if match and not _OPTION_TEXT.match(match.group(2)):
            block.kind, block.level, block.text = "heading", int(match.group(1)), match.group(2)
        return
    opening = _HTML_HEADING_OPEN.match(block.text) or _WRAPPED_HEADING_OPEN.match(block.text)
    if opening is None or _OPTION_TEXT.match(block.text[opening.end():opening.end() + 20]):
        return  # "<h3>c. Master & Nodes <strong>(Correct)</strong></h3>": a quiz's option, set large
    close = re.search(rf"</h{opening.group(1)}\s*>", block.text, re.IGNORECASE)
    block.kind, block.level = "heading", int(opening.group(1))
    if close is None:  # "<h3>8. Explain X." never closed: the heading is its first line
        block.body = block.start + 1
        block.text = block.text[opening.end():].split("\n", 1)[0]
        return
    block.body = block.start + block.text.count("\n", 0, close.end()) + 1
    block.text = block.text[opening.end():close.start()]


def _cells(line: str) -> list[str]:
    """A table row's cells: split at pipes that are not escaped, ``\\|`` read as ``|``."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(line)]


def _table(out: list[Block], lines: list[str], begin: int, end: int, head: tuple[str, str], depth: int = 0,
           quoted: bool = False, item: Item | None = None, limit: int | None = None) -> bool:
    """A paragraph that is a table (``head``: its header row, then a delimiter row): one ``row`` block per
    body row when the header names a question and an answer column, else one ``table`` block. False if no
    table."""
    header, delimiter = head
    if not _is_table_start(header, delimiter):
        return False
    cells = _cells(header[:10_000])
    # The number column first: "Q#" names the question's number, not the question
    number = next((i for i, cell in enumerate(cells) if _NUMBER_HEADER.match(cell.strip("*_` "))), None)
    question = next((i for i, cell in enumerate(cells) if i != number and _QUESTION_HEADER.match(cell)), None)
    if question is None:
        question = next((i for i, cell in enumerate(cells) if i != number and _SCENARIO_HEADER.match(cell)), None)
    answer = next((i for i, cell in enumerate(cells) if _ANSWER_HEADER.match(cell)), None)
    hinted = False
    if answer is None and question is not None:
        answer = next((i for i, cell in enumerate(cells) if _HINT_HEADER.match(cell)), None)
        hinted = answer is not None
    if question is None and number is not None and answer is not None:
        # An answer key ("| Q# | Expected Answer | Explanation |"): rows of answers to the questions so numbered
        # elsewhere, each a row with no question of its own (the importer gives each to its question).
        for line in range(begin + 2, end):
            if limit is not None and len(out) >= limit:
                break
            row = _cells(_QUOTE_MARKS.sub("", lines[line], count=1) if quoted else lines[line])
            said = "\n\n".join(cell for at, cell in enumerate(row) if at != number and cell.strip())
            out.append(Block("row", line, line + 1, depth, 0, "", None, quoted, cells=("", said),
                             number=row[number].strip("*_` ") if number < len(row) else ""))
        return True
    if question is None:
        out.append(Block("table", begin, end, depth, 0, "", item, quoted))
        return True
    first = len(out)
    for line in range(begin + 2, end):
        if limit is not None and len(out) >= limit:
            break
        row = _cells(_QUOTE_MARKS.sub("", lines[line], count=1) if quoted else lines[line])

        def cell(at: int | None, row: list[str] = row) -> str:
            return row[at] if at is not None and at < len(row) else ""

        out.append(Block("row", line, line + 1, depth, 0, cell(question)[:TEXT_CAP], None, quoted,
                         cells=(cell(question)[:TEXT_CAP], cell(answer)), number=cell(number), hinted=hinted))
    if answer is None and number is not None:
        _fold_answer_rows(out, first, lambda line: _cells(_QUOTE_MARKS.sub("", lines[line], count=1) if quoted
                                                         else lines[line])[question])
    return True


ANSWER_ROWS_MIN = 3  # questions each with its answer in the unnumbered row under it, for a table to be written so
# "Asked at Google, Meta", "Source: LeetCode", "Companies: Amazon": where a question comes from
_NOTE_ROW = re.compile(r"^\W*(?:(?:asked\s+(?:at|by|in)|seen\s+at)\b|(?:sources?|compan(?:y|ies)|tags?|frequency)\s*[:：])",
                       re.IGNORECASE)
# "Google, Amazon", "Stripe", "Medium": companies or a level under each question, not answers (where most rows are so)
_NAMES_ROW = re.compile(r"^\s*(?:(?i:easy|medium|hard|beginner|intermediate|advanced)|[A-Z][\w&-]*(?:\s*,\s*[A-Z][\w&-]*)*)\s*$")
_BOLD_CELL = re.compile(r"^\s*(?:\*\*|__)[^*_]*(?:\*\*|__)\s*$")  # "**CSS**": a row naming the section under it


def _fold_answer_rows(out: list[Block], first: int, question_cell: Callable[[int], str]) -> None:
    """A table with no answer column whose answers sit each in the row under its question, that row left
    unnumbered ("| 1 | What is X? |" over "|   | X is … |"): each such row becomes the answer of the numbered row
    above it, where most numbered rows have one (``first``: the table's first row in ``out``; ``question_cell``:
    the whole question cell of a line, as the answer it holds). Rows that ask are follow-ups, rows saying where a
    question was asked notes ("Asked at Google"), as are rows saying the same thing each time, and a bold one
    names a section."""
    rows = out[first:]
    under = [at for at in range(1, len(rows)) if not rows[at].number and rows[at - 1].number.isdigit()
             and not _BOLD_CELL.match(rows[at].text) and not rows[at].text.rstrip().endswith(("?", "？"))
             and not _NOTE_ROW.match(rows[at].text)]
    if (len(under) < ANSWER_ROWS_MIN or len(under) * 2 < sum(1 for row in rows if row.number.isdigit())
            or len({rows[at].text.strip() for at in under}) * 2 <= len(under)
            or sum(1 for at in under if _NAMES_ROW.match(rows[at].text)) * 2 >= len(under)):
        return
    for at in under:
        above, below = rows[at - 1], rows[at]
        above.cells, above.end = (above.cells[0], question_cell(below.start)), below.end
    folded = set(under)
    out[first:] = [row for at, row in enumerate(rows) if at not in folded]


_BREAKING_TAGS = frozenset(("p", "div", "br", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"))
_HTML_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
HTML_TABLE_LINES = 20_000  # a raw table longer than this is left as HTML: no export of questions is that long


class _RowReader(HTMLParser):
    """The rows of a raw HTML table as (line, cells): each cell's text with its paragraphs, list items and
    ``<pre>`` code as Markdown lines. A table inside a cell is text of that cell; a cell or row left open
    ("/td>" typed for "</td>") ends where the next one starts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[int, list[str]]] = []
        self.tables = 0
        self.row: list[str] | None = None
        self.row_line = 0
        self.cell: list[str] | None = None
        self.pre = 0

    def end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            self.row.append("".join(self.cell))
        self.cell = None

    def end_row(self) -> None:
        self.end_cell()
        if self.row is not None:
            self.rows.append((self.row_line, self.row))
        self.row = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables += 1
        if self.tables != 1:
            if self.cell is not None and tag in _BREAKING_TAGS:
                self.cell.append("\n")
            return
        if tag == "tr":
            self.end_row()
            self.row, self.row_line = [], self.getpos()[0] - 1
        elif tag in ("td", "th"):
            self.end_cell()
            if self.row is None:
                self.row, self.row_line = [], self.getpos()[0] - 1
            self.cell = []
        elif self.cell is not None:
            if tag == "li":
                self.cell.append("\n- ")
            elif tag == "pre":
                self.pre += 1
                self.cell.append("\n```\n")
            elif tag in _BREAKING_TAGS:
                self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.tables -= 1
            if self.tables == 0:
                self.end_row()
            return
        if self.tables != 1:
            return
        if tag in ("td", "th"):
            self.end_cell()
        elif tag == "tr":
            self.end_row()
        elif self.cell is not None:
            if tag == "pre" and self.pre:
                self.pre -= 1
                self.cell.append("\n```\n")
            elif tag in _BREAKING_TAGS:
                self.cell.append("\n")

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data.replace("\u00a0", " ") if self.pre else _HTML_SPACES.sub(" ", data))


def _cell_lines(cell: str) -> str:
    """A cell's text as Markdown: lines stripped and blank runs folded, except inside code."""
    out: list[str] = []
    fenced = False
    for line in cell.split("\n"):
        if line.strip() == "```":
            fenced = not fenced
            out.append("```")
            continue
        line = line if fenced else line.strip()
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _question_and_answer(cells: list[str]) -> tuple[int, int] | None:
    """The question and answer columns a header row names, or None."""
    heads = [" ".join(cell.split()) for cell in cells]
    question = next((i for i, cell in enumerate(heads) if _QUESTION_HEADER.match(cell)), None)
    answer = next((i for i, cell in enumerate(heads) if _ANSWER_HEADER.match(cell)), None)
    return (question, answer) if question is not None and answer is not None else None


def _html_table(out: list[Block], lines: list[str], begin: int, end: int, depth: int, quoted: bool,
                limit: int | None) -> bool:
    """A raw HTML ``<table>`` whose header row names a question and an answer column (a wiki's export): one
    ``row`` block per row below it, as for a Markdown table. False (the block stays HTML) for any other table."""
    if end - begin > HTML_TABLE_LINES:
        return False
    reader = _RowReader()
    reader.feed("\n".join(lines[begin:end]))
    reader.close()
    reader.end_row()
    rows = [(line, [_cell_lines(cell) for cell in cells]) for line, cells in reader.rows]
    header = next((at for at, (_, cells) in enumerate(rows[:3]) if _question_and_answer(cells)), None)
    if header is None:
        return False
    heads = [" ".join(cell.split()) for cell in rows[header][1]]
    question, answer = _question_and_answer(heads) or (None, None)
    number = next((i for i, cell in enumerate(heads) if _NUMBER_HEADER.match(cell)), None)
    body = rows[header + 1:]
    for position, (line, cells) in enumerate(body):
        if limit is not None and len(out) >= limit:
            break

        def cell(index: int | None, cells: list[str] = cells) -> str:
            return cells[index] if index is not None and index < len(cells) else ""

        asked = " ".join(cell(question).split())[:TEXT_CAP]
        stop = body[position + 1][0] if position + 1 < len(body) else end - begin
        out.append(Block("row", begin + line, begin + max(stop, line + 1), depth, 0, asked, None, quoted,
                         cells=(asked, cell(answer)), number=cell(number).strip(), html=True))
    return True
