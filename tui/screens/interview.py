"""Answering under time: countdown, answer box, feedback on the key points, self-grade 1-4.

A write history refuses (locked by another program, disk full) never loses
what was typed: the text stays on screen, one line says why, and the write is
tried again every second until it goes through. An optional local judge
works in a thread after the offline score; the clock and the keys never wait.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Static, TextArea

from ..practice.engine import format_clock
from ..practice.judge import Verdict
from ..practice.records import Graded, QuestionFlags, Undone
from ..practice.runner import InterviewRun, Submitted
from ..practice.scheduling import GRADES, describe_due, next_day_start
from ..practice.store import StoreError
from ..widgets.answer import AnswerView
from ..widgets.interview.feedback import FeedbackKeys, FeedbackView
from ..widgets.keybar import KeyBar
from ..widgets.text import plain, safe
from .base import AppScreen, prose_key
from .confirm import ConfirmModal

LOW_TIME = 30.0  # seconds
DRAFT_EVERY = 3.0  # seconds
RETRY_EVERY = 1.0  # seconds between tries of a write history refused
# The hidden feedback is built this long after a question shows: after the frames that show it (a grade's
# among them), long before anyone submits (an early submit builds what is missing itself).
PREPARE_AFTER = 0.5  # seconds


@dataclass
class Judged(Message):
    """The judge's verdict on a submitted answer (posted by the judging worker)."""

    submitted: Submitted
    verdict: Verdict


class ScoringReady(Message):
    """The rubrics are loaded (posted by the worker that loads them)."""


@dataclass
class HoldRead(Message):
    """Whether the question at ``position`` sits out of the draws, read at ``now`` (posted by the worker that reads it)."""

    position: int
    flags: QuestionFlags
    now: str
    request: int = 0  # which read this answers: a read still running when a later one starts answers late


def _reason(exc: Exception) -> str:
    """What went wrong with history, in a few words."""
    return exc.reason if isinstance(exc, StoreError) else f"history could not be read ({exc})"


def undid(undone: Undone) -> str:
    """What an undo says it took back, beside the interview's progress.

    >>> from llmtui.tui.practice.records import Undone
    >>> undid(Undone("q#1", 1, 0, 3, skipped=False, scheduled=True))
    'Undid Good: the review is back as it was'
    """
    return f"Undid {'the skip' if undone.skipped else GRADES[undone.grade]}: the review is back as it was"


class InterviewScreen(AppScreen):
    TITLE = "Interview"
    HOLDS_INTERVIEW = True
    BINDINGS = [
        Binding("ctrl+s", "submit", "Submit", id="submit", tooltip="Submit the answer"),
        Binding("ctrl+n", "skip", "Skip", id="skip", tooltip="Skip this question (recorded)"),
        Binding("ctrl+t", "pause", "Pause", id="pause", tooltip="Pause or resume the clock"),
        # One footer entry for the four grades ("1-4 Grade"): the feedback names them, and 80 columns are shared.
        Binding("1", "grade(1)", "Grade", id="grade-1", tooltip="Grade 1: Again (2 Hard, 3 Good, 4 Easy)",
                key_display="1-4"),
        Binding("2", "grade(2)", "Hard", id="grade-2", tooltip="Grade 2: Hard", show=False),
        Binding("3", "grade(3)", "Good", id="grade-3", tooltip="Grade 3: Good", show=False),
        Binding("4", "grade(4)", "Easy", id="grade-4", tooltip="Grade 4: Easy", show=False),
        Binding("enter", "take_suggestion", "Suggested", id="grade-suggested",
                tooltip="Grade with the suggested grade (marked in brackets)"),
        Binding("n", "next", "Next", id="next", tooltip="On to the next question (a skip needs no grade)"),
        # Priority, so it reaches the screen past the answer box; once something is typed, the box has it back.
        Binding("ctrl+z", "undo", "Undo", id="undo", priority=True,
                tooltip="Take back the last grade or skip: its review returns exactly to what it was"),
        # Last in the key bar, which lists keys in this order. Priority: the answer box would take Escape
        # (it moves focus in a TextArea that indents with Tab).
        Binding("escape", "leave", "Leave", id="leave", tooltip="Leave; the interview can be resumed", priority=True),
        Binding("s", "suspend", "Suspend", id="suspend", show=False,
                tooltip="Leave this question out of every draw until unsuspended"),
        Binding("b", "bury", "Bury", id="bury", show=False, tooltip="Leave this question out until tomorrow (again: unbury)"),
    ]

    phase: reactive[str] = reactive("answering", bindings=True)  # answering | feedback
    skipped: reactive[bool] = reactive(False, bindings=True)  # the feedback is a skip's: no grade asked
    # Something typed since the question appeared: ctrl+z is the answer box's own undo from then on.
    draft_touched: reactive[bool] = reactive(False, bindings=True)

    def __init__(self, run: InterviewRun, outcome: str = "") -> None:
        """``outcome``: what to say beside the progress first (an undo made on the summary, which reopened it)."""
        super().__init__()
        self.run = run
        self._pending: Callable[[], None] | None = None  # a write history refused, tried again every second
        self._trouble = ""  # the reason last told to the user, until a write goes through
        self._shown_draft = ""  # what the box held when the question appeared: until it changes, ctrl+z is ours
        self.submitted: Submitted | None = None  # what the feedback shows
        self._judging_since: float | None = None
        self._prepare_timer: Timer | None = None  # builds the hidden feedback of the question shown
        self._prepare_due = False  # that time has come for the question shown
        self._lookup_pause = 0  # >0: the clock was paused for a lookup (palette, help); ticks seen back here since
        self._hold_request = 0  # the latest read of the suspended/buried line (older reads are dropped)
        self.outcome = outcome  # what the last grade or undo did to the schedule, beside the progress
        self.outcome_undoable = False  # the outcome is a grade's, which ctrl+z takes back until something is typed

    def compose(self) -> ComposeResult:
        with Horizontal(id="interview-bar"):
            yield Static("", id="progress", markup=False)
            yield Static("", id="clock", markup=False)
        yield Static("", id="interview-question")
        with VerticalScroll(id="interview-prompt"):  # what the question shows: its code, its options
            yield AnswerView(id="interview-prompt-text")
        yield TextArea(id="answer-box", soft_wrap=True, show_line_numbers=False, tab_behavior="indent")
        yield FeedbackView(id="feedback")
        # Compact, so the feedback's keys fit in 80 columns; s/b are named on the feedback's grade line instead.
        yield KeyBar(compact=True)

    @property
    def answer_box(self) -> TextArea:
        return self.query_one("#answer-box", TextArea)

    def on_mount(self) -> None:
        self.app.active_interview = self.run  # flushed on every way out, even after the screen is gone
        self.set_interval(0.25, self.tick)
        self.set_interval(DRAFT_EVERY, self.save_draft)
        self._retry = self.set_interval(RETRY_EVERY, self.retry, pause=True)
        self.prepare_scoring()
        self._show_question()

    @work(thread=True, exclusive=True, group="scoring")
    def prepare_scoring(self) -> None:
        """Load the rubrics while the user types, so submitting is instant."""
        self.run.prepare()
        self.post_message(ScoringReady())

    def on_scoring_ready(self) -> None:
        if self._prepare_due:
            self._prepare_feedback()

    def _prepare_feedback(self) -> None:
        """Build the feedback for the question shown, hidden, while the user types: the reference answer's
        Markdown, and once the rubrics are loaded one row per key point. Built at submit, they came a frame
        or two after the rest of the feedback."""
        self._prepare_due = True
        if self.phase != "answering" or self.run.finished:
            return
        question = self.run.question
        feedback = self.query_one(FeedbackView)
        feedback.prepare(question.answer)
        if self.run.scoring_source.ready:
            rubric = self.run.scoring.rubric(question.id)
            feedback.prepare_rows(len(rubric.points) if rubric is not None else 0)

    # -- phases --------------------------------------------------------------
    def _show_question(self) -> None:
        if self.run.finished:
            self._finish()
            return
        question = self.run.question
        self.query_one("#interview-question", Static).update(plain(f"{question.label}: {question.title}"))
        self.query_one("#interview-prompt-text", AnswerView).show(question.prompt)
        self.query_one("#interview-prompt", VerticalScroll).display = bool(question.prompt)
        box = self.answer_box
        box.text = self._shown_draft = self.run.begin_question()
        self.draft_touched = False
        if (submitted := self.run.awaiting_grade) is not None:  # submitted before a crash or an undo: grade it now
            self.show_feedback(submitted)
            self.tick()  # the progress line, now rather than at the next tick
            return
        self._prepare_due = False
        if self._prepare_timer is not None:
            self._prepare_timer.stop()
        self._prepare_timer = self.set_timer(PREPARE_AFTER, self._prepare_feedback)
        box.move_cursor(box.document.end)  # a resumed draft goes on where it stopped
        box.read_only = False
        box.focus()
        self.phase = "answering"
        self.tick()

    def watch_phase(self, phase: str) -> None:
        # Parts shown, hidden and restyled one by one: a class on the screen restyled every widget on it,
        # the reference answer's Markdown blocks too, at each submit and each grade.
        feedback = phase == "feedback"
        self.answer_box.display = not feedback  # kept: the answer is quoted in the feedback
        self.query_one("#feedback", FeedbackView).display = feedback
        self.query_one("#interview-question", Static).set_class(feedback, "-compact")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "grade":
            return self.phase == "feedback" and not self.skipped
        if action == "take_suggestion":
            return (self.phase == "feedback" and not self.skipped and self.submitted is not None
                    and self.submitted.suggested_grade is not None)
        if action == "next":
            return self.phase == "feedback" and self.skipped
        if action in ("suspend", "bury"):
            return self.phase == "feedback"
        if action == "undo":
            # While answering, only until something is typed: then ctrl+z is the answer box's own undo.
            return self.phase == "feedback" or not self.draft_touched
        if action in ("submit", "skip", "pause"):
            return self.phase == "answering"
        return True

    def help_notes(self) -> tuple[tuple[str, str], ...]:
        return (("Tab", "Indents in the answer box"),) if self.phase == "answering" else ()

    def keeps_answer_hidden(self, question_id: str) -> bool:
        """The question being answered, and those still to come in this interview, keep their answers hidden."""
        session = self.run.session
        if self.run.finished:
            return False
        if question_id == session.current.question_id:
            return self.phase == "answering"
        return any(record.question_id == question_id and position > session.index and position not in session.done
                   for position, record in enumerate(session.records))

    def lookup_allowed(self, what: str) -> bool:
        """While answering, a lookup pauses the clock until you are back; strict mode refuses the palette.

        The help shows keys, not answers: it pauses the clock in every mode, as a terminal too small
        to show the question ("too-small") does.
        """
        if self.phase != "answering":
            return True  # the clock is stopped already
        if what == "palette" and self.run.plan.strict:
            self.notify("Strict mode: no lookups while the clock runs. Submit first; the feedback allows them.",
                        severity="warning", markup=False)
            return False
        timer = self.run.session.timer
        if not timer.paused:
            timer.pause()
            self._lookup_pause = 1
            self.tick()
        return True

    def _end_lookup_pause(self) -> None:
        """Back from a lookup: the clock runs again.

        Two ticks on top first: a page opened from the palette is pushed a moment
        after the palette closes, and the clock must not run meanwhile.
        """
        if not self._lookup_pause:
            return
        if self.app.screen is not self:
            self._lookup_pause = 1
            return
        self._lookup_pause += 1
        if self._lookup_pause > 2:
            self._lookup_pause = 0
            self.run.session.timer.resume()
            self.notify("The clock runs again.", markup=False, timeout=2)

    def tick(self) -> None:
        """Redraw the clock; on expiry, warn (or submit, in strict mode) exactly once."""
        self._end_lookup_pause()
        timer = self.run.session.timer
        clock = self.query_one("#clock", Static)
        self.show_progress()
        if self._judging_since is not None and self.phase == "feedback":
            seconds = int(time.monotonic() - self._judging_since)
            model = self.run.judge_config.model if self.run.judge_config else ""
            self.query_one(FeedbackView).judging(f"judging… {seconds} s ({model}; the offline score is shown meanwhile)")
        if self.phase != "answering":
            return
        clock.update(self._clock_text())
        clock.set_class(timer.remaining <= LOW_TIME, "-low")
        if timer.poll_expired():
            if self.run.plan.strict:
                self.action_submit()
            else:
                self.notify(f"Time is up: finish your sentence, then {self.key_for('submit')}. Overtime is recorded.",
                            severity="warning", markup=False)

    def _clock_text(self) -> str:
        timer = self.run.session.timer
        if self._pending is not None:
            return f"NOT SAVED YET: {self._trouble}; retrying"
        if timer.paused and self.phase == "answering" and self._lookup_pause:
            text = f"PAUSED {format_clock(timer.remaining)} while you look things up"
        elif timer.paused and self.phase == "answering":
            text = f"PAUSED {format_clock(timer.remaining)} ({self.key_for('pause')} resumes)"
        elif timer.expired:
            text = f"TIME UP +{format_clock(timer.overtime)} over"
        else:
            text = f"{'LOW TIME ' if timer.remaining <= LOW_TIME else ''}{format_clock(timer.remaining)} left"
        return f"NOT SAVED (retrying) · {text}" if self._trouble else text

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self.phase == "answering" and self._pending is None:
            self.run.note(event.text_area.text)
        self.draft_touched = event.text_area.text != self._shown_draft

    def watch_draft_touched(self) -> None:
        self.show_progress()  # the undo key it names is the box's once something is typed

    def show_progress(self) -> None:
        self.query_one("#progress", Static).update(self.progress_text())

    def progress_text(self) -> str:
        """Where the interview is, and what the last grade did (with the key that takes it back, while it does)."""
        text = f"Question {self.run.session.progress}"
        if not self.outcome:
            return text
        undo = self.outcome_undoable and (self.phase == "feedback" or not self.draft_touched)
        return f"{text} · {self.outcome}" + (f" ({self.key_for('undo')} undoes)" if undo else "")

    def save_draft(self) -> None:
        if self.phase != "answering" or self.run.finished or self._pending is not None:
            return
        self.run.note(self.answer_box.text)
        self._attempt(self.run.save_draft)

    def flush_draft(self) -> None:
        """Save what is typed now (the app calls this on quit and on SIGTERM/SIGHUP)."""
        if self.phase == "answering" and self._pending is None:
            self.run.note(self.answer_box.text)
        try:
            self.run.save_draft(with_time=True)  # and the time used: a resume gives back what was left
        except StoreError:
            pass  # the app's exit rescues the text (see llmtui.tui.app.run)

    # -- writes history may refuse for a while -------------------------------------
    def _attempt(self, write: Callable[[], None]) -> bool:
        """Run ``write``; if history refuses it, keep it to retry every second and say why, once."""
        try:
            write()
        except StoreError as exc:
            self._pending = None if write == self.run.save_draft else write
            if exc.reason != self._trouble:
                self._trouble = exc.reason
                self.notify(f"Not saved yet: {exc.reason}. Your text stays here; trying again every second.",
                            severity="warning", markup=False, timeout=8)
            self._retry.resume()
            self.query_one("#clock", Static).update(self._clock_text())
            return False
        if self._pending is write:
            self._pending = None
        if self._pending is None:  # (a write made inside ``write`` may have been refused in turn)
            self._retry.pause()
            if self._trouble:
                self._trouble = ""
                self.notify("Saved.", markup=False, timeout=3)
                self.query_one("#clock", Static).update(self._clock_text())
        return True

    def retry(self) -> None:
        if self._pending is not None:
            self._attempt(self._pending)
        else:
            self.save_draft()

    def action_pause(self) -> None:
        if self._pending is not None:
            return  # a submitted answer is waiting to be saved: its time is taken
        timer = self.run.session.timer
        self._lookup_pause = 0  # the user takes over the clock
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
        if self._pending is not None:
            self.retry()  # ctrl+s again while a submit waits: try it now
            return
        text = self.answer_box.text
        self.answer_box.read_only = True  # what is submitted is what gets saved, however long that takes

        def submit() -> None:
            submitted = self.run.submit(text, skipped=skipped)
            self._turn()
            self.outcome = ""  # the last grade's: this answer's feedback takes over
            self.show_progress()
            self.show_feedback(submitted)

        self._attempt(submit)

    def _turn(self) -> None:
        """The phase or the question changes: the toasts about the one left (time is up, the clock runs again,
        a question suspended) no longer apply. The new one's own messages follow."""
        self.app.clear_notifications()

    def feedback_keys(self) -> FeedbackKeys:
        """The keys the feedback names, from the live bindings: a keymap that moved them is followed."""
        grades = tuple(self.key_for(f"grade-{grade}") for grade in range(1, 5))
        return FeedbackKeys(grades=(grades[0], grades[1], grades[2], grades[3]), suggested=self.key_for("grade-suggested"),
                            next=self.key_for("next"), undo=self.key_for("undo"), suspend=self.key_for("suspend"),
                            bury=self.key_for("bury"))

    def show_feedback(self, submitted: Submitted) -> None:
        record = submitted.record
        self.answer_box.read_only = True
        # The clock is stopped: it says what this answer took (after an undo, not the next question's time).
        clock = self.query_one("#clock", Static)
        clock.update(f"{format_clock(record.seconds)} used" + (f" +{format_clock(record.overtime)} over"
                                                                 if record.overtime else ""))
        clock.set_class(False, "-low")
        self.submitted = submitted
        self.skipped = record.skipped
        judging = self.run.judging and submitted.scored is not None and not record.skipped
        self.phase = "feedback"
        keys = self.feedback_keys()  # now that the feedback's bindings are live
        hint = None
        if submitted.skip is not None:
            hint = ("Skipped: cram leaves the schedule alone" if submitted.skip.due is None else
                    f"Skipped: scheduled as Again, due {describe_due(submitted.skip.due)}") + \
                f" · {keys.next} next · {keys.undo} undo"
            self._leech_news(submitted.skip)
        self.query_one(FeedbackView).show(submitted, judging="judging…" if judging else "", hint=hint,
                                          cram=self.run.cram, keys=keys)
        self._show_hold()
        if judging:
            self._judging_since = time.monotonic()
            self.judge(submitted)

    @work(thread=True, group="judge")
    def judge(self, submitted: Submitted) -> None:
        """Ask the local judge; its verdict comes back as a message (the timer and keys never wait for it)."""
        verdict = self.run.ask_judge(submitted)
        if verdict is not None:
            self.post_message(Judged(submitted, verdict))

    def on_judged(self, message: Judged) -> None:
        try:
            updated = self.run.apply_judgement(message.submitted, message.verdict)
        except StoreError as exc:  # the offline score is in history already; only the verdict is not
            self.notify(f"The judge's verdict was not saved: {exc.reason}. The offline score stands in history.",
                        severity="warning", markup=False, timeout=8)
            updated = message.submitted
        if self.submitted is not None and self.submitted.position == updated.position and self.phase == "feedback":
            self.submitted = updated
            self._judging_since = None
            self.query_one(FeedbackView).judged(updated)
        elif message.verdict.error:
            self.notify(f"On an earlier answer, the {safe(message.verdict.error)}; its offline score stands.", markup=False)
        else:
            self.notify(f"The judge graded an earlier answer {message.verdict.grade}; history has its verdict.",
                        markup=False, timeout=4)

    def action_take_suggestion(self) -> None:
        if self.submitted is not None and self.submitted.suggested_grade is not None:
            self.action_grade(self.submitted.suggested_grade)

    def action_grade(self, grade: int) -> None:
        if self.phase != "feedback" or self.skipped:
            return

        def grade_it() -> None:
            graded = self.run.grade(grade)
            self._turn()
            when = "cram: schedule unchanged" if graded.due is None else f"next review {describe_due(graded.due)}"
            # On the progress line until the next submit, not in a toast: a toast came a frame after the next
            # question, and at 80x24 it covered the next grade line.
            self.outcome, self.outcome_undoable = f"{GRADES[grade]}: {when}", True
            self._leech_news(graded)
            self.submitted = None
            self._judging_since = None
            self._show_question()

        self._attempt(grade_it)  # another key while a grade waits replaces it

    def _leech_news(self, graded: Graded) -> None:
        label = self.app.kb.question(graded.question_id).label
        if graded.leech:
            page_key = prose_key(self.app.bound_key("question-suspend", "s"))
            self.notify(f"{label} is now a leech ({graded.lapses} lapses): suspended from every draw. "
                        f"Unsuspend it with {page_key} on its page, or from Stats (suspended list).",
                        severity="warning", markup=False, timeout=10)
        elif graded.leech_warning:
            self.notify(f"{label} is a leech and failed again ({graded.lapses} lapses): worth rewriting your notes on it.",
                        severity="warning", markup=False, timeout=10)

    def action_next(self) -> None:
        if self.phase == "feedback" and self.skipped:
            self.run.next_question()
            self._turn()
            self.submitted = None
            self._show_question()

    def action_undo(self) -> None:
        if self._pending is not None:
            return  # a write is waiting to be saved: nothing is taken back before it is in
        try:
            if self.phase == "answering":
                self.run.note(self.answer_box.text)
                self.run.save_draft()
            undone = self.run.undo()
        except StoreError as exc:
            self.notify(f"Not undone: {exc.reason}. Try again in a moment.", severity="warning", markup=False)
            return
        if undone is None:
            self.notify("Nothing to undo in this interview.", markup=False, timeout=3)
            return
        self._turn()
        self.outcome = undid(undone)
        self.outcome_undoable = False
        self._show_question()

    def _show_hold(self) -> None:
        """The question's suspended or buried state, on the feedback for as long as it is shown (a toast goes):
        read from history off the UI thread, shown when it comes (:meth:`on_hold_read`)."""
        self._hold_request += 1
        self.read_hold(self.run.session.index, self.run.session.current.question_id, self._hold_request)

    @work(thread=True, exclusive=True, group="hold")
    def read_hold(self, position: int, question_id: str, request: int = 0) -> None:
        try:
            flags = self.app.store.flags(question_id)
        except (StoreError, sqlite3.Error):
            return  # history could not be read this moment: the line stays as it was, the next change reads again
        self.post_message(HoldRead(position, flags, datetime.now(UTC).isoformat(), request))

    def on_hold_read(self, message: HoldRead) -> None:
        if self.phase != "feedback" or self.run.finished or self.run.session.index != message.position:
            return  # read for a question no longer on screen
        if message.request != self._hold_request:
            return  # an older read that finished late: the latest one says how it is now
        self.query_one(FeedbackView).show_state(message.flags.describe(
            message.now, {"suspended": self.key_for("suspend"), "buried": self.key_for("bury")}))

    def action_suspend(self) -> None:
        question_id = self.run.session.current.question_id
        try:
            suspended = not self.app.store.flags(question_id).suspended
            self.app.store.suspend(question_id, suspended)
        except (StoreError, sqlite3.Error) as exc:
            self.notify(f"Not suspended: {_reason(exc)}.", severity="warning", markup=False)
            return
        label = self.app.kb.question(question_id).label
        again, page_key = self.key_for("suspend"), prose_key(self.app.bound_key("question-suspend", "s"))
        on_page = "on its page" if page_key == again else f"{page_key} on its page"
        self.notify(f"{label} suspended: left out of every draw until you unsuspend it ({again} again, or {on_page})."
                    if suspended else f"{label} unsuspended.", markup=False, timeout=5)
        self._show_hold()

    def action_bury(self) -> None:
        """Bury the question until tomorrow, or unbury it (as on its page)."""
        question_id = self.run.session.current.question_id
        try:
            buried = self.app.store.flags(question_id).buried(datetime.now(UTC).isoformat())
            self.app.store.bury(question_id, None if buried else next_day_start())
        except (StoreError, sqlite3.Error) as exc:
            self.notify(f"Not changed: {_reason(exc)}.", severity="warning", markup=False)
            return
        label = self.app.kb.question(question_id).label
        self.notify(f"{label} unburied: back in the draws." if buried else f"{label} buried until tomorrow.",
                    markup=False, timeout=5)
        self._show_hold()

    def _finish(self) -> None:
        from .summary import SummaryScreen

        def finish() -> None:
            self.run.finish()
            self.app.active_interview = None
            self.app.switch_screen(SummaryScreen(self.run.session_id))

        self._attempt(finish)

    def action_leave(self) -> None:
        def leave(confirmed: bool | None) -> None:
            if not confirmed:
                return
            text = self.answer_box.text

            def leave_now() -> None:
                self.run.leave(text)
                self.app.active_interview = None
                self.app.pop_screen()

            self._attempt(leave_now)

        self.app.push_screen(ConfirmModal("Leave this interview? Your answers so far are saved; you can resume it later.",
                                          yes="Leave", no="Stay", yes_is_safe=False), leave)
