"""Layouts met in held-out sets 276–290, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown

_NETWORKING = [("What does the TCP handshake establish?", "Both sides agree on sequence numbers."),
               ("Why does DNS mostly use UDP?", "A query fits in one datagram, so no setup round trip."),
               ("What separates a switch from a router?", "A switch forwards frames; a router forwards packets."),
               ("What happens when a packet's TTL reaches zero?", "The router drops it and sends ICMP Time Exceeded.")]


def test_an_answer_key_of_labels_naming_the_numbers_answers_the_labelled_questions():
    # "**Question 2:** …" over the questions, then "## Answer Key" of "**Answer 2:** …" paragraphs
    text = ("## Questions\n\n" + "".join(f"**Question {n}:** {q}\n\n" for n, (q, _a) in enumerate(_NETWORKING, start=1))
            + "## Answer Key\n\n" + "".join(f"**Answer {n}:** {a}\n\n" for n, (_q, a) in enumerate(_NETWORKING, start=1)))
    assert read_pairs(text) == _NETWORKING


def test_answer_labels_naming_numbers_under_each_question_stay_its_own():
    text = "".join(f"**Question {n}:** {q}\n\n**Answer {n}:** {a}\n\n" for n, (q, a) in enumerate(_NETWORKING, start=1))
    assert read_pairs(text) == _NETWORKING


_PHP = [("What is PHP used for?", "Server-side scripting, mostly for web pages built as they are asked for."),
        ("Explain the difference between echo and print.", "Echo takes several strings and returns nothing at all."),
        ("How do you handle errors in PHP?", "With try and catch blocks, and a handler set for the rest."),
        ("What is the difference between include and require?", "Require stops the script when the file is missing."),
        ("Explain namespaces in PHP.", "They group classes and functions so that their names do not collide."),
        ("What is Composer?", "The dependency manager that installs the libraries a project declares."),
        ("What is a trait?", "A set of methods a class takes in, for reuse without inheritance."),
        ("Describe the MVC pattern.", "Model, view and controller: data, what is shown, and what handles input.")]


def test_a_part_title_pasted_over_its_first_prompt_is_a_heading_and_the_prompt_a_question():
    # pasted text: a part's title ("Intermediate PHP Questions:") right under the answer before it, then a prompt
    parts = {0: "Basic PHP Questions:", 4: "Intermediate PHP Questions:"}
    text = "".join((f"{parts[at]}\n" if at in parts else "") + f"{q}\n\n{a}\n" for at, (q, a) in enumerate(_PHP))
    assert read_pairs(text) == _PHP


_CKA_SECTIONS = [("Cluster setup", ["Check the version", "Create a cluster", "Join a node"]),
                 ("Workloads", ["Scale a deployment", "Roll back a release", "Run a job"]),
                 ("Networking", ["Expose a service", "Write a policy"]),
                 ("Storage", ["Claim a volume", "Resize a claim"]),
                 ("Troubleshooting", ["Read the logs", "Drain a node"])]


def test_headings_numbered_under_sections_a_title_declares_as_questions_are_the_questions():
    # "## **1. Cluster setup**" over "### **1.1 Check the version**": the sections hold the practice questions
    text = "# **CKA Practice Questions**\n\n" + "".join(
        f"## **{n}. {section}**\n\n" + "".join(f"### **{n}.{m} {task}**\n\n**Command:**\n\n```sh\nkubectl {task.lower()}\n```\n\n"
                                              for m, task in enumerate(tasks, start=1))
        for n, (section, tasks) in enumerate(_CKA_SECTIONS, start=1))
    assert [title for title, _answer in read_pairs(text)] == [
        f"{n}.{m} {task}" for n, (_s, tasks) in enumerate(_CKA_SECTIONS, start=1) for m, task in enumerate(tasks, start=1)]


_SAID = ['"A minute about yourself"', '"What are your strengths?"', '"What is your weakness?"',
         '"The project you are proudest of"', '"Why should we hire you?"']


def test_quoted_headings_that_name_no_question_are_asked_as_the_quoted_questions_beside_them():
    text = "# Common questions\n\n## About you\n\n" + "".join(
        f"### {said}\n\nKeep it short and give one example of it.\n\n---\n\n" for said in _SAID)
    assert [title for title, _answer in read_pairs(text)] == _SAID


def test_a_quoted_heading_alone_among_plain_question_headings_is_left_as_it_is():
    text = ("### What are your strengths?\n\nOne example each.\n\n### Why this company?\n\nIts product.\n\n"
            "### What is your weakness?\n\nA real one.\n\n### \"Pro tip\"\n\nRehearse aloud.\n")
    assert "\"Pro tip\"" not in [title for title, _answer in read_pairs(text)]


def _boxed(number: int, question: str, answer: str) -> str:
    return f"<details>\n  <summary>{number}. {question}</summary>\n  <p>\n    {answer}\n  </p>\n</details>\n\n"


def test_html_paragraph_lines_that_ask_between_answer_boxes_are_questions_left_unanswered():
    text = ("# Angular questions\n\n" + _boxed(1, "What is Angular?", "A framework for web apps.")
            + "<p>What are custom elements?</p>\n<p>Do I need to bootstrap them?</p>\n<p>What is schematic</p>\n\n"
            + _boxed(5, "What is a directive?", "A class that adds behaviour.")
            + "<p>What is the router?</p>\n<p>What is a router outlet?/p>\n# END\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == [
        "What is Angular?", "What are custom elements?", "Do I need to bootstrap them?", "What is schematic",
        "What is a directive?", "What is the router?", "What is a router outlet?"]
    assert [bool(answer) for _title, answer in pairs] == [True, False, False, False, True, False, False]


def test_html_paragraphs_that_ask_inside_an_answer_box_stay_in_its_answer():
    text = ("<details>\n  <summary>1. What is Angular?</summary>\n\n<p>Is it a framework?</p>\n<p>Is it a library?</p>\n"
            "<p>Is it a platform?</p>\n\nAll three, in a sense.\n</details>\n\n<details>\n  <summary>2. What is a "
            "directive?</summary>\n\n<p>Does it change the DOM?</p>\n<p>Does it add behaviour?</p>\n\nBoth.\n</details>\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == ["What is Angular?", "What is a directive?"]
    assert "Is it a platform?" in pairs[0][1] and "Does it add behaviour?" in pairs[1][1]


def test_html_paragraph_lines_that_mostly_state_are_no_questions():
    text = (_boxed(1, "What is Angular?", "A framework for web apps.") + "".join(f"<p>{said}</p>\n" for said in (
                "It was a long week.", "Why does it matter?", "It shapes the release.", "How do we start?",
                "We start small.", "Then we grow.")) + "\n" + _boxed(2, "What is a directive?", "A class that adds behaviour."))
    assert [title for title, _answer in read_pairs(text)] == ["What is Angular?", "What is a directive?"]


_PYTHON_ENTRIES = [("Основные признаки Python:", "Интерпретируемый язык с динамической типизацией."),
                   ("Что такое GIL?", "Блокировка, которая даёт исполнять байт-код одному потоку."),
                   ("Декораторы", "Функция, которая оборачивает другую функцию."),
                   ("Что такое MRO?", "Порядок, в котором ищутся методы при наследовании."),
                   ("Метаклассы", "Классы, которые создают классы."),
                   ("В чем отличие генератора от итератора?", "Генератор — итератор, написанный функцией с yield."),
                   ("Кратко о TDD:", "Сначала тест, потом код.")]


def test_entries_between_rules_each_a_list_of_one_item_are_titled_by_the_items_asking_or_not():
    # "***", then "* Декораторы" alone in its list, then its answer as paragraphs at the margin
    text = "### Вопросы по Питону\n\n" + "".join(f"***\n\n* {q}\n\n{a}\n\n" for q, a in _PYTHON_ENTRIES)
    assert read_pairs(text) == _PYTHON_ENTRIES
    listed = "***\n\n* Основные признаки Python:\n\n1. Интерпретируемый.\n\n2. Динамический.\n\n"  # its answer a list
    first = read_pairs(listed + text.split("\n\n", 1)[1])[0]
    assert first == ("Основные признаки Python:", "1. Интерпретируемый.\n\n2. Динамический.")


def test_single_items_between_rules_that_mostly_name_topics_stay_outside_the_questions():
    topics = ["Декораторы", "Метаклассы", "Итераторы", "Генераторы", "Дескрипторы", "Слоты", "Что такое GIL?"]
    text = "### Заметки\n\n" + "".join(f"***\n\n* {topic}\n\nКороткая заметка.\n\n" for topic in topics)
    assert [title for title, _answer in read_pairs(text)] == ["Что такое GIL?"]


def test_a_fence_four_spaces_into_a_list_item_closed_at_the_margin_holds_the_code_under_it():
    # "1.  isDisplayed()" over "    ```", the code and its closing fence pasted at the margin
    checks = "".join(f"{n}.  {method}()\n    \n    ```\nboolean shown = element.{method}();\n```\n\n    \n"
                     for n, method in enumerate(["isDisplayed", "isSelected", "isEnabled"], start=1))
    text = ("### **1\\. How do you check that an element is shown?**\n\nWebDriver has three methods:\n\n" + checks
            + "### **2\\. How do you pick a value in a dropdown?**\n\nWith the Select class.\n\n"
            + "### **3\\. How do you take a screenshot?**\n\n```\nFile shot = driver.getScreenshotAs(FILE);\n```\n\n"
            + "### **4\\. What is an implicit wait?**\n\nA wait applied to every lookup.\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == [
        "How do you check that an element is shown?", "How do you pick a value in a dropdown?",
        "How do you take a screenshot?", "What is an implicit wait?"]
    assert "    boolean shown = element.isEnabled();\n    ```" in pairs[0][1]
    assert pairs[2][1] == "```\nFile shot = driver.getScreenshotAs(FILE);\n```"


def test_text_four_spaces_in_outside_any_list_is_indented_code_not_a_fence():
    text = ("### 1. What does this print?\n\n    ```\n    print(1)\n\n### 2. What is a list?\n\nA sequence.\n\n"
            "### 3. What is a tuple?\n\nA fixed sequence.\n")
    assert [title for title, _answer in read_pairs(text)] == ["What does this print?", "What is a list?", "What is a tuple?"]


def test_a_questions_details_label_gives_the_question_its_code_and_a_link_alone_answers_nothing():
    details = "**Questions Details:**\n\nConsider:\n```csharp\nfor (; i < 3; i++) { list.Add(() => i); }\n```\n\n"
    text = ("## Q1: What does the loop print? ⭐⭐\n\n" + details + " See 👉 **[Answer](https://example.com/csharp)**\n\n"
            "## Q2: Why does it print that? ⭐⭐\n\n" + details + "**Answer:** Every closure shares one i.\n\n"
            "## Q3: What is a delegate? ⭐\n\n**Answer:** A type for a method.\n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.prompt.startswith("Consider:\n```csharp") for q in questions] == [True, True, False]
    assert [q.answer for q in questions[1:]] == ["Every closure shares one i.", "A type for a method."]
    assert not questions[0].answered


_OOP = ["What is method overloading?", "What is method overriding?",
        "Explain how object oriented languages simplify memory management.", "Explain the single responsibility principle!",
        "Can an enum contain methods in Java? Explain.", "What are generics? When to use? Show examples.",
        "Why is main declared static?"]


def test_numbered_lines_without_a_dot_that_request_or_ask_then_request_are_questions_too():
    # "33 Explain how …." alone in its paragraph, its answer indented under it
    text = "## OOP\n\n" + "".join(f"{n} {q}\n\n    The answer to it, in a line or two.\n\n" for n, q in enumerate(_OOP, start=31))
    assert [title for title, _answer in read_pairs(text)] == _OOP


def test_a_numbered_line_that_states_something_is_no_question():
    text = "## OOP\n\n" + "".join(f"{n} {q}\n\n    The answer to it.\n\n" for n, q in enumerate(_OOP[:2], start=1)) + (
        "3 Notes were taken in 2019.\n\n    More text.\n\n4 Why is main declared static?\n\n    So it runs unborn.\n")
    assert "Notes were taken in 2019." not in [title for title, _answer in read_pairs(text)]


def test_short_items_under_a_question_about_the_following_commands_are_what_it_shows():
    text = ("- What do the following commands do?\n  - tee\n  - awk\n  - lsof\n"
            "- What is the difference between these two commands?\n  - myvar=hello\n  - export myvar=hello\n"
            "- How do you list open ports?\n  - netstat -tulpn\n  - ss -tulpn\n"
            "- What is a zombie process?\n- What does chmod do?\n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.prompt for q in questions[:2]] == ["- tee\n- awk\n- lsof", "- myvar=hello\n- export myvar=hello"]
    assert [q.answered for q in questions] == [False, False, True, False, False]


def test_a_translation_nested_under_a_listed_question_is_no_answer():
    text = ("- What's the difference between cohesion and coupling?\n  - 凝集度と結合度の違いについて説明してください\n"
            "- Define these status codes.\n  - 次のコードを定義して、説明してください：200、404、500\n"
            "- When is refactoring useful?\n  - リファクタリングはどのような場合に有益ですか？\n"
            "- What is XSS?\n  - 不正なスクリプトが実行されてしまう脆弱性\n")
    assert [bool(answer) for _title, answer in read_pairs(text)] == [False, False, False, True]


def test_a_request_nested_under_a_question_in_its_own_language_is_its_answer():
    text = ("- 凝集度とは何ですか？\n  - モジュール内の要素の関連の強さを説明してください\n"
            "- What is coupling?\n  - Explain how much modules depend on each other.\n- What is XSS?\n")
    assert [bool(answer) for _title, answer in read_pairs(text)] == [True, True, False]


_JS = ["What types are there in JS?", "What is the difference between null and undefined?",
       "What is the difference between == and ===?", "What is a closure?", "What do call, apply and bind do?",
       "What is hoisting?", "What are modules?", "What do async and defer do?", "What is inheritance?",
       "What is a promise?", "What is the event loop?", "What is REPL?"]


def test_items_written_one_after_another_restarting_from_one_go_on_counting_as_rendered():
    # "1." "2." "1." "1." in one list, then a list of "1." items up to a "10." that goes on from them
    first = "".join(f"{n}. {q}\n" for n, q in zip([1, 2, 1, 1], _JS[:4], strict=True))
    second = "".join(f"{n}. {q}\n" for n, q in zip([1, 1, 1, 1, 1, 10, 11, 12], _JS[4:], strict=True))
    text = f"{first}\n```js\nlet a = {{a: 1}};\n```\n\nWhat is a == b? Explain.\n\n{second}"
    questions = parse_markdown(text, pack="x").questions
    assert [q.title for q in questions] == _JS


_NATIVE = [("What is React Native?", "A framework for native apps, written with React."),
           ("How is it different from React?", "React targets the DOM; React Native targets native views."),
           ("What are its core components?", "Some common ones are:\n• View\n• Text\n• Image"),
           ("How does styling work?", "With JavaScript objects, through the StyleSheet API.")]


def test_an_answer_ending_right_over_a_rule_keeps_its_last_paragraph():
    # "… native views." right over "---": Markdown makes a heading of it; the writer meant a rule between cards
    text = "".join(f"**{n}. {q}**\n\n**Answer:**\n\n{a}\n---\n\n" for n, (q, a) in enumerate(_NATIVE, start=1))
    assert read_pairs(text) == _NATIVE


def test_section_titles_and_questions_underlined_with_dashes_stay_headings():
    text = ("Basics\n---\n\n**1. What is React Native?**\n\nA framework for native apps.\n\n"
            "Styling\n---\n\n**2. How does styling work?**\n\nWith JavaScript objects.\n\n"
            "Navigation\n---\n\n**3. How does navigation work?**\n\nWith a navigation library.\n\n"
            "A closing note that runs on for a while.\n---\n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.topic for q in questions] == ["Basics", "Styling", "Navigation"]
    asked = "".join(f"{q[:-1]} in production (e.g., on both iOS and Android, with Expo or bare)?\n---\n\n{a}\n\n"
                    for q, a in _NATIVE)
    assert [title for title, _answer in read_pairs(asked)] == [
        f"{q[:-1]} in production (e.g., on both iOS and Android, with Expo or bare)?" for q, _a in _NATIVE]


def test_a_table_of_contents_ending_over_a_dash_line_stays_a_table_of_contents():
    # markdown-it reads the table's rows and the "----" under them as one heading; it is no answer's paragraph
    rows = "".join(f"[1.{n}](#q-1-{n}) | {q}\n" for n, (q, _a) in enumerate(_NATIVE, start=1))
    text = (f"# React Native\n\nNUMBER | QUESTION\n---- | ----\n{rows}----\n\n"
            + "".join(f"## {n}. {q}\n\n{a}\n\n" for n, (q, a) in enumerate(_NATIVE, start=1)))
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _NATIVE]


_WAREHOUSE = ["OLAP vs OLTP, explain it.", "Slowly changing dimensions.", "Schemas you know, and their uses.", "Normal forms.",
              "What is the CAP theorem?", "ACID properties.", "Big data, the Vs.", "What is a view, and when does it make sense?",
              "SQL vs NoSQL.", "Which kinds of databases do you know?", "Pros and cons of those databases.", "Map-Reduce."]


def _warehouse(heading: str) -> str:
    # a follow-up heading one level down under question 5, as "##### Which two would you choose?"
    return f"# Data engineering\n\n{heading}\n\n" + "".join(
        f"#### {n}. {q}\n\n" + ("It depends.\n\n##### Which two would you choose?\n\nC and P.\n\n" if n == 5 else "")
        for n, q in enumerate(_WAREHOUSE, start=1))


def test_numbered_headings_under_a_heading_naming_them_questions_are_questions_though_some_name_topics():
    assert [title for title, _answer in read_pairs(_warehouse("### Technical Questions."))] == _WAREHOUSE


def test_numbered_topic_headings_that_ask_nothing_under_a_faq_heading_stay_topics():
    text = "## Frequently Asked Questions\n\n" + "".join(
        f"### {n}. {topic}\n\n- **How do I {topic.lower()}?** Run the {topic.lower()} command.\n\n"
        for n, topic in enumerate(["Install", "Configure", "Upgrade", "Uninstall"], start=1))
    assert [title for title, _answer in read_pairs(text)] == [
        f"How do I {topic}?" for topic in ("install", "configure", "upgrade", "uninstall")]


def test_an_example_label_inside_a_pasted_answer_is_no_part_title():
    answers = dict(_PHP)
    answers["How do you handle errors in PHP?"] = (
        "With try and catch blocks, and a handler set for the rest.\nExample:\n"
        "Wrap the call in a try block.\n\nA handler set with set_error_handler takes the rest.")
    text = "".join(f"{q}\n\n{answers[q]}\n" for q, _a in _PHP)
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == [q for q, _a in _PHP]
    assert pairs[2][1].endswith("Wrap the call in a try block.\n\nA handler set with set_error_handler takes the rest.")


def test_a_nested_answer_in_another_script_that_opens_with_its_question_is_still_an_answer():
    text = "- Why use HTTPS?\n  - なぜ必要か：盗聴を防ぐため\n- What is DNS?\n  - 名前をIPに変える仕組み\n"
    assert read_pairs(text) == [("Why use HTTPS?", "- なぜ必要か：盗聴を防ぐため"), ("What is DNS?", "- 名前をIPに変える仕組み")]


_BANK = ('[\n  {"id": 1, "question": "Which structure checks membership in O(1)?", "answer": "A hash table",\n'
         '   "alternatives": ["hash set"], "difficulty": "easy"},\n'
         '  {"id": 2, "question": "Which algorithm finds shortest paths with weights?", "answer": "Dijkstra\'s algorithm"}\n]')


def test_a_json_code_block_holding_the_question_bank_gives_the_questions_when_the_text_asks_none():
    text = f"# DSA questions\n\nEach question comes with an answer.\n\n## Sample data\n\n```json\n{_BANK}\n```\n"
    pack = parse_markdown(text, pack="x")
    assert [(q.title, q.answer) for q in pack.questions] == [
        ("Which structure checks membership in O(1)?", "A hash table"),
        ("Which algorithm finds shortest paths with weights?", "Dijkstra's algorithm")]
    assert pack.questions[0].line == 9  # the record's line in the file


def test_a_json_example_inside_an_answer_stays_in_it():
    text = (f"## What does an API for quiz data return?\n\nA list of records:\n\n```json\n{_BANK}\n```\n\n"
            "## What is pagination?\n\nSplitting a long list into pages.\n")
    assert [title for title, _answer in read_pairs(text)] == ["What does an API for quiz data return?", "What is pagination?"]


def test_a_bare_label_over_numbered_parts_asks_one_question_in_those_parts():
    text = ("# Phone Screen Questions\n\n## Easy Questions\n\n__Q:__ What is a delegate?\n\n__A:__ A type for a method.\n\n---\n"
            "__Q:__ \n1. What is double-checked locking?\n2. Which pattern uses it?\n\n__A:__ \n1. Testing before locking.\n\n"
            "2. The singleton.\n\n---\n\n__Q:__ What does `lock` do?\n\n__A:__ It lets one thread in at a time.\n\n"
            "# Whiteboard questions\n\n## Easy Questions\n\n## Med Questions\n\n## Hard Questions\n")
    pairs = read_pairs(text)
    assert [title for title, _answer in pairs] == [
        "What is a delegate?", "1. What is double-checked locking? 2. Which pattern uses it?", "What does `lock` do?"]
    assert pairs[1][1] == "1. Testing before locking.\n\n2. The singleton."


def test_a_long_question_written_over_a_rule_among_ruled_questions_stays_a_question():
    asked = ["What is Kubernetes?", "What is a Pod?", "What is a Service?", "What is kubectl?"]
    text = ("---\nBeginner Level\n---\n" + "".join(f"{q}\n---\n\nAn answer of its own, in a sentence.\n\n---\n" for q in asked)
            + "\nWhat tools do you use to monitor a cluster? (e.g., Prometheus, Grafana, and others like them)\n---\n")
    assert [title for title, _answer in read_pairs(text)][-1] == (
        "What tools do you use to monitor a cluster? (e.g., Prometheus, Grafana, and others like them)")


def test_a_heading_that_names_questions_with_links_under_it_is_one_of_the_other_questions():
    text = ("# Rails questions\n\n**Q1. What is Rack?**\n\nA web server interface.\n\n**Q2. What is a migration?**\n\n"
            "A versioned schema change.\n\n**Q3. What is a concern?**\n\nA shared module.\n\n## Other Questions\n\n"
            "##### Include vs join?\n[#Answer 1](https://example.com/a)\n\n##### Inheritance Questions?\n"
            "[#Answer 1](https://example.com/b)\n\n##### Observer\n[#Answer 1](https://example.com/c)\n")
    titles = [title for title, _answer in read_pairs(text)]
    assert titles[3:] == ["Include vs join?", "Inheritance Questions?", "Observer"]


def test_why_it_matters_is_a_section_title_not_a_question():
    text = ("## Sample questions\n\n### **Q: \"Why use AdamW?\"**\n**A:** It decouples weight decay.\n\n"
            "### **Q: \"How do you prevent overfitting?\"**\n**A:** Early stopping and a low rank.\n\n"
            "## Business impact\n\n### **Why This Matters**\n- Cheaper adaptation\n\n### **Why it matters to users**\n- Speed\n")
    assert [title for title, _answer in read_pairs(text)] == ["Why use AdamW?", "How do you prevent overfitting?"]


def test_a_question_that_goes_on_over_its_empty_answer_label_is_unanswered():
    text = ("Q: Is `True = False` possible?\nA: Only in Python 2.\n\nQ: You have a memory leak in production.\n"
            "How would you start debugging it?\nA:\n\nQ: What does `is` compare?\nA: Identity.\n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.answered for q in questions] == [True, False, True]
    assert questions[1].prompt == "How would you start debugging it?"


def test_a_box_titled_answer_in_another_language_with_nothing_in_it_answers_nothing():
    box = "    <details><summary> Possibile Risposta</summary>\n{}\n\n    ---\n    </details>\n\n"
    text = ("## Generale\n\n1. Perché scegliere Java?\n" + box.format("    Perché è multipiattaforma.")
            + "1. Quali sono i vantaggi della programmazione ad oggetti?\n" + box.format("")
            + "1. Come funziona la gestione della memoria?\n" + box.format(""))
    assert [answer for _title, answer in read_pairs(text)] == ["Perché è multipiattaforma.", "", ""]


def test_a_program_alone_under_a_question_about_its_output_is_what_it_shows():
    text = ("### 🟡 Medium\n\n1. What is the output?\n\n```c\nint a = 300;\nchar b = a;\nprintf(\"%d\", b);\n```\n\n"
            "2. Predict the behavior:\n\n```c\nint *p = malloc(sizeof(int));\nfree(p);\n```\n\n"
            "3. What does this print?\n\n```\n44\n```\n\n4. What is a dangling pointer?\n\n   A pointer to freed memory.\n\n"
            "5. What prints here?\n\n```java\nSystem.out.println(1 + 2 + \"3\");\n```\n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.answered for q in questions] == [False, False, True, True, False]
    assert questions[1].prompt == "```c\nint *p = malloc(sizeof(int));\nfree(p);\n```"


def test_a_true_or_false_heading_in_a_quiz_asks():
    quiz = "".join(f"### {q}\n\n- [x] {a}\n- [ ] Not that\n\n> **Explanation:** Because.\n\n" for q, a in [
        ("What is the purpose of the Maybe monad?", "Optional values"), ("What is lazy evaluation?", "Evaluation on demand"),
        ("True or False: Haskell's type system is dynamically typed.", "False")])
    titles = [title for title, _answer in read_pairs("## Quiz Time!\n\n" + quiz)]
    assert titles[-1] == "True or False: Haskell's type system is dynamically typed."


_FRONT_END = [("What did you learn this week?", "How Fourier transforms work."),
              ("What excites you about coding?", "Turning ideas into things people use."),
              ("Which version control systems do you know?", "Git."),
              ("What is your preferred editor?", "Vim, with a few plugins."),
              ("Have you used a task runner?", "Grunt, then Gulp."),
              ("How do you keep up to date?", "Blogs and podcasts.")]


def test_answers_written_with_another_bullet_too_little_indented_to_nest_answer_the_questions_above():
    # "* What …?" over " - The answer": Markdown makes the answer a list of its own beside the question's
    text = "#### General Questions:\n\n" + "".join(f"* {q}\n - {a}\n" for q, a in _FRONT_END)
    assert read_pairs(text) == [(q, f"- {a}") for q, a in _FRONT_END]


def test_two_bullet_markers_that_both_ask_stay_questions_alike():
    text = "## Questions\n\n" + "".join(f"* {q}\n- {q.replace('?', ' today?')}\n\n" for q, _a in _FRONT_END)
    assert len(read_pairs(text)) == 2 * len(_FRONT_END)


def test_titled_topics_in_a_list_of_their_own_marker_apart_from_the_questions_stay_questions():
    asked = ["What is a transformer?", "What is attention?", "What is a token?", "What is RLHF?", "What is RAG?"]
    topics = ["Quantization", "Distillation", "Pruning", "Sharding"]
    text = ("## Questions\n\n" + "".join(f"* {q}\n\n  An answer to it.\n\n" for q in asked)
            + "## Topics\n\n" + "".join(f"- **{t}**\n\n  What it is, in a line.\n\n" for t in topics))
    assert [title for title, _answer in read_pairs(text)] == asked + topics


def test_lettered_questions_under_a_numbered_heading_naming_questions_are_its_questions():
    text = ("## 📌 1. What services does AWS offer?\n\nMany.\n\n### ✅ Compute\n- EC2\n\n"
            "## 📌 2. How do you give one user access to a bucket?\n\nWith an IAM policy.\n\n"
            "## 📌 3. VPC Related Questions\n\n### 🔹 a. What is CIDR in a VPC?\n\nAn address range.\n\n### ✅ Example:\n"
            "- 10.0.0.0/16\n\n### 🔹 b. What is a VPC endpoint?\n\nA private link to a service.\n\n## ✅ Summary\n\nDone.\n")
    assert [title for title, _answer in read_pairs(text)] == [
        "What services does AWS offer?", "How do you give one user access to a bucket?", "What is CIDR in a VPC?",
        "What is a VPC endpoint?"]


def test_titled_topics_after_questions_answered_in_lists_of_another_marker_stay_questions():
    topics = ["Quantization", "Distillation", "Pruning", "Sharding"]
    text = ("## Questions\n\n" + "".join(f"* {q}\n - {a}\n" for q, a in _FRONT_END[:5]) + "\n## Topics\n\n"
            + "".join(f"- **{t}**\n\n  What it is, in a line.\n\n" for t in topics))
    titles = [title for title, _answer in read_pairs(text)]
    assert titles == [q for q, _a in _FRONT_END[:5]] + topics


def test_code_or_output_under_a_question_that_asks_how_or_quotes_its_code_is_the_answer():
    text = ("### How do you print to stderr?\n\n```python\nprint(\"oops\", file=sys.stderr)\n```\n\n"
            "### What does `dict(a=1)` return?\n\n```\n{'a': 1}\n```\n\n"
            "### What is the output?\n\n```\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n```\n")
    assert [bool(answer) for _title, answer in read_pairs(text)] == [True, True, True]


def test_true_or_false_parts_over_their_statements_are_sections():
    part = "## True/False: Part {}\n\n### True or False: {}\n\n{}\n\n### True or False: {}\n\n{}\n\n"
    text = (part.format(1, "Java passes objects by reference.", "False.", "Strings are immutable in Java.", "True.")
            + part.format(2, "An interface can hold fields.", "Only constants.", "A record is a final class.", "True."))
    assert [title for title, _answer in read_pairs(text)] == [
        "True or False: Java passes objects by reference.", "True or False: Strings are immutable in Java.",
        "True or False: An interface can hold fields.", "True or False: A record is a final class."]


def test_a_full_text_answer_placeholder_answers_nothing():
    stub = "<p></p><i>&nbsp;&nbsp;&nbsp;✎  Full Text Answer</i><p></p><p></p>"
    text = (f"## Questions\n\n<details><summary>Can you explain Django's architecture?</summary>\n{stub}</details>\n\n"
            "<details><summary>Where does Django store migrations?</summary><p></p><p>&nbsp;☒ Filesystem</p>"
            "<p>&nbsp;☐ Database</p></details>\n\n"
            f"<details><summary>Does Django support NoSQL?</summary>\n{stub}</details>\n")
    assert [q.answered for q in parse_markdown(text, pack="x").questions] == [False, True, False]
