"""The ``llmtui`` command: the app with no arguments, scriptable subcommands otherwise.

Start-up matters: this module imports only the standard library at the top;
each command imports what it needs. ``--json`` prints machine output on stdout
and nothing else; errors are one line on stderr with a non-zero exit.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from tui import __version__

if TYPE_CHECKING:
    import argparse


class CliError(Exception):
    """A user-facing error: printed as one line, exit code ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="llmtui", description="Offline interview prep for LLM engineers.")
    parser.add_argument("--version", action="version", version=f"llmtui {__version__}")
    parser.add_argument("--content", action="append", default=[], metavar="PATH",
                        help="add a question pack (Markdown file or folder); repeatable")
    parser.add_argument("--data-dir", metavar="PATH", help="where history and settings live (or LLMTUI_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--json", action="store_true", help="machine-readable output on stdout")
        return p

    p = command("search", "fuzzy-search questions and concepts")
    p.add_argument("query", nargs="+")
    p.add_argument("--kind", choices=["question", "concept"])
    p.add_argument("--limit", type=int, default=10)
    p = command("show", "show a question with its answer, concepts and related questions")
    p.add_argument("question", help="id (llm-hub#43) or number (43)")
    p = command("concept", "show a concept: aliases, definition, questions, related concepts")
    p.add_argument("name", nargs="+")
    p = command("path", "the chain of concepts between two concepts, with bridging questions")
    p.add_argument("source")
    p.add_argument("target")
    command("stats", "counts of questions, concepts, edges, topics; near-duplicates")
    p = command("export", "export the bank and graph")
    p.add_argument("--format", choices=["json", "graphml"], default="json")
    p.add_argument("-o", "--output", metavar="FILE")
    from tui.cli_interview import add_interview_commands
    from tui.cli_packs import add_pack_commands

    add_interview_commands(command)
    add_pack_commands(command, sub)
    return parser


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        import json

        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def load(args: argparse.Namespace, *, graph: bool = True):  # -> KnowledgeBase (imported lazily)
    """The knowledge base for a command; ``graph=False`` skips networkx and the graph (search needs neither)."""
    from tui.loading import load_cached

    return load_cached(args.content, args.data_dir, graph=graph)


def _question_ref(kb, ref: str):
    question = kb.bank.find(ref)
    if question is None:
        raise CliError(f"unknown question {ref!r} (give an id like llm-hub#43 or a number 1-{len(kb.bank)})")
    return question


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
    from content.latex import readable_math
    from graph.queries import concepts_of_question, duplicates_of, related_questions

    kb = load(args)
    q = _question_ref(kb, args.question)
    concepts = concepts_of_question(kb.G, q.id)
    related = [{"id": qid, "number": kb.question(qid).number, "title": kb.question(qid).title, "score": s}
               for qid, s in related_questions(kb.G, q.id)]
    dupes = [{"id": qid, "number": kb.question(qid).number, "title": kb.question(qid).title} for qid in duplicates_of(kb.G, q.id)]
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
    from graph.queries import UnknownConcept, related_concepts

    kb = load(args)
    try:
        name = kb.resolve_concept(" ".join(args.name))
    except UnknownConcept as exc:
        raise CliError(exc.args[0]) from None
    concept = kb.concept(name)
    questions = [kb.question(qid) for qid in kb.concept_question_ids(name)]
    related = related_concepts(kb.G, name)
    data = {"name": name, "aliases": list(concept.aliases), "definition": concept.definition,
            "discovered": concept.discovered,
            "questions": [{"id": q.id, "number": q.number, "title": q.title} for q in questions],
            "related": [{"name": r.name, "weight": round(r.weight, 3), "relation": r.relation,
                         "reason": r.reason} for r in related]}
    text = [name, f"Aliases: {', '.join(concept.aliases) or '-'}", concept.definition, "", f"Questions ({len(questions)}):"]
    text += [f"  Q{q.number}  {q.title}" for q in questions]
    text += ["", "Related:"] + [f"  {r.name}  ({r.reason})" for r in related[:12]]
    emit(args, data, "\n".join(text))
    return 0


def cmd_path(args: argparse.Namespace) -> int:
    from graph.queries import NoPath, UnknownConcept, concept_path

    kb = load(args)
    try:
        a, b = kb.resolve_concept(args.source), kb.resolve_concept(args.target)
        steps = concept_path(kb.G, a, b)
    except UnknownConcept as exc:
        raise CliError(exc.args[0]) from None
    except NoPath as exc:
        raise CliError(str(exc)) from None
    data = {"from": a, "to": b, "concepts": [a] + [s.target for s in steps], "steps": [
        {"from": s.source, "to": s.target, "relation": s.relation,
         "questions": [{"id": qid, "number": kb.question(qid).number, "title": kb.question(qid).title}
                       for qid in s.bridging_questions]} for s in steps]}
    text = [" → ".join(data["concepts"])]
    for s in steps:
        via = s.relation.replace("_", " ") or "shared questions"
        text.append(f"  {s.source} → {s.target} ({via})")
        text += [f"      Q{kb.question(qid).number}  {kb.question(qid).title}" for qid in s.bridging_questions[:3]]
    emit(args, data, "\n".join(text))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from collections import Counter

    kb = load(args)
    kinds = Counter(d["kind"] for _, _, d in kb.G.edges(data=True))
    duplicates = sorted(sorted((u[2:], v[2:])) for u, v, d in kb.G.edges(data=True) if d["kind"] == "duplicate")
    discovered = sum(1 for c in kb.glossary.concepts.values() if c.discovered)
    data = {"questions": len(kb.bank), "packs": [p.name for p in kb.bank.packs], "concepts": len(kb.glossary),
            "discovered_concepts": discovered, "edges": kb.G.number_of_edges(), "edge_kinds": dict(kinds),
            "topics": len(kb.bank.topics()), "duplicates": [list(p) for p in duplicates]}
    text = [f"{data['questions']} questions in {len(data['packs'])} pack(s), {data['concepts']} concepts "
            f"({discovered} discovered), {data['edges']} edges, {data['topics']} topics",
            "Edges: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
            "Near-duplicates: " + (", ".join(f"{a} ~ {b}" for a, b in duplicates) or "none")]
    emit(args, data, "\n".join(text))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tui.export import export_graphml, export_json

    kb = load(args)
    if args.format == "graphml":
        payload = export_graphml(kb)
    else:
        import json

        payload = json.dumps(export_json(kb), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        from tui.atomic import write_text_atomic

        try:
            write_text_atomic(args.output, payload)
        except OSError as exc:
            raise CliError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
        if not args.json:
            print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(payload)
    return 0


def run_app(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise CliError("llmtui: not a terminal; the app needs one (see 'llmtui --help' for commands)", 2)
    from tui.app import run

    return run(content=args.content, data_dir=args.data_dir)


COMMANDS = {"search": cmd_search, "show": cmd_show, "concept": cmd_concept, "path": cmd_path,
            "stats": cmd_stats, "export": cmd_export}


def main(argv: Sequence[str] | None = None) -> int:
    from content.errors import ContentError

    if not (sys.argv[1:] if argv is None else argv):
        # Plain `llmtui`: straight to the app, without building the argument parser.
        args = SimpleNamespace(command=None, content=[], data_dir=None)
    else:
        args = _parser().parse_args(argv)
    try:
        if args.command is None:
            return run_app(args)
        handler = COMMANDS.get(args.command) or args.handler
        return handler(args)
    except CliError as exc:
        message = str(exc)
        print(message if message.startswith("llmtui:") else f"llmtui: {message}", file=sys.stderr)
        return exc.code
    except ContentError as exc:
        print(f"llmtui: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
