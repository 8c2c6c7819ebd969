"""Pilot tests of the interview screen's keys: leaving while typing, resuming a draft, lookups."""

from __future__ import annotations

from helpers import interrupted_session, press, settle, wait_ready
from textual.widgets import TextArea

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.practice.engine import InterviewPlan
from llmtui.tui.screens.confirm import ConfirmModal
from llmtui.tui.screens.interview import InterviewScreen
from llmtui.tui.screens.search import SearchScreen


async def test_escape_leaves_an_interview_while_typing(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=2, seed=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        await press(pilot, *"abc")
        await press(pilot, "escape")
        assert isinstance(app.screen, ConfirmModal)  # the answer box did not swallow Escape
        await press(pilot, "n")  # Stay
        assert isinstance(app.screen, InterviewScreen)
        await press(pilot, *"def")
        box = app.screen.query_one("#answer-box", TextArea)
        assert box.text == "abcdef" and app.focused is box
        await press(pilot, "escape", "y")
        assert isinstance(app.screen, SearchScreen)
        await settle(app, pilot)
        session = app.store.sessions()[0]
        assert session.status == "interrupted"
        assert app.store.draft(session.id, 0) == "abcdef"


async def test_a_resumed_draft_puts_the_cursor_at_its_end(data_dir, kb):
    interrupted_session(data_dir, draft="Draft answer")
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await press(pilot, "y")
        assert isinstance(app.screen, InterviewScreen)
        await press(pilot, *" MORE")
        assert app.screen.query_one("#answer-box", TextArea).text == "Draft answer MORE"


async def test_a_resumed_interview_keeps_the_time_it_had_left(data_dir, kb):
    from llmtui.tui.practice.store import HistoryStore

    now = [0.0]
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0], interview=InterviewPlan(questions=2, minutes=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        await press(pilot, *"half")
        now[0] = 50.0  # 50 s into the first question
        await press(pilot, "escape", "y")
        assert isinstance(app.screen, SearchScreen)
        sid = app.store.sessions()[0].id
    store = HistoryStore.open(data_dir).store
    assert store.draft_and_time(sid, 0) == ("half", 50.0)
    store.close()
    now[0] = 1000.0
    again = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0])
    async with again.run_test(size=(80, 24)) as pilot:
        await wait_ready(again, pilot)
        await pilot.pause()
        await press(pilot, "y")  # resume
        screen = again.screen
        assert isinstance(screen, InterviewScreen)
        assert screen.run.session.timer.remaining == 70.0
        assert "1:10 left" in str(screen.query_one("#clock").render())


def test_time_is_saved_while_nothing_is_typed(data_dir, kb):
    from llmtui.tui.practice.runner import TIME_SAVED_EVERY, InterviewRun
    from llmtui.tui.practice.store import HistoryStore

    now = [0.0]
    store = HistoryStore.open(data_dir).store
    run = InterviewRun.start(kb, store, InterviewPlan(questions=1), ["llm-hub#3"], lambda: now[0])
    run.begin_question()
    now[0] = TIME_SAVED_EVERY - 1
    run.save_draft()
    assert store.draft_and_time(run.session_id, 0) == ("", 0.0)  # nothing new to keep yet
    now[0] = TIME_SAVED_EVERY + 1
    run.save_draft()
    assert store.draft_and_time(run.session_id, 0) == ("", TIME_SAVED_EVERY + 1)


def test_a_history_from_before_draft_times_opens_and_keeps_its_drafts(data_dir):
    import sqlite3

    from llmtui.tui.practice.store import DB_NAME, MIGRATIONS, SCHEMA_VERSION, HistoryStore

    data_dir.mkdir(parents=True)
    old = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    old.executescript(MIGRATIONS[1] + "PRAGMA user_version = 1;")
    old.execute("INSERT INTO sessions VALUES (1, '2026-01-01T00:00:00+00:00', NULL, 'interrupted', '{}', 1, '[\"llm-hub#3\"]')")
    old.execute("INSERT INTO drafts VALUES (1, 0, 'an old draft', '2026-01-01T00:00:00+00:00')")
    old.close()
    store = HistoryStore.open(data_dir).store
    assert store.draft_and_time(1, 0) == ("an old draft", 0.0)
    assert store.conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
