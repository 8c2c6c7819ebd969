"""The ``llmtui`` command line: the parser, and one dispatch to the verb modules.

Start-up matters: this module imports only the standard library at the top;
each command imports what it needs. ``--json`` prints machine output on stdout
and nothing else; errors are one line on stderr with a non-zero exit. The CLI
never imports Textual: a verb that wants the app returns an :class:`AppLaunch`
and :mod:`llmtui.tui.entry` starts it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .common import AppLaunch, CliError, Commands, say

if TYPE_CHECKING:
    from ..runtime.keymap import BindingTables

LOG_FILE = "llmtui.log"  # in the data dir: tracebacks of bugs the user was told about in one line


def version() -> str:
    """The installed distribution's version (one source: pyproject.toml)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("llmtui")
    except PackageNotFoundError:
        return "unknown"


class OneLineParser(argparse.ArgumentParser):
    """argparse, with a usage error said in one line (the usage itself is one ``--help`` away)."""

    def error(self, message: str) -> NoReturn:
        from llmtui.content.sanitize import terminal_safe

        self.exit(2, terminal_safe(f"{self.prog}: {message} (see '{self.prog} --help')", one_line=True) + "\n")


def build_parser() -> argparse.ArgumentParser:
    from . import interview, knowledge, packs

    parser = OneLineParser(prog="llmtui", description="Offline interview prep for LLM engineers.")
    parser.add_argument("--version", action="version", version=f"llmtui {version()}")
    parser.add_argument("--content", action="append", default=[], metavar="PATH",
                        help="add a question pack (Markdown file or folder); repeatable")
    parser.add_argument("--data-dir", metavar="PATH", help="where history and settings live (or LLMTUI_DATA_DIR)")
    commands = Commands(parser)
    knowledge.add_commands(commands)
    interview.add_commands(commands)
    packs.add_commands(commands)
    return parser


def run(argv: Sequence[str] | None = None, *, wall_clock: Callable[[], datetime] | None = None,
        bindings: Callable[[], BindingTables] | None = None) -> int | AppLaunch:
    """Run the verb ``argv`` names; with no verb, ask for the app.

    ``wall_clock`` says when "now" is (``args.now``, read once: one moment for the whole verb); tests inject it.
    ``bindings`` reads the app's key bindings (its screens import Textual, which the CLI never does): a verb that
    names a key checks the user's keymap against them as the app does (``args.bindings``; None: unchecked).
    """
    from llmtui.content.errors import ContentError

    from ..practice.errors import StoreError

    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        # Plain `llmtui`: straight to the app, without building the argument parser.
        return AppLaunch()
    args = build_parser().parse_args(argv)
    args.now = wall_clock() if wall_clock is not None else datetime.now(UTC)
    args.bindings = bindings
    try:
        check_data_dir(args.data_dir)
        if args.command is None:
            return AppLaunch(args.content, args.data_dir)
        return args.handler(args)
    except CliError as exc:
        say(str(exc))
        return exc.code
    except ContentError as exc:
        say(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except StoreError as exc:
        say(str(exc))
        return 1
    except OSError as exc:  # an unreadable or unwritable file, a full disk: one line naming it
        where = f"{exc.filename}: " if exc.filename else ""
        say(f"{where}{exc.strerror or exc}")
        return 1
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        log = log_bug(exc, args.data_dir)
        say(f"internal error ({type(exc).__name__}); details in {log}")
        return 70


def check_data_dir(data: str | None) -> None:
    """Refuse a data dir that exists but is not a folder (a file given to --data-dir), in one line."""
    from ..runtime.paths import data_dir

    folder = data_dir(data)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder}: not a folder (the data dir is the folder that holds history, settings and packs)")


def log_bug(exc: BaseException, data: str | None) -> Path:
    """Append ``exc``'s traceback to ``llmtui.log`` in the data dir; return the log's path."""
    import time
    import traceback

    from ..runtime.paths import data_dir

    path = data_dir(data) / LOG_FILE
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as log:
            log.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
            log.write("".join(traceback.format_exception(exc)))
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """The CLI alone (``python -m llmtui.tui.cli``): a verb's exit code; the app is refused."""
    result = run(argv)
    if isinstance(result, AppLaunch):
        print("llmtui: this entry point runs commands only; start the app with 'llmtui'", file=sys.stderr)
        return 2
    return result
