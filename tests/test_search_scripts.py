"""Search finds questions written in any script: Chinese and Japanese by pairs of characters, accents dropped."""

from __future__ import annotations

from llmtui.content.models import Question
from llmtui.graph.search import SearchIndex


def _question(number: int, title: str, answer: str) -> Question:
    return Question(f"p#{number}", "p", number, title, answer, "Topic", number)


def _index() -> SearchIndex:
    index = SearchIndex([
        _question(1, "什么是闭包？", "函数和它引用的外部变量。"),
        _question(2, "Collection 和 Collections 的区别？", "Collection 是接口，Collections 是工具类。"),
        _question(3, "Что такое замыкание?", "Функция вместе с окружением."),
        _question(4, "Qu'est-ce qu'un réseau de neurones ?", "Des couches de neurones reliées, comme au café."),
        _question(5, "What is a KV cache?", "Keys and values kept for the next tokens."),
    ], {}, {})
    index.index_answers()
    return index


def test_chinese_titles_are_found_by_any_word_of_them():
    index = _index()
    for query in ("闭包", "什么是闭包", "区别"):
        results = index.search(query)
        assert results and results[0].key == ("p#1" if query != "区别" else "p#2"), query
    first = index.search("闭包")[0]
    start, end = first.spans[0]
    assert first.title[start:end] == "闭包"


def test_words_of_other_scripts_and_accented_words_are_found():
    index = _index()
    assert index.search("замыкание")[0].key == "p#3"
    assert index.search("reseau")[0].key == "p#4" and index.search("réseau")[0].key == "p#4"
    in_answer = index.search("外部变量")
    assert [(r.key, r.field) for r in in_answer] == [("p#1", "answer")]
    assert index.search("kv cache")[0].key == "p#5"  # English as before


def test_near_duplicates_are_found_among_chinese_questions():
    from llmtui.graph.duplicates import near_duplicates

    a = _question(1, "什么是闭包？它有什么用？", "函数和它引用的外部变量，一起保存。")
    b = _question(2, "什么是闭包?它有什么用?", "函数和它引用的外部变量，一起保存！")
    c = _question(3, "什么是原型链？", "对象沿着原型查找属性。")
    assert [(x, y) for x, y, _ in near_duplicates([a, b, c])] == [("p#1", "p#2")]
