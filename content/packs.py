"""Finding and loading packs: the bundled one, files and folders given by the user."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from .errors import ContentError
from .models import Pack, QuestionBank, SkippedPack

# llmtui.content.parser and llmtui.content.reader (markdown-it, ftfy: ~100 ms to import) load
# only when a pack has to be parsed: a cache hit never needs them.

BUNDLED_MANIFEST = "llm-interview-questions-and-answers-hub.toml"
PACK_SUFFIXES = (".md", ".markdown", ".txt")


def pack_name_for(path: Path) -> str:
    """A short, stable pack name from a file name: ``My Notes.md`` → ``my-notes``."""
    name = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return name or "pack"


_PACK_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MANIFEST_SUFFIX = ".toml"


def is_pack_name(name: str) -> bool:
    """Whether ``name`` could be an installed pack's name (what :func:`pack_name_for` makes).

    Only these names are ever turned into file names, so no name reaches a
    path outside the packs folder or matches more than its own files.

    >>> [is_pack_name(n) for n in ("my-notes", "../history", "*", "/etc/passwd", "a--b", "")]
    [True, False, False, False, False, False]
    """
    return _PACK_NAME.fullmatch(name) is not None


def installed_files(folder: Path, name: str) -> list[Path]:
    """The files of the installed pack ``name`` in ``folder``: its Markdown file(s), then its manifest.

    Exact names only (no globbing); nothing but regular files and symbolic
    links (removing a link never touches what it points to). Empty when the
    pack has no Markdown file: a stray manifest is not a pack.
    """
    if not is_pack_name(name):
        raise ValueError(f"not a pack name: {name!r}")

    packs: list[Path] = []
    manifests: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        stem, dot, suffix = entry.name.rpartition(".")
        if stem != name or not dot or not (entry.is_file(follow_symlinks=False) or entry.is_symlink()):
            continue
        if f".{suffix.lower()}" in PACK_SUFFIXES:
            packs.append(Path(entry.path))
        elif f".{suffix.lower()}" == MANIFEST_SUFFIX:
            manifests.append(Path(entry.path))
    return sorted(packs) + sorted(manifests) if packs else []


MAX_TOPIC_SPAN = 1_000_000  # question numbers one manifest topic may cover (a typo must not allocate for ever)


def _topics_from_manifest(manifest: dict, path: str) -> dict[int, str]:
    topics: dict[int, str] = {}
    entries = manifest.get("topics", [])
    if not isinstance(entries, list):
        raise ContentError(path, "manifest topics must be a list of [[topics]] tables")
    for entry in entries:
        try:
            first, last, name = int(entry["first"]), int(entry["last"]), str(entry["name"])
        except (KeyError, TypeError, ValueError):
            raise ContentError(path, "manifest topic needs name, first and last") from None
        if last - first >= MAX_TOPIC_SPAN:
            raise ContentError(path, f"manifest topic {name!r} spans more than {MAX_TOPIC_SPAN} questions")
        for number in range(first, last + 1):
            topics[number] = name
    return topics


def _load_with_manifest(markdown: bytes, manifest: dict, md_path: str, manifest_path: str,
                        layout: str | None = None) -> Pack:
    from .parser import ensure_questions, parse_markdown
    from .reader import decode_bytes

    info = manifest.get("pack", {})
    name = str(info.get("name") or pack_name_for(Path(md_path)))
    source = decode_bytes(markdown, md_path)
    pinned = layout or (str(info["layout"]) if info.get("layout") else None)
    pack = parse_markdown(source.text, pack=name, path=md_path, topics=_topics_from_manifest(manifest, manifest_path),
                          layout=pinned)
    pack.problems[:0] = source.problems
    pack.title = str(info.get("title") or pack.title)
    pack.attribution = str(info.get("author", ""))
    pack.license = str(info.get("license", ""))
    pack.source = str(info.get("source", ""))
    return ensure_questions(pack)


def bundled_data_bytes(name: str) -> bytes:
    return resources.files("llmtui.content.data").joinpath(name).read_bytes()


def _cached(parts: list[bytes], cache_dir: Path | None, parse: Callable[[], Pack]) -> Pack:
    if cache_dir is None:
        return parse()
    from .cache import cache_key, pack_from_json, pack_to_json, read_json, write_json

    key = cache_key(*parts)
    entry = cache_dir / f"pack-{key}.json"
    data = read_json(entry)
    pack = pack_from_json(data) if isinstance(data, dict) else None
    if pack is None:
        pack = parse()
        write_json(entry, pack_to_json(pack), chunked="questions")
    pack.content_hash = key
    return pack


def load_bundled_pack(cache_dir: Path | None = None) -> Pack:
    """The question bank that ships with llmtui, repaired and topic-tagged."""
    manifest_bytes = bundled_data_bytes(BUNDLED_MANIFEST)
    manifest = tomllib.loads(manifest_bytes.decode("utf-8"))
    md_name = manifest["pack"]["file"]
    markdown = bundled_data_bytes(md_name)
    return _cached([b"bundled", markdown, manifest_bytes], cache_dir,
                   lambda: _load_with_manifest(markdown, manifest, md_name, BUNDLED_MANIFEST))


def load_pack_file(path: str | Path, name: str | None = None, cache_dir: Path | None = None,
                   layout: str | None = None) -> Pack:
    """Load one Markdown file as a pack; a ``.toml`` manifest beside it is honoured.

    The file is read once (regular files only, bounded: see
    :func:`llmtui.content.reader.read_regular_file`); the cache is keyed by
    those bytes and a miss parses the same bytes. ``layout`` pins the question
    pattern (``"h3"``, ``"label,numbered"``…) over the file's own
    ``llmtui-layout`` key, its manifest's ``layout`` and detection.
    """
    from .reader import MAX_MANIFEST_BYTES, read_regular_file

    p = Path(path)
    data = read_regular_file(p)
    manifest_path = p.with_suffix(MANIFEST_SUFFIX)
    manifest = b""
    if p.suffix != MANIFEST_SUFFIX and manifest_path.is_file():
        manifest = read_regular_file(manifest_path, MAX_MANIFEST_BYTES)
    pack_name = name or pack_name_for(p)

    def parse() -> Pack:
        return _parse_pack_file(data, manifest, pack_name, p, manifest_path, layout)

    if cache_dir is None or layout is not None:
        return parse()
    # The path is not part of the key: a moved file keeps its cache entry.
    pack = _cached([b"pack", pack_name.encode(), data, manifest], cache_dir, parse)
    pack.path = str(p)
    return pack


def _parse_pack_file(data: bytes, manifest: bytes, name: str, path: Path, manifest_path: Path,
                     layout: str | None = None) -> Pack:
    from .parser import ensure_questions, parse_markdown
    from .reader import decode_bytes

    if not data.strip():
        raise ContentError(path, "empty file, no questions")
    if manifest:
        try:
            info = tomllib.loads(manifest.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ContentError(manifest_path, f"invalid manifest: {exc}") from None
        if not isinstance(info.setdefault("pack", {}), dict):
            raise ContentError(manifest_path, "invalid manifest: [pack] must be a table")
        info["pack"].setdefault("name", name)
        return _load_with_manifest(data, info, str(path), str(manifest_path), layout)
    source = decode_bytes(data, path)
    pack = parse_markdown(source.text, pack=name, path=str(path), layout=layout)
    pack.problems[:0] = source.problems
    return ensure_questions(pack)


FOLDER_SUFFIXES = (".md", ".markdown")  # what a folder scan takes; a .txt file is a pack only when named
SKIPPED_FOLDERS = frozenset({"node_modules", "site-packages", "__pycache__"})


def _skipped_folder(folder: Path) -> bool:
    """Folders a scan never enters: hidden ones (.git, .venv), virtual environments, installed packages."""
    return folder.name.startswith(".") or folder.name in SKIPPED_FOLDERS or (folder / "pyvenv.cfg").exists()


def pack_files(path: str | Path) -> list[Path]:
    """The pack files a ``--content`` argument names: the file itself, or a folder's Markdown files.

    A folder gives its ``.md`` and ``.markdown`` files and those of its
    subfolders, in path order; never a hidden file or folder, a virtual
    environment or ``node_modules``, and no folder reached by a symbolic link
    (loops). A ``.txt`` file (LICENSE.txt…) is read only when named itself.
    """
    p = Path(path)
    if not p.is_dir():
        return [p]
    files: list[Path] = []
    for root, folders, names in os.walk(p):
        here = Path(root)
        folders[:] = [f for f in folders if not _skipped_folder(here / f)]
        files += [here / n for n in names
                  if not n.startswith(".") and Path(n).suffix.lower() in FOLDER_SUFFIXES and (here / n).is_file()]
    if not files:
        raise ContentError(p, f"folder holds no Markdown files ({', '.join(FOLDER_SUFFIXES)}), in it or its subfolders")
    return sorted(files)


def load_bank(
    extra: Sequence[str | Path] = (),
    *,
    include_bundled: bool = True,
    cache_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    strict: bool = False,
) -> QuestionBank:
    """The bundled pack plus every pack named in ``extra`` (files or folders).

    Pack names are made unique so that two packs never share question ids. A
    file that does not load is left out and listed in ``bank.skipped`` with
    its one-line reason, and the rest loads. ``strict`` (the CLI) raises
    :class:`ContentError` instead for a file named in ``extra`` itself and for
    a folder none of whose files loads: what the user named must load.
    """
    if cache_dir is not None:
        from .cache import sweep_stray_files

        sweep_stray_files(cache_dir)
    packs: list[Pack] = [load_bundled_pack(cache_dir)] if include_bundled else []
    names = {pack.name for pack in packs}
    skipped: list[SkippedPack] = []
    for entry in extra:
        try:
            files = pack_files(entry)
        except ContentError as exc:
            if strict:
                raise
            skipped.append(SkippedPack(exc.path, str(exc)))
            continue
        folder = Path(entry).is_dir()
        left_out: list[SkippedPack] = []
        for file in files:
            name = pack_name_for(file)
            base, n = name, 2
            while name in names:
                name, n = f"{base}-{n}", n + 1
            if progress is not None:
                progress(f"Loading {file.name}…")
            try:
                packs.append(load_pack_file(file, name, cache_dir))
            except ContentError as exc:
                if strict and not folder:
                    raise
                left_out.append(SkippedPack(exc.path, str(exc)))
                continue
            names.add(name)
        if strict and folder and len(left_out) == len(files):
            raise ContentError(entry, "no file in this folder loads as a pack: "
                                      + "; ".join(s.reason for s in left_out[:3]) + (" …" if len(left_out) > 3 else ""))
        skipped += left_out
    return QuestionBank(packs, skipped)
