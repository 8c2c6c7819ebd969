"""Packs in the common Markdown formats, the shared samples, and hostile input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from llmtui.content.errors import ContentError
from llmtui.content.packs import load_bank, load_pack_file
from llmtui.content.parser import parse_markdown

# shared/samples sits beside the checkout: /work/main and /work/wt/<branch> both find /work/shared.
SAMPLES = next((p / "shared" / "samples" for p in Path(__file__).resolve().parents
                if (p / "shared" / "samples").is_dir()), Path("shared/samples"))
# Questions present in each shared sample, counted by hand from the files, and how many have an answer
# (the rest are "Answer here" stubs).
SAMPLE_COUNTS = {
    "awesome-llm-interview-questions-agents.md": (1, 1),
    "awesome-llm-interview-questions-finetuning.md": (9, 9),
    "awesome-llm-interview-questions-preference_tuning.md": (18, 18),
    "awesome-llm-interview-questions-pretraining.md": (10, 10),
    "awesome-llm-interview-questions-quantization.md": (7, 7),
    "awesome-llm-interview-questions-rag.md": (9, 9),
    "data-science-interviews-theory.md": (165, 151),
}


def titles(md: str) -> list[str]:
    return [q.title for q in parse_markdown(md, pack="t").questions]


def qa(md: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer) for q in parse_markdown(md, pack="t").questions]


# -- formats -----------------------------------------------------------------

@pytest.mark.parametrize(
    "heading",
    ["## Q1: What is a token?", "### Q1. What is a token?", "#### 1. What is a token?", "## 1) What is a token?",
     "## Question 1: What is a token?", "### Q1: What is a token? ###", "## What is a token?",
     "### Q1: What is a token? [[src](https://example.com/q1)]", "# Q1:What is a token?"],
)
def test_question_headings(heading):
    md = f"{heading}\n\nA piece of text.\n\n## Q2: What is a vocabulary?\n\nThe set of tokens.\n"
    assert qa(md) == [("What is a token?", "A piece of text."), ("What is a vocabulary?", "The set of tokens.")]


def test_bold_question_lines_with_emoji_and_answer_marker():
    md = ("## Basics\n\n**What is a token? 👶**\n\nA piece of text.\n\n<br/>\n\n"
          "**1. What is a vocabulary?** ⭐️\n\n**Answer:**\nThe set of tokens.\n\n---\n\n"
          "**What is BPE? \u200d🚀**\n\nMerges pairs.\n")
    pack = parse_markdown(md, pack="t")
    assert [(q.title, q.answer, q.topic) for q in pack.questions] == [
        ("What is a token?", "A piece of text.", "Basics"),
        ("What is a vocabulary?", "The set of tokens.", "Basics"),
        ("What is BPE?", "Merges pairs.", "Basics"),
    ]


def test_bold_sub_headings_inside_numbered_answers_are_not_questions():
    md = ("**1. What is RAG?**\n\n**Answer:**\n\n**Why does it matter?**\n\nFresh facts.\n\n"
          "**2. Briefly explain chunking.**\n\n**Answer:** Splitting documents.\n")
    assert titles(md) == ["What is RAG?", "Briefly explain chunking."]
    assert "Why does it matter?" in qa(md)[0][1]


def test_numbered_list_items_with_answer_marker():
    md = ("## Topic\n\n1. What is a token?\n   Answer: A piece of text\n   split by a tokenizer.\n"
          "2. What is a vocabulary?\n3. Answer:\n   The set of tokens.\n")
    assert qa(md) == [("What is a token?", "A piece of text\nsplit by a tokenizer."),
                      ("What is a vocabulary?", "The set of tokens.")]


def test_q_a_pairs():
    md = "**Q:** What is a token?\n\n**A:** A piece of text.\n\nQ: What is BPE?\n\nA: Byte-pair encoding.\n"
    assert qa(md) == [("What is a token?", "A piece of text."), ("What is BPE?", "Byte-pair encoding.")]


def test_details_blocks():
    md = ("<details><summary>What is a token?</summary>\n\nA piece of text.\n\n</details>\n\n"
          "<details><summary><b>What is BPE?</b></summary>Byte-pair encoding.</details>\n")
    assert qa(md) == [("What is a token?", "A piece of text."), ("What is BPE?", "Byte-pair encoding.")]


def test_mkdocs_admonitions_nested():
    md = ('## Tokens\n\n??? question "What is a token?"\n\n    A piece of text.\n\n    - with a list\n\n'
          '!!! note "Advanced"\n\n    ??? question "What is BPE?"\n\n        Byte-pair encoding.\n\n'
          "## Next\n\n### Q3: What is a vocabulary?\n\nThe set.\n")
    pack = parse_markdown(md, pack="t")
    assert [(q.title, q.answer, q.topic) for q in pack.questions] == [
        ("What is a token?", "A piece of text.\n\n- with a list", "Tokens"),
        ("What is BPE?", "Byte-pair encoding.", "Tokens"),
        ("What is a vocabulary?", "The set.", "Next"),
    ]
    assert pack.formats == ["admonition", "heading"]


def test_toc_stub_link_only_and_images_are_reported():
    md = ("## Table of contents\n\n* [Basics](#basics)\n* [More](#more)\n\n## Basics\n\n"
          "**What is a token?**\n\nAnswer here\n\n**What is BPE?**\n\n[see this](https://x.y)\n\n"
          "**What is a vocabulary?**\n\n![diagram](img.png)\n\nThe set of tokens.\n")
    pack = parse_markdown(md, pack="t")
    assert [(q.title, q.answer) for q in pack.questions] == [
        ("What is a token?", ""), ("What is BPE?", ""), ("What is a vocabulary?", "The set of tokens.")]
    messages = [p.message for p in pack.problems]
    assert any("table of contents" in m for m in messages)
    assert any(m.startswith("stub answer") for m in messages)
    assert any(m.startswith("link-only answer") for m in messages)
    assert any("image" in m for m in messages)
    assert pack.topics == ["Basics"]


def test_a_line_saying_where_a_question_came_from_is_no_answer():
    from llmtui.content.answers import clean_answer

    for attribution in ("From: https://example.org/12-probability-questions", "Source: https://example.org/q",
                        "From this link: https://medium.com/@someone/biased-coin", "Adapted from https://example.org/q"):
        assert clean_answer([attribution]).verdict == "link-only", attribution
    # with an answer under it, it is an answer
    worked = ["From: https://example.org/q", "", "Switch doors: you win with probability 2/3."]
    assert clean_answer(worked).text.endswith("probability 2/3.")
    assert clean_answer(["From the table, the mean is 3 (https://x.y/t)."]).verdict == ""
    assert clean_answer(["Via [slicing](https://docs.python.org/s) or [reversed()](https://docs.python.org/r)"]).verdict == ""


def test_section_headings_become_topics_without_a_manifest():
    md = "## Transformers\n\n### Q1: Why attention?\n\nBecause.\n\n## Decoding\n\n### Q2: Why beams?\n\nQuality.\n"
    assert [q.topic for q in parse_markdown(md, pack="t").questions] == ["Transformers", "Decoding"]


def test_numbered_section_heading_is_not_a_question():
    md = "## 1. Pretraining\n\n**1. What is pretraining?**\n\n**Answer:** Learning from text.\n"
    pack = parse_markdown(md, pack="t")
    assert [(q.title, q.topic) for q in pack.questions] == [("What is pretraining?", "Pretraining")]


def test_unclosed_fence_does_not_swallow_questions():
    md = "## Q1: Show code?\n\n```python\nprint('x')\n\n## Q2: And then?\n\nMore.\n"
    pack = parse_markdown(md, pack="t")
    assert [q.title for q in pack.questions] == ["Show code?", "And then?"]
    assert pack.problems[0].line == 3 and "unclosed code fence" in pack.problems[0].message
    assert pack.questions[1].line == 6


def test_duplicate_questions_and_numbers_are_reported():
    md = "## Q1: What is X?\n\nX.\n\n## Q1: What is Y?\n\nY.\n\n## Q2: What is X?\n\nX again.\n"
    pack = parse_markdown(md, pack="t")
    assert len({q.id for q in pack.questions}) == len(pack.questions) == 2  # the copy of "What is X?" is merged
    messages = [(p.line, p.message) for p in pack.problems]
    assert (5, "question number 1 used twice") in messages
    assert (9, "asked again (as at line 1): merged") in messages
    assert pack.questions[0].answer == "X.\n\n---\n\nX again."  # both takes kept


def test_markup_like_text_is_kept_literally():
    md = "## Q1: What do [CLS] and [/INST] do?\n\n[@click=app.quit]x[/] and <eos> and <think>t</think>\n"
    [(title, answer)] = qa(md)
    assert title == "What do [CLS] and [/INST] do?"
    assert answer == "[@click=app.quit]x[/] and <eos> and <think>t</think>"


def test_control_characters_and_ansi_are_stripped(tmp_path):
    path = tmp_path / "ansi.md"
    path.write_bytes(b"## Q1: What is \x1b[31mred\x1b[0m?\x07\n\nAn\x00swer? no: \x08fine.\n".replace(b"\x00", b""))
    [question] = load_pack_file(path).questions
    assert question.title == "What is red?" and question.answer == "Answer? no: fine."


# -- conventions beyond English and beyond Markdown syntax ------------------------------

CONVENTIONS = [
    # Korean: one word and a question mark; a question ending
    ("### 과적합이란?\n\n모델이 훈련 데이터를 외운다.\n\n### 드롭아웃은 왜 쓰나요?\n\n과적합을 줄인다.\n",
     [("과적합이란?", True), ("드롭아웃은 왜 쓰나요?", True)]),
    # Russian: a request without a question mark
    ("## Объясните механизм внимания\n\nКаждый токен взвешивает остальные.\n\n## Что такое LoRA?\n\nДобавки к весам.\n",
     [("Объясните механизм внимания", True), ("Что такое LoRA?", True)]),
    # Spanish: the opening mark stays
    ("### ¿Qué es un token?\n\nUna unidad de texto.\n\n### ¿Cómo funciona la atención?\n\nPondera los tokens.\n",
     [("¿Qué es un token?", True), ("¿Cómo funciona la atención?", True)]),
    # Japanese: "…とは" (what is …) and "…してください" (please …)
    ("### 過学習とは\n\n訓練データに合わせすぎること。\n\n### 正則化の目的を説明してください\n\n複雑さを抑えること。\n",
     [("過学習とは", True), ("正則化の目的を説明してください", True)]),
    # Chinese: full-width colons after Q and A; "暂无" (none yet) is no answer
    ("**Q：什么是 LoRA？**\n\n**A：** 低秩适配。\n\n**Q：什么是 QLoRA？**\n\n**A：** 暂无\n",
     [("什么是 LoRA？", True), ("什么是 QLoRA？", False)]),
    # question lists restarting per section, a topic prompt, an empty item
    ("1. What is a token?\n2. Token limits\n3. \n\n# More\n1. Context window\n2. What is RoPE?\n",
     [("What is a token?", False), ("Token limits", False), ("Context window", False), ("What is RoPE?", False)]),
    # a solution label with nothing after it
    ("**1. What is dropout?**\n\n*solution*\n\n**2. What is weight decay?**\n\n_Solution:_\n\nAn L2 penalty.\n",
     [("What is dropout?", False), ("What is weight decay?", True)]),
    # plain sentences that ask, the answer below them or on their next line; a <br> spacer is no answer
    ("Notes\n\nBriefly describe beam search.\n\nIt keeps the k best outputs.\n\nWhat is top-p sampling?\n\n<br><br>\n\n"
     "What is a logit?\nA raw score before softmax.\n",
     [("Briefly describe beam search.", True), ("What is top-p sampling?", False), ("What is a logit?", True)]),
    # topic bullets: a bold title and its answer, or only a link
    ("- **Tokenizer**\n  Splits text into pieces.\n\n- **Embedding**\n  [Embedding](https://example.com/e)\n\n"
     "- **Attention**\n  Weighs the other tokens.\n",
     [("Tokenizer", True), ("Embedding", False), ("Attention", True)]),
    # a table of questions with no answer column
    ("| # | Question | Link |\n|---|---|---|\n| 1 | What is a token? | [docs](https://example.com/t) |\n"
     "| 2 | What is a vocabulary? | [docs](https://example.com/v) |\n",
     [("What is a token?", False), ("What is a vocabulary?", False)]),
]


def test_documents_in_other_languages_and_conventions():
    found = [[(q.title, bool(q.answer)) for q in parse_markdown(md, pack="t").questions] for md, _ in CONVENTIONS]
    assert found == [expected for _, expected in CONVENTIONS]


# -- the shared samples -----------------------------------------------------------

@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared/samples is not beside this checkout")
@pytest.mark.parametrize(("name", "counts"), sorted(SAMPLE_COUNTS.items()))
def test_shared_samples_find_every_question(name, counts):
    pack = load_pack_file(SAMPLES / name)
    assert len(pack.questions) == counts[0]
    assert all(q.title for q in pack.questions)
    assert sum(1 for q in pack.questions if q.answer) == counts[1]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared/samples is not beside this checkout")
def test_samples_join_the_bank_graph_and_search():
    from llmtui.graph.knowledge import load_knowledge

    kb = load_knowledge([SAMPLES / "awesome-llm-interview-questions-rag.md"])
    ids = [q.id for q in kb.bank.questions if q.pack != "llm-hub"]
    assert len(ids) == 9 and ids[0].startswith("awesome-llm-interview-questions-rag#")
    results = kb.index.search("chunking", kind="question")
    assert results[0].key in ids
    rag_questions = [q for q in kb.concept_question_ids("Retrieval-augmented generation") if q in ids]
    assert len(rag_questions) >= 7  # the curated glossary links the new pack into the graph


# -- hostile input: one clear line, non-zero exit, no traceback -----------------

def run_cli(*args: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "LLMTUI_DATA_DIR": str(env_dir)}
    return subprocess.run([sys.executable, "-m", "llmtui.tui", *args], capture_output=True, text=True, env=env)


def _file(name: str, data: bytes | None):
    def make(folder: Path) -> Path:
        path = folder / name
        if data is not None:
            path.write_bytes(data)
        return path

    return make


def _folder(folder: Path) -> Path:
    (folder / "adir").mkdir()
    return folder / "adir"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_file("missing.md", None), "no such file"),
        (_folder, "folder holds no Markdown files"),
        (_file("empty.md", b""), "empty file"),
        (_file("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file"),
        (_file("prose.md", b"Just some prose.\n\nNothing to ask here.\n"), "no questions found"),
    ],
    ids=["missing", "directory", "empty", "binary", "prose"],
)
def test_hostile_files_fail_with_one_line(tmp_path, make, message):
    path = make(tmp_path)
    proc = run_cli("--content", str(path), "stats", env_dir=tmp_path / "data")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and message in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_check_reports_per_file_and_exit_codes(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("## Q1: What is X?\n\nX.\n\n## Q2: What is Y?\n\n```\nunclosed\n\n## Q3: What is Z?\n\nZ.\n")
    prose = tmp_path / "prose.md"
    prose.write_text("Nothing here.\n")
    proc = run_cli("check", str(good), "--json", env_dir=tmp_path / "data")
    assert proc.returncode == 0
    report = json.loads(proc.stdout)["files"][0]
    assert report["questions"] == 3 and report["formats"] == ["heading"]
    assert {"line": 7, "message": "unclosed code fence (closed before the next heading or question)"} in report["problems"]
    assert run_cli("check", str(prose), env_dir=tmp_path / "data").returncode == 1
    assert run_cli("check", str(tmp_path / "nope.md"), env_dir=tmp_path / "data").returncode == 1


def test_check_says_which_pattern_it_chose_and_takes_a_pinned_layout(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\n* [Q1: What is X?](#q1)\n* [Q2: What is Y?](#q2)\n\n### Q1: What is X?\n\nX.\n\n"
                     "### Q2: What is Y?\n\nY.\n\n## Tokens\n\n- a\n")
    proc = run_cli("check", str(notes), env_dir=tmp_path / "data")
    assert proc.returncode == 0
    assert "layout: 1 pattern seen; chose `### Qn:` headings (h3), 2 questions, 2 answered; " \
           "skipped a 2-line table of contents at line 3" in proc.stdout
    pinned = json.loads(run_cli("check", str(notes), "--layout", "h2", "--json", env_dir=tmp_path / "data").stdout)
    report = pinned["files"][0]
    assert report["questions"] == 1 and report["layout"]["pinned"]
    assert report["layout"]["chosen"] == [{"name": "h2", "description": "`##` headings", "questions": 1, "answered": 1}]
    bad = run_cli("check", str(notes), "--layout", "h9", env_dir=tmp_path / "data")
    assert bad.returncode == 1 and bad.stderr.strip().splitlines() == [
        "llmtui: --layout: unknown layout 'h9' (use h1-h6, bold, label, numbered, bullets, summary, pre, html, table,"
        " admonition, quote, plain, lines (lists: numbered:2, bullets:2 …))"]


def test_a_manifest_can_pin_the_layout(tmp_path):
    pack = tmp_path / "topics.md"
    pack.write_text("# Topics\n\n## Tokens\n\nWords.\n\n## Vectors\n\nNumbers.\n")
    (tmp_path / "topics.toml").write_text('[pack]\nname = "topics"\nlayout = "h2"\n')
    loaded = load_pack_file(pack)
    assert [q.title for q in loaded.questions] == ["Tokens", "Vectors"] and loaded.layout.pinned


@pytest.mark.parametrize(
    "encode",
    [lambda s: s.encode("utf-16"), lambda s: b"\xef\xbb\xbf" + s.encode(), lambda s: s.replace("\n", "\r\n").encode(),
     lambda s: s.replace("\n", "\r").encode()],
    ids=["utf16-bom", "utf8-bom", "crlf", "lone-cr"],
)
def test_encodings_and_line_endings_are_read(tmp_path, encode):
    path = tmp_path / "pack.md"
    path.write_bytes(encode("## Q1: What is X?\n\nX is x.\n\n## Q2: What is Y?\n\nY.\n"))
    pack = load_pack_file(path)
    assert [(q.title, q.answer) for q in pack.questions] == [("What is X?", "X is x."), ("What is Y?", "Y.")]


def test_invalid_utf8_is_read_with_a_warning(tmp_path):
    path = tmp_path / "bad.md"
    path.write_bytes(b"## Q1: What is X?\n\nX \xff\xfe is x.\n")
    pack = load_pack_file(path)
    assert pack.questions[0].answer.startswith("X ")
    assert pack.problems[0].line == 3 and "2 byte sequence(s) replaced" in pack.problems[0].message


def test_large_file_and_long_line(tmp_path):
    big = tmp_path / "big.md"
    body = "".join(f"## Q{i}: What is concept number {i}?\n\n{'An answer sentence. ' * 25}\n\n" for i in range(1, 20001))
    big.write_text(body)
    assert big.stat().st_size > 10_000_000
    assert len(load_pack_file(big).questions) == 20000
    long = tmp_path / "long.md"
    long.write_text("## Q1: What is a long line?\n\n" + "x" * 1_000_000 + "\n\n## Q2: And after?\n\nYes.\n")
    assert [q.answer[-4:] for q in load_pack_file(long).questions] == ["x" * 4, "Yes."]


def test_two_packs_with_the_same_numbers_stay_apart(tmp_path):
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("## Q1: What is A?\n\nA.\n")
    b.write_text("## Q1: What is B?\n\nB.\n")
    bank = load_bank([a, b])
    assert [q.id for q in bank.questions[-2:]] == ["a#1", "b#1"]
    assert bank.get("b#1").title == "What is B?"


def test_pack_folder_loads_every_file(tmp_path):
    (tmp_path / "one.md").write_text("## Q1: What is one?\n\n1.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "two.md").write_text("## Q1: What is two?\n\n2.\n")
    assert len(load_bank([tmp_path], include_bundled=False)) == 2


# -- properties -------------------------------------------------------------------

@given(st.text(max_size=2000))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_parser_never_raises_on_arbitrary_text(text):
    try:
        parse_markdown(text, pack="fuzz")
    except ContentError:
        pass


# Lines shaped like the layouts the importer reads, repeated and shuffled: arbitrary text rarely builds two
# lists of the same questions, a dialogue or an answer key, where the choice between layouts is made.
_SHAPED_LINES = [
    "", "", "# Interview questions", "## Section", "### What is a token?", "#### 1.2 解释注意力。", "### Question 3",
    "- What is a token?", "- What is a vocabulary?", "1. What is a token?", "2. What is a vocabulary?",
    "**What is a token?**", "**Q1.**", "Q: What is BPE?", "A: Byte-pair encoding.", "**Interviewer:** Why?",
    "**Candidate:** Because.", "**I:** And then?", "**C:** Then this.", "- **Candidate (Deep Dive):**",
    "| **Q#** | **Suggested Answer** |", "| --- | --- |", "| **1** | A piece of text. |", "| Question | Answer |",
    "Medium (15)", "Scenario: Users wait. List the causes.", "Given an array, return its sum.", "An answer line.",
    "#LLM #RAG #Interviews", "Thanks for reading!", "```", "    indented code", "> quoted?", "<details>",
    "<summary>Answer</summary>", "</details>", "---",
]


_POOL = ["What is a token?", "What is a vocabulary?", "What is byte-pair encoding?", "Why scale attention scores?",
         "Explain dropout.", "Given an array, return its sum."]
_SECTION_LAYOUTS = {"bullets": "- {q}", "numbered": "{n}. {q}", "h3": "### {q}", "bold": "**{q}**", "label": "Q{n}: {q}",
                    "keyed": "**Q{n}.**\n\n{q}", "dialogue": "**Interviewer:** {q}"}


@st.composite
def _sectioned_documents(draw) -> tuple[str, int]:
    """Sections that each ask some of the same few questions in one layout, answered or not: the same questions
    listed twice, asked again with answers, keyed by number in a table. Returns the text and how many
    questions it asks in all."""
    parts = ["# Questions"]
    asked_in_all = 0
    for section in range(draw(st.integers(1, 4))):
        layout = draw(st.sampled_from(sorted(_SECTION_LAYOUTS)))
        asked = draw(st.lists(st.sampled_from(_POOL), min_size=1, max_size=len(_POOL), unique=True))
        answered = draw(st.booleans())
        asked_in_all += len(asked)
        parts.append(f"## Part {section + 1}")
        for number, question in enumerate(asked, 1):
            parts.append(_SECTION_LAYOUTS[layout].format(n=number, q=question))
            if answered:
                parts.append("**Candidate:** Because of the data." if layout == "dialogue" else "Because of the data.")
        if draw(st.booleans()):
            parts.append("| **Q#** | **Answer** |\n| --- | --- |\n" + "\n".join(f"| {n} | Key {n}. |"
                                                                         for n in range(1, len(asked) + 1)))
    separator = draw(st.sampled_from(["\n\n", "\n"]))
    return separator.join(parts) + "\n", asked_in_all


@given(_sectioned_documents())
@example(("# Questions\n## Part 1\n**Q1.**\n\nWhat is a token?\n| **Q#** | **Answer** |\n| --- | --- |\n| 1 | Key 1. |\n"
          "## Part 2\n**What is a token?**\n**What is a vocabulary?**\n**What is byte-pair encoding?**\n", 4))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_same_questions_in_several_layouts_never_raise_nor_multiply(document):
    text, asked = document
    try:
        pack = parse_markdown(text, pack="fuzz")
    except ContentError:
        return
    assert len(pack.questions) <= asked, text  # answers, key rows and titles never become questions


@given(st.lists(st.sampled_from(_SHAPED_LINES), max_size=60))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_parser_never_raises_on_documents_made_of_question_shaped_lines(lines):
    try:
        parse_markdown("\n".join(lines), pack="fuzz")
    except ContentError:
        pass


_words = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu"), max_codepoint=0x24F), min_size=1, max_size=8)
_sentence = st.lists(_words, min_size=2, max_size=8).map(" ".join)


# Each question asked once: one asked again word for word is one question (test_layouts)
@given(st.lists(st.tuples(_sentence, _sentence), min_size=1, max_size=12, unique_by=lambda pair: pair[0].casefold()),
       st.sampled_from(["heading", "bold", "qa", "details", "admonition"]), st.text(max_size=200))
@settings(max_examples=150, deadline=None)
def test_parser_never_loses_a_generated_question(pairs, fmt, noise):
    parts = [noise.replace("#", "").replace("*", "").replace("`", "").replace("<", "").replace("?", "")
             .replace("!", "").replace("~", "") + "\n"]
    for i, (question, answer) in enumerate(pairs, 1):
        q = f"{question}?"
        parts.append({
            "heading": f"\n## Q{i}: {q}\n\n{answer}\n",
            "bold": f"\n**{i}. {q}**\n\n{answer}\n",
            "qa": f"\n**Q:** {q}\n\n**A:** {answer}\n",
            "details": f"\n<details><summary>{q}</summary>\n\n{answer}\n\n</details>\n",
            "admonition": f'\n??? question "{q}"\n\n    {answer}\n',
        }[fmt])
    pack = parse_markdown("".join(parts), pack="gen")
    found = [(q.title, q.answer) for q in pack.questions]
    assert found[-len(pairs):] == [(f"{q}?", a) for q, a in pairs]


def test_checkbox_keycap_and_bracketed_numbers_are_not_part_of_a_title():
    checklist = parse_markdown("# Prep\n\n- [ ] What is attention?\n- [x] Why scale dot products?\n", pack="c")
    assert [q.title for q in checklist.questions] == ["What is attention?", "Why scale dot products?"]
    keycaps = parse_markdown("### 1️⃣ What is X?\nX is.\n\n### 2️⃣ Why Y?\nBecause.\n", pack="k")
    assert [(q.title, q.number) for q in keycaps.questions] == [("What is X?", 1), ("Why Y?", 2)]
    bracketed = parse_markdown("# FAQ\n\n(1) What is X?\nIt is a thing.\n(2) Why use Y?\nBecause.\n", pack="b")
    assert [(q.title, q.number, q.answer) for q in bracketed.questions] == [
        ("What is X?", 1, "It is a thing."), ("Why use Y?", 2, "Because.")]


def test_a_tip_under_a_question_is_no_answer_and_comes_off_a_real_one():
    pack = parse_markdown("### What is X?\n💡 Tip: think of caching.\n\n### What is Y?\n**Tip:** draw it.\n\nY is a thing.\n",
                          pack="t")
    assert [(q.title, q.answer) for q in pack.questions] == [("What is X?", ""), ("What is Y?", "Y is a thing.")]


def test_ans_and_numbered_answer_labels_come_off_the_answer():
    pack = parse_markdown("Q. What is dropout?\nAns. Randomly zeroing units.\n\nQ. Why ReLU?\nAns. Cheap.\n\n"
                          "Q3) What is batch norm?\nA3) Normalising activations.\n", pack="a")
    assert [q.answer for q in pack.questions] == ["Randomly zeroing units.", "Cheap.", "Normalising activations."]


def test_the_layout_report_names_bare_question_lines_and_sub_questions():
    lines = parse_markdown("# Practice\n\nSample questions\n\nWhat is a p-value?\nExplain the central limit theorem.\n"
                           "How do you detect outliers?\n💡\nTip: use real examples.\n", pack="l")
    assert lines.layout.summary() == "1 pattern seen; chose bare question lines (lines), 3 questions, 0 answered"
    nested = parse_markdown("# Q\n\n- What is X?\n\n  X is.\n\n- Why Y?\n\t- Why not Z?\n\t- How would you test Y?\n"
                            "- How does W work?\n\n  Like so.\n", pack="n")
    assert [(q.title, bool(q.answer)) for q in nested.questions] == [
        ("What is X?", True), ("Why Y?", False), ("Why not Z?", False), ("How would you test Y?", False),
        ("How does W work?", True)]
    assert "took 2 nested items that ask, alone under a question, as its sub-questions" in nested.layout.summary()


def test_answer_text_that_only_looks_like_a_label_or_a_template_is_kept():
    from llmtui.content.answers import clean_answer

    for text in ("Schema: users(id, name), then join on id.", "Add a residual connection here.",
                 "Tip: use a KV cache, it saves recomputing past keys."):
        assert clean_answer([text]).text == text
    assert clean_answer(["- Table: `events`", "- Columns: user_id, ts"]).text == ""  # a task's data, no answer
    assert clean_answer(["**Tip:** practise the formulas"]).text == ""
    assert clean_answer(["Write about the causes of overfitting here."]).verdict == "stub"
    assert clean_answer(["Add your answer here"]).verdict == "stub"


def test_an_answer_key_keeps_the_answer_written_under_a_question_it_has_no_entry_for(tmp_path):
    quiz = tmp_path / "quiz.md"
    quiz.write_text("# Quiz\n\nTry each question before you look at the key below.\n\n## Questions\n\n"
                    "1. What does cosine similarity measure between two embeddings?\n"
                    "2. Why normalise embeddings before storing them in a vector index?\n"
                    "3. Which index type trades exactness for speed?\n\n"
                    "   Written here: HNSW, which may miss the exact nearest neighbour.\n\n"
                    "## Answers\n\n1. The angle between them, whatever their lengths.\n"
                    "2. So that a dot product equals cosine similarity.\n", encoding="utf-8")
    answers = {q.number: q.answer for q in load_pack_file(quiz).questions}
    assert "angle" in answers[1] and "dot product" in answers[2]
    assert "may miss the exact nearest" in answers[3]  # not dropped for want of a key entry


def test_a_numbered_series_that_changes_style_is_one_series_and_check_says_so():
    text = ("# Day 1\n\n## Basics\n\n**Q1: What is a token?**\n\nA piece of text.\n\n**Q2: What is a vocabulary?**\n\n"
            "The set of tokens.\n\n## Design\n\n### Q3: Design a tokenizer for code.\n\nSplit on symbols first.\n\n"
            "### Q4: How would you test it?\n\nRound-trip every file.\n\n## Rubric\n\n### Junior Level\n\n- Knows tokens\n\n"
            "### Mid Level\n\n- Designs one\n\n### Senior Level\n\n- Tests it\n")
    pack = parse_markdown(text, pack="s")
    assert [(q.number, q.title, bool(q.answer)) for q in pack.questions] == [
        (1, "What is a token?", True), (2, "What is a vocabulary?", True),
        (3, "Design a tokenizer for code.", True), (4, "How would you test it?", True)]
    assert pack.questions[1].answer == "The set of tokens."
    assert "took `### Qn:` headings numbered 3-4 with bold `**Qn: …**` lines: one numbered series in two styles" in (
        pack.layout.summary())
    # A heading series numbered on its own (not going on from the bold one) is not taken for it: its labelled
    # questions are a pattern of their own, and check does not call them one series.
    apart = parse_markdown(text.replace("### Q3:", "### Q7:").replace("### Q4:", "### Q9:"), pack="s")
    assert [q.number for q in apart.questions] == [1, 2, 7, 9]
    assert "one numbered series" not in apart.layout.summary()


def test_merge_conflict_markers_are_blanked_both_versions_kept_and_named_in_one_line():
    text = ("<<<<<<< HEAD\n**Q1:** What is a token?\n**Answer:** A piece of text.\n\n**Q2:** Why BPE?\n"
            "**Answer:** Few unknown words.\n=======\n**Q1:** What is a token?\n**Answer:** A unit of text.\n"
            ">>>>>>> 1a2b3c\n")
    pack = parse_markdown(text, pack="m")
    # both versions kept: the question both ask is one card holding each version's answer
    assert [(q.title, q.answer) for q in pack.questions] == [
        ("What is a token?", "A piece of text.\n\n---\n\nA unit of text."), ("Why BPE?", "Few unknown words.")]
    assert "skipped 3 git merge-conflict marker lines (first at line 1): both versions imported" in pack.layout.summary()
    assert "\n" not in pack.layout.summary()
    assert any(p.line == 1 and "merge conflict" in p.message for p in pack.problems)
    # A lone "=======" under a line is a heading's underline, not a conflict.
    setext = parse_markdown("What is a token?\n=======\n\nA piece of text.\n", pack="s")
    assert [q.title for q in setext.questions] == ["What is a token?"] and "conflict" not in setext.layout.summary()


def test_questions_for_the_interviewer_are_not_interview_questions():
    pack = parse_markdown("## Questions\n\n### What is a token?\n\nA piece of text.\n\n### Why BPE?\n\nFew unknowns.\n\n"
                          "## Questions to Ask the Interviewer\n\n- What does a week look like?\n- How is success measured?\n",
                          pack="i")
    assert [q.title for q in pack.questions] == ["What is a token?", "Why BPE?"]
    assert pack.questions[-1].answer == "Few unknowns."


def test_a_topic_label_over_a_paragraph_that_asks_takes_it_as_the_question():
    pack = parse_markdown("### Question: Caching\n\nWhere can a cache sit? Give two examples.\n\n"
                          "### Question: Drift\n\nHow do you notice drift?\n\nCompare embeddings of new queries.\n\n"
                          "### Question: What is a KV cache?\n\nStored keys and values.\n", pack="t")
    assert [(q.title, q.answer) for q in pack.questions] == [
        ("Where can a cache sit? Give two examples.", ""), ("How do you notice drift?", "Compare embeddings of new queries."),
        ("What is a KV cache?", "Stored keys and values.")]


def test_answer_keys_per_section_and_labels_under_captions():
    text = ("## Round 1\n\n1. Explain RAG.\n2. What is reranking?\n3. Memory for agents.\n\n"
            "### Short answers (Round 1)\n\n1) **RAG.**\n\nRetrieve, then generate.\n\n2) **Reranking.**\n\n"
            "A second, sharper ranking.\n\n## Chat\n\nPREP SHEET\n🔥 Basics\nQ1. What is an embedding?\n\nAnswer:\n\nA vector.\n")
    pack = parse_markdown(text, pack="k")
    assert [(q.title, q.answer) for q in pack.questions] == [
        ("Explain RAG.", "Retrieve, then generate."), ("What is reranking?", "A second, sharper ranking."),
        ("Memory for agents.", ""), ("What is an embedding?", "A vector.")]
    assert "took the numbered list under an Answers heading as the answers, by number" in pack.layout.summary()


def test_an_answer_key_with_a_list_per_part_answers_each_part_with_its_own_list():
    asked = ("# Networking quiz\n\n## Part A\n\n1. What does DNS do?\n2. What port does HTTPS use?\n"
             "3. What is a subnet mask?\n\n## Part B\n\n{b}\n\n## Answers\n\n### Part A\n\n"
             "1. It resolves names to addresses.\n2. Port 443.\n3. It splits an address into network and host.\n\n"
             "### Part B\n\n1. SYN, SYN-ACK, ACK.\n2. TCP is reliable and ordered; UDP is neither.\n{last}")
    part_b = "1. What is the TCP handshake?\n2. How do TCP and UDP differ?\n3. What is NAT?"
    expected = ["It resolves names to addresses.", "Port 443.", "It splits an address into network and host.",
                "SYN, SYN-ACK, ACK.", "TCP is reliable and ordered; UDP is neither.",
                "It maps private addresses to a public one."]
    full = parse_markdown(asked.format(b=part_b, last="3. It maps private addresses to a public one.\n"), pack="n")
    assert [q.answer for q in full.questions] == expected
    assert "left out" not in full.layout.summary()  # the key's lines are in the pack, as answers
    # Part B numbered on from Part A ("4.", "5.", "6."), the key's parts each from 1: the same answers.
    going_on = asked.format(b=part_b.replace("1.", "4.").replace("2.", "5.").replace("3.", "6."),
                            last="3. It maps private addresses to a public one.\n")
    assert [q.answer for q in parse_markdown(going_on, pack="n").questions] == expected
    # A key whose parts do not match the questions' never gives Part B the answers of Part A.
    short = parse_markdown(asked.format(b=part_b, last=""), pack="n").questions
    assert not any(q.answer in expected[:3] for q in short[3:])


def test_a_list_numbered_from_1_inside_an_answer_stays_there_when_the_numbering_above_resumes_after_it():
    steps = ("# Behavioural questions\n\n1. Tell me about a time you disagreed with your manager.\n\n"
             "Use the STAR method. Steps:\n\n1. What was the situation?\n2. What was your task?\n"
             "3. What action did you take?\n\nKeep it short.\n\n2. Why do you want to work here?\n\n"
             "Tie their mission to your experience.\n\n3. What is your greatest weakness?\n\nA real one.\n")
    pack = parse_markdown(steps, pack="s")
    assert [q.title for q in pack.questions] == ["Tell me about a time you disagreed with your manager.",
                                                 "Why do you want to work here?", "What is your greatest weakness?"]
    assert "2. What was your task?" in pack.questions[0].answer and pack.questions[0].answer.endswith("Keep it short.")
    # The same list with the outer questions after it in one Markdown list, then a key whose entries may read
    # as requests ("Pick a segment, …"): the key answers the four questions.
    keyed = ("# Product sense\n\n1. What is a north-star metric?\n2. How would you improve Maps?\n\n"
             "Before answering, ask yourself:\n\n1. Who is the user?\n2. What problem do they have?\n"
             "3. How will we measure success?\n\n3. What is a guardrail metric?\n4. How do you prioritise?\n\n"
             "### Answers\n\n1. The one metric that captures the value users get.\n"
             "2. Pick a segment, find its biggest pain, measure a fix.\n3. A metric that must not get worse.\n"
             "4. Weigh impact against effort.\n")
    assert [(q.title, q.answer) for q in parse_markdown(keyed, pack="k").questions] == [
        ("What is a north-star metric?", "The one metric that captures the value users get."),
        ("How would you improve Maps?", "Pick a segment, find its biggest pain, measure a fix."),
        ("What is a guardrail metric?", "A metric that must not get worse."),
        ("How do you prioritise?", "Weigh impact against effort.")]
    # One item resuming the numbering could be a slip: a list of real questions before it stays questions.
    slip = ("1. Tell me about yourself?\n\nKeep it short.\n\n2. Why leave your job?\n\nStay positive.\n\n"
            "Then the technical screen, which had these:\n\n1. What is a hash map?\n2. How does binary search work?\n"
            "3. What is a race condition?\n4. How would you design a URL shortener?\n3. Any questions for us?\n")
    assert "What is a race condition?" in [q.title for q in parse_markdown(slip, pack="s").questions]
    # Where the numbering above does not resume, a list of questions under a title line is a round of its own.
    rounds = steps.replace("2. Why do you want", "4. Why do you want").replace("3. What is your", "5. What is your")
    assert "What was your task?" in [q.title for q in parse_markdown(rounds, pack="r").questions]


def test_topic_items_over_nested_questions_are_topics_up_to_the_last_one_before_a_rule():
    text = ("Here are questions you may be asked:\n\n## **1. Technical**\n\n* **Design**\n\n"
            "  * How did you design the architecture?\n  * Why rule-based rather than learned?\n"
            "* **Data Handling**\n\n  * How do you structure your data?\n  * How do you keep it fresh?\n\n---\n\n"
            "## **2. Operations**\n\n* How do you monitor it?\n* How do you scale it?\n* How do you roll back?\n\n---\n\n"
            "## **3. Users**\n\n* How do you measure satisfaction?\n* How do you handle failures?\n")
    pack = parse_markdown(text, pack="t")
    assert [q.title for q in pack.questions] == [
        "How did you design the architecture?", "Why rule-based rather than learned?", "How do you structure your data?",
        "How do you keep it fresh?", "How do you monitor it?", "How do you scale it?", "How do you roll back?",
        "How do you measure satisfaction?", "How do you handle failures?"]
    assert not any(q.answer for q in pack.questions)


def test_an_answer_key_per_part_goes_by_the_parts_names_and_never_turns_into_questions():
    rounds = ("# Interview prep\n\n## Part A: Networking\n\n1. What does DNS do?\n2. Which port does HTTPS use?\n\n"
              "## Part B: Systems\n\n1. What is a process?\n2. What is a thread?\n\n"
              "## Part C: Concurrency\n\n1. What is a deadlock?\n2. What is a mutex?\n\n## Answers\n\n{key}")
    part = "### Part {name}\n\n1. {first}\n2. {second}\n\n"
    a = part.format(name="A", first="It resolves names to addresses.", second="Port 443.")
    b = part.format(name="B", first="A running program with its own memory.", second="A unit of execution in a process.")
    c = part.format(name="C", first="Tasks each waiting on the other forever.", second="A lock one thread holds at a time.")
    # written in another order than the questions: by name
    swapped = parse_markdown(rounds.format(key=b + c + a), pack="p").questions
    assert [q.answer for q in swapped] == ["It resolves names to addresses.", "Port 443.",
                                           "A running program with its own memory.", "A unit of execution in a process.",
                                           "Tasks each waiting on the other forever.", "A lock one thread holds at a time."]
    # a part the key has no list for keeps its questions unanswered; no entry of the key becomes a question
    missing = parse_markdown(rounds.format(key=a + c), pack="p")
    assert [(q.title, q.answer) for q in missing.questions][2:4] == [("What is a process?", ""), ("What is a thread?", "")]
    assert len(missing.questions) == 6 and missing.questions[4].answer == "Tasks each waiting on the other forever."
    # parts named otherwise and a key that fits no round: the rounds stay unanswered, the key's lines are left out
    unnamed = parse_markdown(rounds.replace("Part A: Networking", "Warm-up").replace("Part B: Systems", "Core")
                             .replace("Part C: Concurrency", "Deep dive").format(key=a + c), pack="p")
    assert [q.title for q in unnamed.questions] == ["What does DNS do?", "Which port does HTTPS use?", "What is a process?",
                                                   "What is a thread?", "What is a deadlock?", "What is a mutex?"]
    assert not any(q.answer for q in unnamed.questions) and "left out 4 lines" in unnamed.layout.summary()
    # a key after one list of questions numbered from 1 twice: no entry of it is the last question's answer
    twice = ("1. What is TCP?\n2. What is UDP?\n3. What is DNS?\n\nRound two:\n\n1. What is HTTP?\n2. What is TLS?\n"
             "3. What is QUIC?\n\n## Answers\n\n1. A stream.\n2. Datagrams.\n3. Names.\n4. Requests.\n")
    keyless = parse_markdown(twice, pack="t")
    assert [q.title for q in keyless.questions][3:] == ["What is HTTP?", "What is TLS?", "What is QUIC?"]
    assert not any("Datagrams" in q.answer for q in keyless.questions) and "left out 5 lines" in keyless.layout.summary()


def test_an_answer_key_may_be_all_requests_and_an_entry_it_left_out_is_reported():
    asked = ("# Product sense\n\n1. How would you grow a product with flat sign-ups?\n2. How would you decide what to "
             "build next?\n3. How would you measure a new onboarding flow?\n\n## Answers\n\n")
    key = ("1. Pick a segment, find its pain, measure a fix.\n2. List the bets and rank them by impact over effort.\n"
           "3. Compare activation for a cohort with and without it.\n")
    assert [q.answer for q in parse_markdown(asked + key, pack="k").questions] == [
        "Pick a segment, find its pain, measure a fix.", "List the bets and rank them by impact over effort.",
        "Compare activation for a cohort with and without it."]
    # a sub-list written at the key's own depth ends the key's count: what it leaves is named as left out
    broken = asked + "1. Pick a segment.\n2. List the bets. To rank them:\n1. Size each.\n2. Sort.\n3. Compare cohorts.\n"
    pack = parse_markdown(broken, pack="k")
    assert pack.questions[0].answer == "Pick a segment." and "left out" in pack.layout.summary()


def test_answers_under_headings_naming_the_questions_numbers_answer_them():
    asked = "".join(f"**Q{n}.** {q}\n\n" for n, q in enumerate(
        ("Describe a model you shipped.", "How would you start on an unfamiliar process?", "Which KPIs did you track?",
         "Where do you see yourself in five years?"), start=1))
    answers = "".join(f"### Answer to Q{n}{tail}\n{a}\n\n" for n, tail, a in (
        (1, "", "A delivery-time model, validated on later months."), (2, " (STAR)", "**Situation:** a new team."),
        (3, "", "On-time rate and cost per order."), (4, "", "Leading a modelling team.")))
    pack = parse_markdown(f"# Prep\n\n## Part 2: Questions\n\n{asked}## Part 3: Model answers\n\n{answers}", pack="h")
    assert [q.answer for q in pack.questions] == ["A delivery-time model, validated on later months.",
                                                  "**Situation:** a new team.", "On-time rate and cost per order.",
                                                  "Leading a modelling team."]
    assert "took the answers of 4 numbered questions from headings after them" in pack.layout.summary()
    assert "left out" not in pack.layout.summary()
    # Answered where they are asked, the headings are something else and change nothing.
    inline = "".join(f"**Q{n}.** What is {w}?\n\nIt is {w}.\n\n" for n, w in enumerate(("a", "b", "c"), start=1))
    notes = "## Notes\n\n### Answer 1\n\nA note.\n\n### Answer 2\n\nAnother.\n\n### Answer 3\n\nMore.\n"
    assert [q.answer for q in parse_markdown(inline + notes, pack="i").questions][:2] == ["It is a.", "It is b."]


def test_answer_headings_under_one_question_or_right_under_each_are_their_own_questions():
    # "### Answer 1: brute force" under the last question are its own worked answers, not the others'
    worked = ("# Coding\n\n" + "".join(f"**Q{n}.** {q}\n\n" for n, q in enumerate(
        ("Reverse a linked list?", "Detect a cycle?", "Merge two sorted arrays?", "Two sum?"), start=1))
              + "Worked solution:\n\n### Answer 1: brute force\n\nEvery pair.\n\n### Answer 2: hashing\n\n"
                "One pass with a map.\n\n### Answer 3: sorting\n\nTwo pointers.\n")
    pack = parse_markdown(worked, pack="w")
    assert [bool(q.answer) for q in pack.questions] == [False, False, False, True]
    assert pack.questions[3].answer.startswith("Worked solution:")
    # a hint under each question, then its own answer heading and a follow-up: all of it stays with it
    interleaved = "".join(f"## Q{n}. What is {w}?\n\nHint: {w}.\n\n### Answer to Q{n}\n\nIt is {w}.\n\n"
                          f"### Follow-up\n\nMore on {w}.\n\n" for n, w in enumerate(("a", "b", "c", "d"), start=1))
    for question in parse_markdown(interleaved, pack="i").questions:
        assert question.answer.startswith("Hint:") and "### Follow-up" in question.answer


def test_unlabelled_questions_beside_labelled_ones_stay_questions():
    text = "".join(f"- **Question:** {q}\n  - **Answer:** {a}\n" for q, a in (
        ("What is Hive?", "A SQL layer."), ("What is a metastore?", "Schemas."), ("What is HiveQL?", "SQL-like.")))
    text += "- Explain bucketing in Hive.\n  - Rows hashed into files.\n"
    assert "Explain bucketing in Hive." in [q.title for q in parse_markdown(text, pack="l").questions]


def test_in_a_list_labelled_question_by_question_an_item_naming_a_skill_is_no_question():
    text = ("# Hive questions\n\nInterviewers want to see that you can:\n\n"
            "*   **Design efficient queries:** knowing how HiveQL becomes jobs.\n"
            "*   **Troubleshoot skew:** finding the hot keys.\n\n## Basics\n\n"
            + "".join(f"*   **Question:** {q}\n    *   **Answer:** {a}\n\n" for q, a in (
                ("What is Hive?", "A SQL layer over Hadoop."), ("What is the Metastore?", "The tables' metadata."),
                ("Why partition tables?", "To read less data."), ("When would you use ORC?", "For Hive-heavy reads.")))
            + "Course features:\n\n*   **Hands-on exercises:** Practise writing queries.\n")
    assert [q.title for q in parse_markdown(text, pack="h").questions] == [
        "What is Hive?", "What is the Metastore?", "Why partition tables?", "When would you use ORC?"]


def test_closing_remarks_offers_and_tips_under_a_stub_are_no_answer():
    from llmtui.content.answers import clean_answer

    assert clean_answer(["These questions are designed to check breadth."]).text == ""
    assert clean_answer(["It is x.", "", "These interview questions cover the basics."]).text == "It is x."
    assert clean_answer(["The questions above cover the basics; practise them aloud."]).text == ""
    for kept in ("The questions a model cannot answer from context should be refused.", "These questions' answers vary."):
        assert clean_answer([kept]).text == kept
    assert clean_answer(["It is x.", "", "If you want, I can:", "", "🎯 Run a mock interview"]).text == "It is x."
    assert clean_answer(["If you want low latency, use a smaller model."]).text != ""
    assert clean_answer(["TBD", "", "Tip: think about the majority class."]).verdict == "stub"
    assert clean_answer(["TBD", "Hint: agreement", "statistics."]).verdict == "stub"
    assert clean_answer(["TBD", "", "It is x."]).verdict == ""
    assert clean_answer(["It is x.", "", "Tip: give an example."]).text == "It is x.\n\nTip: give an example."


def test_a_practice_sheet_s_dont_know_or_a_sentence_left_unfinished_is_no_answer_but_one_that_goes_on_is():
    from llmtui.content.answers import clean_answer

    for blank in ("dont know", "I don't know.", "_I don’t know yet_", "Not sure", "no idea!", "Module is -",
                  "webpack plugin is —", "*Answer coming soon...*", "Answers are coming soon!",
                  "Answers will be added soon."):
        assert clean_answer([blank]).verdict == "stub", blank
    for kept in ("I don't know the exact number, but it is about 4 KB per page.", "Not sure is the honest reply here.",
                 "A plugin is - a class with an apply method.", "The answer is coming soon because of X."):
        assert clean_answer([kept]).verdict == "", kept


def test_a_one_line_pre_without_a_question_signal_asks_only_over_an_answer_box():
    card = "<pre>{q}</pre>\n\n<details>\n  <summary>Answer</summary>\n\n  {a}\n\n</details>\n\n"
    cards = "".join(card.format(q=q, a=a) for q, a in (
        ("What is a residual?", "The observed value minus the fitted one."),
        ("Bias versus variance", "Error from a model too simple, against error from one too flexible."),
        ("Why bootstrap?", "To estimate a statistic's spread without a formula for it.")))
    assert [(t, a.strip()) for t, a in qa(cards)] == [("What is a residual?", "The observed value minus the fitted one."),
                            ("Bias versus variance", "Error from a model too simple, against error from one too flexible."),
                            ("Why bootstrap?", "To estimate a statistic's spread without a formula for it.")]
    # The same topic line over plain text is a caption, not a card.
    loose = (card.format(q="What is a residual?", a="Observed minus fitted.")
             + "<pre>Bias versus variance</pre>\n\nSee below.\n\n" + card.format(q="Why bootstrap?", a="To estimate spread."))
    assert titles(loose) == ["What is a residual?", "Why bootstrap?"]


def test_runs_of_bare_question_paragraphs_beside_another_pattern_are_questions_but_follow_ups_are_not():
    follow_ups = "\n\n".join(["How would it scale?", "What if the index is stale?"])
    run = "\n\n".join(f"What is the role of component {n} in a pipeline?" for n in range(1, 6))
    text = (f"**What is a vector index?**\nA structure for nearest-neighbour search.\n\n{follow_ups}\n\n"
            f"**Why chunk documents?**\nSmaller passages retrieve more precisely.\n\nRetrieval Basics\n\n{run}\n")
    pack = parse_markdown(text, pack="r")
    titles = [q.title for q in pack.questions]
    assert titles[:2] == ["What is a vector index?", "Why chunk documents?"]
    assert titles[2:] == [f"What is the role of component {n} in a pipeline?" for n in range(1, 6)]
    assert "How would it scale?" in pack.questions[0].answer  # two follow-ups stay the answer's own
    assert pack.questions[1].answer == "Smaller passages retrieve more precisely."  # the part's title is no answer
    assert "one-line paragraphs that ask" in pack.layout.summary()


def test_a_list_of_questions_counts_only_in_a_part_that_says_it_holds_questions():
    # answers written as bullets, as such guides do: the bullets are mostly answers, not questions
    answered = "".join(f"### Topic {n}\n\n**Q: Why use method {n}?**\n\n**A:**\n- It helps\n- It is cheap\n- It scales\n\n"
                       for n in range(3))
    checklist = "## Weekly checks\n\n- Is the error rate rising?\n- Are new users served?\n- Does latency hold?\n\n"
    listed = ("## Common Interview Questions\n\n- \"What's a two-tower model?\"\n- \"How do you de-bias logs?\"\n"
              "- \"Tell me about a launch you measured.\"\n")
    pack = parse_markdown("# Notes\n\n" + answered + checklist + listed, pack="l")
    assert [q.title for q in pack.questions][3:] == [
        '"What\'s a two-tower model?"', '"How do you de-bias logs?"', '"Tell me about a launch you measured."']
    assert len(pack.questions) == 6


def test_a_fence_written_inside_another_with_the_same_backticks_is_read_as_nested():
    fence = "```"
    text = (f"**Q1: How do you call the service?**\n\n**Answer:**\n{fence}\nOpen a session, then:\n{fence}python\n"
            f"client.get(url)\n{fence}\n{fence}\n\n**Q2: Why pool connections?**\n\n**Answer:**\n{fence}\nReuse.\n{fence}\n\n"
            f"**Q3: What is a timeout for?**\n\n**Answer:**\n{fence}\nTo fail fast.\n{fence}\n")
    pack = parse_markdown(text, pack="f")
    assert [q.title for q in pack.questions] == [
        "How do you call the service?", "Why pool connections?", "What is a timeout for?"]
    assert "client.get(url)" in pack.questions[0].answer and "Reuse." in pack.questions[1].answer
    assert pack.problems[0].line == 6 and "read as nested" in pack.problems[0].message
    # a fence simply left open is closed before the next bold line or heading, as before
    pack = parse_markdown(f"**Q1: How?**\n\n{fence}\ncode\n\n**Q2: Why?**\n\nBecause.\n", pack="g")
    assert [q.title for q in pack.questions] == ["How?", "Why?"] and "unclosed code fence" in pack.problems[0].message


def test_a_paragraph_of_many_question_lines_after_an_answer_is_a_part_of_its_own_unless_it_is_for_the_interviewer():
    listed = "\n".join(f"Explain how stage {n} of a pipeline fails?" for n in range(1, 7))
    head = "## 1) Explain dropout\n\nExplanation:\n\nIt zeroes units at random.\n\n## 2) Explain pooling\n\nIt downsamples.\n\n"
    pack = parse_markdown(head + listed + "\n", pack="a")
    assert len(pack.questions) == 8 and pack.questions[1].answer == "It downsamples."
    pack = parse_markdown(head + "Smart questions to ask them:\n\n" + listed + "\n", pack="b")
    assert [q.title for q in pack.questions] == ["Explain dropout", "Explain pooling"]


def test_a_fence_left_open_in_a_list_item_ends_with_the_item_and_swallows_nothing():
    fence = "```"
    text = (f"## 1. How is a tool call trained?\n\n1. Collect requests.\n2. The model emits a call:\n   {fence}json\n"
            f'   {{"name": "weather"}}\n3.Run the tool.\n\nSee the notes.\n\n## 2. What is a tokenizer?\n\nIt splits text.\n\n'
            f"## 3. What is an embedding?\n\nA vector.\n")
    pack = parse_markdown(text, pack="i")
    assert [q.title for q in pack.questions] == [
        "How is a tool call trained?", "What is a tokenizer?", "What is an embedding?"]
    assert pack.questions[-1].answer == "A vector." and not pack.problems


def test_a_rapid_fire_part_of_questions_with_short_answers_keeps_every_answer_and_names_its_topic():
    pairs = [("What is the cost of a binary search?", "O(log n)"), ("Which structure looks up in constant time?",
             "A hash map"), ("Which sort is stable?", "Merge sort"), ("Which traversal sorts a BST?", "In-order"),
             ("What does a min-heap's root hold?", "The smallest key")]
    quiz = "\n\n".join(f"{q}\n\n{a}" for q, a in pairs)
    pack = parse_markdown(f"**Q: What is memoization?**\n\nCaching each call's result.\n\n## Rapid fire\n\n{quiz}\n",
                          pack="q")
    assert [(q.title, q.answer) for q in pack.questions][1:] == pairs
    assert {q.topic for q in pack.questions[1:]} == {"Rapid fire"}


def test_questions_inside_an_answer_that_goes_on_after_them_stay_that_answer():
    checks = "\n\n".join(f"Does check {n} of the model fail?" for n in range(1, 6))
    text = (f"## What is overfitting?\n\nWhen a model learns noise. To diagnose it, ask yourself:\n\n{checks}\n\n"
            "If most answers are yes, it overfits.\n\n## What is dropout?\n\nZeroing random units.\n")
    pack = parse_markdown(text, pack="o")
    assert [q.title for q in pack.questions] == ["What is overfitting?", "What is dropout?"]
    assert "Does check 3 of the model fail?" in pack.questions[0].answer
    assert pack.questions[0].answer.endswith("If most answers are yes, it overfits.")
    clarify = "\n".join(f"How many users does region {n} have?" for n in range(1, 7))
    text = (f"### 1. Design a URL shortener\n\nClarify first.\n\n{clarify}\n\nThen estimate storage and pick a key.\n\n"
            "### 2. Design a rate limiter\n\nA token bucket per client.\n")
    pack = parse_markdown(text, pack="u")
    assert len(pack.questions) == 2 and pack.questions[0].answer.endswith("Then estimate storage and pick a key.")
    # a short line that ends a sentence above it is no title of the questions under it
    stable = "\n\n".join(f"Is sort {n} stable?" for n in range(1, 6))
    pack = parse_markdown(f"### What does merge sort cost?\n\nEach level merges in linear time, so it runs in\n\n"
                          f"O(n log n)\n\n{stable}\n", pack="m")
    assert len(pack.questions) == 1 and "O(n log n)" in pack.questions[0].answer


def test_a_list_of_the_questions_below_worded_shorter_is_not_asked_twice():
    text = ("# Notes\n\n## Interview Questions\n\nThis post covers:\n\n- What is attention?\n- Why do transformers "
            "scale?\n- What is dropout?\n\n### What is attention?\n\nA weighted average.\n\n### Why do transformers "
            "scale so well?\n\nThey parallelize.\n\n### What is dropout?\n\nZeroing units.\n")
    pack = parse_markdown(text, pack="d")
    assert [q.title for q in pack.questions] == ["What is attention?", "Why do transformers scale so well?",
                                                  "What is dropout?"]


def test_fences_nested_four_deep_hold_each_other():
    fences = ["```", "```md", "```text", "```python"]
    body = "\n".join([*fences, "print(1)", "```", "after text", "```", "after md", "```", "after outer", "```"])
    pack = parse_markdown(f"**Q1: How are fences nested?**\n\n{body}\n\n**Q2: Why?**\n\nBecause.\n", pack="n")
    assert [q.title for q in pack.questions] == ["How are fences nested?", "Why?"]
    assert "after outer" in pack.questions[0].answer and pack.questions[1].answer == "Because."


def test_question_lines_an_answer_brings_in_with_a_sentence_stay_in_that_answer():
    asked = "\n".join(["How many links a day?", "What is the read ratio?", "Do links expire?",
                       "Can users pick aliases?", "Do we need click analytics?"])
    text = (f"### 1. Design a URL shortener\n\nStart by clarifying the requirements. Clarifying questions:\n{asked}\n"
            "Then estimate storage.\n\nUse base62 keys.\n\n### 2. Design a rate limiter\n\nA token bucket.\n")
    pack = parse_markdown(text, pack="s")
    assert [q.title for q in pack.questions] == ["Design a URL shortener", "Design a rate limiter"]
    answer = pack.questions[0].answer
    assert answer.startswith("Start by clarifying") and "Do links expire?" in answer and answer.endswith("Use base62 keys.")
    # a label over the list names its questions: they stay questions
    pack = parse_markdown("### 1. What is a token?\n\nA piece of text.\n\n### 2. What is BPE?\n\nMerges.\n\n"
                          "## Practice\n\nBasics:\n" + asked + "\n", pack="p")
    assert len(pack.questions) == 7


def test_check_says_how_many_lines_after_the_first_question_are_in_no_question_or_answer():
    text = ("# Notes\n\nAn intro nobody asks about.\n\n### 1. What is a token?\n\nA piece of text.\n\n"
            "### 2. What is BPE?\n\nMerges frequent pairs.\n\n---\n\n*Good luck with your interviews!*\n")
    pack = parse_markdown(text, pack="g")
    assert [q.answer for q in pack.questions] == ["A piece of text.", "Merges frequent pairs."]
    assert ("left out 1 line after the first question that is in no question or answer (first at line 15)"
            in pack.layout.summary())
    pack = parse_markdown(text.replace("*Good luck with your interviews!*\n", ""), pack="h")
    assert "in no question or answer" not in pack.layout.summary()


def test_a_listing_merged_with_the_questions_asked_below_is_not_counted_as_left_out():
    asked = ["What is a token?", "What is BPE?", "What is a KV cache?", "What is top-p?", "What is a LoRA?"]
    listed = "\n".join(f"{n}. {q}" for n, q in enumerate(asked, 1))
    answered = "\n\n".join(f"**{n}. {q}**\n\nIt is thing {n}." for n, q in enumerate(asked, 1))
    pack = parse_markdown(f"# Notes\n\n## Questions\n\n{listed}\n\n## Answers\n\n{answered}\n", pack="m")
    assert len(pack.questions) == 5 and "merged a repeated list" in pack.layout.summary()
    assert "in no question or answer" not in pack.layout.summary()


def test_parts_of_bare_questions_keep_topics_answers_and_questions_where_they_belong():
    streaming = "\n\n".join(f"How does stream feature {n} work?" for n in range(1, 6))
    # a part's title is the topic of its questions only, not of the headings after them
    pack = parse_markdown(f"## Storage\n\n### What is a lake?\n\nRaw files.\n\nStreaming\n\n{streaming}\n\n"
                          "### What is a warehouse?\n\nModelled tables.\n", pack="t")
    assert [q.topic for q in pack.questions] == ["Storage", *["Streaming"] * 5, "Storage"]
    assert "in no question or answer" not in pack.layout.summary()  # the title is in the pack, as a topic
    # two titled parts of four close an answer: both are questions, under their titles
    batch = "\n\n".join(f"Why does batch step {n} fail?" for n in range(1, 5))
    stream4 = "\n\n".join(f"How does stream feature {n} work?" for n in range(1, 5))
    pack = parse_markdown(f"## What is a lake?\n\nRaw files.\n\nStreaming\n\n{stream4}\n\nBatch\n\n{batch}\n", pack="p")
    assert [q.topic for q in pack.questions[1:]] == ["Streaming"] * 4 + ["Batch"] * 4
    # a short line ending an answer's prose stays in that answer
    checks = "\n\n".join(f"Is sort {n} stable?" for n in range(1, 7))
    pack = parse_markdown(f"## What does merge sort cost?\n\nIt merges each level in linear time.\n\n"
                          f"O(n log n) in every case\n\n{checks}\n", pack="c")
    assert pack.questions[0].answer.endswith("O(n log n) in every case") and len(pack.questions) == 7
    # in a rapid-fire round a question without its short answer is still a question
    rounds = ("What is the retention?\n\nSeven days\n\nWhat is a group?\n\nHow are partitions assigned?\n\n"
              "By the coordinator\n\nWhat is an ISR?\n\nIn-sync replicas\n\nCan two consumers share a partition?\n\nNo")
    pack = parse_markdown(f"## What is Kafka?\n\nA commit log.\n\n## Rapid fire\n\n{rounds}\n", pack="k")
    assert [(q.title, q.answer) for q in pack.questions][1:] == [
        ("What is the retention?", "Seven days"), ("What is a group?", ""),
        ("How are partitions assigned?", "By the coordinator"), ("What is an ISR?", "In-sync replicas"),
        ("Can two consumers share a partition?", "No")]


def test_rhetorical_questions_leading_into_prose_and_lines_brought_in_by_a_title_sentence():
    hooks = "\n\n".join(f"Does your app stall on step {n}?" for n in range(1, 6))
    asked = "".join(f"## Why does render {n} repeat?\n\nA parent re-renders it.\n\n" for n in range(1, 5))
    pack = parse_markdown(f"# Why your app is slow\n\n{hooks}\n\nLet's look at what interviewers ask.\n\n{asked}", pack="r")
    assert [q.title for q in pack.questions] == [f"Why does render {n} repeat?" for n in range(1, 5)]
    lines = "\n".join(f"What is Python feature {n}?" for n in range(1, 7))
    pack = parse_markdown(f"# Python\n\n## Basics\n\nThese are the questions candidates reported from recent loops, "
                          f"so prepare them:\n{lines}\n", pack="l")
    assert len(pack.questions) == 6


def test_six_questions_an_answer_brings_in_with_a_sentence_stay_in_it_even_at_its_end():
    asked = "\n".join(f"What does the team do in week {n}?" for n in range(1, 7))
    text = ("### 1. Tell me about yourself.\n\nTwo minutes.\n\n### 2. Do you have questions for us?\n\n"
            f"Always say yes. Good ones:\n{asked}\n\n### 3. Why leave your job?\n\nStay positive.\n")
    pack = parse_markdown(text, pack="y")
    assert [q.title for q in pack.questions] == ["Tell me about yourself.", "Do you have questions for us?",
                                                  "Why leave your job?"]
    assert pack.questions[1].answer.startswith("Always say yes. Good ones:") and "week 6" in pack.questions[1].answer


def test_code_pasted_without_the_item_indent_inside_a_list_items_fence_stays_in_that_fence():
    fence = "   ```"
    text = (f"1. **What is a closure?**\n\n   It captures scope.\n{fence}python\ndef outer():\n    x = 1\n"
            f"    return x\n{fence}\n\n2. **What is a generator?**\n\n   Lazy values.\n\n3. **What is the GIL?**\n\n"
            "   A lock.\n")
    pack = parse_markdown(text, pack="c")
    assert [q.title for q in pack.questions] == ["What is a closure?", "What is a generator?", "What is the GIL?"]
    assert "def outer():\n    x = 1\n    return x" in pack.questions[0].answer
    assert pack.problems[0].line == 5 and "without the item's indent" in pack.problems[0].message


def test_a_question_in_a_labelled_paragraph_under_a_scenario_title_loses_its_label():
    text = "".join(f"### Scenario {n}: {title}\n**Question:** {ask}\n\n" for n, (title, ask) in enumerate((
        ("Latency", "Your model's p99 latency doubled overnight. How do you find the cause?"),
        ("Drift", "Accuracy fell after a holiday. What do you check first?"),
        ("Cost", "Inference costs tripled. How do you bring them down?")), start=1))
    numbered = "".join(f"### {n}. What is {term}?\n{term} is a {kind}.\n\n" for n, (term, kind) in enumerate((
        ("MLOps", "practice"), ("A feature store", "service"), ("Drift", "change"), ("Canary", "rollout")), start=1))
    pack = parse_markdown(numbered + "## Scenarios\n\n" + text, pack="s")
    assert [q.title for q in pack.questions][4:] == [
        "Your model's p99 latency doubled overnight. How do you find the cause?",
        "Accuracy fell after a holiday. What do you check first?", "Inference costs tripled. How do you bring them down?"]


def test_a_converters_bracketed_bold_question_reads_without_its_brackets_also_when_wrapped():
    text = ("## Example Questions:\n\n-   [**Why would you partition a table by date?**]\n\nQueries read fewer files.\n\n"
            "-   [**What is the difference between a data lake and a data\n    warehouse?**]\n\nSchema on read.\n\n"
            "-   [**Which format suits analytics?**]\n\nParquet.\n")
    pack = parse_markdown(text, pack="b")
    assert [(q.title, q.answer) for q in pack.questions] == [
        ("Why would you partition a table by date?", "Queries read fewer files."),
        ("What is the difference between a data lake and a data warehouse?", "Schema on read."),
        ("Which format suits analytics?", "Parquet.")]


def test_a_bare_fence_indented_inside_a_fence_with_its_own_closing_fence_nests():
    inner = "   ```\n   GET /accounts/42\n   ```"
    text = ("### Question 1: Design a bank transfer API\n\n**Sample Answer:**\n```\nTwo endpoints:\n\n1. Read:\n"
            f"{inner}\n2. Move money atomically, in one transaction.\n```\n\n"
            "### Question 2: How do you stop a double spend?\n\n```\nLock both rows in id order:\n   ```python\n"
            "   with db.transaction():\n       lock(a, b)\n   ```\nthen move the money.\n```\n\n"
            "### Question 3: How do you audit transfers?\n\n```\nAppend every change to a ledger.\n```\n")
    pack = parse_markdown(text, pack="f")
    assert [q.title for q in pack.questions] == ["Design a bank transfer API", "How do you stop a double spend?",
                                                  "How do you audit transfers?"]
    assert "GET /accounts/42" in pack.questions[0].answer and "in one transaction" in pack.questions[0].answer
    assert "lock(a, b)" in pack.questions[1].answer and "then move the money." in pack.questions[1].answer
    assert any("read as nested" in p.message for p in pack.problems)


def test_asking_headings_before_a_numbered_series_are_questions_in_a_part_that_says_so():
    easy = "".join(f"#### {q}\n\n{a}\n\n" for q, a in (("What is a p-value?", "The chance of data this extreme."),
                                                       ("What is a type I error?", "A false positive.")))
    hard = "".join(f"#### {n}. {q}\n\n{a}\n\n" for n, (q, a) in enumerate((
        ("How do you simulate a fair coin with a biased one?", "Flip twice; keep HT and TH."),
        ("What is the expected number of flips to get two heads?", "Six."),
        ("How many ways can you split 12 people into 3 teams of 4?", "There are 5,775 ways.")), start=1))
    pack = parse_markdown(f"# Probability\n\n## Easy questions\n\n{easy}## Hard questions\n\n{hard}", pack="p")
    assert [q.title for q in pack.questions][:3] == ["What is a p-value?", "What is a type I error?",
                                                      "How do you simulate a fair coin with a biased one?"]
    assert len(pack.questions) == 5 and all(q.answered for q in pack.questions)
    intro = "## About\n\n#### Who is this for?\n\nAnyone.\n\n#### Why probability?\n\nIt comes up.\n\n"
    pack = parse_markdown(f"# Probability\n\n{intro}## Questions\n\n{hard}", pack="p")
    assert [q.number for q in pack.questions] == [1, 2, 3]  # the introduction's questions stay its own
    for part in ("## About these interview questions", "## Frequently asked questions about this guide"):
        faq = f"{part}\n\n#### Is this guide free?\n\nYes.\n\n#### Can I contribute?\n\nOpen a pull request.\n\n"
        pack = parse_markdown(f"# Probability\n\n{faq}## Interview questions\n\n{hard}", pack="p")
        assert [q.number for q in pack.questions] == [1, 2, 3], part


def test_a_section_titled_what_to_look_for_inside_an_answer_is_no_question_but_when_to_stop_is():
    text = ("### Question 1: What is the difference between a parameter and a buffer?\n\nA parameter is trained.\n\n"
            "### What to expect\n\nA follow-up on running statistics.\n\n"
            "### Question 2: How do you freeze a layer?\n\nSet requires_grad to False.\n\n"
            "### What to Look For\n\nThat they know the optimizer skips it.\n\n"
            "### Question 3: Why call model.eval()?\n\nDropout and batch norm change.\n")
    pack = parse_markdown(text, pack="t")
    assert [q.title for q in pack.questions] == [
        "What is the difference between a parameter and a buffer?", "How do you freeze a layer?",
        "Why call model.eval()?"]
    asked = ("# Training notes\n\n## When to stop training\n\nWhen validation loss stops improving.\n\n"
             "## What to do if the loss becomes NaN\n\nLower the learning rate; clip gradients.\n\n"
             "## What to know about batch norm\n\nIt behaves differently at inference.\n\n"
             "## Why normalise the inputs\n\nSo that features share a scale.\n")
    assert [q.title for q in parse_markdown(asked, pack="n").questions] == [
        "When to stop training", "What to do if the loss becomes NaN", "What to know about batch norm",
        "Why normalise the inputs"]


def test_a_hint_under_a_question_is_no_question_of_its_own_however_it_ends():
    text = ("**1. What does the determinant of a matrix represent?**\n\nHow volumes scale.\n\n"
            "**2. Given a huge symmetric matrix, how do you find its top eigenvalue?**\n\n"
            "**Hint: Can you frame it as an optimization problem?**\n\n"
            "**3. What is the trace of a matrix?**\n\nThe sum of its diagonal.\n")
    pack = parse_markdown(text, pack="h")
    assert [q.number for q in pack.questions] == [1, 2, 3]
    assert not pack.questions[1].answered  # a hint helps with the question; it answers nothing
    from llmtui.content.titles import NOT, strength

    assert strength("Hint: Can you frame it as an optimization problem?") == NOT
    assert strength("Note: why does the loss go up?") == NOT
    assert strength("Can you frame it as an optimization problem?") != NOT


def test_a_wish_closes_the_document_only_as_a_line_of_its_own():
    head = "## What is dropout?\n\nZeroing activations at random.\n\n## Tell me about a conflict.\n\n"
    pack = parse_markdown(head + "We disagreed on the metric.\n\nGood luck with your interviews!\n", pack="w")
    assert pack.questions[1].answer == "We disagreed on the metric."
    kept = "We parted well.\n\nI wished them good luck and we still talk.\n"
    assert parse_markdown(head + kept, pack="w").questions[1].answer == kept.strip()
    best = "Greedy selection.\n\nAll the best features together may differ from that path.\n"
    assert parse_markdown(head + best, pack="w").questions[1].answer == best.strip()
    luck = "Plan ahead.\n\nGood luck is not a strategy, so write the risks down.\n"
    assert parse_markdown(head + luck, pack="w").questions[1].answer == luck.strip()


def test_a_sub_question_number_is_taken_off_its_title_and_continues_its_part():
    from llmtui.content.titles import read_title

    assert read_title("1-3. **When is the median better than the mean?**").text == (
        "When is the median better than the mean?")
    assert read_title("2.4. What is a conjugate prior?").text == "What is a conjugate prior?"
    assert read_title("3.5 million users a day: how would you shard it?").text.startswith("3.5 million")
    # "- 1-0." and the "1-1." paragraphs under it (not a nested list) are one numbering: all are questions
    text = ("- 1-0. **What is a p-value?**\n\n  1-1. **Why is p = 0.2 no evidence for the null?**\n\n"
            "  1-2. **What does a 95% interval claim?**\n\n    Coverage over repeated samples.\n\n"
            "  1-3. **What is power?**\n\n"
            "- 2-0. **What is a prior?**\n\n  2-1. **What is a conjugate prior?**\n\n    One whose posterior "
            "has its own form.\n\n  2-2. **Why divide by n-1?**\n\n  2-3. **What is MAP?**\n")
    pack = parse_markdown(text, pack="s")
    assert [q.title for q in pack.questions][:3] == [
        "What is a p-value?", "Why is p = 0.2 no evidence for the null?", "What does a 95% interval claim?"]
    assert (len(pack.questions), sum(q.answered for q in pack.questions)) == (8, 2)


def test_a_list_of_questions_under_a_title_line_is_a_new_round_not_sub_items_of_the_answer_above():
    text = ("Round one:\n\n1. What is bagging?\n2. What is boosting?\n3. Why do forests decorrelate trees?\n\n"
            "Answers:\nBagging averages models trained on bootstrap samples.\n\nBoosting fits models one after another "
            "on the errors so far.\n\nForests decorrelate trees because each split sees a random subset of features.\n\n"
            "Round two, for senior candidates:\n\n1. How would you debug a drop in online AUC?\n"
            "2. What would you monitor after launch?\n3. How do you pick a metric?\n")
    pack = parse_markdown(text, pack="r")
    assert len(pack.questions) == 6
    assert [q.answer for q in pack.questions[:3]] == [
        "Bagging averages models trained on bootstrap samples.", "Boosting fits models one after another on the errors "
        "so far.", "Forests decorrelate trees because each split sees a random subset of features."]
    assert not any(q.answered for q in pack.questions[3:])
    # steps that ask nothing, under a line of their own inside an answer, stay in that answer
    steps = ("1. How do you debug a training run?\n\nWork from the data up:\n\n1. Plot the inputs.\n"
             "2. Overfit one batch.\n3. Check the learning rate.\n\n2. What is weight decay?\n\nAn L2 penalty.\n")
    titles = [q.title for q in parse_markdown(steps, pack="s").questions]
    assert titles == ["How do you debug a training run?", "What is weight decay?"]


def test_a_numbered_challenge_is_a_task_like_a_numbered_problem_but_an_exercise_is_not():
    text = ("## Concepts\n\n**Q: What is a knowledge graph?**\n\nEntities and typed relations.\n\n"
            "**Q: Compare RDF and property graphs.**\n\nTriples versus nodes with properties.\n\n"
            "**Q: What is entity linking?**\n\nMapping a mention to its entity.\n\n"
            "**Q: Why embed a graph?**\n\nTo score links no edge states.\n\n"
            "## Coding\n\n**Challenge 1: Implement entity resolution**\n\n```python\ndef resolve(a, b): ...\n```\n\n"
            "**Challenge 2: Shortest path between two entities**\n\nBreadth-first search over the edges.\n")
    pack = parse_markdown(text, pack="k")
    assert [q.title for q in pack.questions][4:] == ["Implement entity resolution", "Shortest path between two entities"]
    assert all(q.answered for q in pack.questions)
    from llmtui.content.titles import read_title

    assert read_title("Exercise 1: Open the notebook").text == "Exercise 1: Open the notebook"


def test_answers_after_the_questions_are_paired_only_where_they_fit():
    # general advice under "Answers:" in as many paragraphs as there are questions answers none of them
    advice = ("1. Why do you want to work here?\n2. What motivates you at work?\n3. How do you handle feedback?\n\n"
              "Answers:\n\nThere is no single right answer to any of these, so do not memorise a script.\n\n"
              "Interviewers listen for self-awareness and for examples from your own work.\n\n"
              "Practise out loud with a friend and time yourself.\n")
    assert not any(q.answered for q in parse_markdown(advice, pack="a").questions)
    # one answer split over two paragraphs and the last one missing: nothing shifts onto the wrong question
    shifted = ("1. What does `enumerate` return?\n2. What is a list comprehension?\n"
               "3. What is the difference between `is` and `==`?\n4. What does `*args` collect?\n\n## Solutions\n\n"
               "An iterator of (index, item) pairs.\n\nA compact way to build a list from an iterable.\n\n"
               "`is` compares identity.\n\n`==` compares values, which is what you usually want.\n")
    assert not any(q.answered for q in parse_markdown(shifted, pack="s").questions)
    # two rounds numbered from 1, one key numbered on through both: in order
    rounds = ("Round one:\n\n1. What is the virtual DOM?\n2. What is a closure?\n3. What does `useEffect` do?\n\n"
              "Round two:\n\n1. How does CSS specificity work?\n2. What is event delegation?\n3. Why `===`?\n\n"
              "### Answers\n\n1. A copy of the DOM for diffing.\n2. A function with its scope.\n3. Runs side effects.\n"
              "4. Ids beat classes.\n5. One handler on the parent.\n6. It does not coerce types.\n")
    pack = parse_markdown(rounds, pack="r")
    assert [q.answer for q in pack.questions] == [
        "A copy of the DOM for diffing.", "A function with its scope.", "Runs side effects.", "Ids beat classes.",
        "One handler on the parent.", "It does not coerce types."]


def test_steps_under_a_line_of_their_own_stay_in_the_answer_when_the_numbering_goes_on_after_them():
    text = ("1. Tell me about a time you disagreed with your manager.\n\nUse the STAR method. Steps:\n\n"
            "1. What was the situation?\n2. What was your task?\n3. What action did you take?\n\n"
            "Keep it under two minutes.\n\n2. Why do you want to work here?\n\nTie their mission to your work.\n")
    pack = parse_markdown(text, pack="b")
    # the steps are not a new round: the question above keeps the answer that opens them
    assert pack.questions[0].title == "Tell me about a time you disagreed with your manager."
    assert pack.questions[0].answer.startswith("Use the STAR method. Steps:\n\n1. What was the situation?")
    assert pack.questions[-1].title == "Why do you want to work here?" and pack.questions[-1].answered


def test_an_interviewer_turn_asks_unless_it_only_acknowledges():
    text = ("**Interviewer:** Let's design a URL shortener.\n\n**Candidate:** First the read/write ratio.\n\n"
            "**Interviewer:** Good. Now assume 10x more traffic next year.\nHow would you scale the database?\n\n"
            "**Candidate:** Shard by the hash of the code.\n\n**Interviewer:** Yes, proceed.\n\n"
            "**Candidate:** Aggregates land in a columnar store.\n\n**Interviewer:** Great. Walk me through a click\n\n"
            "**Candidate:** Load balancer, cache, database, 301.\n")
    pack = parse_markdown(text, pack="d")
    assert [q.title for q in pack.questions] == [
        "Let's design a URL shortener.", "Good. Now assume 10x more traffic next year.", "Great. Walk me through a click"]
    assert "Yes, proceed." in pack.questions[1].answer and "columnar store" in pack.questions[1].answer
