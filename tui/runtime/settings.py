"""User settings (theme, …) as JSON in the data dir, written atomically."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from llmtui.content.atomic import write_text_atomic

SETTINGS_FILE = "settings.json"


@dataclass(slots=True)
class Settings:
    theme: str = "textual-dark"


def load_settings(folder: Path) -> Settings:
    """Read settings; a missing or broken file gives the defaults (the file is left for the user)."""
    try:
        data = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    settings = Settings()
    if isinstance(data, dict) and isinstance(data.get("theme"), str):
        settings.theme = data["theme"]
    return settings


def save_settings(folder: Path, settings: Settings) -> bool:
    """Write settings; False if the data dir is not writable."""
    try:
        write_text_atomic(folder / SETTINGS_FILE, json.dumps(asdict(settings), indent=2) + "\n")
    except OSError:
        return False
    return True
