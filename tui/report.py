"""Interview summaries and history as Markdown and plain data. No textual."""

from __future__ import annotations

from typing import Any

from tui.interview import format_clock
from tui.scheduling import GRADES


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def weakest_concepts(sessions: list[dict[str, Any]], limit: int = 8) -> list[tuple[str, int, int]]:
    """(concept, missed, covered) over the given sessions, most missed first."""
    stats: dict[str, list[int]] = {}
    for session in sessions:
        for answer in session["answers"]:
            for name in answer["missed"]:
                stats.setdefault(name, [0, 0])[0] += 1
            for name in answer["covered"]:
                stats.setdefault(name, [0, 0])[1] += 1
    ranked = sorted(((n, m, c) for n, (m, c) in stats.items() if m), key=lambda r: (-r[1], r[2], r[0]))
    return ranked[:limit]


def session_markdown(session: dict[str, Any], numbers: dict[str, int] | None = None) -> str:
    numbers = numbers or {}
    answers = session["answers"]
    lines = [f"# Interview {session['id']} — {session['started_at']} ({session['status']})", "",
             "| # | Question | Time | Coverage | Grade |", "|---|---|---|---|---|"]
    for i, a in enumerate(answers, 1):
        number = numbers.get(a["question_id"])
        label = f"Q{number} " if number else ""
        coverage = "skipped" if a["skipped"] else f"{round((a['coverage'] or 0) * 100)}%"
        overtime = f" (+{format_clock(a['overtime'])})" if a["overtime"] else ""
        lines.append(f"| {i} | {_cell(label + a['title'])} | {format_clock(a['seconds'])}{overtime} | {coverage} | "
                     f"{GRADES.get(a['grade'], '–')} |")
    scored = [a["coverage"] or 0 for a in answers if not a["skipped"]]
    total = sum(a["seconds"] for a in answers)
    lines += ["", f"**Answered:** {len(scored)} of {len(answers)} · **time:** {format_clock(total)} · "
              f"**mean coverage:** {round(sum(scored) / len(scored) * 100) if scored else 0}%", ""]
    weak = weakest_concepts([session])
    if weak:
        lines += ["## Weakest concepts", ""] + [f"- {n} (missed {m}×)" for n, m, _ in weak] + [""]
    for i, a in enumerate(answers, 1):
        lines += [f"## {i}. {a['title']}", "", "**Your answer:**", "", a["answer"].strip() or "_(none)_", ""]
        if a["missed"]:
            lines += ["**Missed:** " + ", ".join(a["missed"]), ""]
    return "\n".join(lines)


def history_markdown(sessions: list[dict[str, Any]], numbers: dict[str, int] | None = None) -> str:
    if not sessions:
        return "# llmtui history\n\nNo interviews yet.\n"
    return "# llmtui history\n\n" + "\n\n".join(session_markdown(s, numbers) for s in sessions) + "\n"
