"""An optional local LLM judge: any OpenAI-compatible chat-completions endpoint the user runs. No textual.

Off unless the user sets a URL and a model (settings, ``--judge``/``--judge-model``,
or ``LLMTUI_JUDGE_URL``/``LLMTUI_JUDGE_MODEL``; ``LLMTUI_JUDGE_KEY`` is sent as a
Bearer token). The judge gets the question, the key points, the reference
answer and the user's answer, at temperature 0 with a JSON-schema response
format, and must return which key points the answer covers, quoting it. A
point judged covered or partial whose quote is not in the answer becomes
missed: no invented credit. Any failure — refused connection, timeout, a
malformed reply — leaves the offline score standing, with a one-line reason.
Standard library only (urllib); proxies are bypassed, the request goes to
exactly the URL the user gave.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, replace

from llmtui.content.models import Question
from llmtui.content.rubrics import Rubric

from .scoring import PointResult, Scored, Status, combined_score

DEFAULT_TIMEOUT = 20.0  # seconds for the whole exchange
MAX_REPLY = 1_000_000  # bytes: a judgement is a few hundred
STATUSES = ("covered", "partial", "missed", "contradicted")

RESPONSE_SCHEMA: dict[str, object] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["points", "misconceptions", "grade", "feedback"],
    "properties": {
        "points": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["index", "status", "quote"],
            "properties": {"index": {"type": "integer", "minimum": 0},
                           "status": {"type": "string", "enum": list(STATUSES)},
                           "quote": {"type": "string"}}}},
        "misconceptions": {"type": "array", "items": {"type": "string"}},
        "grade": {"type": "integer", "minimum": 1, "maximum": 4},
        "feedback": {"type": "string"},
    },
}

SYSTEM_PROMPT = """You are a strict, fair interviewer for LLM engineering jobs. You grade one answer to one interview \
question against a list of numbered key points. For every key point say whether the candidate's answer covers it \
("covered"), covers it only in part or vaguely ("partial"), does not say it ("missed"), or states the opposite \
("contradicted"). Judge the meaning, not the wording: synonyms, symbols and the candidate's own words count. Naming a \
term without saying what it does is not covering a point. For covered and partial points, "quote" must be copied \
word for word from the candidate's answer: the shortest passage that shows it. Otherwise "quote" is "". List each \
wrong belief the answer states in "misconceptions" (empty if none). "grade" is 1 (fail), 2 (weak), 3 (good) or 4 \
(excellent). "feedback" is one or two sentences to the candidate: what was missing or wrong. Reply with JSON only."""


class JudgeError(Exception):
    """Why the judge gave no usable judgement, in one line."""


@dataclass(frozen=True, slots=True)
class JudgeConfig:
    url: str
    model: str
    key: str = ""
    timeout: float = DEFAULT_TIMEOUT

    @property
    def endpoint(self) -> str:
        """The chat-completions URL: a base like ``http://localhost:11434/v1`` gets the path added.

        >>> JudgeConfig("http://127.0.0.1:8080", "m").endpoint, JudgeConfig("http://h:1/v1/", "m").endpoint
        ('http://127.0.0.1:8080/v1/chat/completions', 'http://h:1/v1/chat/completions')
        """
        parts = urllib.parse.urlsplit(self.url.strip())
        path = parts.path.rstrip("/")
        if not path.endswith("/chat/completions"):
            path = f"{path}/chat/completions" if path.endswith("/v1") else f"{path}/v1/chat/completions"
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def judge_config(url: str | None = None, model: str | None = None, *, environ: Mapping[str, str] | None = None,
                 settings_url: str = "", settings_model: str = "", timeout: float = DEFAULT_TIMEOUT
                 ) -> JudgeConfig | None:
    """The judge to use, if any: command-line flags first, then the environment, then the settings.

    Raises :class:`ValueError` naming what is wrong (a URL without a model, a scheme that is not http).

    >>> judge_config(environ={}) is None
    True
    >>> judge_config("http://127.0.0.1:11434/v1", "qwen3:8b", environ={"LLMTUI_JUDGE_KEY": "k"}).key
    'k'
    """
    env = environ or {}
    url = (url or env.get("LLMTUI_JUDGE_URL") or settings_url or "").strip()
    model = (model or env.get("LLMTUI_JUDGE_MODEL") or settings_model or "").strip()
    if not url and not model:
        return None
    if not url or not model:
        raise ValueError("a judge needs both a URL and a model name (--judge URL --judge-model NAME)")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"judge URL must be http:// or https:// with a host, not {url!r}")
    if not timeout > 0 or timeout == float("inf"):
        raise ValueError("judge timeout must be a positive number of seconds")
    return JudgeConfig(url, model, env.get("LLMTUI_JUDGE_KEY", ""), float(timeout))


@dataclass(frozen=True, slots=True)
class JudgedPoint:
    index: int
    status: str
    quote: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the judge said (or why it said nothing usable: ``error``)."""

    url: str
    model: str
    points: tuple[JudgedPoint, ...] = ()
    misconceptions: tuple[str, ...] = ()
    grade: int | None = None
    feedback: str = ""
    error: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"url": self.url, "model": self.model, "grade": self.grade, "feedback": self.feedback,
                "error": self.error or None}


def build_messages(question: Question, rubric: Rubric, answer: str) -> list[dict[str, str]]:
    points = "\n".join(f"{i}. {p.text}" for i, p in enumerate(rubric.points))
    # talking points say what to cover, not how: the judge is told so rather than shown them as a model answer
    reference = ("TALKING POINTS (what to cover; no model answer):" if question.talking_points
                 else "REFERENCE ANSWER:")
    asked = f"{question.title}\n\n{question.prompt.strip()}" if question.prompt else question.title
    user = (f"QUESTION:\n{asked}\n\nKEY POINTS:\n{points}\n\n{reference}\n{question.answer.strip()}\n\n"
            f"CANDIDATE'S ANSWER:\n{answer.strip()}")
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


def request_body(config: JudgeConfig, question: Question, rubric: Rubric, answer: str) -> dict[str, object]:
    return {
        "model": config.model,
        "messages": build_messages(question, rubric, answer),
        "temperature": 0,
        "stream": False,
        "response_format": {"type": "json_schema",
                            "json_schema": {"name": "interview_judgement", "strict": True, "schema": RESPONSE_SCHEMA}},
    }


def _post(config: JudgeConfig, body: dict[str, object]) -> bytes:
    """POST ``body``; the reply's bytes. Bounded by ``config.timeout`` in all, proxies bypassed."""
    deadline = time.monotonic() + config.timeout
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if config.key:
        headers["Authorization"] = f"Bearer {config.key}"
    request = urllib.request.Request(config.endpoint, json.dumps(body).encode(), headers, method="POST")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=config.timeout) as reply:
            chunks, size = [], 0
            while chunk := reply.read(65536):
                size += len(chunk)
                if size > MAX_REPLY:
                    raise JudgeError("judge reply too large")
                if time.monotonic() > deadline:
                    raise JudgeError(f"judge timed out after {config.timeout:g} s")
                chunks.append(chunk)
            return b"".join(chunks)
    except urllib.error.HTTPError as exc:
        raise JudgeError(f"judge replied HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise JudgeError(f"judge timed out after {config.timeout:g} s") from None
        text = reason.strerror if isinstance(reason, OSError) and reason.strerror else str(reason)
        raise JudgeError(f"judge unreachable at {config.endpoint}: {text}") from None
    except TimeoutError:
        raise JudgeError(f"judge timed out after {config.timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise JudgeError(f"judge request failed: {exc}") from None


def parse_reply(raw: bytes, point_count: int) -> tuple[tuple[JudgedPoint, ...], tuple[str, ...], int, str]:
    """The judgement in a chat-completions reply; :class:`JudgeError` when it is not exactly the expected JSON."""
    try:
        content = json.loads(raw)["choices"][0]["message"]["content"]
        data = json.loads(content) if isinstance(content, str) else None
    except (ValueError, KeyError, IndexError, TypeError):
        raise JudgeError("judge reply was not a chat completion with JSON content") from None
    if not isinstance(data, dict):
        raise JudgeError("judge reply was not a JSON object")
    points, misconceptions, grade, feedback = (data.get(k) for k in ("points", "misconceptions", "grade", "feedback"))
    if not isinstance(points, list) or not isinstance(misconceptions, list) or not isinstance(feedback, str):
        raise JudgeError("judge reply lacks points, misconceptions or feedback")
    if isinstance(grade, bool) or not isinstance(grade, int) or not 1 <= grade <= 4:
        raise JudgeError("judge reply has no grade 1-4")
    judged: dict[int, JudgedPoint] = {}
    for item in points:
        if not isinstance(item, dict):
            raise JudgeError("judge reply has a point that is not an object")
        index, status, quote = item.get("index"), item.get("status"), item.get("quote", "")
        if (isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < point_count
                or status not in STATUSES or not isinstance(quote, str)):
            raise JudgeError(f"judge reply has a malformed point: {json.dumps(item)[:80]}")
        judged[index] = JudgedPoint(index, status, quote)
    wrong = tuple(m.strip() for m in misconceptions if isinstance(m, str) and m.strip())
    return tuple(judged[i] for i in sorted(judged)), wrong, grade, feedback.strip()


def ask_judge(config: JudgeConfig, question: Question, rubric: Rubric, answer: str) -> Verdict:
    """The judge's verdict on ``answer``; on any failure a verdict with ``error`` set (never raises)."""
    try:
        raw = _post(config, request_body(config, question, rubric, answer))
        points, wrong, grade, feedback = parse_reply(raw, len(rubric.points))
    except JudgeError as exc:
        return Verdict(config.url, config.model, error=str(exc))
    return Verdict(config.url, config.model, points, wrong, grade, feedback)


def _squash(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split()).casefold()


def quote_in(quote: str, answer: str) -> bool:
    """True when ``quote`` occurs in ``answer`` (spacing, case and typographic quotes aside).

    >>> quote_in("keys  and Values", "We cache the keys and values."), quote_in("we store queries", "We cache keys.")
    (True, False)
    """
    squashed = _squash(quote).strip(" .,;:\"'")
    return bool(squashed) and squashed in _squash(answer)


def apply_verdict(offline: Scored, answer: str, verdict: Verdict) -> Scored:
    """The score with the judge's statuses; a covered or partial point whose quote is not in the answer is missed."""
    if verdict.error:
        return offline
    judged = {p.index: p for p in verdict.points}
    points: list[PointResult] = []
    for point in offline.points:
        said = judged.get(point.index)
        if said is None:
            points.append(point)  # the judge said nothing about it: the offline status stands
            continue
        status = Status(said.status)
        evidence = said.quote.strip() if status in (Status.COVERED, Status.PARTIAL) else ""
        if status in (Status.COVERED, Status.PARTIAL) and not quote_in(said.quote, answer):
            status, evidence = Status.MISSED, ""  # invented credit
        points.append(replace(point, status=status, evidence=evidence))
    total = sum(p.weight for p in points) or 1.0
    coverage = sum(p.credit * p.weight for p in points) / total
    contradicted = sum(1 for p in points if p.status == Status.CONTRADICTED)
    score = combined_score(coverage, offline.depth, len(verdict.misconceptions), flagged=bool(offline.flags),
                           contradicted=contradicted)
    return replace(offline, score=score, points=tuple(points), misconceptions=verdict.misconceptions,
                   coverage=round(coverage, 4), judge_grade=verdict.grade)
