"""The distribution installs one package, ``llmtui``, with its data (bank, glossary, stylesheet)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_holds_only_the_llmtui_package_and_its_data(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, cwd=tmp_path)
    (wheel,) = tmp_path.glob("llmtui-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {name.split("/", 1)[0] for name in names} == {"llmtui", wheel.name.split("-py")[0] + ".dist-info"}
    assert "llmtui/__init__.py" not in names  # a namespace: the layers are llmtui.content, .graph, .tui
    for needed in ("llmtui/content/data/llm-interview-questions-and-answers-hub.md",
                   "llmtui/content/data/concepts.toml", "llmtui/tui/llmtui.tcss", "llmtui/tui/entry.py"):
        assert needed in names
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "llmtui = llmtui.tui.entry:console" in entry_points



def test_make_runs_first_install_prints_no_setuptools_banner(tmp_path):
    """`make run` on a fresh clone: the Makefile's own commands, with a venv of their own (no dependencies fetched)."""
    venv = tmp_path / "venv"
    # Not as a sub-make of `make test`: that one would print "Entering directory" lines among the commands.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    planned = subprocess.run(["make", "--no-print-directory", "-n", "-B", f"VENV={venv}", f"{venv}/.installed-run"],
                             cwd=ROOT, check=True, capture_output=True, text=True, env=env).stdout.splitlines()
    assert any(" -e ." in line for line in planned), planned
    # The dependencies are left out: the banner is the build backend's, whatever is installed alongside.
    script = "\n".join(line + " --no-deps" if " -e ." in line else line for line in planned)
    done = subprocess.run(["bash", "-ec", script], cwd=ROOT, text=True, capture_output=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (venv / ".installed-run").exists()
    shown = done.stdout + done.stderr
    assert "Editable installation" not in shown and "!!" not in shown, shown[-2000:]
