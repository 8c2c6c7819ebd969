"""Layouts met in held-out sets 224–235, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_chinese_tables_of_interview_or_project_questions_with_their_key_points_or_solutions():
    # "面试问题 | 可能期待回答的重点": the interview's questions and what an answer should stress;
    # "项目问题 | 技术解决方案": a project's problems and their solutions; a category column with "核心问题" is a
    # summary of questions, not a table of pairs
    text = "\n".join([
        "# 后端速记", "",
        "| 面试问题 | 可能期待回答的重点 |", "| --- | --- |",
        "| 线程和进程的区别？ | 资源分配、调度单位、切换开销 |", "| TCP 为什么三次握手？ | 确认双方收发能力、防止旧连接 |", "",
        "| 项目问题 | 技术解决方案 |", "| --- | --- |",
        "| 接口超时 | 异步化加熔断 |", "| 热点数据 | 本地缓存加预热 |", "",
        "| 类别 | 核心问题 |", "| --- | --- |", "| 网络 | 为什么要四次挥手？ |", ""])
    assert read_pairs(text) == [("线程和进程的区别？", "资源分配、调度单位、切换开销"),
                                ("TCP 为什么三次握手？", "确认双方收发能力、防止旧连接"),
                                ("接口超时", "异步化加熔断"), ("热点数据", "本地缓存加预热")]


def test_bare_number_headings_typed_without_a_space_over_code_whose_output_is_asked():
    # "##1" is no heading to Markdown, but a quiz typed so throughout numbers its items with it; the code under
    # each number is the question (what does it print?) and the line after it the answer
    snippets = ["console.log(typeof null)", "console.log(0.1 + 0.2 === 0.3)", "console.log([] + [])"]
    outputs = ["object", "false", "an empty string"]
    lines = ["# Output quiz", ""]
    for number, (snippet, output) in enumerate(zip(snippets, outputs, strict=True), start=1):
        lines += [f"##{number}", "", "```js", snippet, "```", "", f"Answer: {output}", ""]
    questions = parse_markdown("\n".join(lines), pack="x").questions
    assert [q.title for q in questions] == ["Question 1", "Question 2", "Question 3"]
    assert [snippet in q.prompt for q, snippet in zip(questions, snippets, strict=True)] == [True] * 3
    assert [q.answer for q in questions] == outputs


_ASKED = ["请描述一条查询的执行过程", "缓冲池是怎样组织的？", "日志是怎样写入的？", "索引是怎样存储的？", "主从是怎样同步的？",
          "备份有哪些方式？", "事务隔离是如何实现的？"]
_POINTS = [("解析器", "优化器"), ("数据页", "日志缓冲"), ("重做日志", "回滚日志"), ("叶子节点", "非叶子节点"),
           ("二进制日志", "中继日志"), ("物理备份", "逻辑备份"), ("锁的实现原理", "快照读机制")]


def _headings_over_bold_points() -> str:
    lines = ["# 数据库面试题", ""]
    for number, (asked, points) in enumerate(zip(_ASKED, _POINTS, strict=True), start=1):
        lines += [f"## {number}. 第{number}部分", "", f"### Q{number}: {asked}", ""]
        for at, point in enumerate(points, start=1):
            lines += [f"{at}. **{point}**", "", f"   {point}的说明", ""]
    return "\n".join(lines)


def test_numbered_bold_points_under_labelled_heading_questions_are_their_answers():
    # "1. **锁的实现原理**" reads as a topic that asks, but it is a point of the answer to the heading over it,
    # as the points that ask nothing under the other headings are
    questions = parse_markdown(_headings_over_bold_points(), pack="x").questions
    assert [q.title for q in questions] == _ASKED
    assert "**快照读机制**" in questions[-1].answer


def test_labelled_questions_pasted_under_the_last_bullet_of_the_answer_above():
    # Plain text pasted without blank lines: "Q2: …" right under the last bullet of the first answer is, to
    # Markdown, more of that bullet, and "Q4: …" under a part's numbered title and its line of intro is more of
    # that item; each labelled question over its "Answer:" line starts a question, wherever it is glued
    asked = ["How do you find a slow query?", "Why can a composite index go unused?", "What does a clustered index decide?",
             "What is a dirty read?", "How does MVCC work?", "How do you handle deadlocks?"]
    answers = [[" * Turn on the slow query log.", " * Read the plan with EXPLAIN."],
               [" * The filter skips its first column."], ["The order rows are stored in.", " * One per table."],
               [" * Reading what another transaction has not committed."], [" * Readers see a snapshot."],
               [" * Take locks in one order.", " * Retry the victim."]]
    lines = ["Backend interview notes", "1. Indexes", "Questions on reading plans."]
    for number, (question, answer) in enumerate(zip(asked, answers, strict=True), start=1):
        if number == 4:
            lines += ["2. Transactions", "What keeps data right."]
        lines += [f"Q{number}: {question}", "Answer:", *answer]
    pairs = read_pairs("\n".join(lines))
    assert [title for title, _ in pairs] == asked
    # (the part's title under the third answer stays in its text: nothing marks it off)
    assert [" ".join(answer.replace("*", " ").split()).startswith(" ".join(" ".join(written).replace("*", " ").split()))
            for (_, answer), written in zip(pairs, answers, strict=True)] == [True] * len(asked)


def test_a_run_of_keycap_tips_written_as_a_bold_term_and_an_arrow_between_parts_of_questions():
    # "1️⃣ **Think scale** → …" names a tip and says it, as "1. **Think scale**: …" does: no question
    def keycap(number: int) -> str:
        return "".join(f"{digit}\ufe0f\u20e3" for digit in str(number))

    bold = ["How does a broadcast join work?", "Why does a shuffle cost so much?", "What does caching buy you?"]
    second = ["How would you load data incrementally?", "How do you find a skewed key?",
              "What is a slowly changing dimension?"]
    third = ["How do you secure personal data in a lake?", "How would you trace lineage end to end?",
             "What makes a pipeline both batch and streaming?"]
    lines = ["# Data engineering interview", "", "### Spark questions", ""]
    for question in bold:
        lines += [f"**{question}**", "- It is answered here.", ""]
    lines += ["## Why candidates struggle", "", "### A frame of mind:", ""]
    for number, tip in enumerate(["Know SQL cold", "Model the data", "Think in partitions"], start=1):
        lines += [f"{keycap(number)} **{tip}** → it carries the rest of the interview.", ""]
    lines += ["## Pipelines", ""]
    for heading, questions in (("### Key pipeline questions:", second), ("### More questions:", third)):
        lines += [heading, ""]
        for number, question in enumerate(questions, start=1):
            lines += [f"{keycap(number)} **{question}**", "- It is answered here.", ""]
    assert [title for title, _ in read_pairs("\n".join(lines))] == [*bold, *second, *third]


def test_question_numbers_alone_on_their_lines_glued_under_the_answer_above():
    # A quiz exported as plain text: "3." alone, the question under it, the answer under that, the next number
    # right under the answer; "1." alone is an empty item to Markdown and "3." under text is more of that text
    asked = ["¿Qué es una pila?", "¿Qué hace git stash?", "¿Qué devuelve len('abc')?", "¿Qué es un índice?",
             "¿Para qué sirve un entorno virtual?", "¿Qué es una clave primaria?"]
    answers = ["Una estructura LIFO.", "Guarda cambios sin confirmar.", "3", "Una estructura que acelera búsquedas.",
               "Aísla las dependencias de un proyecto.", "Identifica cada fila."]
    lines: list[str] = []
    for number, (question, answer) in enumerate(zip(asked, answers, strict=True), start=1):
        lines += [f"{number}.", question, answer] + ([""] if number % 3 == 0 else [])
    assert read_pairs("\r\n".join(lines)) == list(zip(asked, answers, strict=True))


def test_bulleted_questions_then_bulleted_answers_in_the_same_order_per_part():
    # "### Questions" over bullets, then "### Answers" over as many bullets: each answers the question in its place
    parts = {
        "Kotlin": [("What does lateinit promise?", "That the property is set before its first read."),
                   ("How does Kotlin handle null safety?", "Nullable types must be declared with a question mark."),
                   ("What is a data class for?", "Holding data, with equals and copy written for you.")],
        "Testing": [("What is a test double?", "A stand-in object used in place of a real dependency."),
                    ("Why keep unit tests fast?", "Slow tests stop being run before each commit."),
                    ("What does code coverage miss?", "Whether the assertions check anything that matters.")],
    }
    lines = ["# Android interview questions", ""]
    for part, pairs in parts.items():
        lines += [f"## {part}", "", "### Questions", ""] + [f"- {q}" for q, _ in pairs] + ["", "### Answers", ""]
        for _, answer in pairs:
            lines += [f"- {answer}", ""]
    assert read_pairs("\n".join(lines)) == [pair for pairs in parts.values() for pair in pairs]


def test_an_opening_paragraph_that_introduces_the_questions_makes_topic_headings_questions():
    # A chat's answer pasted without its title: "Here are the key questions to prepare for:" over "### Merging
    # DataFrames" and its explanation; each topic is a question to explain
    topics = ["Selecting by label or by position", "Handling missing values", "Grouping and aggregating",
              "Merging two tables"]
    lines = ["The hardest pandas interview questions test everyday data handling. Here are the key questions to "
             "prepare for:", ""]
    for topic in topics:
        lines += [f"### {topic}", "", f"This is how {topic.lower()} works, with the calls to use.", "",
                  "```python", "df.head()", "```", ""]
    assert [title for title, _ in read_pairs("\n".join(lines))] == topics


def test_a_quiz_inside_a_markdown_fence_under_its_title_with_a_second_fence_opened_inside():
    # "```md" under the page's title wraps the quiz; a second "```md" inside it cannot close it (a closing fence
    # has no language), so everything to the last "```" is one block of code to Markdown
    lines = ["", "## C# quiz for beginners", "", "```md", "# C# quiz", "", "---", "", "```md", "### Variables", ""]
    asked = ["Which type stores a whole number?", "Which type suits money?", "Which keyword declares a constant?"]
    keys = ["B) int", "C) decimal", "A) const"]
    for number, (question, key) in enumerate(zip(asked, keys, strict=True), start=1):
        lines += [f"**Q{number}.** {question}", "- A) const", "- B) int", "- C) decimal", f"**Answer:** {key}", ""]
    lines += ["```", "", "---", ""]
    pairs = read_pairs("\n".join(lines))
    assert [title for title, _ in pairs] == asked
    assert [key in answer for (_, answer), key in zip(pairs, keys, strict=True)] == [True] * 3


def test_a_checklist_of_heading_questions_with_status_tags_and_a_few_prompts_that_do_not_ask():
    # "#### What is CORS ? - `completed`": the writer's progress after the mark, not an answer; on a page whose
    # every heading is of one level and nearly all ask, "#### Dynamic way to load a stylesheet" is a prompt too
    asked = [f"What is topic {number} ?" for number in range(1, 21)]
    lines = ["#### My Angular prep", "", "Notes kept while studying.", ""]  # (the page's title, at the same level)
    for number, question in enumerate(asked, start=1):
        lines += [f"#### {question} - `completed`", ""] if number % 2 else [f"#### {question}", "", "Ans: explained.", ""]
    lines += ["#### Dynamic way to load a stylesheet in Angular", "", "Create a link element at run time.", "",
              "#### If I deploy to production what must I do to the project.", "", "- Build with the production flag.", "",
              "#### Other questions", "", "- Ask about testing next.", "", "#### Summary table", "", "| a | b |", "",
              "#### Thanks", "", "Thanks for reading.", ""]
    questions = parse_markdown("\n".join(lines), pack="x").questions
    assert [q.title for q in questions] == [*(f"{q} - `completed`" if n % 2 else q for n, q in enumerate(asked, start=1)),
                                            "Dynamic way to load a stylesheet in Angular",
                                            "If I deploy to production what must I do to the project."]
    assert [q.answered for q in questions] == [not n % 2 for n in range(1, 21)] + [True, True]


def test_a_quote_right_under_the_last_of_several_bare_questions_answers_it():
    # "18. …?", "19. …?", "20. …?" one after another, then "> …" on the very next line: that quote is the answer
    # to 20 (the list left 18 and 19 unanswered), not a word about the whole list as a paragraph after a blank is
    lines = ["# C# sualları", "", "1. What is C#? (Cavidan)", "", "> A language by Microsoft.", "",
             "2. What does finalize do? (Elvin)", "3. What does throw ex lose? (Suleyman)",
             "4. Can try stand without catch? (Suleyman)", " > Yes, with finally.", "",
             "5. What is a sealed class? (Fazil)", "", "> One that cannot be inherited.", ""]
    pairs = read_pairs("\n".join(lines))
    assert [answer for _, answer in pairs] == ["A language by Microsoft.", "", "", "Yes, with finally.",
                                               "One that cannot be inherited."]


def test_questions_each_over_a_blank_line_and_a_rule_of_dashes():
    # "HashSet 和 HashMap 区别？", a blank line, "-----": an underline the blank line broke; the question is the
    # last line of the paragraph above it (an image line, or the answer before) and the answer follows the rule
    lines = ["# Java集合", "", "### 常见的集合有哪些？", "", "List、Set、Map。", "",
             "![diagram](C:\\img\\a.png)", "ArrayList 和 LinkedList 区别？", "", "----------", "",
             "数组与链表。", "", "HashMap 的底层结构是什么？", "", "-------", "", "数组加链表加红黑树。", "",
             "### ArrayList 与 Vector 区别？", "", "Vector 线程安全。", "",
             "HashSet 如何去重？", "", "------------", "", "借助 HashMap 的键。", ""]
    pairs = read_pairs("\n".join(lines))
    assert pairs == [("常见的集合有哪些？", "List、Set、Map。"),  # (an image on this machine's disk is left out)
                     ("ArrayList 和 LinkedList 区别？", "数组与链表。"), ("HashMap 的底层结构是什么？", "数组加链表加红黑树。"),
                     ("ArrayList 与 Vector 区别？", "Vector 线程安全。"), ("HashSet 如何去重？", "借助 HashMap 的键。")]


def test_a_long_numbered_series_of_topic_headings_under_a_title_naming_an_interview():
    # "# 🎙 Android Interview" over "### 1. Intent", "### 2. ANR" … numbered afresh in each part, each explained:
    # the topics are the questions (a title naming only an interview, over a few numbered parts, says no such thing)
    parts = {"Android": ["Four components", "Intent", "ANR", "Context", "Manifest", "Jetpack"],
             "Kotlin": ["Scope functions", "Lazy init", "Data class copy"], "CS": ["Singleton", "Deadlock", "Process"]}
    lines = ["# 🎙 Android Interview", ""]
    for part, topics in parts.items():
        lines += [f"## {part}", ""]
        for number, topic in enumerate(topics, start=1):
            lines += [f"### {number}. {topic}", "", f"{topic} explained in a sentence or two here.", ""]
    titles = [title for title, _ in read_pairs("\n".join(lines))]
    assert titles == [topic for topics in parts.values() for topic in topics]
    story = ["# My Google interview", ""]
    for number, part in enumerate(["Phone screen", "Onsite", "Team match", "Offer"], start=1):
        story += [f"## {number}. {part}", "", f"The {part.lower()} went well and took an hour.", ""]
    assert read_pairs("\n".join(story)) == []
    guide = ["# Passing online interviews with the help of notes and a checklist", "", "## Before the call", ""]
    for number, step in enumerate([f"Step {n}" for n in range(1, 13)], start=1):
        guide += [f"### {number}. {step}", "", f"Do {step.lower()} before the call and keep it short.", ""]
    assert not [title for title, _ in read_pairs("\n".join(guide)) if title.startswith("Step")]


def test_numbered_questions_typed_as_bullets_count_up_as_one_series():
    # "- 1.¿…?" is a bullet's text and "- 2. ¿…?" a bullet around a list numbered from 2: the quiz's numbers, typed
    # with a bullet before each; statements to judge ("- 4. Python es el lenguaje más rápido.") count too
    asked = ["¿Qué es una tupla?", "¿Un diccionario sólo itera sus llaves?", "¿Qué hace pip freeze?",
             "Python es el lenguaje más rápido que existe.", "¿Qué es un framework?", "¿Qué es una cookie?",
             "¿Qué es TDD?", "¿Qué contiene manage.py?", "¿Qué es una cola?", "¿Qué es Flask?", "¿Qué es Jinja?"]
    lines = ["**CUESTIONARIO**", ""]
    for number, question in enumerate(asked, start=1):
        lines += [f"- {number}.{'' if number == 1 else ' '}{question}", "", f"Respuesta {number}.", ""]
    lines += ["- 1. Un punto de repaso.", "- 2. Otro punto.", ""]  # (points of the last answer, as bullets)
    pairs = read_pairs("\n".join(lines))
    assert [title for title, _ in pairs] == asked
    assert [answer for _, answer in pairs][:-1] == [f"Respuesta {number}." for number in range(1, len(asked))]
    points = ["# Angular notes", ""]
    for number in range(1, 7):
        points += [f"### What is step {number}?", "", f"- 1. Build part {number}.", f"- 2. Ship part {number}.", ""]
    assert [answer for _, answer in read_pairs("\n".join(points))] == [
        f"- 1. Build part {number}.\n- 2. Ship part {number}." for number in range(1, 7)]


def test_a_question_numbered_with_an_ideographic_comma_glued_under_the_answer_above():
    # "20、…？" right under the last line of the answer above (code typed without a fence): Markdown reads one
    # paragraph; the numbered line that asks starts the next question, as "20. …?" does
    lines = ["# Java 集合", ""]
    for number in range(1, 5):
        lines += [f"{number}、第{number}个问题是什么？", f"第{number}个答案。", ""]
    lines[-1:] = ["public synchronized V get(Object key) {", "    // ...", "}",
                  "5、LinkedHashMap 和 TreeMap 排序的区别？", "一个按插入顺序，一个按键排序。", ""]
    titles = [title for title, _ in read_pairs("\n".join(lines))]
    assert titles == [*(f"第{number}个问题是什么？" for number in range(1, 5)), "LinkedHashMap 和 TreeMap 排序的区别？"]


def test_a_later_part_numbered_afresh_with_no_question_in_it_is_no_more_questions():
    # "### 1. Virtual DOM" over its "**Question:** …" and answer, fifteen times; then "## Enhancement pattern"
    # over "### 1. **More detailed answers**" … : a guide's advice, numbered afresh, holding no question; and
    # "Ensure every question has:" over "- `category`: …" names the fields a question has, not questions
    topics = [f"Topic {number}" for number in range(1, 7)]
    lines = ["# React questions guide", "", "## Missing topics", ""]
    for number, topic in enumerate(topics, start=1):
        lines += [f"### {number}. {topic}", "", f'**Question:** "What is {topic.lower()} and why use it?"', "",
                  "**Should include:**", "", f"- what {topic.lower()} is", "- when to use it", ""]
    lines += ["## Enhancement pattern for all questions", ""]
    for number, advice in enumerate(["More detailed answers", "Code examples", "Common pitfalls"], start=1):
        lines += [f"### {number}. **{advice}**", "", f"Add {advice.lower()} to every answer.", ""]
    lines += ["### 4. **Proper categorization**", "", "Ensure every question has:", "",
              '- `category`: "Core", "Hooks"', '- `difficulty`: "easy", "hard"', "- `tags`: a few tags", ""]
    titles = [title for title, _ in read_pairs("\n".join(lines))]
    assert titles == [f"What is {topic.lower()} and why use it?" for topic in topics]


def test_outline_bullets_with_quoted_questions_each_answered_by_a_labelled_item():
    # A study outline: topic bullets over their points, and under "**Interview questions:**" bullets of quoted
    # questions, each over "- Answer: …"; later "- **Q:** …" over "  - **A:** …". The labelled answers mark the
    # questions; the outline's topics ("- Error handling" over its points) are none
    quoted = ["Explain lists and tuples.", "When is a dict better than a list?", "Reverse a string.",
              "Describe a binary search.", "What is a set for?", "Explain big-O notation."]
    paired = ["How does asyncio differ from threads?", "What does the event loop do?", "Why use type hints?",
              "How do you isolate dependencies?", "What is the GIL?"]
    lines = ["# Python guide", "", "## Fundamentals", ""]
    for topic in ["Variables and types", "Error handling", "Working with files"]:
        lines += [f"- {topic}", "  - a first point", "  - a second point"]
    lines += ["* **Interview questions:**"]
    for question in quoted:
        lines += [f'    * "{question}"', f"      - Answer: the answer to {question.lower()}"]
    lines += ["", "## Advanced", ""]
    for question in paired:
        lines += [f"- **Q:** {question}", f"  - **A:** the answer to {question.lower()}"]
    lines += [""]
    pairs = read_pairs("\n".join(lines))
    assert [title for title, _ in pairs] == [*(f'"{q}"' for q in quoted), *paired]
    assert [answer for _, answer in pairs] == [f"the answer to {q.lower()}" for q in (*quoted, *paired)]
    # where only a few of a list's questions label their answers ("  * Ans: …"), the others are questions all the same
    asked = [f"What does keyword {number} do?" for number in range(1, 13)]
    lines = ["## Core Java", ""]
    for number, question in enumerate(asked, start=1):
        lines += [f"* {question}", f"  * {'Ans: ' if number % 2 == 0 and number <= 10 else ''}It does thing {number}."]
    assert [title for title, _ in read_pairs("\n".join(lines))] == asked


def test_questions_the_candidate_asks_in_other_languages_are_no_cards():
    # "## Questions à poser à l'entreprise" (French), "## Preguntas para hacer al entrevistador" (Spanish): the
    # candidate's own questions to the company, listed without answers, as "Questions to ask the interviewer" are
    asked = ["Qu'est-ce qu'un closure ?", "Pourquoi utiliser TypeScript ?", "Comment marche l'event loop ?"]
    for heading, own in (("## 💡 Questions à poser à l'Entreprise",
                          ["Quelle est la taille de l'équipe ?", "Comment se passe l'onboarding ?",
                           "Quelle est la stack ?", "Y a-t-il du télétravail ?", "Comment évaluez-vous ?"]),
                         ("## Preguntas para hacer al entrevistador",
                          ["¿Cómo es el equipo?", "¿Hay mentoría?", "¿Qué stack usan?", "¿Hay trabajo remoto?",
                           "¿Cómo evalúan?"])):
        lines = ["# Entretien front-end", ""]
        for question in asked:
            lines += [f'### "{question}"', "", "*À dire :*", f"> Réponse à {question}", ""]
        lines += [heading, ""] + [f"{number}. {q}" for number, q in enumerate(own, start=1)] + [""]
        assert [title for title, _ in read_pairs("\n".join(lines))] == [f'"{q}"' for q in asked]


def test_a_mock_interview_whose_candidate_turns_are_labelled_response():
    # "**Interviewer**: *"…?"*" over "**Response**: *"…"*": a script of the author's own interview; the
    # interviewer's turns are the questions, the responses their answers
    turns = [("How did you start this project?", "With the business requirements."),
             ("How did you pick the models to test?", "By memory needs and community use."),
             ("What went wrong at first?", "The samples were too small.")]
    lines = ["# Project interview", ""]
    for asked, said in turns:
        lines += [f'**Interviewer**: *"{asked}"*', "", f'**Response**: *"{said}"*', "", "#### Step", "",
                  "```python", "run()", "```", ""]
    pairs = read_pairs("\n".join(lines))
    assert [title for title, _ in pairs] == [asked for asked, _ in turns]
    assert [said in answer for (_, answer), (_, said) in zip(pairs, turns, strict=True)] == [True] * 3


def test_obsidian_flashcards_with_a_question_mark_line_between_question_and_answer():
    # Obsidian's spaced-repetition notes: the question's line, "?" alone (or "??" for a card read both ways), then
    # the answer's lines; beside "> [!question]-" callouts, whose title asks and whose text answers
    cards = [("val vs var — в чём разница?", "val нельзя переназначить, var можно."),
             ("Sealed class — зачем нужна?", "Ограниченная иерархия, известная при компиляции."),
             ("Dispatchers — какие бывают?", "Main, IO, Default, Unconfined."),
             ("Flow vs StateFlow?", "Flow холодный, StateFlow горячий.")]
    lines = ["# Kotlin", "", "> [!question]- Зачем нужны inline functions?", "> Чтобы не создавать объект лямбды.", "",
             "## Ключевые карточки", ""]
    for number, (asked, answer) in enumerate(cards):
        lines += [asked, "??" if number == 2 else "?", answer, ""]
    pairs = read_pairs("\n".join(lines))
    assert pairs[1:] == cards
