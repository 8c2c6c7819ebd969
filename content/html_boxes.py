"""Questions in HTML boxes named for what they hold: a page written as ``<div class="faq-question">`` boxes, each
followed by the ``<div class="faq-answer">`` box that answers it (a button or a break between them). The boxes are
cut out of the lines (blanked, so that line numbers hold), and each pair becomes a question with its answer. A
question box with no answer box before the next question box asks without an answer.

The class names such a page uses end in the word ("dob-question", "qa_answer", "question"); a button's
("faq-answer-btn") or a wrapper's ("questions-list") does not count.

>>> lines = ['<div class="qa-question">What is a pod?</div><button>Answer</button>',
...          '<div class="qa-answer"><p>The smallest deployable unit.</p></div>',
...          '<div class="qa-question">What is a node?</div>']
>>> blanked, boxes = take_html_boxes(lines)
>>> blanked
['', '', '']
>>> [(box.line, box.question, box.answer) for box in boxes]
[(0, 'What is a pod?', 'The smallest deployable unit.'), (2, 'What is a node?', '')]
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

from .html_text import html_as_markdown

BOXES_MIN = 2  # question boxes in a document for its boxes to be its questions (one alone may be an example)
BOX_LINES = 400  # a box longer than this is no question's box
# (quoted values may hold ">": 'title="a > b"'; "data-class" is no class)
_ATTRIBUTES = r"""(?:"[^"]{0,300}"|'[^']{0,300}'|[^'"<>]){0,300}?"""
_BOX_OPENING = re.compile(rf"""<div\b{_ATTRIBUTES}(?<![\w-])class\s*=\s*(?:"([^"<>]{{1,200}})"|'([^'<>]{{1,200}})')"""
                          rf"{_ATTRIBUTES}>", re.IGNORECASE)
_QUESTION_CLASS = re.compile(r"^(?:[\w-]*[-_])?questions?$", re.IGNORECASE)
_ANSWER_CLASS = re.compile(r"^(?:[\w-]*[-_])?(?:answers?|solutions?)$", re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CLOSED_COMMENT = re.compile(r"<!--.*?-->")
_DIV_TAG = re.compile(r"<(/?)div\b", re.IGNORECASE)
# "<code>" around a "<pre>" (a page's way to show pre-formatted text), not code inside the text
_CODE_AROUND_PRE = re.compile(r"<code\b[^<>]*>(\s*<pre\b)|(</pre\s*>\s*)</code\s*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlBox:
    """A question box: the line it opens on, what it asks, what else it shows (a list under its sentence, as
    Markdown) and its answer box's text as Markdown ("" when it has none)."""

    line: int
    question: str
    prompt: str
    answer: str


def take_html_boxes(lines: list[str]) -> tuple[list[str], list[HtmlBox]]:
    """The lines with every question box and its answer box blanked, and each pair read; the lines as they were
    when fewer than :data:`BOXES_MIN` question boxes are there."""
    visible = _without_comments(lines) if any("<!--" in line for line in lines) else lines
    opened = [(index, kind) for index, line in _outside_code(visible) if "<div" in line.lower() and (kind := _first_box(line)[0])]
    # (a survey's "survey-question" boxes with no answer box anywhere are no questions and answers)
    if sum(1 for _index, kind in opened if kind == "question") < BOXES_MIN or all(kind != "answer" for _i, kind in opened):
        return lines, []
    out = list(lines)
    found: list[HtmlBox] = []
    for at, (index, kind) in enumerate(opened):
        following = opened[at + 1] if at + 1 < len(opened) else None
        # (a box ends where it closes, before the next box opens: one that never closes is left as it is)
        if kind != "question" or (end := _box_end(visible, index, following[0] if following else len(lines))) is None:
            continue
        inner = _inner(visible, index, end)
        answer_text = ""
        after = opened[at + 2][0] if at + 2 < len(opened) else len(lines)
        answer_end = (_box_end(visible, following[0], after) if following is not None and following[1] == "answer"
                      else None)
        if answer_end is not None:
            answer_text = _as_markdown(_inner(visible, following[0], answer_end))
        question, prompt = _question(_as_markdown(inner).split("\n"))
        if not question:
            continue
        found.append(HtmlBox(index, question, prompt, answer_text))
        for blank in range(index, end + 1):
            out[blank] = ""
        for blank in range(following[0], answer_end + 1) if answer_end is not None and following is not None else ():
            out[blank] = ""
    return (out, found) if found else (lines, [])


def _first_box(line: str) -> tuple[str, int]:
    """The first box a line opens: "question" or "answer" and the column its tag starts at; ("", 0) for none."""
    for match in _BOX_OPENING.finditer(line):
        names = (match.group(1) or match.group(2) or "").split()
        if any(_QUESTION_CLASS.match(name) for name in names):
            return "question", match.start()
        if any(_ANSWER_CLASS.match(name) for name in names):
            return "answer", match.start()
    return "", 0


def _without_comments(lines: list[str]) -> list[str]:
    """The lines with HTML comments taken out: a page's boxes left out in a comment are no questions, and what
    follows a comment's end on its line is the page's."""
    out: list[str] = []
    comment = False
    for line in lines:
        if comment:
            if "-->" not in line:
                out.append("")
                continue
            comment, line = False, line[line.index("-->") + 3:]
        line = _CLOSED_COMMENT.sub("", line) if "<!--" in line else line
        if "<!--" in line:
            comment, line = True, line[:line.index("<!--")]
        out.append(line)
    return out


def _outside_code(lines: list[str]) -> Iterator[tuple[int, str]]:
    """Each line (with its index) outside fenced code: a tutorial's sample markup holds no questions."""
    fence = ""
    for index, line in enumerate(lines):
        if fence:
            fence = "" if _FENCE.match(line) and line.strip().startswith(fence) and not line.strip().strip(fence[0]) else fence
        elif (opening := _FENCE.match(line)) is not None:
            fence = opening.group(1)
        else:
            yield index, line


def _box_end(lines: list[str], start: int, stop: int) -> int | None:
    """The line the box opening on ``lines[start]`` closes on, before ``stop`` (the next box's line), or None."""
    depth = 0
    for index in range(start, min(stop, start + BOX_LINES)):
        line = lines[index]
        if index == start:
            line = line[_first_box(line)[1]:]
        for tag in _DIV_TAG.finditer(_CODE_SPAN.sub(lambda span: " " * len(span.group()), line)):  # ("`<div>`")
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                return index
    return None


def _inner(lines: list[str], start: int, end: int) -> list[str]:
    """The lines inside the box from ``lines[start]`` to ``lines[end]``, without its own tags."""
    text = "\n".join(lines[start:end + 1])
    opening = _BOX_OPENING.search(text, _first_box(lines[start])[1])  # (the box's own opening, found there before)
    rows = text[opening.end() if opening else 0:text.lower().rfind("</div")].split("\n")
    # (the page's indentation before a tag is no text: "    </pre>" under a pre-formatted answer adds no line)
    return [row.strip() if row.lstrip().startswith("<") else row for row in rows]


def _as_markdown(rows: list[str]) -> str:
    """A box's lines as Markdown: HTML read as what it means, text (Markdown written inside the box) as it
    stands."""
    text = _CODE_AROUND_PRE.sub(lambda m: m.group(1) or m.group(2), "\n".join(rows))
    if not _HTML_BLOCK.search(_CODE_SPAN.sub("", text)):
        return text.strip("\n")  # (Markdown written in the box: "What is `List<T>`?" keeps its brackets)
    if (pre := _PRE_ALONE.fullmatch(text.strip())) is not None and _reads_as_prose(said := html.unescape(pre.group(1))):
        return _prose_lines(said)
    return "\n".join(html_as_markdown(text.split("\n"))).strip()


# a tag of HTML's blocks (not "<dd-mm-yyyy>"): where none is, outside code spans, the box holds Markdown
_HTML_BLOCK = re.compile(r"</?(?:p|pre|div|ul|ol|li|h[1-6]|table|tr|td|th|blockquote|br|dl|dt|dd)(?=[\s/>])", re.IGNORECASE)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
# a box holding one pre-formatted block and nothing else, its text not tagged further
_PRE_ALONE = re.compile(r"<pre\b[^<>]*>([^<]*)</pre\s*>", re.IGNORECASE)
# what code, markup, a shell, a config file or a program's output shows and prose does not: statement ends and
# braces, calls, a tag, an arrow, a shell's "&&", columns lined up, a table's or an underline's lines, a
# shebang, a line opening with a keyword (each where a comment or a caption reads as a sentence)
_CODE_LIKE = re.compile(r"[;{}$\\]|<[A-Za-z/!]|\w\(|->|&&|\S {3,}\S|^\s*(?:\||[-=]{3,}\s*$|#!)"
                        r"|^\s*(?:def|class|import|#include|function|public|private|var|let|const)\b", re.MULTILINE)
_WORD = re.compile(r"(?<!\w)[A-Za-z][A-Za-z'’-]*(?!\w)")  # a word of letters (not "a1b2c3d")
LONG_LINE_WORDS = 8  # words on a line that is prose even without a sentence's end (a long line, unpunctuated)
_BLOCK_MARK = re.compile(r"^(\s*)([#>])")  # a heading's or a quote's mark opening a line
_STAR_ITEM = re.compile(r"^\s*\*\s")  # a list item's star, which stays one
_EMPHASIS_MARK = re.compile(r"([*_])")
_LIST_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")


def _reads_as_prose(text: str) -> bool:
    """Whether a pre-formatted block holds prose, not code: no mark of code, and a sentence (or a long line of
    words) or mostly list items. Commands, queries, config files and logs hold neither; prose shown as code is
    still read, code shown as prose is not."""
    if _CODE_LIKE.search(text):
        return False
    rows = [row for row in text.split("\n") if row.strip()]
    said = any(_is_sentence(row) or len(_WORD.findall(row)) >= LONG_LINE_WORDS for row in rows)
    return said or sum(1 for row in rows if _LIST_LINE.match(row)) * 2 >= len(rows) > 0


def _is_sentence(row: str) -> bool:
    """Whether a line is a sentence: four words or more, ending as sentences do ("Cache hits never reach it.")."""
    return len(row.split(None, SENTENCE_WORDS)) >= SENTENCE_WORDS and row.rstrip(" '\")")[-1:] in (".", "?", "!", ":")


SENTENCE_WORDS = 4


def _prose_lines(text: str) -> str:
    """Pre-formatted prose as Markdown that keeps its lines and wraps in a narrow pane: each line ends in a hard
    break where the next goes on with the paragraph (not before a list item, a blank or the end, where a
    backslash would show)."""
    rows = [_as_written(row.rstrip()) for row in textwrap.dedent(text.strip("\n")).split("\n")]
    out: list[str] = []
    for at, row in enumerate(rows):
        following = rows[at + 1] if at + 1 < len(rows) else ""
        goes_on = bool(row.strip()) and bool(following.strip()) and not _LIST_LINE.match(following)
        out.append(row + "\\" if goes_on else row)
    return "\n".join(out).strip()


def _as_written(row: str) -> str:
    """A line of prose that Markdown shows as written: "# of retries" is no heading, "> 1 s" no quote, "__init__"
    no bold."""
    item = match.end() if (match := _STAR_ITEM.match(row)) is not None else 0
    return _BLOCK_MARK.sub(r"\1\\\2", row[:item] + _EMPHASIS_MARK.sub(r"\\\1", row[item:]))


def _question(markdown: list[str]) -> tuple[str, str]:
    """A question box's first paragraph (what it asks) and the rest (what it shows), as Markdown."""
    rows = list(markdown)
    while rows and not rows[0].strip():
        rows.pop(0)
    cut = next((at for at, row in enumerate(rows) if not row.strip() or row.lstrip()[:2] in ("- ", "* ")), len(rows))
    question = " ".join(row.strip() for row in rows[:cut])
    return " ".join(question.split()), textwrap.dedent("\n".join(rows[cut:])).strip()
