"""Search quality on a query set of our own, and the search contract."""

from __future__ import annotations

import pytest

from llmtui.graph.search import normalize

# (query, expected target among the top 3): concept names or question numbers.
QUERY_SET = [
    ("kv cache", "KV cache"), ("kv cashe", "KV cache"), ("KV-cache", "KV cache"), ("key value cache", "KV cache"),
    ("continous batching", "Continuous batching"), ("ttft", "Time to first token"), ("DPO", "DPO"),
    ("flash attn", "FlashAttention"), ("quantisation", "Quantization"), ("lora", "LoRA"),
    ("low rank adaptation", "LoRA"), ("qlora", "QLoRA"), ("nucleus sampling", "Top-p sampling"),
    ("top p", "Top-p sampling"), ("beam serch", "Beam search"), ("greedy", "Greedy decoding"),
    ("speculativ decoding", "Speculative decoding"), ("moe", "Mixture of experts"),
    ("mixture of experts", "Mixture of experts"), ("chain of thought", "Chain-of-thought prompting"),
    ("rlhf", "RLHF"), ("rag", "Retrieval-augmented generation"), ("positional encodings", "Positional embedding"),
    ("paged attention", "PagedAttention"), ("layernorm", "Layer normalization"),
    ("multi head attention", "Multi-head attention"), ("attention multi head", "Multi-head attention"),
    ("hallucinations", "Hallucination"), ("tokeniser", "Tokenization"), ("catastrophic forgeting", "Catastrophic forgetting"),
    ("gradient accumulation", 107), ("vanishing gradient", 11), ("softmax transformer", 27),
    ("self consistency", 83), ("react agents", 87), ("json output prompt", 86), ("oov words", 111),
    ("scaling law", 112), ("temperature 0", 49), ("bfs dfs beam", 50), ("throughput latency tradeoff", 68),
    ("static batching", 65), ("diffusion language models", 58), ("system prompt", 81), ("few shot examples", 79),
    ("instruction tuning", 90), ("full fine tuning limitations", 94), ("qlora vs lora", 104),
    ("consumer gpu fine tuning", 105), ("masked language modeling", 110), ("inference engines", 71),
    ("distributed inference gpus", 62), ("skip connections", 28), ("cross entropy", 30), ("encoder purpose", 16),
]


def _hit(results, target) -> bool:
    for r in results[:3]:
        if isinstance(target, int) and r.kind == "question" and r.number == target:
            return True
        if isinstance(target, str) and r.kind == "concept" and r.key == target:
            return True
    return False


def test_hit_at_3_on_the_query_set(kb):
    misses = [(q, t) for q, t in QUERY_SET if not _hit(kb.index.search(q, limit=10), t)]
    hit_at_3 = 1 - len(misses) / len(QUERY_SET)
    print(f"hit@3 = {hit_at_3:.3f} over {len(QUERY_SET)} queries; misses: {misses}")
    assert hit_at_3 >= 0.9, misses


@pytest.mark.parametrize("query", ["kv cache", "LoRA", "ttft", "flash attn", "DPO", "beam search"])
def test_exact_concept_name_or_alias_ranks_first(kb, query):
    assert kb.index.search(query)[0].kind == "concept"


def test_results_carry_matched_spans(kb):
    result = next(r for r in kb.index.search("kv cashe") if r.kind == "question")
    highlighted = [result.title[a:b].lower() for a, b in result.spans]
    assert "kv" in highlighted and "cache" in highlighted


def test_kind_filter_and_limit(kb):
    assert {r.kind for r in kb.index.search("attention", kind="question", limit=5)} == {"question"}
    assert len(kb.index.search("attention", limit=4)) == 4


def test_empty_and_garbage_queries(kb):
    assert kb.index.search("") == []
    assert kb.index.search("   ") == []
    assert kb.index.search("zzqxj") == []


def test_normalize_handles_british_spelling_and_case():
    assert normalize("Optimising QUANTISATION") == "optimizing quantization"
