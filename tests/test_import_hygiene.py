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


def test_home_screen_loads_without_the_markdown_stack(tmp_path):
    # Answers are Markdown, but the home screen previews topics: importing
    # markdown-it there would cost every start-up. Only opening an answer may.
    from tui.loading import load_cached

    load_cached([], tmp_path, graph=False)  # a warm cache, as at every start but the first
    code = (
        "import asyncio, sys\n"
        "from tui.app import LlmTuiApp\n"
        "async def main():\n"
        f"    app = LlmTuiApp(data={str(tmp_path)!r})\n"
        "    async with app.run_test(size=(120, 40)) as pilot:\n"
        "        for _ in range(200):\n"
        "            await app.workers.wait_for_complete()\n"
        "            await pilot.pause()\n"
        "            if app.ready:\n"
        "                break\n"
        "        assert app.ready\n"
        "        print('markdown_it' in sys.modules)\n"
        "        await pilot.press(*'kv cache')\n"
        "        await app.workers.wait_for_complete()\n"
        "        await pilot.pause()\n"
        "        await pilot.press('down')\n"
        "        await pilot.pause()\n"
        "        print('markdown_it' in sys.modules)\n"
        "asyncio.run(main())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    assert out == ["False", "True"]  # loaded home without it; a question's preview brought it in
