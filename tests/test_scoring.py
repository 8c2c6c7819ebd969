"""Scores an interviewer would agree with: the rubric, the scorer, its guards, measured on hand-graded answers."""

from __future__ import annotations

import re
import statistics

import pytest
from gold_metrics import load_gold, pair_order, report, score_all

from llmtui.content.errors import ContentError
from llmtui.content.rubrics import load_rubrics, parse_rubrics
from llmtui.tui.practice.keypoints import ScoringBase, generic_concepts
from llmtui.tui.practice.scoring import FlagKind, PreparedAnswer, Status, match_rule


@pytest.fixture(scope="module")
def scoring(kb) -> ScoringBase:
    return ScoringBase.load(kb)


def score_of(scoring: ScoringBase, question_id: str, text: str) -> float:
    scored = scoring.score(question_id, text)
    assert scored is not None
    return scored.score


# -- the rubric ----------------------------------------------------------------


def test_every_bundled_question_has_3_to_6_key_points(kb):
    rubrics = load_rubrics()
    assert set(rubrics) == {q.id for q in kb.bank.questions}
    for rubric in rubrics.values():
        assert 3 <= len(rubric.points) <= 6, rubric.question_id
        assert all(len(p.text) <= 110 and p.rule and all(p.rule) for p in rubric.points)
    with_misconceptions = sum(1 for r in rubrics.values() if r.misconceptions)
    assert with_misconceptions >= 0.5 * len(rubrics)  # "for most questions"


def test_reference_answers_cover_their_own_key_points_and_state_no_misconception(kb, scoring):
    covered = total = 0
    for question in kb.bank.questions:
        scorer = scoring.scorer(question.id)
        answer = PreparedAnswer(question.answer)
        statuses = [match_rule(rule, answer).status for rule in scorer.points]
        covered += statuses.count(Status.COVERED)
        total += len(statuses)
        scored = scorer.score(question.answer)
        assert not scored.misconceptions and not scored.flags, question.id
    assert covered / total >= 0.75  # some references are thin or dated; the rubric follows the corrected view


def test_a_broken_rubric_is_one_error_naming_file_and_line(tmp_path):
    bad = tmp_path / "rubrics.toml"
    bad.write_text('[[question]]\nid = "p#1"\n  [[question.point]]\n  text = "No rule here."\n', encoding="utf-8")
    with pytest.raises(ContentError, match=r"rubrics\.toml:2: question 'p#1': a point needs a text and a rule"):
        load_rubrics(bad)
    with pytest.raises(ContentError, match="invalid TOML"):
        parse_rubrics("[[question]\n", "x.toml")
    with pytest.raises(ContentError, match="weight must be"):
        parse_rubrics('[[question]]\nid = "p#1"\n[[question.point]]\ntext = "t"\nrule = [["a"]]\nweight = 9\n')
    with pytest.raises(ContentError, match=r"rubrics\.toml:2: question 'p#1': claim must be the number of a group"):
        parse_rubrics('[[question]]\nid = "p#1"\n[[question.point]]\ntext = "t"\nrule = [["a"], ["b"]]\nclaim = 3\n')


def test_rubrics_are_cached_as_json(tmp_path):
    first = load_rubrics(cache_dir=tmp_path)
    assert list(tmp_path.glob("rubrics-*.json"))
    assert load_rubrics(cache_dir=tmp_path) == first


# -- the dev gold set: answers graded by an interviewer who never saw the rubric or the scorer ----


@pytest.fixture(scope="module")
def dev(scoring):
    return score_all(load_gold("graded_answers.toml"), lambda qid, text: score_of(scoring, qid, text))


def test_dev_set_is_24_questions_times_8_kinds(dev):
    assert len(dev) == 24 * 8


def test_dev_set_expected_order_holds_for_90_percent_of_pairs(dev):
    held, total = pair_order(dev)
    assert held / total >= 0.90, (held, total, report(dev))


def test_dev_set_rank_correlation_with_the_interviewers_grades(dev):
    assert report(dev)["spearman"] >= 0.7, report(dev)


def test_dev_set_per_kind_targets(dev):
    figures = report(dev)
    assert figures["strong_above_mediocre"] >= 0.9, figures
    assert figures["strong_clear_of_namedrop"] >= 0.8, figures
    assert figures["mean_term_list"] <= 0.25, figures
    assert figures["mean_echo"] <= 0.2, figures
    assert figures["mean_off_topic"] <= 0.05, figures


# -- own wording is not punished ---------------------------------------------------


def statuses(scoring: ScoringBase, question_id: str, text: str) -> list[Status]:
    scored = scoring.score(question_id, text)
    assert scored is not None
    return [p.status for p in scored.points]


@pytest.mark.parametrize("wording", [
    "The scores are divided by sqrt(d_k) so the softmax does not saturate when the dot products grow.",
    "We scale by 1/√d_k, otherwise the dot products grow with the dimension and the softmax saturates.",
    "Dividing by the square root of the key dimension keeps the variance near 1 so softmax gradients do not vanish.",
])
def test_symbols_and_words_say_the_same(scoring, wording):
    # Q19: why attention scores are scaled by the square root of d_k.
    assert Status.COVERED in statuses(scoring, "llm-hub#19", wording)


def test_british_spelling_and_small_typos_count(scoring):
    american = "Quantization stores the weights in lower precision, like int8 or 4-bit, to cut memory and speed up inference."
    british = "Quantisation stores the weights in lower precision, like int8 or 4-bit, to cut memory and speed up inference."
    typos = "Quantizaton stores the weigths in lower precison, like int8 or 4-bit, to cut memroy and speed up inference."
    question = "llm-hub#4"  # how quantization affects speed and memory
    plain = statuses(scoring, question, american)
    assert Status.COVERED in plain
    assert statuses(scoring, question, british) == plain
    assert statuses(scoring, question, typos) == plain


def test_the_evidence_is_quoted_from_the_answer(scoring):
    answer = ("At each decoding step only the newest token is run through the network. Its keys and values are "
              "appended to the cache, so nothing is recomputed for the earlier tokens.")
    scored = scoring.score("llm-hub#3", answer)
    covered = [p for p in scored.points if p.status == Status.COVERED]
    assert covered
    for point in covered:
        quoted = point.evidence.strip("…")
        assert quoted and " ".join(quoted.split()) in " ".join(answer.split())


# -- guards ---------------------------------------------------------------------------


def test_the_question_pasted_back_scores_near_zero_on_every_question(kb, scoring):
    # Before key points, pasting the title averaged 40 % over the bank.
    scores = [score_of(scoring, q.id, q.title) for q in kb.bank.questions]
    assert statistics.fmean(scores) <= 0.05 and max(scores) <= 0.2


def test_a_list_of_the_question_concepts_scores_zero_with_a_reason(kb, scoring):
    from llmtui.graph.queries import concepts_of_question

    # Before key points, the comma-separated concept names scored 100 % on every question.
    for question in kb.bank.questions:
        names = concepts_of_question(kb.graph, question.id)
        if len(names) < 3:
            continue
        scored = scoring.score(question.id, ", ".join(names))
        assert scored.score == 0.0 and [f.kind for f in scored.flags] == [FlagKind.TERM_LIST], question.id
        assert "without sentences" in scored.flags[0].reason


def test_terse_notes_that_say_something_of_each_term_are_no_term_list(scoring):
    # From a walkthrough: these notes cover two of Q69's six points and half of a third, and scored 0 % as a term list.
    notes = scoring.score("llm-hub#69", "memory bandwidth in decoding, kv cache memory limiting batch size, "
                                        "inter-gpu communication")
    assert not notes.flags and 0.3 <= notes.score <= 0.6, notes.score
    bare = scoring.score("llm-hub#69", "memory bandwidth, kv cache, compute, communication")
    assert bare.score == 0.0 and [f.kind for f in bare.flags] == [FlagKind.TERM_LIST]


@pytest.mark.parametrize(("question_id", "answer"), [
    # From a new-user walkthrough: both scored 0 % as "restates the question" though each covers a key point.
    ("llm-hub#26", "In cross attention the queries come from the decoder and the keys and values from the encoder output"),
    ("llm-hub#3", "The cache keeps K and V of past tokens"),
])
def test_a_short_answer_that_covers_a_key_point_is_terse_not_an_echo(scoring, question_id, answer):
    scored = scoring.score(question_id, answer)
    assert not scored.flags, scored.flags
    assert len(scored.covered) == 1 and scored.covered[0].evidence == answer
    assert scored.score >= 0.2


def test_an_answer_that_shares_nothing_with_the_question_is_not_an_echo(scoring):
    # From the walkthrough: Q87 (ReAct) was told it "restates the question"; it shares no word with it.
    scored = scoring.score("llm-hub#87", "Attention lets each token")
    assert scored.score == 0.0 and [f.kind for f in scored.flags] == [FlagKind.OTHER_TOPIC]


def test_an_answer_about_another_topic_is_flagged(scoring):
    rlhf = ("RLHF starts from a supervised fine-tuned model, collects human preference comparisons between pairs of "
            "responses, and trains a reward model on them. The policy is then optimised with PPO against that reward, "
            "with a KL penalty to the SFT model so it does not drift or reward-hack.")
    scored = scoring.score("llm-hub#3", rlhf)  # KV cache
    assert scored.score == 0.0 and scored.flags[0].kind == FlagKind.OTHER_TOPIC


def test_generic_concepts_never_count_as_evidence(kb, scoring):
    generic = set(generic_concepts(kb))
    assert {"Token", "Large language model"} <= generic  # each on more than a fifth of the questions
    vague = "The LLM processes tokens during inference, and the transformer model handles the tokens of the text."
    assert all(s == Status.MISSED for s in statuses(scoring, "llm-hub#3", vague))


# -- claims said the other way round ----------------------------------------------------

Q108 = "llm-hub#108"  # options to speed up fine-tuning
# The walkthrough's answer, of which the report quotes "…gradient checkpointing to trade compute for memory; …
# gradient accumulation…" and "so far fewer parameters are trained": it lists the two memory tools as speed-ups.
# It scored 100 %, 6 of 6, with "Do less work" credited from "so far fewer parameters are trained".
LISTED_AS_SPEEDUPS = ("To speed up fine-tuning I would combine several options: LoRA or QLoRA, so far fewer parameters "
                      "are trained; bf16 mixed precision on tensor cores; FlashAttention with sequence packing; gradient "
                      "checkpointing to trade compute for memory; gradient accumulation to reach a larger batch size; "
                      "and DeepSpeed ZeRO to shard training state.")


def point_named(scored, start: str):
    return next(p for p in scored.points if p.text.startswith(start))


def test_a_contrast_point_is_not_credited_to_an_answer_listing_the_opposite(scoring):
    scored = scoring.score(Q108, LISTED_AS_SPEEDUPS)
    memory_tools = point_named(scored, "Accumulation and checkpointing are memory tools")
    assert memory_tools.status == Status.MISSED  # it names them and what they do for memory, never that they are no speed-up
    assert point_named(scored, "Do less work").status == Status.MISSED
    assert point_named(scored, "PEFT").status == Status.COVERED and "fewer parameters" in point_named(scored, "PEFT").evidence
    assert scored.score <= 0.75 and scored.suggested_grade <= 3


def test_a_contrast_point_is_credited_when_the_answer_says_the_contrast(scoring):
    right = ("Gradient accumulation and checkpointing only save memory: they let you simulate a bigger batch but do not "
             "make steps faster, and checkpointing is even slower since it recomputes activations.")
    scored = scoring.score(Q108, right)
    assert point_named(scored, "Accumulation and checkpointing are memory tools").status == Status.COVERED
    assert not scored.misconceptions


def test_a_direct_contradiction_of_a_contrast_point_is_a_misconception(scoring):
    wrong = "LoRA trains far fewer parameters. Gradient accumulation also makes each step faster."
    negated = "LoRA trains far fewer parameters. Gradient accumulation does not make each step faster."
    assert scoring.score(Q108, wrong).misconceptions == ("Gradient accumulation or checkpointing speeds up fine-tuning.",)
    assert not scoring.score(Q108, negated).misconceptions


def test_a_comparison_word_about_another_points_subject_is_no_evidence(scoring):
    # "fewer" before "parameters" (the PEFT point's subject) says nothing about doing less work; before "steps" it does.
    about_parameters = scoring.score(Q108, "Train on a smaller dataset, and use LoRA so far fewer parameters are trained.")
    about_work = scoring.score(Q108, "Train on a smaller dataset so there are far fewer steps to run.")
    assert point_named(about_parameters, "Do less work").status != Status.COVERED
    assert point_named(about_work, "Do less work").status == Status.COVERED


@pytest.mark.parametrize(("question_id", "point", "answer"), [
    ("llm-hub#19", "Scores Q·K^T are divided", "Scaling multiplies the scores by sqrt(d_k) to sharpen the softmax."),
    ("llm-hub#63", "Cache aggressively", "Turn off the KV cache to save memory so more replicas fit."),
    ("llm-hub#30", "Averaged over tokens and batch", "The loss is averaged over the tokens and maximised with gradient ascent."),
])
def test_a_key_point_said_the_other_way_round_is_contradicted_and_costs(scoring, question_id, point, answer):
    scored = scoring.score(question_id, answer)
    said = point_named(scored, point)
    assert said.status == Status.CONTRADICTED and said.evidence and said.credit == 0
    assert "contradicted" in scored.rule_text and scored.suggested_grade <= 3


@pytest.mark.parametrize(("question_id", "point", "answer"), [
    ("llm-hub#19", "Scores Q·K^T are divided", "We divide the scores by sqrt(d_k) instead of multiplying them."),
    ("llm-hub#63", "Cache aggressively", "Never recompute a shared system prompt: cache its prefix in the KV cache."),
    ("llm-hub#3", "The cache stores each layer", "The keys and values of past tokens are cached, so nothing is recomputed."),
    ("llm-hub#30", "Averaged over tokens and batch", "The loss is averaged over the tokens and minimised with gradient descent."),
])
def test_a_negation_or_direction_the_point_shares_is_no_contradiction(scoring, question_id, point, answer):
    assert point_named(scoring.score(question_id, answer), point).status == Status.COVERED


def test_a_misconception_is_named_and_costs(scoring):
    right = "The KV cache stores the keys and values of past tokens so each decode step reuses them instead of recomputing."
    wrong = right + " The KV cache also stores the queries of previous tokens."
    good, bad = scoring.score("llm-hub#3", right), scoring.score("llm-hub#3", wrong)
    assert not good.misconceptions
    assert bad.misconceptions == ("The KV cache also stores the queries of previous tokens.",)
    assert bad.score < good.score - 0.2


def test_the_rule_text_and_suggested_grade_follow_the_points(scoring):
    question = "llm-hub#3"
    full = scoring.score(question, scoring.kb.question(question).answer)
    empty = scoring.score(question, "I am not sure, I would have to look it up.")
    assert re.fullmatch(r"\d of \d key points(, \d partly)?", full.rule_text)
    assert full.suggested_grade >= 3 and empty.suggested_grade == 1
