"""Answering under time: countdown, answer box, feedback with coverage, self-grade 1-4."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Label, Static, TextArea

from ..practice.engine import format_clock
from ..practice.runner import InterviewRun, Submitted
from ..practice.scheduling import GRADES, describe_due
from ..widgets.answer import AnswerView
from ..widgets.results import ResultList, concept_option
from ..widgets.text import join, plain
from .confirm import ConfirmModal

LOW_TIME = 30.0  # seconds
DRAFT_EVERY = 3.0  # seconds


class InterviewScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+s", "submit", "Submit", id="submit", tooltip="Submit the answer"),
        Binding("ctrl+n", "skip", "Skip", id="skip", tooltip="Skip this question (recorded)"),
        Binding("ctrl+t", "pause", "Pause", id="pause", tooltip="Pause or resume the clock"),
        Binding("escape", "leave", "Leave", id="leave", tooltip="Leave; the interview can be resumed"),
        Binding("1", "grade(1)", "Again", id="grade-1"),
        Binding("2", "grade(2)", "Hard", id="grade-2"),
        Binding("3", "grade(3)", "Good", id="grade-3"),
        Binding("4", "grade(4)", "Easy", id="grade-4"),
    ]

    phase: reactive[str] = reactive("answering", bindings=True)  # answering | feedback

    def __init__(self, run: InterviewRun) -> None:
        super().__init__()
        self.run = run
        self._last_draft = ""

    def compose(self) -> ComposeResult:
        with Horizontal(id="interview-bar"):
            yield Static("", id="progress", markup=False)
            yield Static("", id="clock", markup=False)
        yield Static("", id="interview-question")
        yield TextArea(id="answer-box", soft_wrap=True, show_line_numbers=False, tab_behavior="indent")
        with Horizontal(id="feedback"):
            with VerticalScroll(id="reference"):
                yield Static("", id="coverage", markup=False)
                yield AnswerView(id="reference-answer")
            with Vertical(id="feedback-side"):
                yield Label("Missed concepts (Enter opens)")
                yield ResultList(id="missed")
                yield Static("", id="covered", markup=False)
                yield Static("Grade yourself: 1 Again · 2 Hard · 3 Good · 4 Easy", id="grade-hint", markup=False)
        yield Footer()

    @property
    def answer_box(self) -> TextArea:
        return self.query_one("#answer-box", TextArea)

    def on_mount(self) -> None:
        self.set_interval(0.25, self.tick)
        self.set_interval(DRAFT_EVERY, self.save_draft)
        self._show_question()

    # -- phases --------------------------------------------------------------
    def _show_question(self) -> None:
        if self.run.finished:
            self._finish()
            return
        question = self.run.question
        self.query_one("#interview-question", Static).update(plain(f"Q{question.number}: {question.title}"))
        box = self.answer_box
        box.text = self._last_draft = self.run.begin_question()
        box.read_only = False
        box.focus()
        self.phase = "answering"
        self.tick()

    def watch_phase(self, phase: str) -> None:
        self.set_class(phase == "feedback", "-feedback")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "grade":
            return self.phase == "feedback"
        if action in ("submit", "skip", "pause"):
            return self.phase == "answering"
        return True

    def tick(self) -> None:
        """Redraw the clock; on expiry, warn (or submit, in strict mode) exactly once."""
        timer = self.run.session.timer
        clock = self.query_one("#clock", Static)
        self.query_one("#progress", Static).update(f"Question {self.run.session.progress}")
        if self.phase != "answering":
            return
        if timer.paused:
            text = f"PAUSED {format_clock(timer.remaining)} (ctrl+t resumes)"
        elif timer.expired:
            text = f"TIME UP +{format_clock(timer.overtime)} over"
        else:
            text = f"{'LOW TIME ' if timer.remaining <= LOW_TIME else ''}{format_clock(timer.remaining)} left"
        clock.update(text)
        clock.set_class(timer.remaining <= LOW_TIME, "-low")
        if timer.poll_expired():
            if self.run.plan.strict:
                self.action_submit()
            else:
                self.notify("Time is up: finish your sentence, then ctrl+s. Overtime is recorded.",
                            severity="warning", markup=False)

    def save_draft(self) -> None:
        if self.phase != "answering" or self.run.finished:
            return
        text = self.answer_box.text
        if text != self._last_draft:
            self.run.save_draft(text)
            self._last_draft = text

    def action_pause(self) -> None:
        timer = self.run.session.timer
        if timer.paused:
            timer.resume()
        else:
            timer.pause()
        self.answer_box.read_only = timer.paused
        self.tick()

    def action_skip(self) -> None:
        self._submit(skipped=True)

    def action_submit(self) -> None:
        self._submit(skipped=False)

    def _submit(self, *, skipped: bool) -> None:
        if self.phase != "answering":
            return
        self.show_feedback(self.run.submit(self.answer_box.text, skipped=skipped))

    def show_feedback(self, submitted: Submitted) -> None:
        record, coverage = submitted.record, submitted.coverage
        self.answer_box.read_only = True
        verdict = "Skipped" if record.skipped else f"Coverage {coverage.percent}%"
        self.query_one("#coverage", Static).update(
            f"{verdict} · {len(coverage.covered)} of {len(coverage.covered) + len(coverage.missed)} key concepts"
            f" · {format_clock(record.seconds)} used" + (f" (+{format_clock(record.overtime)} over)" if record.overtime else ""))
        self.query_one("#reference-answer", AnswerView).show(submitted.question.answer)
        self.query_one("#missed", ResultList).set_options([concept_option(name, "missed") for name in coverage.missed])
        self.query_one("#covered", Static).update(join("Covered ✓ ", plain(", ".join(coverage.covered) or "none")))
        self.phase = "feedback"
        self.set_focus(None)

    def action_grade(self, grade: int) -> None:
        if self.phase != "feedback":
            return
        due = self.run.grade(grade)
        self.notify(f"{GRADES[grade]}: next review {describe_due(due)}", markup=False, timeout=3)
        self._show_question()

    def _finish(self) -> None:
        from .summary import SummaryScreen

        self.run.finish()
        self.app.switch_screen(SummaryScreen(self.run.session_id))

    def action_leave(self) -> None:
        def leave(confirmed: bool | None) -> None:
            if confirmed:
                self.run.leave(self.answer_box.text)
                self.app.pop_screen()

        self.app.push_screen(ConfirmModal("Leave this interview? Your answers so far are saved; you can resume it later.",
                                          yes="Leave", no="Stay", yes_is_safe=False), leave)
