"""The distribution installs one package, ``llmtui``, with its data (bank, glossary, stylesheet)."""

from __future__ import annotations

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
