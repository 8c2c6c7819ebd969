"""The bundled seed, parsed for real."""

from __future__ import annotations

import hashlib
import tomllib
from importlib import resources

from llmtui.content.repair import SUSPICIOUS

PROMO_MARKERS = ["Newsletter", "Support the Author", "github.com", "![", "Subscribe", "Subcribe",
                 "Repo link", "LLM Engineer Toolkit", "Survey Papers", "Kalyan", "buymeacoffee"]


def test_bundled_file_is_kept_byte_for_byte():
    data = resources.files("llmtui.content.data").joinpath("llm-interview-questions-and-answers-hub.md").read_bytes()
    manifest = tomllib.loads(resources.files("llmtui.content.data").joinpath(
        "llm-interview-questions-and-answers-hub.toml").read_text())
    assert hashlib.sha256(data).hexdigest() == manifest["pack"]["sha256"]
    assert "â€™".encode() in data  # still the mojibake we received: repair happens on load


def test_exactly_115_questions_numbered_in_order(bundled):
    assert [q.number for q in bundled.questions] == list(range(1, 116))
    assert len({q.id for q in bundled.questions}) == 115
    assert all(q.answer.strip() for q in bundled.questions)


def test_no_mojibake_left_anywhere(bundled):
    for q in bundled.questions:
        for marker in SUSPICIOUS:
            assert marker not in q.title, (q.number, marker)
            assert marker not in q.answer, (q.number, marker)
        assert "\u200b" not in q.answer


def test_lost_closing_quote_is_restored(bundled):
    q43 = bundled.questions[42]
    assert "(“beams”)" in q43.answer
    q15 = bundled.questions[14]
    assert q15.title.endswith("why is it called “self-attention”?")


def test_question_without_space_after_colon(bundled):
    assert bundled.questions[41].title == "Explain the role of decoding strategy in LLM text generation."


def test_promotional_blocks_are_not_in_any_answer(bundled):
    for q in bundled.questions:
        for marker in PROMO_MARKERS:
            assert marker not in q.answer, (q.number, marker)


def test_full_answers_end_where_the_next_block_starts(bundled):
    # Q6 runs up to the newsletter block; Q115 up to "Additional Resources".
    assert bundled.questions[5].answer.endswith("processed by the subsequent transformer layers.")
    assert bundled.questions[114].answer.endswith("world knowledge from massive unlabeled corpora.")
    assert "Greedy Decoding" in bundled.questions[42].answer and "Speculative Decoding" in bundled.questions[42].answer


def test_source_lines_point_at_the_question(bundled):
    text = resources.files("llmtui.content.data").joinpath("llm-interview-questions-and-answers-hub.md").read_text()
    lines = text.split("\n")
    for q in bundled.questions:
        assert f"Q{q.number}:" in lines[q.line - 1]


def test_topics_come_from_the_manifest(bundled):
    counts = {}
    for q in bundled.questions:
        counts[q.topic] = counts.get(q.topic, 0) + 1
    assert counts == {"Transformer fundamentals": 35, "Inference and decoding": 38, "Prompting": 14,
                      "Fine-tuning, RAG and alignment": 21, "Pretraining": 7}


def test_inline_latex_source_is_kept(bundled):
    assert "$n^2$" in bundled.questions[9].answer
    assert "$ΔW = AB$" in bundled.questions[100].answer


def test_answer_headings_never_leak_into_answers(bundled):
    # Q114 has two blank lines before its "### ✅ Answer": it must come off all the same.
    for q in bundled.questions:
        assert "✅" not in q.answer and not q.answer.lstrip().startswith("#"), q.number
    assert bundled.questions[113].answer.startswith("Model parallelism is a technique")
