"""Layouts met in held-out sets 260–267, each written here in our own words, small."""

from __future__ import annotations

import pytest
from layout_reading import read_pairs

_DEFINITIONS = [("What does ETL stand for?", "Extract, transform, load."),
                ("What is a data lake?", "Raw files kept cheaply, read with a schema later."),
                ("What is a feature store?", "One place that serves the same features to training and serving.")]
_QUERIES = [("Top 3 customers by spend.", "SELECT customer_id FROM orders GROUP BY 1 ORDER BY SUM(amount) DESC LIMIT 3;"),
            ("Second highest salary per department.", "SELECT dept, MAX(salary) FROM staff WHERE salary < top GROUP BY dept;")]
_STATS = [("What does p = 0.04 mean?", "Data this extreme would turn up 4 % of the time if nothing were going on."),
          ("Type I vs Type II?", "A false alarm against a miss.")]


def _rounds(queries: list[tuple[str, str]]) -> str:
    """A review in rounds, questions in bold numbered on across them; the SQL round writes only its number in bold."""
    lines = ["# Final review", "", "## Round 1: Definitions", ""]
    number = 0
    for question, answer in _DEFINITIONS:
        number += 1
        lines += [f"**{number}. {question}**", answer, ""]
    lines += ["## Round 2: SQL", ""]
    for prompt, query in queries:
        number += 1
        lines += [f"**{number}.** {prompt}", "", "```sql", query, "```", ""]
    lines += ["## Round 3: Statistics", ""]
    for question, answer in _STATS:
        number += 1
        lines += [f"**{number}. {question}**", answer, ""]
    return "\n".join(lines)


def test_blocks_of_another_kind_that_fill_a_gap_in_the_numbering_are_the_series_own_questions():
    pairs = read_pairs(_rounds(_QUERIES))
    assert [title for title, _answer in pairs] == [q for q, _a in _DEFINITIONS + _QUERIES + _STATS]
    assert [query in answer for (_t, answer), (_p, query) in zip(pairs[3:5], _QUERIES, strict=True)] == [True, True]
    assert pairs[2][1] == _DEFINITIONS[2][1]  # the answer above the first of them ends where it begins


def test_a_gap_filled_only_in_part_is_left_as_it_is():
    # "**4.**" alone between "**3.**" and "**6.**": no run of the series, maybe the answer's own point
    text = _rounds(_QUERIES).replace("**5.** Second highest", "Second highest")
    assert "Top 3 customers by spend." not in [title for title, _answer in read_pairs(text)]


def test_a_heading_a_level_off_that_fills_a_gap_in_the_numbering_is_a_question():
    text = ("# Liquibase\n\n## 1. What is a changelog?\n\nThe file of changes, in order.\n\n"
            "### 2. Liquibase configuration for PostgreSQL\n\nSet the URL, the driver and the changelog path.\n\n"
            "## 3. What is a changeset?\n\nOne change, with an id and an author.\n")
    assert [title for title, _answer in read_pairs(text)] == [
        "What is a changelog?", "Liquibase configuration for PostgreSQL", "What is a changeset?"]


def test_a_row_of_a_table_restating_a_question_fills_no_gap():
    # questions as headings, then a numbered table of questions that restates some of them: the rows that restate
    # one are left out, and stay out, though their numbers leave gaps in the table's
    topics = ["tokenization", "stemming", "parsing"]
    headings = [f"### What is {topic}? - Google Interview Question\n\n{topic.capitalize()} explained at length.\n"
                for topic in topics]
    listed = ["What is NLP?", "What is stemming?", "Explain lemmatization.", "What is tokenization?",
              "Explain POS tagging.", "What is parsing?", "Explain NER."]
    rows = ["| No | Question | Link | Difficulty |", "|---|---|---|---|"] + [
        f"| {n} | {q} | [Read](https://example.com/{n}) | Easy |" for n, q in enumerate(listed, start=1)]
    text = "\n".join(["# NLP interview questions", "", "## Premium", "", *headings, "## Quick reference", "", *rows, ""])
    assert [title for title, _answer in read_pairs(text)] == [
        "What is tokenization?", "What is stemming?", "What is parsing?", "What is NLP?", "Explain lemmatization.",
        "Explain POS tagging.", "Explain NER."]


def test_a_numbered_question_in_bold_over_several_lines_is_one_question():
    text = ("**1. What is the chance of two heads in a row?**\n* 1/4.\n\n"
            "**2. A battery lasts 10,000 miles on average, exponentially distributed.\n"
            "What is the chance it lasts a 3,000-mile trip?\n"
            "See a note on the exponential distribution.**\n* e^(-0.3), about 0.74.\n\n"
            "**3. What is the expected number of flips to get two heads?**\n* Six.\n")
    pairs = read_pairs(text)
    assert [title[:24] for title, _answer in pairs] == [
        "What is the chance of tw", "A battery lasts 10,000 m", "What is the expected num"]
    assert "3,000-mile trip?" in pairs[1][0] and pairs[1][1] == "* e^(-0.3), about 0.74."


def test_a_question_numbered_as_a_range_counts_on_from_its_last_number():
    # "### 3–4." answers two numbers at once; the topics after it, "### 5. Buffers", go on with the series
    text = "\n".join(["# Node.js interview questions", "", "### 1. What is Node.js?", "", "A JavaScript runtime.", "",
                      "### 2. Synchronous vs asynchronous", "", "Blocking against non-blocking calls.", "",
                      "### 3–4. Install and import packages", "", "npm install, then require().", "",
                      "## Intermediate", "", "### 5. Buffers", "", "Raw binary data.", "",
                      "### 6. Streams", "", "Data in chunks.", "", "### 7. What is CORS?", "",
                      "Rules for cross-origin requests.", ""])
    assert [title for title, _answer in read_pairs(text)] == [
        "What is Node.js?", "Synchronous vs asynchronous", "Install and import packages", "Buffers", "Streams",
        "What is CORS?"]


_CHECKS = ["Can you write a top-N-per-group query?", "Can you explain what a p-value is not?",
           "Can you name three A/B testing pitfalls?", "Can you say when to use L1 over L2?",
           "Can you explain why accuracy misleads on imbalanced data?"]


@pytest.mark.parametrize("heading", ["The Final Checklist", "Self-Assessment Checklist"])
def test_the_items_of_a_checklist_ask_nothing_even_where_they_end_in_a_question_mark(heading):
    asked = [f"**{n}. {q}**\n{a}\n" for n, (q, a) in enumerate(_DEFINITIONS, start=1)]
    text = "\n".join(["# Review", "", *asked, f"## {heading}", "", *(f"- [ ] {check}" for check in _CHECKS), ""])
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _DEFINITIONS]


def test_a_task_list_of_questions_under_a_heading_that_names_questions_is_still_questions():
    text = "\n".join(["# Front-end", "", "### Questions", "", *(f"- [ ] {check}" for check in _CHECKS), ""])
    assert [title for title, _answer in read_pairs(text)] == _CHECKS


_STORIES = [("IAM policies misconfigured", "Restrict S3 access to least privilege."),
            ("Cost overrun", "Implement cost controls and cut spending."),
            ("Lambda cold starts", "Optimize start-up latency for the checkout path."),
            ("EKS deployment failing", "Debug and fix the crash loop."),
            ("Log sprawl", "Implement one place to search every log.")]


def test_a_heading_over_a_star_story_is_a_prompt_and_the_storys_task_no_question():
    # "### 1. IAM policies misconfigured" over "**Situation**:", "**Task**:", "**Action**:", "**Result**:"; one of
    # them a level up ("## 3."), as typed by hand
    lines = ["# AWS engineer: case studies", ""]
    for number, (topic, task) in enumerate(_STORIES, start=1):
        lines += [f"{'##' if number == 3 else '###'} {number}. {topic}", f"**Situation**: {topic} hurt production.", "",
                  f"**Task**: {task}", "", "**Action**:", f"- Traced the {topic.lower()} to its cause.", "- Fixed it.",
                  "", f"**Result**: No {topic.lower()} since.", ""]
    pairs = read_pairs("\n".join(lines))
    assert [title for title, _answer in pairs] == [topic for topic, _task in _STORIES]
    assert [f"**Task**: {task}" in answer for (_t, answer), (_topic, task) in zip(pairs, _STORIES, strict=True)] == [
        True] * len(_STORIES)


def test_an_answers_own_numbered_points_fill_no_gap_in_the_questions_numbering():
    text = ("## 1. Why use Python?\n\nTwo reasons:\n\n1. It is easy to read.\n2. It has many libraries.\n\n"
            "## 3. What is a list?\n\nA mutable sequence.\n\n## 4. What is a tuple?\n\nAn immutable sequence.\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == ["Why use Python?", "What is a list?", "What is a tuple?"]
    assert "2. It has many libraries." in pairs[0][1]

