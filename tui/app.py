"""The llmtui Textual app: one app, small screens, logic in graph/, content/ and the textual-free rooms of tui/."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import traceback
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.signal import Signal
from textual.worker import Worker, WorkerState

from .key_order import KeysInOrder
from .messages import KnowledgeFailed, KnowledgeLoaded, LoadProgress, Navigate, PacksSkipped
from .navigation import HOME, ConceptsPage, Home, Location, Navigator, QuestionPage, Walk
from .runtime.collector import IdleCollector
from .runtime.paths import data_dir
from .runtime.settings import Settings, SettingsError, read_settings, save_settings
from .runtime.summary import BankSummary, read_summary

if TYPE_CHECKING:
    from llmtui.graph.knowledge import KnowledgeBase

    from .practice.engine import InterviewPlan
    from .practice.judge import JudgeConfig
    from .practice.keypoints import ScoringSource
    from .practice.planner import StatsKeys
    from .practice.records import Session
    from .practice.runner import InterviewRun
    from .practice.store import HistoryStore
    from .runtime.keymap import Keymap
    from .screens.history import HistoryRead
    from .screens.interview_setup import SetupCount
    from .screens.pages import PageScreen
    from .screens.registry import PageCache
    from .screens.stats import StatsRead

MIN_WIDTH, MIN_HEIGHT = 40, 10
BIG_BANK = 10_000  # questions; above this, loaded objects are frozen out of the GC and memory is trimmed
LOG_FILE = "llmtui.log"  # in the data dir: tracebacks of bugs the user was told about in one line
# What the other screens import, loaded in the background once the bank is on screen (see warm_up).
WARM_MODULES = (
    "llmtui.tui.screens.registry",  # the pages: markdown-it, Markdown, DataTable, graph queries
    "llmtui.tui.screens.picker",
    "llmtui.tui.screens.interview_setup",
    "llmtui.tui.screens.interview",  # TextArea, scoring, FSRS
    "llmtui.tui.screens.summary",
    "llmtui.tui.screens.history",
    "llmtui.tui.screens.review",
    "llmtui.tui.screens.stats",
    "llmtui.tui.screens.suspended",
    "llmtui.tui.screens.help",
    "llmtui.tui.commands",
    "llmtui.tui.screens.palette",
    "textual.command",
    "textual.system_commands",
)


@dataclass
class ReadAhead(Message):
    """What History and Stats show, read by the warm-up before either is opened."""

    history: HistoryRead
    stats: StatsRead
    setup: SetupCount


class LlmTuiApp(App[None]):
    """Search, read, walk the concept graph, and practise interviews."""

    CSS_PATH = "llmtui.tcss"
    TITLE = "llmtui"
    BINDINGS = [
        # App-wide keys: each screen turns off those that make no sense on it (check_action).
        Binding("ctrl+t", "interview", "Interview", id="interview",
                tooltip="Set up a timed mock interview on what you are looking at"),
        Binding("ctrl+b", "concepts", "Concepts", id="concepts", tooltip="Browse all concepts"),
        Binding("ctrl+r", "history", "History", id="history", tooltip="Past interviews and reviews due"),
        Binding("ctrl+g", "stats", "Stats", id="stats",
                tooltip="Study statistics: heatmap, retention, readiness, forecast, leeches"),
        Binding("f1", "help", "Help", id="help", tooltip="The keys of this screen"),
        Binding("question_mark", "help", "Help", id="help-question-mark", show=False,
                tooltip="The keys of this screen (where you are not typing)"),
        Binding("ctrl+q", "quit", "Quit", id="quit", tooltip="Quit llmtui", priority=True),
    ]
    PAGES_KEPT = 12  # pages kept built for back and forward
    GLOBAL_ACTIONS = ("interview", "concepts", "history", "stats")

    def __init__(
        self,
        content: Sequence[str | Path] = (),
        data: str | Path | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        interview: InterviewPlan | None = None,
        knowledge: KnowledgeBase | None = None,
        wall_clock: Callable[[], datetime] | None = None,
        judge: JudgeConfig | None = None,
        collect_when_idle: bool = False,
    ) -> None:
        """``knowledge`` is a knowledge base loaded already (with its graph): the app skips loading.
        ``judge`` (from the command line) overrides the environment's and the settings' judge.

        ``collect_when_idle`` (on in :func:`run`) leaves garbage collection to the moments the user
        pauses (:mod:`.runtime.collector`); tests, many apps to a process, leave it off.
        """
        super().__init__()
        self.judge_override = judge
        self.collector = IdleCollector() if collect_when_idle else None
        self.keys_in_order = KeysInOrder(self, self._take_key)
        self.content_paths = list(content)
        self.data_path = data_dir(data)
        self.settings: Settings
        self.settings, self._settings_problem = read_settings(self.data_path)  # a broken file: said once mounted
        # The topics the bank had at the last full load with these packs, listed until it loads again.
        self.bank_summary: BankSummary | None = read_summary(self.data_path / "cache", self.pack_paths())
        self.kb: KnowledgeBase | None = None
        self.preloaded = knowledge
        self.navigator = Navigator()
        # The walk each page under another screen belongs to, set aside while that screen starts a walk of its
        # own (History opened from a page, then a question opened from History): taken up again on the page.
        # Weak: a page the cache let go of takes its walk with it.
        self._walks_aside: weakref.WeakKeyDictionary[PageScreen, Walk] = weakref.WeakKeyDictionary()
        self.clock = clock  # injected so interview timing is exact in tests
        self.wall_clock = wall_clock or (lambda: datetime.now(UTC))  # "now" for statistics and plans; injected in tests
        self.store: HistoryStore | None = None
        self._scoring: ScoringSource | None = None  # rubrics and scorers of self.kb, built by the warm-up
        self.pending_interview = interview
        self.active_interview: InterviewRun | None = None  # set by the interview screen: its draft is flushed on exit
        self.keymap: Keymap | None = None
        self.key_overrides: dict[str, str] = {}  # binding id → keys, as last given to set_keymap (as written)
        # Screens subscribe to what they show: the knowledge base (again when more packs arrive),
        # the loader's progress, and the end of loading (history open, key bar due).
        self.knowledge_signal: Signal[KnowledgeBase] = Signal(self, "knowledge")
        self.progress_signal: Signal[str] = Signal(self, "progress")
        self.loaded_signal: Signal[None] = Signal(self, "loaded")
        self._pages: PageCache | None = None  # pages kept for back and forward, made on the first page
        # What History and Stats show, read ahead off the UI thread (by the warm-up, then by each of their reads):
        # shown at once when they open if still true, instead of a frame after.
        self.history_ahead: HistoryRead | None = None
        self.stats_ahead: StatsRead | None = None
        self.setup_ahead: SetupCount | None = None  # the count of a set-up opened from home, likewise
        self._bank_painted = threading.Event()  # set by the UI once the loaded bank is on screen
        self.loader_done = threading.Event()  # set when the loading thread has finished, however it ended
        self.theme_chosen = self.theme  # the theme asked for (NO_COLOR may show another: see validate_theme)
        if self.settings.theme in self.available_themes and self.settings.theme != self.theme:
            self.theme = self.settings.theme  # before mounting, so styles are computed once

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every toast, from any screen: file names and pack errors in it cannot reach the terminal as escapes."""
        from .widgets.text import safe

        super().notify(safe(message), title=safe(title), severity=severity, timeout=timeout, markup=markup)

    # -- start-up ------------------------------------------------------------
    def get_default_screen(self) -> Screen:
        """The search screen is the app's base screen: one screen to build before the first frame."""
        from .screens.search import SearchScreen

        return SearchScreen()

    def on_mount(self) -> None:
        self.apply_keymap()
        if self._settings_problem:
            self.notify(self._settings_problem, title="Settings", severity="warning", markup=False, timeout=20)

    def exit_on_signal(self, code: int) -> None:
        """SIGINT, SIGTERM, SIGHUP (a closed terminal): exit cleanly with the shell's code, 128 + n.

        Called on the event loop by :class:`~.runtime.signals.SignalExit`, which
        ends the process itself if this has not within its deadline.
        """
        self.flush_drafts()
        self.exit(return_code=code)

    async def action_quit(self) -> None:
        self.flush_drafts()
        self.exit()

    def flush_drafts(self) -> None:
        """Save what is typed in an interview now: every way out of the app comes through here."""
        from .screens.interview import InterviewScreen

        for screen in self.screen_stack:
            if isinstance(screen, InterviewScreen):
                screen.flush_draft()

    def on_ready(self) -> None:
        """The first frame is on the screen: start loading (nothing heavy runs before the first paint)."""
        if self.collector is not None:
            self.collector.start()
            self.set_interval(0.25, self.collector.tick)
        if self.preloaded is not None:
            self.loader_done.set()
            self.post_message(KnowledgeLoaded(self.preloaded, 0.0))
            return
        self.load_knowledge()

    @work(thread=True, exclusive=True, group="load")
    def load_knowledge(self) -> None:
        """Load in steps, each published as soon as it is usable, all after the first paint.

        Search answers first (bank and index, no networkx); the concept graph
        follows. With extra packs, the bundled bank is published before them.
        """
        from .runtime.collector import collector_paused
        from .runtime.loading import release_memory

        try:
            with collector_paused() as pause:
                kb = self._load_in_steps()
                pause.freeze = kb is not None and len(kb.bank) > BIG_BANK
                # Housekeeping waits for the paint: re-enabled, the collector first
                # walks everything the load made (~10 ms for the bundled bank),
                # which would delay the frame that shows the bank.
                self._bank_painted.wait(timeout=0.5)
            if pause.freeze:
                release_memory()
        finally:
            self.loader_done.set()

    def pack_paths(self) -> list[Path]:
        """The packs this run loads besides the bundled bank: installed ones, then ``--content`` ones."""
        from .runtime.loading import installed_pack_paths

        return [*installed_pack_paths(self.data_path), *map(Path, self.content_paths)]

    def _load_in_steps(self) -> KnowledgeBase | None:
        from llmtui.content.errors import ContentError
        from llmtui.graph.knowledge import add_graph

        from .runtime.loading import QuietProgress, load_cached

        started = time.perf_counter()
        progress = QuietProgress(lambda text: self.post_message(LoadProgress(text)))
        extra = self.pack_paths()
        try:
            if extra:
                bundled = load_cached([], self.data_path, progress, installed=False, graph=False)
                self.post_message(KnowledgeLoaded(bundled, time.perf_counter() - started, partial=True))
                self.post_message(LoadProgress(f"Loading {len(extra)} more pack(s)…"))
                try:
                    kb = load_cached(self.content_paths, self.data_path, progress, graph=False, answers=False)
                except ContentError as exc:
                    # A pack file that fails is skipped by the load itself; anything else costs the extra
                    # packs, not the bank: carry on with the bundled bank.
                    self.post_message(KnowledgeFailed(str(exc), final=False))
                    kb = bundled
            else:
                kb = load_cached(self.content_paths, self.data_path, progress, graph=False, answers=False)
            if progress.slow:
                # Search answers on titles now; answers and the graph follow. A fast load
                # skips this step: one frame fewer, and the rest is a moment away anyway.
                self.post_message(KnowledgeLoaded(kb, time.perf_counter() - started, partial=True))
                progress("Indexing the answers…")
            if not kb.index.answers_indexed:
                kb.index.index_answers()
            progress("Building the concept graph…")
            add_graph(kb)
        except (ContentError, OSError) as exc:  # bad input or an unreadable file: one line, the app keeps running
            self.post_message(KnowledgeFailed(str(exc)))
            return None
        except Exception as exc:  # a bug: the user gets one line, the log gets the traceback
            log = self.log_bug(exc)
            self.post_message(KnowledgeFailed(f"internal error while loading ({type(exc).__name__}); details in {log}"))
            return None
        self.post_message(KnowledgeLoaded(kb, time.perf_counter() - started))
        if kb.bank.skipped:
            self.post_message(PacksSkipped(tuple(str(s) for s in kb.bank.skipped)))
        self._keep_summary(extra, kb)
        return kb

    def _keep_summary(self, packs: list[Path], kb: KnowledgeBase) -> None:
        """Write what the home screen lists first next time, when it differs from what it listed this time."""
        from .runtime.summary import write_summary

        summary = BankSummary(tuple(kb.bank.topics()), len(kb.bank))
        if summary != self.bank_summary:
            write_summary(self.data_path / "cache", packs, summary)

    async def on_event(self, event: events.Event) -> None:
        if self.collector is not None and isinstance(event, events.InputEvent):
            self.collector.touch()  # the user is busy: collect garbage once they pause
        if isinstance(event, events.Key) and not event.is_forwarded:
            await self.keys_in_order.key(event)  # one at a time, each handled all the way before the next
            return
        await super().on_event(event)

    async def _take_key(self, key: events.Key) -> None:
        await super().on_event(key)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "warm-up":
            return
        if self.collector is not None and event.state == WorkerState.SUCCESS:
            # The bank and every screen's modules are in memory for good: out of the collector's sight,
            # now, a moment after the first frame, before the user has started anything.
            self.collector.settle()
        elif event.state == WorkerState.ERROR and event.worker.error is not None:
            # Only a head start: History and Stats read for themselves when opened, and say what is wrong.
            self.log_bug(event.worker.error)

    @work(thread=True, exclusive=True, group="warm-up", exit_on_error=False)
    def warm_up(self, scoring: ScoringSource | None = None) -> None:
        """Import what the other screens need and compute what they show, off the UI thread, while the
        user reads the home screen: the first page, interview or palette then opens as fast as the next.
        (Imported on first use instead, they took most of the time of a first open; the rubrics,
        loaded when an interview starts, slowed its first frame.)"""
        import importlib

        for name in WARM_MODULES:
            importlib.import_module(name)
        from .widgets.answer import safe_parser

        kb = self.kb
        if kb is not None:
            if kb.bank.questions:
                safe_parser().parse(kb.bank.questions[0].answer)  # markdown-it builds its rules on first use
            kb.centrality()  # the concepts browser's column
        if scoring is not None:
            scoring.get()
        from rich.text import Text

        Text.from_markup("warm")  # Rich loads its emoji table on the first markup (a table's column labels)
        if kb is not None and self.store is not None:
            from .screens.history import read_history
            from .screens.interview_setup import read_opening_count
            from .screens.stats import compute_stats

            now = self.wall_clock()
            self.post_message(ReadAhead(read_history(self.store, now), compute_stats(self),
                                        read_opening_count(kb, self.store, self.settings, self.stats_keys(), now)))

    def on_read_ahead(self, message: ReadAhead) -> None:
        self.history_ahead, self.stats_ahead, self.setup_ahead = message.history, message.stats, message.setup

    def log_bug(self, exc: BaseException) -> Path:
        """Append ``exc``'s traceback to the log in the data dir; return the log's path."""
        path = self.data_path / LOG_FILE
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as log:
                log.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
                log.write("".join(traceback.format_exception(exc)))
        except OSError:
            pass  # nowhere to write it: the one-line message still reaches the user
        return path

    def on_knowledge_loaded(self, message: KnowledgeLoaded) -> None:
        self.kb = message.kb
        if self._pages is not None:
            self._pages.clear()  # they show the knowledge base before this one
        self._scoring = None
        self.setup_ahead = None  # a count of the knowledge base before this one
        self.knowledge_signal.publish(message.kb)
        if message.partial:
            return
        # The results are painted first; history, key bar and offers follow a frame later.
        self.call_after_refresh(self._after_loaded)

    def _after_loaded(self) -> None:
        self._loading_finished()
        # Before the warm-up, whose count of the set-up names keys: the keys it names are those bound.
        self.check_keymap_ids()
        # A big pack's scoring is tens of MB: built then only if an interview asks for it.
        self.warm_up(self.scoring() if self.kb is not None and len(self.kb.bank) <= BIG_BANK else None)
        self.reconcile_history()
        if self.pending_interview is not None:
            plan, self.pending_interview = self.pending_interview, None
            self.start_interview(plan)
        elif self.store is not None and (interrupted := self.store.interrupted()):
            self.offer_resume(interrupted[-1])

    def open_store(self) -> None:
        """History is local SQLite: opening it is quick, and it must be there before any interview."""
        from .practice.store import LOCK_TIMEOUT, UI_WAIT, HistoryStore, StoreError

        try:
            result = HistoryStore.open(self.data_path, wait=LOCK_TIMEOUT)  # the screen must not hang on another writer
        except StoreError as exc:
            self.store = HistoryStore.in_memory()
            self.notify(f"{exc} History will not be saved this run.", severity="error", markup=False, timeout=15)
            return
        self.store = result.store
        self.store.set_wait(UI_WAIT)  # the UI thread does not wait on another writer; refused writes are retried
        if result.notice:
            self.notify(result.notice, severity="warning", markup=False, timeout=15)

    def reconcile_history(self) -> None:
        from .practice.store import StoreError

        if self.store is None or self.kb is None or not self.store.has_history():
            return
        try:
            result = self.store.reconcile({q.id: q.title for q in self.kb.bank.questions})
        except StoreError as exc:  # nothing is lost: the next start tries again
            self.notify(f"History was not re-linked to edited packs this time: {exc.reason}.", markup=False, timeout=10)
            return
        if result.changed:
            self.notify(result.summary(), markup=False, timeout=15)

    # -- interviews ----------------------------------------------------------
    def scoring(self) -> ScoringSource | None:
        """The scoring of the loaded bank (nothing is built until an interview asks)."""
        from .practice.keypoints import ScoringSource

        if self.kb is None:
            return None
        if self._scoring is None or self._scoring.kb is not self.kb:
            self._scoring = ScoringSource(self.kb, self.data_path / "cache")
        return self._scoring

    def judge(self) -> JudgeConfig | None:
        """The local judge from the command line, the environment or settings; off unless a URL and a model are set."""
        import os

        from .practice.judge import judge_config

        if self.judge_override is not None:
            return self.judge_override
        try:
            return judge_config(environ=os.environ, settings_url=self.settings.judge_url,
                                settings_model=self.settings.judge_model, timeout=self.settings.judge_timeout)
        except ValueError as exc:
            self.notify(f"Judge off: {exc}", severity="warning", markup=False, timeout=10)
            return None

    def start_interview(self, plan: InterviewPlan) -> None:
        """Draw the questions for ``plan`` and start the interview, or say in one line why not."""
        from llmtui.graph.queries import UnknownConcept

        from .practice.engine import EmptyDraw
        from .practice.planner import plan_questions
        from .practice.runner import InterviewRun
        from .practice.store import StoreError
        from .screens.interview import InterviewScreen
        from .wording import sentence

        if self.kb is None or self.store is None:
            return
        try:
            ids = plan_questions(self.kb, plan, self.store, retention=self.settings.desired_retention,
                                 keys=self.stats_keys())
            run = InterviewRun.start(self.kb, self.store, plan, ids, self.clock, self.settings.desired_retention,
                                     self.scoring(), self.judge())
        except (EmptyDraw, UnknownConcept) as exc:
            self.notify(sentence(str(exc.args[0])), severity="error", markup=False, timeout=10)
            return
        except StoreError as exc:
            self.notify(f"The interview could not start: {exc.reason}. Try again in a moment.", severity="error",
                        markup=False, timeout=10)
            return
        self.push_screen(InterviewScreen(run))

    def offer_resume(self, session: Session) -> None:
        from .screens.confirm import ConfirmModal

        def answer(resume: bool | None) -> None:
            if resume:
                self.resume_session(session)

        self.push_screen(ConfirmModal(
            f"Interview {session.id} from {session.started_at[:16].replace('T', ' ')} UTC was interrupted "
            f"({session.answered_text}). Resume it? (Whatever you typed is kept.)",
            yes="Resume", no="Later"), answer)

    def resume_session(self, session: Session) -> None:
        from .practice.runner import InterviewRun
        from .practice.store import StoreError
        from .screens.interview import InterviewScreen

        if self.kb is None or self.store is None:
            return
        try:
            run = InterviewRun.resume(self.kb, self.store, session, self.clock, self.settings.desired_retention,
                                      self.scoring(), self.judge())
        except StoreError as exc:
            self.notify(f"The interview could not be resumed: {exc.reason}. Try again in a moment.", severity="error",
                        markup=False, timeout=10)
            return
        if run is None:
            self.notify("That interview had no questions left; marked completed.", markup=False)
            return
        self.push_screen(InterviewScreen(run))

    def on_load_progress(self, message: LoadProgress) -> None:
        self.progress_signal.publish(message.text)

    def on_knowledge_failed(self, message: KnowledgeFailed) -> None:
        # Packs that failed on top of a loaded bank are those packs, not the bank.
        title = "Could not load the question bank" if message.final else \
            "Could not load your packs (the bundled bank is loaded)"
        self.notify(message.error, title=title, severity="error", markup=False, timeout=30)
        if message.final:
            self._loading_finished()

    def on_packs_skipped(self, message: PacksSkipped) -> None:
        from .wording import plural

        lines = message.lines
        shown = [*lines[:6], *([f"… and {len(lines) - 6} more (llmtui check names them all)"] if len(lines) > 6 else [])]
        self.notify("\n".join(shown), title=f"Skipped {plural(len(lines), 'pack file')}; the rest is loaded",
                    severity="warning", markup=False, timeout=30)

    def _loading_finished(self) -> None:
        """Loading is over, done or failed, and on screen: the loader may tidy up now."""
        self._bank_painted.set()
        # History opens now rather than at start: nothing can use it before the
        # bank is loaded, and the UI thread stays free for the loader meanwhile.
        self.open_store()
        self.loaded_signal.publish(None)

    # -- keymap --------------------------------------------------------------
    def apply_keymap(self) -> None:
        """The user's keymap.toml (binding id → keys) over the bindings; what is wrong with it, in one line each."""
        from .runtime.keymap import load_keymap

        self.keymap = load_keymap(self.data_path)
        if self.keymap.keys:
            self.set_keymap(self.keymap.keys)
        for problem in self.keymap.problems:
            self.notify(problem, title="Keymap", severity="warning", markup=False, timeout=15)

    def set_keymap(self, keymap: Mapping[str, str]) -> None:
        self.key_overrides = dict(keymap)  # Textual keeps its own copy in its key names ("question_mark")
        super().set_keymap(keymap)

    def update_keymap(self, keymap: Mapping[str, str]) -> None:
        self.key_overrides = {**self.key_overrides, **keymap}
        super().update_keymap(keymap)

    def bound_key(self, binding_id: str, default: str) -> str:
        """The key the keymap gives the binding ``binding_id`` (the first of several, as the file writes it), else
        ``default``: for naming a key of a screen that is not shown, as a message about it must."""
        from .practice.planner import first_bound_key

        return first_bound_key(self.key_overrides, binding_id, default)

    def stats_keys(self) -> StatsKeys:
        """The keys an empty draw names for the way out, as bound now."""
        from .practice.planner import StatsKeys

        return StatsKeys.bound(self.key_overrides)

    def check_keymap_ids(self) -> None:
        """Ids no key has (a typo) and keys given to two bindings of one screen are named once loading is over:
        finding every key means importing every screen. A key that clashes is not given (the binding keeps its
        other keys, or its default)."""
        if self.keymap is None or not self.keymap.keys:
            return  # nothing to check: the screens (and markdown-it) load when first used
        from .runtime.keymap import check_keymap
        from .screens.registry import binding_tables

        given = dict(self.keymap.keys)
        problems = check_keymap(self.keymap, binding_tables())  # takes the clashing keys out of the keymap
        if self.keymap.keys != given:
            self.set_keymap(self.keymap.keys)
        for problem in problems:
            self.notify(problem, title="Keymap", severity="warning", markup=False, timeout=15)

    # -- settings ------------------------------------------------------------
    def validate_theme(self, theme: str) -> str:
        """Under NO_COLOR an ANSI theme would draw black on black: its truecolour counterpart stands in.

        Textual's monochrome filter turns the terminal's own colours, which an
        ANSI theme is made of, into black. The user's choice is kept in the
        settings, for the runs with colour.
        """
        self.theme_chosen = theme
        chosen = self.get_theme(theme)
        if not self.no_color or chosen is None or not chosen.ansi:
            return theme
        stand_in = "textual-dark" if chosen.dark else "textual-light"
        if self.is_running:
            self.notify(f"NO_COLOR is set: {theme} uses the terminal's colours, so {stand_in} stands in for it.",
                        markup=False)
        return stand_in

    def watch_theme(self, theme: str) -> None:
        if self.theme_chosen != self.settings.theme:
            self.settings.theme = self.theme_chosen
            self.save_settings()

    def save_settings(self) -> bool:
        """Write the settings as they are now; False, said in one line, when they cannot be (kept for this run)."""
        try:
            save_settings(self.data_path, self.settings)
        except SettingsError as exc:
            self.notify(f"{exc}. The change holds for this run.", title="Settings", severity="warning", markup=False,
                        timeout=15)
            return False
        return True

    # -- navigation ----------------------------------------------------------
    def on_navigate(self, message: Navigate) -> None:
        self.open_location(message.location)

    @property
    def ready(self) -> bool:
        """The bank, the index and the graph are loaded, and history is open."""
        return self.kb is not None and self.kb.has_graph and self.store is not None

    def open_location(self, location: Location) -> None:
        from .screens.base import AppScreen
        from .screens.pages import PageScreen

        if not self.ready and location != HOME:
            self.notify("Still building the concept graph…", markup=False)
            return
        if isinstance(location, QuestionPage) and not location.number_label and self.kb is not None:
            location = QuestionPage(location.question_id, self.kb.question(location.question_id).label)
        if isinstance(location, QuestionPage) and any(
                isinstance(s, AppScreen) and s.keeps_answer_hidden(location.question_id) for s in self.screen_stack):
            self.notify(f"{location.number_label} is a question of this interview: its page, with the reference "
                        "answer, opens once you have answered it.", severity="warning", markup=False)
            return
        if not isinstance(self.screen, PageScreen):
            # A new walk starts here: its first crumb names this screen, and back from its first page returns to it.
            below = next((s for s in reversed(self.screen_stack) if isinstance(s, PageScreen)), None)
            if below is not None:
                self._walks_aside[below] = self.navigator.walk()
            self.navigator.start(Home(self.screen.title or HOME.name))
        self.navigator.go(location)
        self._show(location)

    def _show(self, location: Location) -> None:
        from .screens.pages import PageScreen
        from .screens.registry import PageCache

        if self._pages is None:
            self._pages = PageCache(self, self.PAGES_KEPT)
        page = self._pages.page(location)
        if page is None:
            while isinstance(self.screen, PageScreen):
                self.pop_screen()
            return
        if isinstance(self.screen, PageScreen):
            self.switch_screen(page)
        else:
            self.push_screen(page)

    def resume_walk(self, page: PageScreen) -> None:
        """``page`` is on top again (the screen opened over it has closed): its walk's back and forward are
        the ones that apply, not those of a walk started from that screen."""
        if self.screen is not page:
            return
        walk = self._walks_aside.pop(page, None)  # taken up now, or stale (the walk came back to this page)
        if walk is not None and self.navigator.location != page.location:
            self.navigator.resume(walk)

    def action_back(self) -> None:
        location = self.navigator.back()
        if location is not None:
            self._show(location)

    def action_forward(self) -> None:
        location = self.navigator.forward()
        if location is not None:
            self._show(location)

    def action_home(self) -> None:
        """Back to the search screen: every screen above it closes, except an interview under way.

        The search box has the focus and the last query, selected (as a browser's address bar): typing starts
        a new search, the results listed meanwhile are the last ones, and Escape clears them.
        """
        from .screens.base import AppScreen
        from .screens.search import SearchScreen

        self.navigator.start()
        self._walks_aside.clear()
        while len(self.screen_stack) > 1 and not (isinstance(self.screen, AppScreen) and self.screen.HOLDS_INTERVIEW):
            self.pop_screen()
        if isinstance(self.screen, SearchScreen):
            self.screen.start_over()

    # -- app-wide keys ---------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ctrl+t, ctrl+b and ctrl+r work on every screen where they make sense.

        Not while an interview is under way (they would abandon it), not over a
        dialog, and not on the screen the key itself opens.
        """
        if action not in self.GLOBAL_ACTIONS:
            return True
        if not self.global_action_allowed(action, self.screen):
            return False
        return True if self.ready else None

    def global_action_allowed(self, action: str, screen: Screen) -> bool:
        """Whether the app-wide ``action`` makes sense over ``screen`` (the palette asks about the screen under it)."""
        from .screens.base import AppScreen

        if not isinstance(screen, AppScreen) or screen.OWN_ACTION == action:
            return False
        return not any(isinstance(s, AppScreen) and s.HOLDS_INTERVIEW for s in self.screen_stack)

    def _reach(self, action: str) -> bool:
        """Close the screens above the one that ``action`` shows, if it is open; True if it was."""
        from .screens.base import AppScreen

        for depth, screen in enumerate(reversed(self.screen_stack)):
            if isinstance(screen, AppScreen) and screen.OWN_ACTION == action:
                for _ in range(depth):
                    self.pop_screen()
                return True
        return False

    def action_concepts(self) -> None:
        self.open_location(ConceptsPage())

    def action_interview(self) -> None:
        """The interview set-up, prefilled from what the current screen shows (a concept, a topic, a search)."""
        from .screens.base import AppScreen

        if not self.ready:
            self.notify("Still building the concept graph…", markup=False)
            return
        screen = self.screen
        self.practise(screen.practice_plan() if isinstance(screen, AppScreen) else None)

    def practise(self, plan: InterviewPlan | None = None) -> None:
        """Open the interview set-up (once: an open one comes to the top), prefilled with ``plan``.

        It opens over the screen the user is on, a page too: Escape returns there, as from History and Stats.
        """
        from .screens.interview_setup import InterviewSetupScreen

        if not self.ready:
            return
        self._reach("interview")
        if isinstance(self.screen, InterviewSetupScreen):
            self.pop_screen()
        self.push_screen(InterviewSetupScreen(plan))

    def action_history(self) -> None:
        from .screens.history import HistoryScreen

        if not self.ready:
            return
        if self._reach("history"):
            return
        self.push_screen(HistoryScreen())

    def action_stats(self) -> None:
        from .screens.stats import StatsScreen

        if not self.ready:
            self.notify("Still building the concept graph…", markup=False)
            return
        if self._reach("stats"):
            return
        self.push_screen(StatsScreen())

    def action_suspended(self) -> None:
        from .screens.suspended import SuspendedScreen

        if self.ready:
            self.push_screen(SuspendedScreen())

    def action_help(self) -> None:
        from .runtime.keymap import KEYMAP_FILE
        from .screens.base import AppScreen, prose_key
        from .screens.help import HelpScreen, help_sections

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        if isinstance(screen, AppScreen) and not screen.lookup_allowed("help"):
            return
        keymap = self.keymap.keys if self.keymap is not None else {}
        name = " — ".join(filter(None, [screen.title, screen.sub_title]))
        self.push_screen(HelpScreen(help_sections(screen, self, keymap), name,
                                    str(self.data_path / KEYMAP_FILE), prose_key(self.COMMAND_PALETTE_BINDING)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's palette commands, with our help standing in for "Keys" (its side panel ignored Escape and
        left out the app's own keys), and a screenshot that goes to the data dir's exports folder and says where."""
        for command in super().get_system_commands(screen):
            if command.title in ("Keys", "Maximize", "Minimize"):  # maximizing the focused box: no use here
                continue
            if command.title == "Screenshot":
                # After a moment: the palette is gone from the picture.
                command = SystemCommand(command.title, "Save an SVG picture of this screen in the data dir's exports folder",
                                        lambda: self.set_timer(0.1, self.save_screen_picture), command.discover)
            yield command

    def save_screen_picture(self) -> Path | None:
        """Write an SVG of the screen to the data dir's exports folder; say where, or why not, in one line."""
        from llmtui.content.atomic import write_text_atomic

        folder, stamp = self.data_path / "exports", time.strftime("%Y%m%d-%H%M%S")
        path, n = folder / f"screenshot-{stamp}.svg", 1
        while path.exists():  # two in one second: neither replaces the other
            n += 1
            path = folder / f"screenshot-{stamp}-{n}.svg"
        try:
            write_text_atomic(path, self.export_screenshot())  # private, as exports are: it may show your answers
        except OSError as exc:
            self.notify(f"The screenshot was not saved: {path.parent} is not writable ({exc.strerror or exc}).",
                        severity="error", markup=False, timeout=10)
            return None
        self.notify(f"Screenshot saved: {path}", markup=False, timeout=10)
        return path

    def action_command_palette(self) -> None:
        """The palette opens questions and answers: mid-answer it pauses the clock, or is refused (strict)."""
        from .commands import LlmCommands
        from .screens.base import AppScreen
        from .screens.confirm import ConfirmModal
        from .screens.palette import Palette
        from .widgets.text import safe

        if isinstance(self.screen, Palette | ConfirmModal):
            return  # a yes/no question is answered first: over "Leave this interview?" a look would cost no time
        # A dialog over an interview: the interview is asked, as its clock is the one that runs.
        owner = next((s for s in reversed(self.screen_stack) if isinstance(s, AppScreen)), None)
        if owner is not None and not owner.lookup_allowed("palette"):
            return
        if self.use_command_palette:
            over = " — ".join(filter(None, [self.screen.title, self.screen.sub_title]))
            self.push_screen(Palette(LlmCommands(self, self.screen), over=safe(over)))

    def search_themes(self) -> None:
        """The palette's Theme command: the themes in the same palette, the one in use highlighted."""
        from .commands import ThemeCommands
        from .screens.palette import Palette

        self.push_screen(Palette(ThemeCommands(self)))

    # -- tiny terminals ------------------------------------------------------
    def on_resize(self, event: events.Resize) -> None:
        self.check_size(event.size)

    def check_size(self, size: Size | None = None) -> None:
        """Swap in a plain notice while the terminal is too small (over any screen but the yes/no dialog, which
        fits); swap it out when it grows.

        An interview's clock waits meanwhile, as it does for a lookup: no one can answer what they cannot see.
        """
        from .screens.base import AppScreen
        from .screens.confirm import ConfirmModal
        from .screens.too_small import TooSmallScreen

        width, height = size or self.size
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        # The yes/no dialog fits any terminal: it stays, and the notice comes once it is answered.
        if small and not isinstance(self.screen, TooSmallScreen | ConfirmModal):
            if isinstance(self.screen, AppScreen):
                self.screen.lookup_allowed("too-small")
            self.push_screen(TooSmallScreen())
        elif not small and isinstance(self.screen, TooSmallScreen):
            self.pop_screen()


def run(content: Sequence[str | Path] = (), data_dir: str | Path | None = None,
        interview: InterviewPlan | None = None, judge: JudgeConfig | None = None) -> int:
    """Run the app in this terminal; returns the exit code (128 + n after signal n)."""
    import sys

    from .runtime.executor import DaemonThreadExecutor
    from .runtime.signals import SignalExit, TerminalState

    app = LlmTuiApp(content, data_dir, interview=interview, judge=judge, collect_when_idle=True)
    loop = asyncio.new_event_loop()
    # Thread workers (the loader above all) run on daemon threads: quitting
    # mid-load must not wait for the load to end.
    loop.set_default_executor(DaemonThreadExecutor())

    def last_words() -> None:
        if app.active_interview is not None:
            write_rescue(app.active_interview, app.data_path, "llmtui was stopped before it could save it")

    # Before any thread starts: every later thread inherits the blocked signals.
    SignalExit(lambda code: loop.call_soon_threadsafe(app.exit_on_signal, code), last_words,
               TerminalState(sys.__stdin__.fileno() if sys.__stdin__ else 0)).start()
    try:
        app.run(loop=loop)
    finally:
        loop.close()
        if app.active_interview is not None:
            rescue_draft(app.active_interview, app.data_path)
    return app.return_code or 0


def rescue_draft(run: InterviewRun, data: Path) -> None:
    """The last chance for typed text history could not take (disk full, locked): save it, else a file, else stderr.

    Runs after the terminal is restored, whatever ended the app.
    """
    from .practice.store import StoreError

    try:
        run.save_draft()
    except StoreError as exc:
        write_rescue(run, data, f"history could not take it: {exc.reason}")


def write_rescue(run: InterviewRun, data: Path, reason: str) -> None:
    """Write the text history does not hold to a new private file (the data dir, else the temp dir) and say where.

    No database here: this also runs from the signal thread when the app is stuck.
    """
    import os
    import sys
    import tempfile

    text = run.unsaved
    if text is None:
        return
    name = f"unsaved-answer-{run.session_id}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.txt"
    for folder in (data, Path(tempfile.gettempdir())):
        try:
            fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except OSError:
            continue
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(folder / name)  # ours, made just now: a partial copy is no copy
            continue
        with contextlib.suppress(OSError, ValueError):
            print(f"llmtui: your answer was not saved to history ({reason}); it is in {folder / name}", file=sys.stderr)
        return
    with contextlib.suppress(OSError, ValueError):
        print(f"llmtui: your answer was not saved anywhere ({reason}); here it is:\n{text}", file=sys.stderr)
