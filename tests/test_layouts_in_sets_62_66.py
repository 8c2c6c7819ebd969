"""Layouts met in held-out sets 62–66, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_an_answer_that_only_points_to_another_question_answers_nothing():
    text = ("### Q1. What is a record?\n\nA class that only carries data.\n\n"
            "### Q2. Why were records introduced?\n\n**Detailed Answer Already Covered in Q8 of Part 1**\n\n"
            "### Q3. Can a record implement an interface?\n\n(See Q1 above)\n\n"
            "### Q4. Can a record extend a class?\n\nNo: see Q1 for why, records are final and extend Record.\n")
    assert [bool(answer) for _, answer in read_pairs(text)] == [True, False, False, True]
    pack = parse_markdown(text, pack="x")
    assert any("only a pointer to an answer elsewhere" in problem.message for problem in pack.problems)


def test_a_heading_naming_the_range_of_the_questions_under_it_asks_nothing():
    text = ("### Q1. What is a sealed class?\n\nOne whose subclasses are listed.\n\n"
            "### Q2. What does `permits` do?\n\nIt lists them.\n\n"
            "### Q3-Q4: Additional Topics\n\n"
            "### Q3. Can a sealed class be abstract?\n\nYes.\n\n### Q4. What is `non-sealed`?\n\nIt opens a branch again.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is a sealed class?", "What does `permits` do?",
                                                   "Can a sealed class be abstract?", "What is `non-sealed`?"]


def test_numbered_headings_under_a_best_practices_section_are_advice():
    asked = ["What are annotations?", "What is a retention policy?", "How do you read annotations at runtime?"]
    text = ("# Annotations\n\n" + "".join(f"### {n}. {q}\n\nAn answer.\n\n" for n, q in enumerate(asked, 176))
            + "## Best Practices\n\n### 1. Choose Appropriate Retention:\n\n```java\n@Retention(SOURCE)\n```\n\n"
            "### 2. Use Meaningful Names:\n\nName what it marks.\n\n### 3. Provide Defaults:\n\nSo it is short to use.\n")
    assert [title for title, _ in read_pairs(text)] == asked


def test_a_numbered_item_typed_without_the_space_after_its_number_is_an_item():
    text = ("### Technical questions\n\n1.What makes code easy to review?\n2. What is an array?\n"
            "3. What is a linked list?\n4. What are props? How do they differ from state?\n"
            "5.Can you explain the useEffect hook?\n\n### Notes\n\nVersion 2.Beta of this list is on the wiki.\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [
        "What makes code easy to review?", "What is an array?", "What is a linked list?",
        "What are props? How do they differ from state?", "Can you explain the useEffect hook?"]
    assert not any(q.answer for q in pack.questions)
    assert [p.line for p in pack.problems if "without a space after its number" in p.message] == [3, 7]


def test_mdx_components_ask_in_one_attribute_and_answer_in_the_others():
    text = ("---\ntitle: Move semantics\n---\nimport { QA } from '../qa';\n\n<div\n  style={{ width: '100%' }}\n>\n"
            "  <iframe src=\"form\" />\n</div>\n\n"
            "<QA\n  question=\"1) What is an rvalue reference?\"\n  answer=\"A reference that binds to a temporary.\"\n"
            "  code={`void take(std::string&& s) {}\nint main() { take(\"x\"); }`}\n  whenToUse=\"When writing a move "
            "constructor.\"\n/>\n\n<QA\n  question=\"2) What does std::move do?\"\n  answer=\"It casts to an rvalue.\"\n/>\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == ["What is an rvalue reference?", "What does std::move do?"]
    assert pack.questions[0].answer == ("A reference that binds to a temporary.\n\n```\nvoid take(std::string&& s) {}\n"
                                        "int main() { take(\"x\"); }\n```\n\n**When to use:** When writing a move constructor.")
    assert pack.questions[1].answer == "It casts to an rvalue."
    assert "read 2 MDX components as questions" in pack.layout.summary()
    # An element with children, or one without an answer attribute, is left as it is
    assert not parse_markdown('<Card question="Why?">\n  text\n</Card>\n', pack="x").questions


def test_a_table_whose_answer_column_is_headed_your_answer_answers_its_questions():
    text = ("### Fundamentals\n\n| Question | Your Answer |\n|---|---|\n| What is a channel? | A private subnet of peers. |\n"
            "| What is chaincode? | The smart contract, run on peers. |\n| Why CouchDB? | For rich JSON queries. |\n")
    assert read_pairs(text) == [("What is a channel?", "A private subnet of peers."),
                           ("What is chaincode?", "The smart contract, run on peers."),
                           ("Why CouchDB?", "For rich JSON queries.")]


def test_a_code_fence_closed_together_with_a_quoted_answer_closes():
    text = ('### Q: How is private data read?\n\n**Answer**: "Through the stub:\n\n```javascript\n'
            "const data = await ctx.stub.getPrivateData('collection', id);\n```\"\n\n"
            "### Q: Why Fabric CA?\n\n**Answer**: \"It keeps private keys on the client.\"\n\n"
            "### Q: What is an MSP?\n\n**Answer**: \"The identity framework.\"\n\n## Diagrams\n\n```\n+--+\n|  |\n+--+\n```\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == ["How is private data read?", "Why Fabric CA?", "What is an MSP?"]
    assert pack.questions[0].answer.endswith("getPrivateData('collection', id);\n```")
    assert [p.line for p in pack.problems if "closed with a quote mark" in p.message] == [7]


def test_a_list_that_asks_nothing_under_a_heading_that_asks_is_that_headings_answer():
    first = ["How do you find memory leaks?", "What does StrictMode do?", "How do you share logic without props?"]
    second = ["How would you render 10,000 rows?", "How do you split a bundle?", "How do you lazy-load images?"]
    text = ("## Basics\n\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(first, 1))
            + "\n## Advanced\n\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(second, 1))
            + "\n## How do you optimize a React app?\n\n**[Source: notes.md]**\n\n**Techniques:**\n\n"
              "1. Code splitting\n2. Lazy loading\n3. Memoization (React.memo, useMemo)\n4. Virtualization\n"
              "5. Optimize rendering with keys\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == [*first, *second, "How do you optimize a React app?"]
    assert read[-1][1].endswith("1. Code splitting\n2. Lazy loading\n3. Memoization (React.memo, useMemo)\n"
                                "4. Virtualization\n5. Optimize rendering with keys")


def test_quoted_scenario_prompts_each_answered_at_length_beat_a_closing_checklist():
    scenarios = [("Replication Lag", "Our standby lags 10GB behind. Reads are stale. What do you do?"),
                 ("Disk Full", "The primary's disk is 95% full of WAL. How do you fix it?"),
                 ("Split Brain", "Two nodes accept writes after a failover. What now?"),
                 ("Slow Failover", "Failover takes ten minutes. How do you shorten it?")]
    parts = ["# Replication troubleshooting\n"]
    for n, (name, prompt) in enumerate(scenarios, 1):
        # Answers hold many points that ask nothing, and a model answer quoted at length under its own heading
        parts.append(f"## Scenario {n}: {name}\n\n### Problem\n> \"{prompt}\"\n\n### Diagnosis\n\n"
                     + "".join(f"- Point {k} of the diagnosis\n" for k in range(1, 7))
                     + "\n### Interview Answer Template\n\n> \"First I would measure it.\n>\n> 1. **Network** - check "
                       "it.\n>\n> Then look at the network.\"\n\n---\n")
    parts.append("## Checklist\n\n" + "".join(f"- [ ] {q}\n" for q in [
        "How to diagnose lag?", "Why does the disk fill up?", "How to prevent split brain?",
        "When to use PgBouncer?", "How to detect divergence?"]))
    pack = parse_markdown("\n".join(parts), pack="x")
    assert [q.title for q in pack.questions] == [f'"{prompt}"' for _, prompt in scenarios]
    # The model answer quoted under its own heading stays in the answer
    assert all(q.answer.rstrip().endswith('Then look at the network."') for q in pack.questions)


def test_an_interview_kit_quoting_its_questions_in_entities_under_headings_of_their_own():
    parts = ["# Customer Success Manager interview kit\n\n**Responsibilities**\n\n" + "".join(
        f"- {duty} with customers and the teams around them every single quarter of the year.\n"
        for duty in ("Onboard new customers", "Build close relationships", "Proactively communicate",
                     "Identify expansion opportunities", "Monitor customer health", "Manage escalated issues",
                     "Gather feedback", "Serve as the voice of the customer"))]
    for n, (lead, deeper) in enumerate([("How do you build trust with a new customer?",
                                         ["How do you tailor your style?", "How do you measure satisfaction?"]),
                                        ("How do you handle a frustrated customer?",
                                         ["How do you de-escalate?", "Who do you bring in?"]),
                                        ("How do you spot churn early?", ["Which signals matter?"])], 1):
        parts.append(f"## Competency {n}\n\nWhat the competency covers.\n\n### Lead Question\n\n"
                     f"**&ldquo;{lead}&rdquo;** Probe for details.\n\n&nbsp;\n\n_Look for evidence of care._\n\n"
                     "### Diving Deeper\n\n" + "".join(f"- &ldquo;{q}&rdquo;\n" for q in deeper)
                     + "\n### Evaluation\n\n| 1 | 2 |\n|---|---|\n| weak | strong |\n")
    read = read_pairs("\n".join(parts))
    assert [title for title, _ in read] == [
        "“How do you build trust with a new customer?”", "“How do you tailor your style?”",
        "“How do you measure satisfaction?”", "“How do you handle a frustrated customer?”",
        "“How do you de-escalate?”", "“Who do you bring in?”", "“How do you spot churn early?”",
        "“Which signals matter?”"]
    # The lead question's answer stops at the next heading of its own heading's level
    assert read[0][1].endswith("_Look for evidence of care._")


def test_an_expected_line_beside_a_quoted_question_answers_it_and_sample_answers_under_labelled_headings_count():
    screening = ["How do you learn a new API quickly?", "What makes a good code sample?", "How do you test docs?",
                 "How do you work with engineers?", "What tools do you use?", "How do you handle feedback?"]
    scenarios = [("Unclear Requirements", "The developer says 'document it like the others.' What do you do?",
                  "Ask for specifics, find patterns, write a template"),
                 ("Tight Deadline", "Launch is tomorrow and the docs are not ready. How do you prioritize?",
                  "Critical paths first, then a quick start")]
    text = ("# Technical writer interview kit\n\n## Screening\n\n1. **Background**\n" + "".join(
        f"   - \"{q}\"\n" for q in screening[:3]) + "\n2. **Process**\n" + "".join(
        f"   - \"{q}\"\n" for q in screening[3:]) + "\n## Scenarios\n\n" + "".join(
        f"{n}. **Scenario: {name}**\n   - \"{q}\"\n   - Expected: {expected}\n\n"
        for n, (name, q, expected) in enumerate(scenarios, 1))
        + "## Rubric\n\n" + "".join(f"### {part}\n\nWhat to note.\n\n" for part in (
            "Scoring", "Red flags", "Green flags", "Portfolio review", "Writing exercise", "Feedback template"))
        + "## Sample Answers Guide\n\n### Question: \"Explain REST to a non-technical person\"\n\n**Good Answer**:\n"
        "\"REST is like ordering at a restaurant.\"\n\n### Question: \"How do you document a breaking change?\"\n\n"
        "**Good Answer**:\n\"Announce it early and write a migration guide.\"\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == [f'"{q}"' for q in screening] + [f'"{q}"' for _, q, _ in scenarios] + [
        "Explain REST to a non-technical person", "How do you document a breaking change?"]
    answers = dict(read)
    assert all(expected in answers[f'"{q}"'] for _, q, expected in scenarios)
    assert not any(answers[f'"{q}"'] for q in screening)
    assert "restaurant" in answers["Explain REST to a non-technical person"]
