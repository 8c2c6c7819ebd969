"""User settings (theme, desired retention, the interview-date plan, the optional local judge) as JSON in the
data dir, written atomically.

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


@dataclass(slots=True)
class Settings:
    theme: str = "textual-dark"
    desired_retention: float = DEFAULT_RETENTION
    interview_date: str | None = None  # ISO date of the user's real interview: the date plan's deadline
    daily_minutes: int = 30  # the time the user has each day for the date plan
    plan_topic: str | None = None  # the date plan's scope (None: every question)
    judge_url: str = ""  # e.g. http://127.0.0.1:11434/v1 ("" = no judge)
    judge_model: str = ""  # e.g. qwen3:8b
    judge_timeout: float = 20.0  # seconds

    @property
    def interview_day(self) -> date | None:
        try:
            return date.fromisoformat(self.interview_date) if self.interview_date else None
        except ValueError:
            return None


def valid_retention(value: object) -> bool:
    """A desired retention Anki would accept.

    >>> valid_retention(0.9), valid_retention(0.99), valid_retention("0.9")
    (True, False, False)
    """
    return isinstance(value, int | float) and not isinstance(value, bool) and RETENTION_RANGE[0] <= value <= RETENTION_RANGE[1]


def load_settings(folder: Path) -> Settings:
    """Read settings; a missing or broken file (or value) gives the defaults (the file is left for the user)."""
    from llmtui.content.errors import ContentError
    from llmtui.content.reader import MAX_MANIFEST_BYTES, read_regular_file

    try:
        data = json.loads(read_regular_file(folder / SETTINGS_FILE, MAX_MANIFEST_BYTES))
    except (ContentError, ValueError, RecursionError):
        return Settings()
    settings = Settings()
    if not isinstance(data, dict):
        return settings
    if isinstance(data.get("theme"), str):
        settings.theme = data["theme"]
    if valid_retention(data.get("desired_retention")):
        settings.desired_retention = float(data["desired_retention"])
    if isinstance(data.get("interview_date"), str):
        settings.interview_date = data["interview_date"]
    minutes = data.get("daily_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool) and 1 <= minutes <= 24 * 60:
        settings.daily_minutes = minutes
    if isinstance(data.get("plan_topic"), str):
        settings.plan_topic = data["plan_topic"]
    for name in ("judge_url", "judge_model"):
        if isinstance(data.get(name), str):
            setattr(settings, name, data[name])
    timeout = data.get("judge_timeout")
    if isinstance(timeout, int | float) and not isinstance(timeout, bool) and 0 < timeout < 3600:
        settings.judge_timeout = float(timeout)
    return settings


def save_settings(folder: Path, settings: Settings) -> bool:
    """Write settings; False if the data dir is not writable."""
    try:
        write_text_atomic(folder / SETTINGS_FILE, json.dumps(asdict(settings), indent=2) + "\n")
    except OSError:
        return False
    return True
