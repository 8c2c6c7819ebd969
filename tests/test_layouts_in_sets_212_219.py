"""Layouts met in held-out sets 212–219, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def _questions(text: str) -> list:
    return parse_markdown(text, pack="x").questions


def test_keycap_numbers_with_the_cap_on_the_last_digit_number_paragraphs_that_ask_or_request():
    # "11️⃣" is "1" then "1️⃣": the number is eleven; a paragraph numbered so is a question whether or not it asks
    lines = ["# Warm-up Set", ""]
    asked = ["Define a token in your own words.", "Why does a long context cost more?",
             "Describe the steps of a retrieval pipeline.", "List two causes of hallucination.",
             "How does temperature change the output?"]
    for number, text in zip((9, 10, 11, 12, 13), asked, strict=True):
        cap = "🔟" if number == 10 else f"{str(number)[:-1]}{str(number)[-1]}\ufe0f\u20e3"
        lines += [f"{cap} {text}", ""]
    lines += ["## Answer Key", "", "| Q# | Expected answer |", "| --- | --- |",
              "| 9 | The unit a model reads, a word or part of one. |", "| 10 | Attention grows with its square. |",
              "| 11 | Embed, search, rank, then generate. |", "| 12 | Gaps in data, decoding by chance. |",
              "| 13 | Higher spreads the choice, lower sharpens it. |", ""]
    pairs = read_pairs("\n".join(lines))
    assert [title for title, _ in pairs] == asked
    assert [answer for _, answer in pairs] == ["The unit a model reads, a word or part of one.",
                                               "Attention grows with its square.", "Embed, search, rank, then generate.",
                                               "Gaps in data, decoding by chance.",
                                               "Higher spreads the choice, lower sharpens it."]


_KEYED_BY_LIST = """# Quiz Linux

## Questions

### 1. Which command prints the working directory?

- [ ] A. ls
- [ ] B. pwd
- [ ] C. cd

### 2. Which file lists the users?

- [ ] A. /etc/passwd
- [ ] B. /etc/hosts
- [ ] C. /etc/fstab

### 3. What does the following line show?

```
<<<<<<< HEAD
mine
=======
theirs
>>>>>>> topic
```

- [ ] A. A merge conflict
- [ ] B. A diff header

## {heading}

*(For the teacher.)*

1. B
2. A) /etc/passwd
3. A
"""


def test_a_numbered_list_under_an_answers_heading_in_another_language_answers_headed_questions():
    for heading in ("Respuestas correctas", "Correction", "Réponses"):
        questions = _questions(_KEYED_BY_LIST.format(heading=heading))
        assert [q.answer for q in questions] == ["B", "A) /etc/passwd", "A"], heading
        # the unticked options are what each question shows, and a conflict shown in code keeps its markers
        assert questions[0].prompt == "- [ ] A. ls\n- [ ] B. pwd\n- [ ] C. cd"
        assert "<<<<<<< HEAD" in questions[2].prompt + questions[2].answer
    # A heading that is no answers' heading leaves the list as it is: no question takes an entry of it
    assert [q.answer for q in _questions(_KEYED_BY_LIST.format(heading="Further reading"))][:2] == ["", ""]


def test_answer_headings_after_questions_that_show_code_and_options_answer_them():
    lines = ["### Python Quiz", ""]
    for number, code in enumerate(("print(bool(None))", "print(len('ab'))", "print(3 // 2)"), start=1):
        lines += [f"#### Question {number}", "What will be the output of the following code?", "```python", code, "```",
                  "a) one  ", "b) two  ", "c) an error", ""]
    lines += ["---", "The answers:", ""]
    for number, answer in enumerate(("b) False", "b) 2", "a) 1"), start=1):
        lines += [f"#### Answer {number}", answer, f"**Explanation:** reason {number}.", ""]
    questions = _questions("\n".join(lines))
    assert [q.answer.split("\n")[0] for q in questions] == ["b) False", "b) 2", "a) 1"]
    assert all(q.prompt.startswith("```python") and "c) an error" in q.prompt for q in questions)


def test_bold_and_labelled_lines_that_carry_one_label_are_one_series():
    # A chat's replies pasted one after another: "**Q1. …?**" (hard-wrapped) in one, "**Q1.** …" in the others
    parts = []
    for reply in range(1, 6):
        parts.append(f"**Q{reply}. What will be printed in part {reply}\nof the first reply?**\n\n- A. true\n- B. false\n\n"
                     "**Answer: B. false**\n")
        parts += [f"**Q{n}.** Which flag sets the heap size, case {(reply - 1) * 4 + n}?\n\n- A. -Xmx\n- B. -Xss\n\n"
                  "**Answer:** A. -Xmx\n" for n in range(1, 5)]
    questions = _questions("**Java MCQs**\n\n" + "\n".join(parts))
    assert len(questions) == 25
    assert all(q.answer for q in questions)


def test_an_id_heading_over_the_question_paragraph_and_a_korean_answer_box():
    written = [("Pod와 Deployment의 차이를 설명해주세요.", "Pod는 실행 단위이고 Deployment는 그것을 관리합니다."),
               ("Service는 왜 필요한가요?", "Pod의 주소가 바뀌어도 같은 이름으로 찾기 위해서입니다."),
               ("etcd의 역할을 설명해주세요.", "클러스터의 상태를 저장합니다.")]
    lines = ["# Kubernetes", ""]
    for number, (asked, answer) in enumerate(written, start=1):
        lines += [f"### K8S-{number:03d}", asked, "", "<details>", "<summary>답변</summary>", "", answer, "", "</details>", ""]
    assert read_pairs("\n".join(lines)) == written


def test_titled_boxes_of_a_site_generator_are_read_as_their_markdown():
    expand = ("# Backend Questions\n\n"
              '<expand title="When would you choose REST over GraphQL?">\n**Question:** When would you choose REST over '
              "GraphQL?\n\n**Answer:**\nWhen caching over HTTP matters:\n\n```js\napp.get('/a', handler);\n</expand>\n\n"
              '<expand title="How do services talk to each other?">\n**Question:** How do services talk to each other?\n\n'
              "**Answer:** Over HTTP calls or through a queue.\n</expand>\n\n"
              '<expand title="What is idempotency?">\n**Question:** What is idempotency?\n\n'
              "**Answer:** Doing it twice leaves what doing it once leaves.\n</expand>\n")
    pairs = read_pairs(expand)
    assert [title for title, _ in pairs] == ["When would you choose REST over GraphQL?",
                                             "How do services talk to each other?", "What is idempotency?"]
    # the box's end closes the code left open in it, so the next box is no code
    assert pairs[0][1].startswith("When caching over HTTP matters:") and "</expand>" not in pairs[0][1]
    assert pairs[2][1] == "Doing it twice leaves what doing it once leaves."
    hugo = ('---\ntitle: "Redis"\n---\n\n{{< details "Redis 有哪些数据结构？" >}}\nString, Hash, List.\n{{< /details >}}\n\n'
            '{{< details "Redis 如何持久化？" >}}\nRDB 和 AOF。\n{{< /details >}}\n\n'
            '{{% details title="什么是缓存雪崩？" %}}\n大量 key 同时过期。\n{{% /details %}}\n')
    assert read_pairs(hugo) == [("Redis 有哪些数据结构？", "String, Hash, List."), ("Redis 如何持久化？", "RDB 和 AOF。"),
                                ("什么是缓存雪崩？", "大量 key 同时过期。")]


_TASKS = """Here are some queries you will be asked to write.

## Top SQL Queries Asked in Experienced Interviews

### 1. **Top N Records**

**Q:** Fetch the three best-paid employees.

```sql
SELECT name FROM staff ORDER BY pay DESC LIMIT 3;
```

### 2. **Second Highest Pay**

```sql
SELECT MAX(pay) FROM staff WHERE pay < (SELECT MAX(pay) FROM staff);
```

### 3. **Staff in Several Teams**

```sql
SELECT id FROM membership GROUP BY id HAVING COUNT(*) > 1;
```

### 4. **Running Total**

```sql
SELECT day, SUM(amount) OVER (ORDER BY day) FROM sales;
```

### 5. **Duplicate Emails**

```sql
SELECT email FROM users GROUP BY email HAVING COUNT(*) > 1;
```

### 6. **Nth Highest Pay**

**Q:** Find the fifth-highest pay.

```sql
SELECT DISTINCT pay FROM staff ORDER BY pay DESC LIMIT 1 OFFSET 4;
```

### 7. **Orders per Customer**

```sql
SELECT customer, COUNT(*) FROM orders GROUP BY customer;
```

### 8. **Customers Without Orders**

```sql
SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer = c.id WHERE o.id IS NULL;
```
"""


def test_numbered_task_headings_a_few_with_a_labelled_question_right_under_them_are_the_questions():
    pairs = read_pairs(_TASKS)
    assert [title for title, _ in pairs] == ["Top N Records", "Second Highest Pay", "Staff in Several Teams",
                                             "Running Total", "Duplicate Emails", "Nth Highest Pay",
                                             "Orders per Customer", "Customers Without Orders"]
    assert all("SELECT" in answer for _, answer in pairs)
    # (a part's heading over a list of what is asked is a recap, no title over the questions)
    recap = ("# SQL Notes\n\n## Joins\n\n**Q:** What does a left join keep?\n\n**A:** Every row of the left table.\n\n"
             "## Top 3 Most Likely Asked in Interviews\n\n1. Joins\n2. Indexes\n3. Window functions\n")
    assert [title for title, _ in read_pairs(recap)] == ["What does a left join keep?"]


def test_quiz_items_typed_by_a_bold_label_are_questions_whatever_their_words():
    items = [("True/False", "ORDER BY sorts in descending order unless told otherwise.", "False."),
             ("Select the correct answer", "Which keyword removes duplicate rows?\n\nA. UNIQUE  \nB. DISTINCT", "B. DISTINCT."),
             ("Complete the SQL code", "Count the rows of the orders table.", "`SELECT COUNT(*) FROM orders;`"),
             ("Correct the SQL code", "This query forgets its grouping: `SELECT team, AVG(pay) FROM staff;`",
              "Add `GROUP BY team`."),
             ("Multiple correct answers", "Which of these are aggregate functions: COUNT, WHERE, SUM?", "COUNT and SUM.")]
    text = "# SQL Practice Quiz\n\n" + "\n---\n\n".join(f"**{label}:** {statement}\n\n**Answer:** {answer}\n\n"
                                                        "**Explanation:** Because.\n\n" for label, statement, answer in items)
    questions = _questions(text)
    assert [q.title.split(":")[0] for q in questions] == [label for label, _, _ in items]
    assert [q.answer.split("\n")[0] for q in questions] == [answer for _, _, answer in items]


_NUMBERED_SECTIONS = """# NumPy Interview Guide

## Theory

#### 1. What is the main gain of an array over a list?

* **Expected Answer**: Speed and memory: one packed block of one type.

#### 2. `view()` vs `copy()`: memory.

* **Question**: If `b = a[0:5]`, does changing `b` change `a`?
* **Expected Answer**: Yes, a slice is a view of the same buffer.

#### 3. Vectorization vs loops.

* **Question**: Why is `np.sum(x)` faster than `sum(x)`?
* **Expected Answer**: The loop runs in C over packed data.

## Coding

#### 1. Filter by condition

**Question**: Replace the odd numbers of `arr` with -1.

```python
arr[arr % 2 == 1] = -1
```

#### 2. Create and reshape

**Question**: Make the numbers 0 to 8 into a 3x3 matrix.

```python
np.arange(9).reshape(3, 3)
```
"""


def test_numbered_headings_each_holding_at_most_one_labelled_question_right_under_them_are_the_questions():
    questions = _questions(_NUMBERED_SECTIONS)
    assert [q.title for q in questions] == ["What is the main gain of an array over a list?", "`view()` vs `copy()`: memory.",
                                            "Vectorization vs loops.", "Filter by condition", "Create and reshape"]
    assert all(q.answer for q in questions)
    assert "Replace the odd numbers of `arr` with -1." in questions[3].prompt + questions[3].answer
    # A question under a sub-heading of its section belongs to a topic ("#### Example Question:"): the sections
    # are topics, and the questions are read as they are
    topical = _NUMBERED_SECTIONS.replace("**Question**: Replace", "##### Example Question\n\n**Question**: Replace")
    assert "Filter by condition" not in [q.title for q in _questions(topical)]


def test_numbered_headings_under_a_chinese_advice_heading_are_no_questions():
    text = ("# JavaScript 面试题\n\n## 高频面试题\n\n"
            + "".join(f"### {n}. 主题{n}\n\n**问题**：什么是第{n}个概念？\n\n**答案**：它是第{n}个概念的解释。\n\n"
                      for n in range(1, 5))
            + "## 💡 答题技巧\n\n### 1. 结构化回答\n\n先说定义，再说用法。\n\n### 2. 常见追问\n\n准备好例子。\n")
    assert [title for title, _ in read_pairs(text)] == [f"什么是第{n}个概念？" for n in range(1, 5)]
    # "面试技巧总结" (a summary of interview tips) after heading questions: its numbered points are advice
    summary = ("# MySQL 面试题\n\n" + "".join(f"### Q{n}: 第{n}个机制的原理是什么？\n\n它靠第{n}个结构实现。\n\n"
                                               for n in range(1, 5))
               + "## 面试技巧总结\n\n" + "".join(f"{n}. **理解第{n}个原理**\n\n- 多准备例子\n\n" for n in range(1, 5)))
    assert [title for title, _ in read_pairs(summary)] == [f"第{n}个机制的原理是什么？" for n in range(1, 5)]


def test_a_checklist_of_question_ranges_names_parts_and_asks_nothing():
    text = ("# Angular Questions\n\n" + "".join(
        f"### Q{n}: What does feature {n} do?\n\n**Answer:** It does thing {n}.\n\n" for n in range(1, 7))
        + "## ✅ Self-Assessment Checklist\n\n- [ ] Q1-3: Basics\n- [ ] Q4-6: Forms\n")
    asked = [f"What does feature {n} do?" for n in range(1, 7)]
    assert [title for title, _ in read_pairs(text)] == asked
    assert [title for title, _ in read_pairs(text.replace("Self-Assessment Checklist", "Progress"))] == asked


def test_plain_text_questions_at_the_ends_of_multi_line_answers_and_part_titles():
    text = ("Basic Concepts\nWhat is a pod?\n\nThe smallest unit that runs.\nIt holds one or more containers.\n"
            "What is a node?\n\nA machine that runs pods.\nStorage\nWhat is a volume?\n\nStorage a pod can mount.\n"
            "What is a claim?\n\nA request for storage.\nCommands\nHow do you read logs?\n\nkubectl logs <pod>\n"
            "How do you scale a deployment?\n\nkubectl scale with a replica count.\n"
            "What is a namespace?\n\nA way to split a cluster.\n")
    titles = [title for title, _ in read_pairs(text)]
    assert titles == ["What is a pod?", "What is a node?", "What is a volume?", "What is a claim?", "How do you read logs?",
                      "How do you scale a deployment?", "What is a namespace?"]
    # a question numbered on the line above it is read as numbered, not as the end of another answer, whether
    # it asks or requests
    numbered = "".join(f"{n}.\n{f'Which option is right, case {n}?' if n % 3 else f'Pick the option that holds for case {n}.'}"
                       "\n\nA. This one.\n_Incorrect._\n\n**B. That one.**\n_Feedback: because._\n\n" for n in range(1, 10))
    assert len(read_pairs(numbered)) == 9


def test_problem_in_chinese_says_nothing_of_questions_and_a_topic_heading_keeps_its_answer():
    text = ("# 数组和切片的区别；\n  - 数组定长，切片可变；\n  - 切片是一个指针类型\n"
            "# map的底层实现\n  - 底层是一个hashtable，每个bucket最多存8个元素，满了则创建溢出桶来解决hash冲突问题\n"
            "  - 扩容条件：负载因子超过6.5\n"
            "# channel的底层实现\n  - 线程安全的通道，先进先出，带缓冲时用环形队列\n"
            "# select的用法，有哪些场景\n  - 同时等待多个channel\n"
            "# GMP实现底层原理\n  - G是协程，M是线程，P是调度上下文\n")
    assert [title for title, _ in read_pairs(text)] == ["数组和切片的区别；", "map的底层实现", "channel的底层实现",
                                                        "select的用法，有哪些场景", "GMP实现底层原理"]


def test_numbered_parts_of_the_last_answer_do_not_carry_the_questions_numbering_on():
    text = ("# Databases\n\n## A. Basics\n\n### 1. What is a transaction?\n\nA unit of work done whole or not at all.\n\n"
            "### 2. What is an index?\n\nA structure that finds rows fast.\n\n## B. Speed\n\n"
            "### 1. What is a query plan?\n\nThe steps the engine will take.\n\n### 2. How does caching help?\n\n"
            + "".join(f"#### {n}. Cache layer {n}\n\nIt keeps layer {n} close.\n\n" for n in range(1, 7)))
    assert [title for title, _ in read_pairs(text)] == ["What is a transaction?", "What is an index?",
                                                        "What is a query plan?", "How does caching help?"]


def test_bold_topic_lines_over_lists_in_a_document_that_says_it_is_questions():
    text = ("Short answers for the interview.\n\n## Go Questions\n\n" + "".join(
        f"**{topic}**\n- {first}\n- {second}\n\n" for topic, first, second in (
            ("Slices", "A view of an array with a length and a capacity", "append may copy"),
            ("Maps", "Hash tables, not safe across goroutines", "order of iteration is random"),
            ("Goroutines", "Light threads run by the runtime", "the stack grows as needed"),
            ("Channels", "Typed pipes between goroutines", "a closed one still yields zero values"),
            ("Context", "Carries cancellation and deadlines", "pass it first"))))
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == ["Slices", "Maps", "Goroutines", "Channels", "Context"]
    assert pairs[0][1] == "- A view of an array with a length and a capacity\n- append may copy"
    # a document that says nothing of questions is not read so
    assert read_pairs(text.replace("## Go Questions", "## Go Notes")) == []


def test_what_you_will_learn_is_about_the_document():
    text = ("# Decision Trees\n\n### What You'll Learn\n\n- How trees split\n- Why forests help\n\n"
            "### How does a tree split?\n\nBy the feature that lowers impurity most.\n\n"
            "### What is bagging?\n\nTraining on resamples and averaging.\n\n### What is entropy?\n\nA measure of disorder.\n")
    assert [title for title, _ in read_pairs(text)] == ["How does a tree split?", "What is bagging?", "What is entropy?"]


def test_a_labelled_question_whose_answer_opens_with_a_page_title_a_level_above():
    text = ("# Security Questions\n\n## Q1: Walk me through the first day after a breach\n\nContain, then tell, then fix.\n\n"
            "## Q2: If the budget is cut by a third what do you keep\n\n# Keeping what matters\n\n## Context\n\n"
            "Protect what the business cannot lose.\n\n## Step 1: Identity\n\nKeep MFA on.\n\n"
            "## Q3: Explain ransomware to the board\n\nIt locks your files and sells you the key.\n")
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == ["Walk me through the first day after a breach",
                                             "If the budget is cut by a third what do you keep",
                                             "Explain ransomware to the board"]
    assert "Protect what the business cannot lose." in pairs[1][1] and "Keep MFA on." in pairs[1][1]


def test_a_key_after_each_topic_under_a_bold_label_numbers_on_with_its_questions():
    # "**Answer Key (Topic 2)**" right over "11. **D**: …": Markdown reads a list numbered from 11 as more of the
    # label's paragraph; each topic's key answers its own questions, and the unticked boxes are what they show
    def topic(first: int) -> str:
        return "".join(f"{n}.  **Which statement about case {n} holds?**\n    - [ ] It compiles.\n    - [ ] It fails.\n"
                       "    <br>\n\n" for n in range(first, first + 3))

    text = (f"### Topic 1: Basics\n\n{topic(1)}**Answer Key (Topic 1)**\n1.  **A**: because one.\n2.  **B**: because two.\n"
            f"3.  **A**: because three.\n\n---\n\n### Topic 2: Objects\n\n{topic(4)}"
            "**Answer Key (Topic 2)**\n4. **B**: because four.\n5. **A**: because five.\n6. **B**: because six.\n")
    text = text.replace("**Which statement about case 5 holds?**\n", "**What does the following code print?**\n"
                        "    ```java\n    System.out.println(1 / 2);\n    ```\n")
    pack = parse_markdown(text, pack="x")
    questions = pack.questions
    # check counts the choices as the questions' own lines: nothing is said to be left out
    assert pack.layout is not None and not [note for note in pack.layout.notes if note.startswith("left out")]
    assert [q.answer for q in questions] == [f"**{letter}**: because {word}." for letter, word in zip(
        "ABABAB", ("one", "two", "three", "four", "five", "six"), strict=True)]
    assert [q.prompt for q in questions] == ["- [ ] It compiles.\n- [ ] It fails."] * 4 + [
        "```java\nSystem.out.println(1 / 2);\n```\n- [ ] It compiles.\n- [ ] It fails.", "- [ ] It compiles.\n- [ ] It fails."]


def test_a_part_numbering_its_headings_afresh_goes_on_with_the_series_after_parts_that_did():
    def part(name: str, titles: list[str]) -> str:
        return f"## {name}\n\n" + "".join(f"### {n}. {title}\n\n它的要点写在这里，第{n}条。\n\n"
                                          for n, title in enumerate(titles, start=1))

    text = ("# Spring 深度面试题\n\n" + part("核心问题", ["自动配置的原理是什么？", "事务传播机制", "缓存机制"])
            + part("云端问题", ["服务发现的工作原理", "负载均衡的实现原理", "配置中心的使用"])
            + part("高级特性", ["异步处理", "分布式事务"]) + part("性能优化", ["应用调优", "微服务调优"]))
    titles = [title for title, _ in read_pairs(text)]
    assert titles[-4:] == ["异步处理", "分布式事务", "应用调优", "微服务调优"] and len(titles) == 10


def test_numbered_topic_lines_that_ask_are_plain_questions_where_the_numbers_make_no_series_of_questions():
    text = ("1️⃣ What “Scaling” Really Means\n\nYou should say: handling more load without slowing down.\n\n"
            "👉 Interviewer may ask:\n\nWhich kind is better and why?\n\nCorrect answer:\n\nAdding machines, since one "
            "machine has limits.\n\n2️⃣ Stateless Services\n\nNo session kept on the server.\n\n"
            "3️⃣ Why Queues Are Used\n\nThey decouple producers and consumers.\n\n4️⃣ Consistency\n\n"
            "Expect: How do you keep data consistent under many writers?\n\nUse transactions.\n\n"
            "5️⃣ API Design\n\nExample interviewer question:\n\nWhy use POST for payments and GET for a balance?\n\n"
            "POST changes state; GET only reads.\n")
    titles = [title for title, _ in read_pairs(text)]
    assert "What “Scaling” Really Means" in titles and "Why Queues Are Used" in titles
    assert "Stateless Services" not in titles
