"""The block reader: exact against markdown-it read whole, and linear work on pathological input.

Work is shown by counting (lines handed to markdown-it, characters kept), never
by timing; bench/run.py reports time and memory per MB.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmtui.content.blocks import MARKDOWN, SLICE_LINES, TEXT_CAP, ScanStats, scan_blocks

# Lines of every kind a block can start or continue with, at the indents lists use.
LINE_KINDS = [
    "", "", "plain text line", "Another line of prose?", "# Heading", "## Q1: What is X? ##", "####### seven",
    "#hashtag", "===", "---", "***", "- item", "* item", "+ item", "1. first", "2) second", "10. tenth",
    "   - nested item", "  continuation", "    indented code", "> quoted", "> - quoted item", "```", "```python",
    "~~~", "<details><summary>What is Y?</summary>", "</details>", "<h3>1. What is Z?</h3>", "<!-- comment -->",
    "| Question | Answer |", "|---|---|", "| What? | Yes |", "[ref]: https://example.com", "**Bold line?**",
    "**Q:** What is it?", "A: answer", "\t- tab item", "1986. A year", "#\tTabbed heading", "##  Spaced  ##",
    "!!! note", "??? question \"Q?\"", "    body of box", "-  two spaces", "-     five spaces", "- [ ] task", "-",
    "1.", "- - nested", "-\ttab", "01. zero", "1234567890. big", "* * *", "- item | pipe", "+ plus", "1) paren",
    "2. What is a token?", "- **Bold item?**", "  plain indented", "    - deep item", "# Heading after list",
    "a | b", "  | indented | row |", "| # | Question | Answer |", "| 1 | Why? | Because. |", "---|---", "> | Q | A |",
    "> |---|---|", "- | Question | Answer |", "  |---|---|",
]


def texts(lines: list[str]) -> list[tuple]:
    return [(b.kind, b.start, b.end, b.depth, b.level, b.text, b.item, b.quoted, b.answer_line, b.cells)
            for b in scan_blocks(lines)]


@given(st.lists(st.sampled_from(LINE_KINDS), max_size=80))
@settings(max_examples=400, deadline=None)
def test_plain_reading_and_slices_agree_with_markdown_it(lines):
    whole = scan_blocks(lines, fast=False, slice_lines=len(lines) + 1)
    assert scan_blocks(lines) == whole
    assert scan_blocks(lines, fast=False, slice_lines=3) == whole
    assert scan_blocks(lines, slice_lines=5) == whole


def test_only_block_rules_run():
    # Inline parsing is where `*a_` and `[` runs cost quadratic time; the reader never needs it.
    assert MARKDOWN.get_active_rules()["core"] == ["normalize", "block"]


@pytest.mark.parametrize(
    "unit",
    ["*a_" * 50, "[" * 100, "## 7?", "- a\n  - b\n    - c", "```\ncode\n", "> > > deep", "1. x\n\n   y",
     "<div>\n", "| a | b |\n|---|---|\n| c | d |", "text\n===", "- [q](#a)"],
    ids=["emphasis", "brackets", "headings", "nested-lists", "unclosed-fence", "quotes", "loose-list", "html",
         "table", "setext", "toc"],
)
def test_work_is_linear_in_the_input(unit):
    def work(copies: int) -> tuple[int, int]:
        lines = "\n".join([unit] * copies).split("\n")
        stats = ScanStats()
        blocks = scan_blocks(lines, stats=stats)
        assert all(len(b.text) <= TEXT_CAP for b in blocks)
        return stats.markdown_lines, len(lines)

    # Each line is handed to markdown-it a bounded number of times, whatever the size: a block
    # too big for its slice doubles the slice (at most twice its lines), and a slice ends where
    # its last block starts (that block is read again, once).
    for copies in (500, 4000):
        done, lines = work(copies)
        assert done <= 3 * lines + SLICE_LINES, (copies, done, lines)


def test_a_huge_block_keeps_only_its_beginning():
    lines = ["word " * 400_000, "", "## Q1: What is X?"]
    blocks = scan_blocks(lines)
    assert [b.kind for b in blocks] == ["paragraph", "heading"]
    assert len(blocks[0].text) == TEXT_CAP and blocks[1].text == "Q1: What is X?"


def test_the_block_limit_stops_reading():
    lines = [f"## Q{i}: What is {i}?" for i in range(1, 101)]
    assert [b.text for b in scan_blocks(lines, limit=3)] == ["Q1: What is 1?", "Q2: What is 2?", "Q3: What is 3?"]


def test_html_headings_and_question_tables():
    lines = ["**<h2>SECTION</h2>**", "", "<h3>1. What is X ?</h3>", "Potential Answer: x.", "",
             "| # | Question | Answer |", "|---|---|---|", "| 1 | What is a \\| pipe? | A bar. |"]
    blocks = scan_blocks(lines)
    assert [(b.kind, b.level, b.text) for b in blocks[:2]] == [("heading", 2, "SECTION"), ("heading", 3, "1. What is X ?")]
    assert blocks[1].answer_line == 3  # the HTML block goes on after the heading: that is the answer
    assert [(b.kind, b.cells, b.number) for b in blocks[2:]] == [("row", ("What is a | pipe?", "A bar."), "1")]


def test_a_raw_html_table_with_question_and_answer_columns_gives_rows():
    table = ("<table>\n<tr><td><b>#</b></td><td>Question</td><td>Answer</td></tr>\n"
             "<tr><td>1</td><td><strong>What is a join?</strong></td><td><p>Rows of two tables</p><p>on a key.</p>/td>\n"
             "<tr><td>&nbsp;2</td><td>Why index?</td><td><ul><li>fewer reads</li><li>sorted</li></ul></td></tr>\n"
             "</table>\n")
    rows = [b for b in scan_blocks(table.split("\n")) if b.kind == "row"]
    assert [(b.start, b.number, b.cells, b.html) for b in rows] == [
        (2, "1", ("What is a join?", "Rows of two tables\n\non a key.\n/td>"), True),  # the stray "/td>" is text
        (3, "2", ("Why index?", "- fewer reads\n- sorted"), True)]
    # Any other table stays one HTML block: a layout grid is no list of questions.
    grid = "<table>\n<tr><td>Name</td><td>Role</td></tr>\n<tr><td>Ada</td><td>Lead</td></tr>\n</table>\n"
    assert [b.kind for b in scan_blocks(grid.split("\n"))] == ["html"]
