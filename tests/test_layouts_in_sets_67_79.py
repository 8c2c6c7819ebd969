"""Layouts met in held-out sets 67–79, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_what_interviewers_probe_for_lists_what_they_check_not_questions():
    asked = ["How would you find the slow service in a chain of ten?", "What belongs in every log line?",
             "How do you tell a flaky test from a failing service?"]
    text = ("# Tracing questions\n\n## Questions\n\n" + "".join(f"{n}. \"{q}\"\n" for n, q in enumerate(asked, 1))
            + "\n## What Interviewers Probe For\n\n1. **Tracing** - Can you follow a request across services?\n"
            "2. **Correlation** - Can you line up logs from three services?\n"
            "3. **Method** - Do you debug step by step?\n")
    assert [title for title, _ in read_pairs(text)] == [f'"{q}"' for q in asked]


def test_a_numbered_scenario_heading_asks_the_paragraph_under_it():
    text = ("## Basics\n\n### 1. What is a volume group?\n\nA pool made of physical volumes.\n\n"
            "### 2. How do you extend a logical volume?\n\nWith `lvextend`, then grow the file system.\n\n"
            "## Scenarios\n\n### Scenario 1:\n\nThe `/var` volume is nearly full. How do you make room without a "
            "reboot?\n\n**Answer:**\n\nExtend the volume online and resize the file system.\n\n"
            "### Scenario 2:\n\nA disk in the group failed. What do you do?\n\n**Answer:**\n\nAdd a new disk, then move "
            "the extents off the failed one.\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == [
        "What is a volume group?", "How do you extend a logical volume?",
        "The `/var` volume is nearly full. How do you make room without a reboot?",
        "A disk in the group failed. What do you do?"]
    assert "Extend the volume online" in read[2][1]
    assert "failed" not in read[2][1]


def test_a_document_wrapped_in_one_markdown_fence_is_read_inside_it():
    inner = ("# Linux mock interview\n\n## Core questions\n\n1. How do softirqs differ from workqueues?\n"
             "2. What does `data=journal` trade away?\n3. How does the OOM killer choose a process?\n\n"
             "```bash\nvmstat 1\n```\n")
    pack = parse_markdown(f"````markdown\n{inner}````\n", pack="x")
    assert [q.title for q in pack.questions] == ["How do softirqs differ from workqueues?",
                                                 "What does `data=journal` trade away?",
                                                 "How does the OOM killer choose a process?"]
    assert any(p.line == 1 and "inside a ````markdown fence" in p.message for p in pack.problems)
    # A fence that closes before the end holds an example: it stays code
    shown = "Intro\n\n````markdown\n1. What is X?\n2. What is Y?\n3. What is Z?\n````\n\n## What is W?\n\nW.\n"
    assert not parse_markdown("````md\n1. What is X?\n2. What is Y?\n````\n\nAfter the fence.\n", pack="x").questions
    assert [q.title for q in parse_markdown(shown, pack="x").questions] == ["What is W?"]


def test_an_answer_to_be_completed_answers_nothing():
    text = ("<details>\n<summary><b>How do you list open ports?</b></summary><br>\n\nUse `ss -tlnp`.\n\n</details>\n\n"
            "<details>\n<summary><b>How do you grep recursively?</b></summary><br>\n\nTo be completed.\n\n</details>\n\n"
            "<details>\n<summary><b>Which editor do you use for scripting?</b></summary><br>\n\nTo be completed.\n\n"
            "</details>\n")
    assert [bool(answer) for _, answer in read_pairs(text)] == [True, False, False]


def test_questions_pasted_right_under_the_answer_before_them_are_questions():
    text = ("Here are some cloud questions with answers:\n\nQuestions and Answers\nWhat is IaaS?\n\n"
            "Answer: Rented machines and networks, run by the provider.\nWhat is PaaS?\n\n"
            "Answer: A platform to deploy code on; the provider runs the servers.\n"
            "How do you keep cloud costs down?\n\n"
            "Answer: Right-size instances.\nTurn off idle ones.\nHow do you secure secrets?\n\n"
            "Answer: Keep them in a vault and rotate them.\n\nGood luck!\n")
    pack = parse_markdown(text, pack="x")
    assert [(q.title, q.answer) for q in pack.questions] == [
        ("What is IaaS?", "Rented machines and networks, run by the provider."),
        ("What is PaaS?", "A platform to deploy code on; the provider runs the servers."),
        ("How do you keep cloud costs down?", "Right-size instances.\nTurn off idle ones."),
        ("How do you secure secrets?", "Keep them in a vault and rotate them.")]
    assert any(p.line == 4 and "4 questions written right under the answer before them" in p.message
               for p in pack.problems)
    assert "chose question lines right under the answer before them" in pack.layout.summary()


def test_a_question_under_the_scene_it_is_set_in_is_not_split_off():
    # "Given x = 1." over "What is x + 1?": the question's own setting, not the end of an answer
    text = ("### Question 1\nGiven x = 1.\nWhat is x + 1?\n\nAnswer: 2\n\n### Question 2\nGiven y = 3.\nWhat is y * 2?"
            "\n\nAnswer: 6\n\n### Question 3\nGiven s = 'ab'.\nWhat is len(s)?\n\nAnswer: 2\n\n### Question 4\n"
            "Given t = [].\nWhat is bool(t)?\n\nAnswer: False\n")
    cards = [f"{title}\n{answer}" for title, answer in read_pairs(text)]
    assert len(cards) == 4
    assert all("Given" in card and "What is" in card and "#" not in card for card in cards)


def test_a_labelled_question_pasted_under_a_promo_line_stays_in_its_series():
    # "Question 3. …" is read as a question wherever it stands: it is not made a pattern of its own
    text = ("Question 1. What is a flow file?\n\nAnswer :\n\nA record moving through the flow.\n\n"
            "Question 2. What is a processor?\n\nAnswer :\n\nA step of the flow.\n\n"
            "Flow Tool Interview Questions\nQuestion 3. What is a connection?\n\nAnswer :\n\nA queue.\n\n"
            "Flow Tool Tutorial\nQuestion 4. What is a template?\n\nAnswer :\n\nA flow saved to reuse.\n\n"
            "Flow Tool Practice Tests\nQuestion 5. What is a controller service?\n\nAnswer :\n\nShared setup.\n\n"
            "Question 6. What is back pressure?\n\nAnswer :\n\nA limit on a queue.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "What is a flow file?", "What is a processor?", "What is a connection?", "What is a template?",
        "What is a controller service?", "What is back pressure?"]


def test_advice_on_how_to_answer_and_a_closing_checklist_ask_nothing():
    items = ["Can explain volatile in 30 seconds", "Can write bit tricks from memory", "Can draw the memory layout",
             "Can write a debounce routine", "Have practiced answers out loud", "Know where each variable lives"]
    text = ("# Firmware interview prep\n\n## Q1: What does volatile do?\n\nIt stops the compiler caching a value.\n\n"
            "## Q2: Is volatile atomic?\n\nNo.\n\n## Q3: Where do static locals live?\n\nIn `.data` or `.bss`.\n\n"
            "## How to Answer:\n\n### DO:\n- Give specific code examples\n- Explain why, not just what\n\n"
            "### DON'T:\n- Give one-word answers\n\n---\n\n# ✅ Practice checklist:\n\nBefore your interviews:\n\n"
            + "".join(f"- [ ] {item} ✅\n" for item in items))
    assert [title for title, _ in read_pairs(text)] == ["What does volatile do?", "Is volatile atomic?",
                                                   "Where do static locals live?"]


def test_a_request_under_a_question_that_points_back_to_it_is_part_of_it():
    text = ("Basic level\n\nWhat is the boot process?\n\n"
            "Explain the steps involved, including the bootloader and init.\n\n"
            "Explain the difference between fork() and exec().\n\n"
            "Provide an explanation of these two calls in process creation.\n\n"
            "What is a namespace?\n\n"
            "Describe a real-world scenario where you used namespaces to isolate a service.\n\n"
            "What is a cgroup?\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [
        "What is the boot process? Explain the steps involved, including the bootloader and init.",
        "Explain the difference between fork() and exec(). Provide an explanation of these two calls in process "
        "creation.",
        "What is a namespace?",
        "Describe a real-world scenario where you used namespaces to isolate a service.",
        "What is a cgroup?"]
    assert not any(q.answer for q in pack.questions)


def test_an_unclosed_fence_closes_before_the_next_numbered_question():
    text = ("# Virtual threads\n\n## 1. What is Project Loom?\n\nAn OpenJDK project for cheap threads.\n\n"
            "## 2. How do virtual threads differ from platform threads?\n\nThey are scheduled by the JVM.\n\n"
            "```java\nThread.startVirtualThread(() -> work());\n\n\n\n"
            "3. What is structured concurrency?\nTasks that start together end together.\n\n"
            "4. What are scoped values?\nImmutable values shared with child threads.\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [
        "What is Project Loom?", "How do virtual threads differ from platform threads?",
        "What is structured concurrency?", "What are scoped values?"]
    assert "startVirtualThread" in pack.questions[1].answer
    assert any(p.line == 11 and "unclosed code fence" in p.message for p in pack.problems)


def test_headings_naming_examples_or_a_breakdown_are_parts_of_the_answer_above():
    asked = ["What is CSP?", "How does CSP stop XSS?", "How do you deploy a policy?", "What is a nonce?",
             "What does strict-dynamic allow?"]
    text = (f"### {asked[0]}\n\nA header listing allowed sources.\n\n### {asked[1]}\n\nInline scripts no longer run.\n\n"
            f"### {asked[2]}\n\nSend the header from the server.\n\n### Breakdown of the Policy\n\n"
            "`default-src 'self'` allows only the page's own origin, and `img-src *` any image: " + "more words " * 20
            + f"\n\n### {asked[3]}\n\nA random token per response.\n\n### Directive Examples,\n\n- `script-src`: "
            + "where scripts come from, " * 10 + f"\n\n### {asked[4]}\n\nScripts loaded by trusted ones.\n")
    assert [title for title, _ in read_pairs(text)] == asked


def test_a_table_column_headed_detailed_answer_answers():
    text = ("# 15. Frequently Asked Questions\n\n| Question | Detailed Answer |\n|---|---|\n"
            "| **What is a keyspace?** | A namespace of tables. |\n| **What is compaction?** | Merging SSTables. |\n"
            "| **Can it join tables?** | No. |\n")
    assert read_pairs(text) == [("What is a keyspace?", "A namespace of tables."),
                           ("What is compaction?", "Merging SSTables."), ("Can it join tables?", "No.")]


def test_labelled_questions_under_a_numbered_heading_of_questions_are_its_questions():
    text = ("## 1. What is HTTP caching?\n\nKeeping responses to reuse them.\n\n### Browser layers\n\nMemory, then disk.\n\n"
            "## 2. What is a strong cache?\n\nOne used without asking the server.\n\n"
            "## 3. Common caching interview questions\n\n> Common caching interview questions\n\n"
            "### Question 1: How do you keep HTML out of caches?\n\n<details>\n<summary>Answer</summary>\n\n"
            "`Cache-Control: no-store`.\n\n</details>\n\n### Question 2: Why prefer ETag to Last-Modified?\n\n"
            "<details>\n<summary>Answer</summary>\n\nIt changes with the content, not the clock.\n\n</details>\n\n"
            "## 4. How do you bust a cache?\n\nPut a hash in the file name.\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [
        "What is HTTP caching?", "What is a strong cache?", "How do you keep HTML out of caches?",
        "Why prefer ETag to Last-Modified?", "How do you bust a cache?"]
    assert "Memory, then disk." in pack.questions[0].answer
    assert "ETag" not in pack.questions[2].answer and "no-store" in pack.questions[2].answer


def test_the_steps_of_a_recommended_answer_framework_ask_nothing():
    text = ("# Performance\n\n## Typical Interview Questions\n\n1. How do you profile a slow endpoint?\n"
            "2. How do you choose a performance budget?\n3. How do you measure p99 gains?\n\n"
            "## Recommended Answer Framework (Applied)\n\nUse the 4-step model:\n1. Scope and reproduce\n"
            "2. Collect evidence\n3. Confirm the cause\n4. Fix and watch\n")
    assert [title for title, _ in read_pairs(text)] == ["How do you profile a slow endpoint?",
                                                   "How do you choose a performance budget?",
                                                   "How do you measure p99 gains?"]


def test_a_heading_naming_a_range_of_questions_and_a_summary_of_their_topics_ask_nothing():
    text = ("# Forms practice questions\n\n### Question 1: Form basics\n\n**Question**: How do you build a form?\n\n"
            "With a form type.\n\n### Question 2: Events\n\n**Question**: Which form events fire on submit?\n\n"
            "PRE_SUBMIT, SUBMIT, POST_SUBMIT.\n\n### Question 3-4\n\nHere are the rest, briefly:\n\n"
            "### Question 3: CSRF\n\n**Question**: How is CSRF checked?\n\nBy a token field.\n\n"
            "### Question 4: DTOs\n\n**Question**: Why bind a DTO?\n\nTo keep entities valid.\n\n"
            "## Summary\n\nThese 4 questions cover:\n- Form basics\n- Form events\n- CSRF protection\n- DTOs\n")
    assert read_pairs(text) == [("How do you build a form?", "With a form type."),
                           ("Which form events fire on submit?", "PRE_SUBMIT, SUBMIT, POST_SUBMIT."),
                           ("How is CSRF checked?", "By a token field."), ("Why bind a DTO?", "To keep entities valid.")]


def test_a_practice_drill_sets_exercises_not_questions():
    text = ("# Binary search trees\n\n### 1. Insert\n\n**Question:** Implement insert for a BST.\n\nRecurse left or right.\n\n"
            "### 2. Validate\n\n**Question:** How do you check a tree is a BST?\n\nCarry bounds down.\n\n"
            "### 3. Height\n\n**Question:** How do you find its height?\n\nOne plus the taller subtree.\n\n---\n\n"
            "## Practice Drill\n\n**Warm-up (5 minutes each):**\n1. Draw five inserts\n2. Delete a node with two children\n"
            "3. Validate this tree: is it a BST? Why?\n\n**Medium (10 minutes each):**\n"
            "4. Implement delete with all three cases\n5. Find the kth smallest element\n6. Implement an iterator\n\n"
            "**Advanced (20 minutes):**\n7. Serialize and deserialize a BST\n8. Find all paths that sum to a target\n")
    assert read_pairs(text) == [("Implement insert for a BST.", "Recurse left or right."),
                           ("How do you check a tree is a BST?", "Carry bounds down."),
                           ("How do you find its height?", "One plus the taller subtree.")]


def test_a_label_with_an_emoji_inside_its_stars_labels_the_line_under_it():
    text = ("## 1. **Fix: permission denied**\n\n**❓Question:**\nYou get `PERMISSION_DENIED` on every call.\n\n"
            "**Explanation:** The account lacks a role.\n\n## 2. **Missing member prefix**\n\n**❓Question:**\n"
            "You get an invalid member error for a bare e-mail address.\n\n**Explanation:** Write `user:` first.\n\n"
            "## 3. **Audit a binding**\n\n**❓Question:**\nWho added this binding? How do you find out?\n\n"
            "**Explanation:** Read the audit logs.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "You get `PERMISSION_DENIED` on every call.", "You get an invalid member error for a bare e-mail address.",
        "Who added this binding? How do you find out?"]
    # A mark outside the stars marks a line in a list of lines: each line is still a question of its own
    listed = "# Top questions\n🔹 Question 1: What is a play?\n🔹 Question 2: What is a role?\n🔹 Question 3: What is a fact?\n"
    assert [title for title, _ in read_pairs(listed)] == ["What is a play?", "What is a role?", "What is a fact?"]


def test_q_dot_and_a_dot_lines_from_a_pdf_are_questions_and_answers():
    text = ("# Cache questions\n\nQ. What is the first-level cache?\nA. The cache of one session.\nIt is always on:\n"
            "1) it holds loaded entities.\n2) it is flushed on commit.\nIt cannot be turned off.\n"
            "Q. When do you call flush?\nA. To get a generated id early.\n\nSecond-level cache\n"
            "Q. What is the second-level cache?\nA. A cache shared by sessions.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is the first-level cache?", "When do you call flush?",
                                                   "What is the second-level cache?"]


def test_sections_on_how_to_answer_why_they_ask_and_red_flags_are_no_questions():
    text = ("# Call centre interviews\n\n## How to Answer Call Center Interview Questions\n\nBe yourself.\n\n"
            "## Why They Ask\n\nTo hear your motives.\n\n## Tell me about yourself.\n\nName, past work, why here.\n\n"
            "## What are your strengths?\n\nPick ones the job needs.\n\n## Why should we hire you?\n\nList what you bring.\n\n"
            "## Red Flags to Avoid\n\nBlaming others.\n")
    assert [title for title, _ in read_pairs(text)] == ["Tell me about yourself.", "What are your strengths?",
                                                   "Why should we hire you?"]
