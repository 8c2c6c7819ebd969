"""Layouts met in held-out sets 80–137, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


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


def test_an_html_line_break_after_a_listed_question_starts_its_answer():
    text = ("# Cheatsheet\n1. What is nodejs?<br/>A JavaScript runtime built on V8.\n\n"
            "2. What is json?<br/>JavaScript Object Notation. Example:\n```\n{\"a\": 1}\n```\n<br/>\nMuch like an object.\n\n"
            "4. What is npm?<BR>The package manager.\n")
    assert read_pairs(text) == [("What is nodejs?", "A JavaScript runtime built on V8."),
                                ("What is json?",
                                 "JavaScript Object Notation. Example:\n```\n{\"a\": 1}\n```\nMuch like an object."),
                                ("What is npm?", "The package manager.")]


def test_a_details_box_right_under_the_closing_tag_of_the_one_above_is_a_question_of_its_own():
    text = ("<details><summary>- What is a pod?</summary>\n\nA group of containers.\n\n</details>\n"
            "<details><summary>- how are you doing patching for containers</summary>\nI rebuild base images weekly.\n\n"
            "Then redeploy.</details>\n"
            "<details><summary>- What is a node?</summary>\n\nA machine in the cluster.\n</details>\n"
            "<details><summary>- How will you reduce size of docker images ?</summary>My tactics:\n\nSlim images.</details>\n")
    assert read_pairs(text) == [("What is a pod?", "A group of containers."),
                                ("how are you doing patching for containers", "I rebuild base images weekly.\n\nThen redeploy."),
                                ("What is a node?", "A machine in the cluster."),
                                ("How will you reduce size of docker images ?", "My tactics:\n\nSlim images.")]


def test_paragraphs_numbered_without_the_space_after_the_number_in_lower_case_too_are_the_questions():
    text = ("1.differences between object and block storage\n\nObject storage:\n1.Scalability:\nIt grows with the data.\n"
            "2.Flexibility:\nA flat namespace.\n\n2.what is s3?\nA large drive in the cloud.\n\n3.What is a bucket?\n"
            "A container of objects.\n\n4.Does the concept of folders exist in S3?\nNo: prefixes stand in for them.\n")
    assert [title for title, _ in read_pairs(text)] == ["differences between object and block storage", "what is s3?",
                                                        "What is a bucket?", "Does the concept of folders exist in S3?"]
    # numbers typed so only inside an answer stay there
    assert read_pairs("## What is S3?\n\nAn object store:\n1.Scalable\n2.Durable\n")[0][1].endswith("2.Durable")


def test_a_quiz_of_mdx_components_shows_each_questions_options_with_it_and_its_answer():
    text = ("import { Question } from '../../Question';\n\n# Move semantics\n\n"
            "<Question\n  question=\"1).What is move semantics in C++?\"\n"
            "  options={['Transferring ownership of resources', 'Copying resources', 'None of the above']}\n"
            "  answer=\"Transferring ownership of resources\"\n/>\n"
            "<Question\n  question=\"2).Which operator is overloaded to output an object?\"\n"
            "  options={['<<', '==', \"it's >>\"]}\n  answer=\"<<\"\n/>\n"
            "<Question\n  question=\"3).Is a move constructor generated implicitly?\"\n"
            "  options={[`Yes`, `No`]}\n  answer=\"Yes\"\n  onPick={(choice) => track({ id: 3, choice })}\n/>\n")
    read = parse_markdown(text, pack="x").questions
    assert [(q.title, q.answer, q.prompt) for q in read] == [
        ("What is move semantics in C++?", "Transferring ownership of resources",
         "- Transferring ownership of resources\n- Copying resources\n- None of the above"),
        ("Which operator is overloaded to output an object?", "`<<`", "- `<<`\n- `==`\n- it's >>"),
        ("Is a move constructor generated implicitly?", "Yes", "- Yes\n- No")]
