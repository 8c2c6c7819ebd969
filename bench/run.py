"""llmtui benchmarks: every figure side by side with its baseline, measured in one run.

    python bench/run.py                 # the full run, as a table
    python bench/run.py --quick --json  # fewer repetitions, one JSON object (about two minutes)
    python bench/interaction.py --rounds 3  # interaction latency only (BENCH_DEBUG=1: every frame)
    python bench/run.py --hardening     # only the hostile-pack soak and the exit after a signal
    python bench/run.py --search        # only search: per keystroke at 115, 10k and 100k questions

Start-up and interaction are measured from outside: the app runs in a pseudo-terminal read through a
terminal emulator (bench/terminal.py), and the clock stops when the screen shows what it should,
alternating with a minimal Textual app (bench/baseline_app.py) started and driven the same way.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import fcntl
import json
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
APP_DATA = OUT / "app-data"  # LLMTUI_DATA_DIR of the measured app; its cache is the one bench_sizes fills
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from interaction import bench_interaction, print_table  # noqa: E402
from terminal import Terminal, Text, shows  # noqa: E402

APP_ARGV = [sys.executable, "-m", "llmtui.tui"]
APP_READY = b"questions \xc2\xb7 "  # "115 questions · 306 concepts" in the status line: graph and index loaded
BASELINE_ARGV = [sys.executable, str(ROOT / "bench" / "baseline_app.py")]


def run_in_pty(argv: list[str], markers: list[bytes], env: dict[str, str], timeout: float = 120.0,
               on_ready=None) -> list[float]:
    """Start ``argv`` on a 100x30 pty; seconds until each marker first appears in its output."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    times: list[float] = []
    try:
        deadline = started + timeout
        while len(times) < len(markers) and time.perf_counter() < deadline:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:
                break
            seen += chunk
            while len(times) < len(markers) and markers[len(times)] in seen:
                times.append(time.perf_counter() - started)
        if len(times) < len(markers):
            raise RuntimeError(f"{argv[-1]}: never showed {markers[len(times)]!r}")
        if on_ready is not None:
            on_ready(proc.pid)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        os.close(master)
    return times


def startup_times(argv: list[str], env: dict[str, str], goals: list[tuple[str, Callable[[Text], bool]]]) -> list[float]:
    """Seconds from exec until each goal is first true of the screen, read through the emulator."""
    with Terminal(argv, env, size=(100, 30)) as term:
        times = []
        for what, goal in goals:
            times.append(term.wait_until(lambda frames, goal=goal: next((f.at for f in frames if goal(f.text)), None),
                                         0, what, timeout=120, quiet=0.02) - term.started)
        return times


def has_text(text: Text) -> bool:
    return any(line.strip() for line in text)


def bench_startup(runs: int) -> dict:
    """From exec to: the first frame; the useful first frame (the bundled bank's topics listed under
    the search box); fully ready (graph loaded: the status counts questions). Alternating with the
    minimal Textual app's first frame, pair by pair."""
    from llmtui.content.packs import load_bank

    bank = load_bank()
    topics = [t for t, _ in bank.topics()]
    count = f"{len(bank)} questions"
    env = {**os.environ, "TERM": "xterm-256color", "LLMTUI_DATA_DIR": tempfile.mkdtemp(prefix="llmtui-bench-")}
    goals = [("a first frame", has_text),
             ("the bank's topics", lambda text: sum(shows(text, t) for t in topics) >= 3),
             (f"{count!r}", lambda text: shows(text, count))]
    base_goals = [("a first frame", has_text)]
    startup_times(APP_ARGV, env, goals)  # warm the cache and the OS file cache
    startup_times(BASELINE_ARGV, env, base_goals)
    first, useful, ready, baseline = [], [], [], []
    for _ in range(runs):
        frame, topics_shown, done = startup_times(APP_ARGV, env, goals)
        first.append(frame)
        useful.append(topics_shown)
        ready.append(done)
        baseline.append(startup_times(BASELINE_ARGV, env, base_goals)[0])
    shutil.rmtree(env["LLMTUI_DATA_DIR"], ignore_errors=True)

    def ms(values: list[float]) -> float:
        return round(statistics.median(values) * 1000, 1)

    # Ratios are medians of per-pair ratios: each app run is divided by the baseline run
    # right after it, so a slow spell of the machine cancels out instead of skewing one side.
    def ratio(values: list[float]) -> float:
        return round(statistics.median(a / c for a, c in zip(values, baseline, strict=True)), 3)

    return {"useful_frame_ms": ms(useful), "baseline_first_frame_ms": ms(baseline), "useful_ratio": ratio(useful),
            "first_frame_ms": ms(first), "ratio": ratio(first), "ready_ms": ms(ready), "ready_ratio": ratio(ready),
            "runs": runs}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


BUNDLED_QUERIES = [("kv cashe", "KV cache"), ("continous batching", "Continuous batching"), ("ttft", "Time to first token"),
                   ("flash attn", "FlashAttention"), ("quantisation", "Quantization"), ("lora", "LoRA"),
                   ("nucleus sampling", "Top-p sampling"), ("beam serch", "Beam search"), ("chain of thought", 74),
                   ("gradient accumulation", 107), ("vanishing gradient", 11), ("scaling law", 112)]


def _fzf(corpus: Path, query: str) -> tuple[float, list[str]]:
    started = time.perf_counter()
    with corpus.open("rb") as handle:
        out = subprocess.run(["fzf", "--filter", query], stdin=handle, capture_output=True).stdout
    return time.perf_counter() - started, out.decode("utf-8", "replace").splitlines()[:10]


def _keystrokes(kb, query: str, answers: bool) -> list[float]:
    """Milliseconds per keystroke while ``query`` is typed (the app searches at every one)."""
    times = []
    for end in range(1, len(query) + 1):
        started = time.perf_counter()
        kb.index.search(query[:end], limit=20, answers=answers)
        times.append((time.perf_counter() - started) * 1000)
    return times


def answer_queries(kb, count: int, seed: int = 7) -> list[str]:
    """Words of the answers that no title holds: found only through the answers' index."""
    import random

    from llmtui.graph.search import STOP_WORDS, normalize

    questions = kb.bank.questions
    sample = questions[:: max(1, len(questions) // 3000)]
    in_titles = {w for q in sample for w in normalize(q.title).split()}
    words = sorted({w for q in sample for w in normalize(q.answer).split()
                    if len(w) >= 6 and w not in in_titles and w not in STOP_WORDS and w.isalpha()})
    return random.Random(seed).sample(words, min(count, len(words)))


def bench_search(kb, queries: list[tuple[str, object]], titles_of_targets: dict[str, str], corpus: Path | None,
                 fzf_runs: int) -> dict:
    # Titles only (the search before answers were indexed) and with answers, query by query in
    # turn, so a slow spell of the machine hits both alike.
    before, keystrokes, full = [], [], []
    hits = 0
    for query, target in queries:
        before += _keystrokes(kb, query, answers=False)
        keystrokes += _keystrokes(kb, query, answers=True)
        started = time.perf_counter()
        results = kb.index.search(query, limit=10)
        full.append((time.perf_counter() - started) * 1000)
        if isinstance(target, int):
            hits += any(r.kind == "question" and r.number == target for r in results)
        elif target in titles_of_targets:
            hits += any(r.kind == "question" and r.title == titles_of_targets[target] for r in results)
        else:
            hits += any(r.kind == "concept" and r.key == target for r in results[:3])
    # Queries only the answers can answer: the work the answers' index adds, at its worst.
    in_answers, in_answers_before, found = [], [], 0
    for query in answer_queries(kb, 15):
        in_answers_before += _keystrokes(kb, query, answers=False)
        in_answers += _keystrokes(kb, query, answers=True)
        found += any(r.field == "answer" for r in kb.index.search(query, limit=20))
    out = {"p50_ms": round(_percentile(keystrokes, 0.5), 3), "p95_ms": round(_percentile(keystrokes, 0.95), 3),
           "titles_only_p50_ms": round(_percentile(before, 0.5), 3),
           "titles_only_p95_ms": round(_percentile(before, 0.95), 3),
           "answer_queries_p50_ms": round(_percentile(in_answers, 0.5), 3) if in_answers else None,
           "answer_queries_p95_ms": round(_percentile(in_answers, 0.95), 3) if in_answers else None,
           "answer_queries_titles_only_p95_ms": round(_percentile(in_answers_before, 0.95), 3) if in_answers else None,
           "answer_queries_found": f"{found}/{len(answer_queries(kb, 15))}",
           "query_ms": round(statistics.median(full), 3), "hits": f"{hits}/{len(queries)}",
           "keystrokes": len(keystrokes)}
    if corpus is not None and shutil.which("fzf"):
        fzf_times, fzf_hits = [], 0
        for query, target in queries[:fzf_runs]:
            elapsed, lines = _fzf(corpus, query)
            fzf_times.append(elapsed * 1000)
            fzf_hits += titles_of_targets.get(str(target), "\0") in lines
        out["fzf_ms"] = round(statistics.median(fzf_times), 1)
        out["ratio_vs_fzf"] = round(out["fzf_ms"] / out["query_ms"], 1)
        out["fzf_hits"] = f"{fzf_hits}/{min(fzf_runs, len(queries))}"
    else:
        out["fzf_ms"] = None
        out["ratio_vs_fzf"] = None
    return out


def bench_sizes(sizes: list[int], quick: bool) -> tuple[dict, dict]:
    from synth import write_pack

    from llmtui.graph.knowledge import load_knowledge

    OUT.mkdir(parents=True, exist_ok=True)
    cache = APP_DATA / "cache"
    results, loads = {}, {}
    for size in sizes:
        if size <= 115:
            started = time.perf_counter()
            kb = load_knowledge(cache_dir=cache)
            loads[str(size)] = round((time.perf_counter() - started) * 1000, 1)
            corpus = OUT / "corpus-115.txt"
            corpus.write_text("\n".join(q.title for q in kb.bank.questions) + "\n")
            titles = {str(q.number): q.title for q in kb.bank.questions}
            results["115"] = bench_search(kb, BUNDLED_QUERIES, titles, corpus, len(BUNDLED_QUERIES))
            started = time.perf_counter()
            kb.index.index_answers()
            results["115"]["index_answers_ms"] = round((time.perf_counter() - started) * 1000, 1)
            continue
        path, targets = write_pack(OUT, size)
        started = time.perf_counter()
        kb = load_knowledge([path], cache_dir=cache)
        loads[str(size)] = round((time.perf_counter() - started) * 1000, 1)
        corpus = OUT / f"corpus-{size}.txt"
        corpus.write_text("\n".join(q.title for q in kb.bank.questions) + "\n")
        queries = [(t.query, t.title) for t in (targets[:15] if quick else targets)]
        titles = {t.title: t.title for t in targets}
        results[str(size)] = bench_search(kb, queries, titles, corpus, 5 if quick else 15)
        started = time.perf_counter()
        kb.index.index_answers()  # as the app's loader does, once search answers on titles
        results[str(size)]["index_answers_ms"] = round((time.perf_counter() - started) * 1000, 1)
        del kb
    return results, loads


def bench_graph_build(runs: int) -> dict:
    """The bundled bank's graph from the parsed bank: finding every concept mention included
    (``graph_build_ms``), and as the app builds it, with the mentions from the cache."""
    from llmtui.content.packs import load_bank
    from llmtui.graph.build import build_graph
    from llmtui.graph.glossary import load_glossary
    from llmtui.graph.mentions import QuestionTagger, count_mentions

    bank = load_bank()
    full, cached = [], []
    for _ in range(runs):
        glossary = load_glossary()
        started = time.perf_counter()
        build_graph(bank, glossary)
        full.append((time.perf_counter() - started) * 1000)
        mentions = count_mentions(bank.questions, QuestionTagger(glossary))
        started = time.perf_counter()
        build_graph(bank, glossary, discover=False, mentions=mentions)
        cached.append((time.perf_counter() - started) * 1000)
    return {"graph_build_ms": round(statistics.median(full), 2),
            "graph_build_cached_mentions_ms": round(statistics.median(cached), 2)}


def bench_scoring(quick: bool) -> dict:
    """Offline scoring per answer (the dev gold set and every reference answer) against the old concept-coverage
    scorer; drafting key points for a 10,000-question pack once, against reading them back from the cache."""
    import tomllib

    from baseline_scoring import concept_coverage
    from synth import write_pack

    from llmtui.content.packs import load_pack_file
    from llmtui.graph.glossary import load_glossary
    from llmtui.graph.knowledge import load_knowledge
    from llmtui.graph.queries import concept_specificity, concepts_of_question
    from llmtui.tui.practice.drafting import draft_pack_rubrics
    from llmtui.tui.practice.keypoints import ScoringBase, pack_generic_terms

    kb = load_knowledge()
    gold = tomllib.loads((ROOT / "tests" / "gold" / "graded_answers.toml").read_text(encoding="utf-8"))
    answers = [(q["id"], a["text"]) for q in gold["question"] for a in q["answer"]]
    answers += [(q.id, q.answer) for q in kb.bank.questions]
    scoring = ScoringBase.load(kb)
    for question in kb.bank.questions:
        scoring.scorer(question.id)  # compiled once per question, as an interview does ahead
    keys = {q.id: [(n, kb.concept(n).surface_forms, concept_specificity(kb.graph, n))
                   for n in concepts_of_question(kb.graph, q.id)[:8]] for q in kb.bank.questions}
    new, new_cpu, old = [], [], []
    for _ in range(3 if quick else 10):
        for qid, text in answers:
            started, cpu = time.perf_counter(), time.process_time()
            scoring.score(qid, text)
            new.append((time.perf_counter() - started) * 1000)
            new_cpu.append((time.process_time() - cpu) * 1000)
            started = time.perf_counter()
            concept_coverage(text, keys[qid])
            old.append((time.perf_counter() - started) * 1000)
    OUT.mkdir(parents=True, exist_ok=True)
    path, _ = write_pack(OUT, 10_000)
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder)
        pack = load_pack_file(path, cache_dir=cache)
        glossary = load_glossary()
        generic = pack_generic_terms(glossary, pack.questions)
        wall, cpu = time.perf_counter(), time.process_time()
        drafted = draft_pack_rubrics(pack, glossary, generic, cache_dir=cache)
        draft_s, draft_cpu_s = time.perf_counter() - wall, time.process_time() - cpu
        wall = time.perf_counter()
        again = draft_pack_rubrics(pack, glossary, generic, cache_dir=cache)
        cached_s = time.perf_counter() - wall
        assert again == drafted
    return {"answers": len(answers), "p50_ms": round(_percentile(new, 0.5), 3), "p95_ms": round(_percentile(new, 0.95), 3),
            "max_ms": round(max(new), 3), "cpu_p95_ms": round(_percentile(new_cpu, 0.95), 3),
            "baseline_p50_ms": round(_percentile(old, 0.5), 3),
            "baseline_p95_ms": round(_percentile(old, 0.95), 3),
            "draft_10k_s": round(draft_s, 2), "draft_10k_cpu_s": round(draft_cpu_s, 2),
            "draft_10k_cached_s": round(cached_s, 2),
            "draft_10k_without_points": sum(1 for r in drafted.values() if not r.points)}


def bench_rss_100k() -> float:
    from synth import write_pack

    from llmtui.tui.runtime.loading import load_cached

    path, _ = write_pack(OUT, 100_000)
    # The app's data dir persists in bench/out: its cache is filled once per pack and cache version,
    # as on a user's machine, so the measured run loads from cache (about 3 s here when warm).
    load_cached([path], APP_DATA, installed=False, graph=False)
    env = {**os.environ, "TERM": "xterm-256color", "LLMTUI_DATA_DIR": str(APP_DATA)}
    ready = "100115 questions ·".encode()  # the final status line: graph and index loaded
    rss: list[float] = []

    def read_rss(pid: int) -> None:
        time.sleep(0.5)
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss.append(int(line.split()[1]) / 1024)

    argv = [sys.executable, "-m", "llmtui.tui", "--content", str(path)]
    run_in_pty(argv, [ready], env, timeout=300, on_ready=read_rss)
    return round(rss[0], 1)


def bench_responsiveness_100k() -> dict:
    """How long the UI thread waits while a 100k-question pack loads from cache in the background.

    The app runs headless; a 10 ms sleep on its event loop is timed again and
    again until the bank is ready: the overshoot is how late a keystroke or a
    frame would be handled at that moment.
    """
    import asyncio

    from synth import write_pack

    from llmtui.tui.app import LlmTuiApp

    path, _ = write_pack(OUT, 100_000)

    async def measure() -> dict:
        app = LlmTuiApp([path], data=APP_DATA)
        async with app.run_test(size=(100, 30)):
            lags: list[float] = []
            started = time.perf_counter()
            while not app.ready and time.perf_counter() - started < 300:
                before = time.perf_counter()
                await asyncio.sleep(0.01)
                lags.append((time.perf_counter() - before - 0.01) * 1000)
            loaded = time.perf_counter() - started
            idle: list[float] = []  # the baseline: the same app once loaded, doing nothing
            for _ in range(100):
                before = time.perf_counter()
                await asyncio.sleep(0.01)
                idle.append((time.perf_counter() - before - 0.01) * 1000)
        return {"load_s": round(loaded, 2), "lag_p50_ms": round(_percentile(lags, 0.5), 1),
                "lag_p95_ms": round(_percentile(lags, 0.95), 1), "lag_max_ms": round(max(lags), 1),
                "idle_lag_p95_ms": round(_percentile(idle, 0.95), 1), "idle_lag_max_ms": round(max(idle), 1)}

    return asyncio.run(measure())


def bench_parse(size: int) -> dict:
    """Parsing the synthetic pack's Markdown, no cache: what a first load or ``llmtui check`` pays."""
    from synth import generate

    from llmtui.content.parser import parse_markdown

    text, _ = generate(size)
    started = time.perf_counter()
    pack = parse_markdown(text, pack="synthetic")
    seconds = time.perf_counter() - started
    assert len(pack.questions) == size
    megabytes = len(text.encode()) / (1024 * 1024)
    return {"questions": size, "mb": round(megabytes, 1), "seconds": round(seconds, 2),
            "s_per_mb": round(seconds / megabytes, 3)}


def bench_pathological(sizes: list[float]) -> list[dict]:
    """Loading pathological packs (bench/pathological.py), each size in a fresh process: time and
    peak memory per MB. Linear work shows as the same figures per MB at every size."""
    rows = []
    for kind in ("synthetic", "emphasis", "brackets", "headings", "questions"):
        for megabytes in sizes:
            out = subprocess.run([sys.executable, str(ROOT / "bench" / "pathological.py"), kind, str(megabytes)],
                                 capture_output=True, text=True, check=True).stdout
            row = json.loads(out)
            row["s_per_mb"] = round(row["seconds"] / megabytes, 3)
            row["extra_mb_per_mb"] = round(row["extra_mb"] / megabytes, 1)
            rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (under a minute)")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument("--hardening", action="store_true", help="only the hostile-pack soak and the exit after a signal")
    parser.add_argument("--search", action="store_true", help="only search: per keystroke and targets found, by size")
    args = parser.parse_args()
    from hostile import soak

    # Measure the app as an install has it, byte-compiled: an editable install under
    # PYTHONDONTWRITEBYTECODE (set on this machine) would compile our modules at every start.
    for package in ("content", "graph", "tui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    report: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    if args.hardening:
        report["hostile_soak"] = soak(1000)
        report["exit_after_signal"] = bench_exit_after_signal(5 if args.quick else 9)
        if args.json:
            print(json.dumps(report))
        else:
            print_hardening(report)
        return 0
    if args.search:
        report["search"], report["load_ms"] = bench_sizes([115, 10_000, 100_000], args.quick)
        if args.json:
            print(json.dumps(report))
        else:
            print_search(report)
        return 0
    report["startup"] = bench_startup(9 if args.quick else 15)
    report["interaction"], interaction_details = bench_interaction(3 if args.quick else 10, OUT, ROOT,
                                                                   warmup=not args.quick)
    # Before the sizes: a process that has just held a 100k bank collects garbage
    # more slowly, and the app builds its graph in a fresh process.
    report.update(bench_graph_build(15 if args.quick else 51))
    report["scoring"] = bench_scoring(args.quick)
    report["search"], report["load_ms"] = bench_sizes([115, 10_000, 100_000], args.quick)
    report["parse_100k"] = bench_parse(100_000)
    report["pathological"] = bench_pathological([1, 2] if args.quick else [2, 8])
    report["rss_mb_100k"] = bench_rss_100k()
    report["responsiveness_100k"] = bench_responsiveness_100k()
    report["hostile_soak"] = soak(1000)
    report["exit_after_signal"] = bench_exit_after_signal(5 if args.quick else 9)
    if args.json:
        print(json.dumps(report))
        return 0
    s = report["startup"]
    print(f"start-up     useful first frame (the bank listed) {s['useful_frame_ms']:.0f} ms vs minimal Textual app's first"
          f" frame {s['baseline_first_frame_ms']:.0f} ms (×{s['useful_ratio']}); first frame {s['first_frame_ms']:.0f} ms"
          f" (×{s['ratio']}); fully ready {s['ready_ms']:.0f} ms (×{s['ready_ratio']})")
    print_table(report["interaction"], interaction_details)
    print_search(report)
    print(f"graph build (bundled bank, parsed): {report['graph_build_ms']} ms; with cached mentions, as the app"
          f" starts: {report['graph_build_cached_mentions_ms']} ms")
    c = report["scoring"]
    print(f"scoring      offline, per answer ({c['answers']} answers): p50 {c['p50_ms']} ms, p95 {c['p95_ms']} ms,"
          f" worst {c['max_ms']} ms (CPU p95 {c['cpu_p95_ms']} ms) vs the old concept-coverage scorer"
          f" p50 {c['baseline_p50_ms']} ms,"
          f" p95 {c['baseline_p95_ms']} ms")
    print(f"key points   drafted for a 10,000-question pack: {c['draft_10k_s']} s once ({c['draft_10k_cpu_s']} s CPU)"
          f" vs {c['draft_10k_cached_s']} s from the cache; {c['draft_10k_without_points']} questions without one")
    p = report["parse_100k"]
    print(f"parse of the 100k pack, no cache: {p['seconds']} s for {p['mb']} MB ({p['s_per_mb']} s/MB)")
    print("packs loaded in a fresh process, per MB (time, memory above the interpreter's): the synthetic pack,"
          " then pathological ones")
    from pathological import KINDS

    for row in report["pathological"]:
        print(f"  {KINDS[row['kind']]:38} {row['mb']:>4} MB: {row['seconds']:>6} s ({row['s_per_mb']} s/MB),"
              f" +{row['extra_mb']} MB ({row['extra_mb_per_mb']} MB/MB), {row['questions']} questions")
    print(f"RSS of the running app with 100k questions: {report['rss_mb_100k']} MB")
    r = report["responsiveness_100k"]
    print(f"UI thread while the 100k pack loads from cache ({r['load_s']} s): event-loop lag p50 {r['lag_p50_ms']} ms,"
          f" p95 {r['lag_p95_ms']} ms, worst {r['lag_max_ms']} ms (idle, once loaded: p95 {r['idle_lag_p95_ms']} ms,"
          f" worst {r['idle_lag_max_ms']} ms)")
    print_hardening(report)
    return 0


def print_search(report: dict) -> None:
    print(f"{'size':>8} {'p50 ms':>8} {'p95 ms':>8} {'query ms':>9} {'fzf ms':>8} {'× fzf':>7} {'hits':>7} {'fzf hits':>9}"
          f" {'load ms':>9}")
    for size, row in report["search"].items():
        print(f"{size:>8} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['query_ms']:>9} {row['fzf_ms']!s:>8}"
              f" {row['ratio_vs_fzf']!s:>7} {row['hits']:>7} {row.get('fzf_hits', '-'):>9} {report['load_ms'][size]:>9}")
    print("per-keystroke search with the answers' index against titles only (before), and on words only answers hold:")
    print(f"{'size':>8} {'p50 ms':>8} {'p95 ms':>8} {'titles p50':>11} {'titles p95':>11} {'answer-word p50':>16}"
          f" {'answer-word p95':>16} {'titles only':>12} {'found':>6}")
    for size, row in report["search"].items():
        print(f"{size:>8} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['titles_only_p50_ms']:>11} "
              f"{row['titles_only_p95_ms']:>11} {row['answer_queries_p50_ms']!s:>16} {row['answer_queries_p95_ms']!s:>16}"
              f" {row['answer_queries_titles_only_p95_ms']!s:>12} {row['answer_queries_found']:>6}"
              f"   (indexing the answers: {row['index_answers_ms']} ms)")


def print_hardening(report: dict) -> None:
    h = report["hostile_soak"]
    print(f"hostile packs (hypothesis, {h['packs']}, {h['mb']} MB): {h['loaded']} loaded ({h['questions']} questions),"
          f" {h['refused_one_line']} refused in one line, none crashed; {h['total_s']} s in all, median {h['median_ms']} ms,"
          f" worst {h['worst_ms']} ms, {h['ms_per_mb']} ms/MB; peak RSS grew {h['rss_growth_mb']} MB")
    e = report["exit_after_signal"]
    print(f"exit after a signal (bound 2 s): SIGTERM, app idle {e['idle_ms']} ms; terminal not reading (forced)"
          f" {e['stuck_ms']} ms; worst {e['worst_ms']} ms")


def bench_exit_after_signal(runs: int) -> dict:
    """Milliseconds from SIGTERM to the end of the process: the app idle, and writing to a terminal nobody reads."""

    def once(stuck: bool) -> float:
        env = {**os.environ, "TERM": "xterm-256color", "LLMTUI_DATA_DIR": tempfile.mkdtemp(prefix="llmtui-bench-")}
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 60, 200, 0, 0))
        proc = subprocess.Popen([sys.executable, "-m", "llmtui.tui"], stdin=slave, stdout=slave, stderr=slave, env=env,
                                start_new_session=True)
        os.close(slave)
        seen, deadline = b"", time.perf_counter() + 120
        try:
            while APP_READY not in seen and time.perf_counter() < deadline:
                if select.select([master], [], [], 0.05)[0]:
                    seen += os.read(master, 1 << 16)
            if stuck:  # stop reading; keep the app drawing until its writes block
                for i in range(300):
                    os.write(master, b"kv cache attention " if i % 2 else b"\x7f" * 19)
                time.sleep(1)
            started = time.perf_counter()
            os.kill(proc.pid, signal.SIGTERM)
            while proc.poll() is None and time.perf_counter() - started < 30:
                if not stuck and select.select([master], [], [], 0.005)[0]:
                    with contextlib.suppress(OSError):
                        os.read(master, 1 << 16)
                else:
                    time.sleep(0.005)
            return (time.perf_counter() - started) * 1000
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            os.close(master)
            shutil.rmtree(env["LLMTUI_DATA_DIR"], ignore_errors=True)

    idle = [once(False) for _ in range(runs)]
    stuck = [once(True) for _ in range(max(1, runs // 3))]
    return {"idle_ms": round(statistics.median(idle)), "stuck_ms": round(statistics.median(stuck)),
            "worst_ms": round(max(idle + stuck)), "runs": len(idle) + len(stuck)}


if __name__ == "__main__":
    sys.exit(main())
