"""The home screen: search as you type over questions and concepts, with a preview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.message import Message
from textual.widgets import Input, OptionList, Static

from ..navigation import ConceptPage, QuestionPage
from ..widgets.line_input import LineInput
from ..widgets.results import (
    ResultList,
    ResultOption,
    Target,
    Topic,
    question_option,
    result_option,
    topic_option,
)
from ..widgets.text import highlighted, join, plain
from ..wording import TALKING_POINTS_NOTE, distinct_aliases, fit_line, plural
from .base import AppScreen

if TYPE_CHECKING:
    from llmtui.graph.knowledge import KnowledgeBase
    from llmtui.graph.search import SearchResult

    from ..practice.engine import InterviewPlan

PREVIEW_MIN_WIDTH = 100
SEARCH_LIMIT = 50  # results listed per query


@dataclass
class SearchDone(Message):
    query: str
    results: list[SearchResult]


@dataclass
class PlanRead(Message):
    line: str


class SearchScreen(AppScreen):
    TITLE = "Search"
    HELP_NOTES = (("Enter", "Open the highlighted result (a topic lists its questions)"),
                  ("Tab", "Into the results; typing goes back to the search box"))
    # The preview pane shows from this width on (the screen gets the class -wide).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (PREVIEW_MIN_WIDTH, "-wide")]
    BINDINGS = [
        # Not in the key bar, which lists where the app goes from here; the status line says it in a topic.
        Binding("escape", "clear", "Clear", id="clear", show=False, tooltip="Clear the query, or leave a topic"),
        # While typing, these move through the results (as in fzf).
        Binding("down", "move(1)", "Next", id="move-down", show=False, tooltip="The next row"),
        Binding("up", "move(-1)", "Previous", id="move-up", show=False, tooltip="The row before"),
        Binding("pagedown", "move(10)", "Page down", id="move-page-down", show=False, tooltip="Ten rows on"),
        Binding("pageup", "move(-10)", "Page up", id="move-page-up", show=False, tooltip="Ten rows back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.topic: str | None = None
        self.plan_line = ""  # the interview-date plan's status, once computed
        self.answer_snippets: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}  # question id → matched line

    def compose(self) -> ComposeResult:
        # Not select_on_focus: typing that comes back from the results adds to the query, never replaces it.
        yield LineInput(placeholder="Search questions and concepts… (try: kv cache, ttft, lora)", id="query",
                    select_on_focus=False)
        with Horizontal(id="search-body"):
            yield ResultList(id="results")
            with VerticalScroll(id="preview"):
                # The Markdown body is mounted on first use: markdown-it and Textual's
                # Markdown widget cost ~35 ms to import, too much before the first frame.
                yield Static("", id="preview-title", markup=False)
                yield Static("", id="preview-text", markup=False)
        yield Static("Loading the question bank…", id="status", markup=False)
        # No Footer yet: composing its keys costs ~25 ms of the UI thread, which
        # would be taken from the loader. It is mounted once loading is over.

    def on_mount(self) -> None:
        self.query_one("#query", Input).focus()
        if self.app.kb is None and self.app.bank_summary is not None:
            # The first frame lists the topics kept from the last run; the loaded bank replaces them.
            results = self.query_one("#results", ResultList)
            results.set_options([topic_option(t, n) for t, n in self.app.bank_summary.topics])
            results.highlighted = 0
        self.app.knowledge_signal.subscribe(self, self.knowledge_ready, immediate=True)
        self.app.progress_signal.subscribe(self, self.loading_progress, immediate=True)
        self.app.loaded_signal.subscribe(self, self.loading_finished, immediate=True)
        if self.app.kb is not None:
            self.knowledge_ready(self.app.kb)
        if self.app.ready:
            self.loading_finished()

    def on_key(self, event: events.Key) -> None:
        """Typing goes to the search box wherever the focus is (Tab may have left it for the results)."""
        query = self.query_one("#query", Input)
        if self.focused is query or not event.is_printable or event.character is None:
            return
        if event.key in self.active_bindings:
            return  # a key of this screen or the app ("?" opens help here)
        query.focus()
        query.cursor_position = len(query.value)
        query.insert_text_at_cursor(event.character)
        event.stop()
        event.prevent_default()

    def on_resize(self) -> None:
        # Grown wide enough, the breakpoint has set -wide: show the preview of what is highlighted now.
        self._show_preview(self.query_one("#results", ResultList).highlighted_target)

    def loading_progress(self, text: str) -> None:
        self.query_one("#status", Static).update(plain(f"⏳ {text}"))

    def knowledge_ready(self, kb: KnowledgeBase) -> None:
        self.refresh_results()

    def loading_finished(self, _: None = None) -> None:
        """Loading is over (done or failed): show the key bar."""
        from ..widgets.keybar import KeyBar

        if not self.query(KeyBar):
            # A key bar draws its keys when bindings change; mounted late, it must be told.
            self.mount(KeyBar())
            self.call_after_refresh(self.refresh_bindings)
        self._update_home_status()  # history is open now: reviews due can be counted

    def on_screen_resume(self) -> None:
        self._update_home_status()  # back from an interview, fewer (or more) reviews are due

    def _update_home_status(self) -> None:
        kb = self.app.kb
        if kb is None or not kb.has_graph or self.topic is not None or self.query_one("#query", Input).value.strip():
            return
        due = len(self.app.store.due()) if self.app.store is not None else 0
        # What to do comes first; what does not fit the width is left out whole, never cut.
        self._status([
            self.plan_line,
            f"{plural(due, 'review')} due ({self.key_for('interview')})" if due else "",
            f"{plural(len(kb.bank), 'question')} · {plural(len(kb.glossary), 'concept')}",
            plural(len(kb.bank.topics()), "topic"),
            "Enter lists a topic",
            "type to search",
        ])
        if self.app.settings.interview_day is not None and self.app.store is not None:
            self.read_plan()

    def _status(self, parts: list[str]) -> None:
        status = self.query_one("#status", Static)
        status.update(plain(fit_line([p for p in parts if p], self.size.width - 2)))

    @work(thread=True, exclusive=True, group="date-plan")
    def read_plan(self) -> None:
        """The interview-date plan's line ("on track: 62% ready, 14 days left"), computed off the UI thread."""
        from ..practice.planner import date_plan

        app = self.app
        settings = app.settings
        plan = date_plan(app.kb, app.store, settings.interview_day, topic=settings.plan_topic,
                         daily_minutes=settings.daily_minutes, retention=settings.desired_retention, now=app.wall_clock())
        self.post_message(PlanRead(plan.summary()))

    def on_plan_read(self, message: PlanRead) -> None:
        if message.line != self.plan_line:
            self.plan_line = message.line
            self._update_home_status()

    # -- searching -----------------------------------------------------------
    @on(Input.Changed, "#query")
    def query_changed(self, event: Input.Changed) -> None:
        self.topic = None
        self.refresh_results()

    def refresh_results(self) -> None:
        if self.app.kb is None:
            return
        query = self.query_one("#query", Input).value
        if not query.strip():
            self._show_home()
        else:
            self.search(query)

    @work(thread=True, exclusive=True, group="search")
    def search(self, query: str) -> None:
        """Runs off the UI thread; results go back as a message, never by touching widgets."""
        results = self.app.kb.index.search(query, limit=SEARCH_LIMIT)
        self.post_message(SearchDone(query, results))

    def on_search_done(self, message: SearchDone) -> None:
        if message.query != self.query_one("#query", Input).value:
            return  # stale: the user kept typing
        results = self.query_one("#results", ResultList)
        kb = self.app.kb
        self.answer_snippets = {r.key: (r.snippet, r.snippet_spans) for r in message.results if r.field == "answer"}
        results.set_options([
            result_option(r, plural(kb.concept_size(r.key), "question") if r.kind == "concept" else None)
            for r in message.results
        ])
        if message.results:
            results.highlighted = 0
        else:
            self._show_preview(None)  # nothing is highlighted: the preview must not show what was
        if not message.results:
            self._status([f"No results for {message.query!r}"])
            return
        found = f"best {len(message.results)} results" if len(message.results) == SEARCH_LIMIT else (
            plural(len(message.results), "result"))
        in_answers = sum(1 for r in message.results if r.field == "answer")
        self._status([found, f"{in_answers} found in answers" if in_answers else "",
                      f"{self.key_for('interview')} practises them"])

    def _show_home(self) -> None:
        kb = self.app.kb
        if kb is None:
            return  # a topic chosen from the kept list: shown once the bank has loaded
        results = self.query_one("#results", ResultList)
        if self.topic is None:
            results.set_options([topic_option(t, n) for t, n in kb.bank.topics()])
            self._update_home_status()
        else:
            questions = [q for q in kb.bank.questions if q.topic == self.topic]
            results.set_options([question_option(q) for q in questions])
            self._status([f"{self.topic} · {plural(len(questions), 'question')}", "Escape leaves the topic",
                          f"{self.key_for('interview')} practises it"])
        results.highlighted = 0 if results.option_count else None

    # -- preview and opening -------------------------------------------------
    @on(OptionList.OptionHighlighted, "#results")
    def preview(self) -> None:
        self._show_preview(self.query_one("#results", ResultList).highlighted_target)

    def _show_preview(self, target: Target | None) -> None:
        if not self.has_class("-wide") or self.app.kb is None:
            return
        kb = self.app.kb
        title = self.query_one("#preview-title", Static)
        text = self.query_one("#preview-text", Static)
        if target is None:
            title.update("")
            text.update("")
            text.display = True
            self._show_answer(None)
            return
        if isinstance(target, QuestionPage):
            question = kb.question(target.question_id)
            title.update(plain(f"{question.label}: {question.title}"))
            found = self.answer_snippets.get(target.question_id)
            text.display = found is not None or question.talking_points
            if found is not None:  # found in its answer only: the line that matched, above the whole answer
                text.update(join(Content.styled("Found in the answer: ", "bold"), highlighted(*found)))
            elif question.talking_points:
                text.update(Content.styled(TALKING_POINTS_NOTE, "italic"))
            self._show_answer(question.answer)
            return
        self._show_answer(None)
        text.display = True
        if isinstance(target, ConceptPage):
            from llmtui.graph.queries import related_concepts

            concept = kb.concept(target.name)
            title.update(plain(concept.name))
            related = ", ".join(r.name for r in related_concepts(kb.graph, target.name, limit=8)) if kb.has_graph else "…"
            # Built as Content, not Markdown: discovered concept names come from user packs.
            aliases = ", ".join(distinct_aliases(concept.name, concept.aliases)) or "–"
            text.update(join(plain(kb.definition(concept.name)), "\n\n", Content.styled("Aliases: ", "bold"),
                             plain(aliases), "\n\n", Content.styled("Related: ", "bold"), plain(related or "–"), "\n\n",
                             Content.styled("Questions: ", "bold"), str(kb.concept_size(target.name))))
        elif isinstance(target, Topic):
            title.update(plain(target.name))
            text.update(plain(f"{plural(kb.bank.topic_size(target.name), 'question')}. Enter lists them."))

    def _show_answer(self, markdown: str | None) -> None:
        """The answer's Markdown widget, mounted on first use (markdown-it loads then, not at start-up).

        Hiding it must not import it: the home screen previews a topic, and
        importing markdown-it there would cost ~40 ms of every start-up.
        """
        try:
            body = self.query_one("#preview-body")
        except NoMatches:
            if markdown is not None:
                from ..widgets.answer import AnswerView

                self.query_one("#preview").mount(AnswerView(markdown, id="preview-body"))
            return
        body.display = markdown is not None
        if markdown is not None:
            body.show(markdown)

    @on(OptionList.OptionSelected, "#results")
    def open_topic(self, event: OptionList.OptionSelected) -> None:
        """A topic lists its questions here; questions and concepts open by themselves (ResultList)."""
        target = event.option.target if isinstance(event.option, ResultOption) else None
        if isinstance(target, Topic):
            self.topic = target.name
            self._show_home()

    @on(Input.Submitted, "#query")
    def open_first(self) -> None:
        results = self.query_one("#results", ResultList)
        if results.option_count:
            index = results.highlighted or 0
            results.highlighted = index
            results.action_select()

    def action_move(self, step: int) -> None:
        """Move through the results while typing continues in the search box (as in fzf)."""
        results = self.query_one("#results", ResultList)
        if not results.option_count:
            return
        current = results.highlighted if results.highlighted is not None else -1
        results.highlighted = max(0, min(results.option_count - 1, current + step))

    def action_clear(self) -> None:
        query = self.query_one("#query", Input)
        if self.topic is not None and not query.value:
            self.topic = None
            self._show_home()
        else:
            query.value = ""
        query.focus()

    def start_over(self) -> None:
        """Home: the search box focused with the last query selected, so what is typed next replaces it."""
        query = self.query_one("#query", Input)
        query.focus()
        query.select_all()

    def practice_plan(self) -> InterviewPlan | None:
        """Practise what is listed: the search results, or the topic being browsed (the home list: anything)."""
        from ..practice.engine import InterviewPlan

        query = self.query_one("#query", Input).value.strip()
        if query:
            return InterviewPlan(query=query)
        if self.topic is not None:
            return InterviewPlan(topic=self.topic)
        return None
