"""Layouts met in held-out sets 51–56, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_a_slide_deck_answer_slide_with_only_its_label_answers_nothing():
    # reveal.js: "---" between slides, "--" down to the answer's slide, whose "# Answer" title is a label
    slides = [("What is a stream", "  - A lazy sequence of elements that operations are chained on."),
              ("What does a terminal operation do", "  - It runs the pipeline and gives a result."),
              ("What is a Supplier", ""),
              ("What does peek() do", "")]
    text = "\n---\n\n".join(f"# {asked} ?\n--\n# Answer\n{answer}\n" for asked, answer in slides) + "---\n"
    read = read_pairs(text)
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
    read = read_pairs(text)
    assert [title for title, _ in read] == [heading.removeprefix("### ") for heading, _ in cards]
    assert all(answer for _, answer in read)
    # A heading with a bare line under it, among the questions, is still no card of its own
    bare = text.replace("Controlled access to members and list-like access.", "See below.")
    assert "Properties and Indexers" not in [title for title, _ in read_pairs(bare)]


def test_an_answer_that_only_points_to_all_the_answers_elsewhere_answers_nothing():
    asked = ["What is encapsulation?", "What is polymorphism?", "What is a mixin?"]
    text = (f"## 🔹 1. {asked[0]}\n\n### Answer\n\nBundling data with the methods that act on it.\n\n---\n\n"
            + "".join(f"## 🔹 {n}. {q}\n\n### Answer\n\n👉🏼 Check out all 39 answers here: "
                      "[Interview site - OOP](https://example.com/oop-questions)\n\n---\n\n"
                      for n, q in enumerate(asked[1:], 2)))
    read = read_pairs(text)
    assert [title for title, _ in read] == asked
    assert [bool(answer) for _, answer in read] == [True, False, False]
    # An answer of its own that ends with a link is still an answer
    own = text.replace("👉🏼 Check out all 39 answers here:", "One name, many forms; see all 39 answers here:", 1)
    assert [bool(answer) for _, answer in read_pairs(own)] == [True, True, False]


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
    assert [title for title, _ in read_pairs(text)] == asked
    # Unnumbered, a paragraph that long is prose, not a question
    assert len(read_pairs(text.replace("#### 2. ", ""))) == 2


def test_a_plain_question_with_a_request_after_it_under_a_section_label():
    groups = {"📌 State Management": ["How would you share state across components? Provide a practical example.",
                                     "What is a state container?",
                                     "How do you keep state across a page refresh? Share a real-world scenario."],
              "📌 Testing": ["How do you write unit tests for components? Share a real-world example.",
                            "What is bUnit used for?"]}
    text = "\n\n".join(f"{label}\n" + "\n\n".join(asked) for label, asked in groups.items()) + "\n"
    read = read_pairs(text)
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
    read = read_pairs(text)
    assert [title for title, _ in read][:3] == [q for q, _ in short]
    assert len(read) == 6 and all(answer for _, answer in read)


def test_questions_linked_to_answers_in_another_page_begin_a_series_the_next_list_goes_on_with():
    linked = ["What is a locator?", "What does a WebDriver do?", "How do you open a browser?"]
    plain = ["How do you wait for an element?", "How do you switch to an iframe?", "How do you accept an alert?"]
    text = ("### Basics (answers in [basics.md](basics.md))\n"
            + "".join(f"{n}. [{q}](basics.md#{n}-{q.lower().replace(' ', '-').strip('?')})\n"
                      for n, q in enumerate(linked, 1))
            + "\n---\n\n### Waits and frames\n"
            + "".join(f"{n}. {q}\n" for n, q in enumerate(plain, len(linked) + 1)))
    read = read_pairs(text)
    assert [title for title, _ in read] == linked + plain
    assert not any(answer for _, answer in read)
    # Links into another page that number from 1 again below are its contents, not questions
    restarted = text.replace("\n4. ", "\n1. ").replace("\n5. ", "\n2. ").replace("\n6. ", "\n3. ")
    assert [title for title, _ in read_pairs(restarted)] == plain


def test_a_task_that_leads_into_its_example_shows_the_example_in_the_question_not_as_its_answer():
    text = (
        "### Q1. Write a function that sums the odd numbers of an array. For example, if the input is:\n\n"
        "```js\n[1, 2, 3]\n```\n\nThe output should be:\n\n```js\n4\n```\n\n"
        "### Q2. Write a function that prints a tree level by level. If the input tree is:\n\n"
        "```\n  1\n / \\\n2   3\n```\n\nThe output should be: `1 2 3`\n\n"
        "Note that a level's nodes print left to right.\n\n"
        "### Q3. Write a function that reverses a string. For example, if the input is \"ab\", the output should be:\n\n"
        "```\nba\n```\n\nLoop from the end and append each character:\n\n```js\nlet out = '';\n```\n\n"
        "### Q4. What is the output of the following code?\n\n```js\nconsole.log(typeof null);\n```\n\n"
        "Output:\n\n```\nobject\n```\n")
    read = read_pairs(text)
    assert [title.split(".")[0] for title, _ in read] == ["Write a function that sums the odd numbers of an array",
                                                          "Write a function that prints a tree level by level",
                                                          "Write a function that reverses a string",
                                                          "What is the output of the following code?"]
    answers = [answer for _, answer in read]
    assert answers[:2] == ["", ""]
    assert answers[2].startswith("Loop from the end")  # what follows the example answers the task
    assert "object" in answers[3]  # the output of code a question asks about is its answer
    # A task that asks for an example ("… with an example:") is answered by the code under it
    own = read_pairs("### Q1. Explain closures with an example:\n\n```js\nconst f = () => x;\n```\n\n"
                "### Q2. What is hoisting?\n\nDeclarations move to the top of their scope.\n")
    assert all(answer for _, answer in own)


def test_front_matter_that_holds_the_questions_is_read_when_the_body_asks_none():
    asked = [f"What does HTTP status {code} mean?" for code in range(200, 300)]
    entries = "".join(f"  - question: '{q}'\n    answer: status-{n}.md\n    topics:\n      - 'Beginner'\n"
                      for n, q in enumerate(asked))
    text = f"---\ntitle: 'HTTP questions'\nquestions:\n{entries}---\n\nAn introduction to the questions above.\n"
    assert len(text.split("\n")) > 400  # longer than most front matter
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == asked
    assert not any(q.answer for q in pack.questions)  # "status-7.md" names the answer's file
    assert "read the 100 questions the front matter lists" in pack.layout.summary()
    # An answer written in the entry, on its line or as a block under it, is the answer
    inline = text.replace("answer: status-0.md", "answer: 'Everything worked.'", 1).replace(
        "answer: status-1.md", "answer: |\n      Created: a new resource\n      now exists.", 1)
    read = parse_markdown(inline, pack="x").questions
    assert [q.answer for q in read[:3]] == ["Everything worked.", "Created: a new resource\nnow exists.", ""]
    # A body that asks questions of its own keeps the front matter as metadata
    body = text + "\n## Questions\n\n### What is a proxy?\n\nA server that forwards requests.\n"
    assert [q.title for q in parse_markdown(body, pack="x").questions] == ["What is a proxy?"]


def test_a_rule_at_the_top_of_a_long_document_is_no_front_matter():
    prose = "".join(f"Paragraph {n} of a long introduction.\n\n" for n in range(150))
    text = (f"---\nauthor: someone\n\n{prose}### What is a socket?\n\nAn endpoint of a connection.\n\n---\n\n"
            "### What is a port?\n\nA number naming a service on a host.\n")
    assert [q.title for q in parse_markdown(text, pack="x").questions] == ["What is a socket?", "What is a port?"]


def test_an_answer_key_whose_entries_are_bold_topic_titles_answers_the_questions_by_number():
    asked = ["What are the goals of the framework?", "Name two parts of the runtime.", "Define a constant.",
             "What is an array?"]
    titles = ["**Goals of the framework:**", "**Parts of the runtime:**", "**Constants:**", "**Arrays:**"]
    text = ("".join(f"{n}. {q}\n" for n, q in enumerate(asked, 1)) + "\n### Answers:\n\n"
            + "".join(f"{n}. {title}\n- point {n}a\n- point {n}b\n\n" for n, title in enumerate(titles, 1)))
    read = read_pairs(text)
    assert [title for title, _ in read] == asked
    assert [answer for _, answer in read] == [f"- point {n}a\n- point {n}b" for n in range(1, 5)]


def test_numbered_points_under_a_detailed_answer_label_are_that_answer_and_no_key():
    listed = ["What is a firewall?", "What is a proxy?", "What is a VPN?", "What is a DMZ?", "What is NAT?",
              "What is a honeypot?"]
    headed = ["Which threats are on the rise, and why?", "How do you keep up with new exploits?",
              "Which tools do you use most?"]
    text = ("## Basics\n\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(listed, 1)) + "\n## Trends\n\n"
            + "".join(f"### {n}. {q}\n\n#### Detailed Answer:\n\n1. **First**: a point.\n2. **Second**: another.\n"
                      f"3. **Third**: a last one.\n\n" for n, q in enumerate(headed, 1)))
    read = dict(read_pairs(text))
    assert all(read[q].startswith("1. **First**") for q in headed)
    assert not any(read[q] for q in listed)
