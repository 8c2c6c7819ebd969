from __future__ import annotations

import networkx as nx
import pytest

from llmtui.graph.build import build_graph, cnode, qnode
from llmtui.graph.glossary import Concept, Glossary, parse_glossary
from llmtui.graph.matcher import MentionMatcher
from llmtui.graph.queries import (
    NoPath,
    UnknownConcept,
    communities,
    concept_path,
    concepts_of_question,
    core_concepts,
    duplicates_of,
    local_graph,
    questions_of_concept,
    related_concepts,
    related_questions,
)


def test_glossary_is_large_and_covers_the_bank(kb):
    curated = [c for c in kb.glossary.concepts.values() if not c.discovered]
    assert len(curated) >= 158 + 60  # glossary 1 had 158; version 2 adds the field's current topics
    used = [c.name for c in curated if kb.concept_size(c.name) > 0]
    assert len(used) >= 150


def test_most_questions_have_three_or_more_concepts(kb):
    rich = [q for q in kb.bank.questions if len(concepts_of_question(kb.graph, q.id)) >= 3]
    assert len(rich) >= 110


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KV cache, KV-cache and key-value cache", ["KV cache"] * 3),
        ("nucleus sampling or top-p", ["Top-p sampling"] * 2),
        ("LoRA (Low-Rank Adaptation)", ["LoRA", "LoRA"]),
        ("multi-head attention", ["Multi-head attention"]),
        ("GPUs and LLMs", ["GPU", "Large language model"]),
    ],
)
def test_aliases_and_variants_match(kb, text, expected):
    from llmtui.graph.build import mention_forms

    matcher = MentionMatcher(mention_forms(kb.glossary))
    assert [m.concept for m in matcher.find(text)] == expected


@pytest.mark.parametrize("text", ["Über KV caches", "é KV cache", "’KV cache’ — why?", "Évaluer: KV-cache"])
def test_text_starting_with_a_non_ascii_letter_keeps_its_mentions(text):
    # Words are ASCII runs: a leading "Ü" or "é" is a gap, and must not shift words into gaps.
    matcher = MentionMatcher({"KV cache": ["KV cache"]})
    found = list(matcher.find(text))
    assert [m.concept for m in found] == ["KV cache"]
    assert text[found[0].start:found[0].end].replace("-", " ").rstrip("s") == "KV cache"


def test_concepts_agree_with_find_on_the_bank(kb):
    from llmtui.graph.build import mention_forms

    matcher = MentionMatcher(mention_forms(kb.glossary))
    for question in kb.bank.questions:
        for text in (question.title, question.answer):
            assert list(matcher.concepts(text)) == [m.concept for m in matcher.find(text)]


def test_acronyms_match_case_sensitively():
    matcher = MentionMatcher({"Mixture of experts": ["MoE"], "RAG": ["RAG"], "OOV": ["OOV"]})
    assert [m.concept for m in matcher.find("MoE and RAG handle OOV words")] == ["Mixture of experts", "RAG", "OOV"]
    assert list(matcher.find("moe rag from a rag-tag oov")) == []


def test_longest_match_wins_and_does_not_double_count():
    matcher = MentionMatcher({"Multi-head attention": ["multi-head attention"], "Attention": ["attention"]})
    mentions = list(matcher.find("Multi-head attention"))
    assert [(m.concept, m.start, m.end) for m in mentions] == [("Multi-head attention", 0, 20)]


def test_title_mentions_weigh_more_than_answer_mentions(kb):
    edge = kb.graph[qnode("llm-hub#101")][cnode("LoRA")]
    answer_only = kb.graph[qnode("llm-hub#105")].get(cnode("LoRA")) or kb.graph[qnode("llm-hub#108")].get(cnode("LoRA"))
    assert edge["in_title"] and edge["weight"] > answer_only["weight"]


def test_curated_relations_are_edges_with_their_direction(kb):
    def relations(a, b):
        return {(r.subject, r.kind, r.target) for r in kb.graph[cnode(a)][cnode(b)]["relations"]}

    assert relations("LoRA", "QLoRA") == {("QLoRA", "extends", "LoRA")}
    assert relations("LoRA", "Parameter-efficient fine-tuning") == {("LoRA", "is_a", "Parameter-efficient fine-tuning")}
    assert relations("KV cache", "PagedAttention") == {("PagedAttention", "optimizes", "KV cache")}
    assert relations("Quantization", "QLoRA") == {("QLoRA", "uses", "Quantization")}


def test_every_relation_of_a_pair_is_kept():
    glossary = parse_glossary('[[concept]]\nname = "RLHF"\nuses = ["Reward model"]\n\n'
                              '[[concept]]\nname = "Reward model"\npart_of = ["RLHF"]\n')
    from llmtui.content.models import QuestionBank

    G = build_graph(QuestionBank([]), glossary, discover=False)
    found = {(r.subject, r.kind, r.target) for r in G[cnode("RLHF")][cnode("Reward model")]["relations"]}
    assert found == {("RLHF", "uses", "Reward model"), ("Reward model", "part_of", "RLHF")}
    [related] = related_concepts(G, "RLHF")
    assert related.reason == "RLHF uses Reward model, Reward model is part of RLHF"


def test_unknown_relation_target_is_a_clear_error():
    from llmtui.content.errors import ContentError

    with pytest.raises(ContentError, match="unknown concept 'Nope'"):
        parse_glossary('[[concept]]\nname = "A"\nis_a = ["Nope"]\n')


def test_glossary_cache_gives_the_same_glossary_and_follows_edits(tmp_path):
    from llmtui.graph.glossary import load_glossary

    cache = tmp_path / "cache"
    parsed = load_glossary()
    assert load_glossary(cache_dir=cache) == parsed  # written
    assert len(list(cache.glob("glossary-*.json"))) == 1
    assert load_glossary(cache_dir=cache) == parsed  # read back
    own = tmp_path / "concepts.toml"
    own.write_text('[[concept]]\nname = "A"\n\n[[concept]]\nname = "B"\nis_a = ["A"]\n', encoding="utf-8")
    assert set(load_glossary(own, cache_dir=cache).concepts) == {"A", "B"}
    own.write_text('[[concept]]\nname = "C"\n', encoding="utf-8")
    assert set(load_glossary(own, cache_dir=cache).concepts) == {"C"}  # an edit is a new key, never stale


def test_a_corrupt_glossary_cache_is_ignored(tmp_path):
    from llmtui.content.cache import CACHE_VERSION
    from llmtui.graph.glossary import load_glossary

    cache = tmp_path / "cache"
    load_glossary(cache_dir=cache)
    for entry in cache.glob("glossary-*.json"):
        entry.write_text(f'{{"version": {CACHE_VERSION}, "concepts": [["A", [], "", [["is_a", "Nowhere"]]]]}}',
                         encoding="utf-8")
    assert load_glossary(cache_dir=cache) == load_glossary()


def test_generic_concepts_are_never_a_top_related_concept(kb):
    generic = kb.glossary.generic_names()
    assert {"Token", "Large language model", "LLM inference"} <= generic
    for concept in kb.glossary.concepts.values():
        top = related_concepts(kb.graph, concept.name, limit=8)
        assert not generic & {r.name for r in top}, concept.name
    # They are still there, last, for whoever asks for them.
    everything = related_concepts(kb.graph, "Transformer", include_generic=True)
    assert everything[-1].generic and not everything[0].generic


def test_related_concepts_rank_relations_with_reasons_in_their_true_direction(kb):
    related = related_concepts(kb.graph, "LoRA", limit=5)
    names = [r.name for r in related]
    assert "QLoRA" in names[:2]
    qlora = related[names.index("QLoRA")]
    assert qlora.relation == "extends" and len(qlora.shared_questions) >= 2
    assert qlora.reason.startswith("QLoRA extends LoRA, ") and "shared question" in qlora.reason
    quantization = {r.name: r for r in related_concepts(kb.graph, "Quantization")}
    assert quantization["QLoRA"].reason.startswith("QLoRA uses Quantization")
    assert quantization["Model compression"].reason.startswith("Quantization is a kind of model compression")


def test_questions_of_concept_put_title_mentions_first(kb):
    ids = questions_of_concept(kb.graph, "KV cache")
    assert ids[:2] == sorted(["llm-hub#3", "llm-hub#5"], key=ids.index)


def test_related_questions_share_specific_concepts(kb):
    related = [qid for qid, _ in related_questions(kb.graph, "llm-hub#101", limit=3)]
    assert "llm-hub#103" in related and "llm-hub#102" in related


def test_near_duplicates_are_found_not_listed(kb):
    assert duplicates_of(kb.graph, "llm-hub#11") == ["llm-hub#34"]
    pairs = [(u, v) for u, v, d in kb.graph.edges(data=True) if d["kind"] == "duplicate"]
    assert len(pairs) == 1  # encoder/decoder purpose and RAG-vs-fine-tuning are different questions
    assert "llm-hub#34" not in [q for q, _ in related_questions(kb.graph, "llm-hub#11")]


def test_path_between_concepts_with_bridging_questions(kb):
    steps = concept_path(kb.graph, "QLoRA", "KV cache")
    assert steps[0].source == "QLoRA" and steps[-1].target == "KV cache"
    assert all(a.target == b.source for a, b in zip(steps, steps[1:], strict=False))
    assert all(step.relation or step.bridging_questions for step in steps)


def test_path_errors_are_specific(kb):
    with pytest.raises(UnknownConcept):
        concept_path(kb.graph, "QLoRA", "No such concept")
    G = nx.Graph()
    G.add_node("c:A", kind="concept", name="A")
    G.add_node("c:B", kind="concept", name="B")
    with pytest.raises(NoPath):
        concept_path(G, "A", "B")


def test_core_concepts_and_communities(kb):
    core = [name for name, _ in core_concepts(kb.graph, limit=15)]
    assert len(core) == 15 and len(set(core)) == 15
    # What an LLM engineer calls core, not one dense cluster (eigenvector centrality put five
    # sampling strategies on top).
    assert {"Transformer", "Self-attention"} <= set(core[:5])
    assert not kb.glossary.generic_names() & set(core)  # damped: "LLM inference" is near everything, but says little
    assert sum(name.endswith("sampling") or name == "Sampling" for name in core[:8]) <= 1
    groups = communities(kb.graph)
    assert len(groups) >= 4
    decoding = next(g for g in groups if "Beam search" in g)
    assert "Greedy decoding" in decoding


def test_local_graph_depth_and_uniqueness(kb):
    walk = list(local_graph(kb.graph, "KV cache", depth=2, fanout=5))
    assert {level for level, _, _ in walk} == {1, 2}
    children = [child for _, _, child in walk]
    assert len(children) == len(set(children)) and "KV cache" not in children


def test_discovery_gives_any_pack_a_graph():
    from llmtui.content.models import QuestionBank
    from llmtui.content.parser import parse_markdown

    md = "\n".join(
        f"## Q{i}: How does Grouped Query Attention (GQA) help with rotary position embeddings in model {i}?\n\n"
        f"Rotary position embeddings and grouped query attention are used in model {i}.\n"
        for i in range(1, 5)
    )
    glossary = Glossary({"Token": Concept("Token")})
    G = build_graph(QuestionBank([parse_markdown(md, pack="x")]), glossary)
    discovered = {c.name for c in glossary.concepts.values() if c.discovered}
    assert "Grouped Query Attention" in discovered
    assert any("rotary position" in name.lower() for name in discovered)
    assert G.degree(cnode("Grouped Query Attention")) >= 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("residual (skip) connections", ["Residual connection"]),  # a one-word aside inside a form
        ("Top-k or Top-p (nucleus) sampling", ["Top-k sampling", "Top-p sampling"]),  # a shared last word
        ("exploding or vanishing gradients", ["Exploding gradients", "Vanishing gradient"]),
        ("keys, queries, and values", ["Query, key and value"]),  # a form written with commas
        ("coherent responses", ["Coherence"]),  # "-es" plural of a word ending in "e"
        ("decoding strategies", ["Decoding strategy"]),  # "-ies" plural
        ("random sampling of examples", []),  # a false friend of Sampling
        ("memory access latency", []),
        ("the data transfers", []),  # no more "transfer" → Transfer learning
        ("KV cache offloading and compression", ["KV-cache offloading"]),  # not Model compression
    ],
)
def test_the_matcher_reads_text_as_people_write_it(kb, text, expected):
    from llmtui.graph.mentions import glossary_matcher

    assert [m.concept for m in glossary_matcher(kb.glossary).find(text)] == expected


def test_a_comma_in_text_never_joins_a_form_written_without_one():
    matcher = MentionMatcher({"KV cache": ["KV cache"]})
    assert list(matcher.concepts("the KV, cache")) == []


def test_discovery_leaves_out_function_words_markup_and_case_or_plural_twins():
    from llmtui.graph.discovery import discover_concepts

    texts = [
        "You know, your model would use True Positives (TP) and the area under the curve. <img src='a.png'>",
        "Would you count true positives? You have the area under it. <img src='b.png'> Our data is computationally "
        "expensive for Decision Trees.",
        "You know the true positive count; you have our data; computationally expensive decision trees.",
        "You know decision trees. <img src='c.png'> Our data; computationally expensive; a decision tree.",
    ]
    found = discover_concepts(texts, Glossary())
    assert [(c.name, c.aliases, c.definition) for c in found] == [("True Positives", ("TP",), ""),
                                                                   ("Decision trees", (), "")]


def test_the_scorer_never_takes_a_generic_concept_as_evidence(kb):
    from llmtui.tui.practice.keypoints import ScoringBase, generic_concepts

    scoring = ScoringBase.load(kb)
    generic = kb.glossary.generic_names()
    assert generic <= set(generic_concepts(kb))  # flagged in the glossary: never evidence, never a weakest concept
    for question in kb.bank.questions[:40]:
        for point in scoring.rubric(question.id).points:
            assert not generic & set(scoring.point_concepts(point)), (question.id, point.text)
    kv_cache = {c for p in scoring.rubric("llm-hub#3").points for c in scoring.point_concepts(p)}
    assert {"KV cache", "Query, key and value"} <= kv_cache
