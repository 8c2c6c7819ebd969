"""Layouts met in held-out sets 90–94 (and one from 86), each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_a_labelled_bold_question_with_its_answer_on_the_same_line():
    text = ("**Q1: What is a view controller?** The object that manages one screen.\n\n"
            "**Q2: When is `loadView` overridden?** Only when the whole view is built in code.\n\n"
            "**Q3: Layout priority** - 1000 is required, 750 high, 250 low.\n")
    assert read_pairs(text) == [("What is a view controller?", "The object that manages one screen."),
                           ("When is `loadView` overridden?", "Only when the whole view is built in code."),
                           ("Layout priority", "1000 is required, 750 high, 250 low.")]


def test_text_under_an_hr_tag_line_is_read_as_markdown():
    blocks = [("O que é uma propriedade automática?", "Um atalho para getter e setter."),
              ("O que é LINQ?", "Consultas sobre coleções."), ("O que é um delegate?", "Uma referência a método.")]
    text = "".join(f"<hr>\nPergunta {n}: {q}\n\nResposta: {a}\n\n" for n, (q, a) in enumerate(blocks, 1))
    assert read_pairs(text) == blocks
    # check names the labels it read, as written
    assert "labelled in another language (Portuguese 3: 'Pergunta 1:'…)" in parse_markdown(text, pack="x").layout.summary()
    # inside a fence the tag is code
    fenced = "## What does this print?\n\n```html\n<hr>\nText\n```\n\nA rule, then Text.\n"
    assert "<hr>" in parse_markdown(fenced, pack="x").questions[0].prompt + parse_markdown(
        fenced, pack="x").questions[0].answer


def test_a_plain_request_over_an_answer_label_is_a_question():
    text = ("🔥 1. How does structural typing work?\nAsked to check depth.\n✅ Answer:\nShapes, not names.\n\n"
            "🔥 2. Explain unknown vs any\nThis separates juniors from seniors.\n✅ Answer:\n`any` turns checks off.\n\n"
            "🔥 3. Difference between Partial, Pick and Omit\nAsked everywhere.\n✅ Answer:\nOptional, chosen, left out.\n\n"
            "🔥 4. What are conditional types?\nAdvanced.\n✅ Answer:\nTypes chosen by a condition.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "How does structural typing work?", "Explain unknown vs any", "Difference between Partial, Pick and Omit",
        "What are conditional types?"]


def test_lettered_terms_with_their_meanings_answer_an_explain_the_following():
    text = ("Q. What is a node?\n\nAns. A process that computes.\n\nQ. Explain the following :\n\n"
            "  A. Workspace - a folder that holds packages\n\n  B. Topic - a named bus for messages\n\n"
            "Q. What is a service?\n\nAns. A request and a reply.\n\nQ. Explain the following :\n\n"
            "  A. Launch file - starts many nodes at once\n\n  B. Bag - a recording of messages\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == ["What is a node?", "Explain the following :", "What is a service?",
                                                 "Explain the following :"]
    assert all(q.answered for q in pack.questions)
    assert "Workspace" in pack.questions[1].answer and "Launch file" in pack.questions[3].answer


def test_a_korean_request_in_the_formal_imperative_asks():
    text = ("### TypeScript란 무엇입니까?\n\n자바스크립트에 타입을 더한 언어입니다.\n\n"
            "### 속성 데코레이터를 사용하는 방법과 이유를 설명하십시오.\n\n클래스 속성에 메타데이터를 붙일 때 씁니다.\n\n"
            "### 제네릭은 왜 필요합니까?\n\n재사용할 수 있는 타입을 만들기 위해서입니다.\n")
    assert len(read_pairs(text)) == 3


def test_a_plain_question_with_a_note_after_its_question_mark_asks():
    text = ("# Kotlin mülakat soruları\n\n1- Kotlin nedir?\n-> JVM üzerinde çalışan bir dil.\n\n"
            "2- Type inference nedir? (tip çıkarımı)\n-> Derleyicinin türü kendisi bulması.\n\n"
            "3- val ve var farkı nedir?\n-> val yeniden atanamaz.\n")
    assert [title for title, _ in read_pairs(text)] == ["Kotlin nedir?", "Type inference nedir? (tip çıkarımı)",
                                                   "val ve var farkı nedir?"]
