from __future__ import annotations

import codecs

import pytest

from llmtui.content.errors import ContentError
from llmtui.content.latex import readable_math
from llmtui.content.parser import parse_markdown
from llmtui.content.reader import decode_bytes
from llmtui.content.repair import repair_text


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("donâ€™t", "don’t"),
        ("â€œquotedâ€ text", "“quoted” text"),  # closing quote lost its 0x9D byte
        ("ðŸ“Œ Q1", "📌 Q1"),
        ("ðŸ‘¨ðŸ»â€ðŸ’» dev", "👨🏻\u200d💻 dev"),  # skin tone lost 0x8F, joiner lost 0x8D
        ("tokenâ€‹", "token"),  # zero-width space removed
        ("\x1b[31mred\x1b[0m", "red"),
    ],
)
def test_repairs(broken, fixed):
    assert repair_text(broken) == fixed


@pytest.mark.parametrize(
    "correct",
    ["“curly” and ‘single’ quotes", "AT&amp;T stays escaped", "ＦＵＬＬ width", "ﬁ ligature", "café naïve", "a – b — c"],
)
def test_correct_text_is_left_alone(correct):
    assert repair_text(correct) == correct


def test_crlf_bom_and_utf16_are_read():
    md = "## Q1: What is a token?\r\n\r\nA unit of text.\r\n"
    for data in (codecs.BOM_UTF8 + md.encode(), md.encode("utf-16"), md.replace("\r\n", "\r").encode()):
        pack = parse_markdown(decode_bytes(data, "x.md").text, pack="p")
        assert [(q.title, q.answer) for q in pack.questions] == [("What is a token?", "A unit of text.")]


def test_invalid_utf8_is_read_with_a_warning():
    source = decode_bytes(b"## Q1: Why?\n\nBecause \xff\xfe.\n", "bad.md")
    assert "Because" in source.text
    assert source.problems and "invalid UTF-8" in source.problems[0].message and source.problems[0].line == 3


def test_nul_bytes_are_refused():
    with pytest.raises(ContentError, match="binary file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00", "image.md")
    with pytest.raises(ContentError, match="binary file"):  # many NULs further on, not only at the start
        decode_bytes(b"## Q1: Why?\n\n" + b"Because.\n" * 1000 + b"\x00\x01" * 100, "dump.md")


def test_a_stray_nul_far_into_a_long_text_is_removed_with_a_warning():
    data = b"## Q1: Why?\n\n" + b"Because.\n" * 1000 + b"\n## Q2: What is it?\n\n```js\ns.replace(/[\x00(]/g, '')\n```\n"
    source = decode_bytes(data, "pack.md")
    assert "\x00" not in source.text and "s.replace(/[(]/g, '')" in source.text
    assert source.problems[0].message == "1 NUL byte(s) removed, first on line 1007" and source.problems[0].line == 1007


def test_trailing_spaces_and_numbering_variants():
    md = "## Q7:What is X?   \n\nX is x.  \n\n## Question 8: What is Y?\n\nY.\n"
    pack = parse_markdown(md, pack="p")
    assert [(q.number, q.title, q.answer) for q in pack.questions] == [(7, "What is X?", "X is x."), (8, "What is Y?", "Y.")]


def test_latex_is_readable_and_source_recoverable():
    text = "Cost O($n^2$.d) with $ΔW = AB$ where ($r << d$), $r \\ll d$."
    assert readable_math(text) == "Cost O(n².d) with ΔW = AB where (r ≪ d), r ≪ d."
    assert readable_math("costs $5 and $10 today") == "costs $5 and $10 today"


def test_a_long_text_is_repaired_block_by_block_exactly_as_whole(monkeypatch):
    # Big packs are repaired in blocks of lines (so the UI thread is never starved);
    # the result must not depend on where the blocks fall.
    import llmtui.content.repair as repair
    from llmtui.content.packs import bundled_data_bytes

    seed = bundled_data_bytes("llm-interview-questions-and-answers-hub.md").decode("utf-8")
    whole = repair.repair_text(seed)
    monkeypatch.setattr(repair, "BLOCK_CHARS", 997)
    assert repair.repair_text(seed) == whole
    assert "â€" not in whole and "(“beams”)" in whole


def test_plain_ascii_blocks_still_lose_escapes_and_control_characters():
    from llmtui.content.repair import repair_text

    assert repair_text("plain \x1b[31mred\x1b[0m text\x07 here\n") == "plain red text here\n"
