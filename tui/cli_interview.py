"""``llmtui interview`` and ``llmtui history``."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def add_interview_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Registered once the interview engine lands (issue 4)."""
