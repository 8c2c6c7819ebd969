"""Question banks saved as JSON in a file a user brings as a pack (``kotlin.md`` holding ``{"questions": [{"question":
"…", "markdown": "…"}]}``): the records become Markdown the importer reads, one ``##`` heading per question.

Each record is an object with a question key and, usually, an answer key; the question's topic, when the record
names one, becomes a ``#`` heading over it. Headings inside an answer move below ``##`` so they stay in it. Every
line written remembers the file line of its record, so problems name the line in the JSON.

>>> bank = read_json_questions('[{"q": "What is a coroutine?", "a": "A function that can pause."}]')
>>> bank.lines, bank.file_lines
(['## What is a coroutine?', '', 'A function that can pause.', ''], [1, 1, 1, 1])
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .repair import repair_text

QUESTION_KEYS = ("question", "q", "prompt", "title")
ANSWER_KEYS = ("answer", "a", "markdown", "solution", "explanation", "response", "body", "content")
TOPIC_KEYS = ("section", "topic", "category")
LAYOUT = "h2"  # the pattern the written Markdown asks in
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")


@dataclass(frozen=True, slots=True)
class JsonQuestions:
    """The records as Markdown lines, and the 1-based file line each of those lines came from."""

    lines: list[str]
    file_lines: list[int]


def read_json_questions(text: str) -> JsonQuestions | None:
    """The questions of a JSON question bank as Markdown, or None when ``text`` is no such bank (not JSON, or
    JSON without a list of records that ask)."""
    if text[:1000].lstrip()[:1] not in ("[", "{"):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    records = _records(data)
    if not records:
        return None
    record_lines = _record_lines(text, records)
    lines: list[str] = []
    file_lines: list[int] = []
    topic = ""
    for record, file_line in zip(records, record_lines, strict=True):
        # JSON escapes ("\u001b", "\u202e") decode to what a file's own text is cleaned of when it is read:
        # repaired here the same way
        question = " ".join(repair_text(str(_first(record, QUESTION_KEYS))).split())
        answer = _first(record, ANSWER_KEYS)
        if isinstance(answer, (int, float)) and not isinstance(answer, bool):
            answer = str(answer)  # "answer": 42
        answer = repair_text(answer) if isinstance(answer, str) else None
        said = _first(record, TOPIC_KEYS)
        said = repair_text(said).strip() if isinstance(said, str) else ""
        written: list[str] = []
        if said and said != topic:
            written += [f"# {' '.join(said.split())}", ""]
            topic = said
        written += [f"## {question}", ""]
        if isinstance(answer, str) and answer.strip():
            written += [*_answer_lines(answer.replace("\r\n", "\n").replace("\r", "\n").split("\n")), ""]
        lines += written
        file_lines += [file_line] * len(written)
    return JsonQuestions(lines, file_lines)


def _first(record: dict[str, object], keys: tuple[str, ...]) -> object:
    lowered = {str(key).lower(): value for key, value in record.items()}
    return next((lowered[key] for key in keys if lowered.get(key) not in (None, "")), None)


def _asks(record: object) -> bool:
    return isinstance(record, dict) and isinstance(_first(record, QUESTION_KEYS), str)


def _records(data: object, depth: int = 0) -> list[dict[str, object]] | None:
    """The longest list of objects, most of them holding a question, at the top or a few levels down."""
    if isinstance(data, list):
        asking = [item for item in data if _asks(item)]
        if asking and len(asking) * 2 >= len(data):
            return asking
        return None
    if isinstance(data, dict) and depth < 3:
        found = [records for value in data.values() if (records := _records(value, depth + 1))]
        return max(found, key=len) if found else None
    return None


def _record_lines(text: str, records: list[dict[str, object]]) -> list[int]:
    """The file line of each record's question key, found in order; line 1 for all where they cannot be."""
    lines: list[int] = []
    position, line = 0, 1
    for record in records:
        key = next(str(k) for k in record if str(k).lower() in QUESTION_KEYS and record[k] not in (None, ""))
        at = text.find(json.dumps(key), position)
        if at < 0:
            return [1] * len(records)
        line += text.count("\n", position, at)  # counted on from the record before: once over the text in all
        lines.append(line)
        position = at + 1
    return lines


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_UNDERLINE = re.compile(r"^ {0,3}(?:-+|=+)[ \t]*$")


def _answer_lines(lines: list[str]) -> list[str]:
    """An answer's lines, kept inside it: its own headings moved below the questions' ``##`` (outside code
    fences, where "# open the file" is a comment), and a ``---`` or ``===`` line under text left out: it
    would make that text a heading."""
    out: list[str] = []
    fence = ""
    for line in lines:
        if fence:
            if line.lstrip().startswith(fence):
                fence = ""
        elif match := _FENCE.match(line):
            fence = match.group(1)
        elif match := _HEADING.match(line):
            line = f"{match.group(1)}{'#' * min(6, max(3, len(match.group(2)) + 2))}{line[match.end():]}"
        elif _UNDERLINE.match(line) and out and out[-1].strip():
            line = ""  # a rule under text: decoration of the answer, not a heading's underline
        out.append(line)
    if fence:
        out.append(fence)  # a fence the record left open closes with it, not over the records after it
    return out
