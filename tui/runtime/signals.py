"""Ending the app on a signal in bounded time, whatever its threads are doing. No textual.

SIGINT, SIGTERM and SIGHUP are blocked in every thread and taken by one daemon
thread of ours (``sigwait``); the same thread notices a terminal that hung up
without a SIGHUP (no controlling terminal) and takes that as one. It asks the
app to exit cleanly (draft flushed, terminal restored, exit code 128 + signal)
and, if the process has not ended
by the deadline (the UI thread stuck, a terminal that no longer reads, a thread
the interpreter waits for at exit), or on a second signal, it ends it itself:
what is typed goes to a file, the terminal is put back, and the process exits.

Before this, SIGINT raised KeyboardInterrupt into the event loop and the main
thread then waited for ever on Textual's driver threads, with the terminal
left raw; a closed terminal could leave the process sleeping for good.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable

SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
DEADLINE = 1.5  # seconds from a signal to the forced end (the promise is "within 2 s")
HANGUP_CHECK = 0.25  # seconds between looks at whether the terminal is still there

# What Textual turns on and a shell needs off: mouse reports, focus events, bracketed paste, the
# kitty keyboard protocol, the alternate screen; then the cursor back.
RESTORE_SEQUENCES = (b"\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[?1004l\x1b[?2004l"
                     b"\x1b[<u\x1b[?1049l\x1b[?25h")


class TerminalState:
    """The terminal's settings as they were before the app, to put back when the app cannot."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.attributes: list | None = None
        self.path: str | None = None
        try:
            import termios

            self.attributes = termios.tcgetattr(fd)
            self.path = os.ttyname(fd)
        except (ImportError, OSError):
            pass

    def hung_up(self) -> bool:
        """Whether the terminal is gone (its other end closed), without reading from it."""
        if self.path is None:
            return False
        try:
            import select

            poller = select.poll()
            poller.register(self.fd, select.POLLHUP | select.POLLERR)
            return any(events & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _, events in poller.poll(0))
        except (ImportError, AttributeError, OSError, ValueError):
            return False

    def restore(self) -> None:
        """Settings back and the screen left, without ever blocking on a terminal that does not read."""
        if self.path is None:
            return
        try:
            tty = os.open(self.path, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError:
            return  # the terminal is gone: nothing to restore
        try:
            with contextlib.suppress(OSError):
                os.write(tty, RESTORE_SEQUENCES)
            with contextlib.suppress(ImportError, OSError):
                import termios

                termios.tcsetattr(tty, termios.TCSANOW, self.attributes)  # now: draining could wait for ever
        finally:
            os.close(tty)


class SignalExit:
    """Takes the exit signals for the whole process; see the module docstring.

    ``request(code)`` asks for a clean exit (called from this class's thread:
    it must be thread-safe); ``last_words()`` saves what it can without the
    UI thread (no database: a file); ``terminal`` is put back when forced.
    """

    def __init__(self, request: Callable[[int], None], last_words: Callable[[], None], terminal: TerminalState,
                 deadline: float = DEADLINE) -> None:
        self.request = request
        self.last_words = last_words
        self.terminal = terminal
        self.deadline = deadline
        self.code: int | None = None

    def start(self) -> bool:
        """Block the signals in this thread (and so in every thread started later) and start taking them.

        Call it before any other thread starts. False where signals cannot be
        taken this way (not the main thread, no ``pthread_sigmask``).
        """
        if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
            return False
        signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
        threading.Thread(target=self._run, name="llmtui-signals", daemon=True).start()
        return True

    def _run(self) -> None:
        number = self._wait()
        self.code = 128 + number
        with contextlib.suppress(Exception):  # the loop may be closed already: the deadline still holds
            self.request(self.code)
        end = time.monotonic() + self.deadline
        while (left := end - time.monotonic()) > 0:
            if hasattr(signal, "sigtimedwait"):
                if signal.sigtimedwait(SIGNALS, left) is not None:
                    break  # a second signal: the user means it
            else:
                time.sleep(left)
        self.force()

    def _wait(self) -> int:
        """The first exit signal; a terminal that hung up counts as SIGHUP."""
        if not hasattr(signal, "sigtimedwait"):
            return signal.sigwait(SIGNALS)
        while True:
            info = signal.sigtimedwait(SIGNALS, HANGUP_CHECK)
            if info is not None:
                return info.si_signo
            if self.terminal.hung_up():
                return signal.SIGHUP

    def force(self) -> None:
        with contextlib.suppress(Exception):
            self.last_words()
        self.terminal.restore()
        os._exit(self.code or 1)
