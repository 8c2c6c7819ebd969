"""Reading one question: the answer, its concepts, related questions and near-duplicates."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, Static

from llmtui.graph.queries import concepts_of_question, duplicates_of, related_questions

from ..navigation import QuestionPage
from ..widgets.answer import AnswerView
from ..widgets.results import ResultList, concept_option, question_option
from ..widgets.text import plain
from .pages import PageScreen


class QuestionScreen(PageScreen):
    location: QuestionPage

    def compose_page(self) -> ComposeResult:
        kb = self.app.kb
        question = kb.question(self.location.question_id)
        with Horizontal(id="page-body"):
            with VerticalScroll(id="reader"):
                yield Static(plain(f"Q{question.number}: {question.title}"), id="question-title")
                yield Static(plain(f"Topic: {question.topic} · {question.pack}"), id="question-topic")
                yield AnswerView(question.answer, id="answer")
            with Vertical(id="sidebar"):
                yield Label("Concepts")
                yield ResultList(*[concept_option(name) for name in concepts_of_question(kb.graph, question.id)],
                                 id="concepts")
                yield Label("Related questions")
                options = [question_option(kb.question(q), "near-duplicate") for q in duplicates_of(kb.graph, question.id)]
                options += [question_option(kb.question(q)) for q, _ in related_questions(kb.graph, question.id)]
                yield ResultList(*options, id="related")

    def on_mount(self) -> None:
        self.query_one("#concepts", ResultList).focus()
