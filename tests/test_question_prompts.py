"""A question's own text beyond its title: the code it asks about, its options, its task's statement.

"What's the output?" over a snippet is no question without the snippet. The importer keeps what a question
shows apart from its answer (``Question.prompt``), and every place that asks the question shows it.
"""

from __future__ import annotations

import json

import pytest
from helpers import wait_ready

from llmtui.content.answers import ABOUT_CODE, CODE_BELOW, clean_answer, code_asked, split_prompt
from llmtui.content.cache import pack_from_json, pack_to_json
from llmtui.content.parser import parse_markdown

QUIZ = """# Python output quiz

## Python output

###### 1. What's the output?

```python
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2))
```

- A: `[1] [2]`
- B: `[1, 2] [1, 2]`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

The default list is built once, when the function is defined.

</p>
</details>

###### 2. What's the output?

```python
print(0.1 + 0.2 == 0.3)
```

- A: `True`
- B: `False`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

Binary floating point cannot hold 0.1 exactly.

</p>
</details>
"""


def test_the_snippet_and_options_are_the_questions_and_the_box_is_the_answer():
    pack = parse_markdown(QUIZ, pack="quiz")
    first, second = pack.questions
    assert first.title == second.title == "What's the output?"
    assert first.prompt.startswith("```python\ndef append_to(item, bucket=[]):") and first.prompt.endswith(
        "- A: `[1] [2]`\n- B: `[1, 2] [1, 2]`")
    # The box's own markup ("<p>", "#### Answer:") comes off; the letter and the reason stay
    assert first.answer == "B\n\nThe default list is built once, when the function is defined."
    assert second.prompt == "```python\nprint(0.1 + 0.2 == 0.3)\n```\n\n- A: `True`\n- B: `False`"
    # The same title over another snippet is another question, not a duplicate
    assert not any("duplicate" in p.message for p in pack.problems)


def test_options_alone_are_shown_and_an_answer_letter_is_still_a_marker():
    options = split_prompt(["- A: tuples are mutable", "- B: strings are immutable", "", "**Answer:** B."])
    assert options == ("- A: tuples are mutable\n- B: strings are immutable", ["B."])
    # "**A:**" twice is two answers, never a list of options; nor "A:" and a "B:" paragraph apart (two turns)
    cleaned = clean_answer(["**A:** It reuses keys.", "**A:** Said simply: it caches them."])
    assert cleaned.text.startswith("It reuses keys.") and cleaned.prompt == ""
    turns = clean_answer(["A: Yes, since Go 1.18.", "", "B: Before that, code generation."])
    assert turns.text.startswith("Yes, since Go 1.18.") and turns.prompt == ""


@pytest.mark.parametrize("body", [
    # a task's answer opens with its code: the code is the answer, and the title does not ask about code
    ["```python", "def reverse(s):", "    return s[::-1]", "```", "", "**Answer:** Slicing walks it backwards."],
    ["A closure is a function with its environment.", "", "```js", "() => ++n", "```", "",
     "<details><summary>Answer</summary>", "", "It keeps reading n.", "</details>"],
    ["**Theory:**", "Attention mixes values by similarity.", "", "**Answer:**", "It is a weighted average."],
    ["**Problem:** Outputs vary run to run", "", "**Causes:**", "1. High temperature", "", "**Solutions:**",
     "```python", "llm.complete(prompt, temperature=0)", "```"],
    ["Position bias is real. Let me explain:", "", "#### Interleaving", "", "```python", "mix(a, b)", "```",
     "", "**Answer:** interleave the two rankers."],
    ["```python", "cache = {}", "```", "", "#### Solution: memoise the calls", "", "It avoids recomputing."],
])
def test_an_answer_that_holds_code_or_a_marker_stays_the_answer(body):
    assert split_prompt(body)[0] == ""


def test_a_task_over_code_keeps_its_code_as_the_answer():
    text = ("# Python\n\n## 1. Write a function that checks for a prime.\n\n```python\ndef is_prime(n):\n"
            "    return n > 1 and all(n % i for i in range(2, int(n ** 0.5) + 1))\n```\n\n"
            "**Answer:** Trial division up to the square root is enough.\n\n"
            "## 2. Fix the following code.\n\n```python\ndef add(a, b)\n    return a + b\n```\n\n"
            "```python\ndef add(a, b):\n    return a + b\n```\n\n"
            "## 3. What is the time complexity of the following operations on a hash map?\n\n"
            "- get: O(1) average\n- put: O(1) average\n- worst case: O(n)\n")
    write, fix, complexity = parse_markdown(text, pack="p").questions
    assert write.prompt == "" and write.answer.startswith("```python\ndef is_prime(n):")
    assert fix.prompt == "" and fix.answer.count("def add(a, b)") == 2  # the broken code and the fixed one
    assert complexity.prompt == "" and complexity.answer.startswith("- get: O(1) average")  # a list, not code


def test_what_a_snippet_prints_is_the_answer_under_it():
    text = ("# Output\n\n## 1. What's the output of the following code?\n\n```python\nprint([1, 2] * 2)\n```\n\n"
            "```\n[1, 2, 1, 2]\n```\n\n## 2. What does the following code print?\n\n```python\nprint([1, 2][-1])\n```"
            "\n\nOutput:\n\n```\n2\n```\n\n## 3. What does the following function do?\n\n    def f(n):\n"
            "        return n and n * f(n - 1) or 1\n\nIt computes the factorial of n.\n")
    output, printed, function = parse_markdown(text, pack="o").questions
    assert output.prompt == "```python\nprint([1, 2] * 2)\n```" and output.answer == "```\n[1, 2, 1, 2]\n```"
    assert printed.prompt == "```python\nprint([1, 2][-1])\n```" and printed.answer.startswith("Output:")
    # Unfenced code is shown fenced (as written, not run together as a paragraph)
    assert function.prompt == "```\ndef f(n):\n    return n and n * f(n - 1) or 1\n```"
    assert function.answer == "It computes the factorial of n."


def test_a_section_heading_that_names_a_solution_stays_in_the_answer():
    text = ("# Ranking\n\n## 1. How do you correct for selection bias in logged data?\n\n"
            "#### Solution: Inverse Propensity Weighting\n\nWeight each example by one over its propensity.\n\n"
            "#### Solution: Doubly Robust Estimation\n\nCombine a reward model with IPW.\n\n"
            "## 2. How do you pick a learning rate?\n\n### A: quick answer\n\nUse a finder, then decay.\n")
    solution, rate = parse_markdown(text, pack="r").questions
    assert solution.answer.startswith("#### Solution: Inverse Propensity Weighting") and solution.prompt == ""
    assert rate.answer.startswith("### A: quick answer")


def test_a_labelled_statement_is_shown_and_what_a_good_answer_covers_is_not():
    body = ["**Question:** Your p95 is four seconds; what do you measure first?", "**What a good answer covers:**", "",
            "- States the assumptions.", "", "**Answer:** Profile the prefill and the queue."]
    prompt, answer = split_prompt(body)
    assert prompt == "Your p95 is four seconds; what do you measure first?"
    assert answer[0] == "**What a good answer covers:**" and answer[-1] == "**Answer:** Profile the prefill and the queue."
    task = ["**Question:**", "Compute a 7-day rolling mean.", "", "**Example:**", "```python", "df.rolling(7)", "```",
            "", "**Solution:**", "```python", "df['v'].rolling(7).mean()", "```"]
    prompt, answer = split_prompt(task)
    assert prompt == "Compute a 7-day rolling mean.\n\n**Example:**\n```python\ndf.rolling(7)\n```"
    assert answer == ["```python", "df['v'].rolling(7).mean()", "```"]
    # The label on a line of its own, the statement as the next paragraph
    alone = ["### Question", "", "Reverse a singly linked list in place.", "", "### Answer", "",
             "Walk it once, flipping each pointer."]
    assert split_prompt(alone) == ("Reverse a singly linked list in place.", ["Walk it once, flipping each pointer."])
    # A statement that only says the title again is no prompt
    entries = [("Two Sum", "Return the indices of two numbers that add up to a target.", "One pass with a hash map."),
               ("What is a race condition?", "What is a race condition?", "The result depends on the threads' timing."),
               ("Merge intervals", "Merge all overlapping intervals.", "Sort by start, then sweep.")]
    pack = parse_markdown("# Q\n\n" + "".join(f"## Question {n}: {title}\n\n### Question\n\n{asked}\n\n### Answer\n\n"
                                              f"{answer}\n\n" for n, (title, asked, answer) in enumerate(entries, 1)),
                          pack="q")
    assert [q.prompt for q in pack.questions] == [entries[0][1], "", entries[2][1]]
    assert [q.answer for q in pack.questions] == [answer for _, _, answer in entries]


def test_a_question_about_the_following_code_shows_it_without_a_marker():
    assert code_asked("What is wrong with the following code?") == code_asked("Is it safe? Run this code:") == CODE_BELOW
    assert code_asked("What's the output?") == ABOUT_CODE and code_asked("Write a query for the following table.") == 0
    assert not code_asked("Delete a file in Python. The following command")  # an answer run into the title
    pack = parse_markdown("# Go notes\n\n- What is the output of the following code?\n\n      const (\n"
                          "          i = iota\n          j\n      )\n      fmt.Println(i, j)\n\n"
                          "- What is the difference between the following declarations?\n      var a []int\n      and\n"
                          "      a := []int{}\n\n- What does `go vet` check?\n\n  Suspicious constructs the compiler"
                          " accepts, such as printf verbs that do not match their arguments.\n", pack="go")
    output, declarations, vet = pack.questions
    assert "i = iota" in output.prompt and not output.answered  # the code is the question's, not an answer
    assert declarations.prompt == "```\nvar a []int\nand\na := []int{}\n```" and not declarations.answered  # Go's ":="
    assert vet.prompt == "" and vet.answer.startswith("Suspicious constructs")


def test_the_prompt_survives_the_cache():
    pack = parse_markdown(QUIZ, pack="quiz")
    again = pack_from_json(json.loads(json.dumps(pack_to_json(pack))))
    assert again is not None and [q.prompt for q in again.questions] == [q.prompt for q in pack.questions]


@pytest.fixture
def quiz_pack(tmp_path):
    path = tmp_path / "packs" / "quiz.md"
    path.parent.mkdir()
    path.write_text(QUIZ, encoding="utf-8")
    return path


def test_show_and_export_give_the_prompt(capsys, data_dir, quiz_pack):
    from llmtui.tui.entry import main

    assert main(["--content", str(quiz_pack), "show", "quiz#2", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["prompt"].startswith("```python\nprint(0.1 + 0.2 == 0.3)") and shown["answer"].startswith("B")
    assert main(["--content", str(quiz_pack), "show", "quiz#2"]) == 0
    text = capsys.readouterr().out
    assert text.index("print(0.1 + 0.2 == 0.3)") < text.index("Reference answer:") < text.index("Binary floating")


async def test_an_interview_shows_the_code_with_the_question(data_dir, quiz_pack):
    from llmtui.tui.app import LlmTuiApp
    from llmtui.tui.practice.engine import InterviewPlan
    from llmtui.tui.screens.interview import InterviewScreen
    from llmtui.tui.widgets.answer import AnswerView

    app = LlmTuiApp(content=[quiz_pack], data=data_dir,
                    interview=InterviewPlan(questions=2, topic="Python output", seed=1, mode="cram"))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        assert isinstance(app.screen, InterviewScreen)
        question = app.screen.run.question
        shown = app.screen.query_one("#interview-prompt-text", AnswerView)
        assert app.screen.query_one("#interview-prompt").display and question.prompt
        assert shown.source == question.prompt
        box = app.screen.query_one("#answer-box")
        assert box.region.height >= 6  # the code takes its room; the answer box keeps enough to write in


def test_code_under_a_question_about_these_statements_is_the_question_s_and_a_credited_link_is_no_answer():
    text = ("#### Coding Questions:\n\n* How can you flatten a `List[List[String]]`?\n"
            "* What is the difference (if any) between these 2 statements?\n"
            "```scala\n  var x = immutable.Set[Int]()\n  val y = mutable.Set[Int]()\n```\n\n"
            "#### Fun Questions:\n\n* What testing framework do you use?\n* Do you like scalaz?\n\n#### Answers:\n\n"
            "* [Scala interview questions](http://example.com/scala/) by [@someone](https://example.com/someone)\n")
    pack = parse_markdown(text, pack="scala")
    assert [q.title for q in pack.questions] == [
        "How can you flatten a `List[List[String]]`?", "What is the difference (if any) between these 2 statements?",
        "What testing framework do you use?", "Do you like scalaz?"]
    assert "immutable.Set" in pack.questions[1].prompt
    assert [q.answer for q in pack.questions] == ["", "", "", ""]


@pytest.mark.parametrize("answer", ["QUESTION A", "Question 3 of the exam is the hard one."])
def test_an_answer_that_opens_with_the_word_question_is_no_question_label(answer):
    pack = parse_markdown(f"<details><summary>What is X?</summary>\n\n{answer}\n\n</details>\n", pack="d")
    assert [(q.answer, q.prompt) for q in pack.questions] == [(answer, "")]
