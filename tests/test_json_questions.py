"""A question bank saved as JSON in a pack file imports as its records: question, answer, topic, file line."""

from __future__ import annotations

import json

from llmtui.content.parser import parse_markdown


def _bank(records: list[dict[str, object]], **around: object) -> str:
    return json.dumps({**around, "questions": records}, indent=2)


def test_each_record_is_a_question_with_its_answer_topic_and_line():
    text = _bank([{"section": "Basics", "question": "What is a coroutine?", "markdown": "A function that can pause."},
                  {"section": "Basics", "question": "Coroutine scopes", "markdown": "# Scopes\n\nThey own children."},
                  {"section": "Flows", "question": "What is a cold flow?", "markdown": ""}], category="Kotlin")
    pack = parse_markdown(text, pack="kt")
    assert [(q.title, q.answer, q.topic) for q in pack.questions] == [
        ("What is a coroutine?", "A function that can pause.", "Basics"),
        ("Coroutine scopes", "### Scopes\n\nThey own children.", "Basics"),  # a heading of its own stays in it
        ("What is a cold flow?", "", "Flows")]
    lines = text.split("\n")
    assert [lines[q.line - 1].strip().split(":")[0] for q in pack.questions] == ['"question"'] * 3
    assert "JSON question bank" in pack.layout.summary()
    assert [p.line for p in pack.problems if p.message.startswith("empty answer")] == [pack.questions[2].line]


def test_a_top_level_array_with_short_keys_is_a_bank_too():
    pack = parse_markdown(json.dumps([{"q": "Why use a sealed class?", "a": "Exhaustive when."}]), pack="kt")
    assert [(q.title, q.answer) for q in pack.questions] == [("Why use a sealed class?", "Exhaustive when.")]


def test_json_that_is_no_bank_and_broken_json_are_read_as_the_text_they_are():
    assert parse_markdown(json.dumps({"name": "demo", "items": [1, 2]}), pack="x").questions == []
    broken = '{"questions": [{"question": "What is X?"\n\n## What is Y?\n\nIt is y.\n'
    assert [q.title for q in parse_markdown(broken, pack="x").questions] == ["What is Y?"]


def test_escaped_control_and_bidi_characters_are_cleaned_as_in_a_file_s_own_text():
    bank = json.dumps([{"question": "What is \u202eevil\u001b]0;pwned\u0007 x?", "section": "Security\u001b[1m",
                        "answer": "An answer \u001b[31mred\u0007."},
                       {"question": "What is a nonce?", "section": "Crypto", "answer": "A number used once."}])
    question = parse_markdown(bank, pack="j").questions[0]
    assert question.answer == "An answer red." and question.topic == "Security"
    assert question.title.startswith("What is evil") and not any(
        ord(char) < 32 or char in "\u202e\x7f" for char in question.title)
