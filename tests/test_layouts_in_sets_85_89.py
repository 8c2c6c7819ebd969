"""Layouts met in held-out sets 85–89, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown
from llmtui.content.titles import is_promo


def test_a_short_answer_after_a_dash_on_the_question_line_answers_it():
    text = ("# Cloud security\n\n1. How do you limit access at scale? — Roles, policies and reviews.\n"
            "2. How do you protect buckets? – Block public access and encrypt.\n"
            "3. How do you rotate keys? - On a schedule, automatically.\n")
    assert read_pairs(text) == [("How do you limit access at scale?", "Roles, policies and reviews."),
                           ("How do you protect buckets?", "Block public access and encrypt."),
                           ("How do you rotate keys?", "On a schedule, automatically.")]
    # a dash inside a question that does not end asking before it stays in the title
    assert read_pairs("1. Explain the pub-sub model - briefly.\n2. What is a ledger?\n")[0][0] == (
        "Explain the pub-sub model - briefly.")


def test_a_heading_typed_without_its_space_among_headings_written_right_is_a_heading():
    text = ("# Blockchain\n\n### Q 1. What is a block?\nA list of records.\n\n### Q 2. What is a hash?\nA digest.\n\n"
            "###Q 3. Why is a ledger trusted?\nEvery copy must agree.\n\n### Q 4. What is a fork?\nA split chain.\n\n"
            "```python\n##Setup\nx = 1\n```\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == ["What is a block?", "What is a hash?", "Why is a ledger trusted?",
                                                 "What is a fork?"]
    assert "##Setup" in pack.questions[-1].answer  # code keeps its comment
    assert any(p.line == 9 and "without a space after its #" in p.message for p in pack.problems)
    # with no heading of that level written right, nothing says the hashes make one
    assert not any("without a space" in p.message for p in parse_markdown(
        "##Setup\n\nWhat is X?\n\nX.\n", pack="x").problems)


def test_a_bold_question_never_closed_among_closed_ones_is_one_of_them():
    asked = [f"**Q{n}: What is part {n} of a schema?**\nPart {n} of it.\n\n" for n in range(1, 6)]
    text = "".join(asked[:3]) + "**Q6: How do you expose templates via GraphQL?\n`type Template { id: ID }`.\n\n" + (
        "".join(asked[3:]))
    read = read_pairs(text)
    assert len(read) == 6
    assert ("How do you expose templates via GraphQL?", "`type Template { id: ID }`.") in read


def test_key_success_factors_are_advice_not_questions():
    factors = ["Executive Presence", "Technical Depth", "Leadership Excellence", "Business Acumen", "Steady Growth"]
    text = ("# Leadership questions\n\n### Q1: How do you scale a team?\n\nHire leads first.\n\n"
            "### Q2: How do you handle escalations?\n\nOwn them, then fix the cause.\n\n"
            "## 💡 **Key Success Factors for Your Level**\n\n"
            + "".join(f"### **{n}. {factor}**\n- Say what it takes\n- Show it in results\n\n"
                      for n, factor in enumerate(factors, 1)))
    assert [title for title, _ in read_pairs(text)] == ["How do you scale a team?", "How do you handle escalations?"]


def test_subscribing_to_results_is_an_answer_not_a_promotion():
    text = "**Q1: How do you serve a slow model?**\nPoll or subscribe for results.\n\n**Q2: What is a job id?**\nA handle.\n"
    assert read_pairs(text)[0] == ("How do you serve a slow model?", "Poll or subscribe for results.")
    assert is_promo("Subscribe for more videos!")


def test_a_question_label_with_a_dash_before_its_number():
    text = ("### Q-1) Which two benefits does a central console give? (Choose two.)\n\n- A. one\n- B. two\n\n"
            "Answer: A and B.\n\n### Q-2) Complete the sentence. A WAN is a network that\n\n- A. spans a region\n"
            "- B. spans a desk\n\nAnswer: A.\n\n### Q-3) Which feature came first?\n\nAnswer: Routing.\n")
    assert [title for title, _ in read_pairs(text)] == ["Which two benefits does a central console give? (Choose two.)",
                                                   "Complete the sentence. A WAN is a network that",
                                                   "Which feature came first?"]


def test_lettered_lines_under_an_answer_label_answer_and_offer_no_options():
    text = ("1. **What is the difference between bound and started services?**\n\nAns:\n"
            "- A: a bound service lives while a component is bound to it.\n"
            "- B: a started service runs until it stops itself.\n\n2. **Where does a service run?**\n\nAns: In its "
            "app's main thread, unless told otherwise.\n")
    pack = parse_markdown(text, pack="x")
    assert [q.answered for q in pack.questions] == [True, True]
    assert "bound service lives" in pack.questions[0].answer and not pack.questions[0].prompt


def test_a_list_of_kinds_after_a_sentence_that_mentions_questions_is_no_list_of_questions():
    asked = ["Tell me about yourself", "Why do you want to work in finance?", "How do you value a company?",
             "What separates stocks from bonds?", "How do you manage risk?"]
    text = ("## 19.4 Interview Questions for Careers in Finance\n\n### Understanding the Interview Landscape\n\n"
            "Before diving into specific questions, it's important to know the kinds of interview you may meet. "
            "These can include:\n\n1. **Behavioral Interviews**: Focus on past experiences and how you handled them.\n"
            "2. **Technical Interviews**: Assess your knowledge of financial concepts and models.\n"
            "3. **Case Interviews**: Present real scenarios to test your problem solving.\n\n"
            "### Common Interview Questions\n\n"
            + "".join(f"#### {n}. {q}\n\n**Example Answer**: \"Something true about {n}.\"\n\n" for n, q in enumerate(asked, 1))
            + "## Quiz Time!\n\n" + "".join(f"### What is quiz fact {n}?\n\n1. [x] Right {n}\n1. [ ] Wrong {n}\n\n"
                                               for n in range(1, 4)))
    titles = [title for title, _ in read_pairs(text)]
    assert titles == [*asked, *(f"What is quiz fact {n}?" for n in range(1, 4))]
    # a one-sentence line that introduces questions still does
    listed = "Some questions you will meet:\n\n- Tell me about yourself\n- Walk me through your resume\n"
    assert len(read_pairs(listed)) == 2
