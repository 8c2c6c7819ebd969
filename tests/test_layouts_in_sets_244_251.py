"""Layouts met in held-out sets 244–251, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown

_PROGRAMS = ["console.log([] == false)", "console.log(typeof NaN)", "console.log(1 < 2 < 3)"]
_OUTPUTS = ["true", "number", "true"]


def _asked_over_code(heading: str, programs: list[str], *, numbered: bool) -> str:
    """A quiz asking ``heading`` over each program in turn, after two other questions, each with its answer."""
    lines = ["# JavaScript quiz", "", "## 1: What does `===` compare?", "", "Value and type.", "",
             "## 2: What is hoisting?", "", "Declarations move to the top of their scope.", ""]
    for number, (program, output) in enumerate(zip(programs, _OUTPUTS, strict=True), start=3):
        lines += [f"## {f'{number}: ' if numbered else ''}{heading}", "", "#### Example:", "", "```js", program, "```",
                  "", f"Answer: `{output}`, because of coercion.", ""]
    return "\n".join(lines)


def test_a_question_asked_again_in_other_words_than_english_over_its_own_code_each_time_is_asked_anew():
    # "Kết quả trả về là gì?" (what does it return?), numbered on with the others, over each its own program:
    # three questions, not one asked three times
    questions = parse_markdown(_asked_over_code("Kết quả trả về là gì?", _PROGRAMS, numbered=True), pack="x").questions
    assert [q.title for q in questions] == ["What does `===` compare?", "What is hoisting?"] + [
        "Kết quả trả về là gì?"] * 3
    assert [program in q.answer for q, program in zip(questions[2:], _PROGRAMS, strict=True)] == [True] * 3


def test_an_unnumbered_question_asked_again_over_its_own_code_each_time_is_asked_anew():
    pairs = read_pairs(_asked_over_code("Jaki jest wynik?", _PROGRAMS, numbered=False))
    assert [title for title, _answer in pairs][2:] == ["Jaki jest wynik?"] * 3


def test_a_numbered_task_set_again_over_its_own_code_each_time_is_set_anew():
    # "### 34. Missing element in the array" and "### 35. Missing element in the array", each with its own code
    pairs = read_pairs(_asked_over_code("Missing element in the array", _PROGRAMS, numbered=True))
    assert [title for title, _answer in pairs][2:] == ["Missing element in the array"] * 3


def test_a_heading_repeated_under_each_answer_over_its_own_code_stays_one():
    # "## How to say it aloud" after each answer, unnumbered and asking nothing, each over its own diagram:
    # not a question each time
    pairs = read_pairs(_asked_over_code("How to say it aloud", _PROGRAMS, numbered=False))
    assert [title for title, _answer in pairs].count("How to say it aloud") == 1


def test_a_question_pasted_twice_with_the_same_code_or_answered_twice_in_prose_stays_one():
    pasted = _asked_over_code("Kết quả trả về là gì?", [_PROGRAMS[0]] * 3, numbered=True)
    assert [title for title, _answer in read_pairs(pasted)].count("Kết quả trả về là gì?") == 1
    # two takes on one question, in prose: one card holding both
    takes = "\n".join(["# Notes", "", "## 1: What is a closure?", "", "A function with its scope.", "",
                       "## 2: What is hoisting?", "", "Declarations move up.", "",
                       "## 3: What is a closure?", "", "A function that remembers the variables around it.", ""])
    pairs = read_pairs(takes)
    assert [title for title, _answer in pairs] == ["What is a closure?", "What is hoisting?"]
    assert "A function with its scope." in pairs[0][1] and "remembers the variables" in pairs[0][1]
    # and so is one answered once in prose, once with code: no code of its own each time
    coded = takes.replace("A function that remembers the variables around it.",
                          "```js\nconst counter = () => { let n = 0; return () => ++n }\n```")
    assert [title for title, _answer in read_pairs(coded)] == ["What is a closure?", "What is hoisting?"]
