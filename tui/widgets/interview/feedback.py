"""The feedback after an interview answer: the score and its rule, each key point with its evidence, the reference.

Two scrolling panes — key points and the full reference answer — side by side
when the terminal is wide, one above the other when it is not, each focusable
(tab moves between them; the keys are in the footer). Above them the score
with the rule that made it ("3 of 5 key points"), the guards' flags and the
judge's state; below them the grades, with the suggested one marked.
Everything shown that came from a pack or from the user is plain text,
without escapes, control or bidi-override characters (``widgets.text.safe``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ...practice.engine import format_clock
from ...practice.judge import Verdict
from ...practice.runner import Submitted
from ...practice.scheduling import GRADES
from ...practice.scoring import PointResult, Scored, Status
from ..answer import AnswerView
from ..text import safe

WIDE = 100  # columns from which the two panes sit side by side


class FeedbackPane(VerticalScroll, can_focus=True):
    """A scrolling pane of the feedback; its keys show in the footer while it has focus.

    Its scroll bar is always there: the panes are first laid out at submit, and a scroll bar found then
    narrowed the text and wrapped it again, in a second layout and frame. Nothing
    inside a pane takes focus, so its border marks ``:focus`` (``:focus-within`` restyled every row of
    the pane once more at each focus change: a submit's and a grade's), and only the pane is restyled
    when its focus changes.
    """

    BINDINGS = [
        Binding("tab", "screen.focus_next", "Pane", id="feedback-next-pane", tooltip="Move to the other pane"),
        # One footer entry for both directions ("↑↓ Scroll"): the footer has 80 columns to share.
        Binding("down", "line(1)", "Scroll", id="feedback-scroll-down", tooltip="Scroll down (up: ↑)",
                key_display="↑↓"),
        Binding("up", "line(-1)", "Scroll up", id="feedback-scroll-up", tooltip="Scroll up", show=False),
    ]

    def watch_has_focus(self, has_focus: bool) -> None:
        # Focus changes the pane's own border, nothing inside it: Textual would restyle every key-point row
        # and every block of the reference answer with it (at each submit and each grade).
        self.app.stylesheet.update_nodes([self], animate=True)

    def action_line(self, lines: int) -> None:
        # Without animation: a held key or quick presses scroll a line each (animated, they overtook each other).
        self.scroll_relative(y=lines, animate=False)


KINDS = ("covered", "partial", "missed")  # the mark's colour classes; a contradicted point is marked as missed


class PointRow(Horizontal):
    """One key point: its mark, its text, and under it the evidence or the reference sentence.

    Its parts are made once and filled in place (:meth:`show`): the interview builds the rows while the
    user types, so a submit changes text rather than mounting widgets (a mount costs a frame).
    A part with nothing to say is hidden and empty.
    """

    DEFAULT_CSS = """
    PointRow { height: auto; margin-bottom: 1; }
    PointRow .mark { width: 2; text-style: bold; }
    PointRow .mark.-covered { color: $success; }
    PointRow .mark.-partial { color: $warning; }
    PointRow .mark.-missed { color: $error; }
    PointRow Vertical { height: auto; width: 1fr; }
    PointRow .evidence { text-style: italic; padding-left: 2; }
    PointRow .reference { color: $text-muted; padding-left: 2; }
    """

    def __init__(self, point: PointResult | None = None) -> None:
        super().__init__(classes="point")
        self.point = point  # None: a row made ahead, not shown yet

    def compose(self) -> ComposeResult:
        yield Static("", classes="mark", markup=False)
        with Vertical():
            yield Static("", classes="text", markup=False)
            yield Static("", classes="reference opposite", markup=False)
            yield Static("", classes="evidence", markup=False)
            yield Static("", classes="reference missed-reference")

    def on_mount(self) -> None:
        self.show(self.point)

    def show(self, point: PointResult | None) -> None:
        """Show ``point`` in place (before the row is composed, it is kept for when it is)."""
        self.point = point
        parts = list(self.query(Static))
        if len(parts) < 5:
            return  # not composed yet: on_mount shows it
        mark, text, opposite, evidence, reference = parts
        kind = "" if point is None else point.status.value if point.status != Status.CONTRADICTED else "missed"
        mark.update(point.status.mark if point is not None else "")
        for each in KINDS:
            mark.set_class(kind == each, f"-{each}")
        text.update(safe(point.text) if point is not None else "")
        contradicted = point is not None and point.status == Status.CONTRADICTED
        fill(opposite, "Your answer says the opposite." if contradicted else "")
        fill(evidence, f"“{safe(point.evidence)}”" if point is not None and point.evidence else "")
        missed = (point is not None and not point.evidence and point.status in (Status.MISSED, Status.CONTRADICTED)
                  and bool(point.reference))
        fill(reference, Content.assemble(("Reference: ", "bold"), safe(point.reference)) if missed and point else "")


def fill(part: Static, content: str | Content) -> None:
    """Show ``content`` in ``part``, or hide it when there is none."""
    part.update(content)
    part.display = bool(content)


def tail_lines(scored: Scored | None, answer: str) -> Content:
    """The misconceptions named, then the user's whole answer."""
    parts: list[Content] = []
    for wrong in (scored.misconceptions if scored is not None else ()):
        parts.append(Content.assemble(("! Misconception: ", "bold"), safe(wrong), "\n"))
    parts.append(Content.assemble(("Your answer", "bold underline"), "\n", safe(answer.strip()) or "(none)"))
    return Content.assemble(*parts)


def score_line(submitted: Submitted) -> Content:
    """``Score 62% · 3 of 5 key points, 1 partly · 1:20 used``."""
    record, scored = submitted.record, submitted.scored
    used = f" · {format_clock(record.seconds)} used" + (f" (+{format_clock(record.overtime)} over)" if record.overtime else "")
    if record.skipped:
        verdict = "Skipped" + (f" · 0 of {len(scored.points)} key points" if scored else "")
    elif scored is None:
        verdict = "No key points to score this question against: compare with the reference and grade yourself"
    else:
        verdict = f"Score {scored.percent}% · {scored.rule_text}"
    return Content.styled(verdict + used, "bold")


def notes_line(submitted: Submitted, judging: str) -> Content:
    """The guards' flags and the judge's state, one line each (empty when there is nothing to say)."""
    lines: list[Content] = []
    scored = submitted.scored
    if scored is not None and not submitted.record.skipped:
        for flag in scored.flags:
            lines.append(Content.assemble(("⚑ ", "bold $warning"), f"Scored 0: {flag.reason}"))
    verdict = submitted.verdict
    if judging:
        lines.append(Content.styled(judging, "italic"))
    elif verdict is not None:
        lines.append(judge_note(verdict))
    return Content("\n").join(lines)


def judge_note(verdict: Verdict) -> Content:
    if verdict.error:
        # The error names the judge itself ("judge timed out after 20 s"): said once, capitalised.
        error = safe(verdict.error)
        return Content.assemble((error[:1].upper(), "bold"), error[1:], "; the offline score stands.")
    return Content.assemble(("Judge", "bold"), f" ({safe(verdict.model)}): grade {verdict.grade}. ",
                            safe(verdict.feedback))


@dataclass(frozen=True)
class FeedbackKeys:
    """The keys the feedback names, as the screen's live bindings have them (a keymap may have moved them)."""

    grades: tuple[str, str, str, str] = ("1", "2", "3", "4")
    suggested: str = "Enter"
    next: str = "n"
    undo: str = "ctrl+z"
    suspend: str = "s"
    bury: str = "b"

    def hold_text(self) -> str:
        return f" · {self.suspend} suspend · {self.bury} bury"


def grade_line(suggested: int | None, cram: bool = False, keys: FeedbackKeys = FeedbackKeys()) -> Content:
    """The four grades, the suggested one marked (in brackets, not only in colour).

    >>> grade_line(3).plain
    'Grade: 1 Again · 2 Hard · [3 Good] · 4 Easy  Enter: 3 · s suspend · b bury'
    """
    parts: list[Content | str] = ["Grade" + (" (cram: not scheduled)" if cram else "") + ": "]
    for grade, name in GRADES.items():
        text = f"{keys.grades[grade - 1]} {name}"
        parts.append(Content.styled(f"[{text}]", "bold reverse") if grade == suggested else text)
        parts.append(" · " if grade < 4 else "")
    if suggested is not None:
        parts.append(Content.styled(f"  {keys.suggested}: {keys.grades[suggested - 1]}", "dim"))
    parts.append(Content.styled(keys.hold_text(), "dim"))
    return Content.assemble(*parts)


class FeedbackView(Vertical):
    """What the interview screen shows after submit; :meth:`show` fills it, :meth:`judging` and :meth:`judged` update it."""

    DEFAULT_CSS = """
    FeedbackView { height: 1fr; }
    FeedbackView #feedback-score { padding: 0 1; }
    FeedbackView #feedback-notes { padding: 0 1; height: auto; }
    FeedbackView #feedback-panes { height: 1fr; layout: vertical; }
    FeedbackView.-wide #feedback-panes { layout: horizontal; }
    FeedbackView FeedbackPane {
        height: 1fr; width: 1fr; border: round $primary 40%; padding: 0 1; overflow-y: scroll;
    }
    FeedbackView FeedbackPane:focus { border: round $primary; }
    FeedbackView #feedback-point-rows { height: auto; }
    FeedbackView #feedback-grade { padding: 0 1; }
    FeedbackView #feedback-state { padding: 0 1; text-style: bold; color: $warning; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.submitted: Submitted | None = None
        self._judging = ""
        self._hint: str | None = None
        self._cram = False
        self._keys = FeedbackKeys()
        self._reference: str | None = None  # the reference answer the Markdown holds (or is being built with)

    def compose(self) -> ComposeResult:
        yield Static("", id="feedback-score")
        yield Static("", id="feedback-notes")
        with Container(id="feedback-panes"):
            with FeedbackPane(id="feedback-points") as points:
                points.border_title = "Key points"
                yield Vertical(id="feedback-point-rows")
                yield Static("", id="feedback-tail")
            with FeedbackPane(id="feedback-reference") as reference:
                reference.border_title = "Reference answer"
                yield AnswerView(id="feedback-reference-text")
        # Hidden until history says the question is held back (read by a worker after the feedback shows):
        # shown empty, it took a line the panes then got back in a second layout and frame.
        state = Static("", id="feedback-state", markup=False)
        state.display = False
        yield state
        yield Static("", id="feedback-grade")

    def on_resize(self) -> None:
        self.set_class(self.app.size.width >= WIDE, "-wide")

    def show(self, submitted: Submitted, *, judging: str = "", hint: str | None = None, cram: bool = False,
             keys: FeedbackKeys = FeedbackKeys()) -> None:
        """Fill the view for ``submitted``; ``judging`` says the judge is at work (shown until :meth:`judged`).

        ``hint`` replaces the grades line (a skip asks for no grade); ``cram`` says grades are not scheduled;
        ``keys`` are the keys to name.
        """
        self.submitted = submitted
        self._judging = judging
        self._hint, self._cram, self._keys = hint, cram, keys
        self.set_class(self.app.size.width >= WIDE, "-wide")
        self.query_one("#feedback-score", Static).update(score_line(submitted))
        self.show_state("")  # the last question's, until this one's is read
        self._refresh_notes()
        self._show_points(submitted)
        self.prepare(submitted.question.answer)
        self.query_one("#feedback-reference", FeedbackPane).border_title = submitted.question.reference_name
        self._show_grades(submitted)
        for pane in self.query(FeedbackPane):
            pane.scroll_home(animate=False)
        self.query_one("#feedback-points", FeedbackPane).focus()

    def prepare(self, reference: str) -> None:
        """Build the reference answer's Markdown now, while the view is hidden and the user types.

        Textual parses and mounts Markdown over several frames: done at submit, the feedback
        arrived in two steps, the reference a frame after the rest.
        """
        text = safe(reference)
        if text != self._reference:
            self._reference = text
            self.query_one("#feedback-reference-text", AnswerView).show(text)

    def show_state(self, text: str) -> None:
        """Whether the question sits out of the draws (suspended, buried), above the grades; "" hides the line."""
        state = self.query_one("#feedback-state", Static)
        state.update(text)
        state.display = bool(text)

    def judging(self, text: str) -> None:
        """Update the judge's progress line (``"judging… 3 s"``)."""
        self._judging = text
        self._refresh_notes()

    def judged(self, submitted: Submitted) -> None:
        """The judge has spoken (or failed): show its statuses and grade, keeping the scroll and focus."""
        self.submitted = submitted
        self._judging = ""
        self.query_one("#feedback-score", Static).update(score_line(submitted))
        self._refresh_notes()
        self._show_points(submitted)
        self._show_grades(submitted)

    def _show_grades(self, submitted: Submitted) -> None:
        line = (Content(self._hint + self._keys.hold_text()) if self._hint is not None
                else grade_line(submitted.suggested_grade, self._cram, self._keys))
        self.query_one("#feedback-grade", Static).update(line)

    def _show_points(self, submitted: Submitted) -> None:
        points = submitted.scored.points if submitted.scored is not None else ()
        self._fit_rows(len(points), points)
        self.query_one("#feedback-tail", Static).update(tail_lines(submitted.scored, submitted.record.answer))

    def prepare_rows(self, count: int) -> None:
        """Make ``count`` key-point rows now, empty, while the view is hidden: the submit then only fills them."""
        self._fit_rows(count)

    def _fit_rows(self, count: int, points: Sequence[PointResult] = ()) -> None:
        """Keep ``count`` rows, reusing those there are; fill them with ``points`` (blank without)."""
        rows = self.query_one("#feedback-point-rows", Vertical)
        existing = list(rows.query_children(PointRow))
        shown = list(points) + [None] * (count - len(points))
        for row, point in zip(existing, shown, strict=False):
            row.show(point)
        if len(existing) > count:
            rows.remove_children(existing[count:])
        elif count > len(existing):
            rows.mount_all(PointRow(point) for point in shown[len(existing):])

    def _refresh_notes(self) -> None:
        notes = self.query_one("#feedback-notes", Static)
        content = notes_line(self.submitted, self._judging) if self.submitted is not None else Content("")
        notes.update(content)
        notes.display = bool(content.plain)
