"""F1 from the live bindings (grouped, complete, readable at 80x24) and the user's keymap file."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import finished_session, go, help_text, notifications, press, settle, wait_ready
from textual.widgets import Tree

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.navigation import ConceptPage
from llmtui.tui.screens.help import HelpScreen
from llmtui.tui.screens.history import HistoryScreen
from llmtui.tui.screens.registry import binding_ids

README = Path(__file__).resolve().parent.parent / "README.md"


async def test_help_lists_this_screen_then_everywhere_and_fits_80x24(data_dir, kb):
    finished_session(data_dir, [("llm-hub#3", "kv", 0.5, 3)])
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        text = help_text(app)
        assert text.index("On this screen") < text.index("Everywhere")
        assert re.search(r"\br +Resume\b", text) and re.search(r"Enter +Review the highlighted interview", text)
        assert re.search(r"ctrl\+t +Interview", text) and "ctrl+p" in text
        box = app.screen.query_one("#help")
        assert box.region.right <= 80 and box.region.bottom <= 24
        assert app.focused is box  # Down and PageDown scroll a long help
        await press(pilot, "escape")
        assert isinstance(app.screen, HistoryScreen)
        await press(pilot, "enter")  # a review: e exports
        await settle(app, pilot)
        await press(pilot, "f1")
        assert re.search(r"\be +Export\b", help_text(app))


async def test_help_on_a_concept_page_names_its_keys(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        await press(pilot, "f1")
        text = help_text(app)
        for row in (r"Escape, alt\+left, \[ +Back", r"\bh +Home", r"\bg +Local graph", r"\bt +Practise", r"\b1 +Depth 1"):
            assert re.search(row, text), row
        assert "Keys — LoRA" in text or "LoRA" in text.splitlines()[0]


async def test_a_keymap_moves_keys_and_help_and_footer_follow(data_dir, kb):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "keymap.toml").write_text('[keys]\nhistory = "f5"\ngraph = "v"\n')
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "f1")
        assert re.search(r"F5 +History", help_text(app)) and not re.search(r"ctrl\+r +History", help_text(app))
        await press(pilot, "escape", "ctrl+r")
        assert not isinstance(app.screen, HistoryScreen)  # moved away
        await press(pilot, "f5")
        assert isinstance(app.screen, HistoryScreen)
        await press(pilot, "escape")
        await go(app, pilot, ConceptPage("LoRA"))
        await press(pilot, "v")
        assert app.screen.query_one("#local-graph").display
        assert "1-3 change it, v hides" in str(app.screen.query_one("#local-graph", Tree).root.label)
        assert not notifications(app)


async def test_a_broken_keymap_is_named_in_one_line_and_changes_nothing(data_dir, kb):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "keymap.toml").write_text('[keys]\nhistory = "f5"\nsubmit = \n')
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        toast = next(t for t in notifications(app) if "keymap.toml" in t)
        assert "keymap.toml:3: not valid TOML" in toast and "no keys were changed" in toast
        await press(pilot, "ctrl+r")
        assert isinstance(app.screen, HistoryScreen)


async def test_an_unknown_id_and_a_key_taken_twice_are_named_with_the_line(data_dir, kb):
    data_dir.mkdir(parents=True, exist_ok=True)
    keymap = data_dir / "keymap.toml"
    keymap.write_text('[keys]\nhistroy = "f5"\ngraph = "ctrl+q"\nreview-next = "p,f6"\nhistory = "f5"\n')
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        toasts = notifications(app)
        for line in (f"{keymap}:2: no key has the id 'histroy'",
                     f"{keymap}:3: graph: ctrl+q is quit already (everywhere): graph stays on g",
                     f"{keymap}:4: review-next: p is review-previous already (on the session review screen):"
                     " review-next stays on f6"):
            assert any(line in t for t in toasts), (line, toasts)
        assert len(toasts) == 3  # history = "f5" takes a key nobody has: nothing to say
        await go(app, pilot, ConceptPage("LoRA"))
        await press(pilot, "g")  # the graph kept its key; ctrl+q still quits
        assert app.screen.query_one("#local-graph").display


def test_the_readme_lists_every_binding_id():
    # The keymap section is what users write their keymap from: every id must be there, none invented.
    section = README.read_text().split("### Keymaps", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`([a-z0-9-]+)`", section))
    ids = set(binding_ids())
    assert ids <= listed, sorted(ids - listed)
