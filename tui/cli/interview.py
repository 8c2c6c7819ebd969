"""``llmtui interview`` (opens the app on an interview) and ``llmtui history``."""

from __future__ import annotations

import argparse
import sys

from .common import AppLaunch, CliError, Commands, emit, load, open_store, write_output


def cmd_interview(args: argparse.Namespace) -> int | AppLaunch:
    from llmtui.graph.queries import UnknownConcept

    from ..practice.engine import EmptyDraw, InterviewPlan
    from ..practice.planner import plan_questions

    if args.questions < 1:
        raise CliError("--questions must be at least 1")
    if args.minutes <= 0:
        raise CliError("--minutes must be more than 0")
    plan = InterviewPlan(args.questions, args.minutes, args.topic, args.concept, args.mode, args.seed, args.strict)
    kb = load(args)
    store = open_store(args)
    try:
        ids = plan_questions(kb, plan, store)  # check the plan before taking over the terminal
    except (EmptyDraw, UnknownConcept) as exc:
        raise CliError(str(exc.args[0])) from None
    finally:
        store.close()
    if args.dry_run:
        emit(args, {"questions": ids}, "\n".join(f"{kb.question(q).label}  {kb.question(q).title}" for q in ids))
        return 0
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise CliError("llmtui: not a terminal; interviews need one (try --dry-run to see the draw)", 2)
    return AppLaunch(args.content, args.data_dir, plan)


def cmd_history(args: argparse.Namespace) -> int:
    from ..practice.report import history_markdown
    from ..practice.store import StoreError

    store = open_store(args)
    sessions = store.sessions()
    store.close()
    numbers: dict[str, int] = {}
    if sessions:
        from llmtui.content.errors import ContentError

        try:
            bank = load(args).bank
        except ContentError as exc:  # history stays readable even if a pack is broken
            print(f"llmtui: {exc} (history shown without question numbers)", file=sys.stderr)
        else:
            store = open_store(args, quiet=True)
            try:
                result = store.reconcile({q.id: q.title for q in bank.questions})
            except StoreError as exc:  # nothing is lost: the next run tries again
                print(f"llmtui: history was not re-linked to edited packs this time ({exc.reason})", file=sys.stderr)
            else:
                if result.changed:
                    print(f"llmtui: {result.summary()}", file=sys.stderr)
                sessions = store.sessions()
            store.close()
            numbers = {q.id: q.number for q in bank.questions}
    if args.action == "export":
        text = history_markdown(sessions, numbers)
        if args.output:
            write_output(args.output, text)
        else:
            sys.stdout.write(text)
        return 0
    data = {"sessions": [
        {"id": s.id, "started_at": s.started_at, "status": s.status,
         "answers": [{"question_id": a.question_id, "number": numbers.get(a.question_id), "answer": a.answer,
                      "seconds": a.seconds, "overtime": a.overtime, "coverage": a.coverage, "grade": a.grade}
                     for a in s.answers]}
        for s in sessions]}
    lines = [f"#{s.id}  {s.started_at[:16]}  {s.status:<11} {len(s.answers)}/{len(s.questions)} answered"
             for s in sessions]
    emit(args, data, "\n".join(lines) or "no interviews yet")
    return 0


def add_commands(commands: Commands) -> None:
    from ..practice.engine import MODES

    p = commands.add("interview", "a timed mock interview (opens the app)", cmd_interview)
    p.add_argument("--questions", type=int, default=5, metavar="N")
    p.add_argument("--minutes", type=float, default=3.0, metavar="M", help="per question")
    p.add_argument("--topic", metavar="T")
    p.add_argument("--concept", metavar="C", help="draw from this concept and its neighbours")
    p.add_argument("--mode", choices=MODES, default="random")
    p.add_argument("--seed", type=int, metavar="S", help="make the draw reproducible")
    p.add_argument("--strict", action="store_true", help="submit when time runs out")
    p.add_argument("--dry-run", action="store_true", help="print the draw instead of starting")
    p = commands.add("history", "past interviews (--json), or 'history export' as Markdown", cmd_history)
    p.add_argument("action", nargs="?", choices=["list", "export"], default="list")
    p.add_argument("-o", "--output", metavar="FILE")
