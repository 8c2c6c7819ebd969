"""What every CLI command shares: the error type, output, loading the knowledge base, history.

Imports only the standard library at the top: ``llmtui`` must start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from llmtui.content.models import Question
    from llmtui.graph.knowledge import KnowledgeBase

    from ..practice.engine import InterviewPlan
    from ..practice.store import HistoryStore


class CliError(Exception):
    """A user-facing error: printed as one line, exit code ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class AppLaunch:
    """A command's answer that the full-screen app should run (the CLI itself never imports Textual)."""

    content: list[str] = field(default_factory=list)
    data_dir: str | None = None
    interview: InterviewPlan | None = None


Handler = Callable[[argparse.Namespace], "int | AppLaunch"]


class Commands:
    """Where command modules register their verbs under ``parser``: each verb gets ``--json`` and
    its handler (the one dispatch: ``args.handler(args)``)."""

    def __init__(self, parser: argparse.ArgumentParser, dest: str = "command", *, required: bool = False) -> None:
        self._subparsers = parser.add_subparsers(dest=dest, metavar="COMMAND" if dest == "command" else "ACTION",
                                                 required=required)

    def add(self, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        parser = self._subparsers.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help_text: str) -> Commands:
        """A verb with verbs of its own (``llmtui packs add``)."""
        parser = self._subparsers.add_parser(name, help=help_text, description=help_text)
        return Commands(parser, f"{name}_command", required=True)


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """``data`` as JSON with ``--json``, else ``text``, on standard output."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def load(args: argparse.Namespace, *, graph: bool = True) -> KnowledgeBase:
    """The knowledge base for a command; ``graph=False`` skips networkx and the graph (search needs neither)."""
    from ..runtime.loading import load_cached

    return load_cached(args.content, args.data_dir, graph=graph)


def question_ref(kb: KnowledgeBase, ref: str) -> Question:
    question = kb.bank.find(ref)
    if question is None:
        raise CliError(f"unknown question {ref!r} (give an id like llm-hub#43 or a number 1-{len(kb.bank)})")
    return question


def open_store(args: argparse.Namespace, *, quiet: bool = False) -> HistoryStore:
    """The history database; a notice (moved aside, read-only) goes to standard error unless ``quiet`` (told already)."""
    from ..practice.store import HistoryStore, StoreError
    from ..runtime.paths import data_dir

    try:
        result = HistoryStore.open(data_dir(args.data_dir))
    except StoreError as exc:
        raise CliError(str(exc)) from None
    if result.notice and not quiet:
        print(f"llmtui: {result.notice}", file=sys.stderr)
    return result.store


def write_output(path: str, text: str) -> None:
    """Write a command's output file, or raise a one-line :class:`CliError`."""
    from llmtui.content.atomic import write_text_atomic

    try:
        write_text_atomic(Path(path), text)
    except OSError as exc:
        raise CliError(f"{path}: cannot write ({exc.strerror or exc})") from None
