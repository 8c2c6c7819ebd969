"""The home screen: search as you type over questions and concepts, with a preview."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static

from tui.messages import Navigate
from tui.navigation import Location
from tui.text import join, plain
from tui.widgets.results import ResultList, option_target, question_option, result_option, topic_option

PREVIEW_MIN_WIDTH = 100


@dataclass
class SearchDone(Message):
    query: str
    results: list


class SearchScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "clear", "Clear", id="clear", tooltip="Clear the query, or leave a topic"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("pagedown", "move(10)", "Page down", show=False),
        Binding("pageup", "move(-10)", "Page up", show=False),
        Binding("ctrl+t", "interview", "Interview", id="interview", tooltip="Start a timed mock interview"),
        Binding("ctrl+b", "concepts", "Concepts", id="concepts", tooltip="Browse all concepts"),
        Binding("ctrl+r", "history", "History", id="history", tooltip="Past interviews and reviews due"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.topic: str | None = None

    def compose(self) -> ComposeResult:
        # Wide or not is known before the first style pass: set now, it restyles nothing.
        self.set_class(self.app.size.width >= PREVIEW_MIN_WIDTH, "-wide", update=False)
        yield Input(placeholder="Search questions and concepts… (try: kv cache, ttft, lora)", id="query")
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
        self._update_layout()
        if self.app.kb is not None:
            self.knowledge_ready()
        if self.app.ready:
            self.loading_finished()

    def on_resize(self) -> None:
        self._update_layout()

    def _update_layout(self) -> None:
        wide = self.size.width >= PREVIEW_MIN_WIDTH
        if wide and not self.has_class("-wide"):
            self.set_class(True, "-wide")
            # Grown wide enough: show the preview of what is highlighted now.
            results = self.query_one("#results", ResultList)
            if results.highlighted is not None:
                self._show_preview(results.get_option_at_index(results.highlighted).id)
        else:
            self.set_class(wide, "-wide")

    def loading_progress(self, text: str) -> None:
        self.query_one("#status", Static).update(plain(f"⏳ {text}"))

    def knowledge_ready(self) -> None:
        self.refresh_results()

    def loading_finished(self) -> None:
        """Loading is over (done or failed): show the key bar."""
        from textual.widgets import Footer

        if not self.query(Footer):
            # A Footer draws its keys when bindings change; mounted late, it must be told.
            self.mount(Footer())
            self.call_after_refresh(self.refresh_bindings)
        self._update_home_status()  # history is open now: reviews due can be counted

    def on_screen_resume(self) -> None:
        self._update_home_status()  # back from an interview, fewer (or more) reviews are due

    def _update_home_status(self) -> None:
        kb = self.app.kb
        if kb is None or not kb.has_graph or self.topic is not None or self.query_one("#query", Input).value.strip():
            return
        due = len(self.app.store.due()) if self.app.store is not None else 0
        # What to do comes first; a narrow terminal cuts the end of the line.
        reviews = f"{due} review{'' if due == 1 else 's'} due (ctrl+t) · " if due else ""
        self.query_one("#status", Static).update(
            f"{reviews}{len(kb.bank)} questions · {len(kb.glossary)} concepts · {len(kb.bank.topics())} topics"
            " — Enter browses a topic; type to search"
        )

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
        results = self.app.kb.index.search(query, limit=50)
        self.post_message(SearchDone(query, results))

    def on_search_done(self, message: SearchDone) -> None:
        if message.query != self.query_one("#query", Input).value:
            return  # stale: the user kept typing
        results = self.query_one("#results", ResultList)
        kb = self.app.kb
        results.set_options([
            result_option(r, f"{kb.concept_size(r.key)} questions" if r.kind == "concept" else None)
            for r in message.results
        ])
        if message.results:
            results.highlighted = 0
        status = f"{len(message.results)} results" if message.results else f"No results for {message.query!r}"
        self.query_one("#status", Static).update(plain(status))

    def _show_home(self) -> None:
        kb = self.app.kb
        results = self.query_one("#results", ResultList)
        if self.topic is None:
            results.set_options([topic_option(t, n) for t, n in kb.bank.topics()])
            self._update_home_status()
        else:
            questions = [q for q in kb.bank.questions if q.topic == self.topic]
            results.set_options([question_option(q) for q in questions])
            self.query_one("#status", Static).update(join(plain(self.topic), f" · {len(questions)} questions"))
        results.highlighted = 0 if results.option_count else None

    # -- preview and opening -------------------------------------------------
    @on(OptionList.OptionHighlighted, "#results")
    def preview(self, event: OptionList.OptionHighlighted) -> None:
        self._show_preview(event.option.id)

    def _show_preview(self, option_id: str | None) -> None:
        if not self.has_class("-wide") or self.app.kb is None or option_id is None:
            return
        kind, key = option_target(option_id)
        kb = self.app.kb
        title = self.query_one("#preview-title", Static)
        text = self.query_one("#preview-text", Static)
        if kind == "q":
            question = kb.question(key)
            title.update(plain(f"Q{question.number}: {question.title}"))
            text.display = False
            self._show_answer(question.answer)
            return
        self._show_answer(None)
        text.display = True
        if kind == "c":
            from graph.queries import related_concepts

            concept = kb.concept(key)
            title.update(plain(concept.name))
            related = ", ".join(r.name for r in related_concepts(kb.G, key, limit=8)) if kb.has_graph else "…"
            # Built as Content, not Markdown: discovered concept names come from user packs.
            text.update(join(plain(concept.definition), "\n\n", Content.styled("Aliases: ", "bold"),
                             plain(", ".join(concept.aliases) or "–"), "\n\n", Content.styled("Related: ", "bold"),
                             plain(related or "–"), "\n\n", Content.styled("Questions: ", "bold"),
                             str(kb.concept_size(key))))
        else:
            title.update(plain(key))
            text.update(plain(f"{kb.bank.topic_size(key)} questions. Enter lists them."))

    def _show_answer(self, markdown: str | None) -> None:
        """The answer's Markdown widget, mounted on first use (markdown-it loads then, not at start-up).

        Hiding it must not import it: the home screen previews a topic, and
        importing markdown-it there would cost ~40 ms of every start-up.
        """
        try:
            body = self.query_one("#preview-body")
        except NoMatches:
            if markdown is not None:
                from tui.widgets.answer import AnswerView

                self.query_one("#preview").mount(AnswerView(markdown, id="preview-body"))
            return
        body.display = markdown is not None
        if markdown is not None:
            body.show(markdown)

    @on(OptionList.OptionSelected, "#results")
    def open_result(self, event: OptionList.OptionSelected) -> None:
        kind, key = option_target(event.option.id)
        if kind == "t":
            self.topic = key
            self._show_home()
        elif kind == "q":
            self.post_message(Navigate(Location("question", key)))
        elif kind == "c":
            self.post_message(Navigate(Location("concept", key)))

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

    def action_concepts(self) -> None:
        self.post_message(Navigate(Location("concepts", "", "All concepts")))

    def action_interview(self) -> None:
        self.app.action_interview()

    def action_history(self) -> None:
        self.app.action_history()
