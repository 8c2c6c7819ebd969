"""A program on a pseudo-terminal, read through a terminal emulator (pyte): what a user would see, and when.

The terminal answers Textual's question whether it supports synchronized output
(DEC mode 2026), as tmux and most terminals do, so every frame arrives between
a begin and an end marker and the screen is read only at frame ends. Output is
timestamped when it is read and parsed only in a lull, so parsing never delays
the clock.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyte

SYNC_START = b"\x1b[?2026h"
SYNC_END = b"\x1b[?2026l"
ASKS_SYNC = b"\x1b[?2026$p"  # DECRQM: does the terminal support synchronized output?
SYNC_SUPPORTED = b"\x1b[?2026;2$y"  # supported, currently off

Text = tuple[str, ...]  # the screen's lines


class BenchError(RuntimeError):
    """The program did not show what it should have: the message says what, and shows the screen."""


@dataclass(frozen=True, slots=True)
class Frame:
    at: float  # perf_counter seconds, when its last byte was read
    text: Text


BOX = re.compile("[\u2500-\u259f]")  # box drawing and block elements: borders, scroll bars


def flat(text: Text) -> str:
    """The screen as one line of words, borders left out: text wrapped within one column reads as it was written."""
    return " ".join(BOX.sub(" ", " ".join(text)).split())


def shows(text: Text, phrase: str) -> bool:
    """Whether ``phrase`` is on the screen as whole words (a wrapped phrase counts)."""
    words = " ".join(phrase.split())
    pattern = r"(?<!\w)" + re.escape(words) + r"(?!\w)"
    return re.search(pattern, flat(text)) is not None or any(re.search(pattern, line) for line in text)


def changed_cells(a: Text, b: Text) -> tuple[int, int]:
    """(cells that differ, rows that differ) between two screens of the same size."""
    cells = rows = 0
    for line_a, line_b in zip(a, b, strict=False):
        if line_a != line_b:
            rows += 1
            cells += sum(x != y for x, y in zip(line_a, line_b, strict=False)) + abs(len(line_a) - len(line_b))
    return cells, rows


def is_ambient(a: Text, b: Text) -> bool:
    """A change of a cell or two on one row: a clock ticking, not an answer to a key."""
    cells, rows = changed_cells(a, b)
    return rows <= 1 and cells <= 2


def dump(text: Text) -> str:
    return "\n".join("    |" + line.rstrip() for line in text)


class Terminal:
    """``argv`` running on a pty of ``size`` (columns, rows), its screen emulated."""

    def __init__(self, argv: Sequence[str], env: dict[str, str], size: tuple[int, int] = (80, 24)) -> None:
        columns, rows = size
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(list(argv), stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
        os.close(slave)
        self.pidfd = os.pidfd_open(self.proc.pid)
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.frames: list[Frame] = []
        self.pending: list[tuple[float, bytes]] = []
        self.unframed = b""  # bytes read but not yet part of a finished frame
        self.exited_at: float | None = None
        self.eof = False
        self.changed_at = self.started  # when the screen last changed by more than a clock tick
        self.sent_at = self.started  # when keys were last sent
        self.name = os.path.basename(argv[-1])

    @property
    def text(self) -> Text:
        return self.frames[-1].text if self.frames else tuple(" " * self.screen.columns for _ in range(self.screen.lines))

    # -- reading -------------------------------------------------------------
    def _read_once(self, timeout: float) -> bool:
        """Wait up to ``timeout`` for output or the program's exit; False if neither came."""
        watch = [] if self.eof else [self.master]
        if self.exited_at is None:
            watch.append(self.pidfd)
        if not watch:
            return False
        ready, _, _ = select.select(watch, [], [], max(0.0, timeout))
        now = time.perf_counter()
        if self.master in ready:
            try:
                chunk = os.read(self.master, 1 << 16)
            except OSError:  # EIO: the program and everything it started are gone
                chunk = b""
            if not chunk:
                self.eof = True
            else:
                if ASKS_SYNC in chunk:
                    os.write(self.master, SYNC_SUPPORTED)
                self.pending.append((now, chunk))
        if self.pidfd in ready:
            self.exited_at = now
            self.proc.wait()
        return bool(ready)

    def _parse(self) -> None:
        """Feed what was read to the emulator, one finished frame at a time; between frames, read
        whatever has arrived meanwhile, so its time is taken when it came, not after the parsing."""
        while self.pending:
            at, chunk = self.pending.pop(0)
            self.unframed += chunk
            while (end := self.unframed.find(SYNC_END)) >= 0:
                self._feed(self.unframed[: end + len(SYNC_END)], at)
                self.unframed = self.unframed[end + len(SYNC_END):]
                self._read_once(0)
            if self.unframed and SYNC_START not in self.unframed:
                # Output outside synchronized frames (start-up, exit): a frame of its own.
                self._feed(self.unframed, at)
                self.unframed = b""

    def _feed(self, data: bytes, at: float) -> None:
        self.stream.feed(data)
        text = tuple(self.screen.display)
        previous = self.text
        if text != previous:
            self.frames.append(Frame(at, text))
            if not is_ambient(previous, text):
                self.changed_at = at

    def collect(self, quiet: float, deadline: float) -> None:
        """Read and parse until the screen has not changed (but for a clock tick) for ``quiet`` seconds,
        or the program has exited, or the deadline."""
        while time.perf_counter() < deadline:
            if self._read_once(min(0.01, max(0.0, deadline - time.perf_counter()))):
                continue
            self._parse()
            now = time.perf_counter()
            if self.exited_at is not None and self.eof:
                break
            if not self.pending and not self.unframed and now - max(self.changed_at, self.sent_at) >= quiet:
                break
        self._parse()

    # -- waiting for what a user waits for -----------------------------------
    def wait_until(self, found: Callable[[list[Frame]], float | None], since: int, what: str,
                   timeout: float = 15.0, quiet: float = 0.05) -> float:
        """Collect output until ``found(frames since index since)`` returns a time; BenchError after ``timeout``."""
        deadline = time.perf_counter() + timeout
        while True:
            self.collect(quiet, deadline)
            result = found(self.frames[since:])
            if result is not None:
                return result
            if time.perf_counter() >= deadline or self.exited_at is not None:
                state = "exited" if self.exited_at is not None else f"after {timeout:.0f} s"
                raise BenchError(f"{self.name}: {what} never showed ({state}); the screen:\n{dump(self.text)}")

    def settle(self, before: Text, since: int, done: Callable[[Text], bool], what: str,
               timeout: float = 15.0, quiet: float = 0.05) -> tuple[float, float]:
        """(first change, settled): the times of the first frame that differs from ``before`` and of the
        last one that changes more than a clock tick, once the screen shows ``done`` and has then not
        changed for ``quiet`` seconds (many frames: late parts of a screen, such as the key bar, count)."""
        def found(frames: list[Frame]) -> float | None:
            previous, last_change, first_change = before, None, None
            for frame in frames:
                if first_change is None and frame.text != before:
                    first_change = frame.at
                if not is_ambient(previous, frame.text) and frame.text != before:
                    last_change = frame
                previous = frame.text
            if last_change is None or not done(last_change.text):
                return None
            found.first = first_change  # type: ignore[attr-defined]
            return last_change.at

        settled = self.wait_until(found, since, what, timeout, quiet)
        return found.first, settled  # type: ignore[attr-defined]

    def quiet(self, quiet: float = 0.3, timeout: float = 15.0) -> Text:
        """Let the program finish what it is doing; the screen once unchanged for ``quiet`` seconds."""
        self.collect(quiet, time.perf_counter() + timeout)
        return self.text

    # -- writing -------------------------------------------------------------
    def send(self, keys: bytes) -> tuple[Text, int, float]:
        """Type ``keys``; returns the screen before, the frame index to read from, and the time sent."""
        self._parse()
        before, since = self.text, len(self.frames)
        sent = self.sent_at = time.perf_counter()
        os.write(self.master, keys)
        return before, since, sent

    def wait_exit(self, timeout: float = 15.0) -> float:
        """When the program exited (reading its output meanwhile, so it never blocks on a full pty)."""
        deadline = time.perf_counter() + timeout
        while self.exited_at is None and time.perf_counter() < deadline:
            self._read_once(deadline - time.perf_counter())
        if self.exited_at is None:
            raise BenchError(f"{self.name}: still running {timeout:.0f} s after it was told to quit")
        return self.exited_at

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc.wait()
        os.close(self.pidfd)
        os.close(self.master)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


KEYS = {"enter": b"\r", "escape": b"\x1b", "tab": b"\t"}


def ctrl(letter: str) -> bytes:
    return bytes([ord(letter.lower()) - ord("a") + 1])
