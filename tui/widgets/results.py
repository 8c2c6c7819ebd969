"""The result list of the search screen: kind, highlighted title, topic."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.text import highlighted, join, plain

KIND_LABEL = {"question": "Q", "concept": "C", "topic": "T"}


class ResultList(OptionList):
    """An OptionList that never gets narrow enough to crash (OptionList fails at width <= 4)."""

    DEFAULT_CSS = """
    ResultList { min-width: 12; }
    """


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
