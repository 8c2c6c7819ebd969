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


def test_a_numbered_question_heading_may_set_a_long_scene_before_it_asks():
    scene = ("A process holds two threads and a doubly linked list of a million integers, and every node's value "
             "must be replaced by its square while other processes keep running on the same machine and the list "
             "stays readable to them the whole time, with no lock held for longer than one node. Assign the work "
             "to the two threads so that they can run on different processors without waiting on each other, and "
             "say what each one does.")
    asked = ["Explain the difference between concurrent and parallel threads.", scene,
             "Which of the following is true?"]
    text = "### Assignment answers\n\n" + "".join(f"#### {n}. {q}\n\nThe answer to part {n}.\n\n---\n\n"
                                                for n, q in enumerate(asked, 1))
    assert [title for title, _ in _read(text)] == asked
    # Unnumbered, a paragraph that long is prose, not a question
    assert len(_read(text.replace("#### 2. ", ""))) == 2


def test_a_plain_question_with_a_request_after_it_under_a_section_label():
    groups = {"📌 State Management": ["How would you share state across components? Provide a practical example.",
                                     "What is a state container?",
                                     "How do you keep state across a page refresh? Share a real-world scenario."],
              "📌 Testing": ["How do you write unit tests for components? Share a real-world example.",
                            "What is bUnit used for?"]}
    text = "\n\n".join(f"{label}\n" + "\n\n".join(asked) for label, asked in groups.items()) + "\n"
    read = _read(text)
    assert [title for title, _ in read] == [q for asked in groups.values() for q in asked]
    assert [answer for _, answer in read] == [""] * 5


def test_a_document_of_questions_begun_under_a_later_top_level_title():
    short = [("What does a lazy quantifier do?", "It matches as little as it can."),
             ("What is a capturing group?", "A part of the pattern in brackets whose match is kept."),
             ("What does `^` match?", "The start of the line or the string.")]
    tasks = [("Extract all numbers from a string", "Find every run of digits in `a1b22c333`.", "`\\d+`"),
             ("Validate an IPv4 address", "Write a regex for four numbers from 0 to 255 joined by dots.", "`^(25[0-5]|…)$`"),
             ("Extract hashtags from a text", "Find every word that starts with `#`.", "`#\\w+`")]
    text = ("## ✅ Regex: Interview Preparation\n\n## 🔹 Short Written Questions\n\n"
            + "".join(f"#### **Q{n}: {q}**\n\n**Answer:** {a}\n\n" for n, (q, a) in enumerate(short, 1))
            + "# ✅ Practical Regex Coding Questions (With Answers)\n\n"
            + "".join(f"## 🔹 {n}. {t}\n### Question\n{q}\n\n### Answer\n{a}\n\n---\n\n"
                      for n, (t, q, a) in enumerate(tasks, 1)))
    read = _read(text)
    assert [title for title, _ in read][:3] == [q for q, _ in short]
    assert len(read) == 6 and all(answer for _, answer in read)
