"""The result list of the search screen: kind, highlighted title, topic."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Self

from textual.content import Content
from textual.visual import VisualType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.text import highlighted, join, plain

KIND_LABEL = {"question": "Q", "concept": "C", "topic": "T"}


REPEAT = "\x1f"  # joins an id to its occurrence number; control characters never reach pack text


class ResultList(OptionList):
    """An OptionList of questions, concepts and topics that may list one twice.

    It never gets narrow enough to crash (OptionList fails at width <= 4), and
    an id listed again gets an occurrence number: a path can bridge two steps
    with one question, and OptionList raises ``DuplicateID`` on repeated ids.
    Read ids back with :func:`option_target`.
    """

    DEFAULT_CSS = """
    ResultList { min-width: 12; }
    """

    def add_options(self, new_options: Iterable[Option | VisualType | None]) -> Self:
        seen = {option.id for option in self.options if option.id is not None}
        unique: list[Option | VisualType | None] = []
        for option in new_options:
            if isinstance(option, Option) and option.id is not None:
                option_id, n = option.id, 1
                while option_id in seen:
                    n += 1
                    option_id = f"{option.id}{REPEAT}{n}"
                if option_id != option.id:
                    option = Option(option.prompt, id=option_id, disabled=option.disabled)
                seen.add(option_id)
            unique.append(option)
        return super().add_options(unique)


def option_target(option_id: str | None) -> tuple[str, str]:
    """What an option opens: ``(kind, key)``, kind ``"q"``, ``"c"`` or ``"t"`` (``("", "")`` for none).

    >>> option_target("q:llm-hub#105\x1f2"), option_target("c:KV cache"), option_target(None)
    (('q', 'llm-hub#105'), ('c', 'KV cache'), ('', ''))
    """
    kind, _, key = (option_id or "").partition(":")
    return kind, key.split(REPEAT, 1)[0]


def result_option(result, note: str | None = None) -> Option:
    """An option for a :class:`graph.search.SearchResult`; the kind is a word, not a colour.

    ``note`` replaces the topic after the title (a concept's question count, say).
    """
    if result.kind == "question":
        tag = f"Q{result.number:<4}" if result.number is not None else "Q    "
        option_id = f"q:{result.key}"
    else:
        tag = "Concept"
        option_id = f"c:{result.key}"
    prompt = join(Content.styled(f"{tag:<8}", "bold"), highlighted(result.title, result.spans),
                  Content.styled(f"  · {note or result.topic}", "dim"))
    return Option(prompt, id=option_id)


def topic_option(topic: str, count: int) -> Option:
    return Option(join(Content.styled("Topic   ", "bold"), plain(topic), Content.styled(f"  ({count})", "dim")),
                  id=f"t:{topic}")


def question_option(question, note: str = "") -> Option:
    prompt = join(Content.styled(f"Q{question.number:<6}", "bold"), plain(question.title))
    if note:
        prompt = join(prompt, Content.styled(f"  {note}", "dim"))
    return Option(prompt, id=f"q:{question.id}")


def concept_option(name: str, note: str = "") -> Option:
    prompt = join(Content.styled("Concept ", "bold"), plain(name))
    if note:
        prompt = join(prompt, Content.styled(f"  · {note}", "dim"))
    return Option(prompt, id=f"c:{name}")
