"""The first frame lists the bank's topics, kept from the last run, before the bank has loaded."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import press, settle, wait_ready
from textual.widgets import Static

from llmtui.content.packs import load_bank
from llmtui.tui import app as app_module
from llmtui.tui.app import LlmTuiApp
from llmtui.tui.navigation import QuestionPage
from llmtui.tui.runtime.summary import BankSummary, read_summary, write_summary
from llmtui.tui.widgets.results import ResultList, Topic

PACK = """\
## Notes

### Q1: What is a widget?

A small thing.

### Q2: What is a gadget?

A bigger thing.
"""


class NotLoadingYet(LlmTuiApp):
    """The app before its loader has run: it starts loading only when told to."""

    CSS_PATH = Path(app_module.__file__).with_name("llmtui.tcss")

    def load_knowledge(self) -> None:
        pass

    def load_now(self) -> None:
        super().load_knowledge()


def listed(app: LlmTuiApp) -> list:
    return app.screen.query_one("#results", ResultList).targets


async def test_a_full_load_keeps_the_topics_and_the_next_start_lists_them_at_once(data_dir):
    bank = load_bank()
    topics = [Topic(name) for name, _ in bank.topics()]
    app = LlmTuiApp(data=data_dir)
    assert app.bank_summary is None  # nothing kept yet: the first start waits for the bank
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        assert listed(app) == topics
    assert read_summary(data_dir / "cache", []) == BankSummary(tuple(bank.topics()), len(bank))

    app = NotLoadingYet(data=data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.kb is None and listed(app) == topics  # the bank is not loaded, its topics are listed
        assert "Loading" in str(app.screen.query_one("#status", Static).render())
        await press(pilot, "down", "enter")  # a topic chosen before the bank has loaded…
        app.load_now()
        await wait_ready(app, pilot)
        await settle(app, pilot)
        questions = listed(app)
        # …lists its questions once it has.
        assert questions and all(isinstance(t, QuestionPage) for t in questions)
        assert {app.kb.question(t.question_id).topic for t in questions} == {topics[1].name}


def test_the_kept_topics_are_used_only_for_the_same_packs(tmp_path):
    cache = tmp_path / "cache"
    pack = tmp_path / "notes.md"
    pack.write_text(PACK, encoding="utf-8")
    summary = BankSummary((("Notes", 2),), 2)
    write_summary(cache, [pack], summary)
    assert read_summary(cache, [pack]) == summary
    assert read_summary(cache, []) is None  # another set of packs
    pack.write_text(PACK + "\n### Q3: What is a gizmo?\n\nA new thing.\n", encoding="utf-8")
    os.utime(pack, ns=(1, 1))
    assert read_summary(cache, [pack]) is None  # the pack changed since
    (cache / "home-summary.json").write_text('{"version": 1, "packs": [], "topics": 5}', encoding="utf-8")
    assert read_summary(cache, []) is None  # a damaged file is no summary
