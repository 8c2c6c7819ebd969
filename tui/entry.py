"""The ``llmtui`` command: run a CLI verb, or launch the app.

The CLI (:mod:`llmtui.tui.cli`) never imports Textual; when a verb wants the
app it returns an :class:`~llmtui.tui.cli.common.AppLaunch`, and this module
starts the app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from .cli.common import AppLaunch
from .cli.main import run as run_cli

if TYPE_CHECKING:
    from .runtime.keymap import BindingTables


def main(argv: Sequence[str] | None = None, *, wall_clock: Callable[[], datetime] | None = None) -> int:
    """Run the verb ``argv`` names, or the app; ``wall_clock`` is "now" for the verb (injected in tests)."""
    result = run_cli(argv, wall_clock=wall_clock, bindings=binding_tables)
    if not isinstance(result, AppLaunch):
        return result
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("llmtui: not a terminal; the app needs one (see 'llmtui --help' for commands)", file=sys.stderr)
        return 2
    from .app import run

    return run(content=result.content, data_dir=result.data_dir, interview=result.interview, judge=result.judge)


def binding_tables() -> BindingTables:
    """The app's key bindings, for a CLI verb that names keys (importing Textual and every screen: only then)."""
    from .screens.registry import binding_tables as read

    return read()


def console() -> None:
    """The ``llmtui`` command: :func:`main`, then out without the interpreter's teardown.

    By the time ``main`` returns, the app has restored the terminal and every
    write is committed; what is left is a full garbage collection and module
    clean-up over everything the app built, which took longer than the app's
    own quitting. Only the output buffers still need flushing.
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: let the normal exit report it
        sys.exit(code)
    os._exit(code)


if __name__ == "__main__":
    console()
