"""``llmtui score`` and ``llmtui check``'s key-point report: the contract scripts depend on."""

from __future__ import annotations

import io
import json
import sys

import pytest

from llmtui.tui.entry import main

STRONG = ("Self-attention is permutation-equivariant, so without a position signal it sees the tokens as a set. "
          "RNNs get order from recurrence and CNNs from their kernels, but a transformer must inject position "
          "explicitly: add sinusoidal or learned vectors to the embeddings, or rotate Q and K with RoPE.")


def score_json(capsys, *argv: str) -> dict:
    assert main(["score", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_score_json_is_exactly_the_documented_shape(capsys, data_dir):
    data = score_json(capsys, "1", "--answer", STRONG)
    assert set(data) == {"question", "score", "points", "misconceptions", "flags", "suggested_grade", "judge"}
    assert data["question"] == {"id": "llm-hub#1", "number": 1, "title": data["question"]["title"], "prompt": ""}
    assert 0.0 <= data["score"] <= 1.0 and data["score"] >= 0.6
    assert all(set(p) == {"text", "status", "evidence"} for p in data["points"])
    assert {p["status"] for p in data["points"]} <= {"covered", "partial", "missed"}
    assert data["flags"] == [] and data["misconceptions"] == [] and data["judge"] is None
    assert data["suggested_grade"] in (3, 4)


def test_score_flags_say_why(capsys, data_dir):
    data = score_json(capsys, "llm-hub#1", "--answer", "self-attention, RoPE, ALiBi, sinusoidal, recurrence, convolution")
    assert data["score"] == 0.0 and data["suggested_grade"] == 1
    assert [f["kind"] for f in data["flags"]] == ["term_list"] and data["flags"][0]["reason"]


def test_score_reads_standard_input_and_files(capsys, data_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(STRONG))
    from_stdin = score_json(capsys, "1", "--answer", "-")
    answer = tmp_path / "answer.txt"
    answer.write_text(STRONG, encoding="utf-8")
    from_file = score_json(capsys, "1", "--answer-file", str(answer))
    assert from_stdin == from_file == score_json(capsys, "1", "--answer", STRONG)


@pytest.mark.parametrize(("argv", "message"), [
    (["score", "llm-hub#999", "--answer", "x"], "unknown question 'llm-hub#999'"),
    (["score", "1", "--answer", "   \n"], "empty answer"),
    (["score", "1"], "give the answer"),
    (["score", "1", "--answer-file", "/nonexistent/answer.txt"], "/nonexistent/answer.txt: no such file"),
    (["score", "1", "--answer-file", "/dev/zero"], "/dev/zero: is a character device, not a regular file"),
    (["score", "1", "--answer", "x", "--judge", "http://127.0.0.1:1"], "both a URL and a model"),
])
def test_score_errors_are_one_line_and_exit_1(capsys, data_dir, argv, message):
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and message in captured.err and captured.err.count("\n") == 1


def test_an_answer_file_that_is_not_text_is_refused_in_one_line(capsys, data_dir, tmp_path):
    picture = tmp_path / "answer.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    latin = tmp_path / "answer-latin1.txt"
    latin.write_bytes("The cache keeps K and V \xe9t\xe9 after \xe9t\xe9".encode("latin-1"))
    for path, message in ((picture, "not UTF-8 text"), (latin, "not UTF-8 text (byte 24)")):
        assert main(["score", "1", "--answer-file", str(path)]) == 1
        captured = capsys.readouterr()
        assert captured.out == "" and f"{path}: {message}" in captured.err and captured.err.count("\n") == 1
    nul = tmp_path / "answer.bin"
    nul.write_bytes(b"text\0more")
    assert main(["score", "1", "--answer-file", str(nul)]) == 1
    assert f"{nul}: a binary file, not an answer" in capsys.readouterr().err


def test_check_reports_answers_that_yield_no_key_point(capsys, data_dir, tmp_path):
    pack = tmp_path / "tiny.md"
    pack.write_text(
        "# Tiny\n\n### Q1: What does speculative decoding do?\n\n"
        "A small draft model proposes several tokens and the large target model verifies them in one forward pass, "
        "accepting the longest matching prefix, so latency drops while the output distribution is unchanged.\n\n"
        "### Q2: Why?\n\nYes.\n", encoding="utf-8")
    assert main(["check", str(pack), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]
    assert report["no_key_points"] == [{"id": "tiny#2", "number": 2, "line": 7}]
    assert main(["check", str(pack)]) == 0
    assert f"{pack}:7: Q2 yields no usable key point" in capsys.readouterr().out
