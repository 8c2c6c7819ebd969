"""Every key, on every screen (F1 or ?)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

HELP = """\
Everywhere
  F1, ?            this help             ctrl+p   command palette (questions, concepts, actions, themes)
  ctrl+q           quit                  mouse    click results, scroll answers

Search (home)
  type             search as you type    Up/Down  move through results (keep typing)
  Enter            open the result       Escape   clear the query / leave a topic
  ctrl+b           browse all concepts   ctrl+t   start a mock interview (test)
  ctrl+r           interview history

Question and concept pages
  Escape, [, alt+left    back           ], alt+right   forward        h   home (search)
  Tab              next list             Enter    open the highlighted concept or question
  g                local graph (tree)    1 2 3    local graph depth
  p                path to another concept

All concepts
  s                sort by questions, centrality, name

Interview
  ctrl+s           submit the answer     ctrl+n   skip the question
  ctrl+t           pause / resume clock  1-4      grade: Again, Hard, Good, Easy
  Escape           leave (resumable)     ctrl+s   start (on the set-up screen)
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss", "Close", id="close-help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(HELP, markup=False)

    def action_dismiss(self) -> None:
        self.dismiss(None)
