"""A past interview, question by question: the answer given beside the reference answer, as stored."""

from __future__ import annotations

from dataclasses import dataclass

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Header, Label, Static

from ..practice.records import Session, StoredAnswer
from ..practice.report import answer_facts, point_line
from ..widgets.answer import AnswerView
from ..widgets.keybar import KeyBar
from ..widgets.text import join, plain
from .base import HOME_BINDING, AppScreen


@dataclass
class SessionRead(Message):
    session: Session


def export_session(screen: AppScreen, session: Session) -> None:
    """Write ``session`` with its reference answers to the data dir's exports folder; say where, in one line."""
    from llmtui.content.atomic import write_text_atomic

    from ..practice.report import session_markdown

    path = screen.app.data_path / "exports" / f"interview-{session.id}.md"
    try:
        write_text_atomic(path, session_markdown(session, screen.app.kb.bank.get))  # private, as history is
    except OSError as exc:
        screen.notify(f"Could not write {path}: {exc.strerror or exc}", severity="error", markup=False)
        return
    screen.notify(f"Wrote {path}", markup=False)


class SessionReviewScreen(AppScreen):
    """Each question of one interview: what was typed, how it scored, the grade, and the reference answer."""

    TITLE = "Interview review"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="review-back", tooltip="Back to the list of interviews"),
        Binding("n,j", "step(1)", "Next", id="review-next", tooltip="The next question"),
        Binding("p,k", "step(-1)", "Previous", id="review-previous", tooltip="The previous question"),
        Binding("e", "export", "Export", id="export",
                tooltip="Write this interview, with reference answers, as Markdown"),
        HOME_BINDING,
    ]

    session: Session | None = None

    def __init__(self, session_id: int, start_at: int = 0) -> None:
        super().__init__()
        self.session_id = session_id
        self.current = start_at  # the question shown first (its position in the interview)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="review-summary", markup=False)
        yield VerticalScroll(id="review")
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = f"interview {self.session_id}"
        self.query_one("#review", VerticalScroll).focus()  # PageDown and Down scroll at once
        self.read_session()

    @work(thread=True, exclusive=True, group="review")
    def read_session(self) -> None:
        self.post_message(SessionRead(self.app.store.session(self.session_id)))

    async def on_session_read(self, message: SessionRead) -> None:
        session = self.session = message.session
        self.query_one("#review-summary", Static).update(plain(
            f"{session.started_at[:16].replace('T', ' ')} UTC · {session.status} · {session.answered_text} · "
            f"mean score {session.mean_score_text} · "
            f"{self.key_for('review-next')}/{self.key_for('review-previous')}: next/previous question"))
        review = self.query_one("#review", VerticalScroll)
        await review.remove_children()
        sections = [self._section(i, answer, len(session.questions), session.plan.mode)
                    for i, answer in enumerate(session.answers)]
        left = len(session.questions) - len(session.answers)
        if left:
            sections.append(Static(plain(f"{left} question{'s' * (left != 1)} not reached: the interview stopped "
                                         "before them."), classes="review-note"))
        if not sections:
            sections.append(Static("No answers in this interview yet.", classes="review-note"))
        await review.mount_all(sections)
        self.current = max(0, min(self.current, len(session.answers) - 1))
        if self.current:
            self.call_after_refresh(self._scroll_to_current)

    def _section(self, position: int, answer: StoredAnswer, total: int, mode: str) -> Vertical:
        question = self.app.kb.bank.get(answer.question_id)
        label = question.label if question is not None else answer.question_id
        parts = [
            Static(plain(f"{position + 1}/{total}  {label}: {answer.title}"), classes="review-title"),
            # the code or options the question showed, as it was asked
            *([AnswerView(question.prompt, classes="review-prompt")] if question is not None and question.prompt else []),
            Static(plain(answer_facts(answer, mode)), classes="review-facts"),
            Label("Your answer", classes="review-label"),
            Static(plain("(skipped)" if answer.skipped else (answer.answer.strip() or "(empty)")),
                   classes="review-given"),
        ]
        if answer.flags:
            parts.append(Static(plain("Caught by: " + ", ".join(f.replace("_", " ") for f in answer.flags)),
                                classes="review-concepts"))
        if answer.points:  # the key points as they were scored, with the words that showed each
            parts.append(Label("Key points", classes="review-label"))
            parts += [Static(plain(point_line(point)), classes="review-concepts") for point in answer.points]
        elif answer.covered or answer.missed:  # scored before key points: by concepts
            parts.append(Static(join("Key concepts: covered ✓ ", plain(", ".join(answer.covered) or "none"),
                                     " · missed ✗ ", plain(", ".join(answer.missed) or "none")),
                                classes="review-concepts"))
        parts.append(Label(question.reference_name if question is not None else "Reference answer", classes="review-label"))
        if question is not None:
            parts.append(AnswerView(question.answer, classes="review-reference"))
        else:
            parts.append(Static("(This question is no longer in the loaded packs.)", classes="review-note"))
        return Vertical(*parts, classes="review-section", id=f"review-{position}")

    def _scroll_to_current(self) -> None:
        sections = list(self.query(".review-section"))
        if sections:
            self.query_one("#review", VerticalScroll).scroll_to_widget(sections[self.current], top=True, animate=False)

    def action_step(self, step: int) -> None:
        count = len(self.query(".review-section"))
        if count:
            self.current = max(0, min(count - 1, self.current + step))
            self._scroll_to_current()

    def action_export(self) -> None:
        if self.session is not None:
            export_session(self, self.session)
