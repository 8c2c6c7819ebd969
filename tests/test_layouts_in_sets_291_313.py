"""Layouts met in held-out sets 291–313, each written here in our own words, small."""

from __future__ import annotations

import pytest
from layout_reading import read_pairs
from test_layouts_in_sets_276_290 import _NETWORKING

from llmtui.content.parser import parse_markdown

_JAVA = [("What is a lambda expression?", "A short block of code that takes parameters and returns a value."),
         ("What is an Optional?", ""),
         ("What is a functional interface?", "An interface with exactly one abstract method."),
         ("What is a method reference?", "")]


def test_a_badge_whose_address_holds_parentheses_over_an_empty_answer_box_is_no_answer():
    # "![Easy](…/simple%20(2).svg)" over "<details>" holding an empty "<blockquote>": nothing to read
    badge = "![Easy](https://example.org/tags/simple%20(2).svg)"
    text = "".join(f"{n}. {q}\n\n{badge}\n\n<details>\n  <summary> <b>Show Answer</b></summary>\n\n<blockquote>\n\n"
                   f"{a}\n\n</blockquote>\n</details>\n\n---\n\n" for n, (q, a) in enumerate(_JAVA, start=1))
    assert [(title, bool(answer)) for title, answer in read_pairs(text)] == [(q, bool(a)) for q, a in _JAVA]


_HADOOP = [("Explain how HDFS keeps data safe.", "Each block is copied to three nodes.\n\n**How replicas are placed:**\n\n"
            "1. One on the writer's node\n2. Two on another rack"),
           ("Describe the role of a combiner.", "It sums map output locally before the shuffle."),
           ("Explain speculative execution.", "A slow task is started again elsewhere.\n\n**How the winner is chosen:**\n\n"
            "1. The first copy to finish wins\n2. The other is killed"),
           ("Describe what YARN changed.", "Resources are containers, not fixed slots."),
           ("Explain data locality.", "Tasks run where their blocks are stored."),
           ("Describe a secondary sort.", "Values reach the reducer sorted by a second key.\n\n**How it works:**\n\n"
            "1. A composite key\n2. A partitioner on its first part")]


def test_bold_lines_ending_in_a_colon_without_the_label_the_questions_carry_are_labels_in_answers():
    # "**Q: …**" questions, each "**SHORT ANSWER:** …"; "**How replicas are placed:**" over a list inside an answer
    # (one question the writer left without its label still asks, and one labelled ends in a colon: both stay)
    unlabelled = "Why is the NameNode a single point of failure?"
    colon = "Compare the two schedulers:"
    text = ("# Hadoop exam\n\n" + "".join(f"**Q: {q}**\n\n**SHORT ANSWER:** {a}\n\n---\n\n" for q, a in _HADOOP)
            + f"**{unlabelled}**\n\nIt alone holds the namespace.\n\n**Q: {colon}**\n\nFair and capacity share a cluster.\n")
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _HADOOP] + [unlabelled, colon]



_MAPREDUCE = [("Describe the phases of a MapReduce job:", "Map, shuffle and sort, then reduce."),
              ("What does the JobTracker do?", "It schedules tasks and watches them."),
              ("List the daemons of a Hadoop 1 cluster:", "NameNode, DataNode, JobTracker and TaskTracker."),
              ("What is a rack?", "A group of nodes on one switch."),
              ("Why are blocks large?", "To keep seeks few next to the reads."),
              ("What is a heartbeat?", "A DataNode's message that it is alive.")]
_LABELLED = [("What is a split?", "The part of the input one map task reads."),
             ("What is a combiner?", "A reducer run on each mapper's output."),
             ("What is YARN?", "The resource manager of Hadoop 2."),
             ("What is a container?", "A share of a node's memory and cores."),
             ("What is HDFS federation?", "Several NameNodes, each over part of the namespace.")]


def test_bold_prompts_ending_in_a_colon_stay_questions_where_labels_are_too_few_to_be_the_rule():
    # unlabelled bold prompts, some ending in a colon, beside labelled ones that are not the most of them
    text = "".join(f"**{q}**\n\n{a}\n\n" for q, a in _MAPREDUCE) + "".join(f"**Q: {q}**\n\n{a}\n\n" for q, a in _LABELLED)
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _MAPREDUCE + _LABELLED]
    # or that are most of them, but too few to be the document's rule
    text = "".join(f"**{q}**\n\n{a}\n\n" for q, a in _MAPREDUCE[:1]) + "".join(f"**Q: {q}**\n\n{a}\n\n" for q, a in _LABELLED[:4])
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _MAPREDUCE[:1] + _LABELLED[:4]]


def test_a_number_alone_over_a_chinese_prompt_left_open_after_is_numbers_that_prompt():
    # "#### 1" over "以下代码的输出内容为" (the output of the code below is …) and its code, then "答案" over the output
    prompts = ["以下代码的输出内容为", "下面代码会输出什么", "下面代码的返回值是", "以下程式碼的結果為", "以下代码能编译吗？"]
    text = "".join(f"#### {n}\n{prompt}\n\n```go\nfmt.Println({n})\n```\n答案\n```\n{n}\n```\n\n"
                   for n, prompt in enumerate(prompts, start=1))
    assert [title for title, _answer in read_pairs(text)] == prompts


def test_a_list_of_topics_the_remaining_questions_cover_is_no_list_of_questions():
    # a chat's reply: "**Q1: …**" each over its "**Answer:**" under a heading naming questions, then its offer to
    # go on, over the topics left
    text = ("# Networking interview questions\n\n## Must-know questions\n\n### Protocols\n\n"
            + "".join(f"**Q{n}: {q}**\n\n**Answer:** {a}\n\n---\n\n" for n, (q, a) in enumerate(_NETWORKING, start=1))
            + "Would you like me to continue with the remaining questions (Q5-Q40) covering topics like:\n"
            "- Routing protocols\n- Subnetting\n- Scenario-based questions\n- Wireless networks\n")
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _NETWORKING]


def test_code_alone_under_a_question_details_label_is_the_statement_and_a_link_after_it_no_answer():
    # "**Questions Details:**" over nothing but the code asked about, then "See 👉 **[Answer](…)**": the answer is
    # behind the link; with "**Answer:**" after the code instead, that is the answer
    code = "```kotlin\nval greeting by lazy { \"Hola\" }\nprintln(greeting)\n```"
    text = ("### Q1: What will be the result of this code? ⭐⭐\n\n**Questions Details:**\n\n" + code
            + "\n\n\n See 👉 **[Answer](https://example.org/kotlin)**\n\n"
            "### Q2: How would you rewrite this in Kotlin? ⭐⭐\n\n**Questions Details:**\n\n" + code
            + "\n\n**Answer:**\n\nWith a companion object.\n\n"
            "### Q3: Explain lazy initialization in Kotlin ⭐⭐⭐\n\n See 👉 **[Answer](https://example.org/kotlin)**\n")
    assert read_pairs(text) == [("What will be the result of this code?", ""),
                                ("How would you rewrite this in Kotlin?", "With a companion object."),
                                ("Explain lazy initialization in Kotlin", "")]


_CHOICES = [("What do the layers of a neural network hold?", ["Neurons", "Files", "Cables"], "A"),
            ("What does training change?", ["The inputs", "The weights", "The screen"], "B"),
            ("What does an activation function add?", ["Colour", "Non-linearity", "Memory"], "B")]
_TRUE_OR_FALSE = [("A neuron adds up its weighted inputs.", [], "True"),
                  ("Backpropagation runs from the output back to the input.", [], "True"),
                  ("A perceptron has many hidden layers.", [], "False")]


def test_an_answer_key_table_with_the_numbers_in_its_question_column_answers_the_numbered_questions():
    # "### Question 1", its fields, the question in bold and its options; true/false items have none; then
    # "## Answer Key" over "| Question | Answer | Difficulty |" with "| 1 | A | easy |"
    # mostly multiple choice, or mostly true or false
    for quiz in (_CHOICES + _TRUE_OR_FALSE[:1], _CHOICES[:1] + _TRUE_OR_FALSE):
        assert _keyed_quiz(quiz) == [(q, key) for q, _options, key in quiz]


def _keyed_quiz(quiz: list[tuple[str, list[str], str]]) -> list[tuple[str, str]]:
    text = "# Neural networks quiz\n\n## Questions\n\n" + "".join(
        f"### Question {n}\n**Type**: {'multiple-choice' if options else 'true-false'}\n**Difficulty**: easy\n\n**{q}**\n\n"
        + "".join(f"- {letter}) {option}\n" for letter, option in zip("ABC", options, strict=False)) + "\n---\n\n"
        for n, (q, options, _key) in enumerate(quiz, start=1))
    text += "## Answer Key\n\n| Question | Answer | Difficulty |\n|---|---|---|\n" + "".join(
        f"| {n} | {key} | easy |\n" for n, (_q, _options, key) in enumerate(quiz, start=1))
    questions = parse_markdown(text, pack="x").questions
    assert questions[0].prompt == "- A) Neurons\n- B) Files\n- C) Cables"  # the options, shown with the question
    return [(q.title, q.answer) for q in questions]


_EXAM = [("Forms", "Which attribute makes a field required?", ["required", "needed", "must"], "a"),
         ("Forms", "Which input type asks for an email address?", ["text", "email", "mail"], "b"),
         ("SEO", "Where does the page title go?", ["<body>", "<footer>", "<head>"], "c"),
         ("SEO", "What does a meta description give?", ["A summary for results", "A style", "A script"], "a")]


@pytest.mark.parametrize("key", ["ANSWER KEY & EXPLANATIONS", "Answers and explanations", "Answers with explanations"])
def test_an_answer_key_and_explanations_by_section_answers_the_numbered_questions_up_to_the_tips_after_it(key: str):
    # "**1. Which …?**" over "- a) …" options in topic sections; then "# ANSWER KEY & EXPLANATIONS" over the same
    # sections, "**1. a) required**" over its explanation; then "## Tips" numbered from 1 again
    text = "# Practice exam\n\n"
    for section in dict.fromkeys(s for s, *_rest in _EXAM):
        text += f"## {section.upper()}\n\n" + "".join(
            f"**{n}. {q}**\n" + "".join(f"- {letter}) {option}\n" for letter, option in zip("abc", options, strict=True)) + "\n"
            for n, (s, q, options, _key) in enumerate(_EXAM, start=1) if s == section)
    text += f"---\n\n# {key}\n\n"
    for section in dict.fromkeys(s for s, *_rest in _EXAM):
        text += f"## {section.upper()}\n\n" + "".join(
            f"**{n}. {key}) {options['abc'.index(key)]}**\n- Because the standard says so.\n\n"
            for n, (s, _q, options, key) in enumerate(_EXAM, start=1) if s == section)
    text += "## Tips for the exam\n\n1. Sleep well\n2. Read every option\n3. Check the time\n"
    assert read_pairs(text) == [(q, f"**{key}) {options['abc'.index(key)]}**\n- Because the standard says so.")
                                for _s, q, options, key in _EXAM]


@pytest.mark.parametrize("rules", ["Quiz Instructions/Rules", "Instructions", "INSTRUCTIONS", "Exam rules", "EXAM RULES"])
def test_numbered_rules_for_running_a_quiz_are_no_questions(rules: str):
    # "### Quiz Instructions/Rules" over "1. Present questions one at a time", then the quiz's numbered questions
    text = (f"## Markdown quiz\n\n### {rules}\n\n1. Present questions one by one to avoid overwhelming anyone\n\n"
            "2. Track the score and the time taken\n\n3. Explain the answers only at the end of the quiz\n\n### Questions\n\n"
            + "".join(f"{n}. {q}\n   - A) {a}\n   - B) Something else\n\n" for n, (q, a) in enumerate(_NETWORKING, start=1))
            + "### Correct Answers\n\n" + "".join(f"{n}. A) {a}\n" for n, (_q, a) in enumerate(_NETWORKING, start=1)))
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _NETWORKING]
    # a list under a deeper heading inside the rules' section is the quiz's own
    text = f"## {rules}\n\nAnswer in your own words.\n\n### Networking\n\n" + "".join(
        f"{n}. {q}\n   - {a}\n" for n, (q, a) in enumerate(_NETWORKING, start=1))
    assert read_pairs(text) == [(q, f"- {a}") for q, a in _NETWORKING]


def test_a_table_without_an_answer_column_holds_each_answer_in_the_unnumbered_row_under_its_question():
    # "| 1 | 1.1 | What is X? | High |" over "|   | 1.1 | X is …<br/>… |  |"; "|   | **2** | **CSS** |  |" names a section
    # (the first answer is long: a row's whole cell is its answer)
    answers = [f"{a}<br/>That is all." for _q, a in _NETWORKING]
    answers[0] += " More." * 500
    text = "| Index | No. | Questions | Priority |\n|---|---|---|---|\n|  | **1** | **Networking** |  |\n"
    for n, ((q, _a), answer) in enumerate(zip(_NETWORKING, answers, strict=True), start=1):
        text += f"| {n} | 1.{n} | {q} | High |\n|  | 1.1 | {answer} |  |\n"
    text += "| 5 | 1.5 | What is a VLAN? | Low |\n|  | **2** | **Switching** |  |\n"  # left unanswered, then a section
    expected = [(q, answer.replace("<br/>", "\n")) for (q, _a), answer in zip(_NETWORKING, answers, strict=True)]
    assert read_pairs(text) == [*expected, ("What is a VLAN?", "")]


def test_unnumbered_rows_under_a_few_of_the_numbered_questions_answer_nothing():
    # most questions with nothing under them: the unnumbered rows under the others are notes, not answers
    questions = [q for q, _a in _NETWORKING] + ["What is ARP?", "What is NAT?", "What is BGP?", "What is a MAC?"]
    note = "|  | Asked in a phone screen, twice |\n"
    text = "| # | Question |\n|---|---|\n" + "".join(
        f"| {n} | {q} |\n" + (note if n <= 3 else "") for n, q in enumerate(questions, start=1))
    assert read_pairs(text) == [(q, "") for q in questions]
    # or all of them, where they are too few to say the table is written so
    text = "| # | Question |\n|---|---|\n" + "".join(f"| {n} | {q} |\n{note}" for n, q in enumerate(questions[:2], start=1))
    assert read_pairs(text) == [(q, "") for q in questions[:2]]


def test_questions_labelled_in_bold_italics_are_labelled_questions_and_the_list_above_them_one_copy():
    # the questions listed first ("- What is a switch"), then "## Answers" of "***Question:*** …?" over
    # "***Answer:*** …": one question each, with its answer, however the two copies end or are capitalised
    listed = "".join(f"- {q.rstrip('?') if n % 2 else q.lower()}\n" for n, (q, _a) in enumerate(_NETWORKING))
    text = (f"## Concepts\n\n{listed}\n## Answers\n\n"
            + "".join(f"***Question:*** {q}\n\n***Answer:*** {a}\n\n" for q, a in _NETWORKING))
    assert read_pairs(text) == _NETWORKING


_PYTHON_ZH = [("什么是PEP8？", "一份编程规范。"), ("Python 的 GIL 是什么？", "全局解释器锁。"),
              ("列表和元组的区别是什么？", "列表可变，元组不可变。"), ("什么是装饰器？", "包装函数的函数。"),
              ("Python 解释器有哪些种类？", "CPython、PyPy 和 Jython。"), ("什么是生成器？", "按需产生值的函数。"),
              ("深拷贝和浅拷贝有什么区别？", "深拷贝连内部对象一起复制。")]


@pytest.mark.parametrize("separator", ['"=============="', "---", "==========", "= = = = ="])
def test_questions_numbered_from_1_again_after_a_separating_line_are_a_new_part(separator: str):
    # "1、…？" paragraphs, each over its answer indented as a block, 1 to 4; a line of separators; then 1 to 3
    def part(pairs: list[tuple[str, str]]) -> str:
        return "".join(f"{n}、{q}\n\n    {a}\n\n" for n, (q, a) in enumerate(pairs, start=1))

    text = part(_PYTHON_ZH[:4]) + f"\n{separator}\n\n" + part(_PYTHON_ZH[4:])
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _PYTHON_ZH]
