"""Questions written as MDX components, each asking in an attribute and answering in another (a Docusaurus page's
``<ComicQA question="1) What is move semantics?" answer="…" code={`…`} />``): the components are cut out of the
lines (blanked, so that line numbers hold) and each becomes a question with its answer. The component's other
attributes are the answer's too: code given as a template literal as a code block, a short string as a labelled
line ("whenToUse" → "**When to use:** …").

>>> lines = ['<QA', '  question="What is RAII?"', '  answer="Tying a resource to a lifetime."', '/>']
>>> blanked, found = take_components(lines)
>>> blanked, found
(['', '', '', ''], [(0, 'What is RAII?', 'Tying a resource to a lifetime.')])
"""

from __future__ import annotations

import re

QUESTION_ATTRIBUTES = frozenset(("question", "q"))
ANSWER_ATTRIBUTES = frozenset(("answer", "a", "solution"))
COMPONENT_LINES = 400  # a component longer than this is no question box
_OPENING = re.compile(r"^\s{0,3}<([A-Za-z][\w.]{0,60})(?=\s|$)")
_NAME = re.compile(r"\s*([A-Za-z_][\w-]{0,60})\s*=\s*")
_CLOSING = re.compile(r"\s*/?>")
_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|[_-]")


def take_components(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The lines with every question component blanked, and each component's (line, question, answer)."""
    found: list[tuple[int, str, str]] = []
    out = lines
    index = 0
    while index < len(lines):
        opening = _OPENING.match(lines[index]) if "<" in lines[index][:4] else None
        read = _read_component(lines, index, opening.end()) if opening else None
        if read is None:
            index += 1
            continue
        end, attributes = read
        question = next((value for name, value in attributes if name.lower() in QUESTION_ATTRIBUTES), "")
        if not question.strip() or not any(name.lower() in ANSWER_ATTRIBUTES for name, _ in attributes):
            index += 1
            continue
        if out is lines:
            out = list(lines)
        found.append((index, " ".join(question.split()), _answer(attributes)))
        for blank in range(index, end + 1):
            out[blank] = ""
        index = end + 1
    return out, found


def _read_component(lines: list[str], start: int, column: int) -> tuple[int, list[tuple[str, str]]] | None:
    """The last line of the self-closing component opening at ``lines[start]`` and its attributes in order, or
    None when it is not one (no closing "/>" nearby, or an attribute that cannot be read)."""
    text = "\n".join(lines[start:start + COMPONENT_LINES])
    at = column
    attributes: list[tuple[str, str]] = []
    while True:
        closing = _CLOSING.match(text, at)
        if closing is not None:
            if not closing.group(0).strip().startswith("/"):
                return None  # children follow: another kind of element
            return start + text.count("\n", 0, closing.end()), attributes
        name = _NAME.match(text, at)
        if name is None:
            return None
        value, at = _value(text, name.end())
        if value is None:
            return None
        attributes.append((name.group(1), value))


def _value(text: str, at: int) -> tuple[str | None, int]:
    """An attribute's value starting at ``at``: a quoted string, a template literal or a quoted string in braces."""
    opener = text[at:at + 2]
    if opener[:1] in ("\"", "'"):
        end = text.find(opener[0], at + 1)
        return (None, at) if end < 0 else (text[at + 1:end], end + 1)
    if opener in ("{`", "{\"", "{'"):
        quote = opener[1]
        end = at + 2
        while (end := text.find(quote, end)) >= 0 and text[end - 1] == "\\":
            end += 1
        close = text.find("}", end) if end >= 0 else -1
        if close < 0 or text[end + 1:close].strip():
            return None, at
        value = text[at + 2:end]
        return (value.replace("\\`", "`").replace("\\$", "$") if quote == "`" else value), close + 1
    return None, at


def _answer(attributes: list[tuple[str, str]]) -> str:
    """The answer attribute, then the component's other attributes: code as a code block, text as a labelled line."""
    parts: list[str] = []
    for name, value in attributes:
        lowered = name.lower()
        if lowered in QUESTION_ATTRIBUTES or not value.strip():
            continue
        if lowered in ANSWER_ATTRIBUTES:
            parts.insert(0, value.strip())
        elif "\n" in value.strip() or lowered in ("code", "example", "snippet", "output"):
            parts.append("```\n" + value.strip("\n") + "\n```")
        else:
            label = " ".join(_WORDS.sub(" ", name).split()).capitalize()
            parts.append(f"**{label}:** {value.strip()}")
    return "\n\n".join(parts)
