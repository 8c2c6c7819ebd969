"""Markdown question packs → :class:`~llmtui.content.models.Question` records.

The document's blocks come from :mod:`.blocks` (markdown-it, block rules
only), its question pattern from :mod:`.layout`, each answer's text from
:mod:`.answers`. MkDocs ``??? question`` admonitions are taken out line by line
first (markdown-it would read their indented bodies as code), and front matter
is blanked (its lines keep their numbers). Answers are source lines, so their
Markdown is kept exactly as written.

A pack can pin its layout when detection gets it wrong: ``llmtui-layout: h3``
in its front matter, or ``<!-- llmtui-layout: h3 -->`` near the top.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from .answers import (
    LABELLED_CODE,
    CleanAnswer,
    asks_output,
    clean_answer,
    code_asked,
    generic_summary,
    only_questions_listed,
    said_as_heading,
)
from .blocks import PROSE_WORDS, TEXT_FENCES, Block, fenced_pairs, scan_blocks
from .components import take_components
from .dialogue import Dialogue, read_dialogue
from .errors import ContentError
from .html_boxes import take_html_boxes
from .json_questions import LAYOUT as JSON_LAYOUT
from .json_questions import read_json_questions
from .labels import FOREIGN_ANSWER_LABEL, OPTION_LETTERS, QUESTION_LABEL, QUESTIONS_WORD
from .layout import (
    NON_HEADING,
    TITLE_SMALL_WORDS,
    Candidate,
    Candidates,
    Detection,
    Pattern,
    add,
    admonition_candidate,
    advice_heading,
    detect,
    explained_headings,
    find_candidates,
    parse_pattern_spec,
    run_titles,
)
from .models import Layout, Pack, PatternChoice, Problem, Question
from .talking_points import talking_points
from .titles import NOT, QUESTION, QUESTION_MARKS, Title, is_request, plain, read_title, strength

# (spaces only: a tab takes the line to the fourth column, as four spaces do, where a fence is code's text)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ITEM_DEEP_FENCE = re.compile(r"^ {4,12}(`{3,}|~{3,})")  # a fence in a list item's text ("1.  isSelected()" over "    ```")
_HEADING_OR_BOLD = re.compile(r"^(?:#|\*\*|__)")
_ADMONITION = re.compile(r"^(\s*)(\?\?\?\+?|!!!)\s*([\w-]+)(?:\s+\"(.*)\")?\s*$")
_QUESTION_ADMONITIONS = {"question", "faq", "help", "quiz"}
_TAB = re.compile(r'^\s*===[+!]?\s+"([^"]{0,80})"\s*$')  # a MkDocs content tab: '=== "Answer"'
_QUESTION_TAB = re.compile(r"^(?:Q|" + QUESTION_LABEL + r")\W*$", re.IGNORECASE)
_ANSWER_TAB = re.compile(r"^(?:A|answers?|solution|" + FOREIGN_ANSWER_LABEL + r")\W*$", re.IGNORECASE)
_TAB_HEADING = re.compile(r"^#{1,6}\s+")
_FRONT_MATTER_END = {"---": ("---", "..."), "+++": ("+++",)}
_LAYOUT_KEY = re.compile(r"^\s*(?:<!--\s*)?llmtui-layout\s*[:=]\s*[\"']?([\w:, -]+?)[\"']?\s*(?:-->)?\s*$", re.IGNORECASE)
_GROUPING = re.compile(r"^\W*questions?\s+\d+\s*[-–]\s*\d+\W*$", re.IGNORECASE)

FORMATS = {"h": "heading", "bold": "bold", "label": "qa", "summary": "details", "pre": "details", "html": "html",
           "admonition": "admonition",
           "numbered": "list", "bullets": "list", "table": "table", "plain": "paragraph", "quote": "quote",
           "lines": "paragraph"}


PROBLEMS_PER_KIND = 200  # a file of a million empty questions needs one line saying so, not a million
MAX_BLOCKS = 1_000_000  # five times the blocks of the 100k-question benchmark pack


@dataclass(slots=True)
class ProblemLog:
    """What the parser noticed, at most ``PROBLEMS_PER_KIND`` lines of each kind plus a count of the rest."""

    items: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    first_dropped: dict[str, int] = field(default_factory=dict)

    def add(self, line: int, message: str, kind: str = "") -> None:
        kind = kind or message.split(":", 1)[0]
        count = self.counts[kind] = self.counts.get(kind, 0) + 1
        if count <= PROBLEMS_PER_KIND:
            self.items.append(Problem(line, message))
        elif count == PROBLEMS_PER_KIND + 1:
            self.first_dropped[kind] = line

    def merged(self, kept: dict[int, int]) -> None:
        """The questions at ``kept``'s keys are copies merged into those at its values: what was said of each
        copy ("empty answer", where its twin has one) gives way to one line saying so."""
        items = [item for item in self.items if item.line not in kept]
        said = {item.line for item in self.items if item.line in kept}
        self.items = items + [Problem(line, f"asked again (as at line {kept[line]}): merged") for line in sorted(said)]

    def result(self) -> list[Problem]:
        more = [Problem(line, f"{self.counts[kind] - PROBLEMS_PER_KIND} more like this: {kind}")
                for kind, line in self.first_dropped.items()]
        return sorted([*self.items, *more], key=lambda p: p.line)


@dataclass(slots=True)
class Source:
    """The document's lines as the parser reads them, and what was done to them on the way."""

    lines: list[str]
    inserted_fence: int | None = None  # index of a closing fence line we added
    layout: str | None = None  # pinned in the document itself
    problems: list[Problem] = field(default_factory=list)
    # (line, title, answer, whether content tabs gave the title and answer)
    admonitions: list[tuple[int, str, str, bool]] = field(default_factory=list)
    component_lines: set[int] = field(default_factory=set)  # lines of admonitions that are MDX components
    # an admonition's line -> what it shows: a quiz component's options, listed; an HTML question box's list
    box_prompts: dict[int, str] = field(default_factory=dict)
    html_box_lines: set[int] = field(default_factory=set)  # lines of admonitions that are HTML question boxes
    front_matter: int = 0  # lines of front matter blanked
    question_divs: int = 0  # pandoc ':::: question' blocks read as questions
    front_matter_questions: int = 0  # question strings its metadata lists (a "questions:" key)
    # each "- question: …" entry of its questions list: its line, the question, and its answer's lines when the
    # answer is written there (none when it only names a file)
    front_matter_entries: list[FrontMatterEntry] = field(default_factory=list)
    front_matter_read: bool = False  # those entries were written out as the document's questions
    conflicts: list[int] = field(default_factory=list)  # indices of git merge-conflict marker lines blanked
    dialogue: Dialogue | None = None  # speaker labels read as question and answer labels
    file_lines: list[int] | None = None  # the file line of each line, where the lines were written from JSON
    glued: set[int] = field(default_factory=set)  # question lines glued under an answer, made headings

    def file_line(self, index: int) -> int:
        """1-based line in the file as written (before any inserted fence)."""
        if self.file_lines is not None:
            return self.file_lines[min(index, len(self.file_lines) - 1)] if self.file_lines else 1
        return index if self.inserted_fence is not None and index > self.inserted_fence else index + 1


def parse_markdown(text: str, *, pack: str, path: str = "<text>", topics: dict[int, str] | None = None,
                   layout: str | None = None) -> Pack:
    """Parse Markdown ``text`` into a :class:`Pack` of questions.

    ``topics`` maps question numbers to topic names (from a manifest); without
    it, section headings above the questions become topics. ``layout`` pins the
    question pattern (``"h3"``, ``"bold"``, ``"label,numbered"``…) over what the
    document says and what detection would find.

    >>> p = parse_markdown("## Basics\\n\\n### Q1: What is a token?\\n\\nA piece of text.\\n", pack="demo")
    >>> p.questions[0].id, p.questions[0].title, p.questions[0].answer, p.questions[0].topic
    ('demo#1', 'What is a token?', 'A piece of text.', 'Basics')
    >>> p.layout.summary()
    '1 pattern seen; chose `### Qn:` headings (h3), 1 question, 1 answered'
    """
    source = read_source(text)
    spec = layout or source.layout
    try:
        pinned = parse_pattern_spec(spec) if spec else None
    except ValueError as exc:
        raise ContentError(path, str(exc)) from None
    blocks, candidates = _blocks_and_candidates(source, keep_all=pinned is not None)
    detection = detect(blocks, source.lines, candidates, pinned=pinned)
    if source.dialogue is not None and not any(q.line in source.dialogue.asked for q in detection.questions):
        # The speakers' turns are not the document's questions (a sample exchange inside an answer): read it as
        # written, so that its answers show the speakers' own names.
        source = read_source(text, dialogue=False)
        blocks, candidates = _blocks_and_candidates(source, keep_all=pinned is not None)
        detection = detect(blocks, source.lines, candidates, pinned=pinned)
    if not detection.questions and len(source.front_matter_entries) >= FRONT_MATTER_ENTRIES:
        # The body asks nothing and the front matter holds the questions (roadmap.sh's "questions:" list, each
        # answer in a file of its own): they are the document's
        source = read_source(text, dialogue=False, front_matter_entries=True)
        blocks, candidates = _blocks_and_candidates(source, keep_all=pinned is not None)
        detection = detect(blocks, source.lines, candidates, pinned=pinned)
    fenced_bank = None
    if not detection.questions and pinned is None and "json" in text and (fenced_bank := _fenced_bank(text)) is not None:
        # Nothing asked in the text, and a JSON code block holds the question bank ("## Sample data" over
        # ```json [{"question": …, "answer": …}]): its records are the questions
        source = fenced_bank
        blocks, candidates = _blocks_and_candidates(source)
        detection = detect(blocks, source.lines, candidates)
    if pinned is None and source.dialogue is None and (parted := _by_parts(source, blocks, detection)) is not None:
        detection = parted
    if not detection.questions and pinned is None:
        detection.layout.explained_headings = explained_headings(blocks)
    if source.dialogue is not None:
        _replies_after_headings(source.dialogue, blocks, detection)
    log = ProblemLog()
    for problem in source.problems:
        log.add(problem.line, problem.message)
    for start, _size in candidates.tocs:
        log.add(source.file_line(start), "table of contents skipped")
    questions = _build_questions(source, blocks, detection, pack, topics, log)
    problems = log.result()
    if fenced_bank is not None:
        detection.layout.notes.insert(0, "read the questions from a JSON code block, the text around it asking none")
    if source.front_matter_read:
        detection.layout.notes.insert(0, f"read the {len(source.front_matter_entries)} questions the front matter "
                                      "lists, the body asking none (an answer that names a file is not imported)")
    elif source.front_matter:
        listed = source.front_matter_questions
        detection.layout.notes.insert(0, f"skipped {source.front_matter} lines of front matter" + (
            f" and the {listed} question{'s' if listed != 1 else ''} it lists (metadata, not imported)" if listed else ""))
    if source.question_divs:
        detection.layout.notes.append(f"read {source.question_divs} pandoc question blocks (':::: question', its "
                                      "options and hints) as questions")
    if boxes := len(source.html_box_lines):
        detection.layout.notes.append(f"read {boxes} HTML question boxes ('<div class=\"…question\">') "
                                      "as questions, the answer box after each as its answer")
    if tabbed := sum(1 for _line, _title, _answer, tabs in source.admonitions if tabs):
        detection.layout.notes.append(f"read {tabbed} boxes with no title as their content tabs, '=== \"Question\"' "
                                      "over the question and '=== \"Answer\"' over its answer")
    if source.dialogue:
        detection.layout.notes.append(source.dialogue.note())
    if components := len(source.component_lines):
        detection.layout.notes.append(f"read {components} MDX component{'s' if components != 1 else ''} as questions: "
                                      "`question=` asks, `answer=` and the other attributes answer")
    if detection.questions and pinned is None and (outside := _outside_questions(source, blocks, detection, candidates)):
        detection.layout.notes.append(
            f"left out {outside[0]} line{'s' if outside[0] != 1 else ''} after the first question that "
            f"{'are' if outside[0] != 1 else 'is'} in no question or answer (first at line {outside[1]}): notes, "
            "closing words or parts in a layout not read as questions")
    if source.file_lines is not None:
        detection.layout.notes.insert(0, "read as a JSON question bank: each record's question, its answer under it")
    if source.conflicts:
        first = source.file_line(source.conflicts[0])
        detection.layout.notes.insert(0, f"skipped {len(source.conflicts)} git merge-conflict marker lines "
                                         f"(first at line {first}): both versions imported")
    return Pack(
        name=pack,
        title=_pack_title(blocks, detection) or pack,
        path=path,
        questions=questions,
        formats=sorted({FORMATS[q.pattern.kind] for q in detection.questions}),
        problems=problems,
        topics=list(dict.fromkeys(q.topic for q in questions)),
        layout=_with_counts(detection.layout, detection, questions, source.glued),
    )


def _replies_after_headings(dialogue: Dialogue, blocks: list[Block], detection: Detection) -> None:
    """An interviewer's question whose answer stops before the candidate's reply (a heading, "## Phase 2:
    Deep dive", between them) runs on to the next question: in a dialogue, the candidate's turns answer it."""
    for position, (question, end) in enumerate(zip(detection.questions, detection.ends, strict=True)):
        if question.line not in dialogue.asked or question.answer is not None or position + 1 >= len(detection.questions):
            continue
        following = blocks[detection.questions[position + 1].index].start
        at = bisect.bisect_left(dialogue.replied, question.body)
        if at < len(dialogue.replied) and end <= dialogue.replied[at] < following:
            detection.ends[position] = following


_SEPARATOR = re.compile(r"^\s*(?:(?:[-*_=]\s*){3,}|<br\s*/?>|<hr\s*/?>|`{3,}\s*|~{3,}\s*|\|?[\s:|-]*-[\s:|-]*\|?)$",
                        re.IGNORECASE)


TITLE_LOOKS = 20_000  # lines outside every question read as titles, to find questions merged with a copy


def _outside_questions(source: Source, blocks: list[Block], detection: Detection,
                       candidates: Candidates) -> tuple[int, int] | None:
    """How many lines with something on them, after the first question, are in no question, answer or heading
    (nor a table of contents), and the first of them as a file line; None when there are none. The document is
    left as it is: this says what of it the pack does not hold."""
    covered = bytearray(len(source.lines))
    starts = [blocks[q.index].start for q in detection.questions[1:]] + [len(source.lines)]
    for question, end, following in zip(detection.questions, detection.ends, starts, strict=True):
        block = blocks[question.index]
        if question.prompt and end <= question.body:
            # a question answered from a key elsewhere shows what is written under it (its options): those lines
            end = max(question.body, min(following, len(source.lines)))
        # the question's block, and what stands between it and its answer (a recipe's problem, a label's question)
        covered[block.start:max(block.end, question.body)] = b"\x01" * (max(block.end, question.body) - block.start)
        if question.label_only and question.index + 1 + question.fields < len(blocks):
            # the paragraph that is its question, and the fields about it written over it
            start, following = blocks[question.index + 1].start, blocks[question.index + 1 + question.fields]
            covered[start:following.end] = b"\x01" * (following.end - start)
        if end > question.body:
            covered[question.body:end] = b"\x01" * (end - question.body)
    for block in blocks:
        if block.kind == "heading":
            covered[block.start:block.end] = b"\x01" * (block.end - block.start)
    for start, end in detection.answer_sections:  # answers given in a section of their own
        covered[start:end] = b"\x01" * (end - start)
    for start, size in candidates.tocs:
        covered[start:start + size] = b"\x01" * size
    for index in run_titles(detection.questions):  # the topics of the questions under them
        covered[blocks[index].start:blocks[index].end] = b"\x01" * (blocks[index].end - blocks[index].start)
    first = blocks[detection.questions[0].index].start
    outside = [index for index in range(first, len(source.lines)) if not covered[index]
               and source.lines[index].strip() and _SEPARATOR.match(source.lines[index]) is None]
    if outside and len(outside) <= TITLE_LOOKS:
        # a question listed again and merged with its answered copy is in the pack, once
        titles = {q.title.text.casefold() for q in detection.questions}
        outside = [index for index in outside if read_title(source.lines[index].strip().lstrip("-*+ ")).text.casefold()
                   not in titles]
    return (len(outside), source.file_line(outside[0])) if outside else None


_JSON_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*json[ \t]*$", re.IGNORECASE)


def _fenced_bank(text: str) -> Source | None:
    """The first JSON code block in ``text`` that holds a question bank, as the Markdown its records make (each
    line remembering its file line), or None when there is none."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, line in enumerate(lines):
        if line[:1] not in ("`", "~", " ") or (opening := _JSON_FENCE.match(line)) is None:
            continue
        fence = opening.group(1)
        end = next((at for at in range(index + 1, len(lines)) if lines[at].strip().startswith(fence)
                    and not lines[at].strip()[len(fence):].strip()), len(lines))
        if (bank := read_json_questions("\n".join(lines[index + 1:end]))) is not None:
            return Source(bank.lines, layout=JSON_LAYOUT, file_lines=[at + index + 1 for at in bank.file_lines])
    return None


def read_source(text: str, *, dialogue: bool = True, front_matter_entries: bool = False) -> Source:
    """The text as lines: line endings unified, front matter blanked (its ``- question:`` entries written as a
    list of questions with ``front_matter_entries``), open fences closed, admonitions cut out, a dialogue's
    speakers read as labels (unless ``dialogue`` is false)."""
    # markdown-it breaks lines at CR too; line numbers must agree with it.
    if text[:1000].lstrip()[:1] in ("[", "{") and (bank := read_json_questions(text)) is not None:
        # A question bank saved as JSON: its records as Markdown, each line remembering its record's line
        return Source(bank.lines, layout=JSON_LAYOUT, file_lines=bank.file_lines)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    source = Source(lines)
    _blank_front_matter(source)
    if front_matter_entries and source.front_matter_entries:
        for entry in source.front_matter_entries:
            source.lines[entry.line] = f"- {entry.question}"
            for line, answer in entry.answer:
                source.lines[line] = f"  {answer}"
        source.front_matter_read = True
    if "```" in text[:2000] or "~~~" in text[:2000]:  # a cheap look first: a fence near the top
        _unwrap_markdown_fence(source)
    if "<<<<<<<" in text:  # a cheap look first: almost no document has a merge conflict
        _blank_conflict_markers(source)
    if _QUOTED_FENCE_ANYWHERE.search(text):  # a cheap look first: it is rare (and closes nothing on line 1)
        _close_quoted_fences(source)
    if "```" in text and _FENCED_QUESTION.search(text):  # a cheap look first: code seldom holds these
        _unfence_question_lists(source)
    if "```" in text and _LABEL_OVER_FENCE_ANYWHERE.search(text):  # a cheap look first: code seldom sits so
        _unfence_labelled_questions(source)
    if "```" in text and "\nQ:" in text and "\nA:" in text:  # a cheap look first
        _unfence_labelled_pairs(source)
    if text.count("```") >= 2 * FENCED_OPENERS and _NUMBERED_FENCE_ANYWHERE.search(text):  # a cheap look first
        _unfence_numbered_questions(source)
    if text.count("```") >= 2 * FENCED_OPENERS:  # a cheap look first
        _questions_atop_fences(source)
    if "<details" in text or "<DETAILS" in text:  # a cheap look first
        _unbold_details(source)
        _details_end_closes_code(source)
        _open_details(source)
        _titled_groups(source)
    if "nswer" in text and _KEY_LABEL_ANYWHERE.search("\n" + text):  # a cheap look first
        _headed_keys(source)
    if " title=" in text or "{{<" in text or "{{%" in text:  # a cheap look first
        _titled_tags(source)
    if "<b " in text or "<strong " in text or "<b>" in text:  # a cheap look first
        _bold_tag_paragraphs(source)
    if "<hr" in text or "<HR" in text:  # a cheap look first
        _rules_for_hr_tags(source)
    if text[:1000].lstrip()[:4].lower() == "<pre":  # a cheap look first: few documents open with one
        _unwrap_pre_document(source)
    source.lines, source.inserted_fence = close_unclosed_fences(source.lines, source.problems)
    if _UNSPACED_ANYWHERE.search(text) or _UNSPACED_ITEM.match(text):  # a cheap look first: it is rare
        _space_numbered_items(source)
    if _UNSPACED_HEADING_ANYWHERE.search(text):  # a cheap look first: it is rare
        _space_headings(source)
    if _ANSWER_PARAGRAPH_ANYWHERE.search(text):  # a cheap look first: few paragraphs open with "Answer:"
        _split_glued_questions(source)
    if "\n?" in text and _CARD_SEPARATOR_ANYWHERE.search(text):  # a cheap look first
        _separated_cards(source)
    if "- 1." in text or "* 1." in text or "+ 1." in text:  # a cheap look first
        _unbullet_numbered_questions(source)
    if _LONE_NUMBER_ANYWHERE.search(text):  # a cheap look first: a number alone over a line of text is rare
        _number_lines_over_questions(source)
    if _question_over_rule_anywhere(text):  # a cheap look first: a question over a blank and a rule is rare
        _questions_over_rules(source)
    if _GLUED_LABEL_ANYWHERE.search(text):  # a cheap look first: a label glued under a list's line is rare
        _unglue_labelled_questions(source)
    if _GLUED_PAIR_ANYWHERE.search(text):  # a cheap look first: an answer's line with a question under it is rare
        _split_alternating_lines(source)
    if ":::" in text and _QUESTION_DIV_ANYWHERE.search(text):  # a cheap look first: pandoc's divs are rare
        source.question_divs = _question_divs(source.lines)
    source.lines, source.admonitions = _take_admonitions(source.lines)
    if "<div" in text and _BOX_CLASS_ANYWHERE.search(text):  # a cheap look first: few pages are such HTML
        source.lines, boxes = take_html_boxes(source.lines)
        source.html_box_lines = {box.line for box in boxes}
        source.box_prompts.update((box.line, box.prompt) for box in boxes if box.prompt)
        source.admonitions = sorted([*source.admonitions, *((box.line, box.question, box.answer, False) for box in boxes)])
    if "=" in text and (_COMPONENT_QUESTION.match(f"\n{text[:500]}") or _COMPONENT_QUESTION.search(text)):
        # (a cheap look first, on the first line too: few documents are MDX)
        source.lines, components = take_components(source.lines)
        source.component_lines = {component.line for component in components}
        source.box_prompts |= {component.line: "\n".join(f"- {_symbols_as_code(option)}" for option in component.options)
                                    for component in components if component.options}
        source.admonitions = sorted([*source.admonitions, *((component.line, component.question, component.answer, False)
                                                            for component in components)])
    if dialogue:
        source.lines, source.dialogue = read_dialogue(source.lines, text)
    if source.layout is None:
        for line in source.lines[:100]:
            if "llmtui-layout" in line and len(line) <= 200 and (match := _LAYOUT_KEY.match(line)):
                source.layout = match.group(1)
                break
    return source


# (each cheap look searches for a line's start as "\n": a search for "^" with re.MULTILINE tries every position)
def _symbols_as_code(text: str) -> str:
    """An option or answer made only of symbols ("<<", "*", "()") as code: as Markdown it would be a bullet or
    nothing at all."""
    if not text or any(char.isalnum() for char in text):
        return text
    return f"`` {text} ``" if "`" in text else f"`{text}`"


_QUOTED_FENCE_ANYWHERE = re.compile(r"\n {0,3}(?:`{3,}|~{3,})[\"'”’)]")
_QUOTED_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})[\"'”’)*_]{1,4}\s*$")


def _close_quoted_fences(source: Source) -> None:
    """A code fence inside a quoted answer closed together with the quote ('```"' after the code of
    '**Answer**: "I use …'): Markdown reads no closing fence there, and the code runs on into the questions
    after it. Inside an open fence such a line closes it."""
    lines = source.lines
    marker = ""  # the open fence's marker, "" when none is open
    for index, line in enumerate(lines):
        if marker and (quoted := _QUOTED_FENCE.match(line)) is not None:
            if quoted.group(2)[0] == marker[0] and len(quoted.group(2)) >= len(marker):
                lines[index] = quoted.group(1) + quoted.group(2)
                source.problems.append(Problem(index + 1, "a code fence closed with a quote mark after it: "
                                                          "read as closing"))
                marker = ""
            continue
        if (fence := _FENCE.match(line)) is None:
            continue
        if not marker:
            marker = fence.group(1)
        elif _closes(line, marker):
            marker = ""


# "```markdown", "```text", or a title written after the fence ("``` C++ Interview Questions and Answers"; not
# a language's fence with a file's title, "```python title=\"interview-questions.py\"")
_MARKDOWN_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*(markdown|md|text|txt|[^`\n=\"']{0,120}?\b(?:interview|questions)\b"
                             r"[^`\n=\"']{0,120}?)[ \t]*$", re.IGNORECASE)
FENCE_INFO_CHARS = 250  # an opening fence's line, for its words to be looked at
_FENCE_KINDS = frozenset(("markdown", "md", "text", "txt"))  # ("````markdown"; a title is no kind)


def _unwrap_markdown_fence(source: Source) -> None:
    """A whole document written inside one "````markdown" (or "```text", or "``` Java Interview Questions")
    fence, as pasted from a chat or kept to show its source: the fence's opening and closing lines are blanked,
    and what is inside read as the Markdown it is. Only where a fence that opens the document (under its title,
    maybe) is the one that closes it (over a last rule, maybe), or is a "````markdown" fence: four marks keep
    whole the code blocks of the Markdown inside, which may be the page's first part only. A page pasted as
    several "```markdown" fences, one right after another, is unwrapped alike."""
    lines = source.lines
    # (the first filled lines only: most documents with a fence near the top are no such page)
    first = list(itertools.islice((index for index, line in enumerate(lines) if line.strip()), WRAPPING_FENCE_LINES))
    start = next((index for index in first if lines[index].lstrip()[:3] in ("```", "~~~")), None)
    if start is None or len(lines[start]) > FENCE_INFO_CHARS or (opening := _MARKDOWN_FENCE.match(lines[start])) is None:
        return
    marker = opening.group(1)
    closing = next((index for index in range(start + 1, len(lines)) if _closes(lines[index], marker)), None)
    more: list[tuple[int, int]] = []  # the fences after it that go on with the page ("```markdown" again, and again)
    last = closing
    while last is not None and (following := _filled_after(lines, last)) is not None:
        if _RULE_LINE.match(lines[following]) and (ruled := _filled_after(lines, following)) is not None and (
                _MARKDOWN_FENCE.match(lines[ruled])):
            following = ruled  # a rule between two of them
        if (then := _MARKDOWN_FENCE.match(lines[following])) is None or then.group(2).lower() not in ("markdown", "md") or (
                end := next((index for index in range(following + 1, len(lines))
                             if _closes(lines[index], then.group(1))), None)) is None:
            break
        more.append((following, end))
        last = end
    after = [index for index in range(last + 1, len(lines)) if lines[index].strip()] if last is not None else []
    # (one that closes part-way holds the page's first part only where headings are in it: else an example)
    four_marked = closing is not None and len(marker) > 3 and opening.group(2).lower() in ("markdown", "md") and sum(
        1 for index in range(start + 1, closing) if _ATX_LINE.match(lines[index])) >= WRAPPED_HEADINGS
    if closing is None or not four_marked and (
            len(after) >= WRAPPING_FENCE_LINES or any(not _RULE_LINE.match(lines[i]) for i in after)):
        return
    kind = f"a {marker}{opening.group(2)}" if opening.group(2).lower() in _FENCE_KINDS else f"one {marker}"
    inner = ""  # a fence inside a first part left open ("```csharp" over "````"): the part's closing line closes it
    first_part = four_marked and bool(after)
    for index in range(start + 1, closing) if first_part else ():
        if not inner:
            inner = fence.group(1) if (fence := _FENCE.match(lines[index])) is not None else ""
        elif _closes(lines[index], inner):
            inner = ""
    lines[start], lines[closing] = "", inner
    for opened, closed in more if not first_part else ():
        lines[opened] = lines[closed] = ""
    whole = "the first part of the document is" if first_part else "the whole document is"
    fences = (f"{kind} fence" if first_part or not more
              else f"{kind} fence and {len(more)} ```markdown fence{'s' if len(more) != 1 else ''} after it")
    source.problems.append(Problem(start + 1, f"{whole} inside {fences}: read as the Markdown inside it"))


def _filled_after(lines: list[str], index: int) -> int | None:
    """The next line after ``lines[index]`` with text on it, or None."""
    return next((at for at in range(index + 1, len(lines)) if lines[at].strip()), None)


WRAPPING_FENCE_LINES = 4  # filled lines before a fence that wraps the document (its title), or after it
WRAPPED_HEADINGS = 2  # headings in a "````markdown" fence at the top that closes part-way, for it to hold a first part
_ATX_LINE = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")
_RULE_LINE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")


_PRE_OPENING = re.compile(r"^\s*<pre(?:\s[^<>]*)?>\s*$", re.IGNORECASE)
_PRE_CLOSING = re.compile(r"^\s*</pre>\s*$", re.IGNORECASE)
_BOLD_TAG_LINE = re.compile(r"^(\s*)<(b|strong)>\s*(\S.*?)\s*</\2>\s*$", re.IGNORECASE)


def _unwrap_pre_document(source: Source) -> None:
    """A whole document written inside one ``<pre>`` block (its questions ``<b>1. What …?</b>``, each over its
    "A. …" line): Markdown reads it all as one block of HTML. The tags that open and close it are blanked, and
    each line that is bold as a whole is written in Markdown's bold, so the text inside is read as a page."""
    lines = source.lines
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if (len(filled) < 3 or not _PRE_OPENING.match(lines[filled[0]]) or not _PRE_CLOSING.match(lines[filled[-1]])
            or any("<pre" in lines[index].lower() for index in filled[1:-1])):
        return
    lines[filled[0]] = lines[filled[-1]] = ""
    for index in filled[1:-1]:
        if "<" in lines[index] and (bold := _BOLD_TAG_LINE.match(lines[index])):
            lines[index] = f"{bold.group(1)}**{bold.group(3)}**"
    source.problems.append(Problem(filled[0] + 1, "the whole document is inside <pre>…</pre>: read as the text "
                                                  "inside it, its <b> lines as bold lines"))


# "1. **Can you explain what ISO 9001 is?**": a numbered bold question, a line of Markdown that no code has
_FENCED_QUESTION = re.compile(r"^ {0,3}\d{1,3}[.)] +\*\*[^\n*]{5,300}\?\*\*[ \t]*$", re.MULTILINE)
_BACKTICK_FENCE = re.compile(r"^ {0,3}```[^\n`]*\n(.*?)^ {0,3}```[ \t]*$", re.MULTILINE | re.DOTALL)
FENCED_QUESTIONS = 3  # numbered bold questions inside one code fence for it to be Markdown fenced by mistake


def _unfence_question_lists(source: Source) -> None:
    """Sections of questions pasted inside code fences ("```bash" over "1. **Can you explain …?**" and its answer):
    a fence holding three or more numbered bold questions is Markdown fenced by mistake, and is read as the text
    it holds, its fence lines blanked."""
    lines = source.lines
    text = "\n".join(lines)
    line, at = 0, 0
    unfenced: list[int] = []
    for fence in _BACKTICK_FENCE.finditer(text):
        if len(_FENCED_QUESTION.findall(fence.group(1))) < FENCED_QUESTIONS:
            continue
        line += text.count("\n", at, fence.start())
        closing = line + text.count("\n", fence.start(), fence.end())
        at = fence.end()
        lines[line] = lines[closing] = ""
        unfenced.append(line)
        line = closing
    if unfenced:
        source.problems.append(Problem(source.file_line(unfenced[0]), f"{len(unfenced)} code fence(s) holding numbered "
                                                                      "questions in Markdown: read as the text inside"))


# "## Question 21" over a fence without a language that holds the question's sentence: the label's question,
# fenced to keep its lines (an exam bank's layout), not code
_LABEL_OVER_FENCE = re.compile(r"^ {0,3}(?:#{1,6}[ \t]+|\*\*)(?:question|q|problem|exercise)[ \t]*#?\d{1,4}[ \t]*[:.]?"
                               r"(?:\*\*)?[ \t]*\n(?:[ \t]*\n)*( {0,3})```(?:text|txt|markdown|md|plain|plaintext)?[ \t]*\n"
                               r"(.*?)^\1```[ \t]*$", re.MULTILINE | re.DOTALL | re.IGNORECASE)
_LABEL_OVER_FENCE_ANYWHERE = re.compile(r"\n(?:#{1,6}[ \t]+|\*\*)(?:question|q|problem|exercise)[ \t]*#?\d{1,4}[ \t]*[:.]?"
                                        r"(?:\*\*)?[ \t]*\n(?:[ \t]*\n)* {0,3}```", re.IGNORECASE)
# what a line of code has and a sentence does not (a sentence may open with "If" or hold "x = 3")
_CODE_MARKS = re.compile(r"[;{}<>$\\]|\w\(|->|::|^\s*(?:def|class|import|#include|function|public|private|var|let|const)\b")
LABELLED_FENCES = 2  # labels over fenced sentences for the layout to be read so (one may be a code question)


def _unfence_labelled_questions(source: Source) -> None:
    """"## Question 21" over "```markdown" that holds "How can you convert a stream into a table?": where two or
    more labels stand over fences whose first line is a sentence, those fences hold the questions (and, in some,
    their options and solution) as text, and are read as the text inside, their fence lines blanked."""
    lines = source.lines
    text = "\n".join(lines)
    fences: list[tuple[int, int]] = []
    for match in _LABEL_OVER_FENCE.finditer(text):
        first = next((line.strip() for line in match.group(2).split("\n") if line.strip()), "")
        if _CODE_MARKS.search(first) or not (len(first.split()) >= PROSE_WORDS or first.endswith("?")):
            continue
        opening = text.count("\n", 0, match.start(2)) - 1
        fences.append((opening, text.count("\n", 0, match.end())))
    if len(fences) < LABELLED_FENCES:
        return
    for opening, closing in fences:
        lines[opening] = lines[closing] = ""
    source.problems.append(Problem(source.file_line(fences[0][0]), f"{len(fences)} code fences under question labels "
                                                                   "holding sentences: read as the questions they hold"))


_PAIR_Q = re.compile(r"^Q:\s+\S", re.MULTILINE)
_PAIR_A = re.compile(r"^A:\s*\S", re.MULTILINE)
_FILE_BANNER = re.compile(r"^-{3,}[^\s-][^\n]{0,200}?-{3,}\s*$")
FENCED_PAIRS = 3  # "Q:" lines, each with its "A:" line, in one fence, for it to hold questions as text


def _unfence_labelled_pairs(source: Source) -> None:
    """A fence whose info string names no text ("```---1/1.txt---", left by the command that pasted the files in)
    holding three or more "Q: …" lines, each answered by an "A: …" line: questions and answers, read as the text
    inside (a fence marked as text is read so already, see :mod:`.blocks`)."""
    lines = source.lines
    text = "\n".join(lines)
    line, at = 0, 0
    unfenced: list[int] = []
    for fence in _BACKTICK_FENCE.finditer(text):
        info = fence.group(0)[:fence.group(0).find("\n")].strip().lstrip("`").strip().lower()
        body = fence.group(1)
        if info in TEXT_FENCES or len(_PAIR_Q.findall(body)) < FENCED_PAIRS or len(_PAIR_A.findall(body)) < FENCED_PAIRS:
            continue
        line += text.count("\n", at, fence.start())
        closing = line + text.count("\n", fence.start(), fence.end())
        at = fence.end()
        lines[line] = lines[closing] = ""
        for inside in range(line + 1, closing):  # "---10/10.txt---": the banner of the next file pasted in
            if _FILE_BANNER.match(lines[inside]):
                lines[inside] = ""
        unfenced.append(line)
        line = closing
    if unfenced:
        source.problems.append(Problem(source.file_line(unfenced[0]), f"{len(unfenced)} code fence(s) holding 'Q:' and "
                                                                      "'A:' lines: read as the text inside"))


FENCED_OPENERS = 3  # fences that each open with a question, for the document to keep its questions so
FENCED_SHARE = 2 / 3  # of its fences


def _questions_atop_fences(source: Source) -> None:
    """A document of fences, each opening with a question in words ("Чем отличаются RWMutex от Mutex?") over its
    answer, prose and code alike, as the author typed them into one box: the question comes out over its fence, as
    a heading, and the answer stays in the fence, shown as written."""
    lines = source.lines
    text = "\n".join(lines)
    fences = list(_BACKTICK_FENCE.finditer(text))
    asked: list[int] = []  # the line of each fence whose first line is a question
    line, at = 0, 0
    for fence in fences:
        line += text.count("\n", at, fence.start())
        at = fence.start()
        first, _, rest = fence.group(1).partition("\n")
        if not rest.strip() or fenced_pairs(fence.group(1)):
            continue  # a question and nothing under it; labelled questions, each over its answer, read as text
        first = first.strip()
        if (first.endswith(QUESTION_MARKS) and not _CODE_MARKS.search(first) and first[:1] not in "#/-*<>$"
                and strength(read_title(first).text) == QUESTION):
            asked.append(line)
    if len(asked) < FENCED_OPENERS or len(asked) < FENCED_SHARE * len(fences):
        return
    for opening in asked:
        lines[opening], lines[opening + 1] = f"#### {lines[opening + 1].strip()}", lines[opening]
    source.problems.append(Problem(source.file_line(asked[0]), f"{len(asked)} code fences each opening with a question: "
                                                               "read each question over its answer, kept as written"))


_NUMBERED_FENCE_ANYWHERE = re.compile(r"\n {0,3}```[ \t]*\n(?:[^\n]{1,40}\n)? {0,3}\d{1,3}[.)] ")
# "```" over "6. What is a list vs a tuple?" (after a short part title, "🔁 Intermediate Level"), then its answer
_NUMBERED_FENCE = re.compile(r"^ {0,3}```(?:text|txt|markdown|md|plain|plaintext)?[ \t]*$")
_NUMBERED_OPENER = re.compile(r"^ {0,3}(\d{1,3})[.)] +(\S.*)$")
_NUMBERED_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(?:\*\*)?(\d{1,3})[.)、]")
PART_TITLE_CHARS = 40  # a part's title over the first question in its fence is short ("🔁 Intermediate Level")


def _unfence_numbered_questions(source: Source) -> None:
    """Questions numbered on from the headings above, each pasted into a fence without a language with its answer
    in words ("### 5. What is …?", then "```" over "6. What is a list vs a tuple?" and "List: mutable …"): a chat's
    answer copied with its fences misplaced. Where three or more such fences number on, each is read as the text
    it holds, its question a heading like the ones above it (a short line over the question, a part's title, one
    level up); fences of code stay as they are."""
    lines = source.lines
    level, last = 3, None  # the numbered headings' level, and the last number of the series
    found: list[tuple[int, int, int | None, int]] = []  # opening, closing, part title line, level
    index = 0
    while index < len(lines):
        line = lines[index]
        if (heading := _NUMBERED_HEADING.match(line)) is not None:
            level, last = len(heading.group(1)), int(heading.group(2))
        elif _FENCE.match(line):
            closing = next((at for at in range(index + 1, len(lines)) if _FENCE.match(lines[at])), None)
            if closing is None:
                break
            filled = [at for at in range(index + 1, closing) if lines[at].strip()]
            title = filled[0] if len(filled) >= 2 and _NUMBERED_OPENER.match(lines[filled[1]]) and len(
                lines[filled[0]].strip()) <= PART_TITLE_CHARS and not _NUMBERED_OPENER.match(lines[filled[0]]) else None
            asked = filled[1] if title is not None else filled[0] if filled else None
            opener = _NUMBERED_OPENER.match(lines[asked]) if asked is not None else None
            rest = [lines[at] for at in filled if at != asked and at != title]
            if (_NUMBERED_FENCE.match(line) and opener is not None and last is not None
                    and int(opener.group(1)) == last + 1 and rest
                    and strength(read_title(opener.group(2)).text) == QUESTION
                    and sum(1 for text in rest if _CODE_MARKS.search(text)) * 2 < len(rest)):
                found.append((index, closing, title, level))
                last += 1
            index = closing
        index += 1
    if len(found) < FENCED_OPENERS:
        return
    for opening, closing, title, level in found:
        lines[opening] = lines[closing] = ""
        asked = next(at for at in range(opening + 1, closing) if lines[at].strip() and at != title)
        lines[asked] = f"{'#' * level} {lines[asked].strip()}"
        if title is not None:
            lines[title] = f"{'#' * max(1, level - 1)} {lines[title].strip()}"
    source.problems.append(Problem(source.file_line(found[0][0]), f"{len(found)} code fences each holding a question "
                                                                  "numbered on from the headings above, and its answer "
                                                                  "in words: read as the text inside"))


_BOLD_DETAILS = re.compile(r"^(\s*)<(b|strong)>\s*(<details\b.*?)\s*(?:</\2>)?\s*$", re.IGNORECASE)


def _unbold_details(source: Source) -> None:
    """"<b><details><summary>1. …</summary></b>": a box made bold opens with an inline tag, so Markdown reads its
    line as a paragraph, not the box it is. The bold tags come off, which shows the summary as it was."""
    lines = source.lines
    for index, line in enumerate(lines):
        if line[:12].lstrip()[:1] == "<" and "<details" in line[:40].lower() and (bold := _BOLD_DETAILS.match(line)):
            lines[index] = bold.group(1) + bold.group(3)


_COMPONENT_QUESTION = re.compile(r"\n\s*(?:<[A-Za-z][\w.]*\s+)?(?:question|q)\s*=\s*[\"'{]", re.IGNORECASE)
_UNSPACED_ANYWHERE = re.compile(r"\n {0,3}\d{1,3}\.(?:`? ?[A-Za-z]|[\u4e00-\u9fff])")
# "2.what is s3?" opening a paragraph: typed so throughout, lower case too, where the numbers run on
_UNSPACED_OPENER = re.compile(r"^( {0,3})(\d{1,3})\.(?=[A-Za-z][a-z]|[\u4e00-\u9fff])")  # (or "1.什么是kafka")
UNSPACED_RUN = 3  # paragraphs opening with numbers typed so, each next to the one numbered after it
# "1.What practices do you follow …?", "2.`If you make a mistake, how do you fix it?`"
_UNSPACED_ITEM = re.compile(r"^( {0,3})(\d{1,3})\.(?=[A-Z][a-z]|` ?[A-Z][a-z])")
_SPACED_ITEM = re.compile(r"^ {0,3}(\d{1,3})[.)]\s")


# A paragraph that opens with an answer's label ("Answer: Cloud computing is …", "**A:** …")
_ANSWER_PARAGRAPH = re.compile(r"^(?:\*\*|__)?(?:A|Ans|Answer)[ \t]*(?:\*\*|__)?[ \t]*[:：](?!=)", re.IGNORECASE)
_ANSWER_PARAGRAPH_ANYWHERE = re.compile(r"\n\n(?:\*\*|__)?(?:A|Ans|Answer)[ \t]*+(?:\*\*|__)?[ \t]*+[:：]", re.IGNORECASE)
_NUMBER_LABEL_LINE = re.compile(r"^(?:q|question|problem|scenario)\s*\d{0,4}\s*[.:)]?$", re.IGNORECASE)  # "Question 3"
_LABELLED_LINE = re.compile(r"^(?:Q|Ques|" + QUESTION_LABEL + r")\s*\d{0,6}\s*[.:)：]", re.IGNORECASE)
_GLUED_DESCRIPTION = "question lines right under the answer before them"
TITLE_LINE_WORDS = 8  # "Questions and Answers" over the first question
def _outside_fences(lines: list[str]) -> Iterator[tuple[int, str]]:
    """Each line with its index, but for the lines of code fences and the fence lines themselves."""
    fenced = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            yield index, line


# "<details><summary>Answer</summary>" with Markdown on the very next line: Markdown reads HTML up to the first
# blank line, so a code block in the box with a blank line inside would run on over the questions after it
_DETAILS_LINE = re.compile(r"^\s{0,3}<details\b[^>]{0,200}>\s*<summary\b[^>]{0,200}>[^<]{0,80}</summary\s*>\s*$",
                           re.IGNORECASE)


_DETAILS_TAG = re.compile(r"<(/?)details\b", re.IGNORECASE)
_DETAILS_OPEN = re.compile(r"^\s{0,3}<details\b", re.IGNORECASE)
_DETAILS_END = re.compile(r"^\s{0,3}</details\s*>\s*$", re.IGNORECASE)


def _closes(line: str, fence: str) -> bool:
    """Whether ``line`` closes a code fence opened with ``fence`` (a closing fence names no language)."""
    marker = _FENCE.match(line)
    return (marker is not None and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence)
            and not line[marker.end():].strip())


def _details_end_closes_code(source: Source) -> None:
    """A code fence opened in a ``<details>`` box and left open at the box's ``</details>``, when the code would run
    on into the next box: the box's end closes it (the line stands for the closing fence), or each fence below
    would close the one before and the questions of the boxes between be read as code. Code that writes a box of
    its own opens one before it ends one, and ends before another box starts."""
    lines = source.lines
    depth = 0  # <details> boxes open, counted outside code (a box may open and end on one line)
    closed: list[int] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if (marker := _FENCE.match(line)) is None:
            if "etails" in line or "ETAILS" in line:  # a cheap look first
                for tag in _DETAILS_TAG.finditer(line):
                    depth = max(0, depth - 1) if tag.group(1) else depth + 1
            index += 1
            continue
        fence = marker.group(1)
        ended: int | None = None  # the first "</details>" in the code, where no box opened before it
        writes_boxes = not depth  # (outside a box, no box's end is looked for)
        inside = index + 1
        while inside < len(lines) and not _closes(lines[inside], fence):
            text = lines[inside]
            if "<" in text[:4] and not writes_boxes:
                if _DETAILS_OPEN.match(text):
                    if ended is not None:  # a box starts after the end of the box the fence opened in
                        lines[ended] = fence
                        closed.append(ended)
                        depth -= 1
                        inside = ended
                        break
                    writes_boxes = True  # code that writes a box of its own
                elif ended is None and _DETAILS_END.match(text):
                    ended = inside
            inside += 1
        index = inside + 1  # (each line is read once more at most: the ones after a box's end, closed there)
    if closed:
        source.problems.append(Problem(source.file_line(closed[0]), f"{len(closed)} code fence(s) left open at the end "
                                       "of a <details> box: closed there"))


def _open_details(source: Source) -> None:
    """A ``<details>`` line whose box goes on in Markdown with a code block that a blank line cuts in two: the
    line is made an HTML comment of its own (its summary only says "show the answer"), so that what follows
    it is read as the Markdown it is. Other boxes are left as they are."""
    lines = source.lines
    opened: list[int] = []
    for index, line in _outside_fences(lines):
        if "<" not in line[:4] or not _DETAILS_LINE.match(line) or index + 1 >= len(lines):
            continue
        fences = 0
        for following in range(index + 1, min(len(lines), index + 1 + DETAILS_LOOK_LINES)):
            if not lines[following].strip():
                break
            fences += _FENCE.match(lines[following]) is not None
        if fences % 2:
            opened.append(index)
    for index in opened:
        lines[index] = "<!-- -->"
    if opened:
        boxes = f"{len(opened)} <details> box{'es' if len(opened) > 1 else ''}"
        source.problems.append(Problem(source.file_line(opened[0]), f"{boxes} holding Markdown right under the summary, "
                                       "cut by a blank line in a code block: read as Markdown"))


_DETAILS_ALONE = re.compile(r"^<details\b[^>]{0,200}>\s*$", re.IGNORECASE)  # (not inside a list item)
_SUMMARY_ALONE = re.compile(r"^\s{0,3}<summary\b[^>]{0,200}>([^<]{1,80})</summary\s*>\s*$", re.IGNORECASE)
_SUMMARY_ASKING = re.compile(r"^\s{0,3}<summary\b[^>]{0,200}>([^<]{1,300})</summary\s*>\s*$", re.IGNORECASE)
_MARKDOWN_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])\s+\S")


def _titled_groups(source: Source) -> None:
    """"<details>" over "<summary>⚡ Basics</summary>" over a list of questions with no blank line between: Markdown
    reads the first item as part of the box's HTML, up to the first blank line. Where the box holds a list so, its
    summary is a group's title: read as a heading one level under the last one above, and the tag line as nothing,
    so the list is read as the Markdown it is. A box that only says "Answer" holds an answer, not a group."""
    lines = source.lines
    level = 1
    grouped: list[int] = []
    for index, line in _outside_fences(lines):
        if grouped and index == grouped[-1] + 1:
            continue  # the heading just made of a summary: the groups stay at one level
        if (heading := _SPACED_HEADING.match(line)) is not None:
            level = len(heading.group(1))
        elif ("<" in line[:4] and index + 2 < len(lines) and _DETAILS_ALONE.match(line)
              and (summary := _SUMMARY_ALONE.match(lines[index + 1])) is not None
              and _MARKDOWN_ITEM.match(lines[index + 2]) and not generic_summary(summary.group(1))):
            lines[index] = "<!-- -->"
            lines[index + 1] = f"{'#' * min(6, level + 1)} {summary.group(1).strip()}"
            grouped.append(index)
    asked = sum(1 for index in grouped if lines[index + 1].rstrip().endswith(QUESTION_MARKS))
    if grouped and asked * 2 > len(grouped):
        # The summaries ask: each box is a question over its list, and so is every other box whose summary asks
        # (written with a blank line or text under the summary: the same questions, read alike)
        made = {index + 1 for index in grouped}
        level, depth = 1, 0  # the level of the last heading of the document's own; boxes open around the line
        for index, line in _outside_fences(lines):
            if index in made:
                depth += 1  # a box read as a heading: a box inside it is part of its answer
            elif (heading := _SPACED_HEADING.match(line)) is not None:
                level = len(heading.group(1))
            elif ("<" in line[:4] and index + 2 < len(lines) and _DETAILS_ALONE.match(line) and depth == 0
                    and (summary := _SUMMARY_ASKING.match(lines[index + 1])) is not None
                    and summary.group(1).rstrip().endswith(QUESTION_MARKS)):
                lines[index] = "<!-- -->"
                lines[index + 1] = f"{'#' * min(6, level + 1)} {summary.group(1).strip()}"
                grouped.append(index)
                made.add(index + 1)  # (its summary's line, next, opens it)
            elif line.lstrip()[:3].lower() in ("<de", "</d"):  # (a tag opening its line: not "a `<details>` element")
                depth = max(0, depth + line.lower().count("<details") - line.lower().count("</details"))
    if grouped:
        source.problems.append(Problem(source.file_line(grouped[0]), f"{len(grouped)} <details> box(es) holding a list "
                                       "right under the summary: read as a titled group, the list as Markdown"))


# '<expand title="When would you choose REST?">' alone on its line, a site generator's box (not an HTML element);
# a Hugo shortcode's box, '{{< details "Redis 有哪些数据结构？" >}}' or '{{% expand title="…" %}}'
_TITLED_TAG = re.compile(r"""^\s{0,3}<([A-Za-z][\w-]{0,30})\s+title\s*=\s*(?:"([^"<>]{1,300})"|'([^'<>]{1,300})')\s*>\s*$""")
_TITLED_SHORTCODE = re.compile(r"""^\s{0,3}\{\{([<%])\s*([A-Za-z][\w-]{0,30})\s+(?:title\s*=\s*)?"([^"]{1,300})"[^{}]{0,100}"""
                               r"""[>%]\}\}\s*$""")
_HTML_ELEMENTS = frozenset("a abbr article aside b blockquote code details div em figure footer header i iframe img li "
                           "nav ol p pre section span strong summary table td th tr u ul".split())


def _titled_box(line: str) -> tuple[str, str] | None:
    """A titled box's opening line: its title and the line that closes it (spaces taken out); None for others."""
    if line[:4].lstrip().startswith("<"):
        tag = _TITLED_TAG.match(line)
        if tag is not None and tag.group(1).lower() not in _HTML_ELEMENTS:
            return html.unescape(tag.group(2) or tag.group(3)).strip(), f"</{tag.group(1)}>"
    elif line[:5].lstrip().startswith("{{") and (code := _TITLED_SHORTCODE.match(line)) is not None:
        return code.group(3).strip(), "{{" + code.group(1) + "/" + code.group(2) + (">" if code.group(1) == "<" else "%") + "}}"
    return None


def _titled_tags(source: Source) -> None:
    """A box of a site generator's own ("<expand title=\"When would you choose REST?\">" over Markdown, "</expand>"
    after it; a Hugo shortcode's '{{< details "…" >}}' and '{{< /details >}}'): Markdown would read the tag and the
    lines after it, up to a blank line, as raw HTML, or the shortcode as text. The title is a heading one level
    under the last one above, the tags nothing, so what the box holds is read as the Markdown it is."""
    lines = source.lines
    level = 1
    titled: list[int] = []
    closing: set[str] = set()
    fence = ""  # the open fence's marker
    for index, line in enumerate(lines):
        if (marker := _FENCE.match(line)) is not None:
            fence = "" if fence else marker.group(1)
        elif fence:
            if closing and "".join(line.split()) in closing:
                lines[index] = fence  # a box's end closes the code left open in it, as the site's boxes do
                fence = ""
        elif (heading := _SPACED_HEADING.match(line)) is not None:
            level = len(heading.group(1))
        elif line[:5].lstrip()[:1] in ("<", "{") and (box := _titled_box(line)) is not None:
            lines[index] = f"{'#' * min(6, level + 1)} {box[0]}"
            closing.add(box[1])
            titled.append(index)
        elif closing and "".join(line.split()) in closing:
            lines[index] = ""  # (a blank line: right under the box's last line, a comment would join its paragraph)
    if titled:
        source.problems.append(Problem(source.file_line(titled[0]), f"{len(titled)} titled box(es) of a site generator "
                                       "('<expand title=…>', '{{< details \"…\" >}}'): each title read as a heading, "
                                       "the box as Markdown"))


# "**Answer Key (Topic 2)**" right over "11. **D**: …": a list numbered from other than 1 cannot interrupt a paragraph,
# so Markdown would read the whole key as the label's paragraph
_KEY_LABEL_LINE = re.compile(r"^(?:\*\*|__)\s*(answers?\s+key|answer\s+sheet|answers)(\s*\([^()*_]{1,40}\))?\s*[:：]?\s*"
                             r"(?:\*\*|__)\s*[:：]?\s*$", re.IGNORECASE)
_NUMBERED_LINE = re.compile(r"^ {0,3}\d{1,4}[.)]\s")
# (searched in the text after a line break: a literal start, fast over a large pack)
_KEY_LABEL_ANYWHERE = re.compile(r"\n(?:\*\*|__)\s*answers?(?:\s+key|\s+sheet)?\b[^\n]{0,60}\n {0,3}\d", re.IGNORECASE)


def _headed_keys(source: Source) -> None:
    """A bold answer-key label right over its numbered entries is made a heading (of the lowest level), so that
    the entries are read as the list they are."""
    lines = source.lines
    for index, line in _outside_fences(lines):
        if (line[:2] in ("**", "__") and index + 1 < len(lines) and _NUMBERED_LINE.match(lines[index + 1])
                and (label := _KEY_LABEL_LINE.match(line)) is not None):
            lines[index] = f"###### {label.group(1)}{label.group(2) or ''}"


# '<b style="color:#2874A6;">1. What are the types of joins?</b>': a paragraph in bold, typed as HTML
_BOLD_TAG_PARAGRAPH = re.compile(r"^<(b|strong)\b[^>]{0,200}>([^<>\n]*(?:<code>[^<>\n]*</code>[^<>\n]*)*)</\1>\s*$",
                                 re.IGNORECASE)
_CODE_TAG = re.compile(r"</?code>", re.IGNORECASE)
BOLD_TAG_PARAGRAPHS = 3


def _bold_tag_paragraphs(source: Source) -> None:
    """Lines that are one bold HTML tag each (``<b style=…>1. What are …?</b>``), where the document has several,
    unindented, and every unindented bold tag is one such line: read as the bold lines they show (``**1. …?**``),
    their ``<code>`` as backticks, so they are read as bold lines are. (Bold tags wrapped over lines, with "<li>"
    answers under them, are read as they stand.)"""
    lines = source.lines
    opened = [index for index, line in _outside_fences(lines) if line[:2].lower() == "<b" and line[2:3] in (" ", ">")
              or line[:7].lower() == "<strong"]
    found = [(index, match) for index in opened if (match := _BOLD_TAG_PARAGRAPH.match(lines[index])) is not None]
    if len(found) < BOLD_TAG_PARAGRAPHS or len(found) < len(opened):
        return
    for index, match in found:
        lines[index] = f"**{_CODE_TAG.sub('`', match.group(2)).strip()}**"


_HR_TAG_LINE = re.compile(r"^ {0,3}<hr\s*/?>\s*$", re.IGNORECASE)


def _rules_for_hr_tags(source: Source) -> None:
    """A line that is only ``<hr>`` opens an HTML block in Markdown, which runs on over the lines under it up to
    a blank line ("<hr>" over "Pergunta 1: …"): it is read as the rule it draws ("***", which never underlines
    a heading), so the text under it is read as Markdown. Lines in code fences are left alone."""
    lines = source.lines
    for index, line in _outside_fences(lines):
        if "<" in line[:4] and _HR_TAG_LINE.match(line):
            lines[index] = "***"


DETAILS_LOOK_LINES = 200  # lines of a box looked through for its code fences
GLUED_QUESTIONS = 3  # questions glued to the answer above them for the layout to be read so
GLUED_QUESTION_CHARS = 300


def _split_glued_questions(source: Source) -> None:
    """Questions and answers pasted as plain text, each question on the line right under the answer before it
    ("… scale quickly." over "Can you describe your experience with AWS?", then a blank line and "Answer: …"):
    Markdown reads the question as the last line of that answer. Where at least three are written so, each such
    line is made a heading of its own, so that it ends the answer above it."""
    lines = source.lines
    glued: list[int] = []
    for index, line in _outside_fences(lines):
        if (not line.rstrip().endswith(("?", "？")) or index == 0 or len(line) > GLUED_QUESTION_CHARS
                or not line[:1].isalpha() or _LABELLED_LINE.match(line)):
            continue  # ("Question 4. What is …?" is read as a question wherever it is)
        above = lines[index - 1].rstrip()
        if not above[:1].isalnum() or above.endswith(("?", "？", ":", "：")) or _NUMBER_LABEL_LINE.match(above):
            continue  # the line above ends an answer or names the list, it is no label, heading or question
        opening = index - 1  # the first line of the paragraph above
        while opening > 0 and lines[opening - 1].strip():
            opening -= 1
        if not _ANSWER_PARAGRAPH.match(lines[opening]) and (
                opening < index - 1 or len(above.split()) > TITLE_LINE_WORDS or above.endswith(".")):
            continue  # the paragraph above is an answer, or the list's title: not a scene the question is set in
        below = next((i for i in range(index + 1, min(len(lines), index + 3)) if lines[i].strip()), None)
        if below is not None and below > index + 1 and _ANSWER_PARAGRAPH.match(lines[below]):
            glued.append(index)
    if len(glued) < GLUED_QUESTIONS:
        return
    for index in glued:
        lines[index] = f"#### {lines[index]}"
    source.glued = set(glued)
    source.problems.append(Problem(source.file_line(glued[0]), f"{len(glued)} questions written right under the "
                                                                 "answer before them: read as questions, each as if a heading"))


_RULE_AFTER_BLANK = re.compile(r"\n[ \t]*\r?\n {0,3}-{3,}[ \t]*\r?\n")  # (a literal start: fast over a large pack)


def _question_over_rule_anywhere(text: str) -> bool:
    """Whether a line ending in a question mark stands over a blank line and a rule somewhere in ``text``."""
    for match in _RULE_AFTER_BLANK.finditer(text):
        end = match.start()
        while end > 0 and text[end - 1] in " \t\r":
            end -= 1
        if end > 0 and text[end - 1] in "?？":
            return True
    return False


_DASH_RULE = re.compile(r"^ {0,3}-{3,}[ \t]*$")
_ASKING_HEADING = re.compile(r"^(#{1,6})[ \t]+\S.*[?？][ \t#]*$")
QUESTIONS_OVER_RULES = 3  # questions each over a blank line and a rule for the page to be read so
RULED_QUESTION_CHARS = 200


def _questions_over_rules(source: Source) -> None:
    """Questions written as a line that asks over a blank line and a rule of dashes ("HashMap 的put方法流程？", "",
    "-----", then its answer), under an image line or the end of the answer above: meant as headings (the blank
    line broke the underline), read as the last line of a paragraph. Where at least three are so, each is made a
    heading of the level the page's asking headings have."""
    lines = source.lines
    found: list[int] = []
    for index, line in _outside_fences(lines):
        if line[:4].lstrip()[:1] != "-" or not _DASH_RULE.match(line) or index < 2 or lines[index - 1].strip():
            continue
        asked = lines[index - 2].strip()
        if (asked.endswith(("?", "？")) and len(asked) <= RULED_QUESTION_CHARS and asked[:1] not in "#>|-*+<`"
                and not asked[:1].isdigit() and strength(read_title(asked).text) == QUESTION):  # (not "x??")
            found.append(index - 2)
    if len(found) < QUESTIONS_OVER_RULES:
        return
    levels = [len(match.group(1)) for _, line in _outside_fences(lines) if line[:1] == "#"
              and (match := _ASKING_HEADING.match(line))]
    level = max(set(levels), key=levels.count) if levels else 3
    for index in found:
        lines[index] = f"{'#' * level} {lines[index].strip()}"
    source.problems.append(Problem(source.file_line(found[0]), f"{len(found)} questions each over a blank line and a "
                                                               "rule: read as headings"))


_GLUED_LABEL_ANYWHERE = re.compile(r"\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t][^\n]*\n(?:Q|Question)[ \t]*\d{0,4}[ \t]*[.:)][^\n]*\n"
                                   r"(?:[ \t]*\n)?(?:\*\*|__)?(?:A|Ans|Answer)[ \t]*(?:\*\*|__)?[ \t]*[:：]", re.IGNORECASE)
_LIST_LINE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S|^[ \t]+\S")  # an item's line, or one indented under it


_TITLE_ITEM = re.compile(r"^(\d{1,3})[.)][ \t]+\S")


def _unglue_labelled_questions(source: Source) -> None:
    """Labelled questions pasted as plain text without blank lines, each over its "Answer:" line ("Q6: How do
    you handle deadlocks?" right under the last bullet of the answer above): Markdown reads the question as more
    of that bullet's text. Where at least three are written so, every labelled question over an "Answer:" line is
    made a heading, so that each ends the answer above it and all are read alike."""
    lines = source.lines
    pairs = [index for index, line in _outside_fences(lines)
             if index + 1 < len(lines) and _LABELLED_LINE.match(line) and not _NUMBER_LABEL_LINE.match(line.strip())
             and (_ANSWER_PARAGRAPH.match(lines[index + 1]) or (  # (or a blank line between: "Q: …", "", "A:")
                 index + 2 < len(lines) and not lines[index + 1].strip() and _ANSWER_PARAGRAPH.match(lines[index + 2])))]
    glued = [index for index in pairs if index and _LIST_LINE.match(lines[index - 1])]
    if len(glued) < GLUED_QUESTIONS:
        return
    # Items numbered one after another over each of them title them ("2. Restricting Outbound Access" over "Q: How
    # can you …"): headings over them, not the ends of the answers above (an answer's last point is no such run)
    numbers = [int(match.group(1)) if (match := _TITLE_ITEM.match(lines[index - 1])) else None for index in glued]
    titled = None not in numbers and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    for index in pairs:
        lines[index] = f"#### {lines[index]}"
        if titled and index in glued:
            lines[index - 1] = f"### {lines[index - 1]}"
    source.problems.append(Problem(source.file_line(glued[0]), f"{len(glued)} labelled questions written right under "
                                                               "a list, no blank line between: read as questions, "
                                                               "each as if a heading"))


_BULLETED_NUMBER = re.compile(r"^[-*+][ \t]+(\d{1,3})\.[ \t]?(?=\S)")
BULLETED_NUMBERS = 10  # "- 12. …" items counting up through the page, for their bullets to be a slip


def _unbullet_numbered_questions(source: Source) -> None:
    """A quiz typed as bullets that carry the questions' numbers ("- 1.¿La siguiente expresión es válida?", "- 2.
    ¿Un diccionario …?"): Markdown reads a bullet, around a list numbered from 2 or around text. Where at least ten
    such items count up from 1, the bullet goes and the number stays ("1. ¿La …"), so that they are one numbered
    series; points numbered afresh in each answer ("- 1. Build", "- 2. Ship") are no such run."""
    lines = source.lines
    found: list[tuple[int, re.Match[str]]] = [(index, match) for index, line in _outside_fences(lines)
                                              if line[:1] in "-*+" and (match := _BULLETED_NUMBER.match(line))]
    # the run from the first "- 1." while the numbers rise (a list of an answer's points after it is left alone)
    start = next((at for at, (_, match) in enumerate(found) if match.group(1) == "1"), len(found))
    stop = start + 1
    while stop < len(found) and int(found[stop][1].group(1)) > int(found[stop - 1][1].group(1)):
        stop += 1
    found = found[start:stop]
    if len(found) < BULLETED_NUMBERS:
        return
    for index, match in found:
        lines[index] = f"{match.group(1)}. {lines[index][match.end():]}"
    source.problems.append(Problem(source.file_line(found[0][0]), f"{len(found)} numbered questions typed as bullets "
                                                                  "('- 1. …'): read as a numbered list"))


_CARD_SEPARATOR_ANYWHERE = re.compile(r"\n\?\??[ \t]*\r?\n\S")
CARDS_MIN = 3  # flashcards written with a "?" line for the page to be read so


def _separated_cards(source: Source) -> None:
    """Flashcards as Obsidian's spaced-repetition notes write them: a question's line, a line "?" (or "??" for a
    card that also reverses), then the answer's lines ("val vs var — ключевая разница?", "?", "val: …"). Markdown
    reads one paragraph. Where at least three are written so, each question's line is made a heading and the
    "?" line blanked, so that the lines under it are its answer."""
    lines = source.lines
    found: list[int] = []
    for index, line in _outside_fences(lines):
        if line.strip() in ("?", "??") and 0 < index < len(lines) - 1 and lines[index - 1].strip() and (
                lines[index + 1].strip()) and (index == 1 or not lines[index - 2].strip()):
            found.append(index)
    if len(found) < CARDS_MIN:
        return
    for index in found:
        lines[index - 1] = f"#### {lines[index - 1].strip()}"
        lines[index] = ""
    source.problems.append(Problem(source.file_line(found[0]), f"{len(found)} flashcards with a '?' line between "
                                                               "question and answer: read as questions"))


_LONE_NUMBER_ANYWHERE = re.compile(r"\n {0,3}\d{1,3}[.)][ \t]*\r?\n[^\s`~]")
_LONE_NUMBER = re.compile(r"^ {0,3}(\d{1,3})[.)][ \t]*$")
LONE_NUMBERS = 5  # numbers alone on their lines, each over its question's line, for the page to be read so
GLUED_NUMBERS = 3  # of them right under the answer above, no blank line between


def _number_lines_over_questions(source: Source) -> None:
    """A quiz exported as plain text: each question's number alone on its line ("5."), the question on the line
    under it and its answer on the lines after, often with no blank line before the next number. Markdown reads
    a number glued under an answer as more of it, and "1." alone as an empty item. Where at least five numbers
    stand so, counting up, and three are glued, each number's line is blanked and the question under it made a
    heading with that number, so that it ends the answer above it."""
    lines = source.lines
    found: list[tuple[int, int]] = []  # (line, number)
    for index, line in _outside_fences(lines):
        if line[:4].strip()[:1].isdigit() and (match := _LONE_NUMBER.match(line)) and index + 1 < len(lines) and (
                (below := lines[index + 1].strip()) and below[:1] not in "`~#|<>-*+" and not below[:1].isdigit()):
            found.append((index, int(match.group(1))))
    numbers = [number for _, number in found]
    counting = sum(after in (before + 1, 1) for before, after in zip(numbers, numbers[1:], strict=False))
    glued = sum(1 for index, _ in found if index and lines[index - 1].strip())
    if len(found) < LONE_NUMBERS or counting * 5 < (len(found) - 1) * 4 or glued < GLUED_NUMBERS:
        return
    for index, number in found:
        lines[index] = ""
        lines[index + 1] = f"#### {number}. {lines[index + 1].strip()}"
    source.problems.append(Problem(source.file_line(found[0][0]), f"{len(found)} question numbers alone on their "
                                                                  "lines, over the question: read as numbered "
                                                                  "headings"))


# "Gamma correction compensates … representation." over "What is HDR, and why is it used?", a paragraph alone
_GLUED_PAIR_ANYWHERE = re.compile(r"\.\n[A-Z][^\n]{4,200}\?\n\n")  # (a literal start: fast over a large pack)
GLUED_PAIRS = 6  # paragraphs of an answer's line over the next prompt, for the page to be read so
GLUED_PAIRS_ASKED = 3  # of those prompts that end in a question mark
GLUED_PROMPT_WORDS = 25
_ANSWER_LINE_ENDS = (".", "!", ")", "。")  # an answer's line over the next prompt ends so


def _split_alternating_lines(source: Source) -> None:
    """Prompts and one-line answers pasted from a page that lost its blank lines: each paragraph the answer's line
    over the next prompt ("Gamma correction compensates … representation." over "What is HDR, and why is it
    used?"), the first prompt a paragraph alone. Where at least six paragraphs are written so, and three of their
    prompts ask with a question mark, each prompt (and the one alone over the first of such a paragraph) is made
    a labelled heading of its own, as :func:`_split_glued_questions` makes one."""
    lines = source.lines
    outside = {index for index, _ in _outside_fences(lines)}

    def blank(index: int) -> bool:
        return index < 0 or index >= len(lines) or not lines[index].strip()

    def prompt_like(line: str) -> bool:
        text = line.rstrip()
        return (text[:1].isupper() and len(text.split()) <= GLUED_PROMPT_WORDS and text.endswith(("?", "."))
                and not _LABELLED_LINE.match(text))

    pairs = [index for index in range(1, len(lines) - 1)
             if index in outside and index - 1 in outside and blank(index - 2) and blank(index + 1)
             and lines[index - 1].strip() and lines[index].strip() and lines[index - 1].rstrip().endswith(_ANSWER_LINE_ENDS)
             and len(lines[index - 1].split()) > len(lines[index].split()) and prompt_like(lines[index])
             and lines[index - 1][:1].isalnum()]
    if not any(line.startswith("#") for line in lines):
        # Text with no heading at all, pasted from a page: a question ends each paragraph of the answer before it,
        # however many lines that answer has, or of the title of a part ("Core Components") over it.
        pairs = sorted({*pairs, *(index for index in range(1, len(lines) - 2)
                                  if index in outside and index - 1 in outside and blank(index + 1)
                                  and not blank(index - 1) and not blank(index + 2)
                                  and lines[index].rstrip().endswith("?") and prompt_like(lines[index])
                                  and not lines[index - 1].rstrip().endswith(("?", "？", ":", "："))
                                  and lines[index - 1][:1].isalpha())})  # (not "1." numbering the question)
    if len(pairs) < GLUED_PAIRS or sum(lines[index].rstrip().endswith("?") for index in pairs) < GLUED_PAIRS_ASKED:
        return
    glued = set(pairs)
    for index in pairs:  # the prompt alone over the first answer of a run: "When is lighting … shader?"
        alone = index - 3
        if alone in outside and blank(alone - 1) and blank(alone + 1) and prompt_like(lines[alone]) and alone not in glued:
            glued.add(alone)
    # Where every blank line is gone, prompt and answer lines alternate within one paragraph: each prompt, shorter
    # than the sentence of its answer under it, is one too (lines of pasted code between them are not).
    index = min(glued)
    while index < len(lines) - 1:
        if (index in outside and index not in glued and index + 1 in outside and lines[index + 1].strip()
                and not blank(index - 1) and prompt_like(lines[index]) and lines[index + 1].rstrip().endswith(_ANSWER_LINE_ENDS)
                and len(lines[index + 1].split()) > len(lines[index].split()) and lines[index + 1][:1].isalnum()
                and index - 1 not in glued and lines[index - 1].rstrip().endswith(_ANSWER_LINE_ENDS)):
            glued.add(index)
            index += 2
        else:
            index += 1
    # A part's title ending in a colon over its first prompt ("Intermediate PHP Questions:" right under the answer
    # before it, or first on the page): the title a heading of its own, the prompt a question. ("Example:" over
    # a sentence inside an answer is no part's title: the title names questions, or the prompt asks.)
    parts = [index for index in range(len(lines) - 2) if index in outside and index + 1 in outside
             and (blank(index - 1) or lines[index - 1].rstrip().endswith(_ANSWER_LINE_ENDS))
             and lines[index].rstrip().endswith((":", "：")) and lines[index][:1].isupper()
             and len(lines[index].split()) <= TITLE_LINE_WORDS and prompt_like(lines[index + 1]) and blank(index + 2)
             and index + 1 not in glued
             and (QUESTIONS_WORD.search(lines[index]) is not None or lines[index + 1].rstrip().endswith("?"))]
    for index in parts:
        lines[index] = f"### {lines[index].strip()}"
        glued.add(index + 1)
    for index in glued:  # labelled, as the prompts are questions whether they ask or name a topic
        lines[index] = f"#### Q: {lines[index].strip()}"
    source.glued |= glued
    source.problems.append(Problem(source.file_line(min(glued)), f"{len(glued)} prompts written right under the "
                                                                 "answer before them: read as questions, each as if a heading"))


_UNSPACED_HEADING_ANYWHERE = re.compile(r"\n#{2,6}[^\s#]")
_UNSPACED_HEADING = re.compile(r"^(#{2,6})(?=[^\W_])")  # "###Q 4. Why is …?"
_SPACED_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]")
SPACED_HEADINGS = 2  # headings of a level written right, for one typed without its space to be read as one


def _space_headings(source: Source) -> None:
    """A heading typed without the space after its hashes ("###Q 4. Why …?" among "### Q 3. …" headings): Markdown
    reads a paragraph, so the space is put in where the document writes at least two headings of that level
    right, and no more of them wrong. Lines in code fences are left alone ("##Setup" is a comment there)."""
    lines = source.lines
    unspaced: dict[int, list[int]] = {}
    spaced: dict[int, int] = {}
    # the level and number of the last numbered heading, for one typed without its space that numbers on from it
    numbered: tuple[int, int] | None = None
    numbering_on: dict[int, int] = {}  # line: the level of the heading series it numbers on
    for index, line in _outside_fences(lines):
        if "#" not in line[:4]:
            continue
        if (match := _SPACED_HEADING.match(line)) is not None:
            level = len(match.group(1))
            spaced[level] = spaced.get(level, 0) + 1
            number = _SPACED_NUMBER.match(line, match.end())
            numbered = (level, int(number.group(1))) if number is not None else numbered
        elif (match := _UNSPACED_HEADING.match(line)) is not None:
            unspaced.setdefault(len(match.group(1)), []).append(index)
            number = _UNSPACED_NUMBER.match(line)
            if number is not None and numbered is not None and int(number.group(1)) == numbered[1] + 1:
                numbering_on[index] = numbered[0]
                numbered = (numbered[0], numbered[1] + 1)
    for level, indices in unspaced.items():
        if spaced.get(level, 0) < max(SPACED_HEADINGS, len(indices)) and not _numbered_on(lines, indices, level):
            # "###4. Consider …" after "#### 3. The below code …": the heading series the writer numbers on
            for index in indices:
                if index in numbering_on:
                    lines[index] = f"{'#' * numbering_on[index]} {lines[index][level:]}"
                    source.problems.append(Problem(source.file_line(index), "a heading typed without a space after "
                                                                            "its #, numbered on from the headings "
                                                                            "above: read as one of them"))
            continue
        for index in indices:
            lines[index] = f"{lines[index][:level]} {lines[index][level:]}"
            source.problems.append(Problem(source.file_line(index), "a heading typed without a space after its #: "
                                                                    "read as a heading"))


_UNSPACED_NUMBER = re.compile(r"#+(\d{1,3})(?:[.、．)]|\s*$)")  # ("###1. …", or "##1" alone over its question)
_SPACED_NUMBER = re.compile(r"[ \t]*(?:Q(?:uestion)?\s*)?(\d{1,3})[.、．)]")  # after the hashes and their space
UNSPACED_NUMBERED = 3


def _numbered_on(lines: list[str], indices: list[int], level: int) -> bool:
    """Whether most headings typed without their space at ``level`` are numbered, one after another ("###1. …",
    "###2. …"): a writer's own headings, typed so throughout, whatever the rest of the document does."""
    numbers = [int(match.group(1)) for index in indices if (match := _UNSPACED_NUMBER.match(lines[index][:level + 4]))]
    following = sum(after == before + 1 for before, after in zip(numbers, numbers[1:], strict=False))
    return len(numbers) >= UNSPACED_NUMBERED and len(numbers) * 2 > len(indices) and following * 2 >= len(numbers)


NEIGHBOUR_LINES = 60  # lines looked through for the items around one typed without its space


def _outdented(line: str) -> bool:
    """A line with text that is not indented as a code block (or an item's content) is."""
    return bool(line.strip()) and not line.startswith(("    ", "\t"))


def _space_numbered_items(source: Source) -> None:
    """A numbered item typed without the space after its number ("1.What …?" over "2. Explain …"): Markdown
    reads a paragraph (or a line of the item above), so the space is put in, where the item above or below
    it numbers on from it or up to it."""
    lines = source.lines
    spaced = _numbered_paragraph_run(lines)
    for index, line in _outside_fences(lines):
        if index in spaced:
            match = spaced[index]
            lines[index] = f"{match.group(0)} {line[match.end():]}"
            source.problems.append(Problem(source.file_line(index), "a numbered item typed without a space after "
                                                                    "its number: read as an item"))
            continue
        if not line[:4].lstrip()[:1].isdigit() or (match := _UNSPACED_ITEM.match(line)) is None:
            continue
        number = int(match.group(2))
        # (past the lines under an item: its answer, "1. What is Dart?" over "        - Dart is …" or over a
        # paragraph written right under it)
        above = next((lines[i] for i in range(index - 1, max(-1, index - NEIGHBOUR_LINES), -1)
                      if _outdented(lines[i]) and _SPACED_ITEM.match(lines[i])), "")
        below = next((lines[i] for i in range(index + 1, min(len(lines), index + NEIGHBOUR_LINES))
                      if _outdented(lines[i]) and _SPACED_ITEM.match(lines[i])), "")
        neighbours = [(_SPACED_ITEM.match(above), number - 1), (_SPACED_ITEM.match(below), number + 1)]
        if any(found is not None and int(found.group(1)) == expected for found, expected in neighbours):
            lines[index] = f"{match.group(0)} {line[match.end():]}"
            source.problems.append(Problem(source.file_line(index), "a numbered item typed without a space after "
                                                                    "its number: read as an item"))


def _numbered_paragraph_run(lines: list[str]) -> dict[int, re.Match[str]]:
    """The paragraphs opening with a number typed without its space ("1.differences between …", "2.what is s3?")
    that number on from one another, where at least a few do: the document's own numbering, in lower case too."""
    openers: list[tuple[int, re.Match[str]]] = []
    for index, line in _outside_fences(lines):
        if line[:4].lstrip()[:1].isdigit() and (match := _UNSPACED_OPENER.match(line)) is not None and (
                not index or not lines[index - 1].strip() or match.group(2) == "1" and not openers):
            openers.append((index, match))  # (the first may follow the title's line: "面试题" over "1.什么是kafka")
    run: list[tuple[int, re.Match[str]]] = []
    found: dict[int, re.Match[str]] = {}
    for opener in openers:
        if run and (int(opener[1].group(2)) != int(run[-1][1].group(2)) + 1
                    or lines[opener[0] - 1].strip()):
            if len(run) >= UNSPACED_RUN:
                found.update(run)
            run = []
        run.append(opener)
    if len(run) >= UNSPACED_RUN:
        found.update(run)
    return found


FRONT_MATTER_LINES = 200  # front matter of any lines ends within these…
FRONT_MATTER_MAX_LINES = 20_000  # …and front matter of metadata lines only within these
FRONT_MATTER_ENTRIES = 3  # "- question:" entries that make the front matter's list the document's questions
# A line of YAML or TOML metadata: a key, a list item, a table, a comment, an indented value
_METADATA_LINE = re.compile(r"^\s*(?:[\w\"'-]+\s*[:=]|-(?:\s|$)|#|\[)|^\s+\S|^\s*$")
_ENTRY_QUESTION = re.compile(r"^(\s*)-\s+[\"']?question[\"']?\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
_ENTRY_ANSWER = re.compile(r"^\s*[\"']?answer[\"']?\s*:\s*(.*?)\s*$", re.IGNORECASE)
_FILE_NAME = re.compile(r"^[\w./-]{1,200}\.(?:md|mdx|markdown|html?|txt)$", re.IGNORECASE)
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?$")


@dataclass(frozen=True, slots=True)
class FrontMatterEntry:
    """A ``- question: …`` entry of front matter: its line, the question, and its answer's lines when written there."""

    line: int
    question: str
    answer: tuple[tuple[int, str], ...] = ()


def _blank_front_matter(source: Source) -> None:
    """YAML (``---``) or TOML (``+++``) front matter: read ``llmtui-layout`` and any ``- question:`` entries, then
    blank the lines."""
    lines = source.lines
    if not lines or lines[0].strip() not in _FRONT_MATTER_END:
        return
    closers = _FRONT_MATTER_END[lines[0].strip()]
    for end in range(1, min(len(lines), FRONT_MATTER_MAX_LINES)):
        if lines[end].strip() in closers:
            break
        if end >= FRONT_MATTER_LINES and not _METADATA_LINE.match(lines[end]):
            return  # a long run of prose after a rule at the top: no front matter
    else:
        return
    if end == 1 or not any(re.match(r"^\s*[\w-]+\s*[:=]", line) for line in lines[1:end]):
        return
    for index in range(1, end):
        if len(lines[index]) <= 200 and (match := _LAYOUT_KEY.match(lines[index])):
            source.layout = match.group(1)
    source.front_matter_questions = _listed_questions(lines[1:end])
    source.front_matter_entries = _front_matter_entries(lines, end)
    for index in range(end + 1):
        lines[index] = ""
    source.front_matter = end + 1


def _front_matter_entries(lines: list[str], end: int) -> list[FrontMatterEntry]:
    """The ``- question: …`` entries of the front matter ``lines[1:end]``, each with its answer when the entry
    writes it (``answer: …`` on its line or as an indented block under ``answer: |``), not when it names a file.

    >>> _front_matter_entries(["---", "questions:", "  - question: What is DNS?", "    answer: dns.md",
    ...                        "  - question: 'What is TCP?'", "    answer: |", "      A reliable stream.", "---"], 7)
    [FrontMatterEntry(line=2, question='What is DNS?', answer=()), \
FrontMatterEntry(line=4, question='What is TCP?', answer=((6, 'A reliable stream.'),))]
    """
    entries: list[FrontMatterEntry] = []
    index = 1
    while index < end:
        entry = _ENTRY_QUESTION.match(lines[index]) if len(lines[index]) <= 2000 else None
        if entry is None or _BLOCK_SCALAR.match(entry.group(2)):
            index += 1
            continue
        indent, at = len(entry.group(1)), index
        answer: list[tuple[int, str]] = []
        index += 1
        while index < end and (not lines[index].strip()
                               or _indent(lines[index]) > indent
                               and not lines[index].lstrip().startswith("- ")):
            field_indent = _indent(lines[index])
            value = _ENTRY_ANSWER.match(lines[index]) if len(lines[index]) <= 20_000 else None
            index += 1
            if value is None:
                continue
            if _BLOCK_SCALAR.match(value.group(1)):
                while index < end and (not lines[index].strip()
                                       or _indent(lines[index]) > field_indent):
                    answer.append((index, lines[index].strip()))
                    index += 1
            elif value.group(1) and not _FILE_NAME.match(_unquoted(value.group(1))):
                answer.append((index - 1, _unquoted(value.group(1))))
        entries.append(FrontMatterEntry(at, _unquoted(entry.group(2)), tuple(answer)))
    return entries


def _unquoted(value: str) -> str:
    """A YAML scalar without its quotes (``'It''s'`` is "It's")."""
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    return value


_QUESTIONS_KEY = re.compile(r"^(\s*)[\"']?[\w -]{0,40}questions?[\"']?\s*[:=]", re.IGNORECASE)
_LISTED = re.compile(r"\"((?:[^\"\\]|\\.){1,500})\"|'([^']{1,500})'|^\s*-\s+(.{1,500})$")


def _listed_questions(lines: list[str]) -> int:
    """How many question strings front matter lists under a ``questions:`` key (metadata about the page: the
    questions the body asks, or asks elsewhere; never questions to import themselves)."""
    count = 0
    inside: int | None = None  # the indent of the questions key whose values are being read
    for line in lines:
        if len(line) > 2000:
            continue
        indent = len(line) - len(line.lstrip())
        if inside is not None and line.strip() and indent <= inside and not line.lstrip().startswith("-"):
            inside = None
        key = _QUESTIONS_KEY.match(line)
        if key is not None:
            inside = len(key.group(1))
            line = line[key.end():]
        elif inside is None:
            continue
        for match in _LISTED.finditer(line):
            text = next(g for g in match.groups() if g is not None)
            count += strength(text.strip()) == QUESTION
    return count


_CONFLICT = re.compile(r"^(?:<{7}|\|{7}|>{7})(?: .{0,300})?$|^={7}$")


def _blank_conflict_markers(source: Source) -> None:
    """Unresolved git merge-conflict markers (``<<<<<<< HEAD``, ``=======``, ``>>>>>>> abc123``) are blanked, and
    both versions between them kept: they are all text the user has, and the markers would read as a quote
    (``>>>>>>>``) or turn the line above into a heading (``=======``). Only complete conflicts count: a lone
    ``=======`` underlines a heading."""
    lines = source.lines
    found: list[int] = []
    opened: list[int] = []
    divided = False  # the open conflict has its "=======" between the versions
    for index, line in enumerate(lines):
        if line[:1] not in "<=|>" or len(line) < 7 or _CONFLICT.match(line[:320].rstrip()) is None:
            continue
        if line.startswith("<<<<<<<"):
            opened, divided = [index], False
        elif opened and (line.startswith("=======") or line.startswith("|||||||")):
            opened.append(index)
            divided = divided or line.startswith("=")
        elif opened and line.startswith(">>>>>>>") and divided:
            found += [*opened, index]
            opened, divided = [], False
    if found:
        outside = {index for index, _ in _outside_fences(lines)}
        found = [index for index in found if index in outside]  # a conflict shown in code is what it shows
    for index in found:
        lines[index] = ""
    source.conflicts = found
    if found:
        source.problems.append(Problem(found[0] + 1, "unresolved git merge conflict: both versions imported "
                                                     "(resolve it to keep one)"))


def close_unclosed_fences(lines: list[str], problems: list[Problem]) -> tuple[list[str], int | None]:
    """Close a code fence left open so that it cannot swallow the questions after it.

    Returns the lines with a closing fence inserted before the next heading (or
    bold line) after the opening one, and the index of the inserted line.
    """
    source_lines = lines
    open_at: int | None = None
    marker = ""
    held = 0  # the indent of the open fence when a list item holds it, else 0
    index = -1
    while (index := index + 1) < len(lines):
        line = lines[index]
        if held and line.strip() and _indent(line) < held:
            if (closing := _item_fence_close(lines, index, held)) is not None:
                # code pasted without the item's indent and closed at it: the author's code, inside the fence
                # (every line indented alike, so that the code keeps its own indents)
                end = closing + (not _indent(lines[closing]))  # (a closing fence at the margin is indented too)
                if lines is source_lines:
                    lines = list(lines)  # (the caller's list is left as it was; one copy, however many fences)
                lines[index:end] = [" " * held + text if text.strip() else text for text in lines[index:end]]
                problems.append(Problem(index + 1, "code in a list item's fence written without the item's indent: "
                                                   "read inside the fence"))
                index = closing - 1  # on to the closing fence
                continue
            open_at, held = None, 0  # the list item holding the fence ends here, and the fence with it
        match = _FENCE.match(line)
        if match is None and line[:4] == "    " and (match := _ITEM_DEEP_FENCE.match(line)) is not None and not (
                held if open_at is not None else _item_fence(lines, index)):
            match = None  # (four spaces in: a fence only inside a list item, else indented code)
        if not match:
            continue
        fence = match.group(1)
        if open_at is None:
            open_at, marker, held = index, fence, _item_fence(lines, index)
        elif fence[0] == marker[0] and len(fence) >= len(marker) and not line.strip()[len(fence):].strip():
            open_at, held = None, 0
    if open_at is None:
        return lines, None
    if stray := _stray_fences(lines):
        lines = ["" if index in stray else line for index, line in enumerate(lines)]
        problems.append(Problem(min(stray) + 1, "a bare code fence right over another that names its language: "
                                                "dropped, so that it opens no code"))
        return close_unclosed_fences(lines, problems)
    if (nested := _nested_fences(lines)) is not None:
        widened = list(lines)
        for opened, closed, width in nested:
            for index in (opened, closed):
                line = widened[index]
                indent = len(line) - len(line.lstrip())
                rest = line[indent:]
                marks = len(rest) - len(rest.lstrip(rest[0]))  # the fence's backticks or tildes
                widened[index] = line[:indent] + rest[0] * width + rest[marks:]
        inner = next(i for i in range(nested[0][0] + 1, len(lines)) if _FENCE.match(lines[i]))
        problems.append(Problem(inner + 1, "a code fence written inside another with the same backticks: "
                                           "read as nested (the outer one widened)"))
        return widened, None
    problems.append(Problem(open_at + 1, "unclosed code fence (closed before the next heading or question)"))
    for index in range(open_at + 1, len(lines)):
        if _HEADING_OR_BOLD.match(lines[index]) or (
                _NUMBERED_QUESTION_LINE.match(lines[index]) and not lines[index - 1].strip()):
            return [*lines[:index], marker, *lines[index:]], index
    return [*lines, marker], len(lines)


# "3. What is structured concurrency?" after a blank line: the document's next question, which no code holds
_NUMBERED_QUESTION_LINE = re.compile(r"^ {0,3}(?:\d{1,3}[.)]|Q\d{1,3}[:.)]) +[A-Z][^\n]{2,300}[?？]\s*$")
_ITEM_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _item_fence(lines: list[str], opening: int) -> int:
    """The indent of the fence opened at ``opening`` when a list item holds it ("2. Output:" over "   ```json"),
    else 0: a line indented less than it ends the item, and the fence with it."""
    indent = _indent(lines[opening])
    if not indent:
        return 0
    for index in range(opening - 1, max(-1, opening - 200), -1):
        line = lines[index]
        if line.strip() and _indent(line) < indent:
            return indent if _ITEM_LINE.match(line) else 0
    return 0


def _item_fence_close(lines: list[str], start: int, indent: int) -> int | None:
    """The line of a bare fence at ``indent`` (or at the margin) that closes a list item's fence after code written
    from ``start`` without the item's indent, before any heading or list item; None when there is none."""
    for index in range(start, min(len(lines), start + 500)):
        line = lines[index]
        if line.startswith("#") or (_ITEM_LINE.match(line) and _indent(line) < indent):
            return None
        if (match := _FENCE.match(line)) is not None:
            # (closed at the margin, "    ```" over code and "```": the author's fence all the same)
            return index if _indent(line) in (indent, 0) and not line[match.end():].strip() else None
    return None


def _stray_fences(lines: list[str]) -> set[int]:
    """Bare fences that would open code right over a fence naming its language ("```" over "```yaml"): a slip
    left by an edit, the second fence being the code's own. Read as written, the bare one opens and every fence
    after it turns inside out."""
    stray: set[int] = set()
    marker = ""  # the open fence's backticks or tildes ("" when none is open)
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if match is None:
            continue
        fence, info = match.group(1), line[match.end():].strip()
        if marker:
            if not info and fence[0] == marker[0] and len(fence) >= len(marker):
                marker = ""
            continue
        following = _FENCE.match(lines[index + 1]) if index + 1 < len(lines) else None
        if (not info and following is not None and lines[index + 1][following.end():].strip()
                and _indent(lines[index + 1]) == _indent(line)):
            stray.add(index)
            continue
        marker = fence
    return stray


def _nested_fences(lines: list[str]) -> list[tuple[int, int, int]] | None:
    """The fences that hold another fence, as their author meant them: an opening fence with a language
    ("```python") inside an open fence opens one more, which the next bare fence closes (a Markdown reader
    closes the outer one there instead, and every fence after it turns inside out). Each as (opening line,
    closing line, backticks it needs to hold the one inside); None when reading them so leaves a fence
    open too, or nothing nests."""
    stack: list[tuple[int, str, int]] = []  # open fences, outermost first: (line, fence, widest fence inside)
    nested: list[tuple[int, int, int]] = []
    held = 0  # as in close_unclosed_fences
    fences = [(index, match) for index, line in enumerate(lines) if (match := _FENCE.match(line)) is not None]
    for at, (index, match) in enumerate(fences):
        line = lines[index]
        if held and at and any(text.strip() and _indent(text) < held for text in lines[fences[at - 1][0] + 1:index]):
            stack, held = [], 0
        fence = match.group(1)
        info = line[match.end():].strip()
        if not stack:
            stack.append((index, fence, 0))
            held = _item_fence(lines, index)
        elif info and fence[0] == stack[-1][1][0]:
            stack.append((index, fence, 0))
        elif not info and fence[0] == stack[-1][1][0] and _indent(line) > _indent(lines[stack[-1][0]]) and (
                at + 1 < len(fences) and _indent(lines[fences[at + 1][0]]) == _indent(line)
                and not lines[fences[at + 1][0]].strip().strip(fence[0])):
            # a bare fence indented deeper than the open one, and the next fence at its indent: an example
            # written inside the code, indented with it ("```" over "   ```" … "   ```" … "```")
            stack.append((index, fence, 0))
        elif not info and fence[0] == stack[-1][1][0] and len(fence) >= len(stack[-1][1]):
            opened, own, inside = stack.pop()
            width = max(inside + 1, len(own)) if inside else len(own)  # what this fence is written with now
            if inside:
                nested.append((opened, index, width))
            if stack:
                stack[-1] = (stack[-1][0], stack[-1][1], max(stack[-1][2], width))
    if held and fences and any(text.strip() and _indent(text) < held for text in lines[fences[-1][0] + 1:]):
        stack = []  # the list item holding the last fence ends after it, and the fence with it
    if stack or not nested:
        return None
    return nested


def _answer_box(match: re.Match[str], lines: list[str], index: int) -> bool:
    """Whether a collapsed box of another kind ('???+ note "How is the model matrix derived?"') holds a question's
    answer: its title asks, or what it holds opens with an answer's label ("**Answer:**")."""
    title = (match.group(4) or "").rstrip()
    return match.group(2).startswith("???") and bool(title) and (
        title.endswith(("?", "？")) or _ANSWER_PARAGRAPH.match(_next_content(lines, index + 1).strip()) is not None)


def _answer_box_after(lines: list[str], start: int) -> tuple[str, int] | None:
    """What the box right after line ``start`` holds, and where it ends, when it is an answer's box ('??? answer',
    '??? success "Answer"'); None when no such box follows."""
    at = next((i for i in range(start, min(start + 3, len(lines))) if lines[i].strip()), None)
    match = _ADMONITION.match(lines[at]) if at is not None and len(lines[at]) <= 2000 else None
    if match is None or not generic_summary(match.group(4) or match.group(3)):
        return None
    return _box_body(lines, at, len(match.group(1)))


def _box_body(lines: list[str], at: int, indent: int) -> tuple[str, int]:
    """What the box opening on line ``at`` holds (its lines indented deeper than ``indent``), and where it ends."""
    end = at + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
        end += 1
    while end > at + 1 and not lines[end - 1].strip():
        end -= 1
    return textwrap.dedent("\n".join(lines[at + 1:end])).strip(), end


def _next_content(lines: list[str], start: int) -> str:
    """The first line from ``start`` with something on it ("" when there is none within a few lines)."""
    return next((line for line in lines[start:start + 3] if line.strip()), "")


def _question_and_answer_tabs(body: str) -> tuple[str, str]:
    """The question and answer of a box made of MkDocs content tabs, '=== "Question"' over the question and
    '=== "Answer"' over its answer (labels in any language labels.py knows); ("", "") for other tabs."""
    tabs: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in body.split("\n"):
        if tab := _TAB.match(line):
            label = tab.group(1).strip()
            kind = ("q" if _QUESTION_TAB.match(label) else "a" if _ANSWER_TAB.match(label) else "")
            current = tabs.setdefault(kind, []) if kind and kind not in tabs else None
        elif current is not None:
            current.append(line)
    if "q" not in tabs:
        return "", ""
    question = " ".join(_TAB_HEADING.sub("", line.strip()) for line in tabs["q"] if line.strip())
    return question, textwrap.dedent("\n".join(tabs.get("a", []))).strip()


# A pandoc fenced div: ":::::::::: question ::::::::::" opens one, ":::" alone closes the innermost
_DIV_FENCE = re.compile(r"^ {0,3}:{3,}[ \t]*(?:\{[ \t]*(?:#[\w-]+[ \t]+)?\.?([\w-]+)[^}]*\}|([\w-]+))?[ \t]*:*[ \t]*$")
_QUESTION_DIV_ANYWHERE = re.compile(r"^ {0,3}:{3,}[ \t]*\{?[ \t]*\.?question\b", re.IGNORECASE | re.MULTILINE)
_CHECKBOX_OPTION = re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s")
_LABELLED_DIVS = frozenset(("hints", "hint", "explanation", "feedback", "note", "notes"))
_BOLD_SPAN = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")


def _question_divs(lines: list[str]) -> int:
    """Write each pandoc question div (":::: question", its prompt, "- [x]" options and a "::: hints" div) as a
    heading over its options and a "**Hints:**" label, line for line, the fences blank; how many there were."""
    stack: list[str] = []  # the names of the divs open, the innermost last ("" for one with no name)
    opened: list[int] = []  # the line each open div starts at
    count = 0
    comment: int | None = None  # the line an HTML comment open here opened at
    labels: set[int] = set()  # the lines of the labels made of nested divs' openings ("**Hints:**")
    for index, line in _outside_fences(lines):  # (a ":::" line in a code block is code)
        if comment is None and line.lstrip().startswith("<!--") and "-->" not in line:
            comment = index
        elif comment is not None and "-->" in line:
            if any(_QUESTION_DIV_ANYWHERE.match(lines[at]) for at in range(comment, index)):
                lines[comment:index + 1] = [""] * (index + 1 - comment)  # a question the author left out, hidden
            comment = None
        if comment is not None or ":::" not in line[:8] or (fence := _DIV_FENCE.match(line)) is None:
            continue
        name = (fence.group(1) or fence.group(2) or "").lower()
        if name == "question" and stack and stack[-1] == "question":
            # the one before never closed: it ends where the next begins
            stack.pop()
            count += _prompt_as_heading(lines, opened.pop() + 1, index, labels)
        if name:
            stack.append(name)
            opened.append(index)
            # (a nested div of hints or feedback says what it holds; a solution's, an answer's or a callout's is
            # the answer as it stands)
            lines[index] = (f"**{name.capitalize()}:**" if len(stack) > 1 and stack[-2] == "question"
                            and name in _LABELLED_DIVS else "")
            if lines[index]:
                labels.add(index)
            continue
        if not stack:
            continue
        closed, start = stack.pop(), opened.pop()
        lines[index] = ""
        if closed == "question" and _prompt_as_heading(lines, start + 1, index, labels):
            count += 1
    if stack and stack[-1] == "question":  # the last one never closed: it ends with the document
        count += _prompt_as_heading(lines, opened[-1] + 1, len(lines), labels)
    return count


def _prompt_as_heading(lines: list[str], start: int, end: int, labels: set[int]) -> bool:
    """The lines of a question div before its first option (its prompt; without options, its first paragraph)
    made one heading; whether it had one."""
    for at in range(start, end):
        lines[at] = lines[at].replace("[\xa0]", "[ ]")  # an unticked box typed with a no-break space
    # (the prompt ends at its options, a code block it shows, or a nested div's label: "**Hints:**")
    stop = next((at for at in range(start, end) if _CHECKBOX_OPTION.match(lines[at]) or _FENCE.match(lines[at])
                 or at in labels), end)
    said = [at for at in range(start, stop) if lines[at].strip()]
    heading_at = said[0] if said else start - 1
    if not said and stop < end and _FENCE.match(lines[stop]):
        # the code first, then what it asks ("What does this print?"): the heading goes over the code
        close = next((at for at in range(stop + 1, end) if _FENCE.match(lines[at])), end)
        after = next((at for at in range(close + 1, end) if lines[at].strip()), end)
        said = [at for at in range(after, next((at for at in range(after, end) if not lines[at].strip()
                                                  or _CHECKBOX_OPTION.match(lines[at]) or at in labels), end))]
    if said and not any(_CHECKBOX_OPTION.match(lines[at]) for at in range(said[-1] + 1, end)):
        # no ticked or unticked options: its first paragraph asks, the rest (lettered options too) answers
        said = [at for at in range(said[0], next((at for at in range(said[0], end) if not lines[at].strip()), end))]
    if not said:
        return False
    paragraphs: list[list[str]] = []
    for at in range(said[0], said[-1] + 1):
        if not lines[at].strip():
            paragraphs.append([])
        elif not paragraphs or not paragraphs[-1]:
            paragraphs.append([lines[at].strip()])
        else:
            paragraphs[-1].append(lines[at].strip())
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if len(paragraphs) > 1 and _INSTRUCTION.match(paragraphs[0][0]):
        paragraphs.append(paragraphs.pop(0))  # "Answer TRUE or FALSE." over the statement: the statement first
    # (labelled, unless it is: a statement to judge true or false is as much a question as one that asks; its
    # bold goes, the heading shows it large)
    prompt = _BOLD_SPAN.sub(r"\2", " ".join(line for paragraph in paragraphs for line in paragraph))
    for at in range(said[0], said[-1] + 1):
        lines[at] = ""
    heading_at = min(heading_at, said[0])  # (over the code it asks about: the div's opening line, blank now)
    lines[heading_at] = "###### " + (prompt if read_title(prompt).labelled else f"Question: {prompt}")
    return True


_BOX_CLASS_ANYWHERE = re.compile(r"<div\b[^\n]{0,300}?class\s*=\s*[\"'][^\"'<>\n]{0,200}question", re.IGNORECASE)
_INSTRUCTION = re.compile(r"^(?:answer|choose|select|pick|mark|decide|circle)\b", re.IGNORECASE)


def _take_admonitions(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str, bool]]]:
    """Cut ``??? question "…"`` blocks out (blanking their lines); return (lines, [(line, title, answer, tabs)])."""
    found: list[tuple[int, str, str, bool]] = []
    out = lines
    index = 0
    while index < len(lines):
        line = lines[index]
        match = _ADMONITION.match(line) if len(line) <= 2000 and ("?" in line[:40] or "!" in line[:40]) else None
        if not match or (match.group(3).lower() not in _QUESTION_ADMONITIONS and not _answer_box(match, lines, index)) or (
                not match.group(4) and not _TAB.match(_next_content(lines, index + 1))):
            index += 1
            continue
        if out is lines:
            out = list(lines)
        body, end = _box_body(lines, index, len(match.group(1)))
        title = match.group(4)
        if not title:  # '!!! Question ""' holding content tabs: '=== "Question"' and '=== "Answer"'
            title, body = _question_and_answer_tabs(body)
        elif not body and (answered := _answer_box_after(lines, end)) is not None:
            body, end = answered  # '!!! question "…"' alone, its answer in the '??? answer' box right under it
        if title:
            found.append((index, title, body, not match.group(4)))
        for blank in range(index, end):
            out[blank] = ""
        index = end
    return out, found


def _blocks_and_candidates(source: Source, *, keep_all: bool = False) -> tuple[list[Block], Candidates]:
    """The blocks with a placeholder block per admonition, and the candidates of them all."""
    blocks = scan_blocks(source.lines, limit=MAX_BLOCKS)
    _answers_between_rules(blocks, source.lines)
    _prose_over_rules(blocks, source.lines)
    if len(blocks) >= MAX_BLOCKS:
        stop = blocks[-1].end
        source.problems.append(Problem(source.file_line(stop), f"stopped reading here: more than {MAX_BLOCKS:,} blocks"))
        source.lines = source.lines[:stop]
        source.admonitions = [a for a in source.admonitions if a[0] < stop]
    if source.admonitions:
        starts = [b.start for b in blocks]
        for line, _title, _answer, _tabs in reversed(source.admonitions):
            at = bisect.bisect_left(starts, line)
            depth = blocks[at - 1].depth if at and blocks[at - 1].end > line else 0
            blocks.insert(at, Block("admonition", line, line + 1, depth))
    return blocks, _candidates(source, blocks, keep_all=keep_all)


def _candidates(source: Source, blocks: list[Block], *, keep_all: bool = False) -> Candidates:
    """The candidates of ``blocks`` (all of the document's, or one part's), admonitions' among them."""
    candidates = find_candidates(blocks, source.lines, keep_all=keep_all, breaks=source.conflicts)
    if source.admonitions:
        by_line = {line: (title, answer) for line, title, answer, _tabs in source.admonitions}
        for index, block in enumerate(blocks):
            if block.kind == "admonition":
                title, answer = by_line[block.start]
                add(candidates, admonition_candidate(index, block.start, title, answer, block.depth,
                                                     component=block.start in source.component_lines,
                                                     html_box=block.start in source.html_box_lines,
                                                     prompt=source.box_prompts.get(block.start, "")),
                    keep_all=keep_all)
        candidates.found.sort(key=lambda c: c.index)
    return candidates


MAX_PARTS = 12  # documents one file holds, one under each top-level title; more such titles are sections
# The title of a document of questions ("# Palo Alto Firewall Interview Questions & Answers"), not of a section
# of one ("# Key Takeaways", "# PART 2: Prometheus")
_QUESTIONS_DOCUMENT = re.compile(r"\b(?:interview|questions|q ?& ?a|faqs?)\b", re.IGNORECASE)


def _by_parts(source: Source, blocks: list[Block], whole: Detection) -> Detection | None:
    """The questions of a file that holds several documents of questions one after another, each in its own
    layout ("### 1. …" headings in one, "## 1. …" in the next, a list in the last) and each after the first under
    its own ``#`` title, each part read on its own; None where the file reads as well as one document (or holds one)."""
    titles = [index for index, block in enumerate(blocks)
              if block.kind == "heading" and block.level == 1 and not block.depth and not block.quoted
              and _QUESTIONS_DOCUMENT.search(block.text[:200]) and strength(block.text[:200]) != QUESTION
              and not advice_heading(block.text)]  # ("# Interview Tips & Tricks" closes the questions with advice)
    # The first heading is the file's own title; a later one naming a document of questions begins another
    first = next((index for index, block in enumerate(blocks) if block.kind == "heading"), None)
    titles = [index for index in titles if index != first]
    if not 1 <= len(titles) <= MAX_PARTS:
        return None
    bounds = [0, *titles, len(blocks)]
    parts: list[tuple[int, Detection]] = []
    for start, end in itertools.pairwise(bounds):
        part = detect(blocks[start:end], source.lines, _candidates(source, blocks[start:end]))
        end_line = blocks[end].start if end < len(blocks) else len(source.lines)
        for question in part.questions:
            question.index += start
            if question.part_title is not None:
                question.part_title += start
        part.ends = [min(line, end_line) for line in part.ends]
        if len(part.questions) < PART_QUESTIONS_MIN and all(
                q.in_item and q.depth >= 2 and not any(source.lines[at].strip() for at in range(q.body, end))
                for q, end in zip(part.questions, part.ends, strict=True)):
            # a document of notes whose only lines that ask are a few nested items with nothing under them ("Each
            # member answers:" over "1. What did I do yesterday?"): points of its text, no questions
            part = Detection([], [], part.layout)
        parts.append((start, part))
    layouts = {tuple(c.name for c in part.layout.chosen) for _start, part in parts if part.questions}
    found = sum(len(part.questions) - len(part.merged) for _start, part in parts)
    if len(layouts) < 2 or found <= len(whole.questions) - len(whole.merged):
        return None  # one layout throughout, or no more questions: the reading of the whole, which sees all of it, stands
    questions: list[Candidate] = []
    ends: list[int] = []
    sections: list[tuple[int, int]] = []
    merged: set[int] = set()
    chosen: dict[str, PatternChoice] = {}
    later = [str(source.file_line(blocks[start].start)) for start, _part in parts[1:]]
    notes = [f"read {len(parts)} documents one after another, each under its own `#` title and in its own layout "
             f"(the {'second begins at line' if len(later) == 1 else 'others begin at lines'} {', '.join(later)})"]
    for _start, part in parts:
        merged |= {len(questions) + at for at in part.merged}
        questions += part.questions
        ends += part.ends
        sections += part.answer_sections
        for choice in part.layout.chosen:
            chosen.setdefault(choice.name, choice)
        notes += part.layout.notes
    layout = Layout(max(part.layout.seen for _start, part in parts), list(chosen.values()), notes=notes)
    return Detection(questions, ends, layout, sections, merged, [start for start, _part in parts[1:]])


LONE_LABEL_CHARS = 8  # "A123." at most
PART_QUESTIONS_MIN = 4  # nested items that ask, all a document part asks, for them to be questions

_DASH_UNDERLINE = re.compile(r" {0,3}-+[ \t]*$")
RULED_QUESTIONS = 2  # questions written straight between two rules before a document counts as written so


def _setext_dash(block: Block, lines: list[str]) -> bool:
    """A heading Markdown made of a paragraph and the ``---`` under it (a setext heading)."""
    return (block.kind == "heading" and block.level == 2 and block.end - block.start >= 2
            and _DASH_UNDERLINE.match(lines[block.end - 1]) is not None)


def _answers_between_rules(blocks: list[Block], lines: list[str]) -> None:
    """Questions and answers split by ``---`` lines with no blank line around them, as a rule between cards
    ("---", "What is a Pod?", "---", "A Pod is …", "---"): Markdown reads each text over a rule as a
    heading. Where a document writes its questions so, a heading of that kind that does not ask is the
    answer text it was written as, where it touches such a question (a section's title stands apart).
    """
    ruled = [index for index, block in enumerate(blocks)
             if _setext_dash(block, lines) and index + 1 < len(blocks) and blocks[index + 1].start == block.end
             and strength(read_title(block.text).text) == QUESTION]
    if len(ruled) < RULED_QUESTIONS:
        return
    asking = set(ruled)
    for index, block in enumerate(blocks):
        if not _setext_dash(block, lines) or index in asking:
            continue
        # right under a ruled question's rule, or right over the next ruled question: no blank line between
        touching = (index and index - 1 in asking and blocks[index - 1].end == block.start) or (
            index + 1 < len(blocks) and index + 1 in asking and blocks[index + 1].start == block.end) or (
            index + 1 == len(blocks) and index > ruled[0])  # the last card's last paragraph: no title ends a file
        if touching and strength(read_title(block.text).text) != QUESTION:
            block.kind, block.level = "paragraph", 0



PROSE_TITLE_WORDS = 12  # a longer line over "---" is a sentence, not a section's title


def _prose_over_rules(blocks: list[Block], lines: list[str]) -> None:
    """Answers that end right over a ``---`` meant as a rule between cards ("… to native components." over
    "---", then the next question): Markdown reads the answer's last paragraph as a heading. One that reads as
    prose (more than one line, a sentence's end, or more words than a title has) and asks nothing with a
    question mark is the paragraph it was written as."""
    for index, block in enumerate(blocks):
        if _setext_dash(block, lines) and "?" not in block.text and (
                block.end - block.start > 2 or block.text.rstrip(" *_").endswith((".", "!", "。"))
                or len(block.text.split()) > PROSE_TITLE_WORDS) and not (
                block.start and _DASH_UNDERLINE.match(lines[block.start - 1]) and index + 1 < len(blocks)
                and blocks[index + 1].start == block.end and strength(read_title(block.text).text) == QUESTION):
            block.kind, block.level = "paragraph", 0  # (a card's question between two rules stays one)


def _build_questions(source: Source, blocks: list[Block], detection: Detection, pack: str,
                     topics: dict[int, str] | None, problems: ProblemLog) -> list[Question]:
    numbers = _use_numbers(blocks, detection.questions)
    found_topics = _topics(blocks, detection)
    questions: list[Question] = []
    seen_ids: set[str] = set()
    subs = 0  # sub-questions ("4a") so far
    links = 0  # answers that only point at links
    seen_titles: dict[str, int] = {}  # a question's words (with what it shows) -> where it was first asked
    asked_again: dict[str, list[int]] = {}  # the same -> the positions of each question asking it, when several do
    first_title: dict[str, str] = {}  # an answer -> the first question it answers
    shared: set[str] = set()
    top_depth = min((q.depth for q in detection.questions), default=0)
    first_numbers: dict[int, int | None] = {}  # per list: the number its first question item carries
    restarting: set[int] = set()  # nested lists of sub-questions numbered from 1 again, each by design
    heading_only: list[tuple[int, int]] = []  # (position, line) of answers that are only a heading
    bare: set[int] = set()  # positions of short answers written as bare lines, in a layout of bare lines
    listed = _answers_under_lists(blocks, detection, source)
    if listed:
        detection.layout.notes.append(f"gave {len(listed)} questions listed together the one answer written under "
                                      "their list ('Expected approach: …')")
    after_mark = _answers_after_the_mark(source, detection)
    if after_mark:
        detection.layout.notes.append(f"read {len(after_mark)} questions answered on their own line, after the "
                                      "question mark ('What are calendar resources? Bookable rooms')")
    for position, (draft, end) in enumerate(zip(detection.questions, detection.ends, strict=True), start=1):
        if position - 1 in after_mark:
            asked, answer = after_mark[position - 1]
            draft.title = Title(asked, draft.title.number, draft.title.prefix, draft.title.labelled, draft.title.mark)
            cleaned = clean_answer([answer])
        elif draft.answer is not None:
            cleaned = clean_answer(draft.answer.split("\n"), assembled=True, choices_shown=bool(draft.prompt))
            cleaned.prompt = draft.prompt  # a quiz's options, where the layout gave them apart
            if draft.component and cleaned.text in ("", draft.answer.strip()) and (
                    f"- {_symbols_as_code(draft.answer.strip())}" in draft.prompt.split("\n")):
                cleaned = CleanAnswer(_symbols_as_code(draft.answer.strip()), prompt=draft.prompt)  # "<<", "()": an option
        else:
            cleaned = clean_answer(_item_lines_out(draft, source.lines, end), draft.lead,
                                   last=position == len(detection.questions), code=_code_asked(draft),
                                   leads_in=draft.title.text.endswith((":", "：")), output_asked=asks_output(draft.title.text),
                                   chooses=draft.title.text[:5].lower() == "which")
        if draft.prompt and draft.answer is None and not cleaned.prompt:
            cleaned.prompt = draft.prompt  # a recipe's problem, written under its title
        if (draft.title.number is not None and len(cleaned.text) <= LONE_LABEL_CHARS
                and cleaned.text.strip().upper() in (f"A{draft.title.number}.", f"A{draft.title.number})")):
            cleaned = CleanAnswer("", "stub")  # "Q3. …" over "A3." left unfilled: the label alone ("A4." answers Q1)
        if not cleaned.text and position - 1 in listed:
            cleaned = CleanAnswer(listed[position - 1])
        line = source.file_line(draft.line)
        title = draft.title.text
        if cleaned.prompt and _same_words(cleaned.prompt, title):
            cleaned.prompt = ""  # "**Question:** What is a race condition?" under that very title says it again
        if cleaned.text and len(cleaned.text) <= TITLE_ANSWER_CHARS and draft.answer is None and (
                FORMATS[draft.pattern.kind] in _TITLED_FORMATS) and [line.strip() for line in cleaned.text.split("\n")
                                                                    if line.strip()] == [
                line.strip() for line in source.lines[draft.body:max(draft.body, end)] if line.strip()]:
            bare.add(len(questions))  # written as it stands, no label taken off: it may be a section's title
        if (draft.answer is None and position < len(detection.questions) and cleaned.text and "\n" not in cleaned.text
                and _label_alone(cleaned.text, source.lines[detection.questions[position].line - 1].strip() != "")
                and sum(1 for line in source.lines[draft.body:max(draft.body, end)] if line.strip()) == 1):
            # "𝐀𝐝𝐯𝐚𝐧𝐜𝐞𝐝:" between two questions: the label of the group the next one opens
            cleaned.text, cleaned.verdict = "", "label-only"
        if (cleaned.text and draft.in_item and draft.answer is None
                and only_questions_listed(cleaned.text.split("\n"), title)):
            cleaned.text, cleaned.verdict = "", "follow-ups"  # "18. What are the options?" over "* How to …?" items
        if cleaned.verdict == "heading-only":
            heading_only.append((len(questions), line))  # decided below, once it is known how many there are
            cleaned.verdict = ""
        if cleaned.text and position - 1 not in listed:  # (one answer for a list is theirs, not a note)
            seen = first_title.setdefault(cleaned.text, title)
            if seen is not title and _may_be_a_note(cleaned.text) and not _same_question(seen, title):
                shared.add(cleaned.text)
        for image in cleaned.images:
            problems.add(source.file_line(draft.body + image), "image left out of the answer")
        if cleaned.verdict:
            problems.add(line, f"{_VERDICTS[cleaned.verdict]}: {title[:60]}")
            links += cleaned.verdict == "link-only"
        number = draft.title.number if numbers and draft.title.number is not None else position
        qid = f"{pack}#{number}"
        if numbers and draft.sub:
            # "4a", "2.1": the number of the question it is under, then its own
            number, qid = int(draft.sub.partition(".")[0].rstrip("abcdefghijklmnopqrstuvwxyz")), f"{pack}#{draft.sub}"
        item = blocks[draft.index].item if draft.in_item else None
        if item is not None:
            first_numbers.setdefault(item.list_id, item.number)
        if qid in seen_ids:
            if item is not None and draft.depth > top_depth and first_numbers[item.list_id] == 1:
                restarting.add(item.list_id)  # "1." under every topic item: the numbering starts again on purpose
            else:
                problems.add(line, f"question number {number} used twice", "question number used twice")
            qid = f"{pack}#{number}.{position - subs}"  # counted without sub-questions: ids stay when they are added
        seen_ids.add(qid)
        subs += bool(draft.sub)
        key = f"{title}\n{cleaned.prompt}".casefold() if cleaned.prompt else title.casefold()
        alike = seen_titles.get(title.casefold())  # the same words, one of the two with nothing shown under it
        if key not in seen_titles and alike is not None and (not cleaned.prompt or not questions[alike].prompt):
            key = f"{title}\n{questions[alike].prompt}".casefold() if questions[alike].prompt else title.casefold()
        if key in seen_titles:  # ("What's the output?" over another snippet asks anew)
            first = seen_titles[key]
            asked_again.setdefault(key, [first]).append(len(questions))
            problems.add(line, f"duplicate question (same as line {questions[first].line})", "duplicate question")
        else:
            seen_titles[key] = len(questions)
            seen_titles.setdefault(title.casefold(), len(questions))
        topic = (topics or {}).get(number) or found_topics[position - 1] or "General"
        questions.append(Question(qid, pack, number, title, cleaned.text, topic, line, (FORMATS[draft.pattern.kind],),
                                  prompt=cleaned.prompt))
    if restarting:
        detection.layout.notes.append(f"numbering starts again at 1 in {len(restarting)} nested list"
                                      f"{'s' if len(restarting) != 1 else ''} of sub-questions: their ids "
                                      "go by position")
    first = detection.questions[0].line if detection.questions else 0
    # a title over the first question, maybe with a caption under it; "#Beginner" (no space) is no heading, but a title
    above = [_UNSPACED_HASHES.sub("", line.strip()) for line in source.lines[max(0, first - TITLE_LINES - 1):first]
             if line.strip()]
    titled = bool(above) and (_title_line(above[-1]) or len(above) >= 2 and _CAPTION.match(above[-1]) is not None
                              and _title_line(above[-2]))
    if bare and titled and (titles := _section_titles(questions, bare)):
        detection.layout.notes.append(f"read {len(titles)} short line{'s' if len(titles) != 1 else ''} between "
                                      "unanswered questions as section titles, not answers ('Medium (15)')")
        for index in titles:
            questions[index] = replace(questions[index], answer="")
    if (len(questions) >= LIST_NOTE_MIN and questions[-1].answer and not any(q.answer for q in questions[:-1])
            and _ABOUT_THE_LIST.search(questions[-1].answer)):
        # "In a second part to this post, I will provide my own answers to these questions": under the last of a
        # list of unanswered questions, a note on the list, not that question's answer
        problems.add(questions[-1].line, f"{_VERDICTS['list-note']}: {questions[-1].title[:60]}")
        questions[-1] = replace(questions[-1], answer="")
    if heading_only and (len(heading_only) == 1 or len(heading_only) * HEADING_ANSWERS_SHARE <= len(questions)):
        # The exception, not the document's way of answering ("### O(log n)" under every question)
        for index, line in heading_only:
            if said_as_heading(questions[index].answer):
                continue  # a sentence set as a heading: the answer's prose
            problems.add(line, f"{_VERDICTS['heading-only']}: {questions[index].title[:60]}")
            questions[index] = replace(questions[index], answer="")
    if links:
        detection.layout.notes.append(f"{links} answer{'s' if links != 1 else ''} only point at links (a reading list): "
                                      "counted as unanswered")
    if shared:
        _drop_shared_answers(questions, shared, problems)
    if chosen := _letters_after_the_mark(questions):
        detection.layout.notes.append(f"took the option letter written after the question mark ('…？ ( D )') as the "
                                      f"answer of {chosen} questions")
    if lettered := _letter_labelled_answers(questions, problems):
        detection.layout.notes.append(f"took the label 'A.' off {lettered} answers written 'A. …' (the answer's label, "
                                      "as 'A:' is; no options follow it)")
    if templated := _drop_template_answers(questions, problems):
        detection.layout.notes.append(f"{templated} answers are only the text found under every question "
                                      f"(a template): not answers")
    if any(marks := talking_points([question.answer for question in questions])):
        for index, marked in enumerate(marks):
            if marked:
                questions[index] = replace(questions[index], talking_points=True)
        count = sum(marks)
        detection.layout.notes.append(f"read the text under {count} question{'s' if count != 1 else ''} as talking "
                                      "points (what to cover, not an answer): kept, and counted as unanswered")
    if asked_again and (merged := _merge_asked_again(questions, list(asked_again.values()), detection, top_depth,
                                                     problems)):
        detection.layout.notes.append(f"merged {merged} question{'s' if merged != 1 else ''} asked again word for word "
                                      "(each kept once, with every answer its copies give)")
    return questions


# "**Expected approach**:", "Model answer:", "Answer:": the label of one answer under a list of questions
# ("Approach:" alone, in a prep guide, is how to go about such questions, not an answer to them)
# (and "Answers:" alone over paragraphs is a key to be matched one by one, or advice: the answer starts on its line)
# ("## Answers" is a key, answering each question by its number or place, not one answer shared by a list)
_LIST_ANSWER_HEADING = re.compile(r"^\W*(?:how to (?:answer|respond|approach)(?: (?:them|it|this|these(?: questions)?))?|"
                                  r"(?:expected|suggested|ideal) approach)\W*$", re.IGNORECASE)
_LIST_ANSWER = re.compile(r"^[\s*_]*(?:(?:expected|suggested|sample|model|ideal|possible)\s+"
                          r"(?:approach|answer|solution|response)|answer|solution)[\s*_]*[:：][\s*_]*(?=\S)",
                          re.IGNORECASE)


AFTER_MARK_ANSWERS = 3  # questions answered after their mark on their own line, for a document to be written so
# "… components? Provide a practical example.": what the question asks for besides, no answer
_ASKS_MORE = re.compile(r"^(?:provide|share|give|include|cite|mention|illustrate|justify|support|back)\b", re.IGNORECASE)
# "(Choose 2)" right after the mark belongs to the question
_CHOOSE_NOTE = re.compile(r"^\((?:choose|select|pick)\b[^()]{0,20}\)\s*", re.IGNORECASE)


_STATUS_TAG = re.compile(r"[?？][\s*_]*[-–—|:]?\s*`[^`\n]{1,40}`\s*(?:\(\S*\))?[\s*_]*$")  # "? - `Not clear`(url)"


def _answers_after_the_mark(source: Source, detection: Detection) -> dict[int, tuple[str, str]]:
    """Questions with nothing under them whose line goes on after the question mark with a statement ("What are
    calendar resources? Bookable equipment, rooms"): where at least three are so, and they are at least two in three
    of those with nothing under them, what follows the mark is the answer. By position: (the question, its answer)."""
    found: dict[int, tuple[str, str]] = {}
    bare = 0
    # (a cheap look first: most titles end at their mark, or hold none)
    if sum(1 for draft in detection.questions if "? " in draft.title.text or "？ " in draft.title.text) < AFTER_MARK_ANSWERS:
        return found
    for position, (draft, end) in enumerate(zip(detection.questions, detection.ends, strict=True)):
        if draft.answer is not None or draft.lead or any(line.strip() for line in source.lines[draft.body:end]):
            continue
        bare += 1
        text = draft.title.text
        mark = max(text.rfind("?"), text.rfind("？"))
        if mark < 0 or mark + 1 == len(text) or not text[mark + 1].isspace():
            continue
        asked, answer = text[:mark + 1], text[mark + 1:].strip()
        if (note := _CHOOSE_NOTE.match(answer)) is not None:
            asked, answer = f"{asked} {note.group(0).strip()}", answer[note.end():]
        if (not any(char.isalnum() for char in answer) or answer[:1] in "([" or strength(answer) == QUESTION
                or is_request(answer) or _ASKS_MORE.match(answer) or strength(asked) != QUESTION):
            continue
        line = source.lines[draft.line] if draft.line < len(source.lines) else ""
        if "`" in line and _STATUS_TAG.search(line):
            continue  # "What is CORS ? - `completed`": the writer's progress, not an answer
        found[position] = (asked, answer)
    return found if len(found) >= AFTER_MARK_ANSWERS and len(found) * 3 >= bare * 2 else {}


def _answers_under_lists(blocks: list[Block], detection: Detection, source: Source) -> dict[int, str]:
    """Questions listed together, none answered in its item, with one labelled answer right under their list
    ("1. Why immutable images?" … "4. How do you roll back?" over "**Expected approach**: …", as a mock interview
    sets out a scenario): that answer is each one's, written for them together. Returns it by the position of
    each question in ``detection``, and counts its lines as an answer section."""
    drafts = detection.questions
    given: dict[int, str] = {}
    position = 0
    while position < len(drafts):
        first = drafts[position]
        item = blocks[first.index].item if first.in_item else None
        group = [position]
        while item is not None and position + len(group) < len(drafts):
            following = drafts[position + len(group)]
            other = blocks[following.index].item if following.in_item else None
            if other is None or other.list_id != item.list_id:
                break
            group.append(position + len(group))
        position += len(group)
        if item is None or len(group) < 2 or any(
                source.lines[line].strip() for at in group
                for line in range(drafts[at].body, min(detection.ends[at], blocks[drafts[at].index].end))):
            continue
        after = drafts[group[-1]].index + 1
        while after < len(blocks) and blocks[after].depth >= first.depth:
            after += 1  # what the last item holds
        stop = drafts[position].index if position < len(drafts) else len(blocks)
        if after >= stop:
            continue
        if blocks[after].kind == "heading" and _LIST_ANSWER_HEADING.match(plain(blocks[after].text)):
            # "#### How to Answer:" over its points, under "#### Example Questions:" and their list
            end = after + 1
            while end < stop and not (blocks[end].kind == "heading" and blocks[end].level <= blocks[after].level):
                end += 1
            until = blocks[end].start if end < len(blocks) else len(source.lines)
            text = clean_answer(source.lines[blocks[after].end:until]).text
        elif blocks[after].kind == "paragraph" and _LIST_ANSWER.match(blocks[after].text):
            end = after + 1
            while end < stop and blocks[end].kind not in ("heading", "hr"):
                end += 1
            until = blocks[end].start if end < len(blocks) else len(source.lines)
            written = source.lines[blocks[after].start:until]
            text = clean_answer(written[1:], _LIST_ANSWER.sub("", written[0].strip(), count=1)).text
        else:
            continue
        if text:
            given.update(dict.fromkeys(group, text))
            detection.answer_sections.append((blocks[after].start, until))
    return given


LIST_NOTE_MIN = 5  # unanswered questions above a closing note for it to be the list's
_ABOUT_THE_LIST = re.compile(r"\b(?:these|the above|above|all the|those) (?:interview )?questions\b|"
                             r"\banswers to (?:these|them|the above|all)\b|\bmy (?:own )?answers\b", re.IGNORECASE)
TITLE_WORDS = 5  # a section's title written as a plain line ("Medium (15)", "Perguntas técnicas (…)")
TITLE_CHARS = 40
TITLE_ANSWER_CHARS = 200  # longer than a title and a bracketed note under it
# what a section's title says of the questions under it: "These test …", "Questions that …", "For seniors …"
_CAPTION = re.compile(r"(?:these (?:questions )?(?:test|cover|check|assess|focus|go|are for)|this section|"
                      r"questions (?:that|for|on|about))\b", re.IGNORECASE)
_UNSPACED_HASHES = re.compile(r"^#+(?=\w)")
_TITLED_FORMATS = frozenset(("paragraph", "list"))  # layouts of bare lines, where a bare line can be a title
_BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]")
_NOT_IN_TITLES = (",", "，", "、", "://", ": ", "：")
TITLE_LINES = 2  # a title and a subtitle ("Perguntas técnicas" over "Fácil/médio")
TITLES_SHARE = 3  # at most one question in this many is followed by such a line where they are titles
_SENTENCE_ENDS = (".", "?", "!", "。", "？", "！", ":", "：", ";")


LABEL_WORDS = 4  # "Advanced:", "Level 2 - Senior:": a short label over what comes next


def _label_alone(text: str, over_next: bool) -> bool:
    """A short line ending in a colon ("𝐀𝐝𝐯𝐚𝐧𝐜𝐞𝐝:", written in bold letters of its own), or, right over the next
    question (``over_next``: no blank line between), one opening with an emoji and ending no sentence ("🔍 Lexical
    Analysis"): a label. Apart from the question under it, "✅ Yes" is an answer."""
    if len(text) > TITLE_CHARS * 2:
        return False
    line = unicodedata.normalize("NFKC", text).strip(" *_#")
    if over_next and line[:1] and unicodedata.category(line[0]) == "So" and not line.endswith(_SENTENCE_ENDS):
        return 0 < len(line[1:].split()) <= LABEL_WORDS + 2
    return line.endswith((":", "：")) and 0 < len(line[:-1].split()) <= LABEL_WORDS


def _title_line(line: str) -> bool:
    """A line that names a section: a few words (a note in brackets aside), no sentence, list, link or label."""
    if (bold := _WHOLE_BOLD.match(line)) is not None:
        line = bold.group(2).strip()  # "**Development Tools**": set off in bold, a title all the more
    if line.endswith(_SENTENCE_ENDS) or line[:1] in "-*+#>|`<![" or line[:1].isdigit():
        return False  # the common case, a sentence, decided first
    named = _BRACKETED.sub("", line).strip()
    words = [word for word in named.split() if word.casefold() not in TITLE_SMALL_WORDS]  # (they name nothing)
    return (0 < len(words) <= TITLE_WORDS and len(named) <= TITLE_CHARS
            and not any(mark in line for mark in _NOT_IN_TITLES) and strength(line) != QUESTION)


_WHOLE_BOLD = re.compile(r"^(\*\*|__)(?=\S)(.{1,80}?)(?<=\S)\1$")



def _section_titles(questions: list[Question], bare: set[int]) -> list[int]:
    """Positions of questions whose "answer" is a short bare line (``bare``: written as it stands, in a layout of
    bare lines), where such lines are section titles ("Easy (5)" … "Medium (15)"): the caller has seen one over
    the first question; each sits over an unanswered question; a few of them, and no more real answers than
    them. Where most questions are answered so ("K-means clustering"), they are answers."""
    titles, answered = [], 0
    most = len(questions) // TITLES_SHARE  # titles there may be; real answers must not outnumber them
    for position, question in enumerate(questions):
        answer = question.answer.strip()
        if not answer:
            continue
        if len(answer) > TITLE_ANSWER_CHARS or answer.count("\n") >= TITLE_LINES:
            answered += 1
            if answered > most:
                return []
            continue
        lines = [line.strip() for line in answer.split("\n") if line.strip()]
        if position in bare and len(lines) <= TITLE_LINES and _title_line(lines[0]) and (
                len(lines) == 1 or _title_line(lines[1]) or _BRACKETED.fullmatch(lines[1])  # "Hard" over "(…)"
                or _CAPTION.match(lines[1])):  # "🟡 Intermediate" over "These test …"
            titles.append(position)
        else:
            answered += 1
    # each over an unanswered question (or over one whose "answer" is the next title)
    marked = set(titles)
    titles = [p for p in titles if p + 1 < len(questions) and (p + 1 in marked or not questions[p + 1].answer.strip())]
    if not titles or len(titles) * TITLES_SHARE > len(questions) or answered + len(marked) - len(titles) > len(titles):
        return []
    return titles


HEADING_ANSWERS_SHARE = 4  # answers that are only a heading are none where one is, or one in this many at most
NESTED_DEPTH = 2  # a list inside a list: its questions are asked of the item above them
TAKES_APART = "\n\n---\n\n"  # between the answers of copies of one question merged into one
MERGED_MIN_WORDS = 3  # "Why?", "Explain." lean on what is above them: asked twice, they ask two things
# what the question points at ("this query", "the following code"): another thing each time it is asked
_POINTS_AT = re.compile(r"\b(?:this|these|the following|following|below|above|given|этот|этого|эта|этой|эту|этом|"
                        r"следующ\w*|данн\w*|приведённ\w*|приведенн\w*|este|esta|esto|siguiente|ce|cette|suivant\w*|"
                        r"dies\w*|folgend\w*)\b|下面|以下|如下|该|この|次の|다음", re.IGNORECASE)
# what a program prints: asked of code, a question about another program each time it is asked
_ASKS_OUTPUT = re.compile(r"\b(?:output|outputs|print|prints|printed|log|logs|logged|return|returns|выведет|выводит|вывод|"
                          r"вернёт|вернет|возвращает|"
                          r"salida|imprime|sortie|affiche|ausgabe)\b|输出|打印|出力", re.IGNORECASE)


_FIRST_FENCE = re.compile(r"^(```|~~~)[^\n]*\n(.*?)^\1", re.MULTILINE | re.DOTALL)
# an answer opening with code, maybe under a short label ("#### Ví dụ:", "Example:")
_OPENING_CODE = re.compile(r"(?:[^\n]{0,40}[:：][ \t]*\n+)?(?:```|~~~)")


def _own_code_each(answers: Iterable[str]) -> bool:
    """Whether each of ``answers`` shows code, no two the same code first, and most open with it: one question's
    words asked of different code each time ("Kết quả trả về là gì?" over each its own program), not one question
    pasted twice, nor answered twice in prose, each with an example."""
    listed = list(answers)
    shown = [match.group(2).strip() if (match := _FIRST_FENCE.search(answer)) else None for answer in listed]
    opening = sum(1 for answer in listed if _OPENING_CODE.match(answer.lstrip()))
    return None not in shown and len(set(shown)) == len(shown) and opening * 2 >= len(listed)


_ANSWERS_PART = re.compile(r"^\W*(?:answers?(?:\s+key)?|solutions?|answers?\s+(?:and|&)\s+explanations?|答案|解答|정답)\W*$",
                           re.IGNORECASE)


def _merge_asked_again(questions: list[Question], copies: list[list[int]], detection: Detection, top_depth: int,
                       problems: ProblemLog) -> int:
    """A question asked again word for word (with what it shows; ``copies``: the positions of each such
    question) under the same topic is one question: its copies go, the one kept being the first with an
    answer, or the first. Copies with different answers are two takes on it: the one kept holds each, in the
    order written, apart by a rule. Under two topics ("What is a decorator?" under Python and under
    TypeScript), nested under two list items ("How would you choose k?" under k-means and under kNN) or
    leaning on what is above or under it ("Why?", "Explain the following:"), or asked over other code each
    time ("Kết quả trả về là gì?" over each its own program), the same words ask two things: all stay. Ids
    were given before, so those kept keep theirs (history on a copy's id follows its title to the one kept).
    Returns how many went (their positions go in ``detection.merged``)."""
    gone = detection.merged
    merged_lines: dict[int, int] = {}  # a copy's line -> the line of the question kept for it
    for positions in copies:
        title = questions[positions[0]].title
        # ("Explain the following:" leans on what is under it, as "Why?" on what is above it)
        if len(_WORDS.findall(title)) < MERGED_MIN_WORDS or title.rstrip().endswith((":", "：")) or any(
                detection.questions[at].depth > top_depth or detection.questions[at].depth >= NESTED_DEPTH
                for at in positions):
            continue
        by_topic: dict[str, list[int]] = {}
        for at in positions:
            by_topic.setdefault(questions[at].topic, []).append(at)
        if len(by_topic) > 1 and any(_ANSWERS_PART.match(topic) for topic in by_topic):
            by_topic = {"": sorted(positions)}  # "## Answers" repeats the questions above it: no topic of its own
        for same in by_topic.values():
            kept: dict[str, int] = {}  # each answer given -> the first copy giving it
            for at in same:
                if questions[at].answered:
                    kept.setdefault(questions[at].answer.strip(), at)
            if len(kept) > 1 and (_ASKS_OUTPUT.search(title) or _POINTS_AT.search(title)
                                  or ((title.rstrip().endswith(QUESTION_MARKS)
                                       or all(detection.questions[at].title.number is not None for at in same))
                                      and _own_code_each(kept))):
                # "What does this print?" over each its own code, answered each its own way: asked anew; and so is
                # a question that asks, or is numbered, anew over its own code each time, in whatever language
                # (a heading repeated under each answer, "### How to Explain in Interview", is no question)
                continue
            stay = min(kept.values(), default=same[0])
            if len(kept) > 1:  # two takes on it: one card with both, in the order written, nothing lost
                questions[stay] = replace(questions[stay], answer=TAKES_APART.join(kept))
            if not questions[stay].prompt and (shown := next((questions[at].prompt for at in same
                                                              if questions[at].prompt), "")):
                questions[stay] = replace(questions[stay], prompt=shown)  # the options the first copy showed
            for at in same:
                if at != stay:
                    gone.add(at)
                    merged_lines[questions[at].line] = questions[stay].line
    problems.merged(merged_lines)
    if gone:
        questions[:] = [question for position, question in enumerate(questions) if position not in gone]
    return len(gone)


def _item_lines_out(draft: Candidate, lines: list[str], end: int) -> list[str]:
    """The answer's lines; where a list item's answer goes on past the item ("1. **Fix CORS**" over its indented
    "**Snippet:**", then code written outside the list), the item's own lines, up to the first written at the
    margin, out of their indent, so that they read as the text they are; the rest as written."""
    answer = lines[draft.body:max(draft.body, end)]
    if not draft.in_item:
        return answer
    own = next((at for at, line in enumerate(answer) if line.strip() and not line[0].isspace()), len(answer))
    if own == len(answer) or not any(line.strip() for line in answer[:own]):
        return answer  # all of it indented (the answer's own dedent takes that off), or none of it
    return [*textwrap.dedent("\n".join(answer[:own])).split("\n"), *answer[own:]]


def _code_asked(draft: Candidate) -> int:
    """How the question asks about code it shows (:func:`code_asked`). Under a "Q:" label the lines up to its
    "A:" are the question's in any case: "Q: How is this possible?" over a snippet, then "A: …"."""
    asked = code_asked(draft.title.text)
    return asked or (LABELLED_CODE if draft.pattern.kind == "label" else 0)


def _same_words(text: str, title: str) -> bool:
    """Whether ``text`` says what ``title`` says, case, markup and punctuation aside."""
    return _WORDS.findall(text.casefold()) == _WORDS.findall(title.casefold())


_WORDS = re.compile(r"[^\W_]+")
TEMPLATE_MIN = 5  # answers sharing the same lines before those lines can be a template
TEMPLATE_SHARE = 0.9  # of the answers a line must be in to be the template's
TEMPLATE_WORDS = 8  # words the shared lines hold together: a lone "```" or "Example:" in every answer is no template
_RESTATED = re.compile(r"^\W{0,3}(?:\*\*|__)?\s*(?:question|q|prompt|task)\s*(?:\*\*|__)?\s*[:：]", re.IGNORECASE)


LETTER_LABELLED = 3  # answers opening "A. " with no option "B." after, for "A." to be the answers' label
_LETTER_LABEL = re.compile(r"^A\.[ \t]+(?=\S)")
_OPTION_B = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\(?B[.):]", re.MULTILINE)


# "下列哪个不是 JavaScript 的数据类型？ ( D )" over its options: the test taker's letter, written after the question
_LETTER_AFTER_MARK = re.compile(r"^(.*?[?？])\s*[(（]\s*(" + OPTION_LETTERS + r")\s*[)）]$")
LETTERS_AFTER_MARK = 3  # questions written so, for a document to answer its quiz that way
# an option under the question ("A. String", "- b) …"): a tag after the mark, "(C)" for the language, has none
_OPTION_LINE = re.compile(r"^\s*(?:[-*]\s+)?\(?[A-Ha-h][.)]\s", re.MULTILINE)


def _letters_after_the_mark(questions: list[Question]) -> int:
    """Questions over their options whose title ends in the letter of the chosen one, in brackets after the question
    mark, where several are so: the letter is the answer (before any explanation under the question), and no part of the
    title. How many."""
    chosen = [(position, match) for position, q in enumerate(questions) if q.title[-1:] in ")）"
              and (match := _LETTER_AFTER_MARK.match(q.title)) and _OPTION_LINE.search(q.prompt or q.answer)]
    if len(chosen) < LETTERS_AFTER_MARK:
        return 0
    for position, match in chosen:
        explained = questions[position].answer
        questions[position] = replace(questions[position], title=match.group(1),
                                      answer=f"{match.group(2)}\n\n{explained}" if explained else match.group(2))
    return len(chosen)


def _letter_labelled_answers(questions: list[Question], problems: ProblemLog) -> int:
    """"A. Yes, using three annotations" under "1. Can you …?", "A." alone under another: where several answers
    open so and none lists an option "B.", "A." labels each answer as "A:" would; it is taken off, and an answer
    that is that label alone is empty. Returns how many answers were labelled so."""
    lettered = [position for position, q in enumerate(questions) if _LETTER_LABEL.match(q.answer)]
    bare = [position for position, q in enumerate(questions) if q.answer.strip() == "A."]
    if len(lettered) < LETTER_LABELLED or any(_OPTION_B.search(q.answer) for q in questions):
        return 0
    for position in lettered:
        questions[position] = replace(questions[position], answer=_LETTER_LABEL.sub("", questions[position].answer, 1))
    for position in bare:
        questions[position] = replace(questions[position], answer="")
        problems.add(questions[position].line, f"{_VERDICTS['empty']}: {questions[position].title[:60]}")
    return len(lettered) + len(bare)


def _drop_template_answers(questions: list[Question], problems: ProblemLog) -> int:
    """Answers that are nothing but lines found under (nearly) every question, plus a line restating the question
    ("**Question:** …"), are a template's boilerplate ("What a strong answer includes:" and the same three bullets
    each time), not answers. An answer with a single line of its own keeps everything. Returns how many went."""
    answered = [position for position, q in enumerate(questions) if q.answer]
    if len(answered) < TEMPLATE_MIN:
        return 0
    # A cheap look first: a template ends most answers the same way (those left as they were).
    endings: dict[str, int] = {}
    for position in answered:
        answer = questions[position].answer
        ending = answer[answer.rfind("\n") + 1:].strip()
        endings[ending] = endings.get(ending, 0) + 1
    if max(endings.values()) * 2 < len(answered):
        return 0
    counts: dict[str, int] = {}
    own_lines: list[set[str]] = []
    for position in answered:
        kept = {line.strip() for line in questions[position].answer.split("\n") if line.strip()}
        own_lines.append(kept)
        for line in kept:
            counts[line] = counts.get(line, 0) + 1
    common = {line for line, count in counts.items() if count >= TEMPLATE_SHARE * len(answered)}
    if sum(len(line.split()) for line in common) < TEMPLATE_WORDS:
        return 0
    dropped = 0
    for position, kept in zip(answered, own_lines, strict=True):
        if all(line in common or _RESTATED.match(line) for line in kept):
            question = questions[position]
            questions[position] = replace(question, answer="")
            problems.add(question.line, f"{_VERDICTS['template']}: {question.title[:60]}")
            dropped += 1
    return dropped


_VERDICTS = {"empty": "empty answer", "stub": "stub answer", "link-only": "link-only answer",
             "cross-reference": "only a pointer to an answer elsewhere, no answer",
             "follow-ups": "follow-up questions only, no answer", "image-only": "image-only answer",
             "heading-only": "only a section heading follows, no answer",
             "label-only": "only the label of the next questions follows, no answer",
             "list-note": "only a note on the whole list follows, no answer",
             "shared": "the same text answers another question: a note, not an answer",
             "template": "only the template text found under every question, no answer of its own"}
SHARED_MIN_WORDS = 12  # a sentence may answer two questions; a paragraph pasted under both answers neither


def _may_be_a_note(text: str) -> bool:
    """Whether ``text``, seen under two questions, could be a note pasted under each: one paragraph of a dozen
    words or more. An answer of several paragraphs, lists or code was written for its question, even if twice."""
    if len(text) < 30 or len(text) > 2000 or "\n\n" in text or "```" in text:
        return False
    # (a line labelled as the answer, "- Answer: True" among a quiz's fields, answers: true/false twice is no note)
    return len(text.split(None, SHARED_MIN_WORDS)) > SHARED_MIN_WORDS and _LABELLED_ANSWER_LINE.search(text) is None


_LABELLED_ANSWER_LINE = re.compile(r"^\s*+(?:[-*+]\s+)?(?:\*\*|__)?(?:answer|ans|correct answer)\s*+(?:\*\*|__)?\s*+[:：]",
                                   re.IGNORECASE | re.MULTILINE)


def _drop_shared_answers(questions: list[Question], shared: set[str], problems: ProblemLog) -> None:
    """A paragraph given as the whole answer of two different questions is a note pasted under each
    ("may be asked at …; be ready to implement it"), not an answer to either."""
    for position, question in enumerate(questions):
        if question.answer in shared:
            questions[position] = replace(question, answer="")
            problems.add(question.line, f"{_VERDICTS['shared']}: {question.title[:60]}")


_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")


def _same_question(first: str, second: str) -> bool:
    """Two titles asking the same thing in other words ("What is the purpose of an attention mask?", "Explain
    the attention mask."): half or more of their longer words in common."""
    a = set(_TITLE_WORD.findall(first.casefold()))
    b = set(_TITLE_WORD.findall(second.casefold()))
    return not a or not b or len(a & b) * 5 >= len(a | b) * 2


def _use_numbers(blocks: list[Block], questions: list[Candidate]) -> bool:
    """Whether source numbers make the ids (else positions do).

    They do when every question has one, unless the numbering starts again
    at 1 in every section (then positions keep the ids apart).
    """
    numbers = [q.title.number for q in questions if q.title.number is not None]
    if len(numbers) < sum(1 for q in questions if not q.sub):  # a sub-question ("4a") has its own id
        return False
    if len(set(numbers)) == len(numbers):
        return True
    restarts = [q for before, q in zip(questions, questions[1:], strict=False)
                if q.title.number == 1 and any(b.kind == "heading" for b in blocks[before.index + 1:q.index])]
    return not restarts


def _topics(blocks: list[Block], detection: Detection) -> list[str]:
    """Each question's topic: the section heading above it (not a question, not inside an answer).

    Only headings above the questions' own level name sections; the first
    ``#`` heading before the questions is the pack's title.
    """
    questions = detection.questions
    if not questions:
        return []
    asked = {q.index for q in questions}
    # per document the file holds (most hold one), the level of its highest question
    tops = [NON_HEADING] * (len(detection.parts) + 1)
    for question in questions:
        part = bisect.bisect_right(detection.parts, question.index)
        tops[part] = min(tops[part], question.level)
    title = _title_heading(blocks, detection)
    spans = _answer_spans(detection)
    sections: list[int] = []  # per question, the block index of the heading above it (-1: none)
    current = -1
    for index, block in enumerate(blocks):
        while len(sections) < len(questions) and questions[len(sections)].index == index:
            # a short title over a part of a run of bare questions ("Streaming") is the topic of that part
            part = questions[len(sections)].part_title
            sections.append(current if part is None else part)
        if (block.kind == "heading" and index not in asked and index != title
                and block.level < tops[bisect.bisect_right(detection.parts, index)] and not _in_answer(spans, block.start)):
            current = index
    names: dict[int, str] = {-1: ""}
    for index in set(sections):
        if index not in names:
            name = read_title(blocks[index].text).text
            names[index] = name if name and not _GROUPING.match(name) and strength(name) != NOT else ""
    return [names[index] for index in sections]


def _answer_spans(detection: Detection) -> tuple[list[int], list[int]]:
    starts = [q.body for q in detection.questions]
    return starts, detection.ends


def _in_answer(spans: tuple[list[int], list[int]], line: int) -> bool:
    starts, ends = spans
    at = bisect.bisect_right(starts, line) - 1
    return at >= 0 and line < ends[at]


def _title_heading(blocks: list[Block], detection: Detection) -> int:
    """The block index of the document's title: its first ``#`` heading before the questions (-1: none).

    Not when ``#`` headings also divide the questions into sections: then it is the first section.
    """
    questions = detection.questions
    first = questions[0].index if questions else len(blocks)
    title = next((i for i in range(first) if blocks[i].kind == "heading" and blocks[i].level == 1), -1)
    if title < 0 or not questions or questions[0].level <= 1:
        return title
    spans = _answer_spans(detection)
    asked = {q.index for q in questions}
    for index in range(first + 1, questions[-1].index):
        block = blocks[index]
        if block.kind == "heading" and block.level == 1 and index not in asked and not _in_answer(spans, block.start):
            return -1
    return title


def _pack_title(blocks: list[Block], detection: Detection) -> str:
    title = _title_heading(blocks, detection)
    return (read_title(blocks[title].text).text or blocks[title].text.strip()) if title >= 0 else ""


def _with_counts(layout: Layout, detection: Detection, questions: list[Question], glued: set[int]) -> Layout:
    counts: dict[str, list[int]] = {}
    names: dict[Pattern, str] = {}  # a pattern's name is formatted once, not once per question
    unglued: set[str] = set()  # patterns with a question that is not a line glued under an answer
    drafts = [draft for at, draft in enumerate(detection.questions) if at not in detection.merged]
    for draft, question in zip(drafts, questions, strict=True):
        name = names.get(draft.pattern) or names.setdefault(draft.pattern, draft.pattern.name)
        count = counts.setdefault(name, [0, 0])
        count[0] += 1
        count[1] += question.answered
        if draft.line not in glued:
            unglued.add(name)
    # (the headings made of lines glued under an answer are no headings the document has)
    layout.chosen = [PatternChoice(c.name, c.description if c.name in unglued or not glued else _GLUED_DESCRIPTION,
                                   *counts.get(c.name, [0, 0])) for c in layout.chosen]
    return layout


def ensure_questions(pack: Pack) -> Pack:
    """Raise if ``pack`` has no questions at all: nothing to import."""
    if not pack.questions:
        hint = ""
        if pack.layout is not None and (explained := pack.layout.explained_headings) is not None:
            level, count = explained
            hint = (f"; if its {count} `{'#' * level}` headings, each over an explanation, are the questions, pin "
                    f"them with `llmtui-layout: h{level}` in its front matter (try `llmtui check --layout h{level}`)")
        raise ContentError(
            pack.path,
            "no questions found (expected headings, bold lines or Q:/A: pairs ending in '?' or numbered)" + hint)
    return pack


__all__ = ["close_unclosed_fences", "ensure_questions", "parse_markdown", "read_source"]
