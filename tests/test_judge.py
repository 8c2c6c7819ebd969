"""The optional local judge, against a real HTTP server on 127.0.0.1 that speaks chat completions."""

from __future__ import annotations

import json
import socket

import pytest
from judge_server import completion, judge_server, judgement

from llmtui.tui.entry import main
from llmtui.tui.practice.judge import (
    JudgeConfig,
    apply_verdict,
    ask_judge,
    judge_config,
)
from llmtui.tui.practice.keypoints import ScoringBase
from llmtui.tui.practice.scoring import Status

QUESTION = "llm-hub#3"  # KV cache
ANSWER = ("The cache keeps the keys and values of every earlier token, so at each decoding step only the new token "
          "is projected and its query attends over the cached K/V instead of recomputing the prefix.")


@pytest.fixture(scope="module")
def scoring(kb) -> ScoringBase:
    return ScoringBase.load(kb)


def ask(scoring: ScoringBase, url: str, timeout: float = 5.0):
    config = JudgeConfig(url, "test-model", "", timeout)
    rubric = scoring.rubric(QUESTION)
    return ask_judge(config, scoring.kb.question(QUESTION), rubric, ANSWER)


def test_good_reply_replaces_the_offline_statuses(scoring):
    reply = judgement([{"index": 0, "status": "covered", "quote": "keeps the keys and values of every earlier token"},
                       {"index": 1, "status": "missed", "quote": ""},
                       {"index": 2, "status": "partial", "quote": "only the new token is projected"},
                       {"index": 3, "status": "contradicted", "quote": ""}], grade=3)
    with judge_server(lambda body: (200, reply, 0.0)) as (url, received):
        verdict = ask(scoring, url)
    assert not verdict.error and verdict.grade == 3 and verdict.feedback
    request = received[0]
    assert request["path"] == "/v1/chat/completions"
    body = request["body"]
    assert body["model"] == "test-model" and body["temperature"] == 0
    assert body["response_format"]["type"] == "json_schema"
    assert set(body["response_format"]["json_schema"]["schema"]["required"]) == {"points", "misconceptions", "grade",
                                                                                  "feedback"}
    prompt = body["messages"][-1]["content"]
    assert ANSWER in prompt and scoring.kb.question(QUESTION).title in prompt and "0. " in prompt  # key points, numbered
    offline = scoring.score(QUESTION, ANSWER)
    judged = apply_verdict(offline, ANSWER, verdict)
    assert [p.status for p in judged.points[:4]] == [Status.COVERED, Status.MISSED, Status.PARTIAL, Status.CONTRADICTED]
    assert judged.points[4].status == offline.points[4].status  # the judge said nothing: the offline status stands
    assert judged.suggested_grade == 3


def test_an_invented_quote_earns_nothing(scoring):
    reply = judgement([{"index": 0, "status": "covered", "quote": "the cache is stored in NVMe and shared by all users"},
                       {"index": 1, "status": "covered", "quote": "keeps the keys  AND values"}], grade=4)
    with judge_server(lambda body: (200, reply, 0.0)) as (url, _):
        verdict = ask(scoring, url)
    judged = apply_verdict(scoring.score(QUESTION, ANSWER), ANSWER, verdict)
    assert judged.points[0].status == Status.MISSED and judged.points[0].evidence == ""
    assert judged.points[1].status == Status.COVERED  # spacing and case aside, that quote is in the answer


@pytest.mark.parametrize("payload", [
    b"not json at all",
    completion("Sure! The answer is pretty good, I would give it a 3."),
    completion(json.dumps({"points": [], "misconceptions": [], "grade": 7, "feedback": ""})),
    completion(json.dumps({"points": [{"index": 99, "status": "covered", "quote": "x"}], "misconceptions": [],
                           "grade": 2, "feedback": ""})),
    json.dumps({"choices": []}).encode(),
])
def test_a_malformed_reply_falls_back_to_the_offline_score(scoring, payload):
    with judge_server(lambda body: (200, payload, 0.0)) as (url, _):
        verdict = ask(scoring, url)
    assert verdict.error and "\n" not in verdict.error
    offline = scoring.score(QUESTION, ANSWER)
    assert apply_verdict(offline, ANSWER, verdict) == offline


def test_a_slow_judge_times_out(scoring):
    with judge_server(lambda body: (200, judgement([], 3), 3.0)) as (url, _):
        verdict = ask(scoring, url, timeout=0.5)
    assert verdict.error == "judge timed out after 0.5 s"  # the client gave up: the reply came 3 s late


def test_a_refused_connection_is_one_line(scoring):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    verdict = ask(scoring, f"http://127.0.0.1:{port}/v1")
    assert verdict.error.startswith("judge unreachable at http://127.0.0.1:") and "refused" in verdict.error.lower()


def test_an_http_error_is_one_line(scoring):
    with judge_server(lambda body: (500, b'{"error": "model not loaded"}', 0.0)) as (url, _):
        verdict = ask(scoring, url)
    assert verdict.error == "judge replied HTTP 500 Internal Server Error"


def test_the_key_is_sent_as_a_bearer_token(scoring):
    config = judge_config(None, None, environ={"LLMTUI_JUDGE_URL": "http://127.0.0.1:1/v1", "LLMTUI_JUDGE_MODEL": "m",
                                               "LLMTUI_JUDGE_KEY": "sekret"})
    with judge_server(lambda body: (200, judgement([], 2), 0.0)) as (url, received):
        ask_judge(JudgeConfig(url, config.model, config.key, 5.0), scoring.kb.question(QUESTION),
                  scoring.rubric(QUESTION), ANSWER)
    assert received[0]["authorization"] == "Bearer sekret"


def test_judge_configuration_precedence_and_errors():
    env = {"LLMTUI_JUDGE_URL": "http://127.0.0.1:8080", "LLMTUI_JUDGE_MODEL": "env-model"}
    assert judge_config(environ={}, settings_url="", settings_model="") is None  # off by default
    assert judge_config(environ=env, settings_url="http://x:1", settings_model="s").model == "env-model"
    assert judge_config("http://127.0.0.1:9/v1", "flag-model", environ=env).url == "http://127.0.0.1:9/v1"
    assert judge_config(environ={}, settings_url="http://127.0.0.1:1", settings_model="s").model == "s"
    with pytest.raises(ValueError, match="both a URL and a model"):
        judge_config("http://127.0.0.1:9", None, environ={})
    with pytest.raises(ValueError, match="http:// or https://"):
        judge_config("file:///etc/passwd", "m", environ={})


def run_cli(capsys, *args: str) -> tuple[int, dict]:
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_cli_score_with_a_judge(capsys, data_dir):
    reply = judgement([{"index": 0, "status": "covered", "quote": "keeps the keys and values"}], grade=4,
                      feedback="Good.")
    with judge_server(lambda body: (200, reply, 0.0)) as (url, _):
        code, data = run_cli(capsys, "score", QUESTION, "--answer", ANSWER, "--judge", url, "--judge-model", "m")
    assert code == 0
    assert data["judge"] == {"url": url, "model": "m", "grade": 4, "feedback": "Good.", "error": None}
    assert data["suggested_grade"] == 4 and data["points"][0]["evidence"] == "keeps the keys and values"


def test_cli_score_with_an_unreachable_judge_keeps_the_offline_score(capsys, data_dir):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    _, offline = run_cli(capsys, "score", QUESTION, "--answer", ANSWER)
    code, data = run_cli(capsys, "score", QUESTION, "--answer", ANSWER, "--judge", f"http://127.0.0.1:{port}",
                         "--judge-model", "m")
    assert code == 0
    assert data["score"] == offline["score"] and data["points"] == offline["points"]
    assert data["judge"]["error"].startswith("judge unreachable") and data["judge"]["grade"] is None
