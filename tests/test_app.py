"""Pilot tests of the app, one per flow a user takes."""

from __future__ import annotations

from helpers import go, notifications, press, prompts, settle, targets, text_of, type_query, wait_ready
from textual.widgets import Input, OptionList, Static, TextArea

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.navigation import ConceptPage, PathPage, QuestionPage
from llmtui.tui.screens.concept import ConceptScreen
from llmtui.tui.screens.palette import Palette
from llmtui.tui.screens.question import QuestionScreen
from llmtui.tui.screens.search import SearchScreen
from llmtui.tui.widgets.results import Topic

HOSTILE = """\
## Tokens

### Q1: What do [CLS], [/INST] and [MASK] do? [link=https://evil]x[/link]

They mark spans. [@click=app.quit]x[/] and <eos> and <think>hidden?</think> stay literal.

### Q2: Why does [bold]this[/bold] stay plain?

Because [red]markup[/red] is data here.
"""


async def test_search_as_you_type_and_open(data_dir):
    app = LlmTuiApp(data=data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        assert isinstance(app.screen, SearchScreen) and app.focused.id == "query"
        assert targets(app, "#results")[0] == Topic("Transformer fundamentals")  # empty query: topics
        await type_query(app, pilot, "kv cashe")
        found = targets(app, "#results")
        assert found[0] == ConceptPage("KV cache") and QuestionPage("llm-hub#3") in found[:3]
        await press(pilot, "enter")
        assert isinstance(app.screen, ConceptScreen) and app.screen.location == ConceptPage("KV cache")


async def test_key_bar_shows_the_screen_keys_once_loaded(data_dir):
    # The key bar is mounted after loading (it would slow the loader); it must still list the keys.
    from llmtui.tui.widgets.keybar import KeyBar

    app = LlmTuiApp(data=data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        keys = {key.description for key in app.screen.query_one(KeyBar).keys}
        assert {"Interview", "Concepts", "History", "Quit"} <= keys
        assert app.store is not None


async def test_the_collector_is_back_on_once_the_bank_is_painted(data_dir):
    # It is paused while loading (full collections froze the UI) and must not stay off.
    import gc

    app = LlmTuiApp(data=data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await app.workers.wait_for_complete()
        assert gc.isenabled()
    assert gc.isenabled()


async def test_preview_only_when_wide(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await type_query(app, pilot, "lora")
        assert app.screen.query_one("#preview").display
        assert "LoRA" in str(app.screen.query_one("#preview-title", Static).visual)
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        assert not app.screen.query_one("#preview").display


async def test_stale_results_are_dropped(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        from llmtui.tui.screens.search import SearchDone

        app.screen.query_one("#query", Input).value = "beam"
        await app.workers.wait_for_complete()
        await pilot.pause()
        before = targets(app, "#results")
        app.screen.post_message(SearchDone("an old query", []))
        await pilot.pause()
        assert targets(app, "#results") == before


async def test_walk_three_steps_then_back_and_forward(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        walked = [ConceptPage("LoRA")]
        for _ in range(3):
            related = app.screen.query_one("#related", OptionList)
            related.focus()
            found = targets(app, "#related")
            related.highlighted = next(i for i, target in enumerate(found) if target not in walked)
            await press(pilot, "enter")
            walked.append(app.screen.location)
        assert len(set(walked)) == 4
        assert "›" in str(app.screen.query_one("#breadcrumb", Static).visual)
        for expected in reversed(walked[:-1]):
            await press(pilot, "escape")
            assert app.screen.location == expected
        await press(pilot, "right_square_bracket")
        assert app.screen.location == walked[1]
        # Going somewhere new drops the forward history.
        await go(app, pilot, ConceptPage("KV cache"))
        assert not app.navigator.can_go_forward
        await press(pilot, "escape", "escape", "escape")
        assert isinstance(app.screen, SearchScreen)


async def test_question_page_lists_concepts_related_and_duplicates(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, QuestionPage("llm-hub#11"))
        assert isinstance(app.screen, QuestionScreen)
        assert ConceptPage("Vanishing gradient") in targets(app, "#concepts")
        assert targets(app, "#related")[0] == QuestionPage("llm-hub#34")
        assert "near-duplicate" in prompts(app, "#related")[0]


async def test_local_graph_and_path_finding(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        from textual.widgets import Tree

        from llmtui.tui.screens.path import PathScreen
        from llmtui.tui.screens.picker import ConceptPicker

        await go(app, pilot, ConceptPage("QLoRA"))
        await press(pilot, "2")
        tree = app.screen.query_one("#local-graph", Tree)
        assert tree.display and any(child.children for child in tree.root.children)
        await press(pilot, "p")
        assert isinstance(app.screen, ConceptPicker)
        await press(pilot, *"kv cache", "enter")
        assert isinstance(app.screen, PathScreen)
        chain = str(app.screen.query_one("#path-chain", Static).visual)
        assert chain.startswith("QLoRA →") and chain.endswith("KV cache")


async def test_a_path_that_bridges_two_steps_with_one_question_opens(data_dir, kb):
    # LoRA → QLoRA → Quantization is bridged twice by Q103: OptionList refused the
    # repeated option id and the app crashed. The question is listed at both steps.
    from llmtui.tui.screens.path import PathScreen

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, PathPage("LoRA", "Quantization"))
        assert isinstance(app.screen, PathScreen)
        found = targets(app, "#path-steps")
        repeated = [i for i, target in enumerate(found) if target == QuestionPage("llm-hub#103")]
        assert len(repeated) == 2
        steps = app.screen.query_one("#path-steps", OptionList)
        steps.focus()
        steps.highlighted = repeated[1]
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen) and app.screen.location == QuestionPage("llm-hub#103")


async def test_relations_read_in_their_true_direction_on_pages(data_dir, kb):
    from llmtui.tui.screens.path import PathScreen

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("Quantization"))
        rows = dict(zip(targets(app, "#related"), prompts(app, "#related"), strict=True))
        assert "QLoRA uses Quantization" in rows[ConceptPage("QLoRA")]
        assert "Quantization is a kind of model compression" in rows[ConceptPage("Model compression")]
        assert not {ConceptPage(name) for name in kb.glossary.generic_names()} & set(rows)
        # The path runs Quantization → QLoRA, but its step still reads from the subject.
        await go(app, pilot, PathPage("Quantization", "QLoRA"))
        assert isinstance(app.screen, PathScreen)
        assert any("QLoRA uses Quantization" in prompt for prompt in prompts(app, "#path-steps"))


async def test_a_discovered_concept_says_where_it_was_found(data_dir, tmp_path):
    pack = tmp_path / "notes.md"
    pack.write_text("".join(
        f"## Q{i}: How would you tune a gradient boosting ensemble for case {i}?\n\n"
        f"You know, gradient boosting ensembles and <img src='x{i}.png'> help here.\n\n" for i in range(1, 5)),
        encoding="utf-8")
    app = LlmTuiApp([pack], data=data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        discovered = {c.name for c in app.kb.glossary.concepts.values() if c.discovered}
        assert discovered == {"Gradient boosting ensemble"}
        await go(app, pilot, ConceptPage("Gradient boosting ensemble"))
        assert text_of(app, "#concept-definition") == (
            "Discovered in your packs, not in the glossary: found in 4 questions.")


async def test_help_and_palette(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        from llmtui.tui.screens.help import HelpScreen

        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape")
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, Palette)
        await pilot.press(*"flash attn")
        await pilot.pause(0.5)
        await press(pilot, "enter")
        assert isinstance(app.screen, ConceptScreen) and app.screen.location == ConceptPage("FlashAttention")


async def test_the_palette_offers_what_search_would_ask_did_you_mean_about(data_dir, kb):
    assert kb.index.search("tempreture") == []  # too far for a sure match
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, Palette)
        await pilot.press(*"tempreture")
        await pilot.pause(0.5)
        await press(pilot, "enter")
        assert isinstance(app.screen, ConceptScreen) and app.screen.location == ConceptPage("Temperature")


async def test_theme_is_remembered(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        app.theme = "nord"
        await pilot.pause()
    assert '"nord"' in (data_dir / "settings.json").read_text()
    again = LlmTuiApp(data=data_dir, knowledge=kb)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_a_broken_settings_file_is_named_and_never_overwritten(data_dir, kb):
    data_dir.mkdir(parents=True)
    broken = '{"theme": "nord", "judge_url": "http://127.0.0.1:11434/v1",}'  # a hand edit's trailing comma
    (data_dir / "settings.json").write_text(broken)
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        assert any(f"{data_dir / 'settings.json'}: not valid JSON (line 1, column" in t and "until you fix it" in t
                   for t in notifications(app))
        app.theme = "gruvbox"  # a change the file cannot take now: it holds for the run, and says so
        await pilot.pause()
        assert any("settings not saved: fix the file (or remove it) first. The change holds for this run." in t
                   for t in notifications(app))
    assert (data_dir / "settings.json").read_text() == broken


async def test_hostile_text_is_shown_literally_and_runs_nothing(data_dir, tmp_path):
    pack = tmp_path / "hostile.md"
    pack.write_text(HOSTILE)
    app = LlmTuiApp([pack], data=data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await type_query(app, pilot, "cls mask inst")
        assert any("[CLS], [/INST] and [MASK]" in p and "[link=https://evil]x[/link]" in p
                   for p in prompts(app, "#results"))
        await go(app, pilot, QuestionPage("hostile#1"), 0.3)
        title = str(app.screen.query_one("#question-title", Static).visual)
        assert "[CLS], [/INST] and [MASK]" in title
        from llmtui.tui.widgets.answer import AnswerView

        answer = app.screen.query_one("#answer", AnswerView)
        rendered = " ".join(str(block.visual) for block in answer.query("*") if hasattr(block, "visual"))
        assert "[@click=app.quit]x[/]" in rendered and "<eos>" in rendered and "<think>" in rendered
        await go(app, pilot, QuestionPage("hostile#2"), 0.3)
        assert "[bold]this[/bold]" in str(app.screen.query_one("#question-title", Static).visual)
        assert app.is_running  # the [@click=app.quit] did not quit


async def test_resize_to_tiny_and_back(data_dir, kb):
    from llmtui.tui.screens.too_small import TooSmallScreen

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press(*"attention")
        await app.workers.wait_for_complete()
        for size in [(1, 1), (4, 3), (5, 30), (30, 5), (39, 9), (100, 30), (2, 2), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            small = size[0] < 40 or size[1] < 10
            assert isinstance(app.screen, TooSmallScreen) == small, size
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#query", Input).value == "attention"


async def test_interview_flow_with_injected_clock(data_dir, kb):
    from llmtui.tui.practice.engine import InterviewPlan
    from llmtui.tui.screens.interview import InterviewScreen
    from llmtui.tui.screens.summary import SummaryScreen

    now = [0.0]
    plan = InterviewPlan(questions=2, minutes=1, seed=5)
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0], interview=plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert str(screen.query_one("#progress", Static).visual) == "Question 1/2"
        assert str(screen.query_one("#clock", Static).visual) == "1:00 left"
        now[0] = 45.0
        screen.tick()
        assert str(screen.query_one("#clock", Static).visual) == "LOW TIME 0:15 left"
        assert screen.query_one("#clock").has_class("-low")
        now[0] = 70.0
        screen.tick()
        assert str(screen.query_one("#clock", Static).visual) == "TIME UP +0:10 over"
        screen.query_one("#answer-box", TextArea).text = "The answer covers batching and latency."
        await press(pilot, "ctrl+s")
        assert "key points" in str(screen.query_one("#feedback-score", Static).visual)
        await press(pilot, "3")
        assert str(screen.query_one("#progress", Static).visual).split(" · ")[0] == "Question 2/2"
        await pilot.press("ctrl+n")  # skip: recorded as a skip and scheduled as Again, no grade asked
        await pilot.pause()
        assert "Skipped: scheduled as Again" in text_of(app, "#feedback-grade")
        await press(pilot, "1")  # not a grade key here
        assert isinstance(app.screen, InterviewScreen)
        await press(pilot, "n")
        assert isinstance(app.screen, SummaryScreen)
        await settle(app, pilot)
        session = app.store.sessions()[0]
        assert session.status == "completed"
        first, second = session.answers
        assert first.seconds == 70.0 and first.overtime == 10.0 and first.grade == 3
        assert second.skipped and second.grade is None
        # Numbers first, the title last, so a narrow terminal cuts only the title.
        from textual.widgets import DataTable

        table = app.screen.query_one("#summary-table", DataTable)
        assert [str(c.label) for c in table.columns.values()] == ["#", "Time", "Score", "Grade", "Question"]
        assert [str(v) for v in table.get_row_at(1)[:4]] == ["2", "0:00", "skipped", "Again (skip)"]
        due = str(app.screen.query_one("#due-next", Static).visual)
        assert "UTC" not in due and ("in 1 min" in due or "now" in due)  # "Again" is due in a minute
        await press(pilot, "e")
        exported = (data_dir / "exports" / f"interview-{session.id}.md").read_text()
        assert "| 1 |" in exported and "Again" in exported


async def test_undo_on_the_interview_and_summary_screens(data_dir, kb):
    from llmtui.tui.practice.engine import InterviewPlan
    from llmtui.tui.screens.interview import InterviewScreen
    from llmtui.tui.screens.summary import SummaryScreen

    def card_rows():
        return app.store.conn.execute("SELECT * FROM cards ORDER BY question_id").fetchall()

    plan = InterviewPlan(questions=2, minutes=1, seed=5)
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: 0.0, interview=plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        screen = app.screen
        first, second = app.store.sessions()[0].questions
        screen.query_one("#answer-box", TextArea).text = "batching"
        await press(pilot, "ctrl+s")
        assert card_rows() == []
        await press(pilot, "4")
        assert [r[0] for r in card_rows()] == [first]
        # On the next question, nothing typed yet: ctrl+z takes the grade back, to grade again.
        await press(pilot, "ctrl+z")
        assert screen.phase == "feedback"
        assert text_of(app, "#progress") == "Question 1/2 · Undid Easy: the review is back as it was"
        assert card_rows() == []
        await press(pilot, "2")
        assert app.store.sessions()[0].answers[0].grade == 2
        # Once something is typed, ctrl+z is the answer box's own undo.
        await press(pilot, *"abc")
        screen.save_draft()  # the periodic draft save has run: still the box's undo
        await press(pilot, "ctrl+z")
        assert screen.phase == "answering" and text_of(app, "#progress").split(" · ")[0] == "Question 2/2"
        assert app.store.sessions()[0].answers[0].grade == 2
        screen.query_one("#answer-box", TextArea).text = "not sure"
        await press(pilot, "ctrl+n")
        skipped = card_rows()
        await press(pilot, "ctrl+z")  # the skip is taken back: asked again, with the text kept
        assert screen.phase == "answering" and screen.query_one("#answer-box", TextArea).text == "not sure"
        assert [r[0] for r in card_rows()] == [first]
        await press(pilot, "ctrl+n", "n")
        assert isinstance(app.screen, SummaryScreen) and [r[0] for r in card_rows()] == [r[0] for r in skipped]
        await settle(app, pilot)
        await press(pilot, "ctrl+z")  # from the summary: back into the interview, skip undone
        assert isinstance(app.screen, InterviewScreen) and app.screen.phase == "answering"
        assert text_of(app, "#progress") == "Question 2/2 · Undid the skip: the review is back as it was"
        assert [r[0] for r in card_rows()] == [first]
        assert app.store.sessions()[0].status == "in_progress"
        await press(pilot, "ctrl+n", "n")
        assert isinstance(app.screen, SummaryScreen) and app.store.sessions()[0].status == "completed"
        assert {r[0] for r in card_rows()} == {first, second}


async def test_strict_mode_submits_at_zero(data_dir, kb):
    from llmtui.tui.practice.engine import InterviewPlan

    now = [0.0]
    plan = InterviewPlan(questions=1, minutes=1, strict=True)
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0], interview=plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        app.screen.query_one("#answer-box", TextArea).text = "partial"
        now[0] = 60.0
        app.screen.tick()
        await pilot.pause()
        assert app.screen.phase == "feedback"
        assert app.store.sessions()[0].answers[0].overtime == 0.0


async def test_interrupted_interview_is_offered_and_resumed(data_dir, kb):
    import os

    from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
    from llmtui.tui.practice.store import HistoryStore
    from llmtui.tui.screens.confirm import ConfirmModal
    from llmtui.tui.screens.interview import InterviewScreen

    store = HistoryStore.open(data_dir).store
    sid = store.start_session(InterviewPlan(questions=2, minutes=3.0, seed=1), ["llm-hub#3", "llm-hub#5"])
    store.record_answer(sid, 0, AnswerRecord("llm-hub#3", "cached keys and values", 30.0), "Q3")
    store.save_draft(sid, 1, "half of my second answer")
    store.conn.execute("UPDATE sessions SET pid = ? WHERE id = ?", (2**22 + os.getpid() % 1000, sid))  # a dead pid
    store.close()

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await press(pilot, "y")
        assert isinstance(app.screen, InterviewScreen)
        # The first answer was submitted but never graded (the app died first): it is offered for its grade.
        assert str(app.screen.query_one("#progress", Static).visual) == "Question 1/2"
        assert app.screen.phase == "feedback"
        assert app.screen.query_one("#answer-box", TextArea).text == "cached keys and values"
        await press(pilot, "3")
        assert app.store.sessions()[0].answers[0].grade == 3
        assert app.store.upcoming()[0][0] == "llm-hub#3"  # and now it has its review card
        assert str(app.screen.query_one("#progress", Static).visual).split(" · ")[0] == "Question 2/2"
        assert app.screen.query_one("#answer-box", TextArea).text == "half of my second answer"
        assert app.store.sessions()[0].status == "in_progress"


async def test_a_broken_pack_leaves_the_bundled_bank_usable(data_dir, tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    app = LlmTuiApp([broken], data=data_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        assert len(app.kb.bank) == 115 and app.kb.has_graph
        assert any(str(broken) in m and "binary file" in m for m in notifications(app))
        await go(app, pilot, ConceptPage("LoRA"))
        assert app.screen.location == ConceptPage("LoRA")


async def test_history_screen_shows_sessions_trend_and_mastery(data_dir, kb):
    from textual.widgets import DataTable

    from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
    from llmtui.tui.practice.store import HistoryStore
    from llmtui.tui.screens.history import HistoryScreen

    store = HistoryStore.open(data_dir).store
    for coverage in (0.25, 0.75):
        sid = store.start_session(InterviewPlan(questions=1), ["llm-hub#3"])
        store.record_answer(sid, 0, AnswerRecord("llm-hub#3", "kv", 10.0, 0.0, coverage,
                                                 covered=["KV cache"], missed=["HBM"]), "Q3")
        store.grade(sid, 0, "llm-hub#3", 3)
        store.finish_session(sid)
    store.close()
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)
        # One scale, 0-100 % in three rows of eighths: 25 % is 6 eighths high, 75 % 18; each over its label.
        *bars, labels = text_of(app, "#trend").splitlines()
        assert labels == " 25%  75%"
        assert [row[1:3] for row in bars] == ["  ", "  ", "▆▆"] and [row[6:8] for row in bars] == ["▂▂", "██", "██"]
        assert app.screen.query_one("#sessions", DataTable).row_count == 2
        mastery = app.screen.query_one("#mastery", DataTable)
        assert [str(mastery.get_row_at(i)[0]) for i in range(mastery.row_count)] == ["HBM", "KV cache"]


async def test_empty_history_says_how_to_start_and_draws_no_trend(data_dir, kb):
    from llmtui.tui.screens.history import HistoryScreen

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert not app.screen.query_one("#trend").display  # no bar standing for "no data"
        hint = text_of(app, "#trend-values")
        assert "ctrl+t" in hint
        await pilot.press("escape", "ctrl+t")  # the key the hint names opens the set-up
        await pilot.pause()
        assert type(app.screen).__name__ == "InterviewSetupScreen"


async def test_reviews_due_show_on_home_and_lead_the_interview_set_up(data_dir, kb):
    from datetime import UTC, datetime, timedelta

    from textual.widgets import Select

    from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
    from llmtui.tui.practice.store import HistoryStore
    from llmtui.tui.screens.interview_setup import InterviewSetupScreen

    store = HistoryStore.open(data_dir).store
    sid = store.start_session(InterviewPlan(questions=1), ["llm-hub#3"])
    store.record_answer(sid, 0, AnswerRecord("llm-hub#3", "kv", 10.0, 0.0, 0.5), "Q3")
    store.grade(sid, 0, "llm-hub#3", 1, now=datetime.now(UTC) - timedelta(days=2))  # "Again", two days ago
    store.finish_session(sid)
    store.close()
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert "1 review due (ctrl+t)" in str(app.screen.query_one("#status", Static).render())
        await press(pilot, "ctrl+t")
        assert isinstance(app.screen, InterviewSetupScreen)
        assert app.screen.query_one("#mode", Select).value == "due"


async def test_concepts_browser_sorts(data_dir, kb):
    from textual.widgets import DataTable

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+b")
        table = app.screen.query_one(DataTable)
        counts = [table.get_row_at(i)[1] for i in range(table.row_count)]
        assert counts == sorted(counts, reverse=True) and table.row_count == len(app.kb.glossary)
        await pilot.press("ctrl+s", "ctrl+s", "ctrl+s")  # questions → centrality → recall → name (letters filter)
        await pilot.pause()
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert names == sorted(names, key=str.lower)
        await press(pilot, "enter")
        assert app.screen.location == ConceptPage(names[0])


async def test_a_sample_of_pages_across_the_bank_opens(data_dir, kb):
    # Pages are built from data (concepts, relations, bridging questions): one bad
    # combination was enough to crash the app. A spread of them is opened each run
    # (all 431 take ~100 s, too long for every run; they passed when this test was written).
    from llmtui.tui.screens.path import PathScreen

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        for question in app.kb.bank.questions[::15]:
            await go(app, pilot, QuestionPage(question.id))
            assert isinstance(app.screen, QuestionScreen) and app.screen.location == QuestionPage(question.id)
        for name in list(app.kb.glossary.concepts)[::16]:
            await go(app, pilot, ConceptPage(name))
            assert isinstance(app.screen, ConceptScreen) and app.screen.location == ConceptPage(name)
            await go(app, pilot, PathPage(name, "FlashAttention"))
            assert isinstance(app.screen, PathScreen)


async def test_result_lists_may_list_one_item_twice(data_dir, kb):
    # A path can bridge two steps with one question: a list must hold an item twice without failing.
    from llmtui.tui.widgets.results import ResultList, concept_option

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        results = ResultList(concept_option("LoRA"), concept_option("LoRA"), id="twice")
        await app.screen.mount(results)
        results.add_options([concept_option("LoRA")])
        await pilot.pause()
        assert results.targets == [ConceptPage("LoRA")] * 3


async def test_a_question_page_with_no_concepts_or_related_questions_says_so(data_dir, tmp_path):
    # A pack on another subject names nothing of the glossary: the sidebar says why it is empty, not two bare boxes
    pack = tmp_path / "linux.md"
    pack.write_text("# Linux\n\n## What is a hard link?\n\nA second name for the same inode.\n\n"
                    "## What does chmod do?\n\nIt sets a file's permission bits.\n", encoding="utf-8")
    app = LlmTuiApp(content=[pack], data=data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        question = next(q for q in app.kb.bank.questions if q.title == "What is a hard link?")
        await go(app, pilot, QuestionPage(question.id))
        assert isinstance(app.screen, QuestionScreen)
        for name in ("concepts", "related"):
            assert app.screen.query_one(f"#{name}-empty", Static).display
            assert not app.screen.query_one(f"#{name}", OptionList).display
        assert "names no concept" in text_of(app, "#concepts-empty")
        assert app.focused is app.screen.query_one("#reader")
