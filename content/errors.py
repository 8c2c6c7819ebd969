"""The one error type the content layer raises for bad input."""

from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """Bad input in a pack: carries the file and, where known, the line.

    ``str()`` is the one-line message the CLI prints.
    """

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")
