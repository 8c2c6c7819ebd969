"""Layouts met in held-out sets 100–104, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_the_first_labelled_question_under_a_chat_greeting_is_a_question():
    text = ("Hello! I am here to help you prepare for your interview today. Ask me anything about the role.\n"
            "Question 1: What languages do you code in?\nDifficulty: Easy\nAnswer: Python and Java.\n"
            "Question 2: What is a data structure?\nDifficulty: Medium\nAnswer: A way to organise data.\n"
            "Question 3: How do you handle a hard bug?\nDifficulty: Medium\nAnswer: Reproduce it, then narrow it.\n")
    assert [title for title, _ in read_pairs(text)] == ["What languages do you code in?", "What is a data structure?",
                                                   "How do you handle a hard bug?"]


def test_a_numbered_scenario_heading_that_states_the_situation_asks():
    text = ("# Scenario-based questions\n\n## **Scenario 1: You need to run a function every night at 1 AM. What do "
            "you use?**\n\nA scheduled rule.\n\n## **Scenario 2: You want to send stop events to a chat channel.**\n\n"
            "Match the event, then post from a function.\n\n## **Scenario 3: You want to enrich an event before it "
            "reaches its target.**\n\nUse a pipe with an enrichment step.\n")
    assert len(read_pairs(text)) == 3


def test_a_guides_topics_with_labelled_answers_are_its_questions():
    def topic(name: str) -> str:
        return (f"## {name}\n\n**What is the interviewer looking for:** how you work with people. They will assess "
                "you on these.\n\n- Did you listen well?\n- Did you escalate in time?\n\n**Best practice to answer:** "
                "Use the STAR framework and say what you did yourself.\n\n**Common pitfalls:**\n\n- Blaming others.\n\n"
                "**Question variations:**\n\n- How did you resolve a conflict in your team?\n"
                "- Tell me about a time you disagreed with a colleague.\n\n")
    text = "# Conflict resolution\n\n" + "".join(topic(name) for name in (
        "Conflict with a Colleague", "Disagree with Leadership", "Experience of Compromising"))
    read = read_pairs(text)
    assert [title for title, _ in read] == ["Conflict with a Colleague", "Disagree with Leadership",
                                            "Experience of Compromising"]
    assert all("STAR framework" in answer for _, answer in read)


def test_a_labelled_prompt_owns_its_options_and_given_lines_up_to_its_answer():
    # Numbered "Question:" lines with no blank line anywhere: the options and the sentence under a question
    # are its own, not a question of their own over the "Answer:" line.
    text = ("# Verbal ability\n"
            "1.\tQuestion: Choose the word opposite in meaning to \"Kind\":\na) Cruel\nb) Gentle\nc) Warm\n"
            "Answer: a) Cruel\n"
            "2.\tQuestion: Name the part of speech of the word in capitals:\nShe sang LOUDLY at the party.\n"
            "Answer: Adverb\n"
            "Question: Choose the correct spelling:\n\ta) Recieve\n\tb) Receive\nAnswer: b) Receive\n"
            "3.\tQuestion: Give the plural of \"mouse\".\nAnswer: Mice\n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.title for q in questions] == ["Choose the word opposite in meaning to \"Kind\":",
                                            "Name the part of speech of the word in capitals:",
                                            "Choose the correct spelling:", "Give the plural of \"mouse\"."]
    assert [q.answer for q in questions] == ["a) Cruel", "Adverb", "b) Receive", "Mice"]
    assert questions[1].prompt == "She sang LOUDLY at the party."
    assert "b) Gentle" in questions[0].prompt
