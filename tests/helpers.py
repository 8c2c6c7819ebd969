"""Helpers shared by the pilot tests: waiting for the app, typing, opening pages, reading lists."""

from __future__ import annotations

import functools
import io
from datetime import datetime
from pathlib import Path

from textual.pilot import Pilot

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.messages import Navigate
from llmtui.tui.navigation import Location
from llmtui.tui.widgets.results import ResultList, Target


async def wait_ready(app: LlmTuiApp, pilot: Pilot) -> None:
    """Wait until the bank, graph and history are loaded (a wait_for_workers fixture, as a function)."""
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.ready:
            await pilot.pause()
            return
    raise AssertionError("knowledge base never loaded")


async def settle(app: LlmTuiApp, pilot: Pilot) -> None:
    """Let the messages already posted start their workers (a field's value set just now: its Changed is still
    queued on a busy machine), then let the workers finish and their messages land."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def type_query(app: LlmTuiApp, pilot: Pilot, text: str) -> None:
    """Type into the focused box and wait for the search worker's results."""
    await pilot.press(*text)
    await settle(app, pilot)


async def press(pilot: Pilot, *keys: str) -> None:
    """Press ``keys`` and let the app handle them."""
    await pilot.press(*keys)
    await pilot.pause()


async def go(app: LlmTuiApp, pilot: Pilot, location: Location, delay: float | None = None) -> None:
    """Open a page as a click or the palette would."""
    app.post_message(Navigate(location))
    await pilot.pause(delay)
    await settle(app, pilot)


def targets(app: LlmTuiApp, selector: str) -> list[Target | None]:
    """What each option of the result list ``selector`` on the current screen opens."""
    return app.screen.query_one(selector, ResultList).targets


def prompts(app: LlmTuiApp, selector: str) -> list[str]:
    widget = app.screen.query_one(selector, ResultList)
    return [str(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]


def text_of(app: LlmTuiApp, selector: str) -> str:
    """The text a Static (or Label) on the current screen shows."""
    return str(app.screen.query_one(selector).render())


def notifications(app: LlmTuiApp) -> list[str]:
    """The texts of the toasts on screen now."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


def interrupted_session(data_dir: Path, *, draft: str = "", answered: int = 1, questions: tuple[str, ...] = (
        "llm-hub#3", "llm-hub#5"), minutes: float = 3.0) -> int:
    """An interview left by a process that is gone: ``answered`` answers stored, a draft for the next one."""
    import os

    from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
    from llmtui.tui.practice.store import HistoryStore

    store = HistoryStore.open(data_dir).store
    sid = store.start_session(InterviewPlan(questions=len(questions), minutes=minutes, seed=1), list(questions))
    for position in range(answered):
        store.record_answer(sid, position, AnswerRecord(questions[position], "cached keys and values", 30.0),
                            bundled_title(questions[position]))
        store.grade(sid, position, questions[position], 3)
    if draft:
        store.save_draft(sid, answered, draft)
    store.conn.execute("UPDATE sessions SET pid = ? WHERE id = ?", (2**22 + os.getpid() % 1000, sid))  # a dead pid
    store.close()
    return sid


async def palette(app: LlmTuiApp, pilot: Pilot, text: str) -> None:
    """Run ``text``'s best hit in the command palette (ctrl+p, type, Enter), as a user would."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*text)
    await pilot.pause(0.4)  # the palette searches in the background
    await pilot.press("enter")
    await pilot.pause()
    await settle(app, pilot)


def graded_at(data_dir: Path, grades: dict[str, int], when: datetime) -> None:
    """One finished interview in history whose questions were each answered and given ``grades`` at ``when``
    (their reviews fall due from it)."""
    from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
    from llmtui.tui.practice.store import HistoryStore

    store = HistoryStore.open(data_dir).store
    session = store.start_session(InterviewPlan(questions=len(grades)), list(grades))
    for position, (qid, grade) in enumerate(grades.items()):
        store.record_answer(session, position, AnswerRecord(qid, "an answer", 60.0))
        store.grade(session, position, qid, grade, when, seconds=60.0)
    store.finish_session(session)
    store.close()


def finished_session(data_dir: Path, answers: list[tuple[str, str, float | None, int | None]],
                     questions: tuple[str, ...] | None = None) -> int:
    """A completed interview in history: (question id, answer, coverage, grade) each; a None coverage is a skip."""
    from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
    from llmtui.tui.practice.store import HistoryStore

    ids = questions or tuple(a[0] for a in answers)
    store = HistoryStore.open(data_dir).store
    sid = store.start_session(InterviewPlan(questions=len(ids)), list(ids))
    for position, (qid, text, coverage, grade) in enumerate(answers):
        record = AnswerRecord(qid, text, 40.0, 0.0, coverage if coverage is not None else 0.0, skipped=coverage is None,
                              covered=["KV cache"] if coverage else [], missed=["HBM"])
        store.record_answer(sid, position, record, bundled_title(qid))
        if grade is not None:
            store.grade(sid, position, qid, grade)
    store.finish_session(sid)
    store.close()
    return sid


def help_text(app: LlmTuiApp) -> str:
    """What the F1 help on screen says, as plain text."""
    from rich.console import Console

    console = Console(width=200, record=True, file=io.StringIO())
    console.print(app.screen.table)
    return console.export_text()


@functools.cache
def _bundled_titles() -> dict[str, str]:
    from llmtui.content.packs import load_bundled_pack

    return {q.id: q.title for q in load_bundled_pack().questions}


def bundled_title(question_id: str) -> str:
    """The title history stores with an answer (a wrong one would make history re-link or orphan it)."""
    return _bundled_titles()[question_id]
