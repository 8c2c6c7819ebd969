"""The feedback after an answer, driven as a user would: at 80×24, with and without a local judge."""

from __future__ import annotations

import json
import threading

from helpers import notifications, press, settle, text_of, wait_ready
from judge_server import judge_server, judgement
from textual.widgets import Static, TextArea

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.practice.engine import InterviewPlan
from llmtui.tui.widgets.interview.feedback import FeedbackPane, PointRow


def plan() -> InterviewPlan:
    return InterviewPlan(questions=2, minutes=3, seed=5)


async def start(app: LlmTuiApp, pilot) -> str:
    """Wait for the interview; returns the id of the first question."""
    await wait_ready(app, pilot)
    await pilot.pause()
    return app.screen.run.question.id


async def submit_strong(app: LlmTuiApp, pilot) -> None:
    """Submit a strong answer to the question shown and wait for its feedback."""
    app.screen.query_one("#answer-box", TextArea).text = strong_answer(app)
    await press(pilot, "ctrl+s")
    await settle(app, pilot)


def quote_of(text: str) -> str:
    """A passage the judge can quote from ``text``: its first words."""
    return " ".join(text.split()[:6])


def strong_answer(app: LlmTuiApp) -> str:
    """The current question's reference answer, typed in as the user's: it covers most key points."""
    return app.screen.run.question.answer


def visible(widget) -> bool:
    """Inside the screen, not clipped by its scrolling parent."""
    region = widget.region
    return region.height > 0 and widget.screen.region.contains_region(region)


async def test_feedback_at_80x24_shows_points_evidence_and_reference(data_dir, kb):
    now = [0.0]
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0], interview=plan())
    async with app.run_test(size=(80, 24)) as pilot:
        qid = await start(app, pilot)
        screen = app.screen
        rubric = screen.run.scoring.rubric(qid)
        screen.query_one("#answer-box", TextArea).text = strong_answer(app)
        now[0] = 30.0
        await press(pilot, "ctrl+s")
        await settle(app, pilot)
        score = text_of(app, "#feedback-score")
        assert f"of {len(rubric.points)} key points" in score and "0:30 used" in score
        rows = list(screen.query(PointRow))
        assert len(rows) == len(rubric.points)
        for row in rows:
            shown = " ".join(str(s.visual) for s in row.query(Static))
            assert row.point.text in shown
            if row.point.evidence:
                assert "“" in shown
            elif row.point.status.value == "missed" and row.point.reference:
                assert "Reference:" in shown
        # Nothing is cut: the score, grades and keys are on screen, and each pane scrolls to its end.
        for selector in ("#feedback-score", "#feedback-grade"):
            assert visible(screen.query_one(selector))
        suggested = screen.submitted.suggested_grade
        assert f"[{suggested} " in text_of(app, "#feedback-grade")
        points = screen.query_one("#feedback-points", FeedbackPane)
        assert app.focused is points
        points.scroll_end(animate=False)
        await pilot.pause()
        assert points.max_scroll_y > 0 and visible(screen.query_one("#feedback-tail"))
        await press(pilot, "tab")
        assert app.focused is screen.query_one("#feedback-reference", FeedbackPane)
        # Enter takes the suggested grade.
        await press(pilot, "enter")
        assert str(screen.query_one("#progress", Static).visual).split(" · ")[0] == "Question 2/2"
        assert app.store.session(screen.run.session_id).answers[0].grade == suggested


async def test_the_users_own_grade_drives_the_schedule(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=plan())
    async with app.run_test(size=(80, 24)) as pilot:
        qid = await start(app, pilot)
        app.screen.query_one("#answer-box", TextArea).text = "No idea."
        await press(pilot, "ctrl+s")
        assert app.screen.submitted.suggested_grade == 1
        await press(pilot, "4")  # the user disagrees
        card = app.store.conn.execute("SELECT last_grade FROM cards WHERE question_id = ?", (qid,)).fetchone()
        assert card == (4,)


async def test_a_slow_judge_never_blocks_the_timer_or_the_keys(data_dir, kb, monkeypatch):
    release = threading.Event()  # the judge answers only when the test says so: slow for as long as it takes

    def reply(body):  # quotes the answer it was sent
        release.wait(timeout=30)
        answer = body["messages"][-1]["content"].rsplit("CANDIDATE'S ANSWER:\n", 1)[1]
        return 200, judgement([{"index": 0, "status": "covered", "quote": quote_of(answer)}], 4, feedback="Clear."), 0.0

    now = [0.0]
    with judge_server(reply) as (url, received):
        monkeypatch.setenv("LLMTUI_JUDGE_URL", url)
        monkeypatch.setenv("LLMTUI_JUDGE_MODEL", "slow-model")
        app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0], interview=plan())
        async with app.run_test(size=(80, 24)) as pilot:
            await start(app, pilot)
            screen = app.screen
            screen.query_one("#answer-box", TextArea).text = strong_answer(app)
            await press(pilot, "ctrl+s")
            assert "judging…" in text_of(app, "#feedback-notes")
            # While the judge thinks, the keys work: grade and move on, and the next clock runs.
            await press(pilot, "3")
            assert str(screen.query_one("#progress", Static).visual).split(" · ")[0] == "Question 2/2"
            now[0] = 10.0
            screen.tick()
            assert str(screen.query_one("#clock", Static).visual) == "2:50 left"
            release.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            first = app.store.session(screen.run.session_id).answers[0]
            assert first.grade == 3 and first.points[0].status == "covered"  # the verdict reached history
        assert received and received[0]["body"]["model"] == "slow-model"


async def test_the_judges_verdict_replaces_the_offline_one_on_screen(data_dir, kb, monkeypatch):
    def reply(body):
        answer = body["messages"][-1]["content"].rsplit("CANDIDATE'S ANSWER:\n", 1)[1]
        points = [{"index": 0, "status": "covered", "quote": quote_of(answer)},
                  {"index": 1, "status": "contradicted", "quote": ""}]
        return 200, judgement(points, 4, feedback="Clear and complete."), 0.3

    with judge_server(reply) as (url, _):
        monkeypatch.setenv("LLMTUI_JUDGE_URL", url)
        monkeypatch.setenv("LLMTUI_JUDGE_MODEL", "m")
        app = LlmTuiApp(data=data_dir, knowledge=kb, interview=plan())
        async with app.run_test(size=(80, 24)) as pilot:
            await start(app, pilot)
            app.screen.query_one("#answer-box", TextArea).text = strong_answer(app)
            await press(pilot, "ctrl+s")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert "Judge (m): grade 4. Clear and complete." in text_of(app, "#feedback-notes")
            assert "[4 Easy]" in text_of(app, "#feedback-grade")
            first, second = list(app.screen.query(PointRow))[:2]
            assert first.point.status.value == "covered" and second.point.status.value == "contradicted"
            assert "says the opposite" in " ".join(str(s.visual) for s in second.query(Static))


async def test_a_judge_that_times_out_leaves_the_offline_score_with_a_note(data_dir, kb, monkeypatch):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"judge_timeout": 0.3}), encoding="utf-8")
    with judge_server(lambda body: (200, judgement([], 4), 2.0)) as (url, _):
        monkeypatch.setenv("LLMTUI_JUDGE_URL", url)
        monkeypatch.setenv("LLMTUI_JUDGE_MODEL", "m")
        app = LlmTuiApp(data=data_dir, knowledge=kb, interview=plan())
        async with app.run_test(size=(80, 24)) as pilot:
            await start(app, pilot)
            app.screen.query_one("#answer-box", TextArea).text = strong_answer(app)
            await press(pilot, "ctrl+s")
            offline = text_of(app, "#feedback-score")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert text_of(app, "#feedback-notes") == "Judge timed out after 0.3 s; the offline score stands."
            assert text_of(app, "#feedback-score") == offline


async def test_the_feedback_names_the_keys_as_the_keymap_moved_them(data_dir, kb):
    """The grades line and a skip's line say the user's keys, not the defaults the keymap moved away."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "keymap.toml").write_text('[keys]\ngrade-3 = "g"\ngrade-suggested = "space"\nnext = "j"\n'
                                          'undo = "ctrl+u"\nsuspend = "x"\nbury = "y"\n')
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=plan())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await start(app, pilot)
        await submit_strong(app, pilot)
        grades = text_of(app, "#feedback-grade")
        assert "g Good" in grades and "3 Good" not in grades
        assert "Space: g" in grades and "enter" not in grades.lower()
        assert "x suspend" in grades and "y bury" in grades and "s suspend" not in grades
        await press(pilot, "g")
        await settle(app, pilot)
        assert "Good: next review" in text_of(app, "#progress") and "(ctrl+u undoes)" in text_of(app, "#progress")
        await press(pilot, "ctrl+n")  # skip the second question
        await settle(app, pilot)
        hint = text_of(app, "#feedback-grade")
        assert "j next" in hint and "ctrl+u undo" in hint and "x suspend" in hint
        assert "n next" not in hint and "ctrl+z" not in hint


async def test_the_suspend_toast_names_the_keys_as_the_keymap_moved_them(data_dir, kb):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "keymap.toml").write_text('[keys]\nsuspend = "x"\nquestion-suspend = "z"\n')
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=plan())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await start(app, pilot)
        await submit_strong(app, pilot)
        await press(pilot, "x")
        await settle(app, pilot)
        toast = next(t for t in notifications(app) if "suspended:" in t)
        assert "(x again, or z on its page)" in toast, toast


async def test_a_grade_says_what_it_did_on_the_progress_line_until_the_next_answer_is_submitted(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=plan())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await start(app, pilot)
        screen = app.screen
        await submit_strong(app, pilot)
        await press(pilot, "3")
        await settle(app, pilot)
        # Beside the progress, in the frame of the next question, and no toast over the answer box.
        progress = text_of(app, "#progress")
        assert progress.startswith("Question 2/") and " · Good: next review in " in progress
        assert progress.endswith("(ctrl+z undoes)") and not notifications(app)
        # Cut to the room it has, a cell before the clock.
        assert screen.query_one("#progress").region.right < screen.query_one("#clock").region.x
        await press(pilot, "ctrl+z")
        await settle(app, pilot)
        assert text_of(app, "#progress").startswith("Question 1/")
        assert text_of(app, "#progress").endswith("· Undid Good: the review is back as it was")
        await press(pilot, "4")
        await settle(app, pilot)
        assert " · Easy: next review in " in text_of(app, "#progress")
        screen.query_one("#answer-box", TextArea).text = "an answer to the second question"
        await press(pilot, "ctrl+s")
        await settle(app, pilot)
        assert text_of(app, "#progress").startswith("Question 2/") and "·" not in text_of(app, "#progress")


async def test_once_something_is_typed_the_outcome_no_longer_offers_ctrl_z_which_undoes_typing(data_dir, kb):
    from llmtui.tui.widgets.keybar import KeyBar

    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        screen = app.screen
        await submit_strong(app, pilot)
        await press(pilot, "3")
        await settle(app, pilot)
        assert text_of(app, "#progress").endswith("(ctrl+z undoes)")
        assert "Undo" in {k.description for k in screen.query_one(KeyBar).keys}
        await press(pilot, *"abc")
        await pilot.pause()
        assert text_of(app, "#progress").endswith("Good: next review in 10 min")  # the grade stays said
        assert "Undo" not in {k.description for k in screen.query_one(KeyBar).keys}
        await press(pilot, "ctrl+z")  # the box's undo: the typing goes, the grade stays
        await pilot.pause()
        assert app.store.sessions()[0].answers[0].grade == 3
