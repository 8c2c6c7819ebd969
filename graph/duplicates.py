"""Near-duplicate questions, found with rapidfuzz rather than listed by hand."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz, utils

from llmtui.content.models import Question

from .search import text_words

TITLE_THRESHOLD = 88.0
ANSWER_THRESHOLD = 75.0
_BUCKET_LIMIT = 300


def _blocking_keys(title: str, df: dict[str, int]) -> list[str]:
    words = sorted(set(text_words(title.lower())), key=lambda w: (df.get(w, 0), w))
    return words[:2]


def near_duplicates(questions: Sequence[Question]) -> Iterator[tuple[str, str, float]]:
    """Yield ``(id_a, id_b, score)`` for pairs that ask the same thing.

    A pair needs nearly the same question, word order included (so "RAG over
    fine-tuning" and "fine-tuning over RAG" stay apart), and similar answers (so
    "purpose of the encoder" and "... decoder" stay apart). Pairs are only
    compared within blocks that share a rare title word, so this scales.

    >>> from llmtui.content.models import Question
    >>> a = Question("p#1", "p", 1, "How do transformers avoid vanishing gradients?", "Residual connections.", "t", 1)
    >>> b = Question("p#2", "p", 2, "How does transformers avoid vanishing gradients?", "Residual connections!", "t", 9)
    >>> [(x, y) for x, y, _ in near_duplicates([a, b])]
    [('p#1', 'p#2')]
    """
    df: dict[str, int] = defaultdict(int)
    for question in questions:
        for word in set(text_words(question.title.lower())):
            df[word] += 1
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, question in enumerate(questions):
        for key in _blocking_keys(question.title, df):
            buckets[key].append(index)
    # "What's the output?" over two different snippets asks two things
    titles = [utils.default_process(f"{q.title} {q.prompt}" if q.prompt else q.title) for q in questions]
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2 or len(members) > _BUCKET_LIMIT:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                title_score = fuzz.ratio(titles[i], titles[j], score_cutoff=TITLE_THRESHOLD)
                if not title_score:
                    continue
                answer_score = fuzz.token_set_ratio(questions[i].answer, questions[j].answer, processor=utils.default_process)
                if answer_score >= ANSWER_THRESHOLD or not (questions[i].answer and questions[j].answer):
                    yield questions[i].id, questions[j].id, round((title_score + answer_score) / 2, 1)
