"""Layouts met in held-out sets 115–119, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs


def test_interview_question_labels_open_questions():
    text = ("## Section 4: String functions\n\n"
            "   #### **Interview Question 1**: Write a query that returns the first three letters of each name.\n\n"
            "   ```sql\n   SELECT SUBSTRING(name, 1, 3) FROM staff;\n   ```\n\n"
            "   #### **Interview Question 2**: Join first and last names into one column.\n\n"
            "   ```sql\n   SELECT CONCAT(first, ' ', last) FROM staff;\n   ```\n")
    assert [title for title, _ in read_pairs(text)] == [
        "Write a query that returns the first three letters of each name.", "Join first and last names into one column."]
    notes = ("# Unity notes\n\n## Components\n\n**Common Interview Question**: \"How do components differ from "
             "inheritance?\"\n\nComponents compose behaviour; inheritance fixes it in a hierarchy.\n\n## Frame rate\n\n"
             "**Interview Question**: \"How would you take a game from 30 to 60 frames a second?\"\n\n"
             "Profile first, then batch draw calls.\n\n## Saving\n\n**Interview Question**: \"Design a save system.\"\n\n"
             "Serialise the state behind an interface.\n")
    assert [title for title, _ in read_pairs(notes)] == ["How do components differ from inheritance?",
                                                         "How would you take a game from 30 to 60 frames a second?",
                                                         "Design a save system."]


def test_questions_numbered_within_their_part_are_each_a_question():
    text = "# Stored procedures\n\n" + "".join(
        f"#### Question {part}.{n}: Task {part}{n}\n\n- **Problem**: Write procedure {part}{n}.\n\n"
        for part in (1, 2) for n in (1, 2))
    assert [title for title, _ in read_pairs(text)] == ["Task 11", "Task 12", "Task 21", "Task 22"]


def test_a_why_these_questions_section_lists_reasons_not_questions():
    text = ("# 🎯 Interview Questions - Stored Procedures\n\n## 🌟 Overview\n\nWelcome to the questions.\n\n"
            "## 🎯 Why These Questions?\n\nThese questions are designed to:\n"
            "- **Mimic Real Interviews**: Tackle problems inspired by real companies and their SQL challenges.\n"
            "- **Master Procedures**: Perfect your ability to automate database tasks.\n"
            "- **Boost Portfolio**: Showcase your solutions on GitHub to impress recruiters.\n\n"
            "## Creating procedures\n\n#### Q1: Log the count\n\n- **Problem**: Write a procedure that logs the count.\n\n"
            "#### Q2: Archive old rows\n\n- **Problem**: Write a procedure that archives old rows.\n")
    assert [title for title, _ in read_pairs(text)] == ["Log the count", "Archive old rows"]


def test_what_you_have_learned_closing_a_quiz_is_no_question():
    text = ("# Vision quiz\n\n### Q1: What is a pixel?\n\nThe smallest unit of an image.\n\n"
            "### Q2: What does RGB stand for?\n\nRed, green and blue.\n\n"
            "### What You've Accomplished:\n\n- Pixels and colour spaces.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is a pixel?", "What does RGB stand for?"]


def test_the_question_label_inside_a_labelled_topics_paragraph_is_its_title():
    def card(n: int, question: str, answer: str) -> str:
        return (f"### Question 1.{n}: Basics\n\n**Difficulty:** Beginner  \n**Question:** {question}\n\n"
                f"A) one  \nB) two\n\n**Answer:** {answer}\n\n---\n\n")
    text = "# Quiz\n\n" + card(1, "What is a pixel?", "B - the smallest unit.") + card(
        2, "How many pixels has a 10x10 image?", "A - one hundred.") + card(3, "What is RGB?", "B - three colours.")
    assert [title for title, _ in read_pairs(text)] == ["What is a pixel?", "How many pixels has a 10x10 image?",
                                                        "What is RGB?"]


def test_a_number_and_a_space_before_difference_between_number_the_question():
    text = "".join(f"**{n} {question}**\n\n{answer}\n\n" for n, question, answer in (
        (1, "Explain unit testing ?", "Testing one unit alone."),
        (2, "Difference between unit and integration testing ?", "Integration tests parts together."),
        (3, "Explain mocking ?", "Standing in for a dependency.")))
    assert [title for title, _ in read_pairs(text)][1] == "Difference between unit and integration testing ?"


def test_a_guides_chapters_are_not_questions_when_one_chapter_holds_the_questions():
    names = ("What Are Views?", "What Are Materialized Views?", "Key Differences", "Why Use Views?", "Use Cases")
    chapters = "".join(f"## 🔍 **{n}. {name}**\n**Definition:** Some guidance on {name.lower()}\n\n### **Example**\n\n"
                       "An example.\n\n---\n\n" for n, name in enumerate(names, 1))
    questions = "".join(f"### **Q{n}: {question}**\n**A:** {answer}\n\n" for n, (question, answer) in enumerate((
        ("How do you refresh a materialized view?", "Run REFRESH on it."),
        ("Can you index a view?", "Not a plain one."),
        ("When would you avoid materialized views?", "When the data must be live."),
        ("How do views help security?", "They hide columns."),
        ("What is a view?", "A stored query."),
        ("Can you update data through a view?", "Through a simple one, yes."),
        ("What does a stale materialized view return?", "The rows as of its last refresh.")), 1))
    text = f"# 📊 **Views: the guide for interview prep**\n\n{chapters}## ❓ **6. Interview Q&A**\n\n{questions}"
    assert [title for title, _ in read_pairs(text)] == ["How do you refresh a materialized view?",
                                                        "Can you index a view?",
                                                        "When would you avoid materialized views?",
                                                        "How do views help security?", "What is a view?",
                                                        "Can you update data through a view?",
                                                        "What does a stale materialized view return?"]
