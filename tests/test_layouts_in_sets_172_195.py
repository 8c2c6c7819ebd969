"""Layouts met in held-out sets 172–195, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown

_LISTS_NUMBERED_ON = """# Vision Questions

## Detection

**Q:** What is a one-stage detector?

**A:** It predicts boxes and classes in one pass over the image, with no proposal step.

**Q:** Why are anchor boxes used?

**A:** They give priors of shape, so each cell can predict several objects of different sizes.

**Q:** What does a feature pyramid add?

**A:** Features at several scales, so small objects are found in the fine maps.

**Q:** What is an intersection over union?

**A:** The overlap of two boxes over their union, the measure a match is judged by.

**Q:** Why is focal loss used?

**A:** It weights the hard examples up, so the easy background does not swamp training.

**Q:** What does mean average precision measure?

**A:** Precision over all recall levels, averaged over the classes.

**Q:** How are small objects handled?

**A:** With finer feature maps, larger inputs and more anchors at small sizes.

**Q:** What is a two-stage detector?

**A:** One that proposes regions first and classifies each proposal after.

### Technical Questions:

1. How is the loss split between boxes and classes?
2. What does non-maximum suppression remove?
3. Why is the image split into a grid?

### Performance:

4. Where do one-stage detectors lose accuracy?
5. How does a larger input size change recall?

### Applications:

6. Which products need detection at video rate?
7. When is a two-stage detector the better choice?
"""


def test_lists_that_number_on_from_a_list_of_questions_are_questions_too():
    # ("### Performance:" does not say it holds questions; its items go on counting from the ones that did)
    pairs = read_pairs(_LISTS_NUMBERED_ON)
    assert [title for title, _ in pairs] == [
        "What is a one-stage detector?", "Why are anchor boxes used?", "What does a feature pyramid add?",
        "What is an intersection over union?", "Why is focal loss used?", "What does mean average precision measure?",
        "How are small objects handled?", "What is a two-stage detector?",
        "How is the loss split between boxes and classes?", "What does non-maximum suppression remove?",
        "Why is the image split into a grid?", "Where do one-stage detectors lose accuracy?",
        "How does a larger input size change recall?", "Which products need detection at video rate?",
        "When is a two-stage detector the better choice?"]
    assert [bool(answer) for _, answer in pairs] == [True] * 8 + [False] * 7
    # Numbered afresh, or with a gap, a short list under a heading that does not say so is something else
    for first in ("1", "7"):
        restarted = _LISTS_NUMBERED_ON.replace("4. Where", f"{first}. Where").replace(
            "5. How does", f"{int(first) + 1}. How does").replace("6. Which", f"{int(first) + 2}. Which").replace(
            "7. When", f"{int(first) + 3}. When")
        assert len(read_pairs(restarted)) == 11


def test_a_heading_typed_without_its_space_that_numbers_on_is_one_of_the_series():
    text = ("## Instructions\n\nKeep only the right options.\n\n"
            "#### 1.  Which engine runs Node?\n* A) V8\n\n"
            "#### 2.  Which call loads a core module?\n* C) require('fs')\n\n"
            "#### 3.  Why does this server not start?\n```js\nhttp.listen(8000);\n```\n* B) listen is on the server\n\n"
            "###4. What does the following module export?\n```js\nmodule.exports = () => [];\n```\n* A) a function\n\n"
            "###5. What does non-blocking I/O mean?\n\nThe call returns at once and a callback runs later.\n")
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == [
        "Which engine runs Node?", "Which call loads a core module?", "Why does this server not start?",
        "What does the following module export?", "What does non-blocking I/O mean?"]
    assert pairs[3][1] == "* A) a function"  # the code is what it asks about; the option under it answers
    assert pairs[4][1].startswith("The call returns")
    # Out of turn ("###9." after "#### 3."), it stays the paragraph Markdown reads
    assert len(read_pairs(text.replace("###4.", "###9.").replace("###5.", "###12."))) == 3


def test_a_lone_option_right_under_the_code_a_question_shows_answers_it():
    text = ("#### 1. What does the following code return?\n\n```js\nconst f = () => [1, 2];\n```\n* B) an array\n\n"
            "#### 2. What does the following code print?\n\n```js\nconsole.log(typeof f);\n```\n\n* A) function\n\n"
            "#### 3. Which of the following lines declares a constant?\n\n```js\nlet a = 1;\n```\n"
            "* A) the first\n* B) none\n")
    questions = parse_markdown(text, pack="x").questions
    assert [(q.prompt.endswith("```"), q.answer) for q in questions[:2]] == [(True, "* B) an array"),
                                                                            (True, "* A) function")]
    # two options under the code are the question's to show, not an answer
    assert "* A) the first" in questions[2].prompt and not questions[2].answered


def test_a_closing_section_of_one_kind_of_tips_is_advice_not_questions():
    text = ("# System Design Cheat Sheet\n\n## Top Questions\n\n"
            "1. **Design a URL shortener**\n   - Hash the URL\n   - Redirect with 301\n\n"
            "2. **Design a chat system**\n   - WebSockets\n   - Read receipts\n\n"
            "3. **Design a rate limiter**\n   - Token bucket\n   - Redis counters\n\n"
            "## Whiteboard Tips\n\n1. Start with the requirements\n2. Draw the data flow\n3. Name the stores\n")
    assert [title for title, _ in read_pairs(text)] == [
        "Design a URL shortener", "Design a chat system", "Design a rate limiter"]


def test_headings_in_one_html_wrapper_round_the_whole_page_are_its_questions():
    # (a blog post exported as one <div>: no blank line between its parts, a blank line inside a <pre> only)
    text = ("<div>\n<p>Some notes before the questions.</p>\n"
            "<h3>01、什么是 JVM？</h3>\n<p>运行字节码的虚拟机。</p>\n"
            "<h3>02、JDK 和 JRE 有什么区别？</h3>\n<p>JDK 包含编译器。</p>\n<pre><code>javac A.java\n\njava A\n</code></pre>\n"
            "<h3>03、为什么 Java 不支持多重继承？</h3>\n<p>避免菱形继承的歧义。</p>\n"
            "<h3>04、String 为什么不可变？</h3>\n<p>为了安全和缓存哈希值。</p>\n"
            "<pre><code>s = &quot;a&quot;\n\nt = s\n</code></pre>\n"
            "<p>所以可以共享。</p>\n<h3>05、final 有什么用？</h3>\n<p>不可改变。</p>\n</div>\n")
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == ["什么是 JVM？", "JDK 和 JRE 有什么区别？", "为什么 Java 不支持多重继承？",
                                             "String 为什么不可变？", "final 有什么用？"]
    assert all(answer for _, answer in pairs)
    # A heading inside a block that is no wrapper (a <details> box) stays inside it
    boxed = ("## What is a JVM?\n\n<details>\n<summary>Answer</summary>\n<h4>In short</h4>\n<p>A virtual machine.</p>\n"
             "</details>\n\n## What is a JDK?\n\nThe kit with the compiler.\n")
    assert [title for title, _ in read_pairs(boxed)] == ["What is a JVM?", "What is a JDK?"]


def test_answers_under_a_heading_that_names_them_in_another_language_answer_by_number():
    text = ("Questions\n---------\n\n1. Quelle est la différence entre un service et un contrôleur ?\n"
            "2. Qu'est-ce que l'injection de dépendance ?\n3. À quoi sert le fichier services.yaml ?\n\n"
            "Réponses\n--------\n\n"
            "1. Service et contrôleur :\n→ Le contrôleur reçoit la requête ; le service porte la logique.\n\n"
            "2. Injection de dépendance :\n→ Le conteneur fournit les dépendances d'une classe.\n\n"
            "3. services.yaml :\n→ Il déclare les services et leur configuration.\n")
    pairs = read_pairs(text)
    assert len(pairs) == 3
    assert "le service porte la logique" in pairs[0][1] and "fournit les dépendances" in pairs[1][1]
    assert "leur configuration" in pairs[2][1]


def test_numbered_vietnamese_questions_kept_in_fences_with_their_answers():
    text = ("# Chapter 1:\n```\nCâu 1: Có bao nhiêu cách để tạo project?\n- Có hai cách:\n    + Installer\n    + Composer\n\n"
            "Câu 2: Vòng đời của một request\n- Middleware, routing, controller.\n```\n\n"
            "# Chapter 2:\n```\nCâu 1: Migration là gì?\n- Công cụ quản lý thay đổi cơ sở dữ liệu.\n\n"
            "Câu 2: Seeder dùng để làm gì?\n- Tạo dữ liệu mẫu.\n\nCâu 3: Factory dùng để làm gì?\n- Sinh dữ liệu giả.\n```\n")
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == ["Có bao nhiêu cách để tạo project?", "Vòng đời của một request",
                                             "Migration là gì?", "Seeder dùng để làm gì?", "Factory dùng để làm gì?"]
    assert pairs[0][1].startswith("- Có hai cách:") and pairs[1][1] == "- Middleware, routing, controller."
    # "Câu trả lời" (the answer) is no question's label
    assert len(read_pairs("```\nCâu 1: Docker là gì?\nCâu trả lời: Một nền tảng container.\n```\n")) == 1


_NUMBERED_ON_IN_FENCES = """# Python Questions

### 1. What is Python?
A high-level language.

### 2. What is PEP 8?
The style guide.

### 3. What is the difference between `is` and `==`?
- `==` compares values.
```python
a is b
```
```
🔁 Intermediate Level
4. What is a list vs a tuple?
List: mutable.

Tuple: immutable.
```
```
5. What are *args and **kwargs?
Variable positional and keyword arguments.
```
```
def f(*args, **kwargs):
    return args, kwargs
```
```
6. What is a decorator?
A function that wraps another one to add behaviour.
```
"""


def test_questions_numbered_on_from_the_headings_inside_fences_of_words():
    pairs = read_pairs(_NUMBERED_ON_IN_FENCES)
    assert [title for title, _ in pairs] == [
        "What is Python?", "What is PEP 8?", "What is the difference between `is` and `==`?",
        "What is a list vs a tuple?", "What are *args and **kwargs?", "What is a decorator?"]
    assert pairs[3][1] == "List: mutable.\n\nTuple: immutable."
    assert "def f(*args, **kwargs):" in pairs[4][1]  # the code fence after it stays code, in its answer
    # Numbered afresh ("1." in the fences), they are not the headings' series
    afresh = _NUMBERED_ON_IN_FENCES.replace("4. What", "1. What").replace("5. What", "2. What").replace("6. What", "3. What")
    assert len(read_pairs(afresh)) == 3


def test_a_quiz_option_marked_as_the_key_answers_under_code_too():
    # (each option ends in a hard break, two spaces, to show one a line)
    text = ("1. What is an example of a web client?  \n    A. A browser - key  \n    B. A server  \n    C. Node  \n\n"
            "2. What will the following code log?  \n    ```js\n    console.log(1 + 1);\n    ```\n\n"
            "    A. 11  \n    B. 2 - key  \n    C. NaN  \n\n"
            "3. Which module reads files?  \n    A. http  \n    B. fs - key  \n    C. os  \n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.answer for q in questions] == ["A. A browser", "B. 2", "B. fs"]
    assert "console.log(1 + 1);" in questions[1].prompt and "A. 11" in questions[1].prompt
    assert "key" not in questions[1].prompt


def test_true_or_false_answers_given_under_a_label_are_answers_each_time():
    statements = ("Python is open source.", "Whitespace matters in blocks.", "Functions let you reuse code.",
                  "A variable name may open with an underscore.")
    items = "".join(f"- Question 1.{n}: True or False? {statement}\n"
                    "  - Type: Multiple choice (single correct response)\n  - Answer: True\n  - Choices: True, False\n"
                    for n, statement in enumerate(statements, start=1))
    assert all("Answer: True" in answer for _, answer in read_pairs(f"# Lesson 1:\n{items}"))
    # a note pasted under two questions is still no answer to either
    note = "This may be asked in the phone screen; be ready to write it on a whiteboard with tests."
    pasted = f"## What is a heap?\n\n{note}\n\n## What is a trie?\n\n{note}\n\n## What is a stack?\n\nLast in, first out.\n"
    assert [bool(answer) for _, answer in read_pairs(pasted)] == [False, False, True]


def test_a_key_of_numbered_right_options_under_an_answer_key_heading_answers_by_number():
    questions = "".join(f"{n}. **Which stage {word}?**\n   - A) Pre-training\n   - B) Reward modelling\n   - C) Decoding\n\n"
                        for n, word in enumerate(("learns preferences", "needs pairs", "comes second"), start=1))
    key = ("## Answer Key\n\n**1. B) Reward modelling**\n- Explanation: it scores outputs.\n\n"
           "**2. B) Reward modelling**\n- Explanation: it compares two outputs.\n\n"
           "**3. B) Reward modelling**\n- Explanation: after supervised tuning.\n")
    parsed = parse_markdown(f"# Quiz\n\n{questions}---\n\n{key}", pack="x").questions
    assert [q.answer.split("\n")[0] for q in parsed] == ["**B) Reward modelling**"] * 3
    assert "it compares two outputs" in parsed[1].answer
    assert parsed[0].prompt.split("\n") == ["- A) Pre-training", "- B) Reward modelling", "- C) Decoding"]
    # the same lines under a heading that names no key are notes, not answers
    assert not any(q.answered for q in parse_markdown(f"# Quiz\n\n{questions}---\n\n{key.replace('Answer Key', 'Notes')}",
                                                      pack="x").questions)


def test_a_chinese_question_with_its_answer_run_on_after_the_question_mark():
    text = ("### 基础\n\n1. [开始] **Go 在编程语言中处于什么位置？**[TIOBE](https://tiobe.com)，10-20 名\n\n"
            "1. [开始] Go 源于什么需求而被创造？兼顾代码易用性、健壮性和性能\n\n"
            "1. [开始] Go 有什么样的设计哲学？简单、可靠、高效，并且判断是否需要逃逸\n\n"
            "1. [进阶] 为什么选 Go？还是选 Rust？\n\n"
            "1. [进阶] 什么是守护进程？列出编写它的步骤。\n\n    解答：脱离终端，在后台运行。\n")
    pairs = read_pairs(text)
    assert pairs[:3] == [("Go 在编程语言中处于什么位置？", "[TIOBE](https://tiobe.com)，10-20 名"),
                         ("Go 源于什么需求而被创造？", "兼顾代码易用性、健壮性和性能"),
                         ("Go 有什么样的设计哲学？", "简单、可靠、高效，并且判断是否需要逃逸")]
    assert not pairs[3][1]  # two questions on one line: nothing answers them
    assert pairs[4][0].endswith("列出编写它的步骤。")  # an answer under the item: the whole line asks


def test_lists_right_under_a_details_summary_are_titled_groups_of_questions():
    group = ("<details>\n<summary>⚡ {title}</summary>\n- **What is {a}?**  \n  The {a} answer.\n\n"
             "- **How does {b} work?**  \n  The {b} answer.\n</details>\n\n")
    text = "# Linux Questions\n\n" + "".join(group.format(title=t, a=a, b=b) for t, a, b in (
        ("Basics", "Linux", "a kernel"), ("Files", "an inode", "chmod"), ("Network", "a socket", "DNS")))
    questions = parse_markdown(text, pack="x").questions
    assert [q.title for q in questions] == ["What is Linux?", "How does a kernel work?", "What is an inode?",
                                            "How does chmod work?", "What is a socket?", "How does DNS work?"]
    assert [q.topic for q in questions] == ["Basics"] * 2 + ["Files"] * 2 + ["Network"] * 2
    assert questions[1].answer == "The a kernel answer."
    # a box that only says "Answer" under a question holds its answer
    boxed = ("1. **What is an inode?**\n   <details>\n   <summary>Answer</summary>\n   - It holds a file's metadata.\n"
             "   </details>\n")
    assert "<!--" not in read_pairs(boxed)[0][1]


def test_a_numbered_heading_typed_a_level_deeper_goes_on_with_the_series():
    levels = {3: "###", 6: "###", 7: "###"}
    text = "# Deep Learning Questions\n\n" + "".join(
        f"{levels.get(n, '##')} **{n}. What is idea number {n}?**\n\nIdea {n} is explained here in a sentence.\n\n"
        for n in range(1, 10))
    assert len(read_pairs(text)) == 9
    # a deeper heading numbered afresh inside an answer is a point of it
    points = text.replace("### **6. What is idea number 6?**", "### **1. What is idea number 6?**")
    assert len(read_pairs(points)) < 9


def test_headings_inside_an_answer_s_details_box_are_the_answer_s():
    box = "### {n}. {q}\n\n<details>\n<summary>点击查看答案</summary>\n\n{body}\n</details>\n\n"

    def points(names: list[str]) -> str:
        return "\n\n".join(f"### {at}. {name}\n\n{name}的说明。" for at, name in enumerate(names, 1))

    text = "# 机器学习面试题集\n\n## 基础概念题\n\n" + "".join(box.format(n=n, q=q, body=body) for n, q, body in (
        (9, "什么是过拟合？", "模型记住了训练数据。"),
        (10, "如何处理不平衡数据？", "**解决方法：**\n\n" + points(["重采样方法", "算法层面", "评估指标", "集成方法"])),
        (11, "解释梯度下降", "沿负梯度方向更新参数。\n\n" + points(["批量梯度下降", "随机梯度下降", "小批量梯度下降"])),
        (12, "实现一个简单的KNN分类器", "用距离排序。\n\n" + points(["距离计算", "投票"])),
        (13, "什么是交叉验证？", "把数据分成多份轮流验证。")))
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == ["什么是过拟合？", "如何处理不平衡数据？", "解释梯度下降", "实现一个简单的KNN分类器",
                                             "什么是交叉验证？"]
    assert "集成方法的说明。" in pairs[1][1] and "投票的说明。" in pairs[3][1]


def test_shortcode_numbers_and_tags_shown_as_code_answer():
    text = (":one: __Quelle balise ouvre un lien ?__\n> `<a href=\"#details\">`\n\n"
            ":two: __Quel est le rôle du navigateur ?__\n> Traduire le HTML en un résultat visuel\n\n"
            ":three: __Quelle balise délimite une liste numérotée ?__\n> `<ol>`\n\n"
            ":keycap_ten: __Que fait un élément flottant ?__\n> Le texte l'entoure\n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.title for q in questions] == ["Quelle balise ouvre un lien ?", "Quel est le rôle du navigateur ?",
                                            "Quelle balise délimite une liste numérotée ?", "Que fait un élément flottant ?"]
    assert [q.answer for q in questions][::2] == ['`<a href="#details">`', "`<ol>`"]
    # a tag that is markup, not shown as code, is still no answer
    assert not read_pairs("## What does the page end with?\n\n<br>\n\n## What is HTML?\n\nA markup language.\n")[0][1]


def test_a_table_of_questions_and_their_key_points_answers_them():
    text = ("# Redis\n\n📌 1. 基础知识\n\n| 问题 | 核心知识点 |\n| --- | --- |\n| Redis 是什么？ | 内存存储的 NoSQL |\n"
            "| Redis 为什么快？ | 内存、单线程、IO 多路复用 |\n\n📌 2. 持久化\n\n| 问题 | 知识点 |\n| --- | --- |\n"
            "| 持久化方式有哪些？ | RDB 和 AOF |\n")
    assert read_pairs(text) == [("Redis 是什么？", "内存存储的 NoSQL"), ("Redis 为什么快？", "内存、单线程、IO 多路复用"),
                                ("持久化方式有哪些？", "RDB 和 AOF")]
