"""``llmtui interview`` (opens the app on an interview), ``llmtui review``, ``llmtui score`` and ``llmtui history``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..wording import columns, cut_line, plural
from .common import (
    AppLaunch,
    CliError,
    Commands,
    emit,
    load,
    open_store,
    save_settings,
    say,
    settings,
    tell,
    write_output,
    write_stdout,
)

if TYPE_CHECKING:
    from llmtui.content.models import Question

    from ..practice.judge import JudgeConfig


def cmd_interview(args: argparse.Namespace) -> int | AppLaunch:
    from llmtui.graph.queries import UnknownConcept

    from ..practice.engine import EmptyDraw, InterviewPlan, valid_minutes
    from ..practice.planner import StatsKeys, plan_questions
    from ..runtime.keymap import check_keymap, load_keymap
    from ..runtime.paths import data_dir

    if args.questions < 1:
        raise CliError("--questions must be at least 1")
    try:
        valid_minutes(args.minutes)
    except ValueError as exc:
        raise CliError(f"--minutes: {exc}") from None
    chosen = settings(args)
    until = chosen.interview_date if args.mode == "plan" else None
    if args.mode == "plan" and args.topic is None:
        args.topic = chosen.plan_topic
    plan = InterviewPlan(args.questions, args.minutes, args.topic, args.concept, args.mode, args.seed, args.strict,
                         until=until, query=args.search)
    judge = cli_judge(args)
    kb = load(args)
    # An empty draw names the keys of the app's Stats screen as the app binds them: the user's keymap, less the
    # keys the app refuses (the same check, so a key it leaves on its default is not named).
    keymap = load_keymap(data_dir(args.data_dir))
    if keymap.keys and args.bindings is not None:
        check_keymap(keymap, args.bindings())
    store = open_store(args)
    try:
        # check the plan before taking over the terminal
        ids = plan_questions(kb, plan, store, args.now, retention=chosen.desired_retention,
                             keys=StatsKeys.bound(keymap.keys))
    except EmptyDraw as exc:
        hint = f", or use --mode {exc.fallback_mode}" if exc.fallback_mode else ""
        raise CliError(f"{exc}{hint}") from None
    except UnknownConcept as exc:
        raise CliError(str(exc.args[0])) from None
    finally:
        store.close()
    if args.dry_run:
        emit(args, {"questions": ids}, "\n".join(f"{kb.question(q).label}  {kb.question(q).title}" for q in ids))
        return 0
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise CliError("llmtui: not a terminal; interviews need one (try --dry-run to see the draw)", 2)
    return AppLaunch(args.content, args.data_dir, plan, judge)


def cmd_review(args: argparse.Namespace) -> int:
    """``llmtui review``: the reviews due now, oldest first, as Anki counts them (suspended and buried ones sit out);
    a question due on an earlier day than today (a study day starts at 4:00, as in Anki) is overdue."""
    from datetime import datetime

    from ..practice.scheduling import describe_due, study_day

    store = open_store(args)
    try:
        due = store.due(args.now)
        held = store.held_back(args.now)
        cards = store.cards()
    finally:
        store.close()
    now_text = args.now.isoformat()
    later = min(((row[2], row[0]) for row in cards if row[0] not in held and row[2] > now_text), default=None)
    bank = load(args, graph=False).bank if due or later else None
    today = study_day(args.now)

    def named(question_id: str) -> tuple[str, str | None]:
        question = bank.get(question_id) if bank is not None else None
        return (question.label, question.title) if question is not None else (question_id, None)

    rows = []
    for question_id, due_text in due:
        label, title = named(question_id)
        at = datetime.fromisoformat(due_text)
        rows.append({"id": question_id, "label": label, "title": title, "due": due_text,
                     "overdue_days": (today - study_day(at)).days})
    overdue = sum(1 for row in rows if row["overdue_days"] > 0)
    data = {"due": rows, "total": len(rows), "overdue": overdue, "next_due": later[0] if later else None}
    if not rows:
        if later:
            when = describe_due(datetime.fromisoformat(later[0]), args.now)
            text = f"Nothing is due now; the next review ({named(later[1])[0]}) is due {when}."
        elif cards:
            text = "Nothing is due: every question graded so far is suspended or buried."
        else:
            text = "Nothing is due: no answer has been graded yet (an interview grades them)."
        emit(args, data, text)
        return 0
    # The title last, cut at a terminal's edge (one line a review, as fzf lists); a pipe gets it whole.
    lines = columns([row["label"], f"due {datetime.fromisoformat(row['due']).astimezone():%Y-%m-%d %H:%M}",
                     f"overdue {plural(row['overdue_days'], 'day')}" if row["overdue_days"] > 0 else "",
                     row["title"] or "(not in the loaded packs)"]
                    for row in rows)
    if sys.stdout.isatty():
        import shutil

        width = shutil.get_terminal_size().columns
        lines = [cut_line(line, width) for line in lines]
    total = f"{plural(len(rows), 'review')} due now" + (f" ({overdue} overdue)" if overdue else "")
    emit(args, data, "\n".join([*lines, f"{total} · start them: llmtui interview --mode due"]))
    return 0


def cli_judge(args: argparse.Namespace) -> JudgeConfig | None:
    """The judge the command line names (with the environment's key and the settings' timeout), if any."""
    import os

    from ..practice.judge import DEFAULT_TIMEOUT, judge_config

    if not args.judge and not args.judge_model:
        return None
    timeout = settings(args).judge_timeout
    try:
        return judge_config(args.judge, args.judge_model, environ=os.environ,
                            timeout=args.judge_timeout or timeout or DEFAULT_TIMEOUT)
    except ValueError as exc:
        raise CliError(str(exc)) from None


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
            "skipped": undone.skipped, "scheduled": undone.scheduled, "reopened": undone.reopened}
    parts = ["its review card is back as it was" if undone.scheduled else "cram: the schedule was not touched"]
    if undone.session_id is not None:
        parts.append("the question will be asked again" if undone.skipped else "the answer waits for a new grade")
    if undone.reopened:
        parts.append("the interview is open again: resume it in the app (history, r)")
    where = f" (interview {undone.session_id})" if undone.session_id is not None else ""
    emit(args, data, f"undid {what} on {undone.question_id}{where}: {'; '.join(parts)}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from ..practice.report import history_markdown
    from ..practice.store import StoreError

    if args.action == "undo":
        return cmd_undo(args)
    if args.action == "export" and args.json and not args.output:
        raise CliError("history export writes Markdown: with --json give -o FILE (it says what it wrote as JSON),"
                       " or use 'llmtui history --json' for the history itself as JSON", 2)
    store = open_store(args)
    sessions = store.sessions()
    store.close()
    bank = None
    if sessions:
        from llmtui.content.errors import ContentError

        try:
            bank = load(args, graph=False).bank
        except ContentError as exc:  # history stays readable even if a pack is broken
            say(f"{exc} (history shown without question numbers or reference answers)")
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

    def find(question_id: str) -> Question | None:
        return bank.get(question_id) if bank is not None else None

    if args.action == "export":
        text = history_markdown(sessions, find)
        if args.output:
            write_output(args.output, text, private=True)  # typed answers: only the user may read them
            if args.json:
                emit(args, {"wrote": args.output, "format": "markdown", "sessions": len(sessions)}, "")
            else:
                tell(f"wrote {args.output}: {plural(len(sessions), 'interview')}")
        else:
            write_stdout(text)
        return 0

    def number(question_id: str) -> int | None:
        question = find(question_id)
        return question.number if question is not None else None

    data = {"sessions": [
        {"id": s.id, "started_at": s.started_at, "status": s.status, "mode": s.plan.mode, "questions": len(s.questions),
         "answered": len(s.answered), "skipped": len(s.skipped),
         "answers": [{"question_id": a.question_id, "number": number(a.question_id), "answer": a.answer,
                      "seconds": a.seconds, "overtime": a.overtime, "coverage": a.coverage, "grade": a.grade,
                      "skipped": a.skipped, "points": [p.to_dict() for p in a.points], "flags": list(a.flags)}
                     for a in s.answers]}
        for s in sessions]}
    lines = columns([f"#{s.id}", s.started_at[:16].replace("T", " "), s.status, s.plan.mode, s.answered_text]
                    for s in sessions)
    emit(args, data, "\n".join(lines) or "no interviews yet")
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    """``llmtui plan``: set, show or clear the interview-date plan (kept in the settings).

    Each part (--date, --minutes, --topic) is kept until it is changed or --clear forgets the whole plan.
    """
    from datetime import date

    from ..practice.dateplan import check_interview_date
    from ..practice.engine import EmptyDraw, InterviewPlan
    from ..practice.planner import candidate_ids, date_plan
    from ..practice.scheduling import study_day

    chosen = settings(args)
    changed = args.clear or args.date is not None or args.minutes is not None or args.topic is not None
    cleared = chosen.clear_plan() if args.clear else ""
    if args.date is not None:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            raise CliError(f"--date {args.date!r}: give the interview's date as YYYY-MM-DD") from None
        try:
            check_interview_date(day, study_day(args.now))
        except ValueError as exc:
            raise CliError(f"--date {exc}") from None
        chosen.interview_date = day.isoformat()
    if args.minutes is not None:
        if not 1 <= args.minutes <= 24 * 60:
            raise CliError("--minutes must be 1-1440 (minutes a day)")
        chosen.daily_minutes = args.minutes
    if args.topic is not None:
        chosen.plan_topic = args.topic or None
    kb = load(args) if chosen.plan_topic or chosen.interview_day is not None else None
    if kb is not None and chosen.plan_topic:
        try:
            candidate_ids(kb, InterviewPlan(topic=chosen.plan_topic))
        except EmptyDraw as exc:
            raise CliError(str(exc.args[0])) from None
    if changed:
        save_settings(args, chosen)
    said = (f"cleared the interview-date plan ({cleared})" if cleared else "no interview-date plan to clear") \
        if args.clear else ""
    if chosen.interview_day is None or kb is None:
        hint = "no interview date set: llmtui plan --date YYYY-MM-DD [--minutes 30] [--topic T]"
        emit(args, {"interview": None, "cleared": cleared if args.clear else None,
                    "topic": chosen.plan_topic, "daily_minutes": chosen.daily_minutes},
             said if args.clear and args.date is None else hint)
        return 0
    store = open_store(args)
    try:
        plan = date_plan(kb, store, chosen.interview_day, topic=chosen.plan_topic, daily_minutes=chosen.daily_minutes,
                         retention=chosen.desired_retention)
    finally:
        store.close()
    data = {"interview": plan.interview.isoformat(), "topic": chosen.plan_topic, "days_left": plan.days_left,
            "scope": plan.scope, "met": plan.met, "readiness": round(plan.readiness, 4), "on_track": plan.on_track,
            "summary": plan.summary(), "per_day": round(plan.per_day, 2), "minutes_needed": plan.minutes_needed,
            "daily_minutes": plan.daily_minutes, "cleared": cleared if args.clear else None,
            "days": [{"date": d.day.isoformat(), "new": d.new, "reviews": d.reviews} for d in plan.days]}
    text = [said] if said else []
    text += [f"Interview {plan.interview}" + (f", topic {chosen.plan_topic}" if chosen.plan_topic else "")
             + f": {plan.summary()}",
             f"{plan.met} of {plural(plan.scope, 'question')} met · about {plan.per_day:.1f} a day, busiest day "
             f"{plan.peak} (~{plan.minutes_needed} min of your {plan.daily_minutes})",
             "Today: 'llmtui interview --mode plan' (or mode 'Date plan' in the set-up)", ""]
    text += [f"{d.day}  {d.new:>3} new  {d.reviews:>3} {'review' if d.reviews == 1 else 'reviews'}" for d in plan.days]
    emit(args, data, "\n".join(text))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    """``llmtui settings``: show, or set the desired retention."""
    from ..practice.scheduling import retention_warning
    from ..runtime.settings import RETENTION_RANGE, valid_retention

    chosen = settings(args)
    if args.retention is not None:
        if not valid_retention(args.retention):
            raise CliError(f"--retention must be {RETENTION_RANGE[0]:.2f}-{RETENTION_RANGE[1]:.2f} (Anki's range)")
        chosen.desired_retention = args.retention
        save_settings(args, chosen)
    warning = retention_warning(chosen.desired_retention)
    data = {"desired_retention": chosen.desired_retention, "warning": warning or None,
            "interview_date": chosen.interview_date, "daily_minutes": chosen.daily_minutes,
            "plan_topic": chosen.plan_topic, "theme": chosen.theme}
    text = [f"desired retention {chosen.desired_retention:.2f}" + (f"\n{warning}" if warning else ""),
            f"interview date {chosen.interview_date or '-'} · {chosen.daily_minutes} min a day"
            + (f" · topic {chosen.plan_topic}" if chosen.plan_topic else "")]
    emit(args, data, "\n".join(text))
    return 0


def read_answer(args: argparse.Namespace) -> str:
    """The answer to score: ``--answer TEXT``, ``--answer -`` (standard input) or ``--answer-file PATH``."""
    if args.answer_file is not None:
        from llmtui.content.reader import read_regular_file

        raw = read_regular_file(args.answer_file, limit=4 * 1_000_000)  # a FIFO or device: one line, no wait
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CliError(f"{args.answer_file}: not UTF-8 text (byte {exc.start}): give the answer as text") from None
        if "\0" in text:
            raise CliError(f"{args.answer_file}: a binary file, not an answer")
    elif args.answer == "-":
        text = sys.stdin.read(1_000_001)
    elif args.answer is not None:
        text = args.answer
    else:
        raise CliError("give the answer: --answer TEXT, --answer - (standard input) or --answer-file PATH")
    if len(text) > 1_000_000:
        raise CliError("answer too long (more than 1,000,000 characters)")
    if not text.strip():
        raise CliError("empty answer: nothing to score")
    return text


def cmd_score(args: argparse.Namespace) -> int:
    import os

    from ..practice.judge import DEFAULT_TIMEOUT, apply_verdict, ask_judge, judge_config
    from ..practice.keypoints import ScoringBase
    from ..practice.scoring import Status
    from ..runtime.paths import data_dir
    from .common import question_ref

    answer = read_answer(args)
    folder = data_dir(args.data_dir)
    chosen = settings(args)
    try:
        judge = judge_config(args.judge, args.judge_model, environ=os.environ, settings_url=chosen.judge_url,
                             settings_model=chosen.judge_model,
                             timeout=args.judge_timeout or chosen.judge_timeout or DEFAULT_TIMEOUT)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    kb = load(args, graph=False)
    question = question_ref(kb, args.question)
    scoring = ScoringBase.load(kb, folder / "cache")
    rubric = scoring.rubric(question.id)
    scored = scoring.score(question.id, answer)
    if scored is None or rubric is None:
        raise CliError(f"{question.label} has no usable key point to score against: its reference answer names too"
                       " little to check (see 'llmtui check')")
    verdict = ask_judge(judge, question, rubric, answer) if judge is not None else None
    if verdict is not None:
        scored = apply_verdict(scored, answer, verdict)
    data = {
        "question": {"id": question.id, "number": question.number, "title": question.title, "prompt": question.prompt},
        "score": scored.score,
        "points": [{"text": p.text, "status": p.status.value, "evidence": p.evidence} for p in scored.points],
        "misconceptions": list(scored.misconceptions),
        "flags": [{"kind": f.kind.value, "reason": f.reason} for f in scored.flags],
        "suggested_grade": scored.suggested_grade,
        "judge": verdict.to_dict() if verdict is not None else None,
    }
    from ..practice.scheduling import GRADES

    lines = [f"{question.label}: {question.title}",
             f"Score {scored.percent}% · {scored.rule_text} · suggested grade {scored.suggested_grade}"
             f" ({GRADES[scored.suggested_grade]})"]
    lines += [f"  {f.kind.value.replace('_', ' ')}: {f.reason}" for f in scored.flags]
    for p in scored.points:
        lines.append(f"  {p.status.mark} {p.text}")
        if p.evidence:
            said = "says the opposite: " if p.status == Status.CONTRADICTED else ""
            lines.append(f"      {said}“{p.evidence}”")
    lines += [f"  ! misconception: {m}" for m in scored.misconceptions]
    if verdict is not None:
        lines.append(f"  {verdict.error} (model {verdict.model}); the offline score stands" if verdict.error
                     else f"  judge ({verdict.model}): grade {verdict.grade}. {verdict.feedback}")
    emit(args, data, "\n".join(lines))
    return 0


def add_judge_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--judge", metavar="URL",
                        help="a local OpenAI-compatible chat-completions server to judge answers (or LLMTUI_JUDGE_URL)")
    parser.add_argument("--judge-model", metavar="NAME", help="the judge's model name (or LLMTUI_JUDGE_MODEL)")
    parser.add_argument("--judge-timeout", type=positive_seconds, metavar="S",
                        help="seconds to wait for the judge (default 20)")


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value < 3600:
        raise argparse.ArgumentTypeError("must be more than 0 and less than 3600 seconds")
    return value


def add_commands(commands: Commands) -> None:
    from ..practice.engine import MODES

    p = commands.add("interview", "a timed mock interview (opens the app)", cmd_interview)
    p.add_argument("--questions", type=int, default=5, metavar="N")
    p.add_argument("--minutes", type=float, default=3.0, metavar="M", help="per question")
    p.add_argument("--topic", metavar="T")
    p.add_argument("--concept", metavar="C", help="draw from this concept and its neighbours")
    p.add_argument("--search", metavar="TEXT", help="draw from the questions this search finds")
    p.add_argument("--mode", choices=MODES, default="random",
                   help="how questions are drawn; cram draws as random does and never touches the schedule")
    p.add_argument("--seed", type=int, metavar="S", help="make the draw reproducible")
    p.add_argument("--strict", action="store_true", help="submit when time runs out")
    p.add_argument("--dry-run", action="store_true", help="print the draw instead of starting")
    add_judge_arguments(p)
    commands.add("review", "the reviews due now (and overdue), oldest first, with their total", cmd_review)
    p = commands.add("score", "score an answer to a question against its key points (offline, or with a local judge)",
                     cmd_score)
    p.add_argument("question", help="id (llm-hub#43) or number (43)")
    given = p.add_mutually_exclusive_group()
    given.add_argument("--answer", metavar="TEXT", help="the answer; '-' reads it from standard input")
    given.add_argument("--answer-file", metavar="PATH", help="read the answer from a file")
    add_judge_arguments(p)
    p = commands.add("history", "past interviews (--json), 'history export' as Markdown, 'history undo' takes back"
                                " the last grade or skip", cmd_history)
    p.add_argument("action", nargs="?", choices=["list", "export", "undo"], default="list")
    p.add_argument("-o", "--output", metavar="FILE")
    p = commands.add("plan", "the interview-date plan: every question met before the day, a level daily load", cmd_plan)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the interview (today or later)")
    p.add_argument("--minutes", type=int, metavar="N", help="minutes a day you have (default 30)")
    p.add_argument("--topic", metavar="T", help="only this topic ('' for all)")
    p.add_argument("--clear", action="store_true", help="forget the whole plan: date, topic and minutes")
    p.epilog = ("Each of --date, --minutes and --topic is kept until you change it or --clear forgets the plan;"
                " 'llmtui plan' alone shows it.")
    p = commands.add("settings", "show settings; --retention sets FSRS's desired retention (0.70-0.97)", cmd_settings)
    p.add_argument("--retention", type=float, metavar="R", help="desired retention, 0.70-0.97 (default 0.90)")
