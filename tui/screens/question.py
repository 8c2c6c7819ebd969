"""Reading one question: the answer, its concepts, related questions and near-duplicates."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, OptionList, Static

from graph.queries import concepts_of_question, duplicates_of, related_questions
from tui.navigation import Location
from tui.screens.pages import PageScreen
from tui.text import plain
from tui.widgets.answer import AnswerView
from tui.widgets.results import ResultList, concept_option, question_option


class QuestionScreen(PageScreen):
    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location

    def compose_page(self) -> ComposeResult:
        kb = self.app.kb
        question = kb.question(self.location.key)
        self.question = question
        with Horizontal(id="page-body"):
            with VerticalScroll(id="reader"):
                yield Static(plain(f"Q{question.number}: {question.title}"), id="question-title")
                yield Static(plain(f"Topic: {question.topic} · {question.pack}"), id="question-topic")
                yield AnswerView(question.answer, id="answer")
            with Vertical(id="sidebar"):
                yield Label("Concepts")
                concepts = ResultList(*[concept_option(name) for name in concepts_of_question(kb.G, question.id)],
                                      id="concepts")
                yield concepts
                yield Label("Related questions")
                options = [question_option(kb.question(q), "near-duplicate") for q in duplicates_of(kb.G, question.id)]
                options += [question_option(kb.question(q)) for q, _ in related_questions(kb.G, question.id)]
                yield ResultList(*options, id="related")

    def on_mount(self) -> None:
        self.query_one("#concepts", ResultList).focus()

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        self.open_option(event)
