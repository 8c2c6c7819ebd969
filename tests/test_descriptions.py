"""Concepts an answer describes without naming them: the glossary's ``described_by`` rules, from TOML to tags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmtui.content.errors import ContentError
from llmtui.graph.glossary import glossary_from_json, glossary_to_json, load_glossary, parse_glossary
from llmtui.graph.knowledge import load_knowledge, load_search_base
from llmtui.graph.mentions import QuestionTagger
from llmtui.graph.queries import concepts_of_question

PACK = """# Parallel training

## How is a model too big for one GPU trained?

The model is split so that different GPUs hold different layers, and micro-batches flow through them in turn.

## Why is this hard?

The layers are different. So are the GPUs.

## Where does the pre-trained LLM come from?

A pre-trained LLM is downloaded and frozen.
"""


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def test_an_answer_that_describes_a_concept_is_tagged_with_it(tmp_path):
    pack = tmp_path / "parallel.md"
    pack.write_text(PACK, encoding="utf-8")
    kb = load_knowledge([pack])
    described, spread, _ = [q.id for q in kb.bank.questions if q.pack == "parallel"]
    assert "Pipeline parallelism" in concepts_of_question(kb.graph, described)
    # The same words in two sentences describe nothing.
    assert "Pipeline parallelism" not in concepts_of_question(kb.graph, spread)


def test_a_word_inside_a_longer_name_is_not_the_word(glossary):
    tagger = QuestionTagger(glossary)
    assert "LLM training" in tagger.counts("LLMs are trained on text from the web.")
    # "trained" in "pre-trained" is pretraining, not training.
    assert "LLM training" not in tagger.counts("A pre-trained LLM is downloaded and frozen.")
    # "throughput" in "high throughput" is still throughput.
    assert "Batch inference" in tagger.counts("Batch-processing systems aim for high throughput.")


def test_an_abbreviation_does_not_end_the_sentence(glossary):
    tagger = QuestionTagger(glossary)
    assert "Tool calling" in tagger.counts("The agent can execute external actions (e.g. using a search engine).")


def test_a_described_concept_counts_once_and_a_named_one_as_often_as_named(glossary):
    tagger = QuestionTagger(glossary)
    counts = tagger.counts("Different GPUs hold different layers. Different layers sit on different GPUs.")
    assert counts["Pipeline parallelism"] == 1
    named = tagger.counts("Pipeline parallelism puts different layers on different GPUs; pipeline parallelism idles.")
    assert named["Pipeline parallelism"] == 2


@pytest.mark.parametrize("value", ['[["one group"]]', '[[["only one group"]]]', '"text"', '[[["a"], []]]',
                                   '[[["a"], [1]]]'])
def test_a_malformed_rule_is_an_error_naming_the_concept_and_its_line(value):
    text = f'[[concept]]\nname = "A"\n\n[[concept]]\nname = "B"\ndescribed_by = {value}\n'
    with pytest.raises(ContentError) as error:
        parse_glossary(text, "mine.toml")
    message = str(error.value)
    assert "mine.toml" in message and ":5" in message and "'B'" in message and "described_by" in message
    assert "\n" not in message


def test_the_glossary_cache_keeps_the_rules(glossary):
    again = glossary_from_json(json.loads(json.dumps(glossary_to_json(glossary))))
    assert again is not None
    assert again.concepts["Pipeline parallelism"].described_by == glossary.concepts["Pipeline parallelism"].described_by
    assert again.concepts["Pipeline parallelism"].described_by


def test_changing_only_a_rule_retags_a_cached_pack(tmp_path):
    pack = tmp_path / "parallel.md"
    pack.write_text(PACK, encoding="utf-8")
    cache = tmp_path / "cache"
    source = load_glossary().concepts
    names = ("Pipeline parallelism", "Model parallelism", "Tensor parallelism", "Data parallelism",
             "Parallelization", "GPU", "LLM training", "Large language model", "Pretraining")

    def write(rules: str) -> Path:
        lines = []
        for name in names:
            concept = source[name]
            lines += ["[[concept]]", f"name = {json.dumps(name)}", f"aliases = {json.dumps(list(concept.aliases))}"]
            if name == "Pipeline parallelism":
                lines.append(f"described_by = {rules}")
        path = tmp_path / "glossary.toml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    first = load_search_base([pack], glossary_path=write('[[["different layers"], ["GPUs"]]]'), cache_dir=cache)
    second = load_search_base([pack], glossary_path=write('[[["no such words"], ["GPUs"]]]'), cache_dir=cache)
    ids = [q.id for q in first.bank.questions if q.pack == "parallel"]
    assert ids[0] in first.concept_questions["Pipeline parallelism"]
    assert ids[0] not in second.concept_questions["Pipeline parallelism"]


def test_rule_errors_reach_the_user_as_one_line(tmp_path):
    bad = tmp_path / "glossary.toml"
    bad.write_text('[[concept]]\nname = "A"\ndescribed_by = [[["a"]]]\n', encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_glossary(bad)
    assert str(error.value).startswith(str(bad))
