"""Search inside answers: found, ranked below titles and concepts, shown with the line that matched."""

from __future__ import annotations

import json

from helpers import prompts, text_of, type_query, wait_ready

from llmtui.content.models import Question
from llmtui.graph.search import ANSWER_SCORES, TITLE_MIN_SCORE, SearchIndex, answer_snippet
from llmtui.tui.app import LlmTuiApp
from llmtui.tui.entry import main
from llmtui.tui.navigation import QuestionPage


def _question(number: int, title: str, answer: str) -> Question:
    return Question(f"p#{number}", "p", number, title, answer, "Topic", number)


def test_words_only_answers_hold_are_found_with_their_line(kb):
    results = kb.index.search("behaviour", limit=50)  # British spelling; 7 answers say "behavior"
    in_answers = [r for r in results if r.field == "answer"]
    assert len(in_answers) == 7 and not kb.index.search("behaviour", limit=50, answers=False)
    for r in in_answers:
        assert ANSWER_SCORES[0] <= r.score <= ANSWER_SCORES[1] < TITLE_MIN_SCORE
        start, end = r.snippet_spans[0]
        assert r.snippet[start:end].lower() == "behavior"
        assert "behavior" in kb.question(r.key).answer


def test_answer_matches_rank_below_title_and_concept_matches():
    index = SearchIndex([
        _question(1, "How does beam search decode?", "It keeps the best k partial outputs."),
        _question(2, "What is greedy decoding?", "Unlike beam search, it keeps only the best token."),
        _question(3, "What is top-p sampling?", "Nothing about that here."),
    ], {"Beam search": ["beam decoding"]}, {"Beam search": ["p#1"]})
    results = index.search("beam search")
    assert [(r.kind, r.key, r.field) for r in results] == [
        ("concept", "Beam search", "concept"), ("question", "p#1", "title"), ("question", "p#2", "answer")]
    assert results[2].snippet == "Unlike beam search, it keeps only the best token."
    assert results[2].snippet_spans == ((7, 11), (12, 18))


def test_every_word_must_be_in_the_answer_and_the_last_may_be_half_typed():
    index = SearchIndex([_question(1, "Caching?", "Rotary position embeddings rotate queries."),
                         _question(2, "Other?", "Rotary engines are cars.")], {}, {})
    assert [r.key for r in index.search("rotary embe")] == ["p#1"]  # "embe" is being typed
    assert [r.key for r in index.search("rotary")] == ["p#1", "p#2"]
    assert index.search("rotary wankel") == []


def test_a_longer_list_only_adds_to_a_shorter_one(kb):
    short = [r.key for r in kb.index.search("behaviour", limit=3)]
    longer = [r.key for r in kb.index.search("behaviour", limit=5)]
    assert longer[:3] == short


def test_answers_indexed_later_are_searched_from_then_on():
    index = SearchIndex([_question(1, "Title?", "A word: zymurgy.")], {}, {}, answers=False)
    assert index.search("zymurgy") == [] and not index.answers_indexed
    index.index_answers()
    assert [r.field for r in index.search("zymurgy")] == ["answer"]


def test_snippets_are_cut_around_the_match_between_words():
    line = "Long preamble words " * 10 + "the kv cache grows with context " + "and trailing words " * 10
    snippet, spans = answer_snippet(line, ["cache"], width=60)
    assert snippet.startswith("…") and snippet.endswith("…") and len(snippet) <= 62
    assert [snippet[a:b] for a, b in spans] == ["cache"]
    assert not snippet[1].isspace() and snippet[1:].split()[0] in line.split()  # a whole word first


def test_cli_search_json_says_where_it_matched(capsys, data_dir):
    assert main(["search", "behaviour", "--json", "--limit", "3"]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]
    assert rows and all(r["field"] == "answer" and "behavior" in r["snippet"].lower() for r in rows)
    assert main(["search", "behaviour", "--limit", "1"]) == 0
    assert "in the answer: " in capsys.readouterr().out


async def test_the_list_and_the_preview_show_the_matching_line(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await type_query(app, pilot, "behaviour")
        first = prompts(app, "#results")[0]
        assert "in the answer: " in first and "behavior" in first
        assert "7 found in answers" in text_of(app, "#status")
        assert "Found in the answer: " in text_of(app, "#preview-text")
        await pilot.press("escape")
        await type_query(app, pilot, "kv cache")  # title matches: no line above the answer
        results = app.screen.query_one("#results")
        results.highlighted = next(i for i, t in enumerate(results.targets) if isinstance(t, QuestionPage))
        await pilot.pause()
        assert not app.screen.query_one("#preview-text").display
