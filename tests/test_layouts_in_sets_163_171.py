"""Layouts met in held-out sets 163–171, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown
from llmtui.content.titles import QUESTION, strength


def test_the_interviewers_shorthand_for_a_difference_asks_in_other_languages_too():
    # (one question numbered out of turn, "9" between 2 and 3: what does not ask must still follow the count;
    # only one that asks is taken out of turn)
    text = ("## Les questions Java\n\n- 1 . C'est quoi une classe? Un modèle d'objets.\n\n"
            "- 2 . Qu'est-ce qu'un objet? Une instance.\n\n"
            "- 9 . Différence entre Exception et Error\n  * Error vient de la JVM.\n  * Exception vient du code.\n\n"
            "- 3 . Pourquoi String est immuable? Pour la sécurité.\n\n"
            "- 4 . Unterschied zwischen Heap und Stack\n  * Heap: Objekte.\n  * Stack: Aufrufe.\n\n"
            "- 5 . Oracle JDK vs OpenJDK\n  * Une licence.\n  * Libre.\n\n- 6 . C'est quoi une interface? Un contrat.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "C'est quoi une classe?", "Qu'est-ce qu'un objet?", "Différence entre Exception et Error",
        "Pourquoi String est immuable?", "Unterschied zwischen Heap und Stack", "Oracle JDK vs OpenJDK",
        "C'est quoi une interface?"]
    # A sub-list under an answer, numbered on from the question above, is still the answer's
    nested = ("1. What is a class? A model of objects.\n2. What is an object? An instance.\n"
              "3. Why is String immutable? For safety.\n4. Name the parts of the JVM.\n\n"
              "   It has these parts:\n\n   5. The heap\n   6. The stack\n")
    assert len(read_pairs(nested)) == 4


_NUMBERED_BY_HEADING = """# Perguntas de JavaScript

## ⬛ 1

Qual é o output?

```js
console.log(1 + "1");
```

- A: 2
- B: "11"
<details><summary><b>✅ RESPOSTA CERTA</b></summary>

#### Resposta B

O número vira texto.
</details>

---
## ⬛ 2

Qual é o output?

```js
console.log(typeof null);
```

- A: "object"
- B: "null"

<details><summary><b>✅ RESPOSTA CERTA</b></summary>

#### Resposta A

Um erro antigo da linguagem.
</details>

---
## ⬛ 3

Tudo em JavaScript é ...

- A: objeto
- B: primitivo ou objeto

<details><summary><b>✅ RESPOSTA CERTA</b></summary>

#### Resposta B

Há primitivos e objetos.
</details>
"""


def test_a_heading_that_is_only_a_number_labels_the_question_under_it():
    pack = parse_markdown(_NUMBERED_BY_HEADING, pack="x")
    # the same words over other code ask anew; the code and options are shown, the right answer answers
    assert [q.title for q in pack.questions] == ["Qual é o output?", "Qual é o output?", "Tudo em JavaScript é ..."]
    assert [q.number for q in pack.questions] == [1, 2, 3]
    assert pack.questions[1].prompt == '```js\nconsole.log(typeof null);\n```\n\n- A: "object"\n- B: "null"'
    assert [q.answer for q in pack.questions] == ["#### Resposta B\n\nO número vira texto.",
                                                  "#### Resposta A\n\nUm erro antigo da linguagem.",
                                                  "#### Resposta B\n\nHá primitivos e objetos."]
    # A number over a paragraph that neither asks nor leaves a blank is no label: the paragraph is no question
    told = "## 1\n\nWe started in a garage.\n\n## 2\n\nThen we grew.\n\n## What is a closure?\n\nA function and its scope.\n"
    assert [title for title, _ in read_pairs(told)] == ["What is a closure?"]


def test_a_short_quote_naming_a_topic_asks_where_the_documents_quotes_are_its_questions():
    asked = [f"> What does hook number {n} do?\n\n**Answer:** It runs step {n}.\n\n" for n in range(1, 11)]
    topics = "> `new F` vs `Object.create`\n\nOne runs the constructor, one does not.\n\n"
    note = "> This list is a work in progress, long as it is and with much more to come later on.\n\n> Tip\n\n"
    text = "# Front-end notes\n\n" + "".join(asked[:5]) + topics + "".join(asked[5:]) + note
    titles = [title for title, _ in read_pairs(text)]
    assert titles == [f"What does hook number {n} do?" for n in range(1, 6)] + ["`new F` vs `Object.create`"] + [
        f"What does hook number {n} do?" for n in range(6, 11)]
    # A quote under an answer's label, alone on its line, is that answer
    replied = text.replace(topics, "> What does the last hook do?\n\n**Answer:**\n\n> It cleans up\n\nThen it exits.\n\n")
    assert "It cleans up" not in [title for title, _ in read_pairs(replied)]
    # In a document with a few quoted questions among its headings, a quote naming a topic is a note
    few = ("## What is a closure?\n\nA function and its scope.\n\n> Closures in a loop\n\nThey share the variable.\n\n"
           "## What is hoisting?\n\nDeclarations move up.\n\n> Why?\n\nThe engine reads them first.\n")
    assert [title for title, _ in read_pairs(few)] == ["What is a closure?", "What is hoisting?"]


_WRITTEN_TEST = (
    "### 编程题\n"
    "1. 已知链表节点定义为：\n\t\n\t```\n\tstruct node { struct node *next; };\n\t```\n"
    "\t实现链表反转函数：\n\n\t```\n\tvoid reverse(struct node *head);\n    ```\n\n\t解答：\n\n"
    "\t```\n\tvoid reverse(struct node *head) { /* 逐个翻转 */ }\n\t```\n\n"
    "2. 已知一个整数数组，写一段算法找出最大的数。\n\n\t解答：遍历一次即可。\n\n"
    "3. 已知一张表最多存一千万行，设计分表的方法。\n\n\t解答：按用户编号取模。\n\n"
    "### 问答题\n\n"
    "1. 请解释继承和组合的概念。\n\n\t解答：继承是 is-a，组合是 has-a。\n\n"
    "2. 进程间通信有哪几种方式？\n\n\t解答：管道、消息队列、共享内存。\n\n"
    "## 人力面试\n\n问了一下我的基本情况：\n\n* 哪里毕业的？\n* 为什么想要离开现在的公司？\n* 为什么想去游戏行业？\n"
)


def test_a_written_test_whose_tasks_are_set_by_what_is_given_reads_each_with_its_code_and_answer():
    # (fences indented by a tab, one closed by four spaces: the same column, as Markdown reads it)
    pack = parse_markdown(_WRITTEN_TEST, pack="x")
    # (the questions the candidate was asked on the day, listed without answers, are not the test's)
    assert [q.title for q in pack.questions] == ["已知链表节点定义为：", "已知一个整数数组，写一段算法找出最大的数。",
                                                 "已知一张表最多存一千万行，设计分表的方法。", "请解释继承和组合的概念。",
                                                 "进程间通信有哪几种方式？"]
    first = pack.questions[0]
    # what the task gives (its code and the function to write) is shown; the answer starts after "解答："
    assert first.prompt.startswith("```\nstruct node { struct node *next; };\n```\n实现链表反转函数：")
    assert first.answer == "```\nvoid reverse(struct node *head) { /* 逐个翻转 */ }\n```"
    assert [q.answer for q in pack.questions[1:]] == ["遍历一次即可。", "按用户编号取模。", "继承是 is-a，组合是 has-a。",
                                                      "管道、消息队列、共享内存。"]
    # "已知问题" (known issues) names a section, not a task
    assert [q.title for q in parse_markdown("## 已知问题：\n\n无。\n\n## 什么是闭包？\n\n函数和它的环境。\n",
                                            pack="x").questions] == ["什么是闭包？"]


def test_a_quiz_exported_as_plain_text_marks_its_right_option_with_an_x():
    entries = [("Which layer routes packets?", ["Transport", "x Network", "Session"]),
               ("What does DNS resolve?", ["x Names to addresses", "Addresses to names", "Ports to services",
                                           "Hosts to routes"]),
               ("Which port does HTTPS use by default?", ["80", "8080", "x 443"])]
    text = "".join(f"Question {n}\n{n * 5} / 10 pts\n{asked}\n" + "\n".join(options) + "\n\n"
                   for n, (asked, options) in enumerate(entries, 1))
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [asked for asked, _ in entries]
    assert [q.number for q in pack.questions] == [1, 2, 3]
    assert [q.answer for q in pack.questions] == ["Network", "Names to addresses", "443"]
    assert pack.questions[0].prompt == "- Transport\n- Network\n- Session"
    # Code whose lines start with "x " is no such list of options
    code = "## What does this print?\n\nx = 1\ny = 2\nprint(x + y)\n\nIt prints 3.\n"
    assert read_pairs(code) == [("What does this print?", "x = 1\ny = 2\nprint(x + y)\n\nIt prints 3.")]


def test_fences_that_each_open_with_a_question_hold_the_question_over_its_answer():
    boxes = [("Чем отличаются RWMutex от Mutex?", "RWMutex даёт блокировку для чтения."),
             ("Что выведет данная программа и почему?", "package main\n\nfunc main() { println(1) }\nВывод: 1"),
             ("Что выведет данная программа и почему?", "package main\n\nfunc main() { println(2) }\nВывод: 2"),
             ("Есть ли в Go перегрузка методов?", "Нет, её нет.")]
    text = "#### Запуск сервиса\n" + "".join(f"```shell\n{asked}\n\n{answer}\n```\n" for asked, answer in boxes)
    pack = parse_markdown(text, pack="x")
    # the same words asking what two programs print ask two things: both kept, each with its program
    assert [q.title for q in pack.questions] == [asked for asked, _ in boxes]
    assert [q.answer for q in pack.questions] == [f"```shell\n\n{answer}\n```" for _, answer in boxes]
    # Code fences whose first lines are code comments that ask stay code
    code = "## How do you sum?\n\n" + "".join(f"```python\n# what does line {n} do?\nx = {n}\n```\n" for n in range(4))
    assert [title for title, _ in read_pairs(code)] == ["How do you sum?"]


def test_an_option_marked_correct_answers_its_question():
    text = ("1. What does branching give you?\n   - A) Deleted files\n   - B) A line of work apart **(correct)**\n"
            "   - C) Merged code\n\n2. Which command makes a branch?\n   - A) git start\n   - B) git new\n"
            "   - C) git checkout -b **(correct)**\n\n3. Which option is right here?\n   - A) None marked\n"
            "   - B) Still none\n")
    pack = parse_markdown(text, pack="x")
    assert [q.answer for q in pack.questions] == ["B) A line of work apart", "C) git checkout -b", ""]
    assert pack.questions[1].prompt == "- A) git start\n- B) git new\n- C) git checkout -b"


def test_an_answer_sheet_of_statements_each_labelled_with_its_correct_answer():
    # numbered again in each section, under section lines that are no headings; true-or-false statements and
    # blanks to fill ask too, where each has its labelled answer under it
    text = ('Section 1 (Basics):\n1. "Which of these is NOT a use of Markdown?"\n   Correct Answer: Charts\n\n'
            'Section 2 (JavaScript):\n1. "JavaScript is the same as Java"\n   Correct Answer: False\n\n'
            '2. "JavaScript is used for"\n   Correct Answer: Both client and server\n\n'
            '3. "Which of the following is a way to output something in JavaScript?"\n'
            '   Correct Answer: console.log(something())\n\n'
            '4. "Which symbol starts a single-line comment?"\n   Correct Answer: //\n')
    pack = parse_markdown(text, pack="x")
    assert [q.answer for q in pack.questions] == ["Charts", "False", "Both client and server",
                                                  "console.log(something())", "//"]
    assert [q.prompt for q in pack.questions] == [""] * 5  # (the code after the answer's label is the answer)
    # An arrow or a dash left where the answer goes is none
    assert read_pairs("## What is a class?\n\n->\n\n## What is an object?\n\n-\n") == [
        ("What is a class?", ""), ("What is an object?", "")]


def test_options_under_a_bold_question_in_a_list_item_are_not_questions_of_their_own():
    text = "".join(f"{n}. **Who made language {n}?**  \n   A) Ann  \n   B) Bob  \n   C) Cid  \n   **Answer:** B  \n\n"
                   for n in range(1, 5))
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [f"Who made language {n}?" for n in range(1, 5)]
    assert [q.answer for q in pack.questions] == ["B"] * 4


def test_numbered_headings_typed_without_their_space_and_numbered_with_jumps_are_the_questions():
    topics = [(1, "RealDOM和VirtualDOM的区别"), (2, "React的特点"), (3, "React的主要优点"), (15, "受控组件和非受控组件"),
              (47, "React的Fiber架构"), (48, "React性能优化")]
    text = ("### https://blog.example.com/a\n### hooks: https://blog.example.com/b\n\n#React基础\n" + "".join(
        f"###{n}. {topic}\n    {topic}的要点一；\n    {topic}的要点二。\n" for n, topic in topics))
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [topic for _, topic in topics]
    assert [q.answered for q in pack.questions] == [True] * len(topics)
    # A step numbered 1 under a question's answer, at a deeper level, stays in that answer
    steps = ("### 1. How do you deploy?\n\nIn steps.\n\n#### 1. Build\n\nRun make.\n\n#### 2. Ship\n\nPush it.\n\n"
             "### 2. How do you roll back?\n\nRedeploy the last tag.\n")
    assert [title for title, _ in read_pairs(steps)] == ["How do you deploy?", "How do you roll back?"]


def test_the_clarifying_questions_in_a_design_answer_are_that_answer():
    designs = ["a recommendation system", "a fraud detector", "a search ranker"]
    text = "# ML system design\n\n" + "".join(
        f"### {n}. Design {system}\n\n**Clarifying Questions:**\n- How many users?\n- Real-time or batch?\n"
        f"- What is the budget?\n- How fresh must results be?\n- Which regions?\n- What latency is allowed?\n\n"
        f"**Key Components:**\nData, features, model, serving for {system}.\n\n"
        for n, system in enumerate(designs, 1))
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [f"Design {system}" for system in designs]
    assert all(q.answer.startswith("**Clarifying Questions:**\n- How many users?") for q in pack.questions)


def test_a_rule_inside_an_answers_details_box_does_not_end_the_answer():
    inner = ("#### Decision framework\n\n**Start with these questions**:\n\n"
             + "".join(f"{n}. **{asked}**\n   - It depends.\n\n" for n, asked in enumerate(
                 ["What feedback do you have?", "What is your budget?", "What is your priority?", "Is your data noisy?",
                  "Can you collect fresh data?", "What is your domain?"], 1)))
    text = "# Quiz\n\n" + "".join(
        f"## Question {n}: Topic {n}\n\n**Q{n}:** How does method {n} work? Explain.\n\n<details>\n"
        f"<summary>Click to reveal detailed answer</summary>\n\n### Answer\n\nIt works in steps.\n\n---\n\n"
        f"**Part two**\n\nMore on method {n}.\n\n{inner if n == 2 else ''}</details>\n\n---\n\n" for n in range(1, 4))
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == [f"How does method {n} work? Explain." for n in range(1, 4)]
    assert "What is your domain?" in pack.questions[1].answer


def _sections(names: list[str], tasks: list[list[str]]) -> str:
    return "# Learn SQL\n\n" + "".join(
        f"## {s}. {name}\n\nWebpage: <https://example.org/{s}>.\n\n" + "".join(
            f"### {n}. {task}\n\nThe answer for task {n} of section {s}.\n\n---\n\n" for n, task in enumerate(tasks, 1))
        for s, (name, tasks) in enumerate(zip(names, tasks, strict=True), 1))


def test_a_quizs_tasks_select_and_indicate_and_its_sections_say_they_are_a_quiz():
    selecting = [["Select the code which shows the countries in Europe", "Select the code which shows the biggest one",
                  "Select the result of this code"],
                 ["Select the code which joins two tables", "Select the code which counts goals",
                  "Select the result of this query"]]
    assert [title for title, _ in read_pairs(_sections(["Basics", "Joins"], selecting))] == [
        task for tasks in selecting for task in tasks]
    # sections named as a quiz's hold its questions, numbered from 1 in each, asking or not
    tasks = [["Pick the code which shows the countries in Europe", "Pick the result of this code",
              "Which country is largest?"],
             ["The goal table and the eteam table", "Pick the columns you may use", "Pick the result of this query"],
             ["Two ways to connect movie and actor", "Pick the code which finds nulls", "Pick the result of this one"]]
    assert [title for title, _ in read_pairs(_sections(["SELECT Quiz", "JOIN Quiz", "NULL Quiz"], tasks))] == [
        task for part in tasks for task in part]
    assert strength("You JOIN two tables. Indicate the columns that may be used") == QUESTION
    # SQL's own keyword names a statement, not a task
    assert [title for title, _ in read_pairs("## SELECT statements\n\nThey read rows.\n\n## What is a JOIN?\n\nA match.\n")
            ] == ["What is a JOIN?"]


def test_an_item_typed_without_its_space_before_a_backticked_question_is_an_item():
    text = ("1. `What is your role in a team?`\ne.g. I lead or follow as the work needs.\n\n"
            "2.`If you make a mistake, how do you fix it?`\n  I say so at once and fix it.\n\n"
            "3. What are your long-term goals?\nTo lead teams.\n\n"
            "4.` What tools have you worked with?`\nTips to answer: name the ones you know well.\n\n"
            "5. Are you more Dev or Ops?\nTips to answer: both, as the job needs.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "`What is your role in a team?`", "`If you make a mistake, how do you fix it?`", "What are your long-term goals?",
        "` What tools have you worked with?`", "Are you more Dev or Ops?"]


def test_a_heading_that_is_the_writers_own_answer_label_opens_the_answer():
    asked = ["你怎么看待Java这门语言呢？", "一次编译到处运行怎么实现呢？", "JVM如何加载.class文件？"]
    text = "### JVM可能会问的问题\n" + "".join(
        f"#### 0{n}.{q}\n#### LICSLAN回答: \n     第{n}点：平台无关。\n     第{n}点：面向对象。\n"
        for n, q in enumerate(asked, 1))
    assert read_pairs(text) == [(q, f"第{n}点：平台无关。\n第{n}点：面向对象。") for n, q in enumerate(asked, 1)]


def test_steps_under_their_own_label_beside_a_part_labelled_as_questions_are_not_questions():
    text = ("Cara Instalisasi :\n1. clone project\n2. Jalankan command 'composer install'\n3. Buat database baru\n"
            "4. Buka di dalam browser anda\n\nKnowledge & Experience Questions :\n"
            "1. Apa tantangan terbesar yang pernah anda temui?\n- Membuat situs informasi kota.\n\n"
            "2. Bagaimana penerapan clean code pada project anda?\n- Nama variabel yang jelas.\n\n"
            "3. Apa yang anda ketahui dengan design pattern\n- Saya memakai Adapter.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "Apa tantangan terbesar yang pernah anda temui?", "Bagaimana penerapan clean code pada project anda?",
        "Apa yang anda ketahui dengan design pattern"]
    # ("Apa", what, asks in Indonesian as "Bagaimana", how, does)
    assert strength("Apa itu closure") == QUESTION


def test_a_form_left_blank_under_a_question_is_no_answer():
    text = ("## Behavioral\n\n- [x] Tell me about a conflict in your team.\n  - **Cause:** two plans for one release.\n"
            "  - **Action:** we compared their costs.\n  - **Result:** one plan, shipped on time.\n\n"
            "- [ ] Describe a time you failed.\n  - **Cause:**\n  - **Action:**\n  - **Result:**\n\n"
            "- [ ] What is a closure?\n  - **Explanation:**\n  - **Use:**\n")
    assert [bool(answer) for _, answer in read_pairs(text)] == [True, False, False]


def test_a_bold_label_with_its_number_after_the_colon_labels_the_question_under_it():
    text = ("Вопрос 1.\nЧто такое MVCC?\n\nОтветы:\n1. Версии строк\n2. Блокировки\n\nВыбран 1 ответ.\n\n"
            "Вопрос 2.\nЧто делает VACUUM?\n\nОтвет: чистит мёртвые строки.\n\n"
            "**Вопрос: 3**\nЧто вернёт запрос?\n\n```sql\nselect count(*) from t;\n```\n\n**Правильный ответ:** число строк\n\n"
            "**Вопрос: 4**\nЧто вернёт запрос?\n\n```sql\nselect 1;\n```\n\n**Правильный ответ:** единицу\n")
    pack = parse_markdown(text, pack="x")
    # the same words asking what two queries return ask two things
    assert [(q.number, q.title) for q in pack.questions] == [(1, "Что такое MVCC?"), (2, "Что делает VACUUM?"),
                                                            (3, "Что вернёт запрос?"), (4, "Что вернёт запрос?")]


def test_chinese_questions_numbered_without_the_space_after_the_dot_are_numbered_items():
    asked = ["什么是kafka", "为什么要使用消息队列?", "kafka中的broker 是干什么的?", "什么情况下 broker 会被踢出 isr",
             "kafka 为什么那么快?"]
    text = "kafka面试题(附答案)\n" + "".join(f"{n}.{q}\n\n       第{n}题的答案在这里。\n\n \n\n" for n, q in enumerate(asked, 1))
    assert [title for title, _ in read_pairs(text)] == asked


def test_bare_questions_a_paragraph_each_under_part_names_glued_to_their_first_question():
    answered = "".join(f"Q.{n}) What is stage {n} of a pipeline?\nans : It does step {n}.\n\n" for n in range(1, 4))
    parts = {"🔹 Section 6: Security": ["How do you secure secrets in a pipeline?", "What is the role of Vault?",
                                       "How do you add RBAC to CI tools?"],
             "🔧 Pipeline Setup & Configuration": ["Jenkins builds are slow. How do you optimize your pipeline?",
                                                  "You deploy a React app to S3. Describe the pipeline.",
                                                  "How would you run tests in parallel?"]}
    bare = "".join(f"{name}\n" + "\n\n".join(asked) + "\n\n" for name, asked in parts.items())
    pack = parse_markdown(answered + "\n" + bare, pack="x")
    assert [q.title for q in pack.questions] == [f"What is stage {n} of a pipeline?" for n in range(1, 4)] + [
        asked for part in parts.values() for asked in part]
    assert [q.answered for q in pack.questions] == [True] * 3 + [False] * 6


def test_polish_questions_ask_with_co_jak_and_omow():
    asked = ["Co to jest JVM?", "Jak utworzyć wątek", "Omów typy BigDecimal / BigInteger", "Wymień rodzaje kolekcji",
             "Kiedy stosować kompozycję"]
    text = "# PYTANIA\n## JAVA\n" + "".join(f"#### {q}\n\nOdpowiedź numer {n}.\n\n" for n, q in enumerate(asked)) + (
        "## WĄTKI\n\n#### Notatki\n\n#### Bibliografia\n")
    assert [title for title, _ in read_pairs(text)] == asked


def test_korean_notes_name_what_to_explain_at_the_end_of_the_line():
    for asked in ("네트워크의 개념과 주요 역할을 설명", "전송 계층에서 TCP와 UDP의 차이점", "LAN과 WAN의 개념과 차이",
                  "CDN의 개념과 작동 방식"):
        assert strength(asked) == QUESTION, asked
    # a bare name is a section's, not a question
    assert strength("서브넷 마스크(Subnet Mask)") != QUESTION


def test_a_closing_part_of_interview_tips_under_its_own_title_is_no_second_document_of_questions():
    asked = "".join(f"## 🧠 {n}. What is feature {n} of Python?\n\n### 🔍 Explanation\n\nIt does {n}.\n\n"
                    for n in range(1, 6))
    tips = "".join(f"### ✅ {n}. {tip}\n\nDo it often.\n\n" for n, tip in enumerate(
        ["Think Out Loud", "Use Real-World Examples", "Know Trade-offs", "Write Clean Code"], 1))
    text = f"# Advanced Python Interview Questions\n\n{asked}---\n\n# 🎯 Interview Tips & Tricks (Must Read!) 🔥\n\n{tips}"
    assert [title for title, _ in read_pairs(text)] == [f"What is feature {n} of Python?" for n in range(1, 6)]


def test_a_bold_answer_key_label_over_a_numbered_list_answers_the_questions_by_number():
    asked = ["Which is NOT a type of learning?", "What is a validation set for?", "Which model is lazy?"]
    text = "Here are 3 MCQs:\n\n" + "".join(f"{n}.  **{q}**\n\n    A. One\n    B. Two\n    C. Three\n\n"
                                           for n, q in enumerate(asked, 1)) + "\n**Answer Key:**\n1.  C\n2.  A\n3.  B\n"
    pack = parse_markdown(text, pack="x")
    assert [(q.title, q.answer) for q in pack.questions] == list(zip(asked, ["C", "A", "B"], strict=True))
    assert pack.questions[0].prompt == "- A. One\n- B. Two\n- C. Three"  # (one a line, as Markdown would join them)
    # "**Answer:**" alone labels one answer, not a key: its numbered steps are that answer's
    steps = "".join(f"### **Q{n}: Server {n} is slow. How do you troubleshoot?**\n\n**Answer:**\n\n1. Check load {n}:\n\n"
                    f"   ```bash\n   uptime\n   ```\n2. Which process uses the CPU?\n3. Is IO wait high?\n\n---\n\n"
                    for n in range(1, 5))
    assert [answer.startswith("1. Check load") for _, answer in read_pairs(steps)] == [True] * 4


def test_interview_notes_of_numbered_topics_with_numbered_points_inside_are_the_topics():
    topics = ["Data Link Layer", "Gateway vs Router", "Ping Command", "MAC Address", "TCP Three-Way Handshake",
              "RSA Algorithm", "Hub vs Switch", "IPv4 vs IPv6", "Subnet", "Firewalls", "Load Balancer", "HTTP vs HTTPS",
              "SMTP Protocol", "TCP vs UDP", "VPN", "LAN and WAN"]
    points = {"TCP Three-Way Handshake": "1. **SYN** – the client asks\n2. **SYN-ACK** – the server agrees\n"
                                         "3. **ACK** – the client confirms\n",
              "RSA Algorithm": "1. Choose primes p, q\n2. Compute n = p × q\n3. Choose public key e\n"
                               "4. Compute private key d\n"}
    text = "# 🌐 Computer Networks — Essential Interview Notes\n\nConcepts explained simply.\n\n---\n\n" + "".join(
        f"## {''.join(digit + chr(0xFE0F) + chr(0x20E3) for digit in str(n))} {topic}\n\nWhat {topic} does, in short."
        f"\n\n{points.get(topic, '')}\n---\n\n" for n, topic in enumerate(topics, 1))  # ("1️⃣2️⃣": twelve)
    assert [title for title, _ in read_pairs(text)] == topics


def test_an_exams_choices_and_blanks_ask_where_no_question_mark_does():
    choices = ["下面属于关键字的是（）", "定义一个包内全局字符串变量，下面语法正确的是 （）",
               "通过指针变量 p 访问其成员变量 name，下面语法正确的是"]
    blanks = ["声明一个整型数组切片s__________", "启动一个goroutine的关键字是__________"]
    text = "# Golang 小题库\n\n## 选择题\n" + "".join(
        f"{n}. {q}\nA. func\nB. def\n\n- 参考答案：A\n\n" for n, q in enumerate(choices, 1)) + "## 填空题\n" + "".join(
        f"{n}. {q}\n\n- 参考答案：go\n\n" for n, q in enumerate(blanks, 1))
    titles = [title for title, _ in read_pairs(text)]
    assert titles == [q.strip() for q in choices] + ["声明一个整型数组切片s___", "启动一个goroutine的关键字是___"]
    assert strength("The keyword that starts a goroutine is ____.") == QUESTION
    assert strength("NEW-1 · ______ · Specialty:___") != QUESTION  # a form's fields


def test_a_line_right_over_an_answer_heading_is_asked_whatever_it_says():
    asked = ["❓ 1. What is Largest Contentful Paint (LCP)?", "❓ 2. How to reduce CLS?",
             "❓ 3. Server-side rendering vs client-side rendering performance.", "❓ 4. Lazy loading non-critical JS."]
    text = "".join(f"{q}\n\n### 📝 Answer\n\nThe answer to part {n}.\n\n---\n\n" for n, q in enumerate(asked, 1))
    assert read_pairs(text) == [
        ("What is Largest Contentful Paint (LCP)?", "The answer to part 1."), ("How to reduce CLS?", "The answer to part 2."),
        ("Server-side rendering vs client-side rendering performance.", "The answer to part 3."),
        ("Lazy loading non-critical JS.", "The answer to part 4.")]


def test_deeper_headings_with_the_marks_of_the_questions_follow_them_up():
    text = ("## Web\n\n### ✅ HTTP에 대해 설명해주세요\n\nHTTP는 프로토콜입니다.\n\n### ✅ HTTP 메소드에 대해 설명해주세요\n\n"
            "GET, POST, PUT.\n\n#### ✅ HTTP의 GET, POST를 비교 설명해주세요\n\nGET은 읽고 POST는 씁니다.\n\n"
            "#### 참고\n\n링크 모음.\n\n### ✅ HTTPS의 동작 방식에 대해 설명해주세요\n\nTLS로 암호화합니다.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "HTTP에 대해 설명해주세요", "HTTP 메소드에 대해 설명해주세요", "HTTP의 GET, POST를 비교 설명해주세요",
        "HTTPS의 동작 방식에 대해 설명해주세요"]
