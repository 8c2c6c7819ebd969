"""Layout detection on generated documents: questions in one layout, interleaved at random with
sub-items inside answers, tables of contents, promo blocks, keyword lines, section headings, front
matter and reference lists. None of those ever becomes a question, and no question is lost."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmtui.content.parser import parse_markdown

WORDS = ["token", "cache", "model", "layer", "vector", "prompt", "batch", "weight", "router", "kernel", "query",
         "adapter", "embedding", "gradient", "sampler", "decoder"]
TERMS = ["Latency", "Memory", "Recall", "Precision", "Throughput", "Cost", "Quality"]
OPENERS = ["What is", "How does", "Why does", "When would you use", "Explain", "Describe", "Compare"]

word = st.sampled_from(WORDS)
phrase = st.lists(word, min_size=1, max_size=5).map(" ".join)


@st.composite
def questions(draw) -> str:
    opener = draw(st.sampled_from(OPENERS))
    body = draw(phrase)
    return f"{opener} the {body}" + ("." if opener in ("Explain", "Describe", "Compare") else "?")


@st.composite
def statements(draw) -> str:
    return f"The {draw(phrase)} sets the {draw(word)} for each {draw(word)}."


@dataclass(frozen=True)
class Layout:
    name: str
    level: int  # heading level of the questions (7: not a heading)

    def question(self, number: int, text: str) -> str:
        return {
            "h2": f"## Q{number}: {text}",
            "h3": f"### {number}. {text}",
            "bold": f"**{number}. {text}**",
            "label": f"**Q:** {text}",
            "numbered": f"{number}. {text}",
            "bullets": f"- {text}",
            "summary": f"<details><summary>{text}</summary>",
        }[self.name]

    @property
    def indent(self) -> str:
        return "    " if self.name in ("numbered", "bullets") else ""


LAYOUTS = [Layout("h2", 2), Layout("h3", 3), Layout("bold", 7), Layout("label", 7), Layout("numbered", 7),
           Layout("bullets", 7), Layout("summary", 7)]


@st.composite
def answers(draw, layout: Layout) -> list[str]:
    """An answer: prose, and maybe sub-items that look like questions' neighbours but are not questions."""
    parts = [draw(statements())]
    extras = draw(st.lists(st.sampled_from(["sublist", "bullets", "label", "subheading", "code", "keywords",
                                            "followups", "subquestion"]), max_size=3))
    for extra in extras:
        if extra == "sublist":  # a numbered list restarting at 1, bold terms: sub-items, not questions
            parts.append("\n".join(f"{i}. **{draw(st.sampled_from(TERMS))}**: {draw(statements())}"
                                   for i in range(1, draw(st.integers(2, 4)))))
        elif extra == "bullets":
            parts.append("\n".join(f"- {draw(statements())}" for _ in range(draw(st.integers(1, 3)))))
        elif extra == "label":
            parts.append(f"**{draw(st.sampled_from(TERMS))} points:**\n\n{draw(statements())}")
        elif extra == "subheading" and layout.level < 6:
            parts.append(f"{'#' * (layout.level + 1)} {draw(st.sampled_from(TERMS))}\n\n{draw(statements())}")
        elif extra == "code":
            parts.append("```python\n# What does this print?\nx = 1\n```")
        elif extra == "keywords":
            parts.insert(0, f"**Keywords:** {draw(word)}, {draw(word)}")
        elif extra == "followups":  # sub-questions of this one, not questions of the document
            parts.append(f"**Follow-ups:**\n\n- Why the {draw(phrase)}?\n- How would you test the {draw(word)}?")
        elif extra == "subquestion":
            parts.append(f"**Why does the {draw(word)} matter?**\n\n{draw(statements())}")
    lines = "\n\n".join(parts).split("\n")
    return [layout.indent + line if line else "" for line in lines]


@st.composite
def noise(draw, layout: Layout, anchors: list[str]) -> str:
    """A block between questions that is not one: table of contents, promo, section heading, note."""
    kind = draw(st.sampled_from(["toc", "promo", "promo-heading", "section", "note", "rule"]))
    if kind == "toc":
        return "\n".join(f"- [{text}](#{text.lower().replace(' ', '-').strip('?.')})" for text in anchors)
    if kind == "promo":
        return draw(st.sampled_from(["⭐ **Star this repo** if it helps you!",
                                     "📬 [Subscribe to the newsletter](https://example.com/news)",
                                     "Looking for all 100 answers? [Get the full handbook](https://example.com/h)"]))
    if kind == "promo-heading":
        level = layout.level if layout.level < 7 else 2
        return f"{'#' * level} ⭐ Support the Project\n\n- [Follow us](https://example.com/social)"
    if kind == "section":
        level = layout.level - 1 if layout.level < 7 else 2
        return f"{'#' * max(level, 1)} {draw(st.sampled_from(TERMS))} basics" if level >= 1 else ""
    if kind == "note":
        return f"> Note: {draw(statements())}"
    return "---"


@st.composite
def documents(draw):
    layout = draw(st.sampled_from(LAYOUTS))
    asked = draw(st.lists(questions(), min_size=2, max_size=8, unique=True))
    parts = []
    if draw(st.booleans()):
        parts.append("---\ntitle: Interview notes\ndescription: What do interviewers ask? My list.\n---")
    parts.append("# Interview notes")
    for number, text in enumerate(asked, 1):
        if draw(st.integers(0, 3)) == 0:
            parts.append(draw(noise(layout, asked)))
        unit = [layout.question(number, text), "", *draw(answers(layout))]
        if layout.name == "summary":
            unit += ["", "</details>"]
        if layout.name == "label":
            unit[2] = "**A:** " + unit[2]
        parts.append("\n".join(unit))
    if draw(st.booleans()):
        parts.append(draw(noise(layout, asked)))
    if draw(st.booleans()):
        parts.append("Would you like me to turn these into flashcards? Let me know!")
    if draw(st.booleans()):
        parts.append("## References\n\n1. Attention is all you need. 2017.\n2. Is a bigger model better? 2020.")
    return layout, asked, "\n\n".join(parts) + "\n"


@given(documents())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_only_the_questions_become_questions(document):
    layout, asked, text = document
    pack = parse_markdown(text, pack="gen")
    assert [q.title for q in pack.questions] == asked, (layout.name, text)
    assert all(q.answer for q in pack.questions), text
