"""``python -m llmtui.tui`` is ``llmtui``."""

from .entry import console

console()
