"""Rules added for one layout leave ordinary documents as they were: each case here broke one of them once."""

from __future__ import annotations

import json

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_a_how_to_heading_ending_in_a_colon_still_asks():
    text = "## What is Express?\n\nA web framework.\n\n## How to handle errors in Express:\n\nUse an error middleware.\n"
    assert read_pairs(text) == [("What is Express?", "A web framework."),
                           ("How to handle errors in Express:", "Use an error middleware.")]


def test_how_x_works_among_question_headings_is_one_of_them():
    text = "## What is a HashMap?\n\nA hash table.\n\n## How HashMap Works\n\nBuckets and hashCode.\n\n" \
           "## What is a record?\n\nA data class.\n"
    assert [title for title, _ in read_pairs(text)] == ["What is a HashMap?", "How HashMap Works", "What is a record?"]


def test_a_long_prompt_with_its_answer_under_it_is_no_sentence_of_advice():
    text = ("# Behavioral\n\n1. A time when you had to deliver a project under a very tight deadline and what you "
            "learned.\n\n   We cut scope and shipped.\n\n# Technical\n\n1. What is a closure?\n\n   A function with its scope.\n")
    assert [answer for _, answer in read_pairs(text)] == ["We cut scope and shipped.", "A function with its scope."]


def test_numbered_topics_in_a_section_of_their_own_are_no_points_of_an_answer_above():
    text = ("**1. What is a thread?**\n\nA unit of execution.\n\n**2. What is a process?**\n\nA running program.\n\n"
            "# Part 2\n\n### 1. Closures\n\nA function with its scope.\n\n### 2. Hoisting\n\nDeclarations move up.\n\n"
            "### 3. What is a promise?\n\nAn eventual value.\n\n### 4. What is a callback?\n\nA function passed in.\n")
    assert len(read_pairs(text)) == 6


def test_a_list_of_questions_under_a_heading_that_asks_for_them_is_its_answer():
    text = ("## What questions should you ask the interviewer?\n\n- What does a typical day look like?\n"
            "- How is success measured?\n\n## How do you handle conflict?\n\nI listen first.\n")
    assert read_pairs(text)[0][1] == "- What does a typical day look like?\n- How is success measured?"


def test_questions_a_line_says_a_list_includes_are_questions():
    text = "# HR round\n\nTypical interview questions include:\n\n- Your greatest weakness\n- Your salary expectations\n" \
           "- Your five-year plan\n"
    assert [title for title, _ in read_pairs(text)] == ["Your greatest weakness", "Your salary expectations",
                                                  "Your five-year plan"]


def test_a_json_answer_keeps_its_code_comments_and_the_text_under_a_rule():
    bank = json.dumps([{"question": "How do you read a file in Python?",
                        "answer": "```python\n# open the file\nf = open('a.txt')\n```"},
                       {"question": "What is REST?", "answer": "A style.\n---\nSee also HATEOAS."},
                       {"question": "What is gRPC?", "answer": "Summary\n===\nAn RPC framework.", "topic": {"x": 1}}])
    pack = parse_markdown(bank, pack="x")
    assert [q.title for q in pack.questions] == ["How do you read a file in Python?", "What is REST?", "What is gRPC?"]
    assert "# open the file" in pack.questions[0].answer and "### open" not in pack.questions[0].answer
    assert pack.questions[1].answer == "A style.\n\nSee also HATEOAS."
    assert "An RPC framework." in pack.questions[2].answer and "{" not in pack.questions[2].topic


def test_a_section_title_over_a_rule_stays_a_title_and_short_ruled_answers_are_answers():
    text = ("What is the JVM?\n---\nIt runs bytecode.\n\nWhat is the JDK?\n---\nThe kit to build Java.\n\n"
            "Advanced questions (for senior roles)\n---\n\nWhat is escape analysis?\n---\nA JIT optimization.\n")
    assert read_pairs(text)[1] == ("What is the JDK?", "The kit to build Java.")
    ruled = "---\nWhat does K8s stand for?\n---\nKubernetes\n---\nWhich component stores cluster state?\n---\netcd\n---\n"
    assert read_pairs(ruled) == [("What does K8s stand for?", "Kubernetes"), ("Which component stores cluster state?", "etcd")]


def test_a_quiz_s_one_word_answers_are_no_group_names():
    text = ("Which keyword declares a constant?\nconst\nWhich method adds to an array?\npush\n"
            "What does typeof null return?\nWhat is NaN === NaN?\nWhich operator checks strict equality?\n"
            "What does Array.isArray do?\n")
    assert [answer for _, answer in read_pairs(text)][:2] == ["const", "push"]


def test_an_answer_key_line_asks_nothing_and_a_numbered_bold_label_is_a_question_label():
    key = "Q1. Which hook runs after render?\n\nQ2. Which hook memoizes a value?\n\n## Answer key\n\nQ1. useEffect\nQ2. useMemo\n"
    assert "useMemo" not in [title for title, _ in read_pairs(key)]
    task = ("## 1. Reverse a string\n\n**Question 1**\nWrite a function that reverses a string.\n\n"
            "**Answer:**\nLoop from the end.\n")
    (question,) = parse_markdown(task, pack="x").questions
    assert (question.prompt, question.answer) == ("Write a function that reverses a string.", "Loop from the end.")


def test_a_note_in_a_div_with_its_own_heading_stays_in_the_answer():
    text = ("1. What is JSX?\n\n<div>\n<h4>Definition</h4>\n<p>A syntax extension.</p>\n</div>\n\n2. What is a prop?\n\n"
            "<div>\n<h4>Definition</h4>\n<p>An input.</p>\n</div>\n")
    assert [("Definition" in answer) for _, answer in read_pairs(text)] == [True, True]


def test_questions_in_divs_opened_on_the_heading_s_line_are_each_their_own():
    text = ('<div class="q"><h3>1. What is Perl?</h3>\n<p>A language.</p>\n</div>\n'
            '<div class="q"><h3>2. What is CPAN?</h3>\n<p>An archive.</p>\n</div>\n')
    assert [title for title, _ in read_pairs(text)] == ["What is Perl?", "What is CPAN?"]


def test_a_short_answer_opening_with_an_emoji_is_an_answer():
    text = ("**1. Is Python interpreted?**\n\n✅ Yes\n\n**2. Is a tuple mutable?**\n\n❌ No, tuples are immutable\n\n"
            "**3. What does len() return?**\n\nThe number of items.\n")
    assert [answer for _, answer in read_pairs(text)] == ["✅ Yes", "❌ No, tuples are immutable", "The number of items."]


def test_the_last_ruled_card_keeps_its_last_paragraph():
    text = "What is a Pod?\n---\nThe smallest unit.\n---\nWhat is a Service?\n---\nExposes pods.\n\nIt has a stable IP.\n---\n"
    assert read_pairs(text)[1] == ("What is a Service?", "Exposes pods.\n\nIt has a stable IP.")


def test_sections_that_only_mention_questions_hold_no_heading_questions():
    for section in ("Resources for More Questions", "Frequently Asked Questions", "Contributing new questions",
                    "Questions or Feedback", "More Questions Coming"):
        text = (f"1. What is a list?\n   A mutable sequence.\n2. What is a tuple?\n   An immutable one.\n\n## {section}\n\n"
                "### Books\n\nCracking the Coding Interview.\n\n### Websites\n\nLeetCode.\n\n### Videos\n\nNeetCode.\n")
        assert [title for title, _ in read_pairs(text)] == ["What is a list?", "What is a tuple?"], section


def test_a_contents_entry_counts_by_its_anchor_and_later_headings_are_no_notes():
    text = ("# JavaScript Interview Questions\n\n## Contents\n\n- [Closures](#closures)\n- [Hoisting](#hoisting)\n"
            "- [Promises](#promises)\n- [Event loop](#the-event-loop-explained)\n\n### Closures\n\nA function with its "
            "scope.\n\n### Hoisting\n\nDeclarations move up.\n\n### Promises\n\nA future value.\n\n### The Event Loop "
            "Explained\n\nCallbacks run when the stack is empty.\n\n### Debouncing\n\nDelaying a call until input stops.\n")
    assert [title for title, _ in read_pairs(text)] == ["Closures", "Hoisting", "Promises", "The Event Loop Explained",
                                                  "Debouncing"]


def test_a_fence_a_json_record_leaves_open_closes_with_it():
    bank = json.dumps([{"q": "How to read a file?", "a": "Use open:\n```python\nwith open(p) as f:\n    f.read()"},
                       {"q": "What is a list?", "a": "A mutable sequence."}, {"q": "What is a dict?", "a": "A mapping."}])
    assert [title for title, _ in read_pairs(bank)] == ["How to read a file?", "What is a list?", "What is a dict?"]


def test_a_question_about_subscribing_is_no_call_to_subscribe():
    text = ("1. **What is RxJS?**\n   - A library for streams.\n2. **What is the role of the `subscribe()` method?**\n"
            "   - It starts the Observable.\n3. **How does a Kafka consumer subscribe to a topic?**\n   - By name or pattern.\n"
            "4. **Would you like to subscribe to our newsletter?**\n")
    assert [title for title, _ in read_pairs(text)] == [
        "What is RxJS?", "What is the role of the `subscribe()` method?", "How does a Kafka consumer subscribe to a topic?"]
