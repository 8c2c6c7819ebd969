"""Rubrics: the key points an interviewer listens for in an answer, and the misconceptions that cost.

A rubric belongs to one question. Each key point is a short sentence shown to
the user plus the rule that recognises it in an answer: an AND of OR-groups of
terms (``content/data/rubrics.toml`` describes the format; the scorer in
``llmtui.tui.practice.scoring`` implements it). The bundled bank's rubrics are
curated by hand; packs get drafted ones (``drafted=True``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import CACHE_VERSION, load_data_file
from .errors import ContentError

RUBRICS_FILE = "rubrics.toml"
MAX_WEIGHT = 5.0

Rule = tuple[tuple[str, ...], ...]  # AND over the groups, OR within a group


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """One thing a good answer says, with the rule that recognises it."""

    text: str
    rule: Rule
    weight: float = 1.0
    reference: str = ""  # the sentence of the reference answer it comes from, if any
    # The group (0-based) that carries the claim, when the other groups only name the topic: without a term
    # of it the point is missed, not partly covered ("not faster" in "accumulation does not make steps faster").
    claim: int | None = None


@dataclass(frozen=True, slots=True)
class Misconception:
    """A wrong belief stated plainly, with the rule that recognises the wrong claim."""

    text: str
    rule: Rule


@dataclass(frozen=True, slots=True)
class Rubric:
    question_id: str
    points: tuple[KeyPoint, ...]
    misconceptions: tuple[Misconception, ...] = ()
    drafted: bool = False  # made from the reference answer by a program, not curated

    @property
    def total_weight(self) -> float:
        return sum(p.weight for p in self.points)


def _line_of(text: str, needle: str) -> int | None:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _rule(value: object) -> Rule | None:
    if not isinstance(value, list) or not value:
        return None
    groups = []
    for group in value:
        if not isinstance(group, list) or not group or not all(isinstance(t, str) and t.strip() for t in group):
            return None
        groups.append(tuple(t.strip() for t in group))
    return tuple(groups)


def parse_rubrics(text: str, path: str = RUBRICS_FILE) -> dict[str, Rubric]:
    """Rubrics by question id from rubric TOML; a malformed entry is an error naming its line.

    >>> r = parse_rubrics('''
    ... [[question]]
    ... id = "p#1"
    ...   [[question.point]]
    ...   text = "Keys and values are cached."
    ...   rule = [["cache*"], ["key*", "value*"]]
    ... ''')
    >>> r["p#1"].points[0].rule
    (('cache*',), ('key*', 'value*'))
    """
    import tomllib  # only when the cache misses

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, f"invalid TOML: {exc}") from None
    rubrics: dict[str, Rubric] = {}
    entries = data.get("question", [])
    if not isinstance(entries, list):
        raise ContentError(path, "expected [[question]] tables")
    for entry in entries:
        qid = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(qid, str) or not qid.strip():
            raise ContentError(path, "a [[question]] has no id")
        line = _line_of(text, f'"{qid}"')
        if qid in rubrics:
            raise ContentError(path, f"question {qid!r} appears twice", line)
        points = []
        for raw in entry.get("point", []):
            rule = _rule(raw.get("rule")) if isinstance(raw, dict) else None
            point_text = raw.get("text") if isinstance(raw, dict) else None
            weight = raw.get("weight", 1.0) if isinstance(raw, dict) else None
            if not isinstance(point_text, str) or not point_text.strip() or rule is None:
                raise ContentError(path, f"question {qid!r}: a point needs a text and a rule of non-empty term lists", line)
            if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= MAX_WEIGHT:
                raise ContentError(path, f"question {qid!r}: weight must be a number in (0, {MAX_WEIGHT:g}]", line)
            reference = raw.get("reference", "")
            claim = raw.get("claim")
            if claim is not None and (isinstance(claim, bool) or not isinstance(claim, int) or not 1 <= claim <= len(rule)):
                raise ContentError(path, f"question {qid!r}: claim must be the number of a group of the rule"
                                         f" (1-{len(rule)})", line)
            points.append(KeyPoint(point_text.strip(), rule, float(weight), reference if isinstance(reference, str) else "",
                                   claim - 1 if claim is not None else None))
        if not points:
            raise ContentError(path, f"question {qid!r} has no key point", line)
        misconceptions = []
        for raw in entry.get("misconception", []):
            rule = _rule(raw.get("rule")) if isinstance(raw, dict) else None
            wrong = raw.get("text") if isinstance(raw, dict) else None
            if not isinstance(wrong, str) or not wrong.strip() or rule is None:
                raise ContentError(path, f"question {qid!r}: a misconception needs a text and a rule", line)
            misconceptions.append(Misconception(wrong.strip(), rule))
        rubrics[qid] = Rubric(qid, tuple(points), tuple(misconceptions))
    return rubrics


def rubrics_to_json(rubrics: dict[str, Rubric]) -> dict[str, Any]:
    return {"version": CACHE_VERSION, "rubrics": {
        qid: [[[p.text, [list(g) for g in p.rule], p.weight, p.reference, p.claim] for p in r.points],
              [[m.text, [list(g) for g in m.rule]] for m in r.misconceptions], r.drafted]
        for qid, r in rubrics.items()}}


def rubrics_from_json(data: Any) -> dict[str, Rubric] | None:
    """The rubrics a cache entry holds, or None when it is not a valid entry of this version."""
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION or not isinstance(data.get("rubrics"), dict):
        return None
    out: dict[str, Rubric] = {}
    try:
        for qid, (points, misconceptions, drafted) in data["rubrics"].items():
            out[str(qid)] = Rubric(
                str(qid),
                tuple(KeyPoint(str(t), tuple(tuple(map(str, g)) for g in rule), float(w), str(ref),
                               None if claim is None else int(claim))
                      for t, rule, w, ref, claim in points),
                tuple(Misconception(str(t), tuple(tuple(map(str, g)) for g in rule)) for t, rule in misconceptions),
                bool(drafted))
    except (TypeError, ValueError):
        return None
    if any((not r.points and not r.drafted) or any(not p.rule or not all(p.rule) or not _claim_fits(p) for p in r.points)
           for r in out.values()):
        return None
    return out


def _claim_fits(point: KeyPoint) -> bool:
    return point.claim is None or 0 <= point.claim < len(point.rule)


def load_rubrics(path: str | Path | None = None, *, cache_dir: Path | None = None) -> dict[str, Rubric]:
    """The curated rubrics that ship in ``content/data``, or those of ``path``, by question id.

    With ``cache_dir``, the parsed file is kept there as JSON keyed by its bytes
    (parsing the TOML takes ~0.1 s; reading the JSON a tenth of that).
    """
    return load_data_file("rubrics", path, RUBRICS_FILE, parse_rubrics, to_json=rubrics_to_json,
                          from_json=rubrics_from_json, cache_dir=cache_dir)
