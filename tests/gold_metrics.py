"""Measuring the scorer against hand-graded answers (tests/gold/*.toml): the figures the issue's targets name.

A gold file holds questions of the bundled bank, each with eight answers of
known kinds (strong, terse, mediocre, wrong_namedrop, misconception, echo,
term_list, off_topic) and an interviewer's grade 1-4 for each.
"""

from __future__ import annotations

import itertools
import statistics
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).parent / "gold"
KINDS = ("strong", "terse", "mediocre", "wrong_namedrop", "misconception", "echo", "term_list", "off_topic")


@dataclass(frozen=True, slots=True)
class GradedAnswer:
    question_id: str
    kind: str
    grade: int  # the interviewer's, 1-4
    text: str


@dataclass(frozen=True, slots=True)
class Scored:
    answer: GradedAnswer
    score: float


def load_gold(name: str) -> list[GradedAnswer]:
    data = tomllib.loads((GOLD / name).read_text(encoding="utf-8"))
    return [GradedAnswer(q["id"], a["kind"], int(a["grade"]), a["text"]) for q in data["question"] for a in q["answer"]]


def score_all(answers: Sequence[GradedAnswer], score: Callable[[str, str], float]) -> list[Scored]:
    return [Scored(a, score(a.question_id, a.text)) for a in answers]


def by_question(scored: Sequence[Scored]) -> dict[str, dict[str, Scored]]:
    out: dict[str, dict[str, Scored]] = {}
    for s in scored:
        out.setdefault(s.answer.question_id, {})[s.answer.kind] = s
    return out


def pair_order(scored: Sequence[Scored]) -> tuple[int, int]:
    """(held, total) over pairs of answers to the same question with different grades.

    A pair holds when the answer the interviewer graded higher scores strictly
    higher; a tie does not hold.
    """
    held = total = 0
    for answers in by_question(scored).values():
        for a, b in itertools.combinations(answers.values(), 2):
            if a.answer.grade == b.answer.grade:
                continue
            high, low = (a, b) if a.answer.grade > b.answer.grade else (b, a)
            total += 1
            held += high.score > low.score
    return held, total


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1  # ties share their mean rank
        i = j + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rank correlation, ties given their mean rank.

    >>> round(spearman([1, 2, 3, 4], [10, 20, 30, 25]), 2)
    0.8
    """
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    num = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    den = (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5
    return num / den


def grade_correlation(scored: Sequence[Scored]) -> float:
    return spearman([s.score for s in scored], [s.answer.grade for s in scored])


def mean_score(scored: Sequence[Scored], kind: str) -> float:
    return statistics.fmean(s.score for s in scored if s.answer.kind == kind)


def share_of_questions(scored: Sequence[Scored], holds: Callable[[dict[str, Scored]], bool]) -> float:
    questions = by_question(scored)
    return sum(1 for answers in questions.values() if holds(answers)) / len(questions)


def strong_above_mediocre(scored: Sequence[Scored]) -> float:
    return share_of_questions(scored, lambda a: a["strong"].score > a["mediocre"].score)


def strong_clear_of_namedrop(scored: Sequence[Scored], margin: float = 0.25) -> float:
    return share_of_questions(scored, lambda a: a["strong"].score >= a["wrong_namedrop"].score + margin)


def report(scored: Sequence[Scored]) -> dict[str, float]:
    """Every figure the targets name, for the test's failure message and the closing report."""
    held, total = pair_order(scored)
    figures = {"pairs_in_order": held / total, "spearman": grade_correlation(scored),
               "strong_above_mediocre": strong_above_mediocre(scored),
               "strong_clear_of_namedrop": strong_clear_of_namedrop(scored)}
    figures.update({f"mean_{kind}": mean_score(scored, kind) for kind in KINDS})
    return {k: round(v, 3) for k, v in figures.items()}
