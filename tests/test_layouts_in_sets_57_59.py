"""Layouts met in held-out sets 57–59, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_an_answer_box_that_opens_with_an_answer_heading_holds_the_answer():
    asked = [("Which property makes a flex container?", "`display: flex;`", "It turns the children into flex items."),
             ("Which property sets grid columns?", "`grid-template-columns`", "It lists the tracks' sizes."),
             ("What does `gap` do?", "Spaces the tracks", "It sets the gutter between rows and columns.")]
    text = "<ol>\n" + "".join(
        f"  <li>\n\n  **{q}**\n\n  <br/>\n  <details>\n  <summary><b>Answer</b></summary>\n  <p>\n\n"
        f"  #### Answer: {answer}\n  #### Explanation: {why}\n\n  </p>\n  </details>\n  </li>\n\n"
        for q, answer, why in asked) + "</ol>\n"
    read = read_pairs(text)
    assert [title for title, _ in read] == [q for q, _, _ in asked]
    # The label comes off the answer; the explanation under its own heading is the answer's too, and the tags of
    # the list around the questions are no part of it
    assert [answer for _, answer in read] == [f"{answer}\n#### Explanation: {why}" for _, answer, why in asked]


def test_a_round_under_its_own_label_whose_answers_break_the_list_is_read_whole():
    rounds = {"**Beginner questions**": ["What is a hook?", "What does useState return?", "Why use hooks?"],
              "**Advanced questions**": ["Why were hooks introduced?", "Name the rules of hooks.",
                                         "Why do hooks use refs?", "What is a custom hook?"]}
    parts = []
    for label, asked in rounds.items():
        items = []
        for n, q in enumerate(asked, 1):
            # Each answer's bullets at the left margin end the numbered list: the next item starts a new one
            items.append(f"{n}. {q}\n   The short answer.\n\n- a point\n- another point\n")
        parts.append(label + "\n\n" + "\n".join(items))
    # A scenario in code, asked under it, among the advanced round's items
    parts[1] += ("\n5. Below is a class component with a counter\n\n```\nclass Count extends Component {}\n```\n\n"
                 "how would you rewrite it with hooks?\n\nWith useState, as below.\n")
    read = read_pairs("\n".join(parts))
    titles = [title for title, _ in read]
    assert titles[:7] == rounds["**Beginner questions**"] + rounds["**Advanced questions**"]
    assert len(titles) == 8 and titles[7].startswith("Below is a class component")


def test_topic_items_ending_in_a_colon_over_nested_questions_are_no_questions():
    topics = {"**Identity:**": ["What is a tenant?", "Explain managed identities.", "What is a service principal?"],
              "**Access control:**": ["What is RBAC?", "Differentiate between RBAC and resource locks."],
              "**External identities:**": ["What is B2B collaboration?", "How does B2C differ from B2B?"]}
    text = ("## What these questions cover\n\nThe questions in this section test your understanding of:\n\n"
            + "".join(f"{n}.  {topic}\n" + "".join(f"    * {q}\n" for q in asked)
                      for n, (topic, asked) in enumerate(topics.items(), 1)))
    assert [title for title, _ in read_pairs(text)] == [q for asked in topics.values() for q in asked]


def test_a_quiz_with_task_list_options_shows_them_with_the_question_and_a_ticked_one_answers_it():
    text = ("# Subnet quiz\n\n## Question 1\n\nHow many hosts fit in a /24 subnet?\n\n"
            "- [ ] 254\n- [ ] 24\n- [ ] 255\n\n"
            "## Question 2\n\nGiven this output:\n\n```text\ninet 192.168.1.2/24\n```\n\n"
            "Which subnet is the host in?\n\n- [ ] 192.168.0.0/24\n- [ ] 192.168.1.0/24\n\n"
            "## Question 3\n\nIs 10.0.0.1 public or private?\n\n- [ ] Public\n- [x] Private\n\n"
            "It is in the 10.0.0.0/8 private range.\n\n"
            "## Question 4\n\nWhat belongs in a change review?\n\nA record of what was checked:\n\n"
            "**Checklist:**\n- [ ] The rollback is tested\n- [ ] The owner is named\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == ["How many hosts fit in a /24 subnet?", "Given this output:",
                                                 "Is 10.0.0.1 public or private?", "What belongs in a change review?"]
    answers = [q.answer for q in pack.questions]
    assert answers[:2] == ["", ""]  # options with none ticked: no answer written here
    assert answers[2] == "Private\n\nIt is in the 10.0.0.0/8 private range."
    assert "- [ ] The rollback is tested" in answers[3]  # a checklist in an answer stays the answer's
    assert "- [ ] 24" in pack.questions[0].prompt and "[x]" not in pack.questions[2].prompt


def test_a_bullet_question_whose_indented_answer_has_headings_keeps_all_of_it():
    # A Notion export: each question a bullet, its answer indented under it with headings of its own
    asked = ["What is IPv6?", "How is an IPv6 address written?", "What is SLAAC?"]
    text = "# Networking\n\n" + "".join(
        f"- {q}\n    \n    # {q.rstrip('?')}\n    \n    ---\n    \n    ### In short\n    \n    - The point of {n}.\n"
        f"    \n    ## Summary\n    \n    > One line on {n}.\n    > \n" for n, q in enumerate(asked)) + "- What is NAT64?\n"
    read = read_pairs(text)
    assert [title for title, _ in read] == [*asked, "What is NAT64?"]
    assert all("### In short" in answer and "> One line on" in answer for _, answer in read[:3])
    assert read[3][1] == ""


def test_questions_numbered_with_a_dash_in_parts_under_captioned_bold_names():
    parts = {"**General questions**: These help an employer learn about you:": [
                 "Tell me about yourself.", "Why this role?", "What are your goals as a lead?"],
             "**Questions about your background**: These show whether your experience fits:": [
                 "Which languages do you know well?", "Tell me about a project you led.", "How do you review code?"],
             "**In-depth questions**: These give insight into your judgement:": [
                 "How would you measure your team's performance?", "How would you onboard someone?"]}
    text = "# Tech lead questions\n\n" + "".join(
        f"{label}\n\n" + "".join(f"{n} - {q}\n\n" for n, q in enumerate(asked, 1)) for label, asked in parts.items())
    text = text.replace("1 - Tell me about yourself.\n\n", "1 - Tell me about yourself.\n\nI lead by serving my team.\n\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == [q for asked in parts.values() for q in asked]
    assert [bool(answer) for _, answer in read] == [True] + [False] * 7  # a part's caption answers nothing


def test_a_bare_fence_slipped_over_a_fence_naming_its_language_opens_no_code():
    qa = [(n, f"What does setting {n} do?", f"It tunes part {n}.") for n in range(1, 9)]
    text = "## Pipelines\n\n" + "".join(f"**Q{n}. {q}**  \n**A:** {a}\n\n" for n, q, a in qa[:2])
    text += "**Q3. How do you trigger a pipeline on push?**  \n```\n```yaml\ntrigger:\n  - main\n```\n\n"
    text += "".join(f"**Q{n}. {q}**  \n**A:** {a}\n\n" for n, q, a in qa[3:]) + "```\n"  # and one left open at the end
    pack = parse_markdown(text, pack="x")
    assert [q.number for q in pack.questions] == list(range(1, 9))
    assert "trigger:" in pack.questions[2].answer and "```yaml" not in pack.questions[2].answer.split("\n")[1:]
    assert all(q.answer for q in pack.questions)
    assert any("a bare code fence right over another" in p.message for p in pack.problems)


def test_a_rapid_fire_round_after_the_questions_asks_anew_though_it_touches_their_topics():
    asked = ["What is rate limiting?", "What is the Token Bucket algorithm?", "What is Sliding Window rate limiting?",
             "Which HTTP status code means the limit is exceeded?", "What is the Leaky Bucket algorithm?",
             "What is Fixed Window rate limiting?", "Where is rate limiting applied?", "How do you limit logins?",
             "What is throttling?", "Why allow bursts?", "How do clients back off?", "What is a quota?"]
    # Most touch a question above in its words; each asks something else
    rapid = ["Which algorithm allows bursts?", "Which status code means the rate limit is exceeded, 429 or 503?",
             "What problem does sliding window rate limiting solve?", "When is the Token Bucket algorithm too loose?",
             "Why keep counters in Redis?"]
    text = ("# Rate limiting\n\n" + "".join(f"## {n}. {q}\n\n### Expected Answer\nThe answer to {n}.\n\n---\n\n"
                                            for n, q in enumerate(asked, 1))
            + "## Rapid-Fire Questions (1 Line Each)\n\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(rapid, 1)))
    read = read_pairs(text)
    assert [title for title, _ in read] == asked + rapid
    assert [bool(answer) for _, answer in read] == [True] * len(asked) + [False] * len(rapid)
    # The same questions listed again, word for word, are no new ones
    again = text.split("## Rapid")[0] + "## Rapid-Fire Questions\n\n" + "".join(
        f"{n}. {q}\n" for n, q in enumerate(asked, 1))
    assert [title for title, _ in read_pairs(again)] == asked


def test_numbered_solutions_whose_headings_name_each_listed_question_answer_them():
    asked = ["What is a union type, and how is it used?", "How does type inference work?",
             "What are mapped types?"]
    named = ["Union Types", "Type Inference", "Mapped Types"]
    text = ("# TypeScript questions\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(asked, 1))
            + "\n\n-------------- Solutions ------------\n"
            + "".join(f"### **{n}. {name}**\n\nWhat {name.lower()} are, with an example.\n\n"
                      for n, name in enumerate(named, 1)))
    read = read_pairs(text)
    assert [title for title, _ in read] == asked
    assert [answer for _, answer in read] == [f"What {name.lower()} are, with an example." for name in named]
