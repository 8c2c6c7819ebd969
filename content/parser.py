"""Markdown question packs → :class:`~llmtui.content.models.Question` records.

markdown-it-py splits the document into top-level blocks with their source
lines. A first pass picks the blocks that can start a question (question
headings, bold question lines, ``Q:`` lines, ``<details>`` summaries, numbered
list items); a second walks the blocks in order, deciding where each answer
ends and which headings are topics. MkDocs ``??? question`` admonitions are
taken out line by line before markdown-it sees the text (it would read their
indented bodies as code). Answers are the source lines in between, so their
Markdown is kept exactly as written.
"""

from __future__ import annotations

import bisect
import re
import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from .errors import ContentError
from .models import Pack, Problem, Question

_Q_PREFIX = re.compile(r"^(?:Q|Question)\s*(\d+)\s*[:.)\-–]?\s*", re.IGNORECASE)
_NUM_PREFIX = re.compile(r"^(\d+)\s*[.):]\s*(?=\S)")
_QA_QUESTION = re.compile(r"^(?:\*\*)?Q(?:uestion)?\s*[:.](?:\*\*)?\s*(?:\*\*)?\s*(\S.*)$", re.IGNORECASE)
_QA_ANSWER = re.compile(r"^\s*(?:\*\*|__)?A(?:nswer)?\s*[:.]\s*(?:\*\*|__)?\s*", re.IGNORECASE)
_ANSWER_MARKER = re.compile(r"^\W*answers?\W*$", re.IGNORECASE)
_ANSWER_LINE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?answer\s*:?\s*(?:\*\*|__)?\s*:?\s*", re.IGNORECASE)
_LEADING_ANSWER = re.compile(r"^\s*(?:(?:\*\*|__)answer\s*:?\s*(?:\*\*|__)\s*:?|answer\s*:)\s*", re.IGNORECASE)
_GROUPING = re.compile(r"^\W*questions?\s+\d+\s*[-–]\s*\d+\W*$", re.IGNORECASE)
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)\s*([^\w\s*]*)\s*$", re.DOTALL)
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_TRAILING_LINK = re.compile(r"\s*\[\[[^\]]*\]\([^)]*\)\]\s*$")
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
_LEADING_SYMBOLS = re.compile(r"^[^\w\[(\"'`“‘<]+")
_TRAILING_SYMBOLS = re.compile(r"[\s\W_]*$")
_HR_LINE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*<br\s*/?>\s*$", re.IGNORECASE)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_STUB_ANSWER = re.compile(r"^\W*(?:answer here|tbd|todo|coming soon|to be added|to do|\.\.\.)\W*$", re.IGNORECASE)
_LINK_ONLY = re.compile(r"^\s*(?:[-*+]\s*)?\[[^\]]*\]\([^)]*\)\s*$")
_TOC_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\(#[^)]*\)\s*$")
_ADMONITION = re.compile(r"^(\s*)(\?\?\?\+?|!!!)\s*([\w-]+)(?:\s+\"(.*)\")?\s*$")
_QUESTION_ADMONITIONS = {"question", "faq", "help", "quiz"}
_SUMMARY = re.compile(r"<summary>(.*?)</summary>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_QUESTION_WORDS = re.compile(
    r"^(what|why|how|when|where|which|who|whom|whose|is|are|can|could|do|does|did|should|would|will|explain|describe|"
    r"discuss|compare|define|list|name|give|tell|differentiate|contrast|walk|outline|summarize|summarise)\b",
    re.IGNORECASE,
)

BOLD_LEVEL = 7  # bold-line questions rank below every heading level
_MARKDOWN = MarkdownIt("commonmark")


@dataclass(slots=True)
class _Block:
    kind: str  # heading | paragraph | ordered_list_open | html_block | …
    start: int  # 0-based first line
    end: int  # 0-based line after the block
    level: int = 0
    text: str = ""
    items: list[tuple[int, int]] = field(default_factory=list)  # list items' line spans


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
    answer: str | None = None  # set when the answer is not a plain line range (admonitions, lists)


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    tokens = _MARKDOWN.parse(text)
    current_list: _Block | None = None
    for i, token in enumerate(tokens):
        if current_list is not None and token.type == "list_item_open" and token.level == 1 and token.map:
            current_list.items.append((token.map[0], token.map[1]))
        if token.level != 0 or token.nesting == -1 or token.map is None:
            continue
        start, end = token.map
        if token.type == "heading_open":
            blocks.append(_Block("heading", start, end, int(token.tag[1]), tokens[i + 1].content))
        elif token.type == "paragraph_open":
            blocks.append(_Block("paragraph", start, end, 0, tokens[i + 1].content))
        else:
            blocks.append(_Block(token.type, start, end, 0, token.content))
        current_list = blocks[-1] if token.type in ("ordered_list_open", "bullet_list_open") else None
    return blocks


def _clean_title(raw: str) -> str:
    title = _TRAILING_LINK.sub("", raw)
    title = _CLOSING_HASHES.sub("", title)
    title = _LEADING_SYMBOLS.sub("", title.strip())
    title = title.strip().strip("*_").strip()
    return " ".join(title.split())


def _strip_decoration(title: str) -> str:
    """Drop trailing emoji and markers ("… model? 👶", "**", " ⭐️") for the question test."""
    stripped = title.rstrip()
    while stripped and (stripped[-1] in "*_" or unicodedata.category(stripped[-1])[0] in "SCM"):
        stripped = stripped[:-1].rstrip()
    return stripped


def _split_number(title: str) -> tuple[int | None, str, bool]:
    """(number, rest, explicit Q prefix)."""
    match = _Q_PREFIX.match(title)
    if match and title[match.end():].strip():
        return int(match.group(1)), title[match.end():].strip(), True
    match = _NUM_PREFIX.match(title)
    if match:
        return int(match.group(1)), title[match.end():].strip(), False
    return None, title, False


def _question_title(raw: str, *, numbered_ok: bool = False) -> tuple[int | None, str] | None:
    """The number and clean title if ``raw`` reads as a question, else None.

    "Q12: …" always is; otherwise it must end in "?" or start like a question
    ("Explain …", "What …"), so "1. Pretraining" stays a section heading.
    With ``numbered_ok`` any numbered line counts ("8. Briefly explain …"
    in a pack whose questions are all numbered).
    """
    number, rest, explicit = _split_number(_clean_title(raw))
    rest = _strip_decoration(rest).rstrip(" *_")
    if not rest:
        return None
    if explicit or rest.endswith("?") or (_QUESTION_WORDS.match(rest) and len(rest.split()) >= 3):
        return number, rest
    if numbered_ok and number is not None and len(rest.split()) >= 3:
        return number, rest
    return None


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


def _take_admonitions(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Cut ``??? question "…"`` blocks out (blanking their lines); return (lines, [(line, title, answer)])."""
    found: list[tuple[int, str, str]] = []
    out = list(lines)
    index = 0
    while index < len(lines):
        match = _ADMONITION.match(lines[index])
        if not match or match.group(3).lower() not in _QUESTION_ADMONITIONS or not match.group(4):
            index += 1
            continue
        indent = len(match.group(1))
        body: list[str] = []
        end = index + 1
        while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
            body.append(lines[end])
            end += 1
        while body and not body[-1].strip():
            body.pop()
            end -= 1
        found.append((index, match.group(4), textwrap.dedent("\n".join(body)).strip()))
        for blank in range(index, end):
            out[blank] = ""
        index = end
    return out, found


def parse_markdown(text: str, *, pack: str, path: str = "<text>", topics: dict[int, str] | None = None) -> Pack:
    """Parse Markdown ``text`` into a :class:`Pack` of questions.

    ``topics`` maps question numbers to topic names (from a manifest); without
    it, section headings above the questions become topics.

    >>> p = parse_markdown("## Basics\\n\\n### Q1: What is a token?\\n\\nA piece of text.\\n", pack="demo")
    >>> p.questions[0].id, p.questions[0].title, p.questions[0].answer, p.questions[0].topic
    ('demo#1', 'What is a token?', 'A piece of text.', 'Basics')
    """
    problems: list[Problem] = []
    # markdown-it breaks lines at CR too; line numbers must agree with it.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines, inserted = close_unclosed_fences(text.split("\n"), problems)
    lines, admonitions = _take_admonitions(lines)
    text = "\n".join(lines)

    def source_line(index: int) -> int:
        """1-based line in the file as written (before any inserted fence)."""
        return index if inserted is not None and index > inserted else index + 1

    blocks = _blocks(text)
    starts = _question_starts(blocks)
    drafts: list[_Draft] = []
    topic_marks: list[tuple[int, str]] = [(-1, "")]
    title = ""
    current: _Draft | None = None

    def finish(end: int) -> None:
        nonlocal current
        if current is not None and current.body_end is None:
            current.body_end = end
        current = None

    def start(draft: _Draft) -> None:
        nonlocal current
        finish(draft.line)
        drafts.append(draft)
        current = draft

    topic = ""
    for position, block in enumerate(blocks):
        found = starts.get(position)
        if found is not None:
            number, question, fmt, level, body_start = found
            start(_Draft(question, number, block.start, level, body_start, topic, fmt))
            if fmt == "details" and "</details>" in block.text.lower():
                # The whole <details> is one HTML block: the answer is inside it.
                inner = re.split(r"</summary>", block.text, flags=re.IGNORECASE)[-1]
                current.answer = _TAG.sub("", inner).strip()
                finish(block.end)
            continue
        if block.kind == "heading":
            heading = _clean_title(block.text)
            if block.level == 1 and not title and not drafts:
                title = heading
                continue
            if current is not None and _ANSWER_MARKER.match(heading) and current.body_start >= block.start - 1:
                current.body_start = block.end
                continue
            if current is not None and block.level <= current.level:
                finish(block.start)
            if current is None and heading and not _GROUPING.match(heading):
                question_level = min((d.level for d in drafts), default=BOLD_LEVEL)
                if block.level < question_level or not drafts:
                    topic = _split_number(heading)[1]  # "## 1. Pretraining" is the topic "Pretraining"
                    topic_marks.append((block.start, topic))
            continue
        if current is None:
            if block.kind == "ordered_list_open":
                for line, number, question, answer in _list_questions(lines, block.items):
                    drafts.append(_Draft(question, number, line, BOLD_LEVEL, line + 1, topic, "list", line + 1, answer))
            elif block.kind == "bullet_list_open" and block.items and all(
                _TOC_ITEM.match(lines[s]) for s, _ in block.items
            ):
                problems.append(Problem(source_line(block.start), "table of contents skipped"))
            continue
        if block.kind == "paragraph":
            first = block.text.split("\n", 1)[0].strip()
            bold = _BOLD_LINE.match(block.text.strip())
            if current.body_start >= block.start - 1 and (bold and _ANSWER_MARKER.match(bold.group(1) or "")):
                current.body_start = block.end
            elif current.fmt == "qa" and current.body_start >= block.start - 1 and _QA_ANSWER.match(first):
                current.body_start = block.start
        elif block.kind == "html_block" and current.fmt == "details" and "</details>" in block.text.lower():
            finish(block.start)
    finish(len(lines))

    for line, question, answer in admonitions:
        at = bisect.bisect_right([m[0] for m in topic_marks], line) - 1
        drafts.append(_Draft(_clean_title(question), None, line, BOLD_LEVEL, line + 1, topic_marks[at][1],
                             "admonition", line + 1, answer))
    drafts.sort(key=lambda d: d.line)
    formats = sorted({d.fmt for d in drafts})
    questions = _build_questions(drafts, lines, pack, topics, problems, source_line)
    return Pack(
        name=pack,
        title=title or pack,
        path=path,
        questions=questions,
        formats=formats,
        problems=problems,
        topics=list(dict.fromkeys(q.topic for q in questions)),
    )


def _question_starts(blocks: list[_Block]) -> dict[int, tuple[int | None, str, str, int, int]]:
    """Blocks that start a question: index → (number, title, format, level, body start line).

    Where most candidates of one format are numbered, unnumbered ones of that
    format are taken for sub-headings inside answers and left out.
    """
    found: dict[int, tuple[int | None, str, str, int, int]] = {}
    weak: set[int] = set()  # numbered, but not worded as a question
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            parsed = _question_title(block.text)
            if parsed is None and (parsed := _question_title(block.text, numbered_ok=True)):
                weak.add(index)
            if parsed and not _ANSWER_MARKER.match(block.text):
                found[index] = (*parsed, "heading", block.level, block.end)
        elif block.kind == "paragraph":
            stripped = block.text.strip()
            first = stripped.split("\n", 1)[0]
            qa = _QA_QUESTION.match(first)
            if qa and "\n" not in stripped:
                number, rest, _ = _split_number(_clean_title(qa.group(1)))
                found[index] = (number, _strip_decoration(rest), "qa", BOLD_LEVEL, block.end)
                continue
            bold = _BOLD_LINE.match(stripped)
            if bold and "\n" not in stripped and not _ANSWER_MARKER.match(bold.group(1)):
                parsed = _question_title(bold.group(1))
                if parsed is None and (parsed := _question_title(bold.group(1), numbered_ok=True)):
                    weak.add(index)
                if parsed:
                    found[index] = (*parsed, "bold", BOLD_LEVEL, block.end)
        elif block.kind == "html_block" and "<summary>" in block.text.lower():
            summary = _SUMMARY.search(block.text)
            if summary:
                parsed = _question_title(_TAG.sub("", summary.group(1)))
                title = parsed[1] if parsed else _clean_title(_TAG.sub("", summary.group(1)))
                number = parsed[0] if parsed else None
                if title:
                    found[index] = (number, title, "details", BOLD_LEVEL, block.end)
    for fmt in ("heading", "bold"):
        of_format = [i for i, f in found.items() if f[2] == fmt]
        numbered = [i for i in of_format if found[i][0] is not None]
        strong_numbered = [i for i in numbered if i not in weak]
        numbered_pack = bool(strong_numbered) and len(numbered) >= 2 and len(numbered) * 2 >= len(of_format)
        for i in of_format:
            if (numbered_pack and found[i][0] is None) or (i in weak and not numbered_pack):
                del found[i]
    return found


def _list_questions(lines: list[str], items: list[tuple[int, int]]) -> list[tuple[int, int | None, str, str]]:
    """Numbered list items holding a question, with the answer in the item or in an ``Answer:`` item after it."""
    out: list[tuple[int, str, str]] = []
    index = 0
    while index < len(items):
        start, end = items[index]
        parsed = _question_title(lines[start].strip())
        if not parsed:
            index += 1
            continue
        body = textwrap.dedent("\n".join(lines[start + 1 : end])).strip()
        if not body and index + 1 < len(items):
            next_start, next_end = items[index + 1]
            next_first = re.sub(r"^\s*\d+[.)]\s*", "", lines[next_start])
            if _ANSWER_LINE.match(next_first) and _ANSWER_LINE.sub("", next_first, count=1) != next_first:
                body = (_ANSWER_LINE.sub("", next_first, count=1) + "\n" +
                        textwrap.dedent("\n".join(lines[next_start + 1 : next_end]))).strip()
                index += 1
        body = _ANSWER_LINE.sub("", body, count=1) if re.match(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?answer", body, re.I) else body
        out.append((start, parsed[0], parsed[1], textwrap.dedent(body).strip()))
        index += 1
    return out


def _answer_text(lines: list[str], start: int, end: int, fmt: str) -> tuple[str, list[int]]:
    """The answer's Markdown, trimmed; and the 0-based lines of dropped images."""
    body = lines[start:end]
    images = [start + i for i, line in enumerate(body) if _IMAGE_LINE.match(line)]
    body = [line for line in body if not _IMAGE_LINE.match(line)]
    while body and (not body[0].strip() or _HR_LINE.match(body[0])):
        body.pop(0)
    if body and fmt == "qa":
        body[0] = _QA_ANSWER.sub("", body[0].lstrip(), count=1)
    elif body and (marker := _LEADING_ANSWER.match(body[0])):
        # "**Answer:**" glued to the answer's first paragraph.
        body[0] = body[0][marker.end():]
    while body and (not body[-1].strip() or _HR_LINE.match(body[-1])):
        body.pop()
    while body and (not body[0].strip() or _HR_LINE.match(body[0])):
        body.pop(0)
    if fmt == "details" and body and body[-1].strip().lower() == "</details>":
        body.pop()
    return "\n".join(line.rstrip() for line in body), images


def _build_questions(
    drafts: list[_Draft],
    lines: list[str],
    pack: str,
    topics: dict[int, str] | None,
    problems: list[Problem],
    source_line: Callable[[int], int],
) -> list[Question]:
    questions: list[Question] = []
    seen_ids: set[str] = set()
    seen_titles: dict[str, int] = {}
    for position, draft in enumerate(drafts, start=1):
        line = source_line(draft.line)
        if draft.answer is not None:
            answer, images = draft.answer, []
        else:
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
