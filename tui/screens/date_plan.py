"""Setting the interview-date plan: the day of the interview, minutes a day, and the topic in scope."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ..practice.dateplan import check_interview_date
from ..widgets.line_input import LineInput
from ..widgets.text import plain
from ..wording import sentence


@dataclass(frozen=True, slots=True)
class DatePlanChoice:
    interview: date | None  # None: no plan
    minutes: int
    topic: str | None


class DatePlanModal(ModalScreen[DatePlanChoice | None]):
    """Dismisses with the choice (an empty date clears the plan), or None (Escape)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="date-plan-cancel", tooltip="Keep the plan as it is"),
        # Enter saves from every field, as the Save button says; on the Topic list (closed) a Select would open
        # its menu with it, so this goes first. Space, Down or Up open the menu; in the open menu Enter picks.
        Binding("enter", "save_from_list", "Save", id="date-plan-save", priority=True, show=False,
                tooltip="Save the plan (from the Topic list too)"),
    ]

    def __init__(self, interview: date | None, minutes: int, topic: str | None, topics: list[str], today: date) -> None:
        super().__init__()
        self.interview, self.minutes, self.topic, self.topics = interview, minutes, topic, topics
        self.today = today  # a date before it is refused

    def compose(self) -> ComposeResult:
        # One row a field (compact inputs), and Save / Cancel always on the dialog's last row: it reads whole at
        # 80x24, and in a shorter terminal the fields scroll while the buttons stay in sight.
        with Vertical(id="date-plan-dialog"):
            with VerticalScroll(id="date-plan-fields", can_focus=False):
                yield Static("Every question in scope is met before the day, the daily load kept level. "
                             "An empty date clears the whole plan (topic and minutes too).",
                             id="plan-intro", markup=False)
                with Horizontal(classes="plan-row"):
                    yield Label("Interview date", classes="plan-label")
                    yield LineInput(self.interview.isoformat() if self.interview else "", id="plan-date",
                                placeholder="YYYY-MM-DD", compact=True)
                with Horizontal(classes="plan-row"):
                    yield Label("Minutes a day", classes="plan-label")
                    yield LineInput(str(self.minutes), id="plan-minutes", type="integer", compact=True)
                with Horizontal(classes="plan-row"):
                    yield Label("Topic", classes="plan-label")
                    yield Select([(plain(t), t) for t in self.topics], prompt="All topics", id="plan-topic",
                                 compact=True, value=self.topic if self.topic in self.topics else Select.NULL)
                yield Static("", id="plan-error", markup=False)
            with Horizontal(id="date-plan-buttons"):
                yield Button("Save (Enter)", id="plan-save", variant="primary", compact=True)
                yield Button("Cancel (Esc)", id="plan-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#plan-date", Input).focus()

    def _choice(self) -> DatePlanChoice | str:
        text = self.query_one("#plan-date", Input).value.strip()
        minutes_text = self.query_one("#plan-minutes", Input).value.strip()
        try:
            interview = date.fromisoformat(text) if text else None
        except ValueError:
            return f"{text!r} is not a date: write it as YYYY-MM-DD."
        try:
            if interview is not None:
                check_interview_date(interview, self.today)
        except ValueError as exc:
            return sentence(str(exc))
        try:
            minutes = int(minutes_text)
        except ValueError:
            return "Minutes a day: a whole number."
        if not 1 <= minutes <= 24 * 60:
            return "Minutes a day: 1 to 1440."
        select = self.query_one("#plan-topic", Select)
        return DatePlanChoice(interview, minutes, None if select.is_blank() else str(select.value))

    @on(events.DescendantFocus)
    def mark_the_focused_row(self, event: events.DescendantFocus) -> None:
        """The row being typed in shows it on its label (a compact field alone barely changes; Textual's
        :focus-within does not restyle a sibling's label)."""
        for row in self.query(".plan-row"):
            row.set_class(row in event.widget.ancestors_with_self, "-focused")

    def action_save_from_list(self) -> None:
        if not isinstance(self.focused, Select):
            raise SkipAction()  # a field or button has Enter of its own (an Input submits, a button presses)
        self.submitted()

    @on(Input.Changed)
    @on(Select.Changed)
    def forget_the_error(self) -> None:
        """The error was about what the fields held: once they change it is out of date (Enter checks anew)."""
        self.query_one("#plan-error", Static).update("")

    @on(Input.Submitted)
    @on(Button.Pressed, "#plan-save")
    def submitted(self) -> None:
        choice = self._choice()
        if isinstance(choice, str):
            error = self.query_one("#plan-error", Static)
            error.update(choice)
            self.query_one("#date-plan-fields", VerticalScroll).scroll_to_widget(error, animate=False)
            return
        self.dismiss(choice)

    @on(Button.Pressed, "#plan-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
