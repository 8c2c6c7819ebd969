"""What a new user types: short forms, British spellings, phrases, labels; in search, palette and concepts browser."""

from __future__ import annotations

import json

import pytest
from helpers import go, palette, press, prompts, text_of, type_query, wait_ready
from textual.widgets import DataTable, Input

from llmtui.content.models import Question
from llmtui.graph.search import ANSWER_SCORES, NARROWER_CONCEPT_MAX, PARTIAL_TITLE_MAX, SearchIndex
from llmtui.tui.app import LlmTuiApp
from llmtui.tui.entry import main
from llmtui.tui.navigation import ConceptPage, ConceptsPage, QuestionPage
from llmtui.tui.screens.picker import ConceptPicker
from llmtui.tui.screens.question import QuestionScreen
from llmtui.tui.widgets.command_list import CommandList
from llmtui.tui.widgets.results import result_option


def _concepts(results) -> list[str]:
    return [r.key for r in results if r.kind == "concept"]


@pytest.mark.parametrize(("query", "concept"), [("kv", "KV cache"), ("attn", "Attention"), ("beam", "Beam search")])
def test_a_first_word_or_short_form_typed_alone_finds_its_concept_first(kb, query, concept):
    assert kb.index.search(query)[0].key == concept


def test_a_typo_is_read_as_the_glossary_term_it_is_near_not_also_as_a_common_word(kb):
    results = kb.index.search("kv cashe", limit=50)
    assert [r.key for r in results[:3]] == ["KV cache", "llm-hub#3", "llm-hub#5"]
    assert "llm-hub#47" not in {r.key for r in results}  # its title says "use case": no query word meant it
    # A typo near no term still finds the common word it stands for.
    assert kb.index.search("preferrable")[0].key == "llm-hub#47"


@pytest.mark.parametrize("query", ["loar", "lroa", "nlora"])
def test_a_swapped_or_extra_letter_finds_the_concept_and_its_questions(kb, query):
    results = kb.index.search(query, limit=10)
    assert results[0].key == "LoRA"  # a swap is one edit (Damerau); the first letter may be the typo
    assert {"llm-hub#101", "llm-hub#102"} <= {r.key for r in results}


def test_a_word_the_bank_or_glossary_has_is_taken_as_typed(kb):
    # "rope" is one letter from "role" (in titles); a term of the glossary is not read as a typo of it.
    assert [r.key for r in kb.index.search("rope", kind="question")] == []


def test_a_word_the_titles_hold_is_not_read_as_a_typo_of_a_concept_name():
    rest = Question("api#1", "api", 1, "What is REST?", "An architectural style.", "APIs", 1)
    scaling = Question("api#2", "api", 2, "How does test-time compute help reasoning?", "", "Reasoning", 2)
    concepts = {"Test-time compute": ["inference-time compute"]}
    index = SearchIndex([rest, scaling], concepts, {"Test-time compute": ["api#2"]})
    assert [r.key for r in index.search("rest")] == ["api#1"]
    # Where no title says "rest", it is still read as the typo it may be
    alone = SearchIndex([scaling], concepts, {"Test-time compute": ["api#2"]})
    assert [r.key for r in alone.search("rest")][:1] == ["Test-time compute"]


def test_a_concept_named_wholly_puts_narrower_ones_below_its_questions(kb):
    for query in ("kv cache", "kv cashe"):
        keys = [r.key for r in kb.index.search(query)]
        assert keys[0] == "KV cache" and keys.index("llm-hub#3") < keys.index("KV-cache compression"), (query, keys)
        assert {r.score for r in kb.index.search(query) if r.key.startswith("KV-cache ")} == {NARROWER_CONCEPT_MAX}
    # Typed alone, "kv" names no concept wholly: the concepts it starts come before the questions.
    results = kb.index.search("kv")
    assert [r.key for r in results[:5]] == ["KV cache", "KV-cache compression", "KV-cache eviction",
                                            "KV-cache offloading", "KV-cache quantization"]


def test_a_short_form_finds_and_highlights_the_word_it_stands_for(kb):
    titled = [r for r in kb.index.search("attn", kind="question") if r.field == "title"]
    assert len(titled) >= 5
    assert all("attention" in r.title[a:b].lower() for r in titled for a, b in r.spans)


@pytest.mark.parametrize(("query", "unrelated"), [
    ("quantisation", "Summarization"), ("summarisation", "Regularization"), ("summarisation", "Quantization"),
    ("regularisation", "Summarization"), ("normalise", "Generalization"), ("modelling", "LLM inference"),
    ("modelling", "Pruning"), ("generalisation", "Gradient checkpointing"), ("generalisation", "Layer normalization"),
])
def test_a_shared_ending_pulls_in_no_unrelated_concept(kb, query, unrelated):
    assert unrelated not in _concepts(kb.index.search(query, limit=50))


def test_a_shared_ending_pulls_in_no_unrelated_question(kb):
    titles = [r.title for r in kb.index.search("generalisation", limit=50) if r.field == "title"]
    assert not any("generation" in t.lower() or "normalization" in t.lower() for t in titles), titles


def test_words_of_one_family_still_meet(kb):
    assert {"Layer normalization", "RMSNorm"} <= set(_concepts(kb.index.search("normalise")))
    assert "Language model" in _concepts(kb.index.search("modelling"))


def test_a_concept_found_by_an_alias_says_which_and_names_rank_first(kb):
    results = kb.index.search("optimisation", limit=50)
    by_key = {r.key: r for r in results}
    rl = by_key["Reinforcement learning"]
    assert (rl.field, rl.snippet) == ("alias", "policy optimization")
    assert results[0].key == "Inference optimization" and results[0].field == "concept"
    assert "(alias: policy optimization)" in str(result_option(rl).prompt)


def test_an_exact_phrase_in_an_answer_ranks_above_a_partial_title(kb):
    results = kb.index.search("virtual memory")
    first = results[0]
    assert (first.label, first.field) == ("Q5", "answer") and "virtual memory" in first.snippet
    a, b = first.snippet_spans[0]
    assert first.snippet[a:b] == "virtual"
    assert all(r.score <= PARTIAL_TITLE_MAX < first.score for r in results[1:])


def test_a_phrase_in_an_answer_outranks_a_title_holding_part_of_it(kb):
    results = kb.index.search("kv cache offloading")
    assert results[0].key == "KV-cache offloading"
    first_question = next(r for r in results if r.kind == "question")
    assert (first_question.label, first_question.field) == ("Q3", "answer")
    assert "kv cache offloading" in first_question.snippet.lower()
    # Q5's title holds "kv cache" but not "offloading": a partial title, below the phrase.
    q5 = next(r for r in results if r.label == "Q5")
    assert q5.field == "title" and q5.score <= PARTIAL_TITLE_MAX < first_question.score


def test_phrase_whole_title_and_scattered_words_keep_their_order():
    index = SearchIndex([
        Question("p#1", "p", 1, "How is memory paged?", "Pages of memory, like virtual memory in an OS.", "T", 1),
        Question("p#2", "p", 2, "What is virtual memory?", "An OS feature.", "T", 2),
        Question("p#3", "p", 3, "Other?", "Memory that is virtual, in a sense.", "T", 3),
    ], {}, {})
    results = index.search("virtual memory")
    assert [(r.key, r.field) for r in results] == [("p#2", "title"), ("p#1", "answer"), ("p#3", "answer")]
    assert results[1].snippet == "Pages of memory, like virtual memory in an OS." and results[2].score <= ANSWER_SCORES[1]


@pytest.mark.parametrize("query", ["kv", "kv cache", "beam", "lora", "attention", "quantisation", "virtual memory"])
def test_results_come_in_score_order(kb, query):
    scores = [r.score for r in kb.index.search(query, limit=50)]
    assert scores == sorted(scores, reverse=True)


def test_cli_search_json_is_in_score_order(capsys, data_dir):
    assert main(["search", "kv", "cache", "--json", "--limit", "20"]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]
    assert {r["kind"] for r in rows} == {"concept", "question"}
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


@pytest.mark.parametrize("query", ["Q43", "q43", "43", "llm-hub#43", " LLM-hub#43 "])
def test_a_question_label_finds_that_question_first(kb, query):
    first = kb.index.search(query)[0]
    assert (first.key, first.field, first.label) == ("llm-hub#43", "label", "Q43")


def test_a_number_lists_its_question_first_and_what_its_text_finds_after(kb):
    results = kb.index.search("8")
    assert (results[0].label, results[0].field) == ("Q8", "label")
    assert "INT8" in _concepts(results[1:])
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)


def test_a_number_shared_by_packs_lists_the_bundled_question_first():
    index = SearchIndex([Question("notes#7", "notes", 7, "A pack's seventh?", "", "T", 1),
                         Question("llm-hub#7", "llm-hub", 7, "The bundled seventh?", "", "T", 1)], {}, {})
    assert [r.key for r in index.search("7")] == ["llm-hub#7", "notes#7"]
    assert [r.key for r in index.search("Q7")] == ["llm-hub#7"]
    assert [r.key for r in index.search("notes#7")] == ["notes#7"]


def test_the_cli_names_the_alias_that_found_a_concept(capsys, data_dir):
    assert main(["search", "flash", "attn", "--kind", "concept"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "FlashAttention  (alias: flash attn)" in first
    assert main(["search", "flash", "attn", "--kind", "concept", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["results"][0]
    assert (row["id"], row["field"], row["snippet"]) == ("FlashAttention", "alias", "flash attn")


async def test_short_forms_and_aliases_in_the_search_list_and_the_palette(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await type_query(app, pilot, "kv")
        assert prompts(app, "#results")[0].startswith("Concept KV cache")
        await press(pilot, "escape")  # clears the box
        await type_query(app, pilot, "attn")
        shown = prompts(app, "#results")
        assert shown[0].startswith("Concept Attention") and sum("attention" in p.lower() for p in shown) >= 5
        await press(pilot, "escape")
        await type_query(app, pilot, "flash attn")
        assert "FlashAttention (alias: flash attn)" in prompts(app, "#results")[0]
        await pilot.press("ctrl+p")
        await pilot.press(*"flash attn")
        await pilot.pause(0.4)  # the palette searches in the background
        shown = [command.title.plain for command in app.screen.query_one(CommandList).commands]
        assert "Concept: FlashAttention (alias: flash attn)" in shown, shown
        await press(pilot, "escape")
        await go(app, pilot, ConceptPage("LoRA"))
        await press(pilot, "p")  # the path's concept picker
        assert isinstance(app.screen, ConceptPicker)
        await pilot.press(*"flash attn")
        await pilot.pause()
        assert prompts(app, "#picker-results")[0] == "FlashAttention  · alias: flash attn"


async def test_labels_in_search_and_palette_and_the_concepts_filter(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await type_query(app, pilot, "Q43")
        assert prompts(app, "#results")[0].startswith("Q43 ")
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen) and app.screen.location == QuestionPage("llm-hub#43", "Q43")
        await press(pilot, "escape")
        await palette(app, pilot, "Q12")
        assert isinstance(app.screen, QuestionScreen) and app.screen.location.question_id == "llm-hub#12"
        await go(app, pilot, ConceptsPage())
        table, box = app.screen.query_one(DataTable), app.screen.query_one("#concept-filter", Input)
        for typed, expected in (("atention", "Attention"), ("kv cashe", "KV cache")):
            box.value = typed  # as if typed: the table follows every change of the box
            await pilot.pause()
            assert expected in [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        box.value = "zzqx"
        await pilot.pause()
        assert table.row_count == 0 and text_of(app, "#concepts-info").startswith("no concept matches 'zzqx'")


def test_did_you_mean_suggests_what_looks_like_the_query_not_anything_sharing_a_few_letters(kb):
    """WRatio scores any query that shares letters with part of a long name: "screenshot" offered
    Chain-of-thought prompting. A suggestion must look like the whole query."""
    for query in ("xqzvbnm", "screenshot", "home", "gibberish"):
        assert kb.index.search(query) == [] and kb.index.suggest_concepts(query) == [], query
    for typo, meant in (("tempreture", "Temperature"), ("flsh atention", "FlashAttention"), ("rlfh", "RLHF")):
        assert meant in kb.index.suggest_concepts(typo), typo
