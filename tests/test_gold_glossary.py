"""Concept tags and related concepts measured against gold sets written by hand.

Three sets of hand tags, each written by a different annotator from the bundled questions and a concept list
alone, without the code or the tagger's output (never edit one to make a test pass):
- tests/gold/hand_tags.toml (32 questions, also the related-concept judgements): written before glossary 2.0,
  in the vocabulary of glossary 1 (tests/gold/VOCAB_v1.txt plus tests/gold/MISSING.md). The glossary's aliases and
  ``described_by`` rules were tuned against it.
- tests/gold/hand_tags_second.toml (22 other questions): written against glossary 2.0 while the description rules
  were being made; measured once blind, then tuned against too.
- tests/gold/hand_tags_unseen.toml (22 further questions): measured once, when the rules were done, and never
  tuned against: the honest figure for questions nobody tuned on.

How it is scored (the rules, stated once):
- Gold names are resolved through the glossary like any lookup (name or alias: "Compute-bound" is now an alias
  of Compute throughput).
- Glossary 2.0 split three glossary-1 concepts, and the gold's own notes say which sense the annotator tagged:
  "'GPU memory' = HBM" (Q3) and "Gradient descent via 'backpropagation'/'gradients'" (Q11); Q5, Q69 and Q105
  tag Batching for "batch size(s)", an alias of Batching in VOCAB_v1. So a system tag of the split-off concept
  counts as the gold concept (``SPLIT``), in precision and recall alike.
- Precision: a system tag counts as right when it is in the question's ``tags`` and wrong when it is in its
  ``not``; any other tag is one the annotator left as don't-care (the gold files' rule 3) and is not counted.
  A ``not`` tag must never appear.
- Recall: the share of ``tags`` the system finds.
- Related concepts: for each of the 15 central concepts, how many of its top 5 related concepts are in
  ``acceptable`` (out of 75). Strict: every top-5 entry counts. Fair: concepts the annotator had no name for
  (new in glossary 2.0, neither in VOCAB_v1.txt nor MISSING.md, nor split off as above) could never be listed
  as acceptable, so they are passed over and the next related concept is judged instead.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from llmtui.graph.queries import concepts_of_question, related_concepts

GOLD = Path(__file__).parent / "gold"
SPLIT = {"HBM": {"GPU memory"}, "Gradient descent": {"Backpropagation"}, "Batching": {"Batch size"}}

PRECISION_GOAL = 0.95
RECALL_GOAL = 0.95  # the goal, met on the sets the rules were tuned on and on all three together
# On the unseen set the rules were never tuned: what they miss there is mostly described in words no rule has
# (see the report). A floor, so that it only goes up.
UNSEEN_RECALL_FLOOR = 0.87
RELATED_GOAL = 68  # of 75, the goal, under the fair rule above
RELATED_STRICT_FLOOR = 67  # reached with every top-5 entry judged


@pytest.fixture(scope="module")
def gold() -> dict:
    return tomllib.loads((GOLD / "hand_tags.toml").read_text(encoding="utf-8"))


def _gold_tags(name: str) -> list[dict]:
    return tomllib.loads((GOLD / name).read_text(encoding="utf-8"))["question"]


def _resolved(kb, names: list[str]) -> set[str]:
    return {kb.resolve_concept(name) for name in names}


def _as_gold(tags: list[str]) -> set[str]:
    found = set(tags)
    for gold_name, parts in SPLIT.items():
        if found & parts:
            found.add(gold_name)
    return found


def _tag_counts(kb, questions: list[dict]) -> tuple[int, int, int, list[str]]:
    right = wrong = missed = 0
    false_tags: list[str] = []
    for question in questions:
        system = _as_gold(concepts_of_question(kb.graph, question["id"]))
        tags, nots = _resolved(kb, question["tags"]), _resolved(kb, question["not"])
        right += len(system & tags)
        missed += len(tags - system)
        wrong += len(system & nots)
        false_tags += [f"{question['id']}: {name}" for name in sorted(system & nots)]
    return right, wrong, missed, false_tags


def test_the_gold_sets_are_the_hand_written_ones(gold):
    assert len(gold["question"]) >= 25 and len(gold["related"]) == 15
    assert sum(len(q["tags"]) for q in gold["question"]) == 281
    assert sum(len(q["tags"]) for q in _gold_tags("hand_tags_second.toml")) == 172
    assert sum(len(q["tags"]) for q in _gold_tags("hand_tags_unseen.toml")) == 155
    ids = [q["id"] for name in GOLD_TAGS for q in _gold_tags(name)]
    assert len(ids) == len(set(ids)) == 76  # no question is in two sets


GOLD_TAGS = ("hand_tags.toml", "hand_tags_second.toml", "hand_tags_unseen.toml")


@pytest.mark.parametrize("name", GOLD_TAGS)
def test_every_gold_name_is_a_concept(kb, gold, name):
    questions = _gold_tags(name)
    names = {n for q in questions for n in (*q["tags"], *q["not"])}
    if name == "hand_tags.toml":
        names |= {n for r in gold["related"] for n in (r["concept"], *r["acceptable"], *r["best"])}
    for concept in names:
        kb.resolve_concept(concept)  # raises UnknownConcept for a name the glossary lost


@pytest.mark.parametrize("name", GOLD_TAGS)
def test_no_false_tag_on_the_hand_tagged_questions(kb, name):
    *_, false_tags = _tag_counts(kb, _gold_tags(name))
    assert false_tags == []


@pytest.mark.parametrize("name", GOLD_TAGS[:2])
def test_tag_precision_and_recall_on_the_sets_the_glossary_was_tuned_on(kb, name):
    right, wrong, missed, _ = _tag_counts(kb, _gold_tags(name))
    precision, recall = right / (right + wrong), right / (right + missed)
    assert precision >= PRECISION_GOAL, precision
    assert recall >= RECALL_GOAL, recall


def test_tag_recall_on_all_the_hand_tagged_questions(kb):
    counts = [_tag_counts(kb, _gold_tags(name)) for name in GOLD_TAGS]
    right, missed = sum(c[0] for c in counts), sum(c[2] for c in counts)
    assert right / (right + missed) >= RECALL_GOAL, right / (right + missed)


def test_tag_precision_and_recall_on_questions_nobody_tuned_on(kb):
    right, wrong, missed, _ = _tag_counts(kb, _gold_tags("hand_tags_unseen.toml"))
    assert right / (right + wrong) >= PRECISION_GOAL, right / (right + wrong)
    assert right / (right + missed) >= UNSEEN_RECALL_FLOOR, right / (right + missed)


def _vocabulary(kb) -> set[str]:
    """The glossary-2.0 concepts the annotator had a name for."""
    names = [line.split(" — ")[0] for line in (GOLD / "VOCAB_v1.txt").read_text(encoding="utf-8").splitlines()
             if " — " in line]
    text = (GOLD / "MISSING.md").read_text(encoding="utf-8")
    for item in text[text.index("aliases:") + len("aliases:"):].replace("\n", " ").split(";"):
        item = item.strip().rstrip(".")
        if item:
            pair = re.fullmatch(r"(.*?)\s*\(([^()]+)\)", item)
            names += [pair.group(1), pair.group(2)] if pair else [item]
    return _resolved(kb, names) | {part for parts in SPLIT.values() for part in parts}


def _related_scores(kb, gold: dict) -> tuple[int, int]:
    vocabulary = _vocabulary(kb)
    strict = fair = 0
    for entry in gold["related"]:
        acceptable = _resolved(kb, entry["acceptable"])
        acceptable |= {part for name, parts in SPLIT.items() if name in acceptable for part in parts}
        ranked = [r.name for r in related_concepts(kb.graph, kb.resolve_concept(entry["concept"]))]
        strict += sum(name in acceptable for name in ranked[:5])
        fair += sum(name in acceptable for name in [n for n in ranked if n in vocabulary][:5])
    return strict, fair


def test_related_concepts_are_what_an_expert_lists(kb, gold):
    strict, fair = _related_scores(kb, gold)
    assert fair >= RELATED_GOAL, (strict, fair)
    assert strict >= RELATED_STRICT_FLOOR, (strict, fair)


def test_no_generic_concept_is_a_top_related_concept_of_a_central_one(kb, gold):
    generic = kb.glossary.generic_names()
    for entry in gold["related"]:
        top = {r.name for r in related_concepts(kb.graph, kb.resolve_concept(entry["concept"]), limit=5)}
        assert not top & generic
