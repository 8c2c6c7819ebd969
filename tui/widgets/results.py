"""Lists of questions, concepts and topics whose options carry what they open."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import on
from textual.content import Content
from textual.visual import Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..messages import Navigate
from ..navigation import ConceptPage, Location, QuestionPage
from .text import Fitted, highlighted, join, plain

LIST_SNIPPET = 48  # characters of a matching answer line shown under a result (the preview shows more)
NOTE_MIN = 8  # cells a note cut to fit must keep to say anything; with less room it is left out

if TYPE_CHECKING:  # annotations only: the home screen must not pay for rapidfuzz before its first frame
    from llmtui.content.models import Question
    from llmtui.graph.search import SearchResult


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic of the bank: opening it lists its questions on the search screen."""

    name: str


Target = Location | Topic


def title_and_note(title: Content, note: Content, below: Content | None, width: int) -> Content:
    """``title`` wrapped to ``width``, then ``note`` on its last line, cut with "…" to fit what is left (a note
    never takes a line of its own; with too little room it is left out); ``below`` on lines of its own.

    >>> title_and_note(Content("Q3 Explain how KV cache works"), Content("  · Transformer fundamentals"), None, 40).plain
    'Q3 Explain how KV cache works  · Transf…'
    """
    last = title.wrap(width)[-1]
    room = width - last.cell_length
    if note.cell_length > room:
        note = note.truncate(room, ellipsis=True) if room >= NOTE_MIN else Content("")
    return join(title, note, *(("\n", below) if below is not None else ()))


class ResultOption(Option):
    """An option that knows what it opens (``None`` for a label row)."""

    def __init__(self, prompt: Content | Visual, target: Target | None, *, disabled: bool = False) -> None:
        super().__init__(prompt, disabled=disabled)
        self.target = target


class ResultList(OptionList):
    """An OptionList of :class:`ResultOption`. Selecting an option that opens a page navigates there
    (unless ``navigates`` is off, as in a picker); topics are left to the screen.

    It never gets narrow enough to crash (OptionList fails at width <= 4).
    """

    DEFAULT_CSS = """
    ResultList { min-width: 12; }
    """

    def __init__(self, *options: ResultOption, navigates: bool = True, **kwargs: Any) -> None:
        super().__init__(*options, **kwargs)
        self.navigates = navigates

    @on(OptionList.OptionSelected)
    def open_target(self, event: OptionList.OptionSelected) -> None:
        target = event.option.target if isinstance(event.option, ResultOption) else None
        if self.navigates and isinstance(target, Location):
            event.stop()
            self.post_message(Navigate(target))

    @property
    def highlighted_target(self) -> Target | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return option.target if isinstance(option, ResultOption) else None

    @property
    def targets(self) -> list[Target | None]:
        return [o.target if isinstance(o, ResultOption) else None for o in self.options]


def result_option(result: SearchResult, note: str | None = None) -> ResultOption:
    """An option for a search result; the kind is a word, not a colour.

    ``note`` replaces the topic after the title (a concept's question count, say).
    """
    target: Target
    if result.kind == "question":
        tag = result.label
        target = QuestionPage(result.key, result.label)
    else:
        tag = "Concept"
        target = ConceptPage(result.key)
    title = join(Content.styled(f"{tag:<7} ", "bold"), highlighted(result.title, result.spans))
    if result.field == "alias":  # found by an alias: which one, or the row would not say why it is here
        title = join(title, Content.styled(" (alias: ", "dim"), highlighted(result.snippet, result.snippet_spans),
                     Content.styled(")", "dim"))
    below = None
    if result.field == "answer":
        from llmtui.graph.search import clip  # here: the home screen must not pay for rapidfuzz before it paints

        # Found in the answer only: the words around the match say why it is here (the preview has the line).
        snippet, spans = clip(result.snippet, result.snippet_spans, LIST_SNIPPET)
        below = join(Content.styled("        in the answer: ", "dim italic"), highlighted(snippet, spans))
    return ResultOption(Fitted(partial(title_and_note, title, Content.styled(f"  · {note or result.topic}", "dim"), below)),
                        target)


def topic_option(topic: str, count: int) -> ResultOption:
    return ResultOption(join(Content.styled("Topic   ", "bold"), plain(topic), Content.styled(f"  ({count})", "dim")),
                        Topic(topic))


def question_option(question: Question, note: str = "") -> ResultOption:
    prompt = join(Content.styled(f"{question.label:<7} ", "bold"), plain(question.title))
    if note:
        prompt = join(prompt, Content.styled(f"  {note}", "dim"))
    return ResultOption(prompt, QuestionPage(question.id, question.label))


def concept_option(name: str, note: str = "", *, tag: bool = True) -> ResultOption:
    """A concept row; ``tag=False`` leaves out the word "Concept" in a list that holds nothing else."""
    prompt = join(Content.styled("Concept ", "bold"), plain(name)) if tag else plain(name)
    if note:
        prompt = join(prompt, Content.styled(f"  · {note}", "dim"))
    return ResultOption(prompt, ConceptPage(name))


def label_option(prompt: Content) -> ResultOption:
    """A row that only explains (a path step's relation): disabled, opens nothing."""
    return ResultOption(prompt, None, disabled=True)
