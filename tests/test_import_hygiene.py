"""What loads when, at run time: the entry point stays light, search never waits for networkx,
and the home screen never waits for markdown-it. (Which layer may import what is checked by
import-linter contracts in pyproject.toml.)"""

from __future__ import annotations

import subprocess
import sys


def _loaded_after_import(modules: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return set(out.split())


def test_cli_module_is_light_until_a_command_runs():
    # The app must paint before networkx loads: the entry point cannot pull it in.
    loaded = _loaded_after_import(["llmtui.tui.entry", "llmtui.tui.cli.main"])
    assert "networkx" not in loaded
    assert "rapidfuzz" not in loaded


def test_search_answers_before_networkx_is_imported(tmp_path):
    # The app publishes search before the graph: that phase must not pay for networkx.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from llmtui.graph.knowledge import load_search_base\n"
        f"kb = load_search_base(cache_dir=Path({str(tmp_path)!r}))\n"
        "assert kb.index.search('kv cache')[0].key == 'KV cache'\n"
        "print('networkx' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_cli_search_does_not_load_networkx(tmp_path):
    code = (
        "import sys\n"
        "from llmtui.tui.entry import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'search', 'kv', 'cache', '--json'])\n"
        "print('networkx' in sys.modules, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert '"KV cache"' in proc.stdout and proc.stderr.strip() == "False"


def test_home_screen_loads_without_the_markdown_stack(tmp_path):
    # Answers are Markdown, but the home screen previews topics: importing
    # markdown-it there would cost every start-up. Only opening an answer may.
    from llmtui.tui.runtime.loading import load_cached

    load_cached([], tmp_path, graph=False)  # a warm cache, as at every start but the first
    code = (
        "import asyncio, sys\n"
        "from llmtui.tui.app import LlmTuiApp\n"
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
