"""Layouts met in held-out sets 138–163, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown
from llmtui.content.reader import decode_bytes

_EXAM_BANK = """# Cloud Practitioner practice questions

### Question 412
**Question Type:** Single Choice
**Topic:** Storage

A team keeps logs that are read once a year. Which storage class costs the least?

**Answer Choices:**
A. Standard
B. Archive

**Correct Answer:** B

**Detailed Explanation:**
Archive storage is the cheapest for data read rarely.

- **Why Not A:** Standard is priced for data read often.

**Community Comments:**
- "Archive, as the docs say" (most voters)

---

### Question 97
**Question Type:** Multiple Select (Choose two)
**Topic:** Identity

A company wants users to prove who they are twice. Which two controls help?

**Answer Choices:**
A. A second factor
B. Longer sessions
C. Shared accounts
D. Hardware keys

**Correct Answer:** A, D

**Detailed Explanation:**
- **Why Not B:** Longer sessions weaken control.
- **Why Not C:** Shared accounts hide who acted.

---

### Question 7
**Topic:** Networking

Which service gives a private network in the cloud?

**Correct Answer:** A virtual private cloud.

- **Why Not B:** A load balancer spreads traffic; it is no network.
""".replace("(Choose two)\n", "(Choose two)  \n")  # a hard line break, as such banks write their fields


def test_an_exam_bank_reads_the_question_under_the_fields_written_over_it():
    # "### Question 412" labels the question; the fields under the label describe it, the paragraph after
    # them asks it, and the "Why Not A:" points explain the answer: they are no questions of their own.
    pairs = read_pairs(_EXAM_BANK)
    assert [title for title, _ in pairs] == [
        "A team keeps logs that are read once a year. Which storage class costs the least?",
        "A company wants users to prove who they are twice. Which two controls help?",
        "Which service gives a private network in the cloud?"]
    assert pairs[0][1].startswith("B\n\n**Detailed Explanation:**\nArchive storage")
    assert "Why Not A:" in pairs[0][1]
    assert "Question Type" not in " ".join(answer for _, answer in pairs)
    assert "Why Not C:" in pairs[1][1]
    assert pairs[2][1].startswith("A virtual private cloud.")


def test_the_fields_over_a_labelled_question_are_not_reported_as_left_out():
    pack = parse_markdown(_EXAM_BANK, pack="x")
    assert not any("left out" in note and "line 4)" in note for note in pack.layout.notes)
    assert not any("in no question or answer" in note for note in pack.layout.notes)


def test_a_paragraph_that_only_looks_like_a_field_is_still_the_question():
    # "Time: …" asking, or a field that asks, is the question itself, not a field over it.
    text = ("### Question 1\n\nTopic: what does a load balancer do?\n\nIt spreads requests over servers.\n\n"
            "### Question 2\n\nWhat is a CDN?\n\nServers near users that cache content.\n")
    assert [title for title, _ in read_pairs(text)] == ["Topic: what does a load balancer do?", "What is a CDN?"]


def test_a_bold_term_with_its_colon_inside_the_bold_over_a_statement_is_a_point_not_a_question():
    # Why each wrong option is wrong, as points under the answer: more of them than questions, none asking.
    points = "".join(f"- **Why Not {letter}:** option {letter} costs more.\n" for letter in "ABCDE")
    text = (f"### Which option is cheapest?\n\nF.\n\n{points}\n### Which option is fastest?\n\nA.\n\n"
            f"{points.replace('Why Not A', 'Why not option F')}")
    assert [title for title, _ in read_pairs(text)] == ["Which option is cheapest?", "Which option is fastest?"]
    # "- **What is a VPC:** …" asks, and is a question
    listed = "- **What is a VPC:** A private network in the cloud.\n- **What is a subnet:** A range of addresses.\n"
    assert [title.split(":")[0] for title, _ in read_pairs(listed)] == ["What is a VPC", "What is a subnet"]


def test_questions_fenced_under_their_labels_are_read_as_the_text_they_are():
    # An exam bank that fences each question's sentence (and, in some, its options and solution) to keep its lines.
    text = ("# Exercises\n\n## Question 1\n\n```markdown\nHow can you turn a stream into a table?\n```\n\n"
            "**Options**\n\n```markdown\n- A. CREATE TABLE … AS SELECT\n- B. INSERT INTO\n```\n\n"
            "**Answer:** A\n\n## Question 2\n\n```\nIf the modulus is larger than the pattern, what is the matching\n"
            "time of Rabin-Karp?\n\na. Theta (m)\nb. O (n+m)\n\nSolution: b. O (n+m)\n```\n\n"
            "## Question 3\n\n```\nWhat does the prefix function of \"aab\" hold?\n```\n\n0, 1, 0\n")
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == [
        "How can you turn a stream into a table?",
        "If the modulus is larger than the pattern, what is the matching time of Rabin-Karp?",
        "What does the prefix function of \"aab\" hold?"]
    assert pairs[0][1].endswith("**Answer:** A") and "```markdown\n- A. CREATE TABLE" in pairs[0][1]
    # (its lettered options, "a." and "b.", show with the question, as "A." and "B." would; the solution answers)
    assert pairs[1][1] == "b. O (n+m)"
    assert parse_markdown(text, pack="x").questions[1].prompt == "a. Theta (m)\nb. O (n+m)"
    assert pairs[2][1] == "0, 1, 0"


def test_code_under_a_question_label_stays_code():
    # The label's question is code to read: its fence is kept (one label over code is no layout of fenced text).
    text = ("## Question 1\n\n```\nlet x = [1, 2];\nconsole.log(x.length);\n```\n\nWhat does it print?\n\n2\n\n"
            "## Question 2\n\n```\nconst y = {};\n```\n\nWhat is `typeof y`?\n\nobject\n")
    pack = parse_markdown(text, pack="x")
    assert not any("code fences under question labels" in p.message for p in pack.problems)


def test_a_question_wrapped_over_lines_under_its_label_is_asked_whole():
    text = ("### Question 1\n\nHow many spurious hits does the matcher meet in the\ntext T = 314159 for the pattern 26,\n"
            "working modulo 11?\nIt meets three.\n\n### Question 2\n\nWhat is Horner's rule?\nA way to evaluate a "
            "polynomial.\n")
    assert read_pairs(text) == [
        ("How many spurious hits does the matcher meet in the text T = 314159 for the pattern 26, working modulo 11?",
         "It meets three."),
        ("What is Horner's rule?", "A way to evaluate a polynomial.")]


def test_a_cookbook_of_recipes_reads_each_problem_as_a_question_and_its_steps_as_the_answer():
    # "### 1. Title" over "**Problem:** …" and "**Solution:**" with numbered steps; later recipes drop the label.
    recipe = ("### {n}. {title}\n\n**Problem:** {problem}\n\n{solution}1. **{step}**\n\n```bash\nrun {n}\n```\n\n"
              "2. **Check it:**\n\nLook at the output.\n\n**Discussion:**\n\nWhy it works.\n\n")
    parts = [("Setting up a workspace", "You need a new workspace.", "**Solution:**\n\n", "Create a directory"),
             ("Writing a rule", "You want to compile a program.", "**Solution:**\n\n", "Write the source"),
             ("Adding a dependency", "You need an outside library.", "", "Declare it"),
             ("Running tests", "You want the tests to run in CI.", "", "Add a test rule")]
    text = "## Introduction\n\nThirty recipes.\n\n" + "".join(
        recipe.format(n=n, title=title, problem=problem, solution=solution, step=step)
        for n, (title, problem, solution, step) in enumerate(parts, 1))
    pack = parse_markdown(text, pack="x")
    assert [(q.title, q.prompt) for q in pack.questions] == [(title, problem) for title, problem, _, _ in parts]
    assert all(q.answer.startswith("1. **") and "Why it works." in q.answer for q in pack.questions)
    assert not any("in no question or answer" in note for note in pack.layout.notes)


def test_a_scenario_without_a_solution_is_no_recipe():
    # A scenario under each heading, then questions about it and no solution label: not read as a cookbook.
    text = "".join(f"## Case {n}\n\n**Scenario:** A shop's traffic grows {n}0-fold.\n\n1. How would you scale reads?\n"
                   f"2. Which cache would you add for case {n}?\n\n" for n in range(1, 4))
    pack = parse_markdown(text, pack="x")
    assert not any("opens with a problem" in note for note in pack.layout.notes)
    assert not any(q.title.startswith("Case") for q in pack.questions)


def test_an_answer_label_ending_the_question_paragraph_opens_the_answer_below():
    text = ("# Spark\n\nWhat is Spark?\nAnswer:\nAn engine.\n\nWhat is an action vs a transformation?\nAnswer:\n\n"
            "Transformation: makes a new RDD.\n\nAction: runs the job.\n\nWhat is lazy evaluation?\nAnswer:\n"
            "It waits for an action.\n\nWhat is a DAG?\nAnswer:\nA graph of stages.\n")
    assert read_pairs(text)[1] == ("What is an action vs a transformation?",
                                   "Transformation: makes a new RDD.\n\nAction: runs the job.")
    assert all(answer for _, answer in read_pairs(text))


def test_a_table_of_questions_and_the_answer_signals_an_interviewer_listens_for():
    topics = ["Design a test plan for async replication", "Fault injection in a storage cluster", "Split-brain handling",
              "Explain consistency in hybrid cloud storage", "Benchmarking virtual storage",
              "Design a snapshot restore drill"]
    text = "### Storage questions, with what to listen for\n\n| # | Question | Ideal Answer Signals |\n|---|---|---|\n" + "".join(
        f"| {n} | {topic} | Names the checks for {topic.lower()} |\n" for n, topic in enumerate(topics, 1))
    assert read_pairs(text) == [(topic, f"Names the checks for {topic.lower()}") for topic in topics]
    looked_for = text.replace("Ideal Answer Signals", "Look For")
    assert [title for title, _ in read_pairs(looked_for)] == topics


def test_a_chinese_quiz_numbers_its_questions_over_fields_and_a_label():
    # "## 第 1 题 🟢" (question 1), fields about it, "### 题目" (the label again), the question, its options and the
    # answer in a box that holds headings of its own.
    entry = ("## 第 {n} 题 🟢\n\n**类型：** 单选题  \n**标签：** 基础\n\n### 题目\n\n{asked}\n\n**选项：**\n- A. 一\n- B. 二\n\n"
             "<details>\n<summary>查看答案</summary>\n\n### ✅ 正确答案：B\n\n### 📖 解析\n\n#### 用法\n\n说明。\n\n"
             "#### 注意\n\n小心。\n\n</details>\n\n---\n\n")
    asked = ["`npx` 的主要作用是什么？", "nvm 可以切换 Node.js 版本。", "以下哪些是 npm 的替代品？"]
    text = "# 第 15 章 - 面试题\n\n" + "".join(entry.format(n=n, asked=a) for n, a in enumerate(asked, 1))
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == asked
    assert all("正确答案：B" in answer for _, answer in pairs)


def test_numbered_follow_up_headings_that_ask_are_questions_of_their_own():
    text = ("# 1. What do you know of Doris?\n\nAn analytic database.\n\n## 1.1 What is its architecture?\n\n"
            "Frontends and backends.\n\n## 1.2 Which storage models do you use?\n\nDuplicate and aggregate keys.\n\n"
            "## 1.3 Which indexes does it have?\n\nPrefix and bloom indexes.\n\n"
            "# 2. How would you read 30 million rows from Java?\n\nStream them with Arrow Flight.\n\n"
            "## 2.1 What is Arrow Flight SQL?\n\nA fast transfer protocol.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "What do you know of Doris?", "1.1 What is its architecture?", "1.2 Which storage models do you use?",
        "1.3 Which indexes does it have?", "How would you read 30 million rows from Java?",
        "2.1 What is Arrow Flight SQL?"]
    # Numbered sub-headings that name parts of an answer stay in it
    parts = text.replace("What is its architecture?", "Architecture").replace(
        "Which storage models do you use?", "Storage models").replace("Which indexes does it have?", "Indexes").replace(
        "What is Arrow Flight SQL?", "Arrow Flight SQL")
    assert [title for title, _ in read_pairs(parts)] == ["What do you know of Doris?",
                                                          "How would you read 30 million rows from Java?"]


def test_questions_answered_on_their_own_line_after_the_mark():
    text = ("## Calendar\n\n1. Which settings can an administrator control? Sharing levels for primary calendars.\n"
            "2. What are calendar resources? Bookable equipment, bookable rooms\n"
            "3. Which protections might you add for sharing? (Choose 2) A sign-in to view, a warning banner.\n"
            "4. What should be set up before adding resources? Buildings, features\n")
    assert read_pairs(text) == [
        ("Which settings can an administrator control?", "Sharing levels for primary calendars."),
        ("What are calendar resources?", "Bookable equipment, bookable rooms"),
        ("Which protections might you add for sharing? (Choose 2)", "A sign-in to view, a warning banner."),
        ("What should be set up before adding resources?", "Buildings, features")]


def test_a_request_or_a_second_question_after_the_mark_is_part_of_the_question():
    text = ("1. What is a closure? Explain with an example.\n2. What is hoisting? How does it differ for let?\n"
            "3. What is the event loop? Describe its phases.\n4. What is a promise? Give two uses.\n")
    assert [answer for _, answer in read_pairs(text)] == ["", "", "", ""]


def test_a_question_label_over_code_shows_the_code_and_answers_from_the_answer_line():
    # "#### Question 1:" over the code to read; the answer written inside the same fence, on a line of its own or
    # after the last line of code.
    text = ("## Closures\n\n#### Question 1:\n```\nvar x = 10;\nfunction f() { console.log(x); }\nf();\n"
            "Answer: Output: 10. f sees x through its closure.\n```\n---\n#### Question 2:\n```\nlet n = 0;\n"
            "const inc = () => ++n;\ninc(); // 1\ninc(); // 2 Answer: Output: 2. n lives on between calls.\n```\n---\n"
            "#### Question 3:\n```\nconst answer: number = 42;\nconsole.log(answer);\n```\n\nIt prints 42.\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == ["Question 1", "Question 2", "Question 3"]
    assert [q.answer for q in pack.questions] == ["Output: 10. f sees x through its closure.",
                                                  "Output: 2. n lives on between calls.", "It prints 42."]
    assert pack.questions[1].prompt == "```\nlet n = 0;\nconst inc = () => ++n;\ninc(); // 1\ninc(); // 2\n```"
    assert pack.questions[2].prompt == "```\nconst answer: number = 42;\nconsole.log(answer);\n```"
    # Code indented rather than fenced is shown whole
    indented = parse_markdown("#### Question 1:\n\n    x = 1\n    print(x)\n\nIt prints 1.\n\n#### Question 2:\n\n"
                              "    y = [2]\n\nA list.\n", pack="x")
    assert [(q.prompt, q.answer) for q in indented.questions] == [("```\nx = 1\nprint(x)\n```", "It prints 1."),
                                                                  ("```\ny = [2]\n```", "A list.")]


def test_an_answer_labelled_a_dot_loses_its_label_and_the_label_alone_is_no_answer():
    text = ("Spring questions\n\n1. Can you run an app without @SpringBootApplication <br>\nA. Yes, with three annotations.\n\n"
            "2. What is @Configuration <br>\n\n3. What is @ComponentScan <br>\nA. It finds the components in packages.\n\n"
            "4. How do you support several databases? <br>\nA. \n\n"
            "5. How does serialisation work? <br>\nA. Jackson, by default.\n")
    pairs = read_pairs(text)
    assert [answer for _, answer in pairs] == ["Yes, with three annotations.", "", "It finds the components in packages.",
                                               "", "Jackson, by default."]
    # Beside options, "A." is the first of them, and stays
    quiz = "".join(f"{n}. Which is a {kind}?\nA. {right}\nB. {wrong}\n\nCorrect: A, since {right} is one.\n\n"
                   for n, (kind, right, wrong) in enumerate([("JVM language", "Kotlin", "Perl"), ("build tool", "Maven", "Vim"),
                                                             ("test library", "JUnit", "Bash")], 1))
    assert [answer.split("\n")[0] for _, answer in read_pairs(quiz)] == ["A. Kotlin", "A. Maven", "A. JUnit"]


def test_numbered_topic_headings_in_a_part_of_notes_beside_the_questions_part_are_no_questions():
    text = ("# Search engine - Complete Notes\n\n## 1. What is a search engine?\n\nIt indexes documents.\n\n"
            "## 2. Core Components\n\nClusters, nodes, shards.\n\n## 3. How Data is Stored\n\nInverted indexes.\n\n"
            "## 4. Query Types\n\nMatch, term, range.\n\n## 5. Typical Use Cases\n\nLogs and site search.\n\n"
            "# Search engine - Interview Questions & Answers\n\n## 1. What is the difference between match and term?\n\n"
            "Match analyses the text.\n\n## 2. How do you speed up indexing?\n\nBulk requests.\n\n"
            "## 3. Explain shard allocation.\n\nThe leader places shards.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "What is a search engine?", "What is the difference between match and term?",
        "How do you speed up indexing?", "Explain shard allocation."]
    # A part that gives its topics to study is no part of notes
    study = text.replace("Complete Notes", "Concepts you know (review these)")
    assert len(read_pairs(study)) == 8
    # Parts of questions under topic titles ("## Basics" over "### Q: …") are no notes
    topics = ("# DBMS guide\n\n## Basics\n\n### Q: What is a DBMS?\n\nSoftware for data.\n\n### Q: ACID Properties\n\n"
              "Atomicity and more.\n\n## SQL\n\n### DDL\n\nCREATE, ALTER.\n\n### DML\n\nINSERT, UPDATE.\n\n"
              "## Viva questions\n\n### Q: What is a key?\n\nIt identifies a row.\n\n### Q: What is a view?\n\nA stored query.\n")
    assert not any("part of notes" in note for note in parse_markdown(topics, pack="x").layout.notes)


def test_a_quiz_with_escaped_checkboxes_answers_with_the_ticked_option_and_leaves_unticked_ones_unanswered():
    text = ("#### Q1. What happens on disk when you create a subclip?\n\n- \\[x] Nothing: no new media file.\n"
            "- \\[ ] A pointer file is made.\n\n#### Q2. Which is NOT a tag in the sound panel?\n\n- \\[ ] Narration\n"
            "- \\[ ] SFX\n\n#### Q3. Which panel can stretch a clip's rate?\n\n- \\[ ] Source\n- \\[x] Timeline\n")
    pack = parse_markdown(text, pack="x")
    assert [q.answer for q in pack.questions] == ["Nothing: no new media file.", "", "Timeline"]
    assert pack.questions[1].prompt == "- [ ] Narration\n- [ ] SFX"  # (shown unescaped)


def test_q_and_a_files_pasted_into_one_fence_under_their_banners_are_read_as_text():
    # "```---1/1.txt---": a shell loop's output pasted in, each file's banner over its "Q:", options and "A:".
    entries = [("What verb prints a boolean with Printf?", "a. %v\nb. %t", "b"), ("Does Go have inheritance?",
                                                                              "a. Yes\nb. No", "b"),
               ("Which keyword defers a call?", "a. defer\nb. later", "a")]
    text = "Test:\n\n```---1/1.txt---\n" + "".join(f"---{n}/{n}.txt---\nQ: {asked}\n\n{options}\n\nA: {answer}\n\n"
                                                 for n, (asked, options, answer) in enumerate(entries, 1)) + "```\n"
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [asked for asked, _, _ in entries]
    assert [q.answer.split("\n")[-1] for q in pack.questions] == [f"A: {answer}" for _, _, answer in entries]
    # Code that happens to hold such lines in a fence marked as a language stays code (two pairs are no bank)
    code = "```python\nQ: int = 1\nA: int = 2\nQ: str = 'x'\nA: str = 'y'\n```\n\n### What is a type hint?\n\nA note.\n"
    assert [q.title for q in parse_markdown(code, pack="x").questions] == ["What is a type hint?"]


def test_a_numbered_quiz_label_named_for_its_subject_is_the_label_of_the_question_below():
    text = ("# Correct answers\n\n## Python Quiz 0001\nWhich letter marks imaginary numbers?\n\na) i<br>\nb) j\n\n"
            "**The correct answer is b) j**\n\n## Python Quiz 0002\n"
            "In Python, 6 % 10 is 6. The output of 6 % -10 is one of these.\n\n"
            "**The correct answer is -4**\n\n## Python Quiz 0003\nIs `0 ** 3` valid?\n\n**The correct answer is yes**\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == ["Which letter marks imaginary numbers?",
                                                 "In Python, 6 % 10 is 6. The output of 6 % -10 is one of these.",
                                                 "Is `0 ** 3` valid?"]
    assert [q.answer for q in pack.questions][1:] == ["**The correct answer is -4**", "**The correct answer is yes**"]


def test_options_set_large_in_html_headings_are_the_answer_not_headings():
    text = ("# Kubernetes quiz\n\n### 1. What does a cluster consist of?\n\nhttps://example.org/intro\n\n"
            "<h3>a. Containers & Nodes</h3>\n<h3>b. Master & Nodes <strong>(Correct)</strong></h3>\n\n<br>\n\n"
            "### 2. What starts a local cluster?\n\n<h3>a. <span>minikube up</span></h3>\n"
            "<h3>b. <span>minikube start</span><strong> (Correct)</strong></h3>\n")
    assert read_pairs(text) == [
        ("What does a cluster consist of?",
         "https://example.org/intro\n\n- a. Containers & Nodes\n- b. Master & Nodes **(Correct)**"),
        # (options alone, lettered "a." as "A." would be: they show with the question, the marked one answers)
        ("What starts a local cluster?", "b. minikube start")]
    assert parse_markdown(text, pack="x").questions[1].prompt == "- a. minikube up\n- b. minikube start"
    # An HTML heading that is no option is still a heading
    assert [title for title, _ in read_pairs("<h3>1. What is a pod?</h3>\n\nA group of containers.\n\n"
                                             "<h3>2. What is a node?</h3>\n\nA machine.\n")] == [
        "What is a pod?", "What is a node?"]


def test_a_file_saved_in_gbk_is_read_as_the_chinese_it_is():
    text = "".join(f"##### {n}.什么是第{n}种集合？\n\n集合类的上级接口，第{n}种。\n\n" for n in range(1, 6))
    source = decode_bytes(text.encode("gbk"), "notes.md")
    assert source.text == text
    assert [p.message for p in source.problems] == ["not UTF-8: read as GB18030 (the Chinese encoding it decodes whole in)"]
    assert len(parse_markdown(source.text, pack="x").questions) == 5
    # Bytes of a Western legacy encoding are not Chinese: read as UTF-8 with the bad bytes replaced, and said so
    western = decode_bytes("## Q1: What is a café?\n\nA place for crème brûlée, and more.\n".encode("latin-1"), "w.md")
    assert "invalid UTF-8" in western.problems[0].message


def test_a_long_list_of_questions_without_answers_inside_an_answer_is_questions():
    asked = [f"How do you check service number {n}?" for n in range(51, 63)]
    headed = [("What is virtualisation?", "Many machines on one host."), ("What is a hypervisor?", "The layer that runs them."),
              ("What is a snapshot?", "A disk's state at one time."), ("What is live migration?", "Moving a running VM.")]
    text = "".join(f"#### {n}. {q}\n**Answer.** {a}\n\n" for n, (q, a) in enumerate(headed, 1)) + "".join(
        f"{n}. {q}\n" for n, q in zip(range(51, 63), asked, strict=True))
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [q for q, _ in headed] + asked
    assert [q.answered for q in pack.questions] == [True] * len(headed) + [False] * len(asked)
    # A few follow-ups under an answer stay its text
    few = text.replace("".join(f"{n}. {q}\n" for n, q in zip(range(51, 63), asked, strict=True)),
                       "Follow-ups:\n\n1. Which one is type 1?\n2. Which one is type 2?\n3. Which is faster?\n")
    assert len(parse_markdown(few, pack="x").questions) == len(headed)
