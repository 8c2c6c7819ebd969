"""``llmtui search|show|concept|path|stats|export``: reading the bank and the graph."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import CliError, Commands, emit, load, question_ref, write_output


def cmd_search(args: argparse.Namespace) -> int:
    kb = load(args, graph=False)
    query = " ".join(args.query)
    results = kb.index.search(query, kind=args.kind, limit=max(1, args.limit))
    rows = []
    for r in results:
        row: dict[str, Any] = {"kind": r.kind, "id": r.key}
        if r.kind == "question":
            row.update(number=r.number, title=r.title)
        else:
            row.update(name=r.key)
        row.update(score=r.score, topic=r.topic)
        rows.append(row)
    lines = [f"{'Q' + str(r.number) if r.kind == 'question' else 'concept':>8}  {r.title}  [{r.topic}]" for r in results]
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
    data = {"id": q.id, "number": q.number, "title": q.title, "answer": q.answer, "topic": q.topic,
            "concepts": concepts, "related": related, "duplicates": dupes}
    text = [f"Q{q.number}: {q.title}", f"Topic: {q.topic}", "", readable_math(q.answer), "",
            "Concepts: " + ", ".join(concepts)]
    if dupes:
        text.append("Near-duplicates: " + ", ".join(f"Q{d['number']}" for d in dupes))
    text.append("Related: " + "; ".join(f"Q{r['number']} {r['title']}" for r in related[:5]))
    emit(args, data, "\n".join(text))
    return 0


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
    text = [name + (" (generic)" if concept.generic else ""), f"Aliases: {', '.join(concept.aliases) or '-'}",
            definition, "", f"Questions ({len(questions)}):"]
    text += [f"  Q{q.number}  {q.title}" for q in questions]
    text += ["", "Related:"] + [f"  {r.name}  ({r.reason or 'related'})" for r in related[:12]]
    emit(args, data, "\n".join(text))
    return 0


def cmd_path(args: argparse.Namespace) -> int:
    from llmtui.graph.queries import NoPath, UnknownConcept, concept_path

    kb = load(args)
    try:
        a, b = kb.resolve_concept(args.source), kb.resolve_concept(args.target)
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
        text += [f"      Q{kb.question(qid).number}  {kb.question(qid).title}" for qid in s.bridging_questions[:3]]
    emit(args, data, "\n".join(text))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from llmtui.graph.queries import edge_kind_counts, near_duplicate_pairs

    kb = load(args)
    kinds = edge_kind_counts(kb.graph)
    duplicates = near_duplicate_pairs(kb.graph)
    discovered = sum(1 for c in kb.glossary.concepts.values() if c.discovered)
    data = {"questions": len(kb.bank), "packs": [p.name for p in kb.bank.packs], "concepts": len(kb.glossary),
            "discovered_concepts": discovered, "edges": kb.graph.number_of_edges(), "edge_kinds": kinds,
            "topics": len(kb.bank.topics()), "duplicates": [list(p) for p in duplicates]}
    text = [f"{data['questions']} questions in {len(data['packs'])} pack(s), {data['concepts']} concepts "
            f"({discovered} discovered), {data['edges']} edges, {data['topics']} topics",
            "Edges: " + ", ".join(f"{k} {v}" for k, v in kinds.items()),
            "Near-duplicates: " + (", ".join(f"{a} ~ {b}" for a, b in duplicates) or "none")]
    emit(args, data, "\n".join(text))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from llmtui.graph.export import export_graphml, export_json

    kb = load(args)
    if args.format == "graphml":
        payload = export_graphml(kb)
    else:
        import json

        payload = json.dumps(export_json(kb), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        write_output(args.output, payload)
        if not args.json:
            print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(payload)
    return 0


def add_commands(commands: Commands) -> None:
    command = commands.add
    p = command("search", "fuzzy-search questions and concepts", cmd_search)
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
    command("stats", "counts of questions, concepts, edges, topics; near-duplicates", cmd_stats)
    p = command("export", "export the bank and graph", cmd_export)
    p.add_argument("--format", choices=["json", "graphml"], default="json")
    p.add_argument("-o", "--output", metavar="FILE")
