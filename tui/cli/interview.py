"""``llmtui interview`` (opens the app on an interview) and ``llmtui history``."""

from __future__ import annotations

import argparse
import sys

from .common import AppLaunch, CliError, Commands, emit, load, open_store, say, write_output, write_stdout


def cmd_interview(args: argparse.Namespace) -> int | AppLaunch:
    from llmtui.graph.queries import UnknownConcept

    from ..practice.engine import EmptyDraw, InterviewPlan, valid_minutes
    from ..practice.planner import plan_questions

    if args.questions < 1:
        raise CliError("--questions must be at least 1")
    try:
        valid_minutes(args.minutes)
    except ValueError as exc:
        raise CliError(f"--minutes: {exc}") from None
    from ..runtime.paths import data_dir
    from ..runtime.settings import load_settings

    settings = load_settings(data_dir(args.data_dir))
    until = settings.interview_date if args.mode == "plan" else None
    if args.mode == "plan" and args.topic is None:
        args.topic = settings.plan_topic
    plan = InterviewPlan(args.questions, args.minutes, args.topic, args.concept, args.mode, args.seed, args.strict,
                         until=until)
    kb = load(args)
    store = open_store(args)
    try:
        # check the plan before taking over the terminal
        ids = plan_questions(kb, plan, store, retention=settings.desired_retention)
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


def cmd_undo(args: argparse.Namespace) -> int:
    """Take back the last grade or skip in all history: its card and flags return to the stored rows before it."""
    from ..practice.scheduling import GRADES

    store = open_store(args)
    try:
        undone = store.undo()
    finally:
        store.close()
    if undone is None:
        raise CliError("nothing to undo: no grade or skip in history")
    what = "skip" if undone.skipped else GRADES[undone.grade]
    data = {"question_id": undone.question_id, "session_id": undone.session_id, "grade": undone.grade,
            "skipped": undone.skipped, "scheduled": undone.scheduled}
    emit(args, data, f"undid {what} on {undone.question_id} (interview {undone.session_id}): "
                     + ("its review card is back as it was" if undone.scheduled else "cram: the schedule was not touched"))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from ..practice.report import history_markdown
    from ..practice.store import StoreError

    if args.action == "undo":
        return cmd_undo(args)
    store = open_store(args)
    sessions = store.sessions()
    store.close()
    numbers: dict[str, int] = {}
    if sessions:
        from llmtui.content.errors import ContentError

        try:
            bank = load(args).bank
        except ContentError as exc:  # history stays readable even if a pack is broken
            say(f"{exc} (history shown without question numbers)")
        else:
            store = open_store(args, quiet=True)
            try:
                result = store.reconcile({q.id: q.title for q in bank.questions})
            except StoreError as exc:  # nothing is lost: the next run tries again
                say(f"history was not re-linked to edited packs this time ({exc.reason})")
            else:
                if result.changed:
                    say(result.summary())
                sessions = store.sessions()
            store.close()
            numbers = {q.id: q.number for q in bank.questions}
    if args.action == "export":
        text = history_markdown(sessions, numbers)
        if args.output:
            write_output(args.output, text, private=True)  # typed answers: only the user may read them
        else:
            write_stdout(text)
        return 0
    data = {"sessions": [
        {"id": s.id, "started_at": s.started_at, "status": s.status, "mode": s.plan.mode,
         "answers": [{"question_id": a.question_id, "number": numbers.get(a.question_id), "answer": a.answer,
                      "seconds": a.seconds, "overtime": a.overtime, "coverage": a.coverage, "grade": a.grade}
                     for a in s.answers]}
        for s in sessions]}
    lines = [f"#{s.id}  {s.started_at[:16]}  {s.status:<11} {s.plan.mode:<6} {len(s.answers)}/{len(s.questions)} answered"
             for s in sessions]
    emit(args, data, "\n".join(lines) or "no interviews yet")
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    """``llmtui plan``: set or show the interview-date plan (kept in the settings)."""
    from datetime import date

    from ..practice.engine import EmptyDraw, InterviewPlan
    from ..practice.planner import candidate_ids, date_plan
    from ..runtime.paths import data_dir
    from ..runtime.settings import load_settings, save_settings

    folder = data_dir(args.data_dir)
    settings = load_settings(folder)
    if args.clear:
        settings.interview_date, settings.plan_topic = None, None
    if args.date is not None:
        try:
            date.fromisoformat(args.date)
        except ValueError:
            raise CliError(f"--date {args.date!r}: give the interview's date as YYYY-MM-DD") from None
        settings.interview_date = args.date
    if args.minutes is not None:
        if not 1 <= args.minutes <= 24 * 60:
            raise CliError("--minutes must be 1-1440 (minutes a day)")
        settings.daily_minutes = args.minutes
    if args.topic is not None:
        settings.plan_topic = args.topic or None
    kb = load(args)
    if settings.plan_topic:
        try:
            candidate_ids(kb, InterviewPlan(topic=settings.plan_topic))
        except EmptyDraw as exc:
            raise CliError(str(exc.args[0])) from None
    if (args.clear or args.date is not None or args.minutes is not None or args.topic is not None) \
            and not save_settings(folder, settings):
        raise CliError(f"{folder}: cannot save settings (not writable)")
    if settings.interview_day is None:
        emit(args, {"interview": None}, "no interview date set: llmtui plan --date YYYY-MM-DD [--minutes 30] [--topic T]")
        return 0
    store = open_store(args)
    try:
        plan = date_plan(kb, store, settings.interview_day, topic=settings.plan_topic, daily_minutes=settings.daily_minutes,
                         retention=settings.desired_retention)
    finally:
        store.close()
    data = {"interview": plan.interview.isoformat(), "topic": settings.plan_topic, "days_left": plan.days_left,
            "scope": plan.scope, "met": plan.met, "readiness": round(plan.readiness, 4), "on_track": plan.on_track,
            "summary": plan.summary(), "per_day": round(plan.per_day, 2), "minutes_needed": plan.minutes_needed,
            "daily_minutes": plan.daily_minutes,
            "days": [{"date": d.day.isoformat(), "new": d.new, "reviews": d.reviews} for d in plan.days]}
    text = [plan.summary(),
            f"{plan.met} of {plan.scope} questions met · about {plan.per_day:.1f} a day, busiest day "
            f"{plan.peak} (~{plan.minutes_needed} min of your {plan.daily_minutes})",
            "Today: 'llmtui interview --mode plan' (or mode 'Date plan' in the set-up)", ""]
    text += [f"{d.day}  {d.new:>3} new  {d.reviews:>3} reviews" for d in plan.days]
    emit(args, data, "\n".join(text))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    """``llmtui settings``: show, or set the desired retention."""
    from ..practice.scheduling import retention_warning
    from ..runtime.paths import data_dir
    from ..runtime.settings import RETENTION_RANGE, load_settings, save_settings, valid_retention

    folder = data_dir(args.data_dir)
    settings = load_settings(folder)
    if args.retention is not None:
        if not valid_retention(args.retention):
            raise CliError(f"--retention must be {RETENTION_RANGE[0]:.2f}-{RETENTION_RANGE[1]:.2f} (Anki's range)")
        settings.desired_retention = args.retention
        if not save_settings(folder, settings):
            raise CliError(f"{folder}: cannot save settings (not writable)")
    warning = retention_warning(settings.desired_retention)
    data = {"desired_retention": settings.desired_retention, "warning": warning or None,
            "interview_date": settings.interview_date, "daily_minutes": settings.daily_minutes,
            "plan_topic": settings.plan_topic, "theme": settings.theme}
    text = [f"desired retention {settings.desired_retention:.2f}" + (f"\n{warning}" if warning else ""),
            f"interview date {settings.interview_date or '-'} · {settings.daily_minutes} min a day"
            + (f" · topic {settings.plan_topic}" if settings.plan_topic else "")]
    emit(args, data, "\n".join(text))
    return 0


def add_commands(commands: Commands) -> None:
    from ..practice.engine import MODES

    p = commands.add("interview", "a timed mock interview (opens the app)", cmd_interview)
    p.add_argument("--questions", type=int, default=5, metavar="N")
    p.add_argument("--minutes", type=float, default=3.0, metavar="M", help="per question")
    p.add_argument("--topic", metavar="T")
    p.add_argument("--concept", metavar="C", help="draw from this concept and its neighbours")
    p.add_argument("--mode", choices=MODES, default="random",
                   help="how questions are drawn; cram draws as random does and never touches the schedule")
    p.add_argument("--seed", type=int, metavar="S", help="make the draw reproducible")
    p.add_argument("--strict", action="store_true", help="submit when time runs out")
    p.add_argument("--dry-run", action="store_true", help="print the draw instead of starting")
    p = commands.add("history", "past interviews (--json), 'history export' as Markdown, 'history undo' takes back"
                                " the last grade or skip", cmd_history)
    p.add_argument("action", nargs="?", choices=["list", "export", "undo"], default="list")
    p.add_argument("-o", "--output", metavar="FILE")
    p = commands.add("plan", "the interview-date plan: every question met before the day, a level daily load", cmd_plan)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the interview")
    p.add_argument("--minutes", type=int, metavar="N", help="minutes a day you have")
    p.add_argument("--topic", metavar="T", help="only this topic ('' for all)")
    p.add_argument("--clear", action="store_true", help="forget the plan")
    p = commands.add("settings", "show settings; --retention sets FSRS's desired retention (0.70-0.97)", cmd_settings)
    p.add_argument("--retention", type=float, metavar="R", help="desired retention, 0.70-0.97 (default 0.90)")
