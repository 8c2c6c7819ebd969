"""User settings (theme, desired retention, the interview-date plan) as JSON in the data dir, written atomically."""

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
    return settings


def save_settings(folder: Path, settings: Settings) -> bool:
    """Write settings; False if the data dir is not writable."""
    try:
        write_text_atomic(folder / SETTINGS_FILE, json.dumps(asdict(settings), indent=2) + "\n")
    except OSError:
        return False
    return True
