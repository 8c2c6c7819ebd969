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
            "2. Track the score and the time taken\n\n3. Reveal the answers only at the end of the quiz\n\n### Questions\n\n"
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
    # or under every one, as long as the questions: notes, not answers
    text = "| # | Question |\n|---|---|\n" + "".join(f"| {n} | {q} |\n|  | Asked at Google and Meta |\n"
                                                    for n, q in enumerate(["What is ARP?", "What is NAT?", "What is BGP?"], 1))
    assert read_pairs(text) == [(q, "") for q in ["What is ARP?", "What is NAT?", "What is BGP?"]]
    # or all of them, where they are too few to say the table is written so
    text = "| # | Question |\n|---|---|\n" + "".join(f"| {n} | {q} |\n{note}" for n, q in enumerate(questions[:2], start=1))
    assert read_pairs(text) == [(q, "") for q in questions[:2]]


@pytest.mark.parametrize(("question", "answer"), [("***Question***:", "***Answer***:"), ("*Question:*", "*Answer:*"),
                                                  ("*Question*:", "*Answer*:")])
def test_labels_in_italics_or_bold_italics_mark_the_questions_and_their_answers(question: str, answer: str):
    text = "".join(f"{question} {q}\n\n{answer} {a}\n\n" for q, a in _NETWORKING)
    assert read_pairs(text) == _NETWORKING


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


_AZURE = [("Which Azure feature matches an EC2 instance role?", "B", "Managed identities"),
          ("Which service enforces sign-in only from the office?", "C", "Conditional Access"),
          ("How do you give 50 subscriptions one set of roles?", "B", "Management groups")]


def test_headings_labelling_questions_by_section_number_title_the_bold_question_under_them():
    # "### Question 1.2" over the bold question, its options and "<details>" holding the answer, where "**Why not
    # the others:**" heads a list; a multi-part one labels its questions "**Question 2.1.1:** …"
    text = "## Section 1: Identity\n\n" + "".join(
        f"### Question 1.{n}\n\n**{q}**\n\nA) One\nB) Two\nC) Three\n\n<details>\n<summary>Click for Answer</summary>\n\n"
        f"**Answer: {key}** — {why}\n\n**Why not the others:**\n- A) Too broad\n- C) Too narrow\n\n</details>\n\n---\n\n"
        for n, (q, key, why) in enumerate(_AZURE, start=1))
    scenario = "A company moves its web tier to Azure. Which service hosts it?"
    text += f"## Section 2: Migration\n\n### Question 2.1 (Multi-part)\n\n{scenario}\n\n**Answer: A** — App Service\n"
    assert [title for title, _answer in read_pairs(text)] == [*(q for q, _key, _why in _AZURE), scenario]


def test_a_label_numbering_a_question_within_a_part_of_a_section_is_taken_off_whole():
    # "**Question 5.1.2:** Which …?" under a multi-part scenario: "1.2:" is no part of the question
    text = "".join(f"**Question 5.1.{n}:** {q}\n\n**Answer: {key}** — {why}\n\n" for n, (q, key, why) in enumerate(_AZURE, 1))
    assert [title for title, _answer in read_pairs(text)] == [q for q, _key, _why in _AZURE]


_RUST = [("What does the borrow checker prevent?", ["Leaks", "Data races", "Slow builds"], "b", "Data races and dangling use."),
         ("When is a value dropped?", ["By free()", "By a collector", "When its owner leaves scope"], "c", "At scope end."),
         ("Which types live on the heap?", ["String", "Vec<u8>", "bool"], "a or b", "They grow, so they are on the heap."),
         ("How many mutable borrows at once?", ["One", "Two", "Any"], "a", "Exactly one.")]


def test_an_answer_key_of_labelled_letters_in_a_box_answers_the_questions_with_a_blank_for_the_reader():
    # "### Question 1 (2 points)" over the bold question, its options and "**Your Answer**: _____"; then "## Answer
    # Key & Explanations" with "<details>" holding "**Q1: b** - …": the key's entries are no questions
    text = "# Ownership quiz\n\n" + "".join(
        f"### Question {n} (2 points)\n**{q}**\n\n" + "".join(f"{letter}) {option}\n" for letter, option in zip("abc", options,
                                                                                                               strict=True))
        + "\n**Your Answer**: _____\n\n---\n\n" for n, (q, options, _key, _why) in enumerate(_RUST, start=1))
    text += "## Answer Key & Explanations\n\n<details>\n<summary>Click to reveal answers</summary>\n\n" + "".join(
        f"**Q{n}: {key}** - {why}\n\n" for n, (_q, _options, key, why) in enumerate(_RUST, start=1)) + "</details>\n"
    questions = parse_markdown(text, pack="x").questions
    assert [(q.title, q.answer) for q in questions] == [(q, f"**{key}** - {why}") for q, _options, key, why in _RUST]
    assert questions[0].prompt == "- a) Leaks\n- b) Data races\n- c) Slow builds"


def test_a_listed_question_running_on_into_a_chat_s_closing_words_is_still_a_copy_of_the_one_asked_below():
    # a chat's reply lists the questions ("1. **What is X?**"), closes "I hope this helps! …", then asks them again
    # as "### 1. What is X?" headings with answers: the last listed item's "answer" is the chat's words
    text = ("### Typical interview questions\n" + "".join(f"{n}. **{q}**\n" for n, (q, _a) in enumerate(_NETWORKING, start=1))
            + "\nI hope this helps! Do you have any specific questions on these topics?\n\n### answer\n"
            "Absolutely! Here is a look at each one:\n\n"
            + "".join(f"### {n}. {q}\n{a}\n\n" for n, (q, a) in enumerate(_NETWORKING, start=1)))
    assert read_pairs(text) == _NETWORKING
    # a question the list holds twice, answered nowhere, stays once
    extra = "What is a subnet mask?"
    text = text.replace("\n2. **", f"\n2. **{extra}**\n2. **{extra}**\n2. **", 1)
    assert read_pairs(text) == [(extra, ""), *_NETWORKING]
    # one asked twice below the list, answered twice, keeps both answers
    text += "### 5. Why does DNS mostly use UDP?\nQueries are small.\n"
    (dns, first), = [(q, a) for q, a in _NETWORKING if "DNS" in q]
    assert (dns, f"{first}\n\n---\n\nQueries are small.") in read_pairs(text)


# An independent review's cases: where each rule above must not reach


def test_items_that_ask_under_a_heading_named_instructions_or_rules_are_questions():
    for heading, items in (("Instructions", ["What is the difference between RISC and CISC instructions?",
                                             "Describe what a NOP instruction is used for."]),
                           ("Rules", ["What is salience in a rule?", "How do you stop a rule from firing twice?"])):
        text = f"# Interview questions\n\n## {heading}\n\n" + "".join(f"1. {q}\n   - Because it is so.\n" for q in items)
        assert [title for title, _answer in read_pairs(text)] == items


def test_a_question_written_under_the_code_it_asks_about_stays_the_prompt_over_the_answer():
    # "**Question:**" over code, then "What does calling `f()` twice return?", then "**Answer:** …"
    text = ("### Q1: Mutable default arguments\n\n**Question:**\n\n"
            "```python\ndef f(x=[]):\n    x.append(1)\n    return x\n```\n\n"
            "What does calling `f()` twice return?\n\n**Answer:** `[1, 1]`: the list is made once.\n\n"
            "### Q2: Late binding\n\n**Question:**\n\n```python\nfs = [lambda: i for i in range(3)]\n```\n\n"
            "What does `[g() for g in fs]` give?\n\n**Answer:** `[2, 2, 2]`: each reads `i` late.\n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.answer for q in questions] == ["`[1, 1]`: the list is made once.", "`[2, 2, 2]`: each reads `i` late."]
    assert questions[0].prompt.endswith("What does calling `f()` twice return?")


def test_an_answer_key_out_of_order_gives_no_question_another_one_s_answer():
    # "**1. Answer: B** - …" entries in the order 1, 2, 3, 4, 6, 5
    quiz = [("Which port does HTTPS use?", "B"), ("Which layer does IP belong to?", "A"),
            ("Which protocol resolves names?", "B"), ("Which protocol is connectionless?", "C"),
            ("Which device joins networks?", "A"), ("Which address is loopback?", "C")]
    text = "# Quiz\n\n" + "".join(f"### Question {n}\n\n{q}\n\nA) One\nB) Two\nC) Three\n\n" for n, (q, _k) in enumerate(quiz, 1))
    text += "## Answer Key\n\n" + "".join(f"**{n}. Answer: {quiz[n - 1][1]}** - why {n}.\n\n" for n in (1, 2, 3, 4, 6, 5))
    assert [answer for _title, answer in read_pairs(text)] == [f"**{key}** - why {n}." for n, (_q, key) in enumerate(quiz, 1)]


def test_a_section_titled_solutions_and_a_topic_is_no_answer_key():
    # "## Solutions and Patterns" over questions numbered from 1 again: more questions, not answers
    basics = ["What is a region?", "What is an availability zone?", "What is an edge location?"]
    patterns = ["What is the strangler fig pattern?", "What is a circuit breaker?", "What is the sidecar pattern?"]
    text = ("## Basics\n\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(basics, 1))
            + "\n## Solutions and Patterns\n\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(patterns, 1)))
    assert read_pairs(text) == [(q, "") for q in basics + patterns]


def test_an_unlabelled_bold_prompt_ending_in_a_colon_over_its_own_answer_stays_a_question():
    # among "**Q: …**" questions, "**Write a query that finds the second highest salary:**" over its SQL, no list
    asked = "Write a query that finds the second highest salary:"
    text = "".join(f"**Q: {q}**\n\n{a}\n\n" for q, a in _LABELLED) + f"**{asked}**\n\n`SELECT MAX(salary) FROM emp`\n"
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _LABELLED] + [asked]


_MONGO = [f"What does MongoDB option {n} control?" for n in range(1, 11)]


def test_a_chat_transcript_in_three_parts_keeps_each_part_s_questions():
    # "**1. What is X?**" over "**Answer:** …"; then a quiz as a numbered list ("1. **Which …?**" over its options
    # and "**Answer:** B"), all inside the answer of the first part's last question; then "**1. …**" again, numbered
    # afresh under a part named for its numbers ("**Section 1: Setup (Q1–Q3)**")
    text = "".join(f"**{n}. {q}**\n\n**Answer:** {a}\n\n" for n, (q, a) in enumerate(_NETWORKING, start=1))
    text += "Here are the MCQs:\n\n" + "".join(f"{n}.  **{q}**\n    A. One\n    B. Two\n\n**Answer:** B. Two\n\n"
                                                for n, q in enumerate(_MONGO, start=1))
    text += "**ChatGPT said:**\n\n**🟢 Section 1: Setup (Q1--Q3)**\n\n" + "".join(
        f"**{n}. {q}**\n\n**✅ Answer:** {a}\n\n" for n, (q, a) in enumerate(_AZURE_ANSWERED, start=1))
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _NETWORKING] + _MONGO + [
        q for q, _a in _AZURE_ANSWERED]


_AZURE_ANSWERED = [(q, why) for q, _key, why in _AZURE]


def test_a_few_numbered_questions_inside_one_answer_before_the_last_are_its_own():
    # "**2. Explain REST.**" whose answer walks through five questions of its own, each answered: its text
    walk = "".join(f"{n}. What is {thing}?\n   It is {thing} in a few words.\n" for n, thing in
                   enumerate(["a resource", "a verb", "a status", "a header", "a cache"], start=1))
    pairs = [("What is HTTP?", "A protocol."), ("Explain REST.", f"A style.\n\n{walk}"), ("What is gRPC?", "An RPC system.")]
    text = "".join(f"**{n}. {q}**\n\n{a}\n\n" for n, (q, a) in enumerate(pairs, start=1))
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in pairs]


def test_the_option_letter_written_after_the_question_mark_answers_the_quiz():
    # "1. 下列哪个不是 JavaScript 的数据类型？ ( D )" over its options "A. String" …: the letter chosen, the answer
    quiz = [("下列哪个不是 JavaScript 的数据类型？", "D"), ("下列哪个不是 CSS 的盒子模型？", "C"),
            ("下列哪个是 HTTP 请求方法？", "A"), ("下列哪些是 Vue 的钩子函数？", "A、B")]
    text = "## 选择题\n\n" + "".join(f"{n}. {q} ( {key} )  \n   A. 一  \n   B. 二  \n   C. 三  \n   D. 四\n\n"
                                  for n, (q, key) in enumerate(quiz, start=1))
    explained = "Object 是引用类型。"
    text = text.replace("D. 四\n\n", f"D. 四\n\n   {explained}\n\n", 1)
    questions = parse_markdown(text, pack="x").questions
    assert [(q.title, q.answer) for q in questions][1:] == quiz[1:]
    assert questions[0].title == quiz[0][0]  # explained under its options: the letter first, then the explanation
    assert questions[0].answer.startswith("D\n\n") and questions[0].answer.endswith(explained)
    assert questions[1].prompt.startswith("A. 一")
    # one or two so are a note in brackets, not the document's way of answering
    assert [q.title for q in parse_markdown(text.split("3. ")[0], pack="x").questions] == [
        f"{q} ( {key} )" for q, key in quiz[:2]]



# A second review's cases


def test_code_under_a_question_label_over_an_explanation_is_the_prompt():
    text = "".join(f"### Q{n}: {title}\n\n**Question:**\n\n```python\n{code}\n```\n\n**Explanation:** {why}\n\n"
                   for n, (title, code, why) in enumerate([("Mutable defaults", "def f(x=[]): return x", "Made once."),
                                                            ("Late binding", "fs = [lambda: i for i in range(3)]",
                                                             "Read late.")], start=1))
    questions = parse_markdown(text, pack="x").questions
    assert [(q.prompt.startswith("```python"), q.answer) for q in questions] == [
        (True, "**Explanation:** Made once."), (True, "**Explanation:** Read late.")]


def test_short_answers_in_the_rows_under_the_questions_are_answers():
    rows = [("What does ARP do?", "Maps IPv4 to MAC."), ("What port does HTTPS use?", "TCP 443."),
            ("What does DNS resolve?", "Hostnames."), ("What does TTL stop?", "Loops.")]
    text = "| # | Question |\n|---|---|\n" + "".join(f"| {n} | {q} |\n|   | {a} |\n" for n, (q, a) in enumerate(rows, 1))
    assert read_pairs(text) == rows


@pytest.mark.parametrize("key", ["Answers & Rationale", "Answers and Solutions:", "Answer Key & Explanations (Part 1)",
                                 "Answers with brief explanations"])
def test_an_answer_key_named_with_what_it_adds_is_a_key(key: str):
    quiz = [("Which port does HTTPS use?", "B"), ("Which layer does IP belong to?", "A"), ("Which one resolves names?", "B")]
    text = "".join(f"### Question {n}\n\n{q}\n\nA) One\nB) Two\nC) Three\n\n" for n, (q, _k) in enumerate(quiz, 1))
    text += f"## {key}\n\n" + "".join(f"{n}. **{k}** - because {n}.\n" for n, (_q, k) in enumerate(quiz, 1))
    assert [answer for _title, answer in read_pairs(text)] == [f"**{k}** - because {n}." for n, (_q, k) in enumerate(quiz, 1)]


def test_labels_over_parts_of_an_answer_and_over_lists_are_no_questions_among_labelled_ones():
    text = "".join(f"**Q: {q}**\n\n{a}\n\n" for q, a in _LABELLED)
    text = text.replace(_LABELLED[1][1], f"{_LABELLED[1][1]}\n\n**How a combiner runs:**\n\nOn each mapper, before the shuffle.")
    text = text.replace(_LABELLED[2][1], f"{_LABELLED[2][1]}\n\n**Choose YARN when:**\n\n- many frameworks share a cluster")
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _LABELLED]


def test_an_answer_opening_with_a_star_and_an_italic_line_keep_their_words():
    text = ("Q: What does `*` match in a shell glob?\nA: * matches any run of characters.\n\n"
            "Q: What does `?` match?\nA: ? matches one character.\n\n"
            "Q: Find the k largest elements.\n*Solution: keep a min-heap of size k*\n\n")
    assert [answer for _title, answer in read_pairs(text)] == [
        "* matches any run of characters.", "? matches one character.", "*Solution: keep a min-heap of size k*"]


def test_q_star_in_a_heading_is_the_value_named_not_a_label():
    text = ("### What is the difference between V and Q?\n\nV scores states.\n\n"
            "### Q*: what equation does the optimal value satisfy?\n\nThe Bellman optimality equation.\n\n"
            "### What does the discount factor do?\n\nIt weights near rewards.\n")
    assert read_pairs(text)[1][0] == "Q*: what equation does the optimal value satisfy?"


def test_the_last_question_under_a_label_heading_ends_at_the_next_part():
    text = ("# Chapter review\n\n" + "".join(f"### Question {n}\nWhat is {thing}?\n\n" for n, thing in
                                             enumerate(["a process", "a thread", "a mutex"], start=1))
            + "# Further reading\n\n- Operating Systems: Three Easy Pieces\n")
    assert read_pairs(text) == [("What is a process?", ""), ("What is a thread?", ""), ("What is a mutex?", "")]


def test_a_listed_question_with_an_answer_of_its_own_is_kept_when_the_list_is_asked_again():
    listed = "".join(f"{n}. **{q}**\n" for n, (q, _a) in enumerate(_NETWORKING, start=1))
    listed = listed.replace("UDP?**", "UDP?** A query fits one datagram, so no handshake is needed.")
    text = listed + "\n" + "".join(f"### {n}. {q}\n{a}\n\n" for n, (q, a) in enumerate(_NETWORKING, start=1))
    assert "A query fits one datagram, so no handshake is needed." in [answer for _t, answer in read_pairs(text)]


def test_notes_under_table_rows_naming_companies_or_alike_each_time_are_no_answers():
    questions = ["What is a closure?", "What is event delegation?", "What is the event loop?", "What is hoisting?"]
    head = "| # | Question |\n|---|---|\n"
    for notes in (["Asked at Google, Meta", "Asked at Amazon", "Asked by Stripe", "Asked at Google"],
                  ["Frequently asked in screens."] * 4):
        pairs = zip(questions, notes, strict=True)
        text = head + "".join(f"| {n} | {q} |\n|   | {note} |\n" for n, (q, note) in enumerate(pairs, 1))
        assert read_pairs(text) == [(q, "") for q in questions]


def test_an_answer_key_naming_one_number_twice_answers_nothing():
    quiz = ["Which port does HTTPS use?", "Which layer does IP belong to?", "Which one resolves names?", "Which is UDP?"]
    text = "".join(f"### Question {n}\n\n{q}\n\nA) One\nB) Two\n\n" for n, q in enumerate(quiz, 1))
    text += "## Answer Key\n\n" + "".join(f"**{n}. Answer: B** - because {n}.\n\n" for n in (1, 2, 2, 3, 4))
    assert [answer for _title, answer in read_pairs(text)] == ["", "", "", ""]


# A third review's cases


def test_a_language_or_level_tag_in_brackets_after_the_question_mark_is_no_answer():
    pairs = [("What is a dangling pointer? (C)", "A pointer to freed memory."), ("What does volatile do? (C)", "Stops caching."),
             ("What is undefined behaviour? (C)", "What the standard leaves open."), ("What is RAII? (C++)", "Scoped cleanup.")]
    text = "".join(f"## {n}. {q}\n\n{a}\n\n" for n, (q, a) in enumerate(pairs, start=1))
    assert [answer for _title, answer in read_pairs(text)] == [a for _q, a in pairs]


def test_ten_bold_points_of_a_middle_answer_stay_its_text():
    points = "".join(f"{n}. **Who decides step {n}?** This sizes the design.\n" for n in range(1, 12))
    pairs = [("What is horizontal scaling?", "Adding machines."), ("What should you ask when clarifying?",
                                                                   f"Ask before drawing anything:\n\n{points}"),
             ("What is a load balancer?", "It spreads requests.")]
    text = "".join(f"**{n}. {q}**\n\n{a}\n\n" for n, (q, a) in enumerate(pairs, start=1))
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in pairs]


def test_rows_of_companies_or_levels_under_the_questions_are_no_answers_and_answers_starting_with_tags_are():
    questions = ["How would you design a URL shortener?", "How would you design a feed?", "How would you design a chat?"]
    for notes in (["Google, Amazon", "Stripe", "Meta, Uber"], ["Easy", "Medium", "Hard"]):
        text = "| # | Question |\n|---|---|\n" + "".join(f"| {n} | {q} |\n|   | {note} |\n" for n, (q, note) in
                                                       enumerate(zip(questions, notes, strict=True), 1))
        assert read_pairs(text) == [(q, "") for q in questions]
    rows = [("What is a tag in Git?", "Tags are fixed names for commits."), ("What is source control?", "Sources of "
            "truth for code, tracked over time."), ("What does stash do?", "It shelves changes.")]
    text = "| # | Question |\n|---|---|\n" + "".join(f"| {n} | {q} |\n|   | {a} |\n" for n, (q, a) in enumerate(rows, 1))
    assert read_pairs(text) == rows


def test_an_italic_q_label_and_an_italic_answer_label_with_a_space_before_its_colon():
    text = "".join(f"*Q:* {q}\n*Answer :* {a}\n\n" for q, a in _NETWORKING)
    assert read_pairs(text) == _NETWORKING
