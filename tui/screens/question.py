"""Reading one question: the answer, its concepts, related questions and near-duplicates."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, Static

from llmtui.graph.queries import concepts_of_question, duplicates_of, related_questions

from ..navigation import QuestionPage
from ..practice.engine import InterviewPlan
from ..widgets.answer import AnswerView
from ..widgets.results import ResultList, concept_option, question_option
from ..widgets.text import plain
from ..wording import NO_CONCEPTS_NOTE, NO_RELATED_NOTE, TALKING_POINTS_NOTE
from .pages import PageScreen


class QuestionScreen(PageScreen):
    BINDINGS = [
        Binding("s", "suspend", "Suspend", id="question-suspend",
                tooltip="Suspend (leave out of every draw) or unsuspend this question"),
        Binding("b", "bury", "Bury", id="question-bury", tooltip="Leave this question out until tomorrow (again: unbury)"),
    ]

    location: QuestionPage

    def compose_page(self) -> ComposeResult:
        kb = self.app.kb
        question = kb.question(self.location.question_id)
        with Horizontal(id="page-body"):
            with VerticalScroll(id="reader"):
                yield Static(plain(f"{question.label}: {question.title}"), id="question-title")
                if question.prompt:  # the code or options the question asks about, before any answer
                    yield AnswerView(question.prompt, id="question-prompt")
                yield Static(plain(f"Topic: {question.topic} · {question.pack}"), id="question-topic")
                yield Static("", id="question-state", markup=False)
                if question.talking_points:
                    yield Static(TALKING_POINTS_NOTE, id="question-talking-points", markup=False)
                yield AnswerView(question.answer, id="answer")
            with Vertical(id="sidebar"):
                yield Label("Concepts")
                concepts = [concept_option(name, tag=False) for name in concepts_of_question(kb.graph, question.id)]
                # (an empty box says why: a pack on another subject names no concept of the glossary)
                yield Static(NO_CONCEPTS_NOTE, id="concepts-empty", classes="sidebar-empty", markup=False)
                yield ResultList(*concepts, id="concepts")
                yield Label("Related questions")
                options = [question_option(kb.question(q), "near-duplicate") for q in duplicates_of(kb.graph, question.id)]
                options += [question_option(kb.question(q)) for q, _ in related_questions(kb.graph, question.id)]
                yield Static(NO_RELATED_NOTE, id="related-empty", classes="sidebar-empty", markup=False)
                yield ResultList(*options, id="related")

    def on_mount(self) -> None:
        filled = []
        for name in ("concepts", "related"):
            listed = self.query_one(f"#{name}", ResultList)
            listed.display = listed.option_count > 0
            self.query_one(f"#{name}-empty", Static).display = not listed.display
            if listed.display:
                filled.append(listed)
        # the first list with something in it takes the keys; with none, the answer does (to scroll it)
        (filled[0] if filled else self.query_one("#reader", VerticalScroll)).focus()
        self._show_state()

    def on_screen_resume(self) -> None:
        self._show_state()  # a kept page shown again: suspended or buried since, maybe

    def _show_state(self) -> None:
        """Whether the question sits out of the draws, and why (no SQL in compose: read here)."""
        from datetime import UTC, datetime

        flags = self.app.store.flags(self.location.question_id)
        text = flags.describe(datetime.now(UTC).isoformat(), {"suspended": self.key_for("question-suspend"),
                                                               "buried": self.key_for("question-bury")})
        state = self.query_one("#question-state", Static)
        state.update(text)
        state.display = bool(text)

    def action_suspend(self) -> None:
        from ..practice.store import StoreError

        qid = self.location.question_id
        suspended = not self.app.store.flags(qid).suspended
        try:
            self.app.store.suspend(qid, suspended)
        except StoreError as exc:
            self.notify(f"Not changed: {exc.reason}.", severity="warning", markup=False)
            return
        self.notify("Suspended: left out of every draw until you unsuspend it." if suspended else
                    "Unsuspended: back in the draws.", markup=False, timeout=4)
        self._show_state()

    def action_bury(self) -> None:
        from datetime import UTC, datetime

        from ..practice.scheduling import next_day_start
        from ..practice.store import StoreError

        qid = self.location.question_id
        buried = self.app.store.flags(qid).buried(datetime.now(UTC).isoformat())
        try:
            self.app.store.bury(qid, None if buried else next_day_start())
        except StoreError as exc:
            self.notify(f"Not changed: {exc.reason}.", severity="warning", markup=False)
            return
        self.notify("Unburied: back in the draws." if buried else "Buried until tomorrow.", markup=False, timeout=4)
        self._show_state()

    def practice_plan(self) -> InterviewPlan:
        return InterviewPlan(topic=self.app.kb.question(self.location.question_id).topic)
