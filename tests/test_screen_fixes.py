"""What a new user tripped on at 80x24 (issue #15's walkthrough): palette, key bars, toasts, wording, themes."""

from __future__ import annotations

from helpers import notifications, press, settle, wait_ready
from textual.command import CommandList, CommandPalette

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.screens.help import HelpScreen
from llmtui.tui.screens.search import SearchScreen


def palette_titles(app: LlmTuiApp) -> list[str]:
    options = app.screen.query_one(CommandList)
    return [str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(options.option_count)]


async def test_the_palette_offers_keys_and_a_screenshot_that_says_where_it_went(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        titles = palette_titles(app)
        assert "Screenshot" in titles and "Keys of this screen: help" in titles
        assert "Keys" not in titles  # Textual's own: a side panel Escape did not close
        await pilot.press(*"keys")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape")
        await press(pilot, "ctrl+p")
        await pilot.press(*"screenshot")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, SearchScreen)
        shots = sorted((data_dir / "exports").glob("screenshot-*.svg"))
        picture = shots[0].read_text(encoding="utf-8") if len(shots) == 1 else ""
        assert picture.lstrip().startswith("<svg") and "questions&#160;·" in picture  # the home screen's status
        assert "screenshot" not in picture  # the palette, with the query typed, had gone first
        assert shots[0].stat().st_mode & 0o077 == 0  # private, as exports are
        assert any(f"Screenshot saved: {shots[0]}" in " ".join(n.split()) for n in notifications(app))
        second = app.save_screen_picture()
        assert second is not None and second != shots[0] and second.exists()  # one second, two files


async def test_no_color_swaps_an_ansi_theme_for_its_truecolour_twin_and_keeps_the_choice(data_dir, kb, monkeypatch):
    import json

    data_dir.mkdir()
    (data_dir / "settings.json").write_text(json.dumps({"theme": "ansi-light"}), encoding="utf-8")
    monkeypatch.setenv("NO_COLOR", "1")
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        assert app.theme == "textual-light"
        app.theme = "ansi-dark"  # as the palette's Theme command does
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any("textual-dark stands in" in " ".join(n.split()) for n in notifications(app))
        assert json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["theme"] == "ansi-dark"
        app.theme = "nord"  # a truecolour theme is shown as it is
        await pilot.pause()
        assert app.theme == "nord"
