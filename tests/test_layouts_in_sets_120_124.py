"""Layouts met in held-out sets 120–124, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_numbered_questions_pasted_inside_a_code_fence_are_read_as_markdown():
    def section(name: str, first: int) -> str:
        items = "".join(f"{n}. **Can you explain point {n} of {name}?**\n   It means step {n} of the standard.\n\n"
                        for n in range(first, first + 3))
        return f"## {name}\n\n```bash\n{name} is a standard for quality.\n\n{items}```\n\n"
    text = section("ISO 9001", 1) + section("ISO 27001", 4)
    parsed = parse_markdown(text, pack="x")
    assert [q.title for q in parsed.questions] == [
        *(f"Can you explain point {n} of ISO 9001?" for n in range(1, 4)),
        *(f"Can you explain point {n} of ISO 27001?" for n in range(4, 7))]
    assert parsed.questions[0].answer == "It means step 1 of the standard."
    assert any("code fence(s) holding numbered questions" in problem.message for problem in parsed.problems)


def test_a_fence_showing_two_numbered_questions_stays_code():
    text = ("## 1. How does this Markdown render?\n\n```md\n1. **What is X?**\n2. **Why is Y?**\n```\n\n"
            "As a numbered list in bold.\n\n## 2. What is a shell?\n\nA command interpreter.\n")
    questions = parse_markdown(text, pack="x").questions
    assert [q.title for q in questions] == ["How does this Markdown render?", "What is a shell?"]
    assert "```md\n1. **What is X?**" in questions[0].prompt + questions[0].answer


def test_a_details_box_made_bold_is_still_a_question_box():
    text = "# ES6 questions\n\n" + "".join(
        f"<b><details><summary>{n}. ES6 的特性 {n} 是什么</summary></b>\n\n参考答案：特性 {n} 的说明\n\n</details>\n\n"
        for n in range(1, 5))
    read = read_pairs(text)
    assert [title for title, _ in read] == [f"ES6 的特性 {n} 是什么" for n in range(1, 5)]
    assert all(answer.startswith("特性") for _, answer in read)


def test_paragraphs_numbered_as_chinese_writes_them_are_a_numbered_series():
    text = "".join(f"{n}、{question}\n {answer}\n\n" for n, (question, answer) in enumerate((
        ("runtime是什么？", "运行时的机制。"), ("objc_class包含哪些内容", "isa 和方法列表。"),
        ("何为isa指针", "一个共用体。"), ("isa的指向", "指向类对象。")), 1))
    assert [title for title, _ in read_pairs(text)] == ["runtime是什么？", "objc_class包含哪些内容", "何为isa指针",
                                                        "isa的指向"]


def test_chinese_coding_tasks_opened_by_modify_given_or_use_to_implement_are_questions():
    text = "".join(f"## {task}\n\n```js\n// {n}\n```\n\n" for n, task in enumerate((
        "实现一个 sleep 函数", "改造下面的代码，使之输出0 - 9", "给定两个数组，写一个方法来计算它们的交集",
        "使用迭代的方式实现 flatten 函数"), 1)) + "## 使用场景\n\n常见于表单。\n"
    assert [title for title, _ in read_pairs(text)] == ["实现一个 sleep 函数", "改造下面的代码，使之输出0 - 9",
                                                        "给定两个数组，写一个方法来计算它们的交集",
                                                        "使用迭代的方式实现 flatten 函数"]
