"""Questions written as MDX components, each asking in an attribute and answering in another (a Docusaurus page's
``<ComicQA question="1) What is move semantics?" answer="…" code={`…`} />``): the components are cut out of the
lines (blanked, so that line numbers hold) and each becomes a question with its answer. The component's other
attributes are the answer's too: code given as a template literal as a code block, a short string as a labelled
line ("whenToUse" → "**When to use:** …").

A quiz component's options (``options={['Rvalue references', 'Copy constructor']}``) are what the question
shows, not its answer; any other value in braces (an object, a call) is passed over.

>>> lines = ['<QA', '  question="What is RAII?"', '  answer="Tying a resource to a lifetime."', '/>']
>>> blanked, found = take_components(lines)
>>> blanked, found
(['', '', '', ''], [Component(line=0, question='What is RAII?', answer='Tying a resource to a lifetime.', options=())])
>>> take_components(['<Question question="Which enables moves?" options={["Rvalue refs", "Copies"]} answer="Rvalue refs" />'])[1]
[Component(line=0, question='Which enables moves?', answer='Rvalue refs', options=('Rvalue refs', 'Copies'))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUESTION_ATTRIBUTES = frozenset(("question", "q"))
ANSWER_ATTRIBUTES = frozenset(("answer", "a", "solution"))
OPTION_ATTRIBUTES = frozenset(("options", "choices", "alternatives"))
COMPONENT_LINES = 400  # a component longer than this is no question box
_OPENING = re.compile(r"^\s{0,3}<([A-Za-z][\w.]{0,60})(?=\s|$)")
_NAME = re.compile(r"\s*([A-Za-z_][\w-]{0,60})\s*=\s*")
_CLOSING = re.compile(r"\s*/?>")
_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|[_-]")


@dataclass(frozen=True, slots=True)
class Component:
    """A question component: the line it opens on, its question, its answer and the options it shows."""

    line: int
    question: str
    answer: str
    options: tuple[str, ...] = ()


def take_components(lines: list[str]) -> tuple[list[str], list[Component]]:
    """The lines with every question component blanked, and each component read."""
    found: list[Component] = []
    out = lines
    index = 0
    while index < len(lines):
        opening = _OPENING.match(lines[index]) if "<" in lines[index][:4] else None
        read = _read_component(lines, index, opening.end()) if opening else None
        if read is None:
            index += 1
            continue
        end, attributes = read
        question = next((value for name, value in attributes if name.lower() in QUESTION_ATTRIBUTES
                         and isinstance(value, str)), "")  # (a call in braces, "question={t('q1')}", says nothing)
        if not question.strip() or not any(name.lower() in ANSWER_ATTRIBUTES and isinstance(value, str)
                                           for name, value in attributes):
            index += 1
            continue
        if out is lines:
            out = list(lines)
        options = next((tuple(value) for name, value in attributes if name.lower() in OPTION_ATTRIBUTES
                        and isinstance(value, list)), ())
        found.append(Component(index, " ".join(question.split()), _answer(attributes), options))
        for blank in range(index, end + 1):
            out[blank] = ""
        index = end + 1
    return out, found


Value = str | list[str] | None  # a string; a list of strings; anything else in braces, passed over


def _read_component(lines: list[str], start: int, column: int) -> tuple[int, list[tuple[str, Value]]] | None:
    """The last line of the self-closing component opening at ``lines[start]`` and its attributes in order, or
    None when it is not one (no closing "/>" nearby, or an attribute that cannot be read)."""
    text = "\n".join(lines[start:start + COMPONENT_LINES])
    at = column
    attributes: list[tuple[str, Value]] = []
    while True:
        closing = _CLOSING.match(text, at)
        if closing is not None:
            if not closing.group(0).strip().startswith("/"):
                return None  # children follow: another kind of element
            return start + text.count("\n", 0, closing.end()), attributes
        name = _NAME.match(text, at)
        if name is None:
            return None
        value, end = _value(text, name.end())
        if end == name.end():
            return None
        at = end
        attributes.append((name.group(1), value))


def _value(text: str, at: int) -> tuple[Value, int]:
    """An attribute's value starting at ``at`` and where it ends (``at`` itself when it cannot be read): a quoted
    string, a template literal or a quoted string in braces, a list of strings in braces; other braces as None."""
    opener = text[at:at + 2]
    if opener[:1] in ("\"", "'"):
        end = text.find(opener[0], at + 1)
        return (None, at) if end < 0 else (text[at + 1:end], end + 1)
    if opener[:1] != "{" or (close := _closing_brace(text, at)) < 0:
        return None, at
    inner = text[at + 1:close].strip()
    if inner[:1] in ("`", "\"", "'") and (string := _string(inner, 0)) is not None and string[1] == len(inner):
        return string[0], close + 1
    if inner[:1] == "[" and inner[-1:] == "]":
        items: list[str] = []
        position = 1
        while (position := _skip_space(inner, position)) < len(inner) - 1:
            if (string := _string(inner, position)) is None:
                return None, close + 1  # not a list of strings: passed over
            items.append(string[0])
            position = _skip_space(inner, string[1])
            position += inner[position:position + 1] == ","
        return items, close + 1
    return None, close + 1


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _string(text: str, at: int) -> tuple[str, int] | None:
    """The quoted string (or template literal) opening at ``text[at]`` and the index after it, or None."""
    quote = text[at:at + 1]
    if quote not in ("`", "\"", "'"):
        return None
    end = at + 1
    while (end := text.find(quote, end)) >= 0 and text[end - 1] == "\\":
        end += 1
    if end < 0:
        return None
    value = text[at + 1:end]
    if quote == "`":
        value = value.replace("\\`", "`").replace("\\$", "$")
    else:
        value = value.replace("\\" + quote, quote)
    return value, end + 1


def _closing_brace(text: str, at: int) -> int:
    """The index of the brace closing the one at ``text[at]`` (quoted strings skipped), or -1."""
    depth, index = 0, at
    while index < len(text):
        char = text[index]
        if char in ("`", "\"", "'"):
            string = _string(text, index)
            if string is None:
                return -1
            index = string[1]
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if not depth:
                return index
        index += 1
    return -1


def _answer(attributes: list[tuple[str, Value]]) -> str:
    """The answer attribute, then the component's other attributes: code as a code block, text as a labelled line."""
    parts: list[str] = []
    for name, value in attributes:
        lowered = name.lower()
        if lowered in QUESTION_ATTRIBUTES or not isinstance(value, str) or not value.strip():
            continue
        if lowered in ANSWER_ATTRIBUTES:
            parts.insert(0, value.strip())
        elif "\n" in value.strip() or lowered in ("code", "example", "snippet", "output"):
            parts.append("```\n" + value.strip("\n") + "\n```")
        else:
            label = " ".join(_WORDS.sub(" ", name).split()).capitalize()
            parts.append(f"**{label}:** {value.strip()}")
    return "\n\n".join(parts)
