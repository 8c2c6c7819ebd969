"""The CLI contract other tools depend on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from llmtui.tui.entry import main


def run_json(capsys, *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def test_search_json(capsys, data_dir):
    data = run_json(capsys, "search", "kv", "cashe", "--limit", "3")
    assert data["query"] == "kv cashe"
    first, second = data["results"][:2]
    assert first == {"kind": "concept", "id": "KV cache", "name": "KV cache", "score": first["score"], "topic": "Concept",
                     "field": "concept", "snippet": "KV cache"}
    assert second["kind"] == "question" and {"id", "number", "label", "title", "score", "topic"} <= second.keys()
    assert second["field"] == "title" and second["snippet"] == second["title"]


def test_search_kind_filter(capsys, data_dir):
    data = run_json(capsys, "search", "lora", "--kind", "question")
    assert data["results"] and all(r["kind"] == "question" for r in data["results"])


def test_show_by_number_and_id(capsys, data_dir):
    by_number = run_json(capsys, "show", "11")
    by_id = run_json(capsys, "show", "llm-hub#11")
    assert by_number == by_id
    assert set(by_number) == {"id", "number", "title", "prompt", "answer", "talking_points", "topic", "concepts",
                              "related", "duplicates", "suspended", "leech", "lapses", "buried_until"}
    assert by_number["talking_points"] is False
    assert [d["id"] for d in by_number["duplicates"]] == ["llm-hub#34"]
    assert "Vanishing gradient" in by_number["concepts"]
    assert not (data_dir / "history.sqlite3").exists()  # reading a question makes no history


def test_show_says_a_question_sits_out_of_the_draws(capsys, data_dir):
    from llmtui.tui.practice.scheduling import next_day_start
    from llmtui.tui.practice.store import HistoryStore

    store = HistoryStore.open(data_dir).store
    store.suspend("llm-hub#11")
    store.bury("llm-hub#11", next_day_start())
    store.close()
    assert main(["show", "11"]) == 0
    assert capsys.readouterr().out.splitlines()[2] == "Suspended: left out of every draw · buried until tomorrow"
    data = run_json(capsys, "show", "11")
    assert data["suspended"] and data["buried_until"] and not data["leech"]


def test_concept_resolves_aliases_and_typos(capsys, data_dir):
    data = run_json(capsys, "concept", "nucleus", "sampling")
    assert data["name"] == "Top-p sampling" and "top-p" in data["aliases"]
    assert data["questions"] and {"id", "number", "title"} == set(data["questions"][0])
    assert {"name", "weight", "relation"} <= set(data["related"][0])
    assert run_json(capsys, "concept", "flahs", "atention")["name"] == "FlashAttention"


@pytest.mark.parametrize(("typed", "name"), [
    ("ZeRO", "ZeRO"), ("zero", "ZeRO"), ("zero-shot", "Zero-shot prompting"),
    ("multi-head latent attention", "Multi-head latent attention"), ("multi head attention", "Multi-head attention"),
    ("PPO", "PPO"), ("SwiGLU", "SwiGLU"), ("kv caches", "KV cache"), ("Quantisation", "Quantization"),
    ("LLM.int8()", "LLM.int8()"), ("pass@k", "pass@k"), ("compute-bound", "Compute throughput"),
])
def test_concept_answers_the_concept_named_never_another(capsys, data_dir, typed, name):
    assert run_json(capsys, "concept", typed)["name"] == name


def test_an_unknown_concept_is_said_with_near_names_and_exit_1(capsys, data_dir):
    assert main(["concept", "GeGLU"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "llmtui: no concept 'GeGLU'; did you mean GELU?"
    assert main(["concept", "top-a", "sampling"]) == 1  # one letter from Top-k sampling, but a different method
    assert "no concept 'top-a sampling'; did you mean Top-k sampling" in capsys.readouterr().err


def test_path_json(capsys, data_dir):
    data = run_json(capsys, "path", "qlora", "kv cache")
    assert data["concepts"][0] == "QLoRA" and data["concepts"][-1] == "KV cache"
    assert all("questions" in step for step in data["steps"])
    assert all({step["source"], step["target"]} == {step["from"], step["to"]} for step in data["steps"])


def test_path_reads_each_relation_in_its_true_direction(capsys, data_dir):
    # The path runs from Quantization to QLoRA; the relation reads QLoRA → uses → Quantization.
    [step] = run_json(capsys, "path", "quantization", "qlora")["steps"]
    assert (step["from"], step["to"]) == ("Quantization", "QLoRA")
    assert (step["source"], step["relation"], step["target"]) == ("QLoRA", "uses", "Quantization")
    assert main(["path", "qlora", "quantization"]) == 0
    assert "QLoRA uses Quantization" in capsys.readouterr().out
    assert main(["path", "quantization", "qlora"]) == 0
    assert "QLoRA uses Quantization" in capsys.readouterr().out


def test_stats_json(capsys, data_dir):
    data = run_json(capsys, "stats")
    assert data["questions"] == 115 and data["concepts"] >= 218 and data["topics"] == 5
    assert data["duplicates"] == [["llm-hub#11", "llm-hub#34"]]


def test_export_json_and_graphml(capsys, data_dir, tmp_path):
    data = run_json(capsys, "export")
    assert len(data["questions"]) == 115 and set(data["questions"][0]) == {
        "id", "number", "pack", "title", "prompt", "answer", "talking_points", "topic", "concepts"}
    assert not any(q["talking_points"] for q in data["questions"])  # the bundled pack answers every question
    assert {"source": "QLoRA", "relation": "extends", "target": "LoRA"} in data["relations"]
    out = tmp_path / "g.graphml"
    assert main(["export", "--format", "graphml", "-o", str(out)]) == 0
    import networkx as nx

    G = nx.read_graphml(out)
    assert G.nodes["c:KV cache"]["kind"] == "concept" and "key-value cache" in G.nodes["c:KV cache"]["aliases"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "999"], "unknown question '999'"),
        (["concept", "zzzqqq"], "no concept 'zzzqqq'"),
        (["concept", "kv cach attn"], "did you mean"),
        (["--content", "/nonexistent/pack.md", "stats"], "/nonexistent/pack.md: no such file"),
    ],
)
def test_errors_are_one_line_without_traceback(argv, message, data_dir):
    proc = subprocess.run([sys.executable, "-m", "llmtui.tui", *argv], capture_output=True, text=True)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_not_a_terminal_says_so(data_dir):
    proc = subprocess.run([sys.executable, "-m", "llmtui.tui"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2 and "not a terminal" in proc.stderr


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("llmtui ")


def test_history_json_contract_and_markdown_export(capsys, data_dir, tmp_path):
    from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
    from llmtui.tui.practice.store import HistoryStore

    store = HistoryStore.open(data_dir).store
    sid = store.start_session(InterviewPlan(questions=2), ["llm-hub#3", "llm-hub#5"])
    record = AnswerRecord("llm-hub#3", "It caches | keys", 75.0, 15.0, 0.5, covered=["KV cache"], missed=["HBM"])
    store.record_answer(sid, 0, record, "Explain how KV Cache accelerates LLM inference.")
    store.grade(sid, 0, "llm-hub#3", 2)
    store.close()
    data = run_json(capsys, "history")
    assert data == {"sessions": [{
        "id": sid, "started_at": data["sessions"][0]["started_at"], "status": "in_progress", "mode": "random",
        "questions": 2, "answered": 1, "skipped": 0,
        "answers": [{"question_id": "llm-hub#3", "number": 3, "answer": "It caches | keys", "seconds": 75.0,
                     "overtime": 15.0, "coverage": 0.5, "grade": 2, "skipped": False, "points": [], "flags": []}],
    }]}
    out = tmp_path / "history.md"
    assert main(["history", "export", "-o", str(out)]) == 0
    text = out.read_text()
    assert "| 1 | Q3 Explain how KV Cache accelerates LLM inference. | 1:15 (+0:15) | 50% | Hard |" in text
    assert "It caches | keys" in text and "**Missed:** HBM" in text


def test_the_command_flushes_all_its_output_and_keeps_its_exit_code(data_dir):
    """``llmtui`` leaves without the interpreter's teardown: what it wrote must still all arrive."""
    command = [sys.executable, "-m", "llmtui.tui"]
    exported = subprocess.run([*command, "export", "--format", "json"], capture_output=True, timeout=120)
    assert exported.returncode == 0
    assert len(json.loads(exported.stdout)["questions"]) == 115  # a large output, piped, arrives whole
    missing = subprocess.run([*command, "show", "99999"], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "99999" in missing.stderr
