"""The real process in a pseudo-terminal: signals restore the terminal, NO_COLOR works."""

from __future__ import annotations

import os
import re
import signal

import ptyrun
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_signals_exit_cleanly_and_restore_the_terminal(tmp_path, sig):
    proc, master = ptyrun.start(tmp_path, size=(80, 24))
    try:
        ptyrun.read(master, "questions ·".encode())
        os.kill(proc.pid, sig)
        rest = ptyrun.read(master, None, timeout=5)
        assert proc.wait(timeout=10) == 128 + sig  # as a shell reports a process ended by the signal
        assert b"\x1b[?1049l" in rest  # left the alternate screen
        assert b"Traceback" not in rest
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)


def test_no_color_still_shows_matches(tmp_path):
    proc, master = ptyrun.start(tmp_path, size=(80, 24), env={"NO_COLOR": "1"})
    try:
        ptyrun.read(master, "questions ·".encode())
        os.write(master, b"kv cashe")
        out = ptyrun.read(master, b"accelerates LLM", timeout=10)
        out += ptyrun.read(master, None, timeout=1)
    finally:
        proc.kill()
        os.close(master)
    # Matches are bold + underlined, so they show without any colour.
    assert re.search(rb"\x1b\[1;4;[0-9;]*mKV\x1b", out)
    # With NO_COLOR, Textual draws in greys only: every 256-colour index used is a grey (232-255) or black/white.

    indexes = {int(m) for m in re.findall(rb"38;5;(\d+)", out) + re.findall(rb"48;5;(\d+)", out)}
    assert indexes and all(i >= 232 or i in (0, 7, 15, 16, 231) for i in indexes), sorted(indexes)


def unreadable_text(out: bytes) -> str:
    """The visible characters drawn in the same colour as their background (SGR colours followed through)."""
    fg = bg = None
    hidden = []
    for sgr, char in re.findall(r"\x1b\[([0-9;]*)m|\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>78])|([^\x1b])",
                                out.decode("utf-8", errors="replace")):
        if char:
            if fg is not None and fg == bg and not char.isspace():
                hidden.append(char)
            continue
        codes = [int(c or 0) for c in sgr.split(";")] if sgr else [0]
        i = 0
        while i < len(codes):
            code = codes[i]
            if code == 0:
                fg = bg = None
            elif code in (38, 48):  # 256 colours (5;n) or truecolour (2;r;g;b)
                size = 3 if codes[i + 1] == 5 else 5
                colour = tuple(codes[i + 1:i + size])
                fg, bg = (colour, bg) if code == 38 else (fg, colour)
                i += size - 1
            elif 30 <= code <= 37 or 90 <= code <= 97:
                fg = (code % 10 + (8 if code >= 90 else 0),)
            elif 40 <= code <= 47 or 100 <= code <= 107:
                bg = (code % 10 + (8 if code >= 100 else 0),)
            elif code == 39:
                fg = None
            elif code == 49:
                bg = None
            i += 1
    return "".join(hidden)


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light"])
def test_no_color_with_an_ansi_theme_is_not_black_on_black(tmp_path, theme):
    # Textual's monochrome filter makes an ANSI theme's colours (the terminal's own) black, text and background
    # alike: the truecolour theme of the same shade stands in, and the choice stays in the settings.
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "settings.json").write_text(f'{{"theme": "{theme}"}}', encoding="utf-8")
    proc, master = ptyrun.start(tmp_path, size=(80, 24), env={"NO_COLOR": "1"})
    try:
        ptyrun.read(master, "questions ·".encode())
        os.write(master, b"kv cache")
        out = ptyrun.read(master, b"accelerates LLM", timeout=10)
        out += ptyrun.read(master, None, timeout=1)
    finally:
        proc.kill()
        os.close(master)
    assert b"KV" in out and unreadable_text(out) == ""
    assert theme in (tmp_path / "settings.json").read_text(encoding="utf-8")


def test_quitting_during_a_long_load_does_not_wait_for_it(tmp_path):
    # The loader thread cannot be interrupted; Python used to wait for it after
    # the terminal was restored (14 s for a cold 100k pack). The pack's cache
    # file is the proof: it is written only once the load ends, so it must not
    # exist when ctrl+q has ended the process.
    pack = tmp_path / "big.md"
    pack.write_text("".join(f"## Q{i}: How does attention scale with sequence length {i}?\n\n"
                            f"Quadratically in memory and compute; answer number {i}.\n\n" for i in range(1, 30_001)),
                    encoding="utf-8")
    data = tmp_path / "data"
    proc, master = ptyrun.start(data, "--content", str(pack), size=(80, 24))
    try:
        ptyrun.read(master, b"Loading")
        os.write(master, b"\x11")  # ctrl+q
        rest = ptyrun.read(master, None, timeout=30)
        assert proc.wait(timeout=30) == 0
        assert b"\x1b[?1049l" in rest and b"Traceback" not in rest
        cached = [p.name for p in (data / "cache").glob("pack-*.json")] if (data / "cache").exists() else []
        assert len(cached) <= 1  # the bundled bank's at most: the big pack was still loading
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
