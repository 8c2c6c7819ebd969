"""The interview set-up (title, counts, Enter, completion, prefill) and past interviews (review, counts, export)."""

from __future__ import annotations

import os

from helpers import (
    finished_session,
    go,
    interrupted_session,
    notifications,
    press,
    settle,
    text_of,
    type_query,
    wait_ready,
)
from textual.widgets import DataTable, Input, Select

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.entry import main
from llmtui.tui.navigation import ConceptPage
from llmtui.tui.screens.history import HistoryScreen
from llmtui.tui.screens.interview import InterviewScreen
from llmtui.tui.screens.interview_setup import InterviewSetupScreen
from llmtui.tui.screens.review import SessionReviewScreen
from llmtui.tui.screens.summary import SummaryScreen


async def test_set_up_has_a_title_counts_and_starts_on_enter(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+t")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, InterviewSetupScreen) and screen.title == "Mock interview"
        assert text_of(app, "#setup-counts").startswith(
            "114 questions fit (1 near-duplicate left out) · 0 of them due for review · this interview asks 5")
        # Everything, the Start button included, is on an 80x24 screen.
        button = screen.query_one("#start-button")
        assert button.region.bottom <= 23 and button.region.height == 1
        await press(pilot, "tab", "tab", "tab")  # questions → minutes → topic → concept
        assert app.focused.id == "concept"
        await pilot.press(*"kv c")
        await pilot.pause()
        await press(pilot, "right")  # accepts the completion from the glossary
        assert screen.query_one("#concept", Input).value == "KV cache"
        await settle(app, pilot)
        assert "this interview asks 5" in text_of(app, "#setup-counts")
        await press(pilot, "enter")
        assert isinstance(app.screen, InterviewScreen)
        assert app.screen.run.plan.concept == "KV cache"


async def test_right_takes_the_concept_the_count_line_suggests_and_the_heading_follows(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("Speculative decoding"))
        await press(pilot, "ctrl+t")
        await settle(app, pilot)
        assert "Practise Speculative decoding" in text_of(app, "#setup-heading")
        field = app.screen.query_one("#concept", Input)
        field.focus()
        field.value = ""
        await pilot.press(*"flsh att")
        await settle(app, pilot)
        assert "did you mean FlashAttention?" in text_of(app, "#setup-counts")
        assert "Speculative decoding" not in text_of(app, "#setup-heading")
        await press(pilot, "right")
        await settle(app, pilot)
        assert field.value == "FlashAttention"
        assert "Practise FlashAttention" in text_of(app, "#setup-heading")
        assert "this interview asks" in text_of(app, "#setup-counts")
        field.value = "lora"  # a suggestion was for what was typed before: → at once keeps what is typed now
        await pilot.pause()
        await press(pilot, "end", "right")
        assert field.value.lower() == "lora"  # completed as typed (LoRA), not the old suggestion
        await settle(app, pilot)
        assert "Practise LoRA" in text_of(app, "#setup-heading")  # the concept's own name


async def test_set_up_says_what_to_change_in_its_own_terms(data_dir, kb):
    from llmtui.tui.practice.store import HistoryStore

    store = HistoryStore.open(data_dir).store
    store.suspend("llm-hub#87")
    store.close()
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+t")
        # The counts are the draw's: a suspended question and a near-duplicate twin are not counted as fitting.
        app.screen.query_one("#count", Input).value = "500"
        await settle(app, pilot)
        assert text_of(app, "#setup-counts") == ("113 questions fit (1 suspended or buried, 1 near-duplicate left out)"
                                                 " · 0 of them due for review · this interview asks 113")
        app.screen.query_one("#count", Input).value = "0"  # refused, as the CLI's --questions 0 is
        await settle(app, pilot)
        assert text_of(app, "#setup-counts") == "⚠ Questions must be at least 1."
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, InterviewSetupScreen) and "Questions must be at least 1." in notifications(app)
        app.screen.query_one("#count", Input).value = "5"
        app.screen.query_one("#mode", Select).value = "plan"  # no date set: refused, as due and weak are
        await settle(app, pilot)
        assert "No interview date is set" in text_of(app, "#setup-counts")
        assert text_of(app, "#setup-counts").endswith("; or choose Mode: Random.")
        app.screen.query_one("#mode", Select).value = "due"
        await settle(app, pilot)
        counts = text_of(app, "#setup-counts")
        assert "No reviews are due yet" in counts and "choose Mode: Random" in counts and "--mode" not in counts
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, InterviewSetupScreen)
        assert any("choose Mode: Random" in n and "--" not in n for n in notifications(app))
        app.screen.query_one("#mode", Select).value = "random"
        app.screen.query_one("#concept", Input).value = "zzqx nonsense"
        await settle(app, pilot)
        assert "⚠" in text_of(app, "#setup-counts")


async def test_practise_a_topic_and_a_search(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "enter")  # the first topic
        await press(pilot, "ctrl+t")
        assert app.screen.query_one("#topic", Select).value == "Transformer fundamentals"
        await settle(app, pilot)
        assert text_of(app, "#setup-counts").startswith("34 questions fit (1 near-duplicate left out)")
        await press(pilot, "escape", "escape")
        await type_query(app, pilot, "behaviour")
        await press(pilot, "ctrl+t")
        await settle(app, pilot)
        assert text_of(app, "#setup-counts").startswith("7 questions fit")
        await press(pilot, "enter")
        assert app.screen.run.plan.query == "behaviour"
        asked = app.screen.run.session.records
        assert all("behavior" in kb.question(r.question_id).answer for r in asked)


async def test_enter_on_a_past_interview_reviews_it(data_dir, kb):
    sid = finished_session(data_dir, [("llm-hub#3", "It caches keys and values", 0.5, 3), ("llm-hub#5", "", None, None)])
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        table = app.screen.query_one("#sessions", DataTable)
        # The summary's words ("1 of 2 answered, 1 skipped"), a column each.
        assert [str(c) for c in table.get_row_at(0)[3:5]] == ["1 of 2", "1"]
        await press(pilot, "enter")
        await settle(app, pilot)
        review = app.screen
        assert isinstance(review, SessionReviewScreen) and review.session_id == sid
        text = " ".join(str(w.render()) for w in review.query(".review-section Static"))
        assert "It caches keys and values" in text and "(skipped)" in text
        assert "score 50% · grade Good" in text and "covered ✓ KV cache" in text and "missed ✗ HBM" in text
        assert "1 of 2 answered, 1 skipped" in text_of(app, "#review-summary")
        assert len(review.query(".review-reference")) == 2  # the reference answer of each
        assert app.focused.id == "review"  # PageDown scrolls at once
        await press(pilot, "n")
        assert review.current == 1
        await press(pilot, "e")
        exported = (data_dir / "exports" / f"interview-{sid}.md").read_text()
        assert "**Reference answer:**" in exported and kb.question("llm-hub#3").answer.strip()[:60] in exported
        await press(pilot, "escape")
        assert isinstance(app.screen, HistoryScreen)


async def test_summary_counts_and_enter_reviews_a_question(data_dir, kb):
    from llmtui.tui.practice.engine import InterviewPlan

    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=2, seed=4))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        await press(pilot, *"kv cache", "ctrl+s")
        await press(pilot, "3", "ctrl+n", "n")  # a skip is not graded: n moves on
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert "1 of 2 answered, 1 skipped" in text_of(app, "#summary-total")
        app.screen.query_one("#summary-table", DataTable).focus()
        await press(pilot, "down", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, SessionReviewScreen) and app.screen.current == 1


async def test_history_is_fresh_after_a_resume_and_says_the_right_thing(data_dir, kb):
    interrupted_session(data_dir, answered=0, questions=("llm-hub#3",))
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        await press(pilot, "n")  # not now
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        hint = text_of(app, "#trend-values")
        assert "No interviews yet" not in hint and "r resumes" in hint
        await press(pilot, "r")
        assert isinstance(app.screen, InterviewScreen)
        await press(pilot, *"cached keys", "ctrl+s", "3")
        await settle(app, pilot)
        await press(pilot, "escape")  # the summary closes onto history
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one("#sessions", DataTable)
        assert [str(v) for v in table.get_row_at(0)[2:4]] == ["completed", "1 of 1"]
        assert "(1 interview)" in text_of(app, "#trend-label")


async def test_history_fits_80_columns(data_dir, kb):
    finished_session(data_dir, [("llm-hub#3", "kv", 0.5, 3)])
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        for selector in ("#sessions", "#mastery"):
            table = app.screen.query_one(selector, DataTable)
            widths = sum(column.get_render_width(table) for column in table.columns.values())
            assert widths <= table.size.width, selector  # no "Answere", no "Mas"


def test_history_cli_counts_and_export_with_reference_answers(capsys, data_dir, tmp_path):
    finished_session(data_dir, [("llm-hub#3", "kv", 0.5, 3), ("llm-hub#5", "", None, None), ("llm-hub#7", "", None, None)])
    assert main(["history"]) == 0
    assert "1 of 3 answered, 2 skipped" in capsys.readouterr().out
    out = tmp_path / "history.md"
    old = os.umask(0o022)
    try:
        assert main(["history", "export", "-o", str(out)]) == 0
    finally:
        os.umask(old)
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # typed answers: the user's alone, whatever the umask
    assert capsys.readouterr().err.strip() == f"wrote {out}: 1 interview"
    text = out.read_text()
    assert text.count("**Reference answer:**") == 3 and "_(skipped)_" in text


async def test_a_concept_page_practises_its_concept(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("Beam search"))
        await press(pilot, "ctrl+t")  # the app-wide key prefills from the page too
        assert app.screen.query_one("#concept", Input).value == "Beam search"
        assert "Practise Beam search" in text_of(app, "#setup-heading")


async def test_the_set_up_hint_says_how_to_start_whole_at_80_columns_and_enter_on_a_list_opens_it(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+t")
        await settle(app, pilot)
        hint = app.screen.query_one("#setup-hint")
        assert text_of(app, "#setup-hint").strip() == "ctrl+s starts, or Enter in a field · Escape cancels"
        assert hint.region.right <= 80 and hint.content_size.width >= len(text_of(app, "#setup-hint"))
        await press(pilot, "tab", "tab")  # questions → minutes → topic
        assert app.focused is not None and app.focused.id == "topic"
        await press(pilot, "enter")  # a list opens, as the hint leaves it to: no interview
        topic = app.screen.query_one("#topic", Select)
        assert topic.expanded and isinstance(app.screen, InterviewSetupScreen)
        await press(pilot, "escape")
        assert not topic.expanded
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, InterviewScreen)
