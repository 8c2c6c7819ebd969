"""Layouts met in held-out sets 267–275, each written here in our own words, small."""

from __future__ import annotations

import pytest
from layout_reading import read_pairs

from llmtui.content.layout import PART_LINES

_QUIZ = [("Which clause filters rows before grouping?", "WHERE"),
         ("Which clause filters groups?", "HAVING"),
         ("Which keyword removes repeated rows?", "DISTINCT")]


def test_a_bold_question_under_a_numbered_label_naming_its_topic_is_the_question():
    # "# Вопрос 1. Тема: Основы SQL" over "**1. …?**": the label names the topic each time; the bold line asks
    text = "".join(f"# Вопрос {n}. Тема: Основы SQL\n\n**{n}. {q}**\n\nОтвет: {a}\n\n"
                   for n, (q, a) in enumerate(_QUIZ, start=1))
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == [q for q, _a in _QUIZ]
    assert [answer for _title, answer in pairs] == [a for _q, a in _QUIZ]


def test_a_bold_question_under_a_label_may_set_its_scene_first():
    text = ("## Q1 (Multiple Choice)\n\n**Search for \"money back\" misses tickets that say \"refund\". What do you try first?**"
            "\n\n- A) Sentence embeddings\n- B) A new random seed\n\n**Correct:** A\n\n"
            "## Q2 (Multiple Choice)\n\n**Search works well. A PM asks: \"Can it recommend products too?\"**\n\n"
            "- A) Yes, if products have signals to compare\n- B) No\n\n**Correct:** A\n")
    titles = [title for title, _answer in read_pairs(text)]
    assert titles == ["Search for \"money back\" misses tickets that say \"refund\". What do you try first?",
                      "Search works well. A PM asks: \"Can it recommend products too?\""]


def test_a_bold_line_that_does_not_ask_stays_in_the_answer_under_a_topic_label():
    text = ("## Question 1: Caching\n\n**Short version first.**\n\nKeep hot data close to where it is read.\n\n"
            "## Question 2: Sharding\n\n**Short version first.**\n\nSplit the rows across machines by a key.\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == ["Caching", "Sharding"]
    assert pairs[0][1].startswith("**Short version first.**")


def _box(question: str, answer: str) -> str:
    return f"<details>\n<summary>{question}</summary>\n\n{answer}\n</details>\n\n"


def test_a_code_fence_left_open_in_a_details_box_ends_with_the_box():
    text = (_box("What is hoisting?", "- Declarations move to the top of their scope.\n\n```js\nconsole.log(x);\nvar x = 1;")
            + _box("What is a closure?", "- A function with the variables it closed over.")
            + _box("What does this print?", "```js\nconsole.log(typeof null)\n```"))
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == ["What is hoisting?", "What is a closure?", "What does this print?"]
    assert "var x = 1;" in pairs[0][1] and "closed over" in pairs[1][1]


_ACCORDION = ("```html\n<details>\n  <summary>One</summary>\n  First\n</details>\n<details>\n  <summary>Two</summary>\n"
              "  Second\n</details>\n```")  # code that writes boxes of its own
_BOX_END = "```html\n  <p>Hidden text</p>\n</details>\n<p>Shown again</p>\n```"  # code that ends a box, and starts none


@pytest.mark.parametrize(("question", "code", "kept"), [
    ("How do you build an accordion without JavaScript?", _ACCORDION, "<summary>Two</summary>"),
    ("How does a collapsible box end?", _BOX_END, "<p>Shown again</p>")])
def test_code_in_a_box_that_ends_no_box_of_the_page_is_kept_whole(question: str, code: str, kept: str):
    pairs = read_pairs(_box(question, code) + _box("What is ARIA?", "Roles and states."))
    assert [title for title, _answer in pairs] == [question, "What is ARIA?"]
    assert kept in pairs[0][1]


def test_a_fence_outside_any_box_is_left_as_it_is_after_a_box_on_one_line():
    between = "```html\n  <p>First</p>\n</details>\n<details>\n  <summary>Second</summary>\n```"
    text = ("## What is a details box?\n\n<details><summary>Show</summary>A box that hides its content.</details>\n\n"
            "## How do you show where one box ends and the next begins?\n\n" + between + "\n\n"
            "## What is ARIA?\n\nRoles and states.\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == ["What is a details box?",
                                                    "How do you show where one box ends and the next begins?", "What is ARIA?"]
    assert "<summary>Second</summary>" in pairs[1][1]


_TOPICS = ["Session management", "JWT security", "Secrets management", "Input handling", "SSRF and egress"]


def _counted(count: int) -> str:
    items = "".join(f"{n}. **{topic}**\n   **Good answers include:** the {topic.lower()} points.\n\n"
                    for n, topic in enumerate(_TOPICS, start=1))
    return f"# AppSec question bank\n\n## Theory ({count})\n\n{items}"


def test_list_items_a_heading_counts_are_its_questions_though_they_name_topics():
    pairs = read_pairs(_counted(len(_TOPICS)))
    assert [title for title, _answer in pairs] == _TOPICS
    assert pairs[1][1] == "**Good answers include:** the jwt security points."


def test_a_count_that_does_not_match_the_items_makes_no_questions_of_them():
    assert [title for title, _answer in read_pairs(_counted(len(_TOPICS) + 1))] != _TOPICS


def test_an_items_answer_written_past_the_list_runs_to_the_next_item_numbered_on():
    tasks = [("Fix a CORS misconfiguration", "app.use(cors({ origin: '*', credentials: true }));", "List the origins."),
             ("Parameterize a query", "db.query(`SELECT * FROM t WHERE id=${id}`);", "Pass the values apart."),
             ("Harden JWT checks", "jwt.verify(token, key);", "Pin the algorithm and check the audience.")]
    text = "## Practical tasks (3)\n\n" + "".join(
        f"{n}. **{task}**\n   **Snippet:**\n\n```js\n{code}\n```\n\n**Good answer:** {good}\n\n"
        for n, (task, code, good) in enumerate(tasks, start=1))
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == [task for task, _code, _good in tasks]
    assert pairs[0][1].startswith("**Snippet:**\n\n```js\napp.use(")  # the item's own line, out of its indent
    assert pairs[0][1].endswith("**Good answer:** List the origins.")
    assert pairs[2][1].startswith("**Snippet:**\n\n```js\njwt.verify") and pairs[2][1].endswith("check the audience.")


def test_an_items_answer_ends_at_a_rule_after_it():
    text = ("1. **What is JSX?**\n   A syntax extension that looks like HTML.\n\n---\n\n"
            "Notes for the reader: review these weekly.\n\n"
            "2. **What is prop drilling?**\n   Passing props down many layers.\n")
    pairs = read_pairs(text)
    assert pairs[0] == ("What is JSX?", "A syntax extension that looks like HTML.")


def _led(question: str, answer: str) -> str:
    return f"{question}\n{answer}\n\n"


_LED = [(f"What does Spark do with {name}?", f"It {verb} them.") for name, verb in
        [("partitions", "splits"), ("stages", "schedules"), ("shuffles", "writes"), ("joins", "plans"),
         ("caches", "keeps"), ("broadcasts", "ships"), ("accumulators", "adds"), ("checkpoints", "saves")]]


def test_a_run_of_paragraphs_opening_with_a_question_is_a_part_of_its_own_beside_numbered_questions():
    text = ("# Spark questions\n\n" + "".join(_led(q, a) for q, a in _LED)
            + "47) What is YARN?\nA cluster manager.\n\n48) What is Mesos?\nAnother cluster manager.\n\n"
            "49) What is a DAG?\nThe plan of stages.\n")
    titles = [title for title, _answer in read_pairs(text)]
    assert titles == [q for q, _a in _LED] + ["What is YARN?", "What is Mesos?", "What is a DAG?"]


def test_a_few_paragraphs_opening_with_a_question_stay_in_the_answer_they_are_in():
    inner = "".join(_led(q, a) for q, a in _LED[:PART_LINES - 1])
    text = ("1) How does Spark run a job?\nIn steps:\n\n" + inner
            + "2) What is YARN?\nA cluster manager.\n\n3) What is a DAG?\nThe plan of stages.\n")
    assert [title for title, _answer in read_pairs(text)] == [
        "How does Spark run a job?", "What is YARN?", "What is a DAG?"]



def test_a_question_of_the_chosen_pattern_ends_a_run_of_paragraphs_opening_with_a_question():
    half = len(_LED) // 2
    first, second = ("".join(_led(q, a) for q, a in part) for part in (_LED[:half], _LED[half:]))
    text = ("1) How does Spark run a job?\nIn steps:\n\n" + first + "2) What is YARN?\nA cluster manager.\n\n" + second
            + "3) What is a DAG?\nThe plan of stages.\n")
    assert [title for title, _answer in read_pairs(text)] == [
        "How does Spark run a job?", "What is YARN?", "What is a DAG?"]


def test_lists_under_solutions_and_named_answers_headings_answer_the_lists_above_by_number():
    exercises = ["Free a full root filesystem.", "Find what holds a deleted log open.", "Trace a slow DNS lookup."]
    asked = ["How do you secure SSH?", "How do you find a memory leak?", "How do you roll back a deploy?"]
    text = ("## Sample Exercises\n" + "".join(f"{n}. {e}\n" for n, e in enumerate(exercises, start=1))
            + "\n## Solutions\n1. **Disk:** `du -sh /* | sort -h`\n2. **Open files:** `lsof +L1`\n"  # the last one left to do
            + "\n## Sample Interview Questions\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(asked, start=1))
            + "\n## Interview Question Answers\n1. **SSH:** Keys only, no root login.\n"
            "2. **Leaks:** Watch RSS over time, then profile.\n3. **Rollback:** Keep the last release and switch back.\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == exercises + asked
    assert "lsof +L1" in pairs[1][1] and not pairs[2][1] and "Keys only" in pairs[3][1]


def test_a_scenarios_name_over_its_labelled_question_is_no_question_of_its_own():
    scenarios = [("Latency Issues", "Your fraud model got slow. How do you debug it?"),
                 ("Model Performance Drops After Deployment", "Production accuracy fell below validation. Why?"),
                 ("Pipeline Failures Due to Missing Data", "Training fails on missing rows. How do you handle it?")]
    basics = ["What is MLOps?", "What is a feature store?", "What is model drift?", "What is shadow deployment?"]
    text = ("## Basics\n\n" + "".join(f"### {n}. {q}\n- Explain it in a sentence.\n\n" for n, q in enumerate(basics, start=1))
            + "## Scenario questions\n\n" + "".join(f"### Scenario {n}: {name}\n**Question:** {asked}\n\n"
                                                    for n, (name, asked) in enumerate(scenarios, start=1)))
    assert [title for title, _answer in read_pairs(text)] == basics + [asked for _name, asked in scenarios]


_CSHARP = [("What are value types?", "Types whose variables hold the data itself."),
           ("What is boxing?", "Wrapping a value type in an object.")]


def test_a_four_backtick_markdown_fence_around_the_first_part_is_read_as_the_page():
    inside = "".join(f"### Q{n}: {q}\n{a}\n\n" for n, (q, a) in enumerate(_CSHARP, start=1))
    text = ("### C# Q&A\n\n````markdown\n# C# interview\n\n" + inside
            + "### Q3: What is method overloading?\nSame name, other parameters.\n\n```csharp\nint Add(int a, int b) => a + b;\n"
            "````\n\n## More\n\n### Q4: What is a record?\nA class with value equality.\n\n"
            "```csharp\nrecord Point(int X);\n```\n\n"
            "### Q5: What is `dynamic`?\nA type checked at run time.\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == [q for q, _a in _CSHARP] + [
        "What is method overloading?", "What is a record?", "What is `dynamic`?"]
    assert "int Add(int a, int b)" in pairs[2][1] and "## More" not in pairs[2][1]


def test_a_stray_fence_in_a_three_backtick_markdown_wrapper_is_left_to_close_at_the_end():
    inside = "".join(f"### {n}. {q}\n\n**Q{n}.** {q}\n\n- A) {a}\n\n**Answer:** A\n\n---\n\n"
                     for n, (q, a) in enumerate(_CSHARP, start=1))
    text = ("## C# guide\n\n```md\n# C# MCQ guide\n\n---\n\n```md\n" + inside
            + "### 3. What is `var`?\n\n- A) Inferred\n```\n\n---\n")
    assert [title for title, _answer in read_pairs(text)][:2] == [q for q, _a in _CSHARP]


def test_bold_questions_after_a_mark_are_the_questions_and_the_answers_labels_are_not():
    asked = ["What are build runners, and how do they work?", "How do you keep secrets out of a pipeline?",
             "How do you roll back a bad deploy?"]
    text = "".join(f"❓ **{n}. {q}**\n\nRunners are machines that run the jobs.\n\n🔧 **How they work:**\n\n"
                   "Poll the server, run the steps, report back.\n\n" for n, q in enumerate(asked, start=1))
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == asked
    assert "**How they work:**" in pairs[0][1]


_BASICS = ["What is a Kafka topic?", "What is a Kafka partition?", "How does Kafka store offsets?",
           "What does a Kafka broker do?"]
_ADVANCED = ["How do you tune Kafka for throughput?", "How does Kafka elect a leader?", "How do you debug consumer lag?",
             "What do Kafka transactions give you?"]
_SPRING = ["How do you wire Kafka into a Spring Boot app?", "How do you retry failed records in Spring Boot?",
           "How does @KafkaListener work in Spring Boot?", "How do you send with KafkaTemplate in Spring Boot?",
           "How do you test a Kafka consumer in Spring Boot?", "How do you batch records in Spring Boot?"]
_SCENARIOS = ["A consumer group lags behind. What do you check first?", "A broker dies in production. What happens?",
              "Partitions are unevenly loaded. How do you fix it?", "How would you secure Kafka traffic?"]


def test_a_list_partly_answered_below_keeps_the_questions_the_answers_leave_out():
    def listed(title: str, questions: list[str]) -> str:
        return f"### {title}\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(questions, start=1)) + "\n---\n\n"

    def answered(title: str, questions: list[str]) -> str:
        return f"### {title}\n\n" + "".join(f"#### **{n}. {q}**\n- Kafka does it this way.\n\n"
                                            for n, q in enumerate(questions, start=1))
    text = ("# Kafka interview questions\n\n" + listed("Basic Kafka Questions", _BASICS)
            + answered("Answers to the Basic Kafka Questions", _BASICS) + listed("Advanced Kafka Questions", _ADVANCED)
            + listed("Kafka and Spring Boot Questions", _SPRING)
            + answered("Answers to Advanced Kafka Questions", _ADVANCED)
            + answered("Answers to Kafka and Spring Boot Questions", _SPRING[:3])
            + listed("Scenario-Based Questions", _SCENARIOS))
    pairs = read_pairs(text)
    assert sorted(title for title, _answer in pairs) == sorted(_BASICS + _ADVANCED + _SPRING + _SCENARIOS)
    assert {title for title, answer in pairs if not answer} == set(_SPRING[3:] + _SCENARIOS)


def test_a_list_sharing_only_the_documents_subject_with_the_questions_asks_questions_of_its_own():
    asked = ["What are design patterns, and why use them in Haxe?", "Explain the Singleton pattern in Haxe.",
             "How does the Factory Method pattern differ from Abstract Factory in Haxe?",
             "What are the benefits of the Strategy pattern in Haxe?", "Describe the role of Haxe macros in design patterns."]
    check = ["Explain structural versus behavioral design patterns.",
             "Describe how Haxe's cross-platform targets influence the implementation of design patterns.",
             "Discuss how type inference in Haxe changes the way you write patterns."]
    quiz = ["Which pattern adapts one interface to another in Haxe?",
            "Which pattern lets Haxe code pick an algorithm at run time?"]
    text = ("## Sample Interview Questions\n\n" + "".join(f"#### Question {n}: {q}\n\nIt works so.\n\n" for n, q in
                                                          enumerate(asked, start=1))
            + "### Knowledge Check Questions\n\n" + "".join(f"- {q}\n" for q in check)
            + "\n## Quiz\n\n" + "".join(f"#### Question {n}: {q}\n\nThat one.\n\n" for n, q in enumerate(quiz, start=6)))
    assert [title for title, _answer in read_pairs(text)] == asked + check + quiz


def test_a_counted_sections_own_questions_are_counted_not_the_points_of_their_answers():
    nested = ("# Kubernetes interview questions\n\n## Pods (2)\n\n1. What is a pod?\n   The smallest deployable unit.\n"
              "   - **Containers**: one or more.\n   - **Network**: one IP shared.\n"
              "2. What is a sidecar?\n   A helper container in the pod.\n")
    in_items = nested.replace("   - **Containers**: one or more.\n   - **Network**: one IP shared.\n",
                              "\n   **Containers**: one or more.\n\n   **Network**: one IP shared.\n\n")
    stale = nested + "3. What is an init container?\n   One that runs to completion before the others.\n"  # (2) of old
    for text in (nested, in_items, stale):
        pairs = read_pairs(text)
        assert [title for title, _answer in pairs][:2] == ["What is a pod?", "What is a sidecar?"]
        assert "one IP shared" in pairs[0][1]


def test_paragraphs_opening_with_a_question_under_a_line_that_introduces_follow_ups_stay_in_the_answer():
    follow_ups = "".join(_led(q, a) for q, a in _LED)
    text = ("## 1. How does Spark run a job?\n\nIt builds a plan of stages and runs their tasks.\n\n"
            "Common follow-ups an interviewer may ask:\n\n" + follow_ups
            + "## 2. What is YARN?\n\nA cluster manager.\n\n## 3. What is a DAG?\n\nThe plan of stages.\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == ["How does Spark run a job?", "What is YARN?", "What is a DAG?"]
    assert _LED[-1][1] in pairs[0][1]


def test_a_run_under_a_caption_ending_in_a_colon_is_still_a_part_of_its_own():
    text = ("1) How does Spark run a job?\nIt plans stages. The diagram below shows this:\n\n"
            + "".join(_led(q, a) for q, a in _LED)
            + "2) What is YARN?\nA cluster manager.\n\n3) What is a DAG?\nThe plan of stages.\n")
    titles = [title for title, _answer in read_pairs(text)]
    assert titles == ["How does Spark run a job?", *(q for q, _a in _LED), "What is YARN?", "What is a DAG?"]



def test_an_answer_quoted_right_under_its_nested_item_is_its_answer():
    asked = [("What is Terraform?", "A tool that provisions infrastructure from code."),
             ("What does a provider do?", "It connects Terraform to one cloud's API."),
             ("How does Terraform order resources?", "From the references between them, or depends_on.")]
    text = "### Q&A\n\n* #### Terraform basics (3 questions)\n\n" + "".join(f"    * {q}\n    > {a}\n" for q, a in asked)
    assert read_pairs(text) == asked


def test_a_quote_after_a_blank_line_under_nested_questions_answers_none_of_them():
    asked = ["What is Terraform?", "What does a provider do?", "How does Terraform order resources?"]
    text = ("### Questions\n\n* #### Terraform basics (3 questions)\n\n" + "".join(f"    * {q}\n" for q in asked)
            + "\n    > Practise these aloud before the interview.\n\n* #### State (1 question)\n\n    * What is a state file?\n")
    assert [answer for _title, answer in read_pairs(text)] == ["", "", "", ""]
