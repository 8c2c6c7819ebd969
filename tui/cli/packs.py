"""``llmtui check`` and ``llmtui packs add|list|remove``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..wording import columns, plural
from .common import CliError, Commands, emit

NO_KEY_POINT = "yields no usable key point: its answer names too little to check (it can be practised, not scored)"
SHOWN_PER_FILE = 20  # questions without key points listed in the text output; --json lists them all


def check_file(path: Path, cache_dir: Path | None = None, layout: str | None = None) -> dict[str, Any]:
    """What the importer makes of one file (with ``layout`` pinned, if given: see ``llmtui check --layout``),
    and which answers yield no key point; raises ContentError if unreadable."""
    from llmtui.content.errors import ContentError
    from llmtui.content.packs import load_pack_file
    from llmtui.graph.glossary import load_glossary

    from ..practice.drafting import draft_pack_rubrics
    from ..practice.keypoints import pack_generic_terms

    try:
        pack = load_pack_file(path, layout=layout)
    except ContentError as exc:
        if "no questions found" not in exc.message:
            raise
        return _failed(path, exc.line or 1, exc.message)
    glossary = load_glossary(cache_dir=cache_dir)
    drafted = draft_pack_rubrics(pack, glossary, pack_generic_terms(glossary, pack.questions), cache_dir=cache_dir)
    pointless = [{"id": q.id, "number": q.number, "line": q.line} for q in pack.questions if not drafted[q.id].points]
    report: dict[str, Any] = {
        "path": str(path), "formats": pack.formats, "questions": len(pack.questions),
        "answered": sum(1 for q in pack.questions if q.answered),
        "problems": [{"line": p.line, "message": p.message} for p in sorted(pack.problems, key=lambda p: p.line or 0)],
        "no_key_points": pointless}
    if pack.layout is not None:
        report["layout"] = {
            "summary": pack.layout.summary(), "patterns_seen": pack.layout.seen, "pinned": pack.layout.pinned,
            "chosen": [{"name": c.name, "description": c.description, "questions": c.questions,
                        "answered": c.answered} for c in pack.layout.chosen],
            "notes": pack.layout.notes}
    return report


def _failed(path: str | Path, line: int | None, message: str) -> dict[str, Any]:
    """The report of a file that did not load; ``line`` is None for the file as a whole (missing, unreadable)."""
    return {"path": str(path), "formats": [], "questions": 0, "answered": 0,
            "problems": [{"line": line, "message": message}], "no_key_points": []}


def cmd_check(args: argparse.Namespace) -> int:
    from llmtui.content.errors import ContentError
    from llmtui.content.layout import parse_pattern_spec
    from llmtui.content.packs import pack_files

    from ..runtime.paths import data_dir

    if args.layout is not None:
        try:
            parse_pattern_spec(args.layout)
        except ValueError as exc:
            raise CliError(f"--layout: {exc}") from None
    cache_dir = data_dir(args.data_dir) / "cache"
    reports, failed = [], False
    lines = []
    for entry in args.paths:
        try:
            files = pack_files(entry)
        except ContentError as exc:
            reports.append(_failed(entry, exc.line, exc.message))
            lines.append(f"{exc}")
            failed = True
            continue
        for file in files:
            try:
                report = check_file(file, cache_dir, args.layout)
            except ContentError as exc:
                report = _failed(file, exc.line, exc.message)
            reports.append(report)
            failed |= report["questions"] == 0
            lines.append(f"{report['path']}: {plural(report['questions'], 'question')}, {report['answered']} answered, "
                         f"formats: {', '.join(report['formats']) or 'none'}")
            if "layout" in report:
                lines.append(f"  layout: {report['layout']['summary']}")
            lines += [f"  {report['path']}{'' if p['line'] is None else ':' + str(p['line'])}: {p['message']}"
                      for p in report["problems"]]
            pointless = report["no_key_points"]
            lines += [f"  {report['path']}:{q['line']}: Q{q['number']} {NO_KEY_POINT}" for q in pointless[:SHOWN_PER_FILE]]
            if len(pointless) > SHOWN_PER_FILE:
                lines.append(f"  … and {len(pointless) - SHOWN_PER_FILE} more questions without a usable key point"
                             " (--json lists them all)")
    emit(args, {"files": reports}, "\n".join(lines))
    return 1 if failed else 0


def packs_folder(args: argparse.Namespace) -> Path:
    from ..runtime.paths import data_dir

    return data_dir(args.data_dir) / "packs"


def cmd_packs_add(args: argparse.Namespace) -> int:
    """Install a pack: only files that load as packs, copied whole (atomically) under their pack name."""
    from llmtui.content.atomic import write_bytes_atomic
    from llmtui.content.models import BUNDLED_PACK
    from llmtui.content.packs import MANIFEST_SUFFIX, PACK_SUFFIXES, installed_files, load_pack_file, pack_name_for
    from llmtui.content.reader import MAX_MANIFEST_BYTES, read_regular_file

    source = Path(args.file)
    suffix = source.suffix.lower() or ".md"
    if suffix not in PACK_SUFFIXES:
        raise CliError(f"{source}: not a pack file (packs are {', '.join(PACK_SUFFIXES)} files)")
    if pack_name_for(source) == BUNDLED_PACK:
        # It would load as llm-hub-2: ids that 'packs list' never shows, while llm-hub#N is the bundled bank's.
        raise CliError(f"{source}: its pack would be named {BUNDLED_PACK!r}, the bundled bank's name; "
                       "rename the file (a pack is named after its file)")
    pack = load_pack_file(source)  # refuses what would not import, with file and line
    folder = packs_folder(args)
    name = pack_name_for(source)
    target = folder / f"{name}{suffix}"
    installed = installed_files(folder, name)
    if installed and not args.replace:
        raise CliError(f"a pack named {name!r} is installed already (use --replace)")
    manifest = source.with_suffix(MANIFEST_SUFFIX)
    data = read_regular_file(source)  # the bytes copied are bytes that loaded (bounded, regular files only)
    manifest_data = read_regular_file(manifest, MAX_MANIFEST_BYTES) if manifest.is_file() else None
    try:
        if manifest_data is not None:
            write_bytes_atomic(target.with_suffix(MANIFEST_SUFFIX), manifest_data)
        write_bytes_atomic(target, data)
        for old in installed:  # a replaced pack's other files: another suffix, a manifest it no longer has
            if old != target and not (manifest_data is not None and old == target.with_suffix(MANIFEST_SUFFIX)):
                old.unlink(missing_ok=True)
    except OSError as exc:
        raise CliError(f"{folder}: cannot install pack ({exc.strerror or exc})") from None
    emit(args, {"name": name, "path": str(target), "questions": len(pack.questions)},
         f"installed {name}: {plural(len(pack.questions), 'question')}")
    return 0


def cmd_packs_list(args: argparse.Namespace) -> int:
    from llmtui.content.errors import ContentError
    from llmtui.content.packs import load_pack_file

    from ..runtime.loading import installed_pack_paths

    rows = []
    for path in installed_pack_paths(args.data_dir):
        try:
            count: int | None = len(load_pack_file(path).questions)
            error = ""
        except ContentError as exc:
            count, error = None, exc.message
        rows.append({"name": path.stem, "path": str(path), "questions": count, "error": error})
    text = "\n".join(columns(
        ([r["name"], "-", "not loaded:", r["error"]] if r["questions"] is None
         else [r["name"], str(r["questions"]), "question" if r["questions"] == 1 else "questions"] for r in rows),
        "<>"))
    emit(args, {"packs": rows}, text or "no packs installed")
    return 0


def cmd_packs_remove(args: argparse.Namespace) -> int:
    """Uninstall the pack named exactly ``args.name``: its files in the packs folder, nothing else."""
    from llmtui.content.packs import installed_files, is_pack_name

    if not is_pack_name(args.name):
        raise CliError(f"{args.name!r} is not a pack name (names are like my-notes: see 'llmtui packs list')")
    folder = packs_folder(args)
    files = installed_files(folder, args.name)
    if not files:
        raise CliError(f"no installed pack named {args.name!r} (see 'llmtui packs list')")
    try:
        for path in files:
            path.unlink(missing_ok=True)
    except OSError as exc:
        raise CliError(f"{folder}: cannot remove pack ({exc.strerror or exc})") from None
    emit(args, {"removed": args.name}, f"removed {args.name} (its history is kept)")
    return 0


def add_commands(commands: Commands) -> None:
    p = commands.add("check", "check Markdown packs: the question pattern found, questions, problems with file:line",
                     cmd_check)
    p.add_argument("paths", nargs="+")
    p.add_argument("--layout", metavar="PATTERN",
                   help="read the questions as this pattern instead of detecting it: h1-h6, bold, label, numbered, "
                        "bullets, summary, table, admonition; lists at a level as numbered:2; several joined by commas")
    packs = commands.group("packs", "manage installed question packs")
    p = packs.add("add", "install a pack into the data dir", cmd_packs_add)
    p.add_argument("file")
    p.add_argument("--replace", action="store_true")
    packs.add("list", "list installed packs", cmd_packs_list)
    p = packs.add("remove", "uninstall a pack (history is kept)", cmd_packs_remove)
    p.add_argument("name")
