"""Interview summaries and history as Markdown: every answer beside its reference answer. No textual."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from llmtui.content.models import Question

from .engine import PointOutcome, format_clock
from .records import MISSED_MEANING, Session, StoredAnswer, weakest_concepts

FindQuestion = Callable[[str], "Question | None"]  # a bank's lookup by id (``bank.get``)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _no_bank(_question_id: str) -> Question | None:
    return None


def answer_facts(answer: StoredAnswer, mode: str = "random") -> str:
    """One line: score, grade, time.

    >>> answer_facts(StoredAnswer(0, "p#1", "T", "x", 83.0, 23.0, 0.625, 3, False))
    'score 62% · grade Good · 1:23 (+0:23 over)'
    """
    overtime = f" (+{format_clock(answer.overtime)} over)" if answer.overtime else ""
    return f"score {answer.coverage_text} · grade {answer.grade_text(mode)} · {format_clock(answer.seconds)}{overtime}"


POINT_MARKS = {"covered": "✓", "partial": "~", "missed": "✗", "contradicted": "✗ contradicted:"}


def point_line(point: PointOutcome) -> str:
    """One key point as stored: its mark, its text, and the words of the answer that showed it.

    >>> point_line(PointOutcome("K and V are cached", "covered", "we keep K and V"))
    '✓ K and V are cached (“we keep K and V”)'
    """
    evidence = f" (“{point.evidence}”)" if point.evidence else ""
    return f"{POINT_MARKS.get(point.status, point.status)} {point.text}{evidence}"


def session_markdown(session: Session, find: FindQuestion = _no_bank) -> str:
    """One interview as Markdown: a table of the questions, totals, weakest concepts, then each answer
    with its score, its key points as stored (or, scored before them, the concepts covered and missed) and
    the reference answer (``find`` looks them up)."""
    lines = [f"# Interview {session.id} — {session.started_at} ({session.status}, {session.plan.mode})", "",
             "| # | Question | Time | Score | Grade |", "|---|---|---|---|---|"]
    for i, a in enumerate(session.answers, 1):
        question = find(a.question_id)
        label = f"{question.label} " if question is not None else ""
        overtime = f" (+{format_clock(a.overtime)})" if a.overtime else ""
        lines.append(f"| {i} | {_cell(label + a.title)} | {format_clock(a.seconds)}{overtime} | {a.coverage_text} | "
                     f"{a.grade_text(session.plan.mode)} |")
    lines += ["", f"**{session.answered_text.capitalize()}** · "
              f"**time:** {format_clock(session.seconds)} · "
              f"**mean score:** {session.mean_score_text}", ""]
    weak = weakest_concepts(session.answers)
    if weak:
        lines += ["## Concepts you missed", "", f"_{MISSED_MEANING}_", ""] + [
            f"- {t.name} (missed in {t.missed_text})" for t in weak] + [""]
    for i, a in enumerate(session.answers, 1):
        question = find(a.question_id)
        label = f"{question.label} " if question is not None else ""
        lines += [f"## {i}. {label}{a.title}", "", answer_facts(a, session.plan.mode), "", "**Your answer:**", "",
                  "_(skipped)_" if a.skipped else (a.answer.strip() or "_(none)_"), ""]
        if a.flags:
            lines += ["**Caught by:** " + ", ".join(f.replace("_", " ") for f in a.flags), ""]
        if a.points:
            lines += ["**Key points:**", ""] + [f"- {point_line(p)}" for p in a.points] + [""]
        else:  # scored before key points: by concepts
            if a.covered:
                lines += ["**Covered:** " + ", ".join(a.covered), ""]
            if a.missed:
                lines += ["**Missed:** " + ", ".join(a.missed), ""]
        reference = question.answer.strip() if question is not None else ""
        name = question.reference_name if question is not None else "Reference answer"
        lines += [f"**{name}:**", "", reference or "_(this question is no longer in the loaded packs)_", ""]
    return "\n".join(lines)


def history_markdown(sessions: Sequence[Session], find: FindQuestion = _no_bank) -> str:
    if not sessions:
        return "# llmtui history\n\nNo interviews yet.\n"
    return "# llmtui history\n\n" + "\n\n".join(session_markdown(s, find) for s in sessions) + "\n"
