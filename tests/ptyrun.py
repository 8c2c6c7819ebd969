"""Running the real `llmtui` on a pseudo-terminal, for tests that need a process and a terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path


def start(data_dir: Path, *args: str, size: tuple[int, int] = (100, 30),
          env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], int]:
    """Start ``llmtui ARGS`` on a new pty of ``size`` (columns, rows); return the process and the pty's fd."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    full_env = {**os.environ, "LLMTUI_DATA_DIR": str(data_dir), "TERM": "xterm-256color", **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "llmtui.tui", *args], stdin=slave, stdout=slave, stderr=slave,
                            env=full_env, start_new_session=True)
    os.close(slave)
    return proc, master


def read(fd: int, until: bytes | None, timeout: float = 20.0) -> bytes:
    """Output until ``until`` appears (an AssertionError if it never does), or all of it until EOF or ``timeout``."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if until is not None and until in seen:
            return seen
    if until is not None:
        raise AssertionError(f"{until!r} never appeared; last output: {seen[-300:]!r}")
    return seen
