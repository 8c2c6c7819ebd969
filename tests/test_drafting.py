"""Key points drafted from a pack's reference answers: usable, specific, cached, and scored like curated ones."""

from __future__ import annotations

import pytest

from llmtui.content.packs import load_pack_file
from llmtui.graph.glossary import load_glossary
from llmtui.graph.knowledge import load_search_base
from llmtui.tui.practice import drafting
from llmtui.tui.practice.drafting import Drafter, candidate_units, draft_pack_rubrics
from llmtui.tui.practice.keypoints import GENERIC_WORDS, ScoringBase, pack_generic_terms
from llmtui.tui.practice.scoring import Status

PACK = """# Serving pack

## Serving

### Q1: What does speculative decoding do?

A small **draft model** proposes several tokens and the large target model verifies them in one forward pass,
accepting the longest matching prefix. Because verification is parallel, latency drops while the output
distribution stays exactly the target model's.

### Q2: What is PagedAttention?

- PagedAttention stores the KV cache in fixed-size blocks, like pages of virtual memory.
- A block table maps each sequence's logical blocks to physical ones, so memory fragmentation nearly vanishes.
- Freed blocks are reused at once, which lets continuous batching keep many more sequences in flight.

### Q3: Why?

Yes.
"""


@pytest.fixture
def pack(tmp_path):
    path = tmp_path / "serving.md"
    path.write_text(PACK, encoding="utf-8")
    return load_pack_file(path, cache_dir=tmp_path / "cache")


def test_units_are_sentences_and_bullets_without_markup():
    units = candidate_units("**KV cache** stores keys and values. It saves compute here.\n- Reuses them at each step\n## Next")
    assert units == ["KV cache stores keys and values.", "It saves compute here.", "Reuses them at each step"]


def test_drafted_points_are_specific_and_short(pack):
    glossary = load_glossary()
    generic = pack_generic_terms(glossary, pack.questions)
    drafted = draft_pack_rubrics(pack, glossary, generic)
    speculative, paged, thin = (drafted[f"serving#{n}"] for n in (1, 2, 3))
    assert thin.points == ()  # "Yes." carries nothing to check
    assert 1 <= len(speculative.points) <= 6 and 1 <= len(paged.points) <= 6
    for rubric in (speculative, paged):
        assert rubric.drafted
        for point in rubric.points:
            assert len(point.text) <= 110 and len(point.rule) == 2 and all(point.rule)
            terms = {t.lower() for group in point.rule for t in group}
            assert not terms & set(GENERIC_WORDS)  # a generic word is never what a point rests on
            assert point.reference and point.reference in PACK.replace("\n", " ").replace("**", "")


def test_drafts_are_cached_and_read_back(pack, tmp_path, monkeypatch):
    glossary = load_glossary()
    cache = tmp_path / "cache"
    first = draft_pack_rubrics(pack, glossary, GENERIC_WORDS, cache_dir=cache)
    assert list(cache.glob("keypoints-*.json"))

    def no_drafting(*args, **kwargs):
        raise AssertionError("drafted again instead of reading the cache")

    monkeypatch.setattr(drafting.Drafter, "for_pack", no_drafting)
    assert draft_pack_rubrics(pack, glossary, GENERIC_WORDS, cache_dir=cache) == first


def test_one_question_drafted_on_demand_matches_the_bulk_draft(pack):
    glossary = load_glossary()
    bulk = draft_pack_rubrics(pack, glossary, GENERIC_WORDS)
    drafter = Drafter.for_pack(glossary, GENERIC_WORDS, pack.questions)
    assert all(drafter.draft(q) == bulk[q.id] for q in pack.questions)


def test_pack_answers_are_scored_against_drafted_points(pack, tmp_path):
    kb = load_search_base([tmp_path / "serving.md"], cache_dir=tmp_path / "cache")
    scoring = ScoringBase.load(kb)
    good = scoring.score("serving#2", "It keeps the KV cache in fixed-size blocks, like virtual memory pages, and a block "
                                      "table maps logical to physical blocks so there is almost no fragmentation.")
    off = scoring.score("serving#2", "Beam search keeps the top-k partial sequences at every step and picks the most "
                                     "likely one at the end; it suits translation more than open-ended chat.")
    assert any(p.status == Status.COVERED for p in good.points)
    assert good.score > off.score
    assert scoring.score("serving#3", "Because.") is None  # nothing to score against
