"""What every full screen of the app tells the app-wide keys (ctrl+t, ctrl+b, ctrl+r, ctrl+p, F1)."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding
from textual.keys import key_to_character
from textual.screen import Screen

from ..practice.engine import InterviewPlan

# Home from every full screen where no text is typed (pages, history, stats, a review, the summary): one key, one id.
# Not ctrl+h: terminals send it for Backspace.
HOME_BINDING = Binding("h", "app.home", "Home", id="home",
                       tooltip="Back to the search screen, the last query selected: typing starts a new search")


class AppScreen(Screen[None]):
    """A full screen of llmtui. Its ``TITLE`` names it in the header and as the first crumb of a walk
    through pages opened from it."""

    # An interview is under way on this screen: app-wide keys that open other screens would abandon it.
    HOLDS_INTERVIEW: ClassVar[bool] = False
    # The app-wide action that shows this screen ("history"): pressing its key again here does nothing.
    OWN_ACTION: ClassVar[str | None] = None
    # Keys F1 should name that are not bindings of the screen (a widget's own Enter, say): (keys, what they do).
    HELP_NOTES: ClassVar[tuple[tuple[str, str], ...]] = ()

    shown_before = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Textual's own handler (a subclass's comes first). A screen shown for the first time
        # had every widget styled as it was mounted, a moment ago (its breakpoint class already set, see
        # on_compose): Textual would restyle them all again.
        if not self.shown_before:
            self.shown_before = True
            event.refresh_styles = False
        # Shown on a terminal too small for it (a dialog, which fits one, answered): the notice goes over it,
        # and an interview's clock waits behind it until the terminal grows. Once built: the notice asks it.
        self.call_after_refresh(self.app.check_size)

    def on_compose(self) -> None:
        # Before the widgets are composed, so they are styled with it as they are mounted. Textual sets the
        # breakpoint class (-narrow, -wide) on the Resize that follows the first layout: the screen was laid
        # out, styled and painted twice, in the wrong shape first.
        width = self.size.width
        chosen = next((name for limit, name in sorted(self.HORIZONTAL_BREAKPOINTS or [], reverse=True)
                       if width >= limit), None)
        for _, name in self.HORIZONTAL_BREAKPOINTS or []:
            self.set_class(name == chosen, name)  # nothing is mounted yet: the screen alone is restyled

    def practice_plan(self) -> InterviewPlan | None:
        """What "practise this" (ctrl+t) prefills the interview set-up with, from what the screen shows."""
        return None

    def help_notes(self) -> tuple[tuple[str, str], ...]:
        """The lines F1 adds for keys that are not this screen's bindings (``HELP_NOTES`` unless it depends)."""
        return self.HELP_NOTES

    def key_for(self, binding_id: str) -> str:
        """The key that runs the binding ``binding_id`` here, said in prose ("ctrl+t", "Escape", "?").

        Read from the live bindings, so a keymap that moved it is followed.
        """
        for key, active in self.active_bindings.items():
            if active.binding.id == binding_id:
                return prose_key(key)
        return "?"

    def keeps_answer_hidden(self, question_id: str) -> bool:
        """Whether the reference answer of ``question_id`` must stay hidden while this screen is open (an
        interview asks that question and the answer is not submitted yet)."""
        return False

    def lookup_allowed(self, what: str) -> bool:
        """Whether a lookup (``what``: "palette", "help") may open over this screen now; may pause a clock.

        "too-small" (the terminal is too small to show the screen) is told, not asked: the answer is not used.
        """
        return True


def prose_key(key: str) -> str:
    """A key as a sentence names it: ``ctrl+t``, ``Escape``, ``F1``, ``?``.

    >>> [prose_key(k) for k in ("ctrl+t", "escape", "f1", "question_mark", "n", "pagedown", "down", "space")]
    ['ctrl+t', 'Escape', 'F1', '?', 'n', 'PageDown', 'Down', 'Space']
    """
    if "+" in key:
        return key
    character = key_to_character(key)
    if character is not None and character.isprintable() and not character.isspace() and len(character) == 1:
        return character
    names = {"escape": "Escape", "enter": "Enter", "tab": "Tab", "pagedown": "PageDown", "pageup": "PageUp",
             "up": "Up", "down": "Down", "left": "Left", "right": "Right",
             "space": "Space", "backspace": "Backspace", "delete": "Delete", "home": "Home", "end": "End"}
    return names.get(key, key.upper() if key.startswith("f") and key[1:].isdigit() else key)
