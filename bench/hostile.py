"""A soak of random hostile packs (hypothesis): every one is read, parsed and cached, or refused in one line.

Each pack is built from pieces an attacker (or a broken export) would use:
terminal escapes, control and bidi characters, invalid UTF-8, NUL bytes, BOMs,
CR line ends, long runs of Markdown punctuation that make naive parsers go
quadratic, question headings with absurd numbers, and random Unicode. The
soak fails on the first pack that raises anything but a one-line
:class:`~llmtui.content.errors.ContentError`, or that leaves an escape, a
control or a bidi override in any text it loaded.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from llmtui.content.cache import pack_from_json, pack_to_json
from llmtui.content.errors import ContentError
from llmtui.content.packs import load_pack_file
from llmtui.content.sanitize import terminal_safe

FRAGMENTS = [
    "\x1b]2;pwned\x07", "\x1b]52;c;ZXZpbA==\x07", "\x1b[31m", "\x1b[2J", "\x9b2J", "\x1bP+q\x1b\\", "\u202e", "\u2066",
    "\u2069", "\u202a", "\r\n", "\r", "\t", "\x00", "\ufeff", "\u200b", "\u00ad", "\x7f", "\x85", "\u2028",
    "## ", "### ", "#### Q1: ", "**Q:** ", "Q: ", "A: ", "1. ", "- ", "> ", "```\n", "~~~", "<details><summary>",
    "</summary>", "</details>", "??? question \"Why?\"\n    ", "[link](http://x)", "![i](x)", "$$x$$", "<!--", "-->",
    "| a | b |\n|---|---|\n", "\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "&amp;", "Ã©", "â€™", "ð\x9f\x98",
]
RUNS = ["*a_", "[", "## 1?\n", "`", "<", "\\", "#", "> ", "- ", "1. ", "|a", "$$", "**", "[](", "<a>", "\n"]
UNSAFE = set("\x1b\x07\x9b\x9d\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") | {chr(c) for c in range(32)
                                                                                       if chr(c) not in "\t\n"}

piece = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(max_size=120),
    st.builds(lambda run, n: run * n, st.sampled_from(RUNS), st.integers(1, 3000)),
    st.builds(lambda n, title, answer: f"\n### Q{n}: {title}\n\n{answer}\n", st.integers(-10, 10**12),
              st.text(max_size=60), st.text(max_size=200)),
)
pack_bytes = st.one_of(
    st.lists(piece, max_size=40).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
    st.lists(piece, max_size=20).map(lambda parts: "\ufeff".join(parts).encode("utf-16", "surrogatepass")),
    st.binary(max_size=2000),
    st.builds(lambda head, raw: head.encode("utf-8", "surrogatepass") + raw, st.text(max_size=200), st.binary(max_size=300)),
)


@dataclass
class SoakResult:
    packs: int = 0
    loaded: int = 0
    refused: int = 0
    questions: int = 0
    bytes_read: int = 0
    seconds: list[float] = field(default_factory=list)

    def report(self, rss_growth_mb: float) -> dict:
        total = sum(self.seconds)
        return {"packs": self.packs, "loaded": self.loaded, "refused_one_line": self.refused, "crashes": 0,
                "questions": self.questions, "mb": round(self.bytes_read / 1e6, 2), "total_s": round(total, 2),
                "median_ms": round(statistics.median(self.seconds) * 1000, 2),
                "worst_ms": round(max(self.seconds) * 1000, 1),
                "ms_per_mb": round(total * 1000 / max(self.bytes_read / 1e6, 1e-9), 1),
                "rss_growth_mb": round(rss_growth_mb, 1)}


def _check_clean(text: str, where: str) -> None:
    bad = UNSAFE.intersection(text)
    if bad or terminal_safe(text) != text:
        raise AssertionError(f"{where}: unsafe characters survived loading: {sorted(map(hex, map(ord, bad)))}")


def soak(count: int = 1000) -> dict:
    """Load ``count`` hostile packs; the figures, or an AssertionError naming the first pack that broke a rule."""
    result = SoakResult()
    folder = Path(tempfile.mkdtemp(prefix="llmtui-soak-"))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    @settings(max_examples=count, derandomize=True, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(pack_bytes)
    def one(data: bytes) -> None:
        path = folder / f"pack-{result.packs}.md"
        path.write_bytes(data)
        result.packs += 1
        result.bytes_read += len(data)
        started = time.perf_counter()
        try:
            pack = load_pack_file(path)
        except ContentError as exc:
            assert "\n" not in str(exc), f"a two-line error: {exc!r}"
            result.refused += 1
        else:
            result.loaded += 1
            result.questions += len(pack.questions)
            for q in pack.questions:
                _check_clean(q.title, f"{path}: Q{q.number} title")
                _check_clean(q.answer, f"{path}: Q{q.number} answer")
                _check_clean(q.topic, f"{path}: Q{q.number} topic")
            again = pack_from_json(pack_to_json(pack))  # the cache keeps it exactly
            assert again is not None and again.questions == pack.questions, f"{path}: cache round trip"
        finally:
            result.seconds.append(time.perf_counter() - started)
            path.unlink()

    try:
        one()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    return result.report(rss_growth)


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(soak(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)))
