"""Layouts met in held-out sets 125–129, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.answers import clean_answer
from llmtui.content.parser import parse_markdown


def test_a_quiz_whose_answers_part_repeats_each_question_keeps_one_card_with_its_options_and_answer():
    questions = [("Which dimension checks that required fields are filled?", "b) Completeness"),
                 ("What does an SLA in a data contract specify?", "c) Freshness and availability"),
                 ("What does data freshness measure?", "a) How recent the data is")]
    options = "- a) One\n- b) Two\n- c) Three\n\n"
    text = ("# Quiz\n\n## Questions\n\n" + "".join(f"### {n}. {q}\n{options}" for n, (q, _) in enumerate(questions, 1))
            + "## Answers\n\n" + "".join(f"### {n}. {q}\n**Answer: {a}**\n\n**Explanation:** Because.\n\n---\n\n"
                                          for n, (q, a) in enumerate(questions, 1)))
    read = parse_markdown(text, pack="x").questions
    assert [q.title for q in read] == [q for q, _ in questions]
    assert [q.answer.split("\n")[0] for q in read] == [a for _, a in questions]
    assert all(q.prompt == options.strip() for q in read)


def test_a_template_answer_left_in_korean_is_no_answer_and_div_wrappers_go():
    text = "".join(f"<details>\n<summary>{q}</summary>\n<div markdown=\"1\">\n{a}\n</div>\n</details>\n\n"
                   for q, a in (("this가 뭔가요?", "답변을 적어주세요"), ("클로저란 무엇인가요?", "함수와 그 환경의 조합입니다."),
                                ("호이스팅이란?", "답변을 적어주세요")))
    read = parse_markdown(text, pack="x").questions
    assert [q.answered for q in read] == [False, True, False]
    assert read[1].answer == "함수와 그 환경의 조합입니다."


def test_html_in_a_code_sample_keeps_its_lines():
    answer = clean_answer(["```html", "<div id=\"app\">", "  <p>", "    Hello", "  </p>", "</div>", "```"]).text
    assert answer == "```html\n<div id=\"app\">\n  <p>\n    Hello\n  </p>\n</div>\n```"


def test_bold_around_an_answer_label_and_its_answer_comes_off_whole():
    assert clean_answer(["**Answer: b) Completeness**"]).text == "b) Completeness"
    assert clean_answer(["Answer: **Left to right**: it curries."]).text == "**Left to right**: it curries."
    assert clean_answer(["**Answer:** plain"]).text == "plain"
    assert read_pairs("## What is a join?\n\n- **Answer: c) A combination of rows**\n")[0][1] == "c) A combination of rows"


def test_the_fields_after_a_labelled_question_item_are_its_answer():
    def problem(n: int, name: str, question: str) -> str:
        return (f"#### {n}. **{name}**\n- **Difficulty**: Easy\n- **Question**: {question}\n"
                f"- **Pattern**: Hash map for {name.lower()}\n- **Key Insight**: Store what you have seen.\n\n")
    text = "## Problems\n\n" + problem(1, "Two Sum", "Given an array, find two numbers adding up to a target") + problem(
        2, "Contains Duplicate", "Return true if any value appears twice") + problem(3, "Valid Anagram", "Check two words")
    read = read_pairs(text)
    assert [title for title, _ in read] == ["Given an array, find two numbers adding up to a target",
                                            "Return true if any value appears twice", "Check two words"]
    assert all("Store what you have seen." in answer for _, answer in read)
