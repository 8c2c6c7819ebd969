"""The glossary stays what an expert would sign: every concept defined and related, no shared or everyday aliases,
relations from the closed set, and none of the errors the review of glossary 1 found."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from llmtui.content.errors import ContentError
from llmtui.graph.glossary import RELATION_TYPES, SYMMETRIC_RELATIONS, Glossary, load_glossary, parse_glossary
from llmtui.graph.lookup import lookup_keys, lookup_tokens
from llmtui.graph.matcher import is_case_sensitive
from llmtui.graph.mentions import glossary_matcher

GOLD = Path(__file__).parent / "gold"

# A one-word form whose English frequency is at least this (Zipf scale: 3.5 ≈ 3 per million words) is a common
# word, and tags every question that merely uses the word; only these, read in context in the bank, may stay.
COMMON_ZIPF = 3.5
ALLOWED_COMMON_WORDS = {
    "Attention": "in LLM text it is the attention mechanism; every bank question it tags uses it so",
    "Parameters": "the model's weights; the singular ('the beam width parameter') does not match",
    "weights": "model weights in every bank use; 'attention weights' is an alias of Attention, matched first",
    "Token": "the unit a model reads and writes (generic, damped)",
    "Vocabulary": "always the tokenizer's vocabulary in LLM text",
    "training": "model training in every bank use (generic, damped)",
    "Sampling": "decoding by sampling; 'random sampling' of examples is a false friend",
    "nucleus": "only ever nucleus (top-p) sampling in LLM text",
    "Temperature": "the sampling temperature in every bank use",
    "Prompt": "the model's input (generic, damped)",
    "Adapter": "a PEFT module; 'LoRA adapter' is matched by LoRA first",
    "Alignment": "model alignment in every bank use",
    "Adam": "the optimizer; LLM text has no other Adam",
    "Evaluation": "model evaluation; 'metrics' and 'evaluate' are not aliases",
    "Diversity": "diversity of generated output in every bank use",
    "repetitive": "describes degenerate generated text in every bank use",
    "coherent": "coherence of generated text in every bank use",
}


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


@pytest.fixture(scope="module")
def raw() -> dict:
    text = resources.files("llmtui.content.data").joinpath("concepts.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _pairs(glossary: Glossary) -> dict[frozenset[str], list[tuple[str, str, str]]]:
    pairs: dict[frozenset[str], list[tuple[str, str, str]]] = {}
    for concept in glossary.concepts.values():
        for kind, target in concept.relations:
            pairs.setdefault(frozenset((concept.name, target)), []).append((concept.name, kind, target))
    return pairs


def test_every_concept_has_a_definition_and_a_relation(glossary):
    related = {name for pair in _pairs(glossary) for name in pair}
    assert [c.name for c in glossary.concepts.values() if len(c.definition.split()) < 6] == []
    assert sorted(set(glossary.concepts) - related) == []


def test_relation_types_are_the_closed_set(raw, glossary):
    allowed = {"name", "aliases", "false_friends", "described_by", "definition", "generic", *RELATION_TYPES}
    assert [(e["name"], sorted(set(e) - allowed)) for e in raw["concept"] if set(e) - allowed] == []
    assert {kind for c in glossary.concepts.values() for kind, _ in c.relations} <= set(RELATION_TYPES)
    assert len(RELATION_TYPES) == 11


def test_relations_are_written_once_and_never_both_ways_or_to_self(glossary):
    for pair, relations in _pairs(glossary).items():
        assert len(pair) == 2, relations  # no concept related to itself
        assert len(set(relations)) == len(relations), relations
        for subject, kind, target in relations:
            backwards = (target, kind, subject) in relations
            assert not backwards, f"{subject} {kind} {target} is written both ways"
            assert not (kind in SYMMETRIC_RELATIONS and backwards)


def test_a_misspelt_relation_type_is_an_error_naming_the_concept_and_line():
    with pytest.raises(ContentError, match=r"concepts.toml:5: concept 'B': unknown key 'use'"):
        parse_glossary('[[concept]]\nname = "A"\n\n[[concept]]\nname = "B"\nuse = ["A"]\n', "concepts.toml")
    with pytest.raises(ContentError, match="generic must be true or false"):
        parse_glossary('[[concept]]\nname = "A"\ngeneric = "yes"\n')


def test_no_form_is_shared_by_two_concepts(glossary):
    """Not even after case, spacing, hyphens and a plural: the matcher and a lookup could not tell them apart."""
    owner: dict[str, str] = {}
    clashes = []
    for concept in glossary.concepts.values():
        for form in concept.surface_forms:
            for key in lookup_keys(lookup_tokens(form))[:2]:  # as written, and singular
                if owner.setdefault(key, concept.name) != concept.name:
                    clashes.append((form, concept.name, owner[key]))
    assert clashes == []


def test_no_one_word_form_is_a_common_english_word(glossary):
    from wordfreq import zipf_frequency

    common = {}
    for concept in glossary.concepts.values():
        for form in concept.surface_forms:
            words = re.findall(r"[A-Za-z0-9]+", form)
            # A word with a capital after its first letter ("ZeRO", "RAG", "EAGLE") only matches that exact
            # spelling, never the English word.
            if len(words) == 1 and not is_case_sensitive(words[0]):
                zipf = zipf_frequency(form.lower(), "en")
                if zipf >= COMMON_ZIPF and form not in ALLOWED_COMMON_WORDS:
                    common[form] = (concept.name, zipf)
    assert common == {}
    forms = {form for c in glossary.concepts.values() for form in c.surface_forms}
    assert sorted(set(ALLOWED_COMMON_WORDS) - forms) == []  # the allow-list holds no stale entry


def test_false_friends_contain_a_form_of_their_concept_and_tag_nothing(glossary):
    matcher = glossary_matcher(glossary)
    forms = {f.lower() for c in glossary.concepts.values() for f in c.surface_forms}
    for concept in glossary.concepts.values():
        own = [f.lower() for f in concept.surface_forms]
        for phrase in concept.false_friends:
            assert any(re.search(rf"\b{re.escape(form)}\b", phrase.lower()) for form in own), phrase
            assert phrase.lower() not in forms
            assert list(matcher.concepts(f"Here {phrase} is meant.")) == []


def test_generic_concepts_are_the_broad_ones(glossary):
    generic = glossary.generic_names()
    assert {"Token", "Large language model", "LLM inference", "LLM training", "Parameters", "GPU", "Prompt"} <= generic
    assert not generic & {"Transformer", "Attention", "Latency", "KV cache"}  # asked about directly: specific
    assert len(generic) <= 20


def test_every_glossary_1_name_and_every_missing_concept_resolves(glossary):
    from llmtui.graph.lookup import ConceptLookup

    lookup = ConceptLookup({name: c.aliases for name, c in glossary.concepts.items()})
    v1 = [line.split(" — ")[0] for line in (GOLD / "VOCAB_v1.txt").read_text(encoding="utf-8").splitlines()
          if " — " in line]
    assert len(v1) == 158
    for name in v1:
        lookup.resolve(name)
    exact = {form for c in glossary.concepts.values() for form in c.surface_forms}
    text = (GOLD / "MISSING.md").read_text(encoding="utf-8")
    names = []
    for item in text[text.index("aliases:") + len("aliases:"):].replace("\n", " ").split(";"):
        item = item.strip().rstrip(".")
        pair = re.fullmatch(r"(.*?)\s*\(([^()]+)\)", item)
        names += [pair.group(1), pair.group(2)] if pair else [item] if item else []
    assert len(names) > 77 and [name for name in names if name not in exact] == []


# What the review of glossary 1 found wrong (issue 13).
FALSE_TAG_WORDS = ["transfer", "scalable", "scalability", "compression", "computational complexity", "tools",
                   "aligned", "loops", "dataset", "datasets", "labels", "metrics", "router", "scaling factor",
                   "lookup table", "output format", "real-time applications", "memorization", "fluency",
                   "creative", "grounded", "task-specific", "top-k", "batches"]
WRONG_SYNONYMS = {  # form: the concept it must not name
    "TPU": "GPU", "dynamic batching": "Continuous batching", "FLOPs": "Compute throughput",
    "arithmetic intensity": "Compute throughput", "PPO": "Reinforcement learning",
    "exploding gradients": "Vanishing gradient", "attention mechanism": "Self-attention",
    "KV cache offloading": "KV cache", "KV cache compression": "KV cache", "unigram tokenizer": "SentencePiece",
    "diffusion model": "Diffusion language model", "TensorRT": "TensorRT-LLM", "semantic cache": "Caching",
    "decoder-only": "Decoder", "FP16": "Mixed precision", "BF16": "Mixed precision", "GPU memory": "HBM",
    "backpropagation": "Gradient descent", "sequence length": "Context window",
}
WRONG_RELATIONS = [
    ("Detokenization", "alternative_to", "Tokenization"), ("Throughput", "alternative_to", "Latency"),
    ("LLM inference", "alternative_to", "LLM training"), ("Causal language modeling", "is_a", "Language model"),
    ("Masked language modeling", "is_a", "Language model"), ("CUDA", "part_of", "GPU"),
    ("Encoder-decoder architecture", "is_a", "Transformer"), ("Decoder", "part_of", "Encoder-decoder architecture"),
    ("Speculative decoding", "is_a", "Decoding strategy"), ("Quadratic complexity", "part_of", "Self-attention"),
    ("Mixed precision", "optimizes", "LLM inference"),
]
OBVIOUS_LINKS = [
    ("Quantization", "Model compression"), ("Embedding", "Retrieval"), ("Grounding", "Retrieval-augmented generation"),
    ("FlashAttention", "Memory bandwidth"), ("Prefill phase", "Compute throughput"),
    ("Decoding phase", "Memory bandwidth"), ("Time to first token", "Prefill phase"),
    ("Time per output token", "Decoding phase"), ("Multi-head attention", "Query, key and value"),
    ("Positional embedding", "Self-attention"), ("Reward model", "RLHF"),
]


def test_the_reviews_false_tag_words_are_no_forms(glossary):
    forms = {f.lower(): c.name for c in glossary.concepts.values() for f in c.surface_forms}
    assert {word: forms[word] for word in FALSE_TAG_WORDS if word in forms} == {}


@pytest.mark.parametrize(("form", "wrong"), sorted(WRONG_SYNONYMS.items()))
def test_the_reviews_wrong_synonyms_name_their_own_concept(glossary, form, wrong):
    found = [m.concept for m in glossary_matcher(glossary).find(form)]
    assert found and wrong not in found


def test_the_reviews_wrong_relations_are_gone_and_obvious_links_are_there(glossary):
    relations = {(c.name, kind, target) for c in glossary.concepts.values() for kind, target in c.relations}
    assert [r for r in WRONG_RELATIONS if r in relations] == []
    pairs = _pairs(glossary)
    assert [link for link in OBVIOUS_LINKS if frozenset(link) not in pairs] == []
    assert ("Quantization", "is_a", "Model compression") in relations
