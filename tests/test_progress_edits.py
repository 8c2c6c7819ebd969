"""Progress survives edits of a pack: rewritten question text or answers keep their history, cards and flags."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from llmtui.graph.knowledge import load_knowledge
from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
from llmtui.tui.practice.planner import concept_recalls, study_stats_for
from llmtui.tui.practice.store import HistoryStore

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

PACK = """\
## Decoding

### Q1: What is beam search?

Beam search keeps the k best partial sequences at each step of decoding.

### Q2: What is nucleus sampling?

Nucleus sampling draws from the smallest set of tokens whose probability mass reaches p.

### Q3: What does temperature do?

Temperature divides the logits before the softmax; low values sharpen the distribution.
"""

EDITED = """\
## Decoding

### Q1: Explain beam search decoding, and when you would prefer it over sampling.

It keeps the best k hypotheses at each step; deterministic, good for translation, dull for chat.

### Q2: What is nucleus (top-p) sampling?

Top-p sampling samples from the smallest set of tokens whose cumulative probability exceeds p.

### Q3: What does temperature do?

Temperature scales the logits: below 1 it sharpens the distribution, above 1 it flattens it.
"""


def study(store: HistoryStore, kb, grades: dict[str, int]) -> None:
    for day in range(3):
        sid = store.start_session(InterviewPlan(questions=len(grades)), list(grades))
        for position, (qid, grade) in enumerate(grades.items()):
            store.record_answer(sid, position, AnswerRecord(qid, "answer", 60.0), kb.question(qid).title)
            store.grade(sid, position, qid, grade, NOW + timedelta(days=day * 3))
        store.finish_session(sid)


def snapshot(store: HistoryStore):
    cards = store.conn.execute("SELECT * FROM cards ORDER BY question_id").fetchall()
    flags = store.conn.execute("SELECT * FROM question_flags ORDER BY question_id").fetchall()
    reviews = store.conn.execute("SELECT question_id, grade, reviewed_at FROM reviews ORDER BY id").fetchall()
    answers = [(a.question_id, a.grade) for s in store.sessions() for a in s.answers]
    return cards, flags, reviews, answers


def test_rewritten_questions_and_answers_keep_their_history(tmp_path):
    pack = tmp_path / "notes.md"
    pack.write_text(PACK, encoding="utf-8")
    kb = load_knowledge([pack])
    store = HistoryStore.open(tmp_path / "data").store
    study(store, kb, {"notes#1": 3, "notes#2": 1, "notes#3": 4})
    store.suspend("notes#2")
    assert store.reconcile({q.id: q.title for q in kb.bank.questions}).orphans == ()
    before = snapshot(store)
    recall_before = {n: r.recall for n, r in concept_recalls(kb, store, NOW + timedelta(days=9)).items()}

    pack.write_text(EDITED, encoding="utf-8")  # every title and answer rewritten, the numbers kept
    edited = load_knowledge([pack])
    assert {q.id: q.title for q in edited.bank.questions}["notes#1"].startswith("Explain beam search")
    result = store.reconcile({q.id: q.title for q in edited.bank.questions})
    assert (result.moved, result.orphans) == ((), ())
    assert snapshot(store) == before  # answers, cards, flags and the review log all still on their questions
    assert store.flags("notes#2").suspended
    stats = study_stats_for(edited, store, now=NOW + timedelta(days=9))
    assert [f.question_id for f in stats.suspended] == ["notes#2"]
    recall_after = {n: r.recall for n, r in concept_recalls(edited, store, NOW + timedelta(days=9)).items()}
    # Concept links follow the new text; a concept both versions name keeps its recall.
    assert recall_after["Beam search"] == recall_before["Beam search"] is not None
    assert recall_after["Temperature"] == recall_before["Temperature"] is not None
    again = store.reconcile({q.id: q.title for q in edited.bank.questions})  # stable
    assert (again.moved, again.orphans) == ((), ())


def test_a_rewritten_question_whose_id_another_moved_onto_is_orphaned(tmp_path):
    store = HistoryStore.open(tmp_path).store
    for qid, title in (("notes#1", "What is beam search?"), ("notes#2", "What is nucleus sampling?")):
        sid = store.start_session(InterviewPlan(questions=1), [qid])
        store.record_answer(sid, 0, AnswerRecord(qid, "answer", 60.0), title)
        store.grade(sid, 0, qid, 3, NOW)
    # A question was inserted first: beam search is now #2, nucleus sampling (#2 before) was deleted.
    result = store.reconcile({"notes#1": "What is a tokenizer and why does it matter?",
                              "notes#2": "What is beam search?"})
    assert [(r.old, r.new) for r in result.moved] == [("notes#1", "notes#2")] and result.orphans == ("notes#2",)
    assert {q for q, _ in store.upcoming()} == {"notes#2", "orphan:notes#2"}
