"""Deterministic synthetic question packs in the real pack format, with known search targets.

Titles and answers are built from the domain's vocabulary (the concept glossary
that ships with llmtui) with a fixed seed. Every pack also holds target
questions with a made-up system name, each with a query a user might type
(a typo included), so speed is never bought with wrong results.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from llmtui.graph.glossary import load_glossary

TEMPLATES = [
    "How does {a} affect {b} in {ctx}?",
    "Explain the trade-offs between {a} and {b} for {ctx}.",
    "What is the role of {a} when optimizing {b}?",
    "When would you prefer {a} over {b} in {ctx}?",
    "Why does {a} matter for {b}?",
    "Describe how {a} interacts with {b} during {ctx}.",
    "What are common pitfalls of {a} in {ctx}?",
    "Compare {a} with {b}: which scales better for {ctx}?",
]
CONTEXTS = ["production serving", "long-context chat", "edge devices", "batch evaluation", "multilingual models",
            "code assistants", "retrieval pipelines", "agent workflows", "pretraining runs", "fine-tuning jobs"]
SYLLABLES = ["zor", "blax", "quen", "tiv", "mar", "dox", "pel", "vun", "kri", "sta", "lom", "yth", "gar", "fen"]


@dataclass(frozen=True, slots=True)
class Target:
    number: int
    title: str
    query: str


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]  # drop one letter, as fast typing does


def generate(size: int, *, seed: int = 1234, targets: int = 40) -> tuple[str, list[Target]]:
    """Markdown for a pack of ``size`` questions and its targets."""
    rng = random.Random(seed)
    glossary = load_glossary()
    names = sorted(glossary.concepts)
    lines = [f"# Synthetic pack of {size} questions", ""]
    target_at = set(rng.sample(range(1, size + 1), min(targets, size)))
    made: list[Target] = []
    used_names: set[str] = set()
    for number in range(1, size + 1):
        if number % 500 == 1:
            lines += [f"## Section {number // 500 + 1}: {rng.choice(CONTEXTS).title()}", ""]
        a, b = rng.sample(names, 2)
        ctx = rng.choice(CONTEXTS)
        if number in target_at:
            while True:
                system = "".join(rng.sample(SYLLABLES, 3))
                if system not in used_names:
                    used_names.add(system)
                    break
            title = f"How does {a} interact with {b} in the {system} pipeline?"
            words = [w for w in a.lower().replace("-", " ").split() if len(w) > 3][:1] + [system]
            query = " ".join(_typo(w, rng) if i == 0 else w for i, w in enumerate(words))
            made.append(Target(number, title, query))
        else:
            title = rng.choice(TEMPLATES).format(a=a, b=b, ctx=ctx)
        answer = (f"{glossary.concepts[a].definition} {glossary.concepts[b].definition} "
                  f"In {ctx}, the two meet when {a.lower()} changes what {b.lower()} costs.")
        lines += [f"### Q{number}: {title}", "", answer, ""]
    return "\n".join(lines), made


def write_pack(folder: Path, size: int, *, seed: int = 1234) -> tuple[Path, list[Target]]:
    text, made = generate(size, seed=seed)
    path = folder / f"synthetic-{size}.md"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path, made
