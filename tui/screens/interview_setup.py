"""Setting up a mock interview: how many questions, how long, drawn from what; Enter in a field starts it."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Button, Checkbox, Header, Input, Label, Select, Static

from ..practice.engine import MODES, EmptyDraw, InterviewPlan, valid_minutes
from ..practice.errors import StoreError
from ..widgets.keybar import KeyBar
from ..widgets.text import plain, safe
from ..wording import plural, sentence
from .base import AppScreen

if TYPE_CHECKING:
    from llmtui.graph.knowledge import KnowledgeBase

    from ..practice.planner import StatsKeys
    from ..practice.store import HistoryStore, HistoryVersion
    from ..runtime.settings import Settings

MODE_LABELS = {"random": "Random", "due": "Due for review", "weak": "My weak concepts",
               "cram": "Cram (practice only: the schedule is left alone)",
               "plan": "Date plan: today's share of your interview-date plan (set it on Stats, d)"}


@dataclass(frozen=True, slots=True)
class DrawCount:
    """What a plan would draw: how many questions fit it, how many of those are due, how many it asks."""

    available: int = 0
    due: int = 0
    asks: int = 0
    problem: str = ""  # why the plan draws nothing, said for the app
    held: int = 0  # questions that fit but are suspended or buried
    twins: int = 0  # near-duplicates left out
    near_concept: str | None = None  # the nearest concept to a concept name that names none

    def text(self) -> str:
        """The set-up's count line; what the draw leaves out is said, so the numbers add up.

        >>> DrawCount(113, 2, 5, held=1, twins=1).text()
        '113 questions fit (1 suspended or buried, 1 near-duplicate left out) · 2 of them due for review · this interview asks 5'
        """
        if self.problem and not (self.available or self.due or self.held):
            return f"⚠ {self.problem}"  # nothing to count: the plan itself is wrong (a number, a topic, a search)
        out = [f"{self.held} suspended or buried"] if self.held else []
        out += [f"{plural(self.twins, 'near-duplicate')} left out"] if self.twins else []
        fit = plural(self.available, "question") + " fit" + (f" ({', '.join(out)})" if out else "")
        text = " · ".join([fit, f"{self.due} of them due for review",
                           *([f"this interview asks {self.asks}"] if not self.problem else [])])
        return text + (f"\n⚠ {self.problem}" if self.problem else "")


@dataclass(frozen=True, slots=True)
class SetupCount:
    """A plan's count, read off the UI thread, with what it depends on besides the plan: the app keeps the count
    of the plan a set-up from home opens on, shown at once by the next such set-up while it is still true."""

    plan: InterviewPlan
    count: DrawCount
    retention: float
    keys: StatsKeys
    reviews_due: bool  # any review due when counted: a set-up from home then opens on them
    changes: HistoryVersion | None  # where the history stood when counted (None: no history)
    # When a review falls due or a burial ends after the count (None: never): from then the count may be stale.
    due_changes_at: str | None = None

    def current(self, retention: float, keys: StatsKeys, changes: HistoryVersion | None, now: datetime) -> bool:
        """Whether this count still says what its plan draws at ``now``, the history having made ``changes``."""
        return ((retention, keys, changes) == (self.retention, self.keys, self.changes)
                and (self.due_changes_at is None or now.isoformat() < self.due_changes_at))


@dataclass
class DrawCounted(Message):
    counted: SetupCount


def explain(exc: EmptyDraw) -> str:
    """Why nothing can be drawn, in the set-up screen's terms (a field to change, not a flag).

    >>> explain(EmptyDraw("no reviews are due yet: grade some answers first", fallback_mode="random"))
    'No reviews are due yet: grade some answers first; or choose Mode: Random.'
    """
    fallback = f"; or choose Mode: {MODE_LABELS[exc.fallback_mode]}" if exc.fallback_mode else ""
    return sentence(f"{exc}{fallback}")


def strict_label(on: bool) -> str:
    """The Strict box's words, which say whether it is on: its mark looks alike both ways without colour.

    >>> strict_label(True)
    'On: submits when time runs out; no lookups'
    """
    return "On: submits when time runs out; no lookups" if on else "Off: time up only warns; lookups allowed"


def count_draw(kb: KnowledgeBase, store: HistoryStore | None, plan: InterviewPlan, retention: float,
               keys: StatsKeys, now: datetime | None = None) -> DrawCount:
    """The counts the set-up shows (off the UI thread: a concept or a search over a big bank takes a moment);
    ``keys`` are the keys an empty draw names."""
    from llmtui.graph.queries import UnknownConcept

    from ..practice.planner import draw_plan

    try:
        draw = draw_plan(kb, plan, store, now, retention=retention, keys=keys)  # the same draw the interview makes
    except EmptyDraw as exc:
        return DrawCount(problem=explain(exc))
    except UnknownConcept as exc:
        return DrawCount(problem=sentence(exc.args[0]), near_concept=next(iter(exc.suggestions), None))
    return DrawCount(draw.available, draw.due, len(draw.ids), explain(draw.problem) if draw.problem else "",
                     draw.held, draw.twins)


def read_count(kb: KnowledgeBase, store: HistoryStore | None, plan: InterviewPlan, retention: float,
               keys: StatsKeys, now: datetime) -> SetupCount:
    """:func:`count_draw` with what makes it stale (SQL: off the UI thread, by the screen's worker or the app's
    read-ahead)."""
    if store is None:
        return SetupCount(plan, count_draw(kb, store, plan, retention, keys, now), retention, keys, False, None)
    changes = store.changes  # before counting: a write meanwhile makes it stale, never the other way round
    count = count_draw(kb, store, plan, retention, keys, now)
    return SetupCount(plan, count, retention, keys, bool(store.due(now)), changes, store.next_due_change(now))


def opening_plan(prefill: InterviewPlan, settings: Settings, reviews_due: bool) -> InterviewPlan:
    """The plan a set-up opens on: ``prefill`` with the questions and minutes last started, and reviews first,
    as in Anki: with any due, a set-up not opened on something else starts on them.

    >>> from llmtui.tui.runtime.settings import Settings
    >>> opening_plan(InterviewPlan(), Settings(interview_questions=7), reviews_due=True).mode
    'due'
    """
    plan = replace(prefill, questions=settings.interview_questions, minutes=settings.interview_minutes)
    return replace(plan, mode="due") if reviews_due and prefill == InterviewPlan() else plan


def read_opening_count(kb: KnowledgeBase, store: HistoryStore | None, settings: Settings, keys: StatsKeys,
                       now: datetime) -> SetupCount:
    """The count a set-up opened from home shows (read ahead by the app: the set-up then opens with it)."""
    plan = opening_plan(InterviewPlan(), settings, bool(store is not None and store.due(now)))
    return read_count(kb, store, plan, settings.desired_retention, keys, now)


class ConceptInput(Input):
    """The concept field: → completes a concept name as typed, or, at the end of a name that names none, takes
    the concept the count line suggests ("flsh att" → FlashAttention)."""

    near: str | None = None

    def action_cursor_right(self, select: bool = False) -> None:
        before = (self.value, self.cursor_position)
        super().action_cursor_right(select)
        if (self.value, self.cursor_position) == before and self.cursor_at_end and self.near and not select:
            self.value = self.near
            self.cursor_position = len(self.value)


class InterviewSetupScreen(AppScreen):
    TITLE = "Mock interview"
    OWN_ACTION = "interview"
    BINDINGS = [  # Start first: the key bar keeps the keys declared first when it is narrow
        Binding("ctrl+s", "start", "Start", id="start", tooltip="Start the interview (Enter in a field does too)"),
        Binding("escape", "app.pop_screen", "Cancel", id="cancel-setup", tooltip="Back without starting"),
    ]

    def __init__(self, prefill: InterviewPlan | None = None) -> None:
        """``prefill``: what the screen it opens from shows (a concept, a topic, a search); the questions and
        minutes are the ones the user last started an interview with (kept in the settings)."""
        super().__init__()
        self.prefill = prefill or InterviewPlan()
        self.counting: InterviewPlan | None = None  # the plan whose count is shown or on its way

    def compose(self) -> ComposeResult:
        kb = self.app.kb
        settings = self.app.settings
        plan = opening_plan(self.prefill, settings, reviews_due=False)  # reviews first: see on_mount
        topics = [(plain(t), t) for t, _ in kb.bank.topics()]  # a pack's names: a str prompt is parsed as markup
        concept_names = [*kb.glossary.concepts, *(a for c in kb.glossary.concepts.values() for a in c.aliases)]
        yield Header()
        with Vertical(id="setup"):
            yield Static("", id="setup-heading", markup=False)
            with Horizontal(classes="setup-row"):
                yield Label("Questions", classes="setup-label")
                yield Input(str(plan.questions), id="count", type="integer", compact=True)
            with Horizontal(classes="setup-row"):
                yield Label("Minutes per question", classes="setup-label")
                yield Input(f"{plan.minutes:g}", id="minutes", type="number", compact=True)
            with Horizontal(classes="setup-row"):
                yield Label("Topic", classes="setup-label")
                yield Select(topics, prompt="Any topic", id="topic", compact=True,
                             value=plan.topic if plan.topic in dict(kb.bank.topics()) else Select.NULL)
            with Horizontal(classes="setup-row"):
                yield Label("Concept (and neighbours)", classes="setup-label")
                yield ConceptInput(plan.concept or "", id="concept", placeholder="any; → completes",
                            suggester=SuggestFromList(concept_names, case_sensitive=False), compact=True)
            with Horizontal(classes="setup-row"):
                yield Label("Search", classes="setup-label")
                yield Input(plan.query or "", id="search", placeholder="questions a search finds", compact=True)
            with Horizontal(classes="setup-row"):
                yield Label("Mode", classes="setup-label")
                yield Select([(MODE_LABELS[mode], mode) for mode in MODES], value=plan.mode, allow_blank=False,
                             id="mode", compact=True)
            with Horizontal(classes="setup-row"):
                yield Label("Seed", classes="setup-label")
                yield Input("" if plan.seed is None else str(plan.seed), id="seed", type="integer",
                            placeholder="blank: a new draw each time", compact=True)
            with Horizontal(classes="setup-row"):
                yield Label("Strict", classes="setup-label")
                yield Checkbox(strict_label(plan.strict), plan.strict, id="strict", compact=True)
            yield Static("", id="setup-counts", markup=False)
            with Horizontal(id="setup-buttons"):
                yield Button("Start", id="start-button", variant="primary", compact=True)
                yield Static("", id="setup-hint", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#count", Input).focus()
        self.query_one("#setup-heading", Static).update(self._heading())
        self.query_one("#setup-hint", Static).update(
            # Enter on a list (Topic, Mode) opens it, as a list does everywhere: the start key is said first.
            # (→ completing a concept is said in the Concept field's placeholder.)
            f"  {self.key_for('start')} starts, or Enter in a field · {self.key_for('cancel-setup')} cancels")
        app = self.app
        keys, retention = app.stats_keys(), app.settings.desired_retention
        # Counted ahead by the app and still true: the count shows with the screen's first frame, not a frame later.
        ahead = app.setup_ahead
        changes = app.store.changes if app.store is not None else None
        if (ahead is not None and self.prefill == InterviewPlan()
                and ahead.plan == opening_plan(self.prefill, app.settings, ahead.reviews_due)
                and ahead.current(retention, keys, changes, app.wall_clock())):
            self.query_one("#mode", Select).value = ahead.plan.mode
            self.counting = ahead.plan
            self.show_counted(ahead)
            return
        # Reviews first, as in Anki: with any due, the set-up starts on them (unless asked for something else).
        if self.prefill == InterviewPlan() and app.store is not None and app.store.due(app.wall_clock()):
            self.query_one("#mode", Select).value = "due"
        self.recount()

    def _heading(self, plan: InterviewPlan | None = None) -> str:
        from llmtui.graph.queries import UnknownConcept

        plan = self.prefill if plan is None else plan
        if plan.concept:
            try:
                concept = self.app.kb.resolve_concept(plan.concept)  # "lora" is LoRA
            except UnknownConcept:
                concept = plan.concept
            return f"Practise {safe(concept)} and its neighbours: timed questions, scored and scheduled."
        if plan.topic:
            return f"Practise the topic {safe(plan.topic)}: timed questions, scored and scheduled."
        if plan.query:
            return f"Practise what the search {safe(plan.query)!r} finds: timed questions, scored and scheduled."
        return "Timed questions, scored and scheduled for review."

    def _plan(self) -> InterviewPlan:
        def number(widget_id: str, default: float) -> float:
            text = self.query_one(f"#{widget_id}", Input).value.strip()
            try:
                value = float(text) if text else default
            except ValueError:
                value = math.nan
            if not math.isfinite(value):  # "inf" and "nan" parse, then no count or seed can be made of them
                raise ValueError("Questions, minutes and seed take numbers.")
            return value

        select = self.query_one("#topic", Select)
        topic = None if select.is_blank() else str(select.value)
        seed = number("seed", -1)
        mode = str(self.query_one("#mode", Select).value)
        settings = self.app.settings
        if mode == "plan" and topic is None:
            topic = settings.plan_topic
        count = number("count", 5)
        if count < 1:
            raise ValueError("Questions must be at least 1.")  # as the CLI's --questions refuses it
        try:
            minutes = valid_minutes(number("minutes", 3))
        except ValueError as exc:
            raise ValueError(sentence(str(exc))) from None
        return InterviewPlan(
            questions=int(count),
            minutes=minutes,
            topic=topic,
            concept=self.query_one("#concept", Input).value.strip() or None,
            mode=mode,
            seed=int(seed) if self.query_one("#seed", Input).value.strip() else None,
            strict=self.query_one("#strict", Checkbox).value,
            until=settings.interview_date if mode == "plan" else None,
            query=self.query_one("#search", Input).value.strip() or None,
        )

    # -- counts as the choices change -----------------------------------------
    @on(Input.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    def recount(self) -> None:
        try:
            plan = self._plan()
        except ValueError as exc:
            self.counting = None
            self._show_count(DrawCount(problem=str(exc)))
            return
        if plan == self.counting:
            return  # counted or being counted (the fields report their first values as changes, after on_mount)
        self.counting = plan
        self.count_in_background(plan, self.app.settings.desired_retention, self.app.stats_keys())

    @work(thread=True, exclusive=True, group="setup-count")
    def count_in_background(self, plan: InterviewPlan, retention: float, keys: StatsKeys) -> None:
        self.post_message(DrawCounted(read_count(self.app.kb, self.app.store, plan, retention, keys,
                                                 self.app.wall_clock())))

    def on_draw_counted(self, message: DrawCounted) -> None:
        counted = message.counted
        try:
            current = self._plan()
        except ValueError:
            return
        if counted.plan == current:
            self.show_counted(counted)
        # The plan a set-up from home opens on (not one chosen here by hand): the next one shows it at once.
        if self.prefill == InterviewPlan() and counted.plan == opening_plan(self.prefill, self.app.settings,
                                                                            counted.reviews_due):
            self.app.setup_ahead = counted

    def show_counted(self, counted: SetupCount) -> None:
        self._show_count(counted.count)
        # The heading says what is chosen now, once the choice draws something.
        heading = self._heading(counted.plan) if not counted.count.problem else self._heading(InterviewPlan())
        self.query_one("#setup-heading", Static).update(heading)

    @on(Checkbox.Changed, "#strict")
    def say_on_or_off(self, event: Checkbox.Changed) -> None:
        event.checkbox.label = strict_label(event.value)

    @on(Input.Changed, "#concept")
    def forget_the_suggestion(self) -> None:
        self.query_one("#concept", ConceptInput).near = None  # it was for what was typed before; the count says anew

    def _show_count(self, count: DrawCount) -> None:
        self.query_one("#concept", ConceptInput).near = count.near_concept
        counts = self.query_one("#setup-counts", Static)
        counts.update(count.text())
        counts.set_class(bool(count.problem), "-problem")

    # -- starting --------------------------------------------------------------
    @on(Input.Submitted)
    @on(Button.Pressed, "#start-button")
    def action_start(self) -> None:
        from llmtui.graph.queries import UnknownConcept

        from ..practice.planner import plan_questions
        from ..practice.runner import InterviewRun
        from .interview import InterviewScreen

        try:
            plan = self._plan()
            ids = plan_questions(self.app.kb, plan, self.app.store, retention=self.app.settings.desired_retention,
                                 keys=self.app.stats_keys())
            run = InterviewRun.start(self.app.kb, self.app.store, plan, ids, self.app.clock,
                                     self.app.settings.desired_retention)
        except EmptyDraw as exc:
            self.notify(explain(exc), severity="warning", markup=False)
            return
        except UnknownConcept as exc:
            self.notify(sentence(exc.args[0]), severity="warning", markup=False)
            return
        except ValueError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        except StoreError as exc:
            self.notify(f"The interview could not start: {exc.reason}. Try again in a moment.", severity="error",
                        markup=False)
            return
        self._remember_counts(plan)
        self.app.switch_screen(InterviewScreen(run))

    def _remember_counts(self, plan: InterviewPlan) -> None:
        """Keep the questions and minutes of an interview started, for the next set-up (written only when changed).
        A field left blank gave this interview the default, which the user did not choose: it is not kept."""
        settings = self.app.settings
        questions = plan.questions if self.query_one("#count", Input).value.strip() else settings.interview_questions
        minutes = plan.minutes if self.query_one("#minutes", Input).value.strip() else settings.interview_minutes
        if (settings.interview_questions, settings.interview_minutes) != (questions, minutes):
            settings.interview_questions, settings.interview_minutes = questions, minutes
            self.app.save_settings()
