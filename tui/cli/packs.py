"""``llmtui check`` and ``llmtui packs add|list|remove``."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import Any

from .common import CliError, Commands, emit


def check_file(path: Path) -> dict[str, Any]:
    """What the importer makes of one file; raises ContentError if it cannot be read."""
    from llmtui.content.errors import ContentError
    from llmtui.content.packs import load_pack_file

    try:
        pack = load_pack_file(path)
    except ContentError as exc:
        if "no questions found" not in exc.message:
            raise
        return {"path": str(path), "formats": [], "questions": 0, "answered": 0,
                "problems": [{"line": exc.line or 1, "message": exc.message}]}
    return {"path": str(path), "formats": pack.formats, "questions": len(pack.questions),
            "answered": sum(1 for q in pack.questions if q.answer.strip()),
            "problems": [{"line": p.line, "message": p.message} for p in pack.problems]}


def cmd_check(args: argparse.Namespace) -> int:
    from llmtui.content.errors import ContentError
    from llmtui.content.packs import pack_files

    reports, failed = [], False
    lines = []
    for entry in args.paths:
        try:
            files = pack_files(entry)
        except ContentError as exc:
            reports.append({"path": str(entry), "formats": [], "questions": 0, "answered": 0,
                            "problems": [{"line": 0, "message": exc.message}]})
            lines.append(f"{exc}")
            failed = True
            continue
        for file in files:
            try:
                report = check_file(file)
            except ContentError as exc:
                report = {"path": str(file), "formats": [], "questions": 0, "answered": 0,
                          "problems": [{"line": exc.line or 0, "message": exc.message}]}
            reports.append(report)
            failed |= report["questions"] == 0
            lines.append(f"{report['path']}: {report['questions']} questions, {report['answered']} answered, "
                         f"formats: {', '.join(report['formats']) or 'none'}")
            lines += [f"  {report['path']}:{p['line']}: {p['message']}" for p in report["problems"]]
    emit(args, {"files": reports}, "\n".join(lines))
    return 1 if failed else 0


def packs_folder(args: argparse.Namespace) -> Path:
    from ..runtime.paths import data_dir

    return data_dir(args.data_dir) / "packs"


def cmd_packs_add(args: argparse.Namespace) -> int:
    from llmtui.content.packs import load_pack_file, pack_name_for

    source = Path(args.file)
    pack = load_pack_file(source)  # refuses what would not import, with file and line
    folder = packs_folder(args)
    target = folder / f"{pack_name_for(source)}{source.suffix or '.md'}"
    if target.exists() and not args.replace:
        raise CliError(f"a pack named {target.stem!r} is installed already (use --replace)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        manifest = source.with_suffix(".toml")
        if manifest.is_file():
            shutil.copyfile(manifest, target.with_suffix(".toml"))
    except OSError as exc:
        raise CliError(f"{folder}: cannot install pack ({exc.strerror or exc})") from None
    emit(args, {"name": target.stem, "path": str(target), "questions": len(pack.questions)},
         f"installed {target.stem}: {len(pack.questions)} questions")
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
    text = "\n".join(f"{r['name']:24} {r['questions'] if r['questions'] is not None else '!'} questions  {r['error']}"
                     for r in rows)
    emit(args, {"packs": rows}, text or "no packs installed")
    return 0


def cmd_packs_remove(args: argparse.Namespace) -> int:
    folder = packs_folder(args)
    matches = [p for p in folder.glob(f"{args.name}.*")] if folder.is_dir() else []
    if not matches:
        raise CliError(f"no installed pack named {args.name!r} (see 'llmtui packs list')")
    for path in matches:
        path.unlink()
    emit(args, {"removed": args.name}, f"removed {args.name} (its history is kept)")
    return 0


def add_commands(commands: Commands) -> None:
    p = commands.add("check", "check Markdown packs: formats, questions, problems with file:line", cmd_check)
    p.add_argument("paths", nargs="+")
    packs = commands.group("packs", "manage installed question packs")
    p = packs.add("add", "install a pack into the data dir", cmd_packs_add)
    p.add_argument("file")
    p.add_argument("--replace", action="store_true")
    packs.add("list", "list installed packs", cmd_packs_list)
    p = packs.add("remove", "uninstall a pack (history is kept)", cmd_packs_remove)
    p.add_argument("name")
