"""content, graph and the pure modules of tui must never load textual."""

from __future__ import annotations

import subprocess
import sys

PURE_MODULES = [
    "content", "content.parser", "content.packs", "content.repair", "content.latex",
    "graph", "graph.build", "graph.mentioning", "graph.queries", "graph.search", "graph.knowledge", "graph.duplicates",
    "tui.cli", "tui.paths", "tui.export", "tui.loading", "tui.navigation",
    "tui.interview", "tui.scoring", "tui.scheduling", "tui.store", "tui.settings",
]


def _loaded_after_import(modules: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return set(out.split())


def test_pure_modules_do_not_import_textual():
    loaded = _loaded_after_import(PURE_MODULES)
    assert "textual" not in loaded
    assert not any(m.startswith("textual.") for m in loaded)


def test_content_imports_neither_textual_nor_networkx():
    loaded = _loaded_after_import(["content", "content.packs", "content.parser"])
    assert "networkx" not in loaded
    assert "textual" not in loaded


def test_cli_module_is_light_until_a_command_runs():
    # The app must paint before networkx loads: the entry point cannot pull it in.
    loaded = _loaded_after_import(["tui.cli"])
    assert "networkx" not in loaded
    assert "rapidfuzz" not in loaded


def test_search_answers_before_networkx_is_imported(tmp_path):
    # The app publishes search before the graph: that phase must not pay for networkx.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from graph.knowledge import load_search_base\n"
        f"kb = load_search_base(cache_dir=Path({str(tmp_path)!r}))\n"
        "assert kb.index.search('kv cache')[0].key == 'KV cache'\n"
        "print('networkx' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_cli_search_does_not_load_networkx(tmp_path):
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'search', 'kv', 'cache', '--json'])\n"
        "print('networkx' in sys.modules, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert '"KV cache"' in proc.stdout and proc.stderr.strip() == "False"
