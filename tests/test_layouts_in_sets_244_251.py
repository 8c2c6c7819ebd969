"""Layouts met in held-out sets 244–251, each written here in our own words, small."""

from __future__ import annotations

import pytest
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


def _answer_sheet(opening: str, sections: dict[str, list[str]]) -> str:
    """A chat's answer sheet: an opening line, then under each heading a list numbered from 1 of bold topics,
    each with its points under it."""
    lines = [opening, "", "---", ""]
    for heading, topics in sections.items():
        lines += [f"### {heading}", ""]
        for number, topic in enumerate(topics, start=1):
            lines += [f"{number}. **{topic}**:", f"   - {topic} explained in a sentence or two.",
                      "   - Reach for it in hot paths; it costs a little memory.", ""]
    return "\n".join(lines)


_SHEET = {"Beginner": ["Goroutines", "Channels", "Slices vs arrays"],
          "Intermediate": ["Interfaces", "Error wrapping"], "Advanced": ["Context cancellation", "The scheduler"]}


def test_an_answer_sheet_numbering_its_topics_from_1_under_each_heading_asks_each_topic():
    # "Here's a set of answers for your Go interview questions": the opening says what the page is; each
    # numbered bold topic over its points is a question the chat answered
    pairs = read_pairs(_answer_sheet("Here's a set of answers for your Go interview questions, by level:", _SHEET))
    assert [title for title, _answer in pairs] == [topic for topics in _SHEET.values() for topic in topics]
    assert all("explained in a sentence" in answer for _title, answer in pairs)


def test_numbered_points_right_under_the_questions_that_ask_are_their_answers():
    # a bold question, then its numbered points: the points are no questions (no heading over each run)
    lines = ["Here are the Go interview questions:", ""]
    for question in ("**How do goroutines differ from threads?**", "**When would you use a buffered channel?**"):
        lines += [question, ""]
        for number, point in enumerate(("Cost", "Scheduling", "Blocking", "Stacks", "Preemption"), start=1):
            lines += [f"{number}. **{point}**:", f"   - {point} matters here.", ""]
    titles = [title for title, _answer in read_pairs("\n".join(lines))]
    assert titles == ["How do goroutines differ from threads?", "When would you use a buffered channel?"]


def test_a_numbered_list_of_tips_after_numbered_questions_is_not_more_questions():
    # the questions are list items already, and a tips section numbers its items the same way: tips stay out
    lines = ["# Go interview questions", "", "### Basics", ""]
    for number, question in enumerate(("What is a goroutine?", "What is a channel?", "What does defer do?"), start=1):
        lines += [f"{number}. **{question}**", "   - An answer in a few plain words.", ""]
    lines += ["### On the day", ""]
    for number, tip in enumerate(("Sleep well", "Think aloud", "Ask back"), start=1):
        lines += [f"{number}. **{tip}**:", "   - Why it helps on the day.", ""]
    titles = [title for title, _answer in read_pairs("\n".join(lines))]
    assert titles == ["What is a goroutine?", "What is a channel?", "What does defer do?"]


def test_an_answer_sheet_under_a_title_heading_ends_with_the_title_section():
    # "## Go Interview Questions" over its numbered topics; the next "##" section numbers its advice the same way
    lines = ["## Go Interview Questions with Answers", ""]
    for number, topic in enumerate(["Goroutines", "Channels", "Interfaces", "Generics", "Escape analysis"], start=1):
        lines += [f"{number}. **{topic}**", f"   - {topic} in a sentence or two.", ""]
    lines += ["## Final words", ""]
    for number, advice in enumerate(["Rest", "Breathe"], start=1):
        lines += [f"{number}. **{advice}**", f"   - {advice} before the call.", ""]
    titles = [title for title, _answer in read_pairs("\n".join(lines))]
    assert titles == ["Goroutines", "Channels", "Interfaces", "Generics", "Escape analysis"]


_AWS = [("VPC for two tiers", "How would you lay out a VPC for a two-tier application?",
         ["Public subnets hold the load balancers.", "Private subnets hold the app servers."]),
        ("Outbound access", "How do you stop one subnet reaching the internet?",
         ["Drop its route to the internet gateway."]),
        ("Private subnet updates", "How do private instances fetch updates?",
         ["Through a NAT gateway in a public subnet.", "Its route table points there."]),
        ("Bastion hosts", "Why would you put a bastion host in a public subnet?",
         ["It is the one door in for SSH.", "Everything else stays private."])]


def test_plain_text_numbered_titles_each_over_a_q_line_then_a_lone_a_label_and_the_answer():
    # pasted as plain text: "1. Title" with "Q: …" right under it (Markdown glues the two into one item), a
    # blank line, "A:" alone, then the answer's sentences; a contents list of the titles comes first
    lines = ["AWS scenario questions", "", "Contents"]
    lines += [f"{number}. {title}\n" for number, (title, _q, _a) in enumerate(_AWS, start=1)]
    for number, (title, question, answer) in enumerate(_AWS, start=1):
        lines += [f"{number}. {title}", f"Q: {question}", "", "A:", ""] + [f"{sentence}\n" for sentence in answer]
    questions = parse_markdown("\n".join(lines), pack="x").questions
    assert [(q.title, q.answer, q.topic) for q in questions] == [
        (question, "\n\n".join(answer), title) for title, question, answer in _AWS]


def test_a_q_line_glued_under_an_answers_last_point_leaves_the_point_in_that_answer():
    # "2. Check the route table" closes each answer's numbered steps, the next "Q:" glued under it: no title
    lines = ["# Networking drills", ""]
    for _title, question, _answer in _AWS:
        lines += [f"Q: {question}", "", "A:", "", "1. Look at the subnet", "2. Check the route table"]
    lines.append("")
    pairs = read_pairs("\n".join(lines))
    assert [title for title, _answer in pairs] == [question for _title, question, _answer in _AWS]
    assert all(answer.endswith("2. Check the route table") for _title, answer in pairs)


_INCIDENTS = [("Pod restarts in a loop", "A pod restarts every few seconds.", ["Read its logs", "Check its command"]),
              ("Service unreachable", "Pods run but nothing answers on the service.", ["Compare the selector",
                                                                                           "List its endpoints"]),
              ("Rollout stuck", "A new version never becomes ready.", ["Describe the new pods", "Read the events"])]


def test_scenarios_listing_their_questions_then_the_key_areas_to_cover():
    # "**Scenario:**", then "**Interview Questions:**" with the questions asked of it, then "**Key Areas to
    # Cover:**" over the points that answer them: the questions go with the scenario, the points are the answer
    lines = ["# Kubernetes scenarios", ""]
    for number, (title, scenario, points) in enumerate(_INCIDENTS, start=1):
        lines += [f"## {number}. {title}", "", "**Scenario:**  ", scenario, "", "**Interview Questions:**",
                  "- How do you debug this?", "- Which commands will you run?", "", "**Key Areas to Cover:**"]
        lines += [f"- {point}" for point in points] + ["", "---", ""]
    questions = parse_markdown("\n".join(lines), pack="x").questions
    assert [q.title for q in questions] == [title for title, _s, _p in _INCIDENTS]
    assert all(q.prompt.startswith(scenario) and "- How do you debug this?" in q.prompt
               for q, (_t, scenario, _p) in zip(questions, _INCIDENTS, strict=True))
    assert [q.answer for q in questions] == ["\n".join(f"- {point}" for point in points) for _t, _s, points in _INCIDENTS]


def test_a_scenario_asked_in_bold_over_its_labelled_answer_shows_the_question_with_it():
    # "**Scenario:** …", "**How would you troubleshoot this?**", "**Answer:**", then the answer
    lines = ["# Kubernetes scenarios", ""]
    for number, (title, scenario, points) in enumerate(_INCIDENTS, start=1):
        lines += [f"## Scenario {number}: {title}", "", f"**Scenario:** {scenario}", "",
                  "**How would you troubleshoot this?**", "", "**Answer:**", "", f"{points[0]}, then {points[1]}.", ""]
    questions = parse_markdown("\n".join(lines), pack="x").questions
    assert [q.prompt for q in questions] == [f"{scenario}\n\n**How would you troubleshoot this?**"
                                             for _t, scenario, _p in _INCIDENTS]
    assert [q.answer for q in questions] == [f"{points[0]}, then {points[1]}." for _t, _s, points in _INCIDENTS]


_CHOICES = [("Which tool compiles TypeScript?", ["tsc", "npm", "node", "git"], 0),
            ("Which keyword declares a constant?", ["var", "let", "const", "static"], 2),
            ("Which file configures the compiler?", ["package.json", "tsconfig.json", ".env", "Makefile"], 1)]


def test_options_under_an_options_heading_show_with_the_question_and_only_the_marked_answer_answers():
    # "# Question 3", its text, "### Options" over "a. …" lines, then "**Answer:** b"; one question has no answer
    lines: list[str] = []
    for number, (question, options, right) in enumerate(_CHOICES, start=1):
        lines += [f"# Question {number}", "", question, "", "### Options", ""]
        lines += [f"{letter}. {option}" for letter, option in zip("abcd", options, strict=True)] + [""]
        if number != 2:
            lines += [f"**Answer:** {'abcd'[right]}", ""]
    questions = parse_markdown("\n".join(lines), pack="x").questions
    assert [q.title for q in questions] == [question for question, _o, _r in _CHOICES]
    assert [q.prompt for q in questions] == ["\n".join(f"{letter}. {option}" for letter, option in zip(
        "abcd", options, strict=True)) for _q, options, _r in _CHOICES]
    assert [q.answer for q in questions] == ["a", "", "b"]


def test_the_one_option_in_bold_is_the_answer():
    # a quiz marking the right option by writing it in bold: it answers, and shows plain among the others
    lines: list[str] = []
    for number, (question, options, right) in enumerate(_CHOICES, start=1):
        lines += [f"{number}. {question}", ""]
        lines += [f"    {'**' if at == right else ''}{letter}. {option}{'**' if at == right else ''}"
                  for at, (letter, option) in enumerate(zip("abcd", options, strict=True))] + [""]
    questions = parse_markdown("\n".join(lines), pack="x").questions
    assert [q.answer for q in questions] == [f"{'abcd'[right]}. {options[right]}" for _q, options, right in _CHOICES]
    assert all("**" not in q.prompt and "a. " in q.prompt for q in questions)
    # every option in bold marks none (lettered "A." here: options whether or not one is marked)
    styled = [f"    **{line.replace('**', '').strip().capitalize()}**" if line.startswith("    ") else line
              for line in lines]
    assert [q.answer for q in parse_markdown("\n".join(styled), pack="x").questions] == ["", "", ""]


def _quiz_with_key(*, practice: bool) -> str:
    """Labelled questions with their options in two sections, then an answer key split into the same sections
    ("## Answer Key" over "### Section 1" over "1. **A** - why"), and perhaps practice questions after it."""
    lines = ["# Kubernetes quiz", "", "## Questions", ""]
    for section, numbers in (("Basics", (1, 2)), ("Tooling", (3,))):
        lines += [f"### Section: {section}", ""]
        for number in numbers:
            question, options, _right = _CHOICES[number - 1]
            lines += [f"**Question {number}**: {question}"] + [
                f"- {letter}) {option}" for letter, option in zip("ABCD", options, strict=True)] + [""]
    lines += ["## Answer Key", ""]
    for section, numbers in (("Basics", (1, 2)), ("Tooling", (3,))):
        lines += [f"### Section: {section}", ""]
        lines += [f"{n}. **{'ABCD'[_CHOICES[n - 1][2]]}** - {_CHOICES[n - 1][1][_CHOICES[n - 1][2]]} is the one"
                  for n in numbers] + [""]
    if practice:
        lines += ["## Additional Practice Questions", "", "1. Explain what a pod is.", "2. Explain what a node is.",
                  "3. Explain what a service is.", ""]
    return "\n".join(lines)


def test_an_answer_key_split_into_sections_answers_the_labelled_questions_by_number():
    questions = parse_markdown(_quiz_with_key(practice=False), pack="x").questions
    assert [q.answer for q in questions] == [f"**{'ABCD'[right]}** - {options[right]} is the one"
                                             for _q, options, right in _CHOICES]


def test_practice_questions_numbered_again_after_the_key_leave_the_key_to_the_questions_before_it():
    questions = parse_markdown(_quiz_with_key(practice=True), pack="x").questions
    assert [q.answer for q in questions[:3]] == [f"**{'ABCD'[right]}** - {options[right]} is the one"
                                                 for _q, options, right in _CHOICES]
    assert [(q.title, q.answer) for q in questions[3:]] == [(f"Explain what a {thing} is.", "")
                                                            for thing in ("pod", "node", "service")]


_BASICS = [("What is a class?", "A blueprint for objects."), ("What is an object?", "An instance of a class."),
           ("What is a constructor?", "A function run when an object is made."),
           ("What is a destructor?", "A function run when an object goes away.")]


def test_a_page_wrapped_in_one_fence_titled_after_its_opening_backticks_is_read_inside():
    # "``` C++ Interview Questions and Answers" opens the page and "```" closes it: the title sits where a
    # language would; a page fenced as Python is code, not a page
    body = "\n\n".join(f"{n}. {q}\n   - {a}" for n, (q, a) in enumerate(_BASICS, start=1))
    pairs = read_pairs(f"``` C++ Interview Questions and Answers\n\nBasic Questions:\n{body}\n```\n")
    assert pairs == [(q, f"- {a}") for q, a in _BASICS]
    pack = parse_markdown(f"```python\n{body}\n```\n", pack="x")
    assert not pack.questions and not any("fence" in p.message for p in pack.problems)


def test_a_question_box_over_an_answer_box_takes_that_box_as_its_answer():
    # MkDocs: '!!! question "…"' with nothing in it, then '??? answer' folded under it holding the answer
    text = "# Q&A\n\n" + "".join(f'!!! question "{q}"\n\n??? answer\n    {a}\n\n    More on it.\n\n' for q, a in _BASICS)
    assert read_pairs(text) == [(q, f"{a}\n\nMore on it.") for q, a in _BASICS]
    # a box that is no answer's ("??? note \"Aside\"") is not taken
    noted = text.replace("??? answer", '??? note "Aside"')
    assert [answer for _q, answer in read_pairs(noted)] == [""] * len(_BASICS)


_UNWRITTEN = ["What is boxing?", "What is a delegate?", "What is an event?", "What is LINQ?"]


def _contents_table(linked: int) -> str:
    """A "Number | Questions" table over the page's questions, the first ``linked`` of them linking into it; only
    the linked ones are written out below."""
    rows = [f"| {n} | [{q}](#q{n}) |" if n <= linked else f"| {n} | {q} |" for n, (q, _a) in enumerate(_BASICS, 1)]
    rows += [f"| {n} | {q} |" for n, q in enumerate(_UNWRITTEN, start=len(_BASICS) + 1)]
    sections = [f"{n}. #### {q}\n\n   {a}\n" for n, (q, a) in enumerate(_BASICS[:linked], start=1)]
    return "\n".join(["### C# interview questions", "", "| Number | Questions |", "| --- | --- |", *rows, "",
                      *sections])


def test_a_contents_table_listing_questions_not_yet_written_is_contents():
    # most rows link to the answers below; the rest list questions the page has not written yet
    assert read_pairs(_contents_table(linked=3)) == [(q, a) for q, a in _BASICS[:3]]


def test_a_table_of_questions_with_a_link_or_two_is_a_table_of_questions():
    titles = [q.title for q in parse_markdown(_contents_table(linked=2), pack="x").questions]
    assert sorted(titles) == sorted([q for q, _a in _BASICS] + _UNWRITTEN)


_NET = ["TCP和UDP的区别？", "为什么是三次握手？", "HTTP和HTTPS的区别？"]
_OS = ["进程和线程的区别？", "死锁如何产生？"]
_ALGO = ["两数之和", "合并区间", "反转链表"]


def _eight_part_notes(parts: list[tuple[str, list[str]]]) -> str:
    """Notes whose every "###" part numbers its bold items from 1, each over its dash-list points."""
    lines = ["## 计算机基础", ""]
    for heading, items in parts:
        lines += [f"### {heading}", ""]
        for number, item in enumerate(items, start=1):
            lines += [f"**{number}.{item}**", "", f"- {item}的要点一。", f"- {item}的要点二。", ""]
    return "\n".join(lines)


def test_bold_items_numbered_afresh_in_a_later_part_are_questions_though_they_only_name_a_problem():
    # "### 一、TCP" over "**1.TCP和UDP的区别？**"…, later "### 三、算法" over "**1.两数之和**" and its hints
    titles = [t for t, _a in read_pairs(_eight_part_notes([("一、网络", _NET), ("二、系统", _OS), ("三、算法", _ALGO)]))]
    assert titles == _NET + _OS + _ALGO
    # after one part only, a part naming its items is no such series yet
    titles = [t for t, _a in read_pairs(_eight_part_notes([("一、网络", _NET + _OS), ("三、算法", _ALGO)]))]
    assert titles == _NET + _OS


def test_bold_points_numbered_inside_an_answer_stay_in_it():
    text = _eight_part_notes([("一、网络", _NET), ("二、系统", _OS)]).replace(
        "- 死锁如何产生？的要点二。", "- 死锁如何产生？的要点二。\n\n**1.互斥**\n\n- 资源独占。\n\n**2.等待**\n\n- 持有并等待。")
    titles = [t for t, _a in read_pairs(text)]
    assert titles == _NET + _OS


_REDIS = ["为什么单线程还很快？", "Redis有哪几种数据结构？", "Redis如何持久化？", "缓存失效策略有哪些？",
          "Redis如何实现分布式锁？", "缓存穿透怎么解决？", "Redis集群如何高可用？", "数据淘汰策略有哪些？"]


def test_a_list_numbered_then_written_1_over_and_over_runs_on_as_markdown_shows_it():
    # "1." to "4." written, then "1." "1." "1." "1." in the same list (Markdown shows 5 to 8): all questions
    lines = ["### Redis", ""] + [f"{n}. {q}\n    - 要点。" for n, q in enumerate(_REDIS[:4], start=1)]
    lines += [f"1. {q}" for q in _REDIS[4:]]
    assert [t for t, _a in read_pairs("\n".join(lines))] == _REDIS



def test_steps_lettered_a_b_c_under_a_question_stay_its_answer():
    # nothing marks one of them right and no label says they are options: the answer's steps
    steps = "a. Build the image\nb. Push it to the registry\nc. Roll it out with kubectl"
    questions = parse_markdown(f"## How do you deploy a service?\n\n{steps}\n\n## Why pin versions?\n\nRepeatable "
                               "builds.\n", pack="x").questions
    assert (questions[0].prompt, questions[0].answer) == ("", steps)


def test_an_option_ending_in_a_bold_word_is_no_option_marked_right():
    options = "- **A.** `var`\n- **B.** `const`\n- **C.** uses **let**\n- **D.** `def`"
    questions = parse_markdown(f"## Which keyword declares a constant in Go?\n\n{options}\n", pack="x").questions
    assert (questions[0].prompt, questions[0].answer) == (options, "")


def test_a_table_of_questions_with_links_here_and_there_is_a_table_of_questions():
    rows = [f"| {n} | [{q}](#q{n}) |" if n in (1, 3, 5) else f"| {n} | {q} |"
            for n, q in enumerate([q for q, _a in _BASICS] + _UNWRITTEN, start=1)]
    text = "\n".join(["### C# interview questions", "", "| Number | Questions |", "| --- | --- |", *rows, ""])
    assert len(parse_markdown(text, pack="x").questions) == len(_BASICS) + len(_UNWRITTEN)


def test_a_language_fence_titled_with_a_file_name_stays_code():
    code = "# 1. What is a list?\nxs = [1, 2]\n# 2. What is a dict?\nd = {}\n# 3. What is a set?\ns = set()\n"
    pack = parse_markdown(f'```python title="interview-questions.py"\n{code}```\n', pack="x")
    assert not pack.questions and not any("fence" in p.message for p in pack.problems)


def test_a_question_answered_twice_in_prose_each_with_an_example_stays_one():
    text = ("## 1: What is a closure?\n\nA function with its scope.\n\n```js\nconst f = () => x\n```\n\n"
            "## 2: What is hoisting?\n\nDeclarations move up.\n\n"
            "## 3: What is a closure?\n\nIt remembers variables.\n\n```js\nfunction g() { return y }\n```\n")
    assert [title for title, _answer in read_pairs(text)] == ["What is a closure?", "What is hoisting?"]


def test_the_answer_label_comes_off_whether_or_not_anything_comes_between_it_and_the_scenario():
    lines = ["# Kubernetes scenarios", ""]
    for number, (title, scenario, points) in enumerate(_INCIDENTS, start=1):
        lines += [f"## {number}. {title}", "", f"**Scenario:** {scenario}", ""]
        if number == 2:
            lines += ["**Interview Questions:**", "- How do you debug this?", ""]
        lines += ["**Key Areas to Cover:**"] + [f"- {point}" for point in points] + [""]
    assert [answer for _title, answer in read_pairs("\n".join(lines))] == [
        "\n".join(f"- {point}" for point in points) for _t, _s, points in _INCIDENTS]


@pytest.mark.parametrize("heading", ["Questions YOU Should Ask Priya", "Questions to Ask the Recruiter"])
def test_the_candidates_own_questions_to_the_interviewer_are_left_out(heading):
    asked = [f"### {n}. {q}\n\n{a}\n" for n, (q, a) in enumerate(_BASICS, start=1)]
    text = "\n".join(["# C++ mock interview", "", *asked, f"## {heading}", "",
                      "- How big is the team?", "- What does a normal week look like?", "- How do you review code?", ""])
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _BASICS]
