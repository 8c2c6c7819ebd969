"""What every CLI command shares: the error type, output, loading the knowledge base, history.

Imports only the standard library at the top: ``llmtui`` must start fast.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from llmtui.content.models import Question
    from llmtui.graph.knowledge import KnowledgeBase

    from ..practice.engine import InterviewPlan
    from ..practice.judge import JudgeConfig
    from ..practice.store import HistoryStore
    from ..runtime.settings import Settings


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
    judge: JudgeConfig | None = None  # from --judge/--judge-model; None: the environment's or the settings' judge


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
    """``data`` as JSON with ``--json``, else ``text``, on standard output; neither can drive the terminal."""
    if getattr(args, "json", False):
        write_stdout(json.dumps(data, ensure_ascii=False, indent=2) + "\n", json_text=True)
    else:
        write_stdout(text.rstrip("\n") + "\n")


def write_stdout(text: str, *, json_text: bool = False) -> None:
    """Text for standard output: escapes, controls and bidi overrides stripped (JSON: escaped, data unchanged)."""
    from llmtui.content.sanitize import json_safe, terminal_safe

    sys.stdout.write(json_safe(text) if json_text else terminal_safe(text))


def say(message: str) -> None:
    """One line on standard error, ``llmtui: `` first; a file name in it cannot break the line or drive the terminal."""
    from llmtui.content.sanitize import terminal_safe

    line = message if message.startswith("llmtui:") else f"llmtui: {message}"
    print(terminal_safe(line, one_line=True), file=sys.stderr)


_settings_told: set[str] = set()  # what was said already of a broken settings.json in this process (said once)


def settings(args: argparse.Namespace) -> Settings:
    """The settings of the data dir; a broken ``settings.json`` is named once on standard error (the defaults stand in)."""
    from ..runtime.paths import data_dir
    from ..runtime.settings import read_settings

    folder = data_dir(args.data_dir)
    result, problem = read_settings(folder)
    if problem and problem not in _settings_told:
        _settings_told.add(problem)
        say(problem)
    return result


def save_settings(args: argparse.Namespace, value: Settings) -> None:
    """Write the settings, or raise a one-line :class:`CliError` (a broken file is never overwritten)."""
    from ..runtime.paths import data_dir
    from ..runtime.settings import SettingsError
    from ..runtime.settings import save_settings as save

    try:
        save(data_dir(args.data_dir), value)
    except SettingsError as exc:
        raise CliError(str(exc)) from None


def tell(message: str) -> None:
    """One line on standard error that is not an error: what a command did (``wrote f.md``), beside its output."""
    from llmtui.content.sanitize import terminal_safe

    print(terminal_safe(message, one_line=True), file=sys.stderr)


def load(args: argparse.Namespace, *, graph: bool = True) -> KnowledgeBase:
    """The knowledge base for a command; ``graph=False`` skips networkx and the graph (search needs neither)."""
    from ..runtime.loading import load_cached

    kb = load_cached(args.content, args.data_dir, graph=graph, strict=True)
    for skipped in kb.bank.skipped:  # files of a folder that did not load: the rest did
        say(f"skipped {skipped}")
    return kb


def question_ref(kb: KnowledgeBase, ref: str) -> Question:
    """The question ``ref`` names; a bare number names the bundled bank's (other packs' share numbers:
    standard error lists them by id, the name that reaches them)."""
    question = kb.bank.find(ref)
    if question is None:
        raise CliError(f"unknown question {ref!r} (give a number like 43, or an id like llm-hub#43 as search lists it)")
    if question.id != ref.strip():
        others = [q.label for q in kb.bank.questions if q.number == question.number and q.id != question.id]
        if others:
            say(f"{ref.strip()} is {question.label} of {question.pack}; also numbered {question.number}: "
                f"{', '.join(others)}")
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
        say(result.notice)
    return result.store


_OPEN_FD = re.compile(r"/(?:dev/fd|proc/self/fd)/(\d+)")
_STANDARD = {"/dev/stdout": 1, "/dev/stderr": 2}


def write_output(path: str, text: str | bytes, *, private: bool) -> None:
    """Write a command's output into ``path`` (``-o``), or raise a one-line :class:`CliError`.

    A regular file (or a new one, or the file a symbolic link names) is
    replaced atomically and keeps its mode; a new file is 0600 when
    ``private`` (history), else follows the umask. Anything else is written
    in place and never replaced: a FIFO, a terminal, ``/dev/null``;
    ``/dev/stdout`` and ``/dev/fd/N`` go to the open descriptor (a pipe, or a
    file opened for appending, stays as the shell made it). A directory, a
    socket and a block device are refused, and so is a path whose folder does
    not exist: it is never created.
    """
    import stat

    from llmtui.content.atomic import write_bytes_atomic

    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        fd_match = _OPEN_FD.fullmatch(path)
        if path in _STANDARD or fd_match:
            _write_all(_STANDARD[path] if path in _STANDARD else int(fd_match.group(1)), data)
            return
        try:
            info = os.stat(path)
        except FileNotFoundError:
            info = None
        if info is None or stat.S_ISREG(info.st_mode):
            mode = stat.S_IMODE(info.st_mode) if info is not None else 0o600 if private else 0o666 & ~_umask()
            target = os.path.realpath(path)
            if not os.path.isdir(os.path.dirname(target)):  # a mistyped folder: said, never created
                raise CliError(f"{path}: no folder {os.path.dirname(target)} to write it in (-o does not create folders)")
            write_bytes_atomic(target, data, mode=mode, parents=False)
        elif stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC)
            try:
                _write_all(fd, data)
            finally:
                os.close(fd)
        else:
            kind = "a directory" if stat.S_ISDIR(info.st_mode) else "a block device" if stat.S_ISBLK(info.st_mode) \
                else "a socket" if stat.S_ISSOCK(info.st_mode) else "not a file"
            raise CliError(f"{path}: is {kind}; output goes to a file, a FIFO or a terminal")
    except OSError as exc:
        raise CliError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
