"""Answering under time: countdown, answer box, feedback with coverage, self-grade 1-4."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Footer, Label, OptionList, Static, TextArea

from tui.interview import InterviewPlan, InterviewSession, format_clock
from tui.messages import Navigate
from tui.navigation import Location
from tui.planner import score
from tui.scheduling import GRADES, describe_due
from tui.text import join, plain
from tui.widgets.answer import AnswerView
from tui.widgets.results import ResultList, concept_option, option_target

LOW_TIME = 30.0  # seconds
DRAFT_EVERY = 3.0  # seconds


class ConfirmLeave(ModalScreen[bool]):
    BINDINGS = [Binding("y", "yes", "Leave"), Binding("n,escape", "no", "Stay")]

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static("Leave this interview? Your answers so far are saved; you can resume it later.", markup=False)
            with Horizontal():
                yield Button("Leave (y)", id="yes", variant="error")
                yield Button("Stay (n)", id="no", variant="primary")

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)


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

    phase: reactive[str] = reactive("answering")  # answering | feedback

    def __init__(self, plan: InterviewPlan, question_ids: list[str], *, session_id: int | None = None,
                 answered: int = 0) -> None:
        super().__init__()
        self.plan = plan
        self.session = InterviewSession(question_ids, plan, clock=self.app.clock)
        self.session.index = answered
        store = self.app.store
        self.session_id = session_id if session_id is not None else store.start_session(
            {"questions": plan.questions, "minutes": plan.minutes, "topic": plan.topic, "concept": plan.concept,
             "mode": plan.mode, "seed": plan.seed, "strict": plan.strict}, question_ids)
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

    def on_mount(self) -> None:
        self._ticker = self.set_interval(0.25, self._tick, pause=False)
        self.set_interval(DRAFT_EVERY, self._save_draft)
        self._show_question()

    # -- phases --------------------------------------------------------------
    def _show_question(self) -> None:
        if self.session.finished:
            self._finish()
            return
        kb = self.app.kb
        question = kb.question(self.session.current.question_id)
        self.query_one("#interview-question", Static).update(plain(f"Q{question.number}: {question.title}"))
        box = self.query_one("#answer-box", TextArea)
        box.text = self.app.store.draft(self.session_id, self.session.index)
        self._last_draft = box.text
        box.read_only = False
        box.focus()
        self.phase = "answering"
        self.session.start_question()
        self._tick()

    def watch_phase(self, phase: str) -> None:
        self.set_class(phase == "feedback", "-feedback")
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "grade":
            return self.phase == "feedback"
        if action in ("submit", "skip", "pause"):
            return self.phase == "answering"
        return True

    def _tick(self) -> None:
        timer = self.session.timer
        clock = self.query_one("#clock", Static)
        self.query_one("#progress", Static).update(f"Question {self.session.progress}")
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
            if self.plan.strict:
                self.action_submit()
            else:
                self.notify("Time is up: finish your sentence, then ctrl+s. Overtime is recorded.",
                            severity="warning", markup=False)

    def _save_draft(self) -> None:
        if self.phase != "answering" or self.session.finished:
            return
        text = self.query_one("#answer-box", TextArea).text
        if text != self._last_draft:
            self.app.store.save_draft(self.session_id, self.session.index, text)
            self._last_draft = text

    def action_pause(self) -> None:
        timer = self.session.timer
        if timer.paused:
            timer.resume()
            self.query_one("#answer-box", TextArea).read_only = False
        else:
            timer.pause()
            self.query_one("#answer-box", TextArea).read_only = True
        self._tick()

    def action_skip(self) -> None:
        self._submit(skipped=True)

    def action_submit(self) -> None:
        self._submit(skipped=False)

    def _submit(self, *, skipped: bool) -> None:
        if self.phase != "answering":
            return
        kb = self.app.kb
        text = self.query_one("#answer-box", TextArea).text
        record = self.session.submit(text, skipped=skipped)
        coverage = score(kb, record.question_id, "" if skipped else text)
        record.coverage = coverage.score
        record.covered, record.missed = list(coverage.covered), list(coverage.missed)
        question = kb.question(record.question_id)
        self.app.store.record_answer(self.session_id, self.session.index, record, question.title)
        self.query_one("#answer-box", TextArea).read_only = True
        verdict = "Skipped" if skipped else f"Coverage {coverage.percent}%"
        self.query_one("#coverage", Static).update(
            f"{verdict} · {len(coverage.covered)} of {len(coverage.covered) + len(coverage.missed)} key concepts"
            f" · {format_clock(record.seconds)} used" + (f" (+{format_clock(record.overtime)} over)" if record.overtime else ""))
        self.query_one("#reference-answer", AnswerView).show(question.answer)
        missed = self.query_one("#missed", ResultList)
        missed.set_options([concept_option(name, "missed") for name in coverage.missed])
        covered_text = ", ".join(coverage.covered) or "none"
        self.query_one("#covered", Static).update(join("Covered ✓ ", plain(covered_text)))
        self.phase = "feedback"
        self.set_focus(None)

    def action_grade(self, grade: int) -> None:
        if self.phase != "feedback":
            return
        record = self.session.current
        record.grade = grade
        due = self.app.store.grade(self.session_id, self.session.index, record.question_id, grade)
        self.notify(f"{GRADES[grade]}: next review {describe_due(due)}", markup=False, timeout=3)
        self.session.advance()
        self._show_question()

    @on(OptionList.OptionSelected, "#missed")
    def open_missed(self, event: OptionList.OptionSelected) -> None:
        name = option_target(event.option.id)[1]
        self.post_message(Navigate(Location("concept", name, name)))

    def _finish(self) -> None:
        from tui.screens.summary import SummaryScreen

        self.app.store.finish_session(self.session_id)
        self.app.switch_screen(SummaryScreen(self.session_id))

    def action_leave(self) -> None:
        def leave(confirmed: bool | None) -> None:
            if confirmed:
                self._save_draft()
                self.app.store.interrupt_session(self.session_id)
                self.app.pop_screen()

        self.app.push_screen(ConfirmLeave(), leave)
