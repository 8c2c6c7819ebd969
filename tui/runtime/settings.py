"""User settings (theme, desired retention, the interview-date plan, the interview set-up's last counts, the
optional local judge) as JSON in the data dir, written atomically.

A ``settings.json`` that cannot be used as it is (not JSON, or a value of the
wrong kind, perhaps from a hand edit) is named in a one-line warning and is
never overwritten until the user fixes it: changes made meanwhile hold for
the run only (see :func:`save_settings`). Keys llmtui does not know are kept.

The judge is off unless ``judge_url`` and ``judge_model`` are set (any
OpenAI-compatible chat-completions server the user runs: Ollama, llama.cpp
server, vLLM, LM Studio). Its key, if it needs one, comes only from the
environment (``LLMTUI_JUDGE_KEY``): settings are not a place for secrets.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from llmtui.content.atomic import write_text_atomic

SETTINGS_FILE = "settings.json"
RETENTION_RANGE = (0.70, 0.97)  # as Anki's FSRS guide allows; mirrors practice.scheduling
DEFAULT_RETENTION = 0.90
DEFAULT_DAILY_MINUTES = 30
DEFAULT_INTERVIEW_QUESTIONS = 5  # mirrors practice.engine.InterviewPlan
DEFAULT_INTERVIEW_MINUTES = 3.0  # per question; mirrors practice.engine.InterviewPlan
MAX_INTERVIEW_MINUTES = 24 * 60  # per question; mirrors practice.engine.MAX_MINUTES
LATEST_INTERVIEW_YEARS = 10  # an interview date at most this many years ahead; mirrors practice.dateplan


@dataclass(slots=True)
class Settings:
    theme: str = "textual-dark"
    desired_retention: float = DEFAULT_RETENTION
    interview_date: str | None = None  # ISO date of the user's real interview: the date plan's deadline
    daily_minutes: int = DEFAULT_DAILY_MINUTES  # the time the user has each day for the date plan
    plan_topic: str | None = None  # the date plan's scope (None: every question)
    # What the interview set-up last started with: it opens with them again.
    interview_questions: int = DEFAULT_INTERVIEW_QUESTIONS
    interview_minutes: float = DEFAULT_INTERVIEW_MINUTES  # per question
    judge_url: str = ""  # e.g. http://127.0.0.1:11434/v1 ("" = no judge)
    judge_model: str = ""  # e.g. qwen3:8b
    judge_timeout: float = 20.0  # seconds

    @property
    def interview_day(self) -> date | None:
        try:
            return date.fromisoformat(self.interview_date) if self.interview_date else None
        except ValueError:
            return None

    def plan_text(self) -> str:
        """The interview-date plan in words ("" when none of it is set).

        >>> Settings(interview_date="2027-01-15", plan_topic="Prompting").plan_text()
        'interview 2027-01-15, topic Prompting, 30 min a day'
        """
        if self.interview_date is None and self.plan_topic is None and self.daily_minutes == DEFAULT_DAILY_MINUTES:
            return ""
        return ", ".join([f"interview {self.interview_date or '(no date)'}",
                          *([f"topic {self.plan_topic}"] if self.plan_topic else []),
                          f"{self.daily_minutes} min a day"])

    def clear_plan(self) -> str:
        """Forget the whole interview-date plan: its date, topic and minutes a day (back to the default).

        Returns what was cleared, in words ("" if there was no plan). Each part
        of a plan is kept until it is changed or cleared, the same for all three.
        """
        cleared = self.plan_text()
        self.interview_date, self.plan_topic, self.daily_minutes = None, None, DEFAULT_DAILY_MINUTES
        return cleared


def valid_retention(value: object) -> bool:
    """A desired retention Anki would accept.

    >>> valid_retention(0.9), valid_retention(0.99), valid_retention("0.9")
    (True, False, False)
    """
    return isinstance(value, int | float) and not isinstance(value, bool) and RETENTION_RANGE[0] <= value <= RETENTION_RANGE[1]


class SettingsError(Exception):
    """Settings cannot be saved: the data dir is not writable, or ``settings.json`` is one the user must fix first.

    ``str()`` is one line naming the file.
    """


def _problems(data: object) -> list[str]:
    """What is wrong with the settings ``data`` holds, one phrase a key ([] when every value is usable).

    >>> _problems({"judge_timeout": "fast", "theme": "nord", "my_note": 1})
    ["judge_timeout: 'fast' is not a number of seconds (above 0, below 3600)"]
    >>> _problems([1])
    ['not a JSON object of settings']
    """
    if not isinstance(data, dict):
        return ["not a JSON object of settings"]
    problems = []
    for name, value in data.items():
        check = _CHECKS.get(name)
        if check is not None and value is not None and not check[0](value):
            problems.append(f"{name}: {json.dumps(value, ensure_ascii=False)[:40]} is not {check[1]}".replace('"', "'"))
    return problems


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _interview_date(value: object) -> bool:
    """A date written YYYY-MM-DD, in the past or at most LATEST_INTERVIEW_YEARS ahead (a plan for a later one
    would simulate reviews past the calendar's end)."""
    try:
        day = date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return day.year <= date.today().year + LATEST_INTERVIEW_YEARS


# Each key llmtui owns: a check of its value, and what the value should be (said when it is not).
# null is accepted for every key (the default).
_CHECKS = {
    "theme": (lambda v: isinstance(v, str), "a theme name"),
    "desired_retention": (valid_retention, f"a retention from {RETENTION_RANGE[0]:.2f} to {RETENTION_RANGE[1]:.2f}"),
    "interview_date": (_interview_date, f"a date written YYYY-MM-DD, at most {LATEST_INTERVIEW_YEARS} years ahead"),
    "daily_minutes": (lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 24 * 60,
                      "a whole number of minutes from 1 to 1440"),
    "plan_topic": (lambda v: isinstance(v, str), "a topic name"),
    "interview_questions": (lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1,
                            "a whole number of questions, at least 1"),
    "interview_minutes": (lambda v: _number(v) and 0 < v <= MAX_INTERVIEW_MINUTES,
                          f"a number of minutes per question above 0, at most {MAX_INTERVIEW_MINUTES}"),
    "judge_url": (lambda v: isinstance(v, str), "a URL in quotes"),
    "judge_model": (lambda v: isinstance(v, str), "a model name in quotes"),
    "judge_timeout": (lambda v: _number(v) and 0 < v < 3600, "a number of seconds (above 0, below 3600)"),
}


_FLOATS = ("desired_retention", "judge_timeout", "interview_minutes")  # kept as floats when written as whole numbers


def _read(folder: Path) -> tuple[dict | None, str]:
    """The settings file as JSON (None when there is none or it is unusable) and what is wrong with it ("" if nothing)."""
    from llmtui.content.errors import ContentError
    from llmtui.content.reader import MAX_MANIFEST_BYTES, read_regular_file

    path = folder / SETTINGS_FILE
    try:
        text = read_regular_file(path, MAX_MANIFEST_BYTES)
    except ContentError as exc:
        if not path.exists() and not path.is_symlink():
            return None, ""  # no settings yet: the defaults, nothing to say
        return None, f"{path}: {exc.message}"
    try:
        data = json.loads(text)
    except UnicodeDecodeError:
        return None, f"{path}: not UTF-8 text"
    except json.JSONDecodeError as exc:
        return None, f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    except (ValueError, RecursionError):
        return None, f"{path}: not valid JSON"
    problems = _problems(data)
    return (data if isinstance(data, dict) else None), "; ".join(f"{path}: {p}" for p in problems[:1]) + (
        f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")


def read_settings(folder: Path) -> tuple[Settings, str]:
    """The settings, and a one-line warning when the file is broken ("" when it is fine or missing).

    What cannot be used (the whole file, or one value) gives the defaults for
    it; the file itself is left as it is, and :func:`save_settings` will not
    overwrite it until it is fixed, so nothing the user wrote is lost.
    """
    data, problem = _read(folder)
    settings = Settings()
    if problem:
        problem += ("; llmtui uses the defaults" if data is None else "; llmtui uses the default for it") \
            + " and leaves the file as it is (never overwritten) until you fix it"
    if data is None:
        return settings, problem
    for name, (check, _) in _CHECKS.items():
        value = data.get(name)
        if value is not None and check(value):
            setattr(settings, name, float(value) if name in _FLOATS else value)
    return settings, problem


def load_settings(folder: Path) -> Settings:
    """Read settings (the defaults for a missing or broken file or value: see :func:`read_settings`)."""
    return read_settings(folder)[0]


def save_settings(folder: Path, settings: Settings) -> None:
    """Write settings atomically, keeping keys of the file llmtui does not own.

    Raises :class:`SettingsError` when the data dir is not writable, or when
    the file on disk is broken: it is the user's to fix, never overwritten.
    """
    data, problem = _read(folder)
    if problem:
        raise SettingsError(f"{problem}; settings not saved: fix the file (or remove it) first")
    try:
        write_text_atomic(folder / SETTINGS_FILE, json.dumps({**(data or {}), **asdict(settings)}, indent=2) + "\n")
    except OSError as exc:
        raise SettingsError(f"{folder / SETTINGS_FILE}: settings not saved ({exc.strerror or exc})") from None
