"""Talking points under a question (what to cover, an interviewer's notes) are kept but are not an answer.

tests/gold/talking_points.toml holds texts written and labelled by hand, by someone who had not seen the
detector: answers of several kinds (explanatory, imperative, short, mixed with guidance, under an "Answer:"
label) and talking points of several kinds (for the candidate, for the interviewer, advice on answering,
under a "Talking points:" label). Never edit it to make a test pass.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from helpers import go, wait_ready
from textual.widgets import Static

from llmtui.content.packs import load_pack_file
from llmtui.content.talking_points import guidance_share, talking_points
from llmtui.tui.app import LlmTuiApp
from llmtui.tui.cli.main import main
from llmtui.tui.navigation import QuestionPage
from llmtui.tui.wording import TALKING_POINTS_NOTE

GOLD = tomllib.loads((Path(__file__).parent / "gold" / "talking_points.toml").read_text(encoding="utf-8"))["item"]
ANSWERS = [item for item in GOLD if item["label"] == "answer"]
POINTS = [item for item in GOLD if item["label"] == "talking_points"]
DOCS = Path(__file__).parent / "fixtures" / "layouts" / "docs"
# Found when the detector was first run on the gold set: 19 of 53, and one answer taken for talking points;
# 32 after tuning, then 29 once two reviews' answers written as instructions (below) stopped being marked.
POINTS_FOUND = 29
# Answers written as instructions, terse or from the writer's own story, that a review found marked as talking
# points: each a pack of its own, none may be.
INSTRUCTED_PACKS = [
    ["Test for a unit root with the augmented Dickey-Fuller test.", "Assess calibration with a reliability diagram.",
     "Evaluate on a held-out month, never on shuffled rows.", "Look for the elbow in the inertia curve.",
     "Expected value is 3.5 for a fair die."],
    ["Describe it as moving the parameters against the gradient, step by step.",
     "Define it as a penalty on the size of the weights. Mention L1 and L2.",
     "Compare precision (TP / predicted positives) with recall (TP / actual positives).",
     "Describe projecting the data onto the eigenvectors with the largest eigenvalues."],
    ["- Talk about the churn model I shipped last spring\n- Highlight the 30% cost cut",
     "- Describe the time-based split I added\n- Mention the leak we found in December",
     "- Share how my team moved to weekly retraining"],
    ["- Explain deduplication with a Bloom filter of URL hashes\n- Discuss politeness via per-host queues",
     "- Mention storing messages by conversation id\n- Describe fan-out using a pub/sub topic",
     "- Clarify the load: 100M new links a day\n- Outline the API"],
    # a second review: cheat sheets that give the content in an aside, a dash clause, a condition or a time
    ["Compare bagging (parallel trees, cuts variance) and boosting (sequential trees, cuts bias).",
     "Discuss precision vs recall — precision penalises false positives.", "Focus on recall when missed fraud costs more.",
     "Explain batch norm, which normalises activations per mini-batch.", "Define precision as true positives over all.",
     "Mention L2, e.g. weight decay in AdamW."],
    ["- Define success metrics before building anything\n- Outline a phased rollout",
     "- Explain the slip to stakeholders right away\n- Describe what changed", "- Cover dependencies before quick wins",
     "- Focus on the user problem, not the solution"],
    ["Explain overfitting. It happens when a model memorises noise.", "- Explain self-attention\n- Each token attends"
     " to every other token.", "- Explain Shapley values\n- Discuss global vs local explanations"],
    # English verbs in another language's sentences; "Expected:" over an answer
    ["Explain karo ki model training data ka noise yaad kar leta hai.", "Describe L1 und L2, L1 setzt Gewichte auf null.",
     "Explain Dropout, weil es Koadaption verhindert."],
    ["Expected: It adds the absolute weights to the loss.", "Expected: It averages the trees' votes.",
     "Expected: Each head attends to a different subspace."],
]


def test_the_gold_set_has_both_labels_of_every_kind():
    assert len(ANSWERS) >= 50 and len(POINTS) >= 50
    kinds = {item["kind"] for item in GOLD}
    assert {"imperative answer", "mixed", "short answer", "interviewer rubric", "answering advice"} <= kinds


def test_no_answer_in_the_gold_set_reads_as_talking_points():
    # The costly mistake: an answer shown as "no model answer" and left out of the answered count.
    taken = [item["text"].strip()[:60] for item in ANSWERS if guidance_share(item["text"]) == 1.0]
    assert taken == []


def test_most_talking_points_in_the_gold_set_are_found():
    found = sum(guidance_share(item["text"]) == 1.0 for item in POINTS)
    assert found >= POINTS_FOUND, f"{found} of {len(POINTS)}"


def test_answers_written_as_instructions_or_from_the_writers_own_story_are_answers():
    for pack in INSTRUCTED_PACKS:
        assert not any(talking_points(pack)), pack[0]


def test_a_pack_of_answers_marks_none_even_with_a_few_that_read_like_guidance():
    texts = [item["text"] for item in ANSWERS] + [item["text"] for item in POINTS[:5]]
    assert not any(talking_points(texts))


def test_a_pack_that_writes_talking_points_marks_them_and_not_its_answers():
    texts = [item["text"] for item in POINTS] + [item["text"] for item in ANSWERS[:5]] + [""]
    marks = talking_points(texts)
    assert not any(marks[len(POINTS):])  # answers and the empty one stay as they are
    assert sum(marks[:len(POINTS)]) >= POINTS_FOUND


def test_the_importer_keeps_talking_points_and_counts_the_question_unanswered():
    pack = load_pack_file(DOCS / "n8_talking_points_under_questions.md")
    marked = [q.number for q in pack.questions if q.talking_points]
    assert marked == [1, 2, 3, 4, 5, 7]
    first = pack.questions[0]
    assert first.answer.startswith("- Define online and offline stores") and not first.answered
    assert [q.number for q in pack.questions if q.answered] == [6]
    assert pack.layout is not None and any("talking points" in note for note in pack.layout.notes)
    assert pack.layout.chosen[0].answered == 1


def test_check_and_show_say_talking_points(data_dir, capsys, tmp_path):
    doc = DOCS / "n9_interviewer_rubric_bank.md"
    assert main(["check", "--json", str(doc)]) == 0
    report = json.loads(capsys.readouterr().out)
    first = report["files"][0]
    assert first["questions"] == 8 and first["answered"] == 1
    assert "talking points" in first["layout"]["summary"]
    pack = tmp_path / "rubric.md"
    pack.write_text(doc.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["packs", "add", str(pack)]) == 0
    capsys.readouterr()
    assert main(["show", "--json", "rubric#1"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["talking_points"] is True and shown["answer"].startswith("Look for ownership")
    assert main(["show", "rubric#1"]) == 0
    assert TALKING_POINTS_NOTE in capsys.readouterr().out
    assert main(["show", "--json", "rubric#6"]) == 0
    assert json.loads(capsys.readouterr().out)["talking_points"] is False  # L1 and L2: an answer


def test_the_cache_keeps_which_questions_have_talking_points(tmp_path):
    doc = DOCS / "n8_talking_points_under_questions.md"
    first = load_pack_file(doc, cache_dir=tmp_path)
    again = load_pack_file(doc, cache_dir=tmp_path)
    assert list(tmp_path.iterdir())  # the second load came from the cache written by the first
    assert [q.talking_points for q in again.questions] == [q.talking_points for q in first.questions]
    assert sum(q.talking_points for q in again.questions) == 6


async def test_the_question_page_says_they_are_talking_points(data_dir, tmp_path):
    pack = tmp_path / "rubric.md"
    pack.write_text((DOCS / "n9_interviewer_rubric_bank.md").read_text(encoding="utf-8"), encoding="utf-8")
    app = LlmTuiApp([pack], data=data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, QuestionPage("rubric#1"), 0.3)
        note = app.screen.query_one("#question-talking-points", Static)
        assert str(note.visual) == TALKING_POINTS_NOTE
        await go(app, pilot, QuestionPage("rubric#6"), 0.3)
        assert not app.screen.query("#question-talking-points")  # an answer: no such note


def test_an_exported_interview_names_talking_points_as_such():
    from llmtui.tui.practice.engine import InterviewPlan
    from llmtui.tui.practice.records import Session, StoredAnswer
    from llmtui.tui.practice.report import session_markdown

    pack = load_pack_file(DOCS / "n9_interviewer_rubric_bank.md")
    guided, answered = pack.questions[0], pack.questions[5]
    answers = tuple(StoredAnswer(i, q.id, q.title, "my answer", 30.0, 0.0, 0.5, 3, False)
                    for i, q in enumerate((guided, answered)))
    session = Session(1, "2026-01-01T10:00", None, "completed", InterviewPlan(), (guided.id, answered.id), answers)
    text = session_markdown(session, {q.id: q for q in pack.questions}.get)
    guided_part, answered_part = text.split("\n## 1. ")[1].split("\n## 2. ")
    assert "**Talking points:**" in guided_part and guided.answer.splitlines()[0] in guided_part
    assert "**Reference answer:**" in answered_part and "**Talking points:**" not in answered_part


def test_rubric_notes_without_a_leading_verb_are_talking_points():
    notes = ["What we want: a registry, a canary rollout and alerts on drift.",
             "Candidate should own the outage. Red flag: blames another team.",
             "Should tie the metric to what an error costs; mention the precision and recall trade-off.",
             "Ideally mentions imputation and a missingness flag; bonus for MNAR.",
             "**What they're looking for:** queries, keys and values; a softmax over scaled dot products."]
    assert talking_points(notes) == [True] * len(notes)


def test_the_judge_and_anki_are_told_they_are_talking_points(tmp_path):
    from llmtui.content.rubrics import Rubric
    from llmtui.graph.anki import notes
    from llmtui.tui.practice.judge import build_messages

    pack = load_pack_file(DOCS / "n9_interviewer_rubric_bank.md")
    guided, answered = pack.questions[0], pack.questions[5]
    said = build_messages(guided, Rubric(guided.id, ()), "I owned the rollout.")[1]["content"]
    assert "TALKING POINTS (what to cover; no model answer):\nLook for ownership" in said
    assert "REFERENCE ANSWER:" not in said
    assert "REFERENCE ANSWER:\nL1 adds" in build_messages(answered, Rubric(answered.id, ()), "L1 zeroes.")[1]["content"]
    from llmtui.graph.knowledge import load_knowledge

    bank = tmp_path / "rubric.md"
    bank.write_text((DOCS / "n9_interviewer_rubric_bank.md").read_text(encoding="utf-8"), encoding="utf-8")
    backs = {note.question_id: note.back for note in notes(load_knowledge([bank]))}
    assert backs["rubric#1"].startswith("<p><em>Talking points</em></p>") and "Look for ownership" in backs["rubric#1"]
    assert "Talking points" not in backs["rubric#6"] and "Talking points" not in backs["llm-hub#1"]


def test_many_bullets_of_talking_points_under_each_question_stay_its_talking_points():
    from llmtui.content.parser import parse_markdown

    verbs = ("Explain", "Discuss", "Describe", "Compare", "Mention", "Cover")
    text = "".join(f"## {n}. What is {term}?\n\n" + "".join(f"- {verb} the {aspect} of {term}\n" for verb, aspect in zip(
        verbs, ("idea", "trade-offs", "failure modes", "alternatives", "use cases", "history"), strict=True)) + "\n"
        for n, term in enumerate(("SHAP", "drift", "a feature store", "canary releases"), start=1))
    pack = parse_markdown(text, pack="m")
    assert [q.title for q in pack.questions] == ["What is SHAP?", "What is drift?", "What is a feature store?",
                                                  "What is canary releases?"]
    assert all(q.talking_points and q.answer.count("\n- ") == 5 for q in pack.questions)
    topics = "".join(f"## {n}. {term}\n\n" + "".join(f"- What is the {aspect} of {term}?\n" for aspect in (
        "idea", "cost", "risk", "alternative", "use")) + "\n" for n, term in enumerate(("SHAP", "Drift"), start=1))
    assert len(parse_markdown(topics, pack="t").questions) == 10  # a topic's heading over its questions
