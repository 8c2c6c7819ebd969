"""Interaction latency, measured from outside: a key sent to the real app on a pty, the time until the
screen has settled (the expected text is on it and nothing but a clock tick changes for a few frames).

One round starts llmtui on a fresh data dir (with a warm parse cache) and walks through every action
once, in the order a user might: open a question from search, open one of its concepts, back,
forward, the local graph and depth 3, a path, the concepts browser, the palette, history, stats,
the interview set-up, an interview (start, first submit, grade) and quit. Each round is followed by
a round of the baseline (bench/baseline_app.py): a minimal Textual app doing the cheapest equivalent
of each action with the same text (push a screen with a Markdown of the answer or a copy of the
screen llmtui showed, pop it, open a modal, exit), driven the same way, so both sides of every pair
share the machine's mood.

What the screen must show is taken from the content (titles, answers, definitions, concept names),
not from the app's wording, so the bench survives changes to the screens; an action whose text never
appears fails with the screen it saw.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import string
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from terminal import KEYS, BenchError, Terminal, Text, changed_cells, ctrl, shows

SIZE = (80, 24)
# Settled means unchanged (but for a clock tick) for this long: many frames, as Textual redraws the
# key bar some frames after a new screen, later still on a busy machine, and that is part of drawing it.
QUIET = 0.3
ACTIONS = ["open question page", "open concept page", "back", "forward", "local graph on", "depth 3", "path result",
           "concepts browser", "palette open", "ctrl+t set-up", "start interview", "first submit", "grade", "history",
           "stats", "quit"]


def words(text: str, limit: int = 12) -> list[str]:
    """The first long plain words of ``text``: they show as they are in Markdown and wrap whole."""
    out: list[str] = []
    for token in text.split():
        word = token.strip(".,;:!?()\"'“”’")
        if len(word) >= 5 and word.isalpha() and word not in out:
            out.append(word)
            if len(out) == limit:
                break
    return out


class Expect:
    """The screen after an action shows at least ``need`` texts of one group that were not on it before.

    No groups: any change will do (for a change in place, such as showing a tree).
    """

    def __init__(self, *groups: Sequence[str], need: int = 3, what: str = "", or_change: bool = False) -> None:
        self.groups = [list(g) for g in groups if g]
        self.need = need
        self.or_change = or_change  # texts that may have been on the screen already: then any change will do
        self.what = what or (", ".join(self.groups[0][:4]) if self.groups else "a change")

    def fresh(self, before: Text) -> list[tuple[int, list[str], int]]:
        options = []
        for index, group in enumerate(self.groups):
            new = [t for t in group if not shows(before, t)]
            if new:
                options.append((index, new, min(self.need, len(new))))
        if self.groups and not options and not self.or_change:
            raise BenchError(f"expected texts for {self.what!r} were all on the screen before the key")
        return options

    def done(self, before: Text):
        options = self.fresh(before)

        def check(text: Text) -> bool:
            return text != before and (not options or self.matched(text, options) is not None)

        return check

    def matched(self, text: Text, options: list[tuple[int, list[str], int]]) -> int | None:
        for index, new, need in options:
            if sum(shows(text, t) for t in new) >= need:
                return index
        return None


@dataclass
class Timing:
    first_ms: float
    settled_ms: float


@dataclass
class Op:
    """One step of the baseline's replay: a key and what its screen must show (timed if ``action``)."""

    keys: bytes
    expect: Expect
    action: str | None = None
    exits: bool = False


@dataclass
class Round:
    timings: dict[str, Timing] = field(default_factory=dict)
    slides: list[dict] = field(default_factory=list)
    ops: list[Op] = field(default_factory=list)


class Scenario:
    """What the bench asks for, worked out from the bundled knowledge base."""

    def __init__(self, kb) -> None:
        from llmtui.graph.queries import concepts_of_question

        self.kb = kb
        candidates = []
        for q in kb.bank.questions:
            if not concepts_of_question(kb.graph, q.id) or len(words(q.answer)) < 6:
                continue
            results = kb.index.search(q.title, limit=3)
            if results and results[0].kind == "question" and results[0].key == q.id:
                candidates.append(q)
        if not candidates:
            raise BenchError("no question of the bank comes first when searched by its title")
        candidates.sort(key=lambda q: (len(q.answer), q.id))
        self.question = candidates[len(candidates) // 2]  # an answer of typical length
        self.concepts = concepts_of_question(kb.graph, self.question.id)
        self.titles = {q.title: q for q in kb.bank.questions}

    def path_target(self, source: str) -> tuple[str, list[str]]:
        """A concept three or four steps from ``source`` that its own name finds first in the picker."""
        from llmtui.graph.queries import NoPath, concept_path

        for name in sorted(self.kb.glossary.concepts):
            if name == source:
                continue
            try:
                steps = concept_path(self.kb.graph, source, name)
            except NoPath:
                continue
            if not 3 <= len(steps) <= 4:
                continue
            found = self.kb.index.search(name, kind="concept", limit=1)
            if found and found[0].key == name:
                return name, [s.target for s in steps[:-1]]
        raise BenchError(f"no concept three or four steps from {source!r}")

    def local_graph_names(self, concept: str, depth: int) -> list[str]:
        from llmtui.graph.queries import local_graph

        return [child for level, _, child in local_graph(self.kb.graph, concept, depth=depth, fanout=6) if level == depth]

    def question_on(self, text: Text):
        shown = [q for title, q in self.titles.items() if shows(text, title)]
        if not shown:
            raise BenchError("no question of the bank is on the interview screen:\n" + "\n".join(text))
        return max(shown, key=lambda q: len(q.title))


def screen_copy(text: Text) -> str:
    """The text of a screen as Markdown that shows it line for line (punctuation escaped, hard line breaks):
    the baseline pushes a screen with a Markdown of the same text."""
    lines = ["".join("\\" + c if c in string.punctuation else c for c in line.strip()) for line in text if line.strip()]
    return "  \n".join(lines)


def changed_lines(before: Text, after: Text) -> str:
    return "\n".join(b.rstrip() for a, b in zip(before, after, strict=False) if a != b and b.strip())


class Driver:
    """Sends keys to one running program and records what each action took."""

    def __init__(self, term: Terminal, record: Round | None = None) -> None:
        self.term = term
        self.record = record

    def act(self, keys: bytes, expect: Expect, action: str | None = None, quiet: float = QUIET) -> Text:
        before, since, sent = self.term.send(keys)
        label = action or f"the screen after {keys!r}"
        try:
            first, settled = self.term.settle(before, since, expect.done(before), f"{label}: {expect.what}", quiet=quiet)
        except BenchError as exc:
            raise BenchError(f"{label}: {exc}") from None
        if os.environ.get("BENCH_DEBUG"):
            previous = before
            for frame in self.term.frames[since:]:
                cells, rows = changed_cells(previous, frame.text)
                lines = [line.strip()[:50] for a, line in zip(previous, frame.text, strict=False) if a != line][:2]
                print(f"  {label}: +{(frame.at - sent) * 1000:.1f} ms {rows} rows {cells} cells {lines}", file=sys.stderr)
                previous = frame.text
        if action is not None and self.record is not None:
            self.record.timings[action] = Timing((first - sent) * 1000, (settled - sent) * 1000)
        return before

    def quit(self, keys: bytes, action: str) -> None:
        _, _, sent = self.term.send(keys)
        exited = self.term.wait_exit()
        if self.record is not None:
            self.record.timings[action] = Timing((exited - sent) * 1000, (exited - sent) * 1000)


def fresh_data_dir(template: Path) -> Path:
    """A new data dir holding a copy of the warm parse cache: a returning user without history."""
    path = Path(tempfile.mkdtemp(prefix="llmtui-bench-"))
    if (template / "cache").is_dir():
        shutil.copytree(template / "cache", path / "cache")
    return path


def app_round(scenario: Scenario, argv: list[str], template: Path) -> Round:
    kb, q = scenario.kb, scenario.question
    data = fresh_data_dir(template)
    env = {**os.environ, "TERM": "xterm-256color", "LLMTUI_DATA_DIR": str(data)}
    rec = Round()
    ops, slides = rec.ops, rec.slides

    def push(action: str, expect: Expect, markdown: str) -> None:
        slides.append({"kind": "push", "text": markdown})
        ops.append(Op(ctrl("n"), expect, action))

    try:
        with Terminal(argv, env, SIZE) as term:
            drive = Driver(term, rec)
            topics = [t for t, _ in kb.bank.topics()]
            term.wait_until(lambda frames: frames[-1].at if frames and shows(frames[-1].text, f"{len(kb.bank)} questions")
                            and sum(shows(frames[-1].text, t) for t in topics) >= 3 else None, 0,
                            "the bank loaded (its topics and question count)")
            term.quiet(0.4)

            drive.act(q.title.encode(), Expect(words(q.title), need=3, what="the question found by its title"))
            home = Expect(words(q.title), need=3, what="the search screen", or_change=True)

            answer = Expect(words(q.answer), what=f"the answer of {q.label}")
            drive.act(KEYS["enter"], answer, "open question page")
            push("open question page", answer, f"**{q.title}**\n\n{q.answer}")

            definitions = Expect(*[words(kb.concept(c).definition) for c in scenario.concepts],
                                 what=f"a definition of one of {scenario.concepts[:3]}")
            before = drive.act(KEYS["enter"], definitions, "open concept page")
            concept = scenario.concepts[definitions.matched(term.text, definitions.fresh(before))]
            concept_page = screen_copy(term.text)
            push("open concept page", definitions, concept_page)

            drive.act(KEYS["escape"], answer, "back")
            ops.append(Op(KEYS["escape"], answer, "back"))

            definition = Expect(words(kb.concept(concept).definition), what=f"the definition of {concept}")
            drive.act(b"]", definition, "forward")
            push("forward", definition, concept_page)

            for action, keys, names in (("local graph on", b"g", []),
                                        ("depth 3", b"3", scenario.local_graph_names(concept, 3))):
                expect = Expect(names, need=1, what=f"{action} of {concept}")
                before = drive.act(keys, expect, action)
                slides.append({"kind": "modal", "text": changed_lines(before, term.text) or "(changed)"})
                ops.append(Op(ctrl("n"), expect, action))
                ops.append(Op(KEYS["escape"], Expect()))

            target, via = scenario.path_target(concept)
            drive.act(b"p", Expect())
            drive.act(target.encode(), Expect([target], need=1))
            path = Expect([*via, target], need=2, what=f"the path {concept} → {target}")
            drive.act(KEYS["enter"], path, "path result")
            push("path result", path, screen_copy(term.text))

            drive.act(b"h", home)
            ops.append(Op(ctrl("o"), Expect()))
            browser = Expect(list(kb.glossary.concepts), need=5, what="concept names")
            drive.act(ctrl("b"), browser, "concepts browser")
            push("concepts browser", browser, screen_copy(term.text))
            drive.act(KEYS["escape"], home)  # letters type into its filter
            ops.append(Op(ctrl("o"), Expect()))

            palette = Expect(["theme", "Quit", "screenshot", "keys", "interview", "history", "concepts"], need=2,
                             what="the command palette")
            before = drive.act(ctrl("p"), palette, "palette open")
            slides.append({"kind": "modal", "text": changed_lines(before, term.text)})
            ops.append(Op(ctrl("n"), palette, "palette open"))
            drive.act(KEYS["escape"], home)
            ops.append(Op(KEYS["escape"], Expect()))

            history = Expect(["Score trend", "interviews", "Reviews due", "Concept", "Mastery", "Coverage", "Started"],
                             need=2, what="the history screen")
            drive.act(ctrl("r"), history, "history")
            push("history", history, screen_copy(term.text))
            drive.act(KEYS["escape"], home, "home from history")
            ops.append(Op(KEYS["escape"], Expect(), "home from history"))

            stats = Expect(["Reviews per day", "True retention", "Reviews due", "Leeches", "suspended"], need=2,
                           what="the stats screen")
            drive.act(ctrl("g"), stats, "stats")
            push("stats", stats, screen_copy(term.text))
            drive.act(KEYS["escape"], home)
            ops.append(Op(KEYS["escape"], Expect()))
            # An empty search box: ctrl+t on search results would set up an interview on them.
            drive.act(KEYS["escape"], Expect([t for t, _ in kb.bank.topics()], need=3, what="the topics"))

            setup = Expect(["Questions", "Minutes per question", "Topic", "Mode", "Seed", "Strict"], need=3,
                           what="the interview set-up")
            drive.act(ctrl("t"), setup, "ctrl+t set-up")
            push("ctrl+t set-up", setup, screen_copy(term.text))

            titles = Expect(*[[t] for t in scenario.titles], need=1, what="a question of the bank", or_change=True)
            drive.act(ctrl("s"), titles, "start interview")
            drawn = scenario.question_on(term.text)
            push("start interview", titles, screen_copy(term.text))

            typed = "Attention weights the values by how well each query matches the keys"
            drive.act(typed.encode(), Expect(["Attention weights"], need=1))
            reference = Expect(words(drawn.answer), what=f"the reference answer of {drawn.label}")
            drive.act(ctrl("s"), reference, "first submit")
            push("first submit", reference, f"**{drawn.title}**\n\n{drawn.answer}")

            others = Expect(*[[t] for t in scenario.titles if t != drawn.title], need=1, what="the next question")
            before = drive.act(b"3", others, "grade")
            slides.append({"kind": "modal", "text": changed_lines(before, term.text)})
            ops.append(Op(ctrl("n"), others, "grade"))

            drive.quit(ctrl("q"), "quit")
            ops.append(Op(ctrl("q"), Expect(), "quit", exits=True))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return rec



def baseline_round(argv: list[str], app: Round) -> Round:
    rec = Round()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(app.slides, handle)
    try:
        with Terminal([*argv, handle.name], {**os.environ, "TERM": "xterm-256color"}, SIZE) as term:
            term.wait_until(lambda frames: frames[-1].at if frames and shows(frames[-1].text, "baseline ready") else None,
                            0, "the baseline's first frame")
            term.quiet(0.3)
            drive = Driver(term, rec)
            for op in app.ops:
                if op.exits:
                    drive.quit(op.keys, op.action or "quit")
                else:
                    drive.act(op.keys, op.expect, op.action)
    finally:
        os.unlink(handle.name)
    return rec


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(rounds: int, out: Path, root: Path, warmup: bool = True) -> list[tuple[Round, Round]]:
    """``rounds`` pairs of an app round and the baseline round that follows it (after one unmeasured pair)."""
    from llmtui.tui.runtime.loading import load_cached

    template = out / "interaction-data"  # its cache is copied into each round's fresh data dir
    scenario = Scenario(load_cached([], template, installed=False))
    app_argv = [sys.executable, "-m", "llmtui.tui"]
    base_argv = [sys.executable, str(root / "bench" / "baseline_app.py")]
    pairs: list[tuple[Round, Round]] = []
    for index in range(rounds + (1 if warmup else 0)):
        app = app_round(scenario, app_argv, template)
        base = baseline_round(base_argv, app)
        if index or not warmup:
            pairs.append((app, base))
    return pairs


def summarize(pairs: list[tuple[Round, Round]]) -> tuple[dict, dict]:
    """(the JSON section, extra rows for the printed table): per action p50/p95 of the app, the
    baseline's p95, and their ratio."""
    out: dict = {}
    extra: dict = {}
    for action in [*ACTIONS, "home from history"]:
        app_ms = [a.timings[action].settled_ms for a, _ in pairs]
        base_ms = [b.timings[action].settled_ms for _, b in pairs]
        first_ms = [a.timings[action].first_ms for a, _ in pairs]
        row = {"p50_ms": round(statistics.median(app_ms), 1), "p95_ms": round(percentile(app_ms, 0.95), 1),
               "baseline_p95_ms": round(percentile(base_ms, 0.95), 1)}
        row["ratio"] = round(row["p95_ms"] / row["baseline_p95_ms"], 2)
        details = {"first_change_p50_ms": round(statistics.median(first_ms), 1),
                   "baseline_p50_ms": round(statistics.median(base_ms), 1),
                   "pair_ratio": round(statistics.median(a / b for a, b in zip(app_ms, base_ms, strict=True)), 2)}
        if action in ACTIONS:
            out[action] = row
            extra[action] = details
        else:
            extra[action] = {**row, **details}
    return out, extra


def bench_interaction(rounds: int, out: Path, root: Path, warmup: bool = True) -> tuple[dict, dict]:
    """Measure ``rounds`` interleaved pairs and summarize them (see :func:`summarize`)."""
    return summarize(measure(rounds, out, root, warmup))


def print_table(interaction: dict, extra: dict) -> None:
    print(f"{'action':<20} {'first p50':>9} {'p50 ms':>8} {'p95 ms':>8} {'base p50':>9} {'base p95':>9} {'p95 ×':>6}"
          f" {'pair ×':>7}")
    for action in [*ACTIONS, *[a for a in extra if a not in ACTIONS]]:
        row = interaction.get(action) or extra.get(action)
        if row is None:
            print(f"{action:<20} (not in this build)")
            continue
        more = extra[action]
        print(f"{action:<20} {more['first_change_p50_ms']:>9} {row['p50_ms']:>8} {row['p95_ms']:>8}"
              f" {more['baseline_p50_ms']:>9} {row['baseline_p95_ms']:>9} {row['ratio']:>6} {more['pair_ratio']:>7}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="interaction latency only")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--samples", type=Path, help="also write every round's times here (JSON)")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    started = time.perf_counter()
    measured = measure(args.rounds, root / "bench" / "out", root, warmup=False)
    print_table(*summarize(measured))
    if args.samples is not None:
        args.samples.write_text(json.dumps([{"app": {k: t.settled_ms for k, t in a.timings.items()},
                                             "baseline": {k: t.settled_ms for k, t in b.timings.items()}}
                                            for a, b in measured]))
    print(f"({time.perf_counter() - started:.0f} s)")
