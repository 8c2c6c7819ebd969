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


def test_home_screen_loads_without_the_markdown_stack_which_comes_after(tmp_path):
    # Answers are Markdown, but the home screen lists topics: importing markdown-it before
    # the bank is on screen would cost every start-up. Once it is, the app imports what
    # the other screens need in the background, so that the first answer opens fast.
    from llmtui.tui.runtime.loading import load_cached

    load_cached([], tmp_path, graph=False)  # a warm cache, as at every start but the first
    code = (
        "import asyncio, sys\n"
        "from llmtui.tui.app import LlmTuiApp\n"
        "async def main():\n"
        f"    app = LlmTuiApp(data={str(tmp_path)!r})\n"
        "    seen = []\n"
        "    async with app.run_test(size=(120, 40)) as pilot:\n"
        "        app.loaded_signal.subscribe(app, lambda _: seen.append('markdown_it' in sys.modules))\n"
        "        for _ in range(200):\n"
        "            await app.workers.wait_for_complete()\n"
        "            await pilot.pause()\n"
        "            if app.ready:\n"
        "                break\n"
        "        assert app.ready\n"
        "        await app.workers.wait_for_complete()\n"
        "        print(*seen, 'markdown_it' in sys.modules, 'llmtui.tui.screens.question' in sys.modules)\n"
        "asyncio.run(main())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    assert out == ["False", "True", "True"]  # loaded and painted without it; the warm-up brought it in
