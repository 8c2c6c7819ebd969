"""The ``llmtui`` command line: the parser, and one dispatch to the verb modules.

Start-up matters: this module imports only the standard library at the top;
each command imports what it needs. ``--json`` prints machine output on stdout
and nothing else; errors are one line on stderr with a non-zero exit. The CLI
never imports Textual: a verb that wants the app returns an :class:`AppLaunch`
and :mod:`llmtui.tui.entry` starts it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .common import AppLaunch, CliError, Commands


def version() -> str:
    """The installed distribution's version (one source: pyproject.toml)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("llmtui")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    from . import interview, knowledge, packs

    parser = argparse.ArgumentParser(prog="llmtui", description="Offline interview prep for LLM engineers.")
    parser.add_argument("--version", action="version", version=f"llmtui {version()}")
    parser.add_argument("--content", action="append", default=[], metavar="PATH",
                        help="add a question pack (Markdown file or folder); repeatable")
    parser.add_argument("--data-dir", metavar="PATH", help="where history and settings live (or LLMTUI_DATA_DIR)")
    commands = Commands(parser)
    knowledge.add_commands(commands)
    interview.add_commands(commands)
    packs.add_commands(commands)
    return parser


def run(argv: Sequence[str] | None = None) -> int | AppLaunch:
    """Run the verb ``argv`` names; with no verb, ask for the app."""
    from llmtui.content.errors import ContentError

    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        # Plain `llmtui`: straight to the app, without building the argument parser.
        return AppLaunch()
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return AppLaunch(args.content, args.data_dir)
        return args.handler(args)
    except CliError as exc:
        message = str(exc)
        print(message if message.startswith("llmtui:") else f"llmtui: {message}", file=sys.stderr)
        return exc.code
    except ContentError as exc:
        print(f"llmtui: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The CLI alone (``python -m llmtui.tui.cli``): a verb's exit code; the app is refused."""
    result = run(argv)
    if isinstance(result, AppLaunch):
        print("llmtui: this entry point runs commands only; start the app with 'llmtui'", file=sys.stderr)
        return 2
    return result
