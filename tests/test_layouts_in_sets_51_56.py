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


def test_an_answer_that_only_points_to_all_the_answers_elsewhere_answers_nothing():
    asked = ["What is encapsulation?", "What is polymorphism?", "What is a mixin?"]
    text = (f"## 🔹 1. {asked[0]}\n\n### Answer\n\nBundling data with the methods that act on it.\n\n---\n\n"
            + "".join(f"## 🔹 {n}. {q}\n\n### Answer\n\n👉🏼 Check out all 39 answers here: "
                      "[Interview site - OOP](https://example.com/oop-questions)\n\n---\n\n"
                      for n, q in enumerate(asked[1:], 2)))
    read = _read(text)
    assert [title for title, _ in read] == asked
    assert [bool(answer) for _, answer in read] == [True, False, False]
    # An answer of its own that ends with a link is still an answer
    own = text.replace("👉🏼 Check out all 39 answers here:", "One name, many forms; see all 39 answers here:", 1)
    assert [bool(answer) for _, answer in _read(own)] == [True, True, False]


def test_a_file_of_several_question_documents_reads_each_in_its_own_layout():
    kafka = [("What is a partition?", "An ordered log that a topic is split into."),
             ("What is a consumer group?", "Consumers that share a topic's partitions between them."),
             ("What does acks=all mean?", "The leader waits for every in-sync replica to have the write."),
             ("What is log compaction?", "Keeping only the latest value for each key.")]
    redis = [("What is Redis?", "An in-memory key-value store."),
             ("How does Redis persist data?", "With RDB snapshots, an append-only file, or both."),
             ("What is a Redis cluster?", "Keys sharded over masters by hash slot, each with replicas.")]
    # The first document numbers its sections ("## 1. Basics") over "### n." questions; the second asks in
    # "## n." headings: read as one document, one of the two is taken for the other's sections
    text = ("# Kafka Interview Questions\n\n## 1. Basics\n\n"
            + "".join(f"### {n}. {q}\n\n{a}\n\n" for n, (q, a) in enumerate(kafka[:2], 1))
            + "## 2. Operations\n\n"
            + "".join(f"### {n}. {q}\n\n{a}\n\n" for n, (q, a) in enumerate(kafka[2:], 3))
            + "# Redis Interview Questions & Answers\n\n"
            + "".join(f"## {n}. {q}\n\n{a}\n\n" for n, (q, a) in enumerate(redis, 1)))
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [q for q, _ in kafka + redis]
    assert [q.answer for q in pack.questions] == [a for _, a in kafka + redis]
    assert [q.topic for q in pack.questions] == ["Basics"] * 2 + ["Operations"] * 2 + ["Redis Interview Questions & Answers"] * 3
    assert len({q.id for q in pack.questions}) == len(pack.questions)
    assert pack.layout is not None and "read 2 documents one after another" in pack.layout.summary()
    # Under a top-level title that names no document of questions ("# Key Takeaways") the text is the same
    # document's: its list stays notes, not questions
    notes = text + "# Key Takeaways\n\n- Partitions order messages.\n- Groups share partitions.\n- Redis persists.\n"
    assert [q.title for q in parse_markdown(notes, pack="x").questions] == [q for q, _ in kafka + redis]
