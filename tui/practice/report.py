"""Interview summaries and history as Markdown. No textual."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .engine import format_clock
from .records import Session, weakest_concepts


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def session_markdown(session: Session, numbers: Mapping[str, int] | None = None) -> str:
    """One interview as Markdown: a table of the questions, totals, weakest concepts, then each answer."""
    numbers = numbers or {}
    lines = [f"# Interview {session.id} — {session.started_at} ({session.status}, {session.plan.mode})", "",
             "| # | Question | Time | Score | Grade |", "|---|---|---|---|---|"]
    for i, a in enumerate(session.answers, 1):
        number = numbers.get(a.question_id)
        label = f"Q{number} " if number else ""
        overtime = f" (+{format_clock(a.overtime)})" if a.overtime else ""
        lines.append(f"| {i} | {_cell(label + a.title)} | {format_clock(a.seconds)}{overtime} | {a.coverage_text} | "
                     f"{a.grade_text(session.plan.mode)} |")
    lines += ["", f"**Answered:** {len(session.answered)} of {len(session.answers)} · "
              f"**time:** {format_clock(session.seconds)} · "
              f"**mean score:** {round(session.mean_coverage * 100)}%", ""]
    weak = weakest_concepts(session.answers)
    if weak:
        lines += ["## Weakest concepts", ""] + [f"- {t.name} (missed {t.missed}×)" for t in weak] + [""]
    for i, a in enumerate(session.answers, 1):
        lines += [f"## {i}. {a.title}", "", "**Your answer:**", "", a.answer.strip() or "_(none)_", ""]
        if a.flags:
            lines += ["**Caught by:** " + ", ".join(f.replace("_", " ") for f in a.flags), ""]
        if a.missed_points:
            lines += ["**Missed key points:**", ""] + [f"- {p.text}" for p in a.missed_points] + [""]
        elif a.missed and not a.points:  # scored before key points: by concepts
            lines += ["**Missed:** " + ", ".join(a.missed), ""]
    return "\n".join(lines)


def history_markdown(sessions: Sequence[Session], numbers: Mapping[str, int] | None = None) -> str:
    if not sessions:
        return "# llmtui history\n\nNo interviews yet.\n"
    return "# llmtui history\n\n" + "\n\n".join(session_markdown(s, numbers) for s in sessions) + "\n"
