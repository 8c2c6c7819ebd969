"""``llmtui search|show|concept|path|stats|export``: reading the bank and the graph."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..wording import TALKING_POINTS_NOTE, distinct_aliases, plural
from .common import CliError, Commands, emit, load, open_store, question_ref, tell, write_output, write_stdout

if TYPE_CHECKING:
    from ..practice.records import QuestionFlags


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError(f"--limit must be at least 1 (got {args.limit})")
    kb = load(args, graph=False)
    query = " ".join(args.query)
    results = kb.index.search(query, kind=args.kind, limit=args.limit)
    rows = []
    for r in results:
        row: dict[str, Any] = {"kind": r.kind, "id": r.key}
        if r.kind == "question":
            row.update(number=r.number, label=r.label, title=r.title)
        else:
            row.update(name=r.key)
        row.update(score=r.score, topic=r.topic, field=r.field, snippet=r.snippet)
        rows.append(row)
    lines = []
    for r in results:
        alias = f"  (alias: {r.snippet})" if r.field == "alias" else ""
        lines.append(f"{r.label if r.kind == 'question' else 'concept':>8}  {r.title}{alias}  [{r.topic}]")
        if r.field == "answer":
            lines.append(f"{'':>8}  in the answer: {r.snippet}")
    emit(args, {"query": query, "results": rows}, "\n".join(lines) or f"no results for {query!r}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from llmtui.content.latex import readable_math
    from llmtui.graph.queries import concepts_of_question, duplicates_of, related_questions

    kb = load(args)
    q = question_ref(kb, args.question)
    concepts = concepts_of_question(kb.graph, q.id)
    related = [{"id": qid, "number": kb.question(qid).number, "title": kb.question(qid).title, "score": s}
               for qid, s in related_questions(kb.graph, q.id)]
    dupes = [{"id": qid, "number": kb.question(qid).number, "title": kb.question(qid).title}
             for qid in duplicates_of(kb.graph, q.id)]
    flags = question_flags(args, q.id)
    now = args.now.isoformat()
    data = {"id": q.id, "number": q.number, "title": q.title, "prompt": q.prompt, "answer": q.answer,
            "talking_points": q.talking_points,
            "topic": q.topic,
            "concepts": concepts, "related": related, "duplicates": dupes,
            "suspended": flags.suspended, "leech": flags.leech, "lapses": flags.lapses,
            "buried_until": flags.buried_until if flags.buried(now) else None}
    state = flags.describe(now)
    # What the question shows (its code, its options) comes with it, before the answer and named apart from it
    shown = [readable_math(q.prompt), "", *([f"{q.reference_name}:"] if q.answer else [])] if q.prompt else []
    text = [f"{q.label}: {q.title}", f"Topic: {q.topic} · {q.pack}", *([state] if state else []), "", *shown,
            *([TALKING_POINTS_NOTE] if q.talking_points else []), readable_math(q.answer), "", "Concepts: " + ", ".join(concepts)]
    if dupes:
        text.append("Near-duplicates: " + ", ".join(kb.question(d["id"]).label for d in dupes))
    text.append("Related: " + "; ".join(f"{kb.question(r['id']).label} {r['title']}" for r in related[:5]))
    emit(args, data, "\n".join(text))
    return 0


def question_flags(args: argparse.Namespace, question_id: str) -> QuestionFlags:
    """Whether history holds the question out of the draws (a first run, without history, holds nothing)."""
    from ..practice.records import QuestionFlags
    from ..practice.store import DB_NAME
    from ..runtime.paths import data_dir

    if not (data_dir(args.data_dir) / DB_NAME).exists():
        return QuestionFlags(question_id)  # reading a question creates no history
    store = open_store(args, quiet=True)
    try:
        return store.flags(question_id)
    finally:
        store.close()


def cmd_concept(args: argparse.Namespace) -> int:
    from llmtui.graph.queries import UnknownConcept, related_concepts

    kb = load(args)
    try:
        name = kb.resolve_concept(" ".join(args.name))
    except UnknownConcept as exc:
        raise CliError(exc.args[0]) from None
    concept = kb.concept(name)
    questions = [kb.question(qid) for qid in kb.concept_question_ids(name)]
    related = related_concepts(kb.graph, name, include_generic=True)
    definition = kb.definition(name)
    data = {"name": name, "aliases": list(concept.aliases), "definition": definition,
            "discovered": concept.discovered, "generic": concept.generic,
            "questions": [{"id": q.id, "number": q.number, "title": q.title} for q in questions],
            "related": [{"name": r.name, "weight": round(r.weight, 3), "relation": r.relation,
                         "relations": [{"source": x.subject, "relation": x.kind, "target": x.target}
                                       for x in r.relations],
                         "generic": r.generic, "reason": r.reason} for r in related]}
    text = [name + (" (generic)" if concept.generic else ""),
            f"Aliases: {', '.join(distinct_aliases(name, concept.aliases)) or '-'}", definition, "",
            f"Questions ({len(questions)}):"]
    text += [f"  {q.label}  {q.title}" for q in questions]
    text += ["", "Related:"] + [f"  {r.name}  ({r.reason or 'related'})" for r in related[:12]]
    emit(args, data, "\n".join(text))
    return 0


def cmd_path(args: argparse.Namespace) -> int:
    from llmtui.graph.queries import NoPath, UnknownConcept, concept_path

    kb = load(args)
    try:
        a, b = kb.resolve_concept(args.source), kb.resolve_concept(args.target)
        if a == b:
            raise CliError(f"a path needs two different concepts; {args.source!r} and {args.target!r} are both {a}")
        steps = concept_path(kb.graph, a, b)
    except UnknownConcept as exc:
        raise CliError(exc.args[0]) from None
    except NoPath as exc:
        raise CliError(str(exc)) from None
    # "from"/"to" follow the path; "source" → "relation" → "target" is how the relation reads.
    data = {"from": a, "to": b, "concepts": [a] + [s.target for s in steps], "steps": [
        {"from": s.source, "to": s.target, "relation": s.relation, "source": s.relation_source,
         "target": s.relation_target, "reads": s.reads(),
         "questions": [{"id": qid, "number": kb.question(qid).number, "title": kb.question(qid).title}
                       for qid in s.bridging_questions]} for s in steps]}
    text = [" → ".join(data["concepts"])]
    for s in steps:
        text.append(f"  {s.reads()}")
        text += [f"      {kb.question(qid).label}  {kb.question(qid).title}" for qid in s.bridging_questions[:3]]
    emit(args, data, "\n".join(text))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from llmtui.graph.queries import edge_kind_counts, near_duplicate_pairs

    if args.history:
        return cmd_study_stats(args)
    kb = load(args)
    kinds = edge_kind_counts(kb.graph)
    duplicates = near_duplicate_pairs(kb.graph)
    discovered = sum(1 for c in kb.glossary.concepts.values() if c.discovered)
    data = {"questions": len(kb.bank), "packs": [p.name for p in kb.bank.packs], "concepts": len(kb.glossary),
            "discovered_concepts": discovered, "edges": kb.graph.number_of_edges(), "edge_kinds": kinds,
            "topics": len(kb.bank.topics()), "duplicates": [list(p) for p in duplicates]}
    text = [f"{plural(data['questions'], 'question')} in {plural(len(data['packs']), 'pack')}, "
            f"{plural(data['concepts'], 'concept')} ({discovered} discovered), {plural(data['edges'], 'edge')}, "
            f"{plural(data['topics'], 'topic')}",
            "Edges: " + ", ".join(f"{k} {v}" for k, v in kinds.items()),
            "Near-duplicates: " + (", ".join(f"{a} ~ {b}" for a, b in duplicates) or "none")]
    emit(args, data, "\n".join(text))
    return 0


def cmd_study_stats(args: argparse.Namespace) -> int:
    """``stats --history``: what the Stats screen shows, from the history and the cards."""
    from ..practice.planner import study_stats_for
    from .common import open_store, settings

    kb = load(args)
    target = settings(args).desired_retention
    store = open_store(args)
    try:
        stats = study_stats_for(kb, store, target)
    finally:
        store.close()

    def question(flags: Any) -> dict[str, Any]:
        q = kb.bank.get(flags.question_id)
        return {"id": flags.question_id, "number": q.number if q else None, "title": q.title if q else None,
                "lapses": flags.lapses, "leech": flags.leech, "suspended": flags.suspended}

    r = stats.retention
    data = {
        "days": [{"date": d.day.isoformat(), "reviews": d.reviews, "again": d.again, "seconds": d.seconds} for d in stats.days],
        "retention": {"young": r.young, "mature": r.mature, "target": r.target},
        "topics": [{"topic": t.topic, "readiness": t.readiness} for t in stats.topics],
        "concepts": [{"name": c.name, "recall": c.recall} for c in stats.concepts],
        "leeches": [question(f) for f in stats.leeches],
        "suspended": [question(f) for f in stats.suspended],
        "forecast": [{"date": day.isoformat(), "due": due} for day, due in stats.forecast],
    }

    def pct(value: float | None) -> str:
        return "–" if value is None else f"{round(value * 100)}%"

    text = [f"{plural(sum(d.reviews for d in stats.days), 'review')} on {plural(len(stats.days), 'day')}; "
            f"true retention young {pct(r.young)} ({r.young_reviews}), mature {pct(r.mature)} ({r.mature_reviews}), "
            f"target {pct(r.target)}",
            "Readiness: " + ", ".join(f"{t.topic} {pct(t.readiness)}" for t in stats.topics),
            "Weakest concepts: " + (", ".join(f"{c.name} {pct(c.recall)}" for c in stats.concepts[:8]) or "none yet"),
            f"Leeches: {len(stats.leeches)} · suspended: {len(stats.suspended)}",
            "Due next 30 days: " + " ".join(str(n) for _, n in stats.forecast)]
    emit(args, data, "\n".join(text))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """The bank and graph (json, graphml) or the questions (csv, apkg) to ``-o FILE``, or to standard output.

    With ``-o``, one line on standard error says what was written (``--json``:
    ``{"wrote", "format", "questions"}`` on standard output, the same for every format).
    """
    import sys

    from llmtui.graph.export import export_graphml, export_json

    if args.format == "apkg" and not args.output and sys.stdout.isatty():
        raise CliError("--format apkg is a binary file: give -o deck.apkg, or redirect standard output")
    kb = load(args)
    payload: str | bytes
    if args.format == "apkg":
        from llmtui.graph.anki import apkg_bytes

        payload = apkg_bytes(kb)
    elif args.format == "csv":
        from llmtui.graph.anki import csv_text

        payload = csv_text(kb)
    elif args.format == "graphml":
        payload = export_graphml(kb)
    else:
        import json

        payload = json.dumps(export_json(kb), ensure_ascii=False, indent=2) + "\n"
    if not args.output:
        if isinstance(payload, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(payload)
        else:
            write_stdout(payload, json_text=args.format == "json")
        return 0
    write_output(args.output, payload, private=False)  # the bank and graph: nothing personal, the umask decides
    # Said either way: a line for people, or JSON for scripts (--json alone prints the export itself).
    count = len(kb.bank)
    if args.json:
        emit(args, {"wrote": args.output, "format": args.format, "questions": count}, "")
    else:
        anki = " as Anki notes (Anki: File > Import)" if args.format == "apkg" else ""
        tell(f"wrote {args.output}: {plural(count, 'question')}{anki}")
    return 0


def add_commands(commands: Commands) -> None:
    command = commands.add
    p = command("search", "fuzzy-search questions and concepts (best first, by score; a label such as Q43 finds "
                          "that question)", cmd_search)
    p.add_argument("query", nargs="+")
    p.add_argument("--kind", choices=["question", "concept"])
    p.add_argument("--limit", type=int, default=10)
    p = command("show", "show a question with its answer, concepts and related questions", cmd_show)
    p.add_argument("question", help="id (llm-hub#43) or number (43)")
    p = command("concept", "show a concept: aliases, definition, questions, related concepts", cmd_concept)
    p.add_argument("name", nargs="+")
    p = command("path", "the chain of concepts between two concepts, with bridging questions", cmd_path)
    p.add_argument("source")
    p.add_argument("target")
    p = command("stats", "counts of questions, concepts, edges, topics; near-duplicates (--history: study statistics)",
                cmd_stats)
    p.add_argument("--history", action="store_true",
                   help="study statistics: reviews per day, true retention, readiness, leeches, forecast")
    p = command("export", "export the bank and graph (json, graphml), or the questions for Anki (apkg) and other tools (csv)",
                cmd_export)
    p.add_argument("--format", choices=["json", "graphml", "apkg", "csv"], default="json")
    p.add_argument("-o", "--output", metavar="FILE")
