"""The real process in a pseudo-terminal: signals restore the terminal, NO_COLOR works."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

import pytest

pytestmark = pytest.mark.slow


def _start(tmp_path, extra_env=None):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "LLMTUI_DATA_DIR": str(tmp_path), "TERM": "xterm-256color", **(extra_env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli"], stdin=slave, stdout=slave, stderr=slave, env=env,
                            start_new_session=True)
    os.close(slave)
    return proc, master


def _read(master: int, until: bytes | None, timeout: float = 20.0) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if until is not None and until in seen:
                return seen
    if until is not None:
        raise AssertionError(f"{until!r} never appeared")
    return seen


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_signals_exit_cleanly_and_restore_the_terminal(tmp_path, sig):
    proc, master = _start(tmp_path)
    try:
        _read(master, "questions ·".encode())
        os.kill(proc.pid, sig)
        rest = _read(master, None, timeout=5)
        assert proc.wait(timeout=10) == 0
        assert b"\x1b[?1049l" in rest  # left the alternate screen
        assert b"Traceback" not in rest
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)


def test_no_color_still_shows_matches(tmp_path):
    proc, master = _start(tmp_path, {"NO_COLOR": "1"})
    try:
        _read(master, "questions ·".encode())
        os.write(master, b"kv cashe")
        out = _read(master, b"accelerates LLM", timeout=10)
        out += _read(master, None, timeout=1)
    finally:
        proc.kill()
        os.close(master)
    # Matches are bold + underlined, so they show without any colour.
    assert re.search(rb"\x1b\[1;4;[0-9;]*mKV\x1b", out)
    # With NO_COLOR, Textual draws in greys only: every 256-colour index used is a grey (232-255) or black/white.

    indexes = {int(m) for m in re.findall(rb"38;5;(\d+)", out) + re.findall(rb"48;5;(\d+)", out)}
    assert indexes and all(i >= 232 or i in (0, 7, 15, 16, 231) for i in indexes), sorted(indexes)
