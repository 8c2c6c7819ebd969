"""Markdown question packs → :class:`~content.models.Question` records.

markdown-it-py splits the document into top-level blocks with their source
lines; a small state machine walks those blocks and decides which start a
question, which mark an answer, which are section headings (topics) and which
end an answer. Answers are the source lines between, so their Markdown is kept
exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from markdown_it import MarkdownIt

from content.errors import ContentError
from content.models import Pack, Problem, Question

# "Q1:", "Q1.", "Q 1)", "Question 1:", "1.", "1)" at the start of a question.
_NUMBERED = re.compile(r"^(?:(?:Q|Question)\s*(\d+)\s*[:.)\-–]?|(\d+)\s*[.):])\s*(?=\S)", re.IGNORECASE)
# "**Q:** text" / "Q: text" pairs.
_QA_QUESTION = re.compile(r"^(?:\*\*)?Q(?:uestion)?\s*[:.](?:\*\*)?\s*(?:\*\*)?\s*(\S.*)$", re.IGNORECASE)
_QA_ANSWER = re.compile(r"^(?:\*\*)?A(?:nswer)?\s*[:.](?:\*\*)?\s*", re.IGNORECASE)
_ANSWER_MARKER = re.compile(r"^\W*answers?\W*$", re.IGNORECASE)
# "## Questions 1-3": groups questions, is neither a topic nor a question.
_GROUPING = re.compile(r"^\W*questions?\s+\d+\s*[-–]\s*\d+\W*$", re.IGNORECASE)
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*\s*([^\w\s*]*)\s*$", re.DOTALL)
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_TRAILING_LINK = re.compile(r"\s*\[\[[^\]]*\]\([^)]*\)\]\s*$")
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
_LEADING_SYMBOLS = re.compile(r"^[^\w\[(\"'`“‘<]+")
_HR_LINE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*<br\s*/?>\s*$", re.IGNORECASE)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_STUB_ANSWER = re.compile(r"^\W*(?:answer here|tbd|todo|coming soon|to be added|\.\.\.)\W*$", re.IGNORECASE)
_LINK_ONLY = re.compile(r"^\s*(?:[-*]\s*)?\[[^\]]*\]\([^)]*\)\s*$")

BOLD_LEVEL = 7  # bold-line questions rank below every heading level

_MARKDOWN = MarkdownIt("commonmark")


@dataclass(slots=True)
class _Block:
    kind: str  # heading | paragraph | other
    start: int  # 0-based first line
    end: int  # 0-based line after the block
    level: int = 0
    text: str = ""


@dataclass(slots=True)
class _Draft:
    title: str
    number: int | None
    line: int  # 0-based line of the question
    level: int
    body_start: int
    topic: str
    fmt: str
    body_end: int | None = None


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    tokens = _MARKDOWN.parse(text)
    for i, token in enumerate(tokens):
        if token.level != 0 or token.nesting == -1 or token.map is None:
            continue
        start, end = token.map
        if token.type == "heading_open":
            blocks.append(_Block("heading", start, end, int(token.tag[1]), tokens[i + 1].content))
        elif token.type == "paragraph_open":
            blocks.append(_Block("paragraph", start, end, 0, tokens[i + 1].content))
        else:
            blocks.append(_Block(token.type, start, end, 0, token.content))
    return blocks


def _clean_title(raw: str) -> str:
    title = _TRAILING_LINK.sub("", raw)
    title = _CLOSING_HASHES.sub("", title)
    title = _LEADING_SYMBOLS.sub("", title.strip())
    title = title.strip().strip("*").strip()
    return " ".join(title.split())


def _split_number(title: str) -> tuple[int | None, str]:
    match = _NUMBERED.match(title)
    if not match:
        return None, title
    number = int(match.group(1) or match.group(2))
    return number, title[match.end():].strip()


def _looks_like_question(title: str) -> bool:
    number, rest = _split_number(title)
    return number is not None or rest.rstrip(" *_").endswith("?")


def close_unclosed_fences(lines: list[str], problems: list[Problem]) -> tuple[list[str], int | None]:
    """Close a code fence left open so that it cannot swallow the questions after it.

    Returns the lines with a closing fence inserted before the next heading (or
    bold line) after the opening one, and the index of the inserted line.
    """
    open_at: int | None = None
    marker = ""
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if not match:
            continue
        fence = match.group(1)
        if open_at is None:
            open_at, marker = index, fence
        elif fence[0] == marker[0] and len(fence) >= len(marker) and not line.strip()[len(fence):].strip():
            open_at = None
    if open_at is None:
        return lines, None
    problems.append(Problem(open_at + 1, "unclosed code fence (closed before the next heading)"))
    for index in range(open_at + 1, len(lines)):
        if lines[index].startswith("#") or _BOLD_LINE.match(lines[index].strip() or "x"):
            return [*lines[:index], marker, *lines[index:]], index
    return [*lines, marker], len(lines)


def parse_markdown(text: str, *, pack: str, path: str = "<text>", topics: dict[int, str] | None = None) -> Pack:
    """Parse Markdown ``text`` into a :class:`Pack` of questions.

    ``topics`` maps question numbers to topic names (from a manifest); without
    it, section headings above the questions become topics.

    >>> p = parse_markdown("## Basics\\n\\n### Q1: What is a token?\\n\\nA piece of text.\\n", pack="demo")
    >>> p.questions[0].id, p.questions[0].title, p.questions[0].answer, p.questions[0].topic
    ('demo#1', 'What is a token?', 'A piece of text.', 'Basics')
    """
    problems: list[Problem] = []
    lines, inserted = close_unclosed_fences(text.split("\n"), problems)
    text = "\n".join(lines)

    def source_line(index: int) -> int:
        """1-based line in the file as written (before any inserted fence)."""
        return index if inserted is not None and index > inserted else index + 1

    blocks = _blocks(text)
    drafts: list[_Draft] = []
    formats: set[str] = set()
    title = ""
    topic = ""
    current: _Draft | None = None

    def finish(end: int) -> None:
        nonlocal current
        if current is not None and current.body_end is None:
            current.body_end = end
        current = None

    for block in blocks:
        if block.kind == "heading":
            heading = _clean_title(block.text)
            if block.level == 1 and not title and not _looks_like_question(heading):
                title = heading
                finish(block.start)
                continue
            if current is not None and current.body_end is None and _ANSWER_MARKER.match(heading):
                current.body_start = block.end
                continue
            if _looks_like_question(heading):
                finish(block.start)
                number, question = _split_number(heading)
                current = _Draft(question, number, block.start, block.level, block.end, topic, "heading")
                drafts.append(current)
                formats.add("heading")
                continue
            # Any other heading ends an answer at or above the question's level.
            if current is not None and block.level <= current.level:
                finish(block.start)
            if current is None and not _GROUPING.match(heading) and heading:
                question_level = drafts[-1].level if drafts else BOLD_LEVEL
                if block.level < question_level or not drafts:
                    topic = heading
            continue
        if block.kind == "paragraph":
            first_line = block.text.split("\n", 1)[0].strip()
            bold = _BOLD_LINE.match(block.text.strip())
            if current is not None and bold and _ANSWER_MARKER.match(bold.group(1)) and current.body_start == block.start:
                current.body_start = block.end
                continue
            qa = _QA_QUESTION.match(first_line)
            if qa and "\n" not in block.text.strip():
                finish(block.start)
                number, question = _split_number(_clean_title(qa.group(1)))
                current = _Draft(question, number, block.start, BOLD_LEVEL, block.end, topic, "qa")
                drafts.append(current)
                formats.add("qa")
                continue
            if current is not None and current.fmt == "qa" and current.body_start == block.start and _QA_ANSWER.match(first_line):
                # The answer text starts on the marker line itself.
                current.body_start = block.start
                continue
            inside_heading_question = current is not None and current.fmt == "heading" and current.level < BOLD_LEVEL
            if bold and _looks_like_question(_clean_title(bold.group(1))) and not inside_heading_question:
                finish(block.start)
                number, question = _split_number(_clean_title(bold.group(1)))
                current = _Draft(question, number, block.start, BOLD_LEVEL, block.end, topic, "bold")
                drafts.append(current)
                formats.add("bold")
                continue
    finish(len(lines))

    questions = _build_questions(drafts, lines, pack, path, topics, problems, source_line)
    return Pack(
        name=pack,
        title=title or pack,
        path=path,
        questions=questions,
        formats=sorted(formats),
        problems=problems,
        topics=list(dict.fromkeys(q.topic for q in questions)),
    )


def _answer_text(lines: list[str], start: int, end: int, fmt: str) -> tuple[str, list[int]]:
    """The answer's Markdown, trimmed; and the 0-based lines of dropped images."""
    body = lines[start:end]
    images = [start + i for i, line in enumerate(body) if _IMAGE_LINE.match(line)]
    body = [line for line in body if not _IMAGE_LINE.match(line)]
    if fmt == "qa" and body:
        body[0] = _QA_ANSWER.sub("", body[0].lstrip(), count=1)
    while body and (not body[-1].strip() or _HR_LINE.match(body[-1])):
        body.pop()
    while body and (not body[0].strip() or _HR_LINE.match(body[0])):
        body.pop(0)
    return "\n".join(line.rstrip() for line in body), images


def _build_questions(
    drafts: list[_Draft],
    lines: list[str],
    pack: str,
    path: str,
    topics: dict[int, str] | None,
    problems: list[Problem],
    source_line: Callable[[int], int],
) -> list[Question]:
    questions: list[Question] = []
    seen_ids: set[str] = set()
    seen_titles: dict[str, int] = {}
    for position, draft in enumerate(drafts, start=1):
        line = source_line(draft.line)
        answer, images = _answer_text(lines, draft.body_start, draft.body_end or len(lines), draft.fmt)
        for image in images:
            problems.append(Problem(source_line(image), "image left out of the answer"))
        if not answer:
            problems.append(Problem(line, f"empty answer: {draft.title[:60]}"))
        elif _STUB_ANSWER.match(answer):
            problems.append(Problem(line, f"stub answer ({answer.strip()[:20]!r}): {draft.title[:60]}"))
            answer = ""
        elif all(_LINK_ONLY.match(x) for x in answer.splitlines() if x.strip()):
            problems.append(Problem(line, f"link-only answer: {draft.title[:60]}"))
            answer = ""
        number = draft.number if draft.number is not None else position
        qid = f"{pack}#{number}"
        if qid in seen_ids:
            problems.append(Problem(line, f"question number {number} used twice"))
            qid = f"{pack}#{number}.{position}"
        seen_ids.add(qid)
        key = draft.title.casefold()
        if key in seen_titles:
            problems.append(Problem(line, f"duplicate question (same as line {seen_titles[key]})"))
        seen_titles.setdefault(key, line)
        topic = (topics or {}).get(number) or draft.topic or "General"
        questions.append(Question(qid, pack, number, draft.title, answer, topic, line, (draft.fmt,)))
    return questions


def ensure_questions(pack: Pack) -> Pack:
    """Raise if ``pack`` has no questions at all: nothing to import."""
    if not pack.questions:
        raise ContentError(
            pack.path, "no questions found (expected headings, bold lines or Q:/A: pairs ending in '?' or numbered)"
        )
    return pack
