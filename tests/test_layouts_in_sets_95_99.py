"""Layouts met in held-out sets 95–99, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs


def test_labelled_questions_one_a_line_are_one_question_each():
    text = ("## Warm-up\n\nQ: What is the expected scale? (per day)\nQ: Do we need custom aliases?\n"
            "Q: Should links expire?\n\n## Deep dive\n\nQ: How do you keep codes unique?\n\nA: Hand out ranges.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "What is the expected scale? (per day)", "Do we need custom aliases?", "Should links expire?",
        "How do you keep codes unique?"]


def test_the_questions_a_candidate_should_ask_in_a_fence_are_not_cards():
    text = ("## Phase 1: Requirements\n**Essential questions to ask:**\n```\nQ: What is the expected scale?\n"
            "Q: Do we need custom aliases?\nQ: Should links expire?\n```\n\n## Interview questions\n\n"
            "### Q1: \"How do you handle heavy read traffic?\"\n**A**: \"Cache at the edge and in memory.\"\n\n"
            "### Q2: \"How do you keep codes unique?\"\n**A**: \"Hand out ranges to each server.\"\n")
    assert [title for title, _ in read_pairs(text)] == ["How do you handle heavy read traffic?",
                                                   "How do you keep codes unique?"]
