"""Where llmtui keeps its data: ``--data-dir``, else ``LLMTUI_DATA_DIR``, else the platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "LLMTUI_DATA_DIR"


def data_dir(override: str | Path | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("llmtui", appauthor=False))
