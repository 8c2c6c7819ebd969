"""The llmtui Textual app: one app, small screens, logic in graph/ and content/."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Sequence
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding

from tui.messages import KnowledgeFailed, KnowledgeLoaded, Navigate
from tui.navigation import HOME, Location, Navigator
from tui.paths import data_dir
from tui.settings import Settings, load_settings, save_settings

MIN_WIDTH, MIN_HEIGHT = 40, 10


class LlmTuiApp(App[None]):
    """Search, read, walk the concept graph, and practise interviews."""

    CSS_PATH = "llmtui.tcss"
    TITLE = "llmtui"
    BINDINGS = [
        Binding("f1", "help", "Help", id="help", tooltip="Every key on every screen"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("ctrl+q", "quit", "Quit", id="quit", tooltip="Quit llmtui", priority=True),
    ]

    def __init__(self, content: Sequence[str | Path] = (), data: str | Path | None = None) -> None:
        from tui.commands import LlmCommands

        self.COMMANDS = App.COMMANDS | {LlmCommands}
        super().__init__()
        self.content_paths = list(content)
        self.data_path = data_dir(data)
        self.settings: Settings = load_settings(self.data_path)
        self.kb = None
        self.navigator = Navigator()
        self._too_small = False

    # -- start-up ------------------------------------------------------------
    def on_mount(self) -> None:
        from tui.screens.search import SearchScreen

        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.push_screen(SearchScreen())
        self.load_knowledge()
        try:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(sig, self.exit)
        except (NotImplementedError, RuntimeError, ValueError):
            pass  # not the main thread (tests) or no signals on this platform

    @work(thread=True, exclusive=True, group="load")
    def load_knowledge(self) -> None:
        """Heavy imports (networkx) and the graph build happen here, after the first paint."""
        from tui.loading import load_knowledge_cached

        started = time.perf_counter()
        try:
            kb = load_knowledge_cached(self.content_paths, self.data_path)
        except Exception as exc:  # shown to the user as one line, the app keeps running
            self.post_message(KnowledgeFailed(str(exc)))
            return
        self.post_message(KnowledgeLoaded(kb, time.perf_counter() - started))

    def on_knowledge_loaded(self, message: KnowledgeLoaded) -> None:
        self.kb = message.kb
        for screen in self.screen_stack:
            if hasattr(screen, "knowledge_ready"):
                screen.knowledge_ready()

    def on_knowledge_failed(self, message: KnowledgeFailed) -> None:
        self.notify(message.error, title="Could not load the question bank", severity="error", markup=False, timeout=30)

    # -- settings ------------------------------------------------------------
    def watch_theme(self, theme: str) -> None:
        if theme != self.settings.theme:
            self.settings.theme = theme
            if not save_settings(self.data_path, self.settings):
                self.notify("Settings cannot be saved: the data dir is not writable.", severity="warning", markup=False)

    # -- navigation ----------------------------------------------------------
    def on_navigate(self, message: Navigate) -> None:
        self.open_location(message.location)

    def open_location(self, location: Location) -> None:
        if self.kb is None and location.kind != "home":
            self.notify("Still loading the question bank…", markup=False)
            return
        self.navigator.go(location)
        self._show(location)

    def _show(self, location: Location) -> None:
        from tui.screens.pages import page_for

        page = page_for(location)
        from tui.screens.pages import PageScreen

        if page is None:
            while isinstance(self.screen, PageScreen):
                self.pop_screen()
            return
        if isinstance(self.screen, PageScreen):
            self.switch_screen(page)
        else:
            self.push_screen(page)

    def action_back(self) -> None:
        location = self.navigator.back()
        if location is not None:
            self._show(location)

    def action_forward(self) -> None:
        location = self.navigator.forward()
        if location is not None:
            self._show(location)

    def action_home(self) -> None:
        self.navigator.go(HOME)
        self._show(HOME)

    def action_interview(self) -> None:
        from tui.screens.interview_setup import InterviewSetupScreen

        if self.kb is None:
            self.notify("Still loading the question bank…", markup=False)
            return
        self.push_screen(InterviewSetupScreen())

    def action_history(self) -> None:
        from tui.screens.history import HistoryScreen

        if self.kb is not None:
            self.push_screen(HistoryScreen())

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # -- tiny terminals ------------------------------------------------------
    def on_resize(self, event) -> None:
        self.check_size()

    def check_size(self) -> None:
        from tui.screens.too_small import TooSmallScreen

        width, height = self.size
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        if small and not isinstance(self.screen, TooSmallScreen):
            self.push_screen(TooSmallScreen())
        elif not small and isinstance(self.screen, TooSmallScreen):
            self.pop_screen()


def run(content: Sequence[str | Path] = (), data_dir: str | Path | None = None) -> int:
    LlmTuiApp(content, data_dir).run()
    return 0
