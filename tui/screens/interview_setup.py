"""Choosing an interview: how many questions, how long, which topic, concept and mode."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Header, Input, Label, Select

from ..practice.engine import MODES, EmptyDraw, InterviewPlan, valid_minutes
from ..practice.errors import StoreError
from ..practice.planner import plan_questions
from ..widgets.keybar import KeyBar

MODE_LABELS = {"random": "Random", "due": "Due for review", "weak": "My weak concepts",
               "cram": "Cram (practice only: the schedule is left alone)",
               "plan": "Date plan: today's share, as many as the plan says (llmtui plan --date)"}


class InterviewSetupScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Cancel", id="cancel-setup", tooltip="Back without starting"),
        Binding("ctrl+s", "start", "Start", id="start", tooltip="Start the interview"),
    ]

    def compose(self) -> ComposeResult:
        kb = self.app.kb
        topics = [(t, t) for t, _ in kb.bank.topics()]
        yield Header()
        with VerticalScroll(id="setup"):
            yield Label("Questions")
            yield Input("5", id="count", type="integer")
            yield Label("Minutes per question")
            yield Input("3", id="minutes", type="number")
            yield Label("Topic")
            yield Select(topics, prompt="Any topic", id="topic")
            yield Label("Concept (draws from it and its neighbours; blank for any)")
            yield Input("", id="concept", placeholder="e.g. kv cache")
            yield Label("Mode")
            yield Select([(MODE_LABELS[mode], mode) for mode in MODES], value="random", allow_blank=False, id="mode")
            yield Label("Seed (blank for a new draw each time)")
            yield Input("", id="seed", type="integer")
            yield Checkbox("Strict: submit when time runs out", id="strict")
            with Horizontal(id="setup-buttons"):
                yield Button("Start (ctrl+s)", id="start-button", variant="primary")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#count", Input).focus()
        # Reviews first, as in Anki: with any due, the set-up starts on them.
        if self.app.store is not None and self.app.store.due():
            self.query_one("#mode", Select).value = "due"

    def _plan(self) -> InterviewPlan:
        def number(widget_id: str, default: float) -> float:
            text = self.query_one(f"#{widget_id}", Input).value.strip()
            return float(text) if text else default

        select = self.query_one("#topic", Select)
        topic = None if select.is_blank() else str(select.value)
        seed_text = self.query_one("#seed", Input).value.strip()
        mode = str(self.query_one("#mode", Select).value)
        settings = self.app.settings
        if mode == "plan" and topic is None:
            topic = settings.plan_topic
        return InterviewPlan(
            questions=max(1, int(number("count", 5))),
            minutes=valid_minutes(max(0.25, number("minutes", 3))),
            topic=topic,
            concept=self.query_one("#concept", Input).value.strip() or None,
            mode=mode,
            seed=int(seed_text) if seed_text else None,
            strict=self.query_one("#strict", Checkbox).value,
            until=settings.interview_date if mode == "plan" else None,
        )

    @on(Button.Pressed, "#start-button")
    def action_start(self) -> None:
        from llmtui.graph.queries import UnknownConcept

        from ..practice.runner import InterviewRun
        from .interview import InterviewScreen

        try:
            plan = self._plan()
            ids = plan_questions(self.app.kb, plan, self.app.store, retention=self.app.settings.desired_retention)
            run = InterviewRun.start(self.app.kb, self.app.store, plan, ids, self.app.clock,
                                     self.app.settings.desired_retention)
        except (EmptyDraw, UnknownConcept, ValueError) as exc:
            self.notify(str(exc.args[0] if exc.args else exc), severity="warning", markup=False)
            return
        except StoreError as exc:
            self.notify(f"The interview could not start: {exc.reason}. Try again in a moment.", severity="error",
                        markup=False)
            return
        self.app.switch_screen(InterviewScreen(run))
