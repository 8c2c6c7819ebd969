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
