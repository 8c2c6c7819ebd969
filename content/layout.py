"""Finding a document's own question pattern.

Every block that could hold a question becomes a :class:`Candidate` with a
*pattern* (``h3`` headings, bold lines, ``Q:`` labels, numbered items, bullet
items at a list level, ``<summary>``, table rows, admonitions) and a strength
(:mod:`.titles`). Patterns whose blocks mostly read as questions are viable.
A viable pattern whose questions sit inside the answers of another one's
(follow-ups under headings, bold sub-questions, nested bullets) is left out;
the strongest of the rest wins, and others join it when they hold questions
of their own outside its answers (a ``Q:``/``A:`` part, then a numbered part).
Within a pattern, a numbered series keeps its members in sequence and drops
unnumbered ones (sub-headings inside answers).
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
import textwrap
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from .answers import code_asked, only_options, split_prompt
from .blocks import Block, Item
from .labels import (
    ANSWER_QUALIFIER,
    CJK_CHAR,
    DECLARING,
    FOREIGN_ANSWER_LABEL,
    FOREIGN_ANSWERS_HEADING,
    LANGUAGE_NAMES,
    LETTER_ANSWER_LABEL,
    LETTER_QUESTION_LABEL,
    NUMBERED_QUESTION_LABEL,
    OPTION_LETTERS,
    QUESTION_LABEL,
    QUESTION_LABEL_INITIALS,
    QUESTIONS_WORD,
    question_label_language,
)
from .models import Layout, PatternChoice
from .talking_points import talking_points
from .titles import (
    BLANK,
    CLOSING_MARKS,
    LABELLED_WORDS,
    MAYBE,
    NOT,
    PROSE_WORDS,
    QUESTION,
    QUESTION_MARKS,
    SUB_PREFIX,
    TASK_PREFIX,
    Title,
    asks_after_setting,
    asks_first,
    first_word_asks,
    is_promo,
    is_request,
    names_a_difference,
    plain,
    read_title,
    strength,
    title_strength,
    to_reader,
)

NON_HEADING = 7  # the "level" of a question that is not a heading: every heading ends its answer

_BOLD_START = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1(.*)$", re.DOTALL)
_BOLD_LINE_SPACED = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S) {1,2}\1()\s*$")  # "**What is X? **" as typed by hand
_LINK_ONLY = re.compile(r"^(?:\*\*|__)?\[([^\]]{1,400})\]\(\s*([^)\s]{0,500})(?:\s+\"[^\"]*\")?\s*\)(?:\*\*|__)?\s*$")
# A link and a short tag after it: a difficulty badge, an emoji, "(Medium)"
_LINK_TAGGED = re.compile(r"^(?:\*\*|__)?\[([^\]]{1,400})\]\(\s*([^)\s]{0,500})(?:\s+\"[^\"]*\")?\s*\)(?:\*\*|__)?"
                          r"\s*((?:[-–—:|·]\s*)?[^?\n]{0,300})$")
TOC_TAG_CHARS = 24  # "Intermediate", "🟡 Medium": a badge, not a question's own words
# as titles.read_title takes it off
_LABEL_WORD = r"(?:Q|Ques|" + LETTER_QUESTION_LABEL + "|" + NUMBERED_QUESTION_LABEL + "|" + QUESTION_LABEL + r")(?![A-Za-z])"
# An emoji or arrow before a label inside its stars ("**❓Question:**"), as titles.read_title takes it off (one
# outside them, "🔹 Question 2: …", marks a line in a list of lines)
_MARK = r"(?:[\u2190-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]?\s*){0,2}"
_NUMBER_AFTER_COLON = re.compile(r"\s*[:：]\s*(\d{1,6})(\s*(?:\*\*|__)?)$")
# (or its number after the colon: "**Вопрос: 25**")
_LABEL_ONLY = re.compile(r"^(?:(?:\*\*|__)" + _MARK + r")?\s*" + _LABEL_WORD
                         + r"\s*(?:\d{1,6}|[:：]\s*\d{1,6})?\s*[:.：]?\s*(?:\*\*|__)?\s*[:.：]?\s*$",
                         re.IGNORECASE)
# "**问题**: …" puts the colon after the closing stars
# and "*问题9*：…" / "_Question 9_: …" puts it after a label in italics
# ("***Question:*** …", "***Question***: …": bold and italic)
_LABEL = re.compile(r"^(?:(?:\*\*\*?|__)" + _MARK + r"|[*_](?=\S))?\s*" + _LABEL_WORD
                    + r"\s*(?:\d{1,6}\s*(?:[*_]{1,2}\s*)?[:.)：]|[:.：]|\)(?=\s)|(?:\*\*|__)(?:\s|[:：])|\*\*\*[:：])",
                    re.IGNORECASE)
_BARE_LABEL = re.compile(r"^Q\d{1,6} +(?=\w)")
_ITALIC_LABEL = re.compile(r"^([*_])(?=\S)" + _LABEL_WORD + r"\s*\d{0,6}\1\s*[:.：]", re.IGNORECASE)
# "**3.** What …", "3\\. What …", "3、…", and "**3) FizzBuzz.** Print …" (the number inside the bold name of a task)
_NUMBER_PARAGRAPH = re.compile(r"^(?:\*\*|__)(\d{1,6})[.)](?:\*\*|__)\s+\S|^(\d{1,6})\\[.)]\s+\S|"
                               r"^(?:\*\*|__)(\d{1,6})[.)]\s+[^*_\n]{1,120}(?:\*\*|__)[.:]?\s+\S|"
                               r"^(\d{1,3})(?:[-.]\d{1,3}){1,2}[.)]\s+\S|"  # "1-3. …": a sub-question's number
                               r"^(\d{1,4})[、．]\s*\S|"  # "4、objc_class包含哪些内容": a number as Chinese writes it
                               # "4️⃣ Explain …", "🔟 Why …"
                               r"^(?:\d(?:\ufe0f?\u20e3)?){0,3}\d\ufe0f?\u20e3\s*\S|^\U0001F51F\s*\S")
# "2 - What is your greatest strength?": a number and a dash, no list (read so where several lines are written so)
_DASH_NUMBER = re.compile(r"^(\d{1,4}) [-–] (?=[^\W\d_])")
DASH_NUMBERED_LINES = 3  # lines of their own numbered so for the number to be read
_SUMMARY = re.compile(r"<summary\b[^>]{0,200}>(.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_DETAILS_OPEN = re.compile(r"<details\b", re.IGNORECASE)
_DETAILS_CLOSE = re.compile(r"</details\s*>", re.IGNORECASE)
_ANSWER_QUALIFIER = r"(?:" + ANSWER_QUALIFIER + r")"
# (and a writer's own answer, by name: "#### LICSLAN回答:", "我的回答")
_ANSWER_HEADING = re.compile(r"^\W*(?:(?:" + _ANSWER_QUALIFIER + r"\s+)?answers?|"
                             + FOREIGN_ANSWER_LABEL + r"|(?:[A-Za-z][\w.-]{0,24}\s*|我的|我)(?:回答|答案|解答))\W*$",
                             re.IGNORECASE)
_ANSWER_START = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:" + _ANSWER_QUALIFIER + r"\s+)?"
                           r"(?:answers?|ans|sol|a\d{0,4}|expected|" + LETTER_ANSWER_LABEL + "|"
                           + FOREIGN_ANSWER_LABEL + r")(?:\s*\([^()\n]{1,40}\))?"
                           r"\s*(?:\*\*|__)?\s*[:：]",
                           re.IGNORECASE)
_BREAK = re.compile(r"^\s*(?:<br\s*/?>\s*)+$", re.IGNORECASE)
_NAMES_ANSWER = re.compile(r"\banswers?\b(?!\s*(?:&|and)\s*questions)", re.IGNORECASE)
_PAGE_ANCHOR = re.compile(r"\.(?:md|markdown|html?)#", re.IGNORECASE)
# Sections at the end of a document whose lists are not questions.
_BACK_MATTER = re.compile(r"^[\W_]*(?:references?|bibliography|resources|further reading|reading list|see also|"
                          r"(?:useful |related )?links|sources|credits|acknowledg(?:e)?ments?|contributing|"
                          r"contributors|license|licence|"
                          # Chinese ("知乎参考": references from a site), Korean, Russian
                          r"\w{0,6}?(?:参考|參考)(?:资料|文献|链接|資料|文獻|連結)?|延伸阅读|延伸閱讀|相关链接|相關連結|致谢|致謝|鸣谢|鳴謝|"
                          r"참고(?: ?자료| ?문헌)?|레퍼런스|ссылки|полезные ссылки|литература|источники|"
                          r"дополнительные материалы)"
                          r"(?:\s*\[\]\(#[^)\s]{0,200}\))?[\W_]*$", re.IGNORECASE)  # Notion's empty anchor "[](#reference)"

# Sections about the document itself, whose examples are no questions ("#### How old are you?" showing the
# format to add one in).
_META_SECTION = re.compile(r"^[\W_]*(?:how to (?:contribute|add (?:a )?questions?)|contributing|"
                           r"contribution(?: guide(?:lines)?)?s?|contributor guide|"
                           r"how to use this (?:repo|repository|guide|list|readme|document|page)|"
                           r"why (?:these|this|the) (?:questions?|guide|list|repo|repository|readme)|"
                           r"what (?:you['’]ll|you will|will you) (?:learn|find|get)(?: here| in this \w+)?|"
                           # the blank card to copy when adding one ("##### Template", "Question template")
                           r"(?:(?:question|answer|card|entry)\s+)?template)[\W_]*$", re.IGNORECASE)
# How the quiz is to be run ("### Quiz Instructions/Rules" over "1. Present one question at a time"): its list
_RULES_SECTION = re.compile(r"^[\W_]*(?:(?:quiz|test|exam|interview)\s+)?(?:instructions|rules)"
                            r"(?:\s*(?:/|&|and)\s*(?:instructions|rules))?[\W_]*$", re.IGNORECASE)

RULES_HEADING_CHARS = 60


def _rules_heading(text: str) -> bool:
    """Whether a heading opens the rules for running a quiz (a cheap look first: most do not)."""
    return (len(text) <= RULES_HEADING_CHARS and ("ules" in text or "ULES" in text or "nstructions" in text
                                                  or "NSTRUCTIONS" in text)
            and _RULES_SECTION.match(plain(text)) is not None)


def _meta_heading(text: str) -> bool:
    """Whether a heading opens a section about the document itself (a cheap look first: most do not)."""
    if len(text) >= 200 or not ("ontrib" in text or "ow to" in text or "ONTRIB" in text or "OW TO" in text
                                or "emplate" in text or "EMPLATE" in text or "hy th" in text or "hy Th" in text
                                or "HY TH" in text or "ll " in text or "LL " in text):
        return False
    return _META_SECTION.match(plain(text)) is not None


# "What interviewers probe for", "What they look for": what the answers are judged by
_LOOKED_FOR_WORDS = (r"what (?:(?:is|are) )?(?:the )?(?:interviewers?|recruiters?|hiring managers?|they) "
                     r"(?:expect(?:ing)?|look(?:ing)? for|wants?|probe for|assess(?:ing)?|evaluat(?:e|ing))")
_LOOKED_FOR = re.compile(r"\b" + _LOOKED_FOR_WORDS, re.IGNORECASE)
# Sections of advice to the candidate, whose numbered or bulleted items are no questions ("## 7. Best Practices",
# "Last-minute tips", "Do's and don'ts", "How to answer", "Practice checklist")
_ADVICE_SECTION = re.compile(r"^[\W\d_]*(?:the\s+)?(?:(?:general|interview|preparation|prep|last[- ]minute|final|quick|pro|"
                             r"top|practical|useful|more|practice|study|common|recommended|suggested|self[- ]assessment)\s+)*"
                             r"(?:tips?|advice|"
                             # "Career Advice", "Salary Negotiation Tips"
                             r"[^\W\d_][\w-]*\s+(?:[^\W\d_][\w-]*\s+)?(?:tips?|advice)|"
                             r"best practices|answer(?:ing)? (?:framework|structure|template)s?|"
                             r"do'?s and don'?ts|dos and donts|strateg(?:y|ies)|how to prepare|preparation tips|drills?|"
                             r"tips (?:and|&) tricks|mistakes|pitfalls|(?:practice |prep |preparation )?checklist|"
                             r"(?:key )?success factors|"
                             r"how to (?:make )?answer(?:ing)?\b.{0,80}|red flags(?: to avoid)?|(?:things |what )?to avoid|"
                             r"why (?:they|interviewers?|employers?|recruiters?) ask(?: this(?: question)?)?|"
                             + _LOOKED_FOR_WORDS + r")"
                             r"(?:\s+(?:for|to|on|and|from)\b.{0,60})?(?:\s*\([^()]{0,40}\))?[\W_]*$", re.IGNORECASE)

_ADVICE_HINTS = ("tip", "advice", "practice", "don", "strateg", "prepar", "mistake", "pitfall", "expect", "look for",
                 "want", "probe", "assess", "evaluate", "evaluating", "checklist", "answer", "drill", "avoid",
                 "red flag", "ask", "success factor", "looking for")


ADVICE_LABEL_CHARS = 60  # a label over a list of advice is short
# "**Structure:**", "Framework:" over a list: how to shape an answer, a step an item ("1. Describe the bug")
_SHAPE_LABEL = re.compile(r"^\W*(?:(?:answer|response|suggested|recommended)\s+)?(?:structure|framework|approach|steps|"
                          r"template)\s*[:：]\W*$", re.IGNORECASE)


def _advice_label_first(text: str) -> bool:
    """Whether a paragraph opens with a bold label of advice and goes on after it ("**What is the interviewer
    looking for:** The interviewer is looking for …", then the list of what they assess)."""
    if not text.startswith(("**", "__")) or (bold := _BOLD_START.match(text)) is None:
        return False
    label = bold.group(2).rstrip()
    return len(label) <= ADVICE_LABEL_CHARS and label.endswith(_COLON_ENDS) and advice_heading(label)


def advice_heading(text: str) -> bool:
    """Whether a heading opens a section of advice (a cheap look first: most do not)."""
    if len(text) >= 200 or text.endswith(QUESTION_MARKS):
        return False
    if not text.isascii() and _CJK_ADVICE.match(plain(text)) is not None:
        return True
    lowered = text.lower()
    return any(hint in lowered for hint in _ADVICE_HINTS) and _ADVICE_SECTION.match(plain(text)) is not None


# "💡 答题技巧" (answering tips), "面试建议", "注意事项" (points to watch), "面试技巧总结": advice in Chinese
_CJK_ADVICE = re.compile(r"^[\W\d_]*(?:答题|面试|回答|复习|学习)?(?:技巧|建议|注意事项|心得)(?:总结|汇总)?[\W_]*$")


# "Questions to Ask the Interviewer", "Questions you should ask them", "Reverse interview questions"
_CANDIDATE_ASKS = re.compile(r"^[\W\d_]*(?:\w+[ -]){0,3}?questions?\s+(?:for\s+you\s+)?"
                             r"(?:to|you\s+(?:can|could|should|might|may))\s+ask\b(?:\s+(?:the|your|an?|them|the\s+hiring)?\s*(?:interviewers?|employers?|"
                             r"hiring\s+managers?|companies|company|team|them|us|at\s+the\s+end|\w+))?"
                             r"(?:\s*\([^()\n]{1,30}\))?[\W_]*$|"  # ("… (Pick 3-4)")
                             r"^[\W\d_]*reverse[ -]interview(?:ing)?(?:\s+questions)?[\W_]*$", re.IGNORECASE)  # ("… Ask Thorin")
# in other languages: "Questions à poser à l'entreprise", "Preguntas para hacer al entrevistador", "Perguntas para
# fazer ao recrutador", "Fragen an den Arbeitgeber", "Вопросы работодателю", "反问面试官"
_CANDIDATE_ASKS_ABROAD = re.compile(r"^[\W\d_]*(?:questions?\s+à\s+poser|preguntas?\s+(?:para\s+)?(?:hacer|que\s+hacer)|"
                                    r"perguntas?\s+(?:para\s+)?fazer|fragen\s+an\s+(?:den|die)\s|"
                                    r"вопросы\s+(?:к\s+)?работодател|反问)", re.IGNORECASE)


def _candidate_asks(text: str) -> bool:
    """Whether a heading opens the questions a candidate asks the interviewer (a cheap look first)."""
    if len(text) >= 200:
        return False
    if ("à p" in text or "acer" in text or "azer" in text or "agen an" in text or "аботодател" in text
            or "反问" in text) and _CANDIDATE_ASKS_ABROAD.match(plain(text)):  # (a cheap look first)
        return True
    if not ("ask" in text or "ASK" in text or "Ask" in text or "everse" in text or "EVERSE" in text):
        return False
    return _CANDIDATE_ASKS.match(plain(text)) is not None


PATTERN_NAMES = ("h1-h6, bold, label, numbered, bullets, summary, pre, html, table, admonition, quote, plain, "
                 "lines "
                 "(lists: numbered:2, bullets:2 …)")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A kind of block a question can be: ``("h", 3)``, ``("bold", 0)``, ``("bullets", 2)`` (list level 2)…"""

    kind: str
    level: int = 0

    @property
    def name(self) -> str:
        if self.kind == "h":
            return f"h{self.level}"
        if self.kind in ("numbered", "bullets") and self.level > 1:
            return f"{self.kind}:{self.level}"
        return self.kind

    @property
    def rank(self) -> int:
        """Structural order: headings above labelled paragraphs above list items."""
        if self.kind == "h":
            return self.level
        return {"admonition": 6, "summary": 6, "table": 6, "pre": 6, "html": 6, "label": 7, "bold": 8, "quote": 9,
                "lines": 19,
                "plain": 20}.get(
            self.kind, 8 + self.level)


pattern_of = functools.cache(Pattern)  # one shared instance per pattern: created for every candidate


def parse_pattern_spec(spec: str) -> list[Pattern]:
    """``"h3"``, ``"label,numbered"``, ``"bullets:2"`` → patterns; ValueError names what is wrong.

    >>> parse_pattern_spec("h3, numbered:2")
    [Pattern(kind='h', level=3), Pattern(kind='numbered', level=2)]
    """
    patterns: list[Pattern] = []
    for part in (p.strip().lower() for p in spec.split(",")):
        if re.fullmatch(r"h[1-6]", part):
            patterns.append(Pattern("h", int(part[1])))
            continue
        match = re.fullmatch(r"(bold|label|numbered|bullets|summary|pre|html|table|admonition|quote|plain|lines)"
                             r"(?::([1-9]))?", part)
        if not match or (match.group(2) and match.group(1) not in ("numbered", "bullets")):
            raise ValueError(f"unknown layout {part!r} (use {PATTERN_NAMES})")
        level = int(match.group(2) or 1) if match.group(1) in ("numbered", "bullets") else 0
        patterns.append(Pattern(match.group(1), level))
    if not patterns:
        raise ValueError(f"empty layout (use {PATTERN_NAMES})")
    return patterns


@dataclass(slots=True)
class Candidate:
    """A block that could be a question, read as one."""

    index: int  # of the block holding the title
    line: int
    pattern: Pattern
    title: Title
    strength: int
    level: int = NON_HEADING  # heading level: headings of this level or above end the answer
    depth: int = 0  # list items around the question
    in_item: bool = False  # the question is a list item's first line
    label_only: bool = False  # "**Question 3**": the question is the next paragraph
    fields: int = 0  # blocks of fields ("**Topic:** Networking") between such a label and its question
    lead: str = ""  # answer text on the question's own line
    body: int = 0  # first line of the answer
    answer: str | None = None  # given by the block itself (table rows, admonitions)
    details: int = 0  # <details> the question's own block leaves open
    titled: bool = False  # a list item made of a bold title and something under it ("- **Topic**" + its answer)
    glued: bool = False  # the next number's question, glued on the line of the one before ("…?7. What is …")
    sub: str = ""  # a sub-question's own number under its question's ("4a"): its id
    cited: int = 0  # the number of the question a one-line labelled item names, where it may tell of that question
    apart: bool = False  # a <summary> whose <details> tag stands alone above it (GitBook)
    undotted: bool = False  # the next number's question on the line below, its number written without the dot
    split: bool = False  # a labelled question on a later line of a paragraph, after the answer above it
    slot: bool = False  # a plain paragraph ending "?:", a slot left for its answer
    run: bool = False  # one of a run of one-line paragraphs that ask, one after another (question_runs)
    part_title: int | None = None  # a run question's short title over its part: its block index
    component: bool = False  # an MDX component's question= attribute (an admonition's pattern, cut out likewise)
    html_box: bool = False  # an HTML question box ('<div class="faq-question">', an admonition's pattern likewise)
    prompt: str = ""  # what the question shows with it when its answer is given apart (a quiz's options over a key)


@dataclass(slots=True)
class Detection:
    """The questions found, in order, and how they were found."""

    questions: list[Candidate]
    ends: list[int]  # the line each answer ends before
    layout: Layout
    answer_sections: list[tuple[int, int]] = field(default_factory=list)  # lines of answers given after the questions
    merged: set[int] = field(default_factory=set)  # positions of questions asked again word for word, not imported
    parts: list[int] = field(default_factory=list)  # where the second and later documents of a file begin (blocks)


# -- candidates ------------------------------------------------------------------------


@dataclass(slots=True)
class Candidates:
    """The candidates worth keeping, how many of each pattern there were, and the tables of contents.

    A block that only *could* be a question (no question signal, no number)
    is counted but not kept, unless ``keep_all``: one such heading per line
    is what a pathological file is made of.
    """

    found: list[Candidate] = field(default_factory=list)
    counts: dict[Pattern, list[int]] = field(default_factory=dict)  # strong, usable, numbered
    tocs: list[tuple[int, int]] = field(default_factory=list)  # (first line, lines)
    about: int = 0  # question-like blocks left out in sections about the document (contributing, a template)
    references: int = 0  # list items left out under a "References"/"Links" heading
    advice: int = 0  # list items left out under a "Tips"/"Best practices" heading
    follow_ups: int = 0  # list items left in their answers under a "Follow-ups:" label
    hashed: bool = False  # a paragraph opens with "#" (a heading written without its space, "###2、…")


_KEEP_MAYBE = frozenset(("bullets", "admonition", "table", "label", "summary", "pre", "quote"))


def find_candidates(blocks: list[Block], lines: list[str], *, keep_all: bool = False,
                    breaks: list[int] | None = None) -> Candidates:
    """Every block that could be a question, and the tables of contents (lists of in-page links).

    ``breaks`` are lines where one version of the text ends and another begins (merge-conflict markers): no
    section goes on across them.
    """
    out = Candidates()
    toc_start: int | None = None
    toc_end = 0
    toc_last = -1  # the block of the contents' last entry so far
    back_matter = 0  # level of the "References"/"Contributing"… heading whose section we are in (0: none)
    meta = 0  # level of the "How to contribute" heading whose section we are in (0: none)
    rules = False  # right under a "Quiz Instructions/Rules" heading (no other heading since)
    asked_by_candidate = 0  # level of the "Questions to ask the interviewer" heading whose section we are in
    advice = 0  # level of the "Tips"/"Best practices" heading whose section we are in
    looked_for = False  # whether that heading says what the interviewers look for
    seen_heading = False
    seen_title = False
    pending_breaks = sorted(breaks or ())
    next_break = 0  # position in pending_breaks of the first break not yet passed
    numbers: dict[int, int | None] = {}  # per ordered list: the number every item has so far, None once two differ
    introduced: int | None = None  # the list a line such as "Some questions you will meet:" introduces (NEXT_LIST:
    # the list that comes next)
    follow_ups: int | None = None  # the list a "**Follow-ups:**" label introduces (NEXT_LIST: the list that comes next)
    advised: int | None = None  # the list a "**Practice Strategy:**" label introduces (NEXT_LIST, likewise)
    advised_looked_for = False  # that label says what the interviewers look for ("Did you listen well?" under it)
    described: int | None = None  # the list a "Good questions should:" line introduces (NEXT_LIST, likewise)
    to_ask: int | None = None  # the list, or the text read out of a fence (FENCED_TEXT), a "Questions to ask:" label
    # introduces (NEXT_LIST, likewise): the candidate's questions to the interviewer, none to answer
    contents_rows = _contents_rows(blocks)
    linked_questions = _linked_lists_continued(blocks)
    dashed = sum(1 for block in blocks if _dash_numbered(block)) >= DASH_NUMBERED_LINES
    asked_above = 0  # the highest number of a question found so far
    unsure: list[Candidate] = []  # one-line labelled items naming a question not asked above them
    for index, block in enumerate(blocks):
        if block.kind == "paragraph" and block.item is None and not block.quoted:
            out.hashed = out.hashed or block.text[:1] == "#"
            tail = block.text[-4:]  # (a cheap look first: an introducing line ends in a colon)
            introduced = NEXT_LIST if ((":" in tail or "：" in tail) and _introduces_questions(block.text)) else None
        elif introduced == NEXT_LIST:
            introduced = block.item.list_id if block.item is not None and block.depth == 1 else None
        if block.kind == "paragraph" and len(block.text) <= FOLLOW_UP_LABEL_CHARS and _FOLLOW_UP_LABEL.match(block.text):
            follow_ups = NEXT_LIST
        elif follow_ups == NEXT_LIST:
            follow_ups = block.item.list_id if block.item is not None else None
        if block.kind == "paragraph" and block.item is None and (
                len(block.text) <= ADVICE_LABEL_CHARS and block.text.rstrip(" *_").endswith(_COLON_ENDS)
                and (advice_heading(plain(block.text).rstrip(" :：")) or _SHAPE_LABEL.match(plain(block.text)))
                or _advice_label_first(block.text)):
            advised = NEXT_LIST  # "**Practice Strategy:**" over "1. Read the question": steps, not questions
            advised_looked_for = _LOOKED_FOR.search(plain(block.text[:ADVICE_LABEL_CHARS])) is not None
        elif advised == NEXT_LIST:
            advised = block.item.list_id if block.item is not None else None
        if (block.kind == "paragraph" and block.item is None and not block.fenced and len(block.text) <= ADVICE_LABEL_CHARS
                and block.text.rstrip(" *_").endswith(_COLON_ENDS) and _candidate_asks(plain(block.text).rstrip(" :："))):
            to_ask = NEXT_LIST  # "**Essential questions to ask:**" over the candidate's own questions
        elif to_ask == NEXT_LIST:
            to_ask = (block.item.list_id if block.item is not None else FENCED_TEXT if block.fenced else None)
        elif to_ask == FENCED_TEXT and not block.fenced:
            to_ask = None
        if (block.kind == "paragraph" and block.item is None and len(block.text) <= INTRO_CHARS
                and _WHAT_QUESTIONS_DO.search(plain(block.text))):
            described = NEXT_LIST  # "Good questions should:" over "1. Check …": criteria, where they do not ask
        elif described == NEXT_LIST:
            described = block.item.list_id if block.item is not None else None
        if block.item is not None and block.item.ordered:
            written = numbers.setdefault(block.item.list_id, block.item.number)
            if written != block.item.number:
                numbers[block.item.list_id] = None
        if next_break < len(pending_breaks) and block.start > pending_breaks[next_break]:
            back_matter = meta = asked_by_candidate = advice = 0
            looked_for = rules = False
            next_break = bisect.bisect_left(pending_breaks, block.start, next_break)
        if block.kind == "heading" and (back_matter == 0 or block.level <= back_matter):
            back_matter = block.level if _BACK_MATTER.match(block.text) else 0
        if block.kind == "heading" and (meta == 0 or block.level <= meta):
            meta = block.level if _meta_heading(block.text) else 0
        if block.kind == "heading":  # (its list only: a quiz's questions may be set out under deeper headings)
            rules = _rules_heading(block.text)
        if block.kind == "heading" and (asked_by_candidate == 0 or block.level <= asked_by_candidate):
            asked_by_candidate = block.level if _candidate_asks(block.text) else 0
        if block.kind == "heading":
            if advice == 0 or block.level <= advice:
                # (not the document's title: "# How to prepare for data science interviews" is the whole of it)
                advice = block.level if ((block.level > 1 or seen_title) and seen_heading
                                         and block.text[-1:] not in QUESTION_MARKS and advice_heading(block.text)) else 0
                # (and under a checklist: "- [ ] Can you explain L1 vs L2?" checks the candidate; it asks nothing new)
                looked_for = advice != 0 and (_LOOKED_FOR.search(block.text) is not None
                                              or "checklist" in block.text.lower())
            seen_title = seen_title or block.level == 1  # a later "# Practice checklist" is no title
            seen_heading = True
        if block.kind == "row" and index in contents_rows:
            candidate, is_toc = None, True
        elif block.item is not None and block.item.list_id in linked_questions:
            candidate, is_toc = _list_item(index, block, lines, linked_asks=True)
        else:
            candidate, is_toc = _candidate(index, block, lines)
        if candidate is not None and candidate.cited and candidate.cited > asked_above:
            # no question of that number above: a list of picked tasks ("1. **Question 4:** Merge two arrays."), each
            # a question
            candidate.strength = title_strength(candidate.title)
            unsure.append(candidate)  # (unless the question it names comes below: a summary over the questions)
        if candidate is None and dashed and _dash_numbered(block):
            title = read_title(block.text.strip())
            candidate = Candidate(index, block.start, pattern_of("numbered", block.depth + 1), title, title_strength(title),
                                  depth=block.depth, body=block.end)
        if (candidate is not None and block.kind == "heading" and candidate.strength == MAYBE and index + 1 < len(blocks)
                and blocks[index + 1].kind == "paragraph" and _STAR_SITUATION.match(blocks[index + 1].text)):
            candidate.strength = QUESTION  # "### 2. EC2 slowdown" over "**Situation**: …": a prompt told as a STAR story
        elif (candidate is not None and block.kind == "heading" and candidate.strength == QUESTION
              and index + 1 < len(blocks) and blocks[index + 1].kind == "paragraph" and blocks[index + 1].item is None
              and _SCENARIO_TITLED.match(candidate.title.text) and _LABEL.match(blocks[index + 1].text)):
            # "### Scenario 6: Model Performance Drops After Deployment" right over "**Question:** Your model …?":
            # the scenario's name over the question it asks, as the shorter names are
            candidate.strength = MAYBE
        if (candidate is not None and described is not None and block.item is not None
                and block.item.list_id == described and candidate.strength == MAYBE):
            candidate.strength = NOT  # "1. Check the ability to think": what a question should do
        if candidate is not None and block.kind == "heading" and block.level > 1 and candidate.title.number is None and (
                advice == block.level or advice and advice_heading(block.text)):
            candidate.strength = NOT  # "### What interviewers expect:" titles advice; it asks nothing
        in_advised = advised is not None and block.item is not None and block.item.list_id == advised
        if (candidate is not None and (advice or in_advised)
                and (candidate.pattern.kind in ("numbered", "bullets")
                     or candidate.pattern.kind == "h" and advice and block.level > advice and (
                         candidate.strength == MAYBE or candidate.title.text.endswith(_COLON_ENDS)))
                and candidate.strength != NOT and candidate.title.text
                and (not candidate.title.text.endswith(QUESTION_MARKS)
                     or (looked_for or in_advised and advised_looked_for)
                     and candidate.pattern.kind in ("numbered", "bullets"))):
            # "## Last-minute tips" / "1. Show your passion" / "### Common pitfalls to avoid": advice, however
            # imperative; "… ?" there still asks, but not under "What interviewers probe for", where "Can you
            # trace requests across services?" is what they check
            out.advice += 1
            candidate.strength = NOT
        if candidate is not None and (meta or asked_by_candidate
                                      or back_matter and candidate.pattern.kind in ("numbered", "bullets")
                                      # (a quiz's rules tell; "What is RISC?", "Explain RISC." under "##
                                      # Instructions" ask)
                                      or rules and candidate.pattern.kind in ("numbered", "bullets")
                                      and candidate.strength != QUESTION):
            # A reference list, an example of the format in a guide to contributing, a quiz's rules, or the
            # questions the candidate asks the interviewer at the end: none is a question to practise.
            if (meta or rules) and candidate.strength != NOT and candidate.title.text:
                out.about += 1
            elif (back_matter and not asked_by_candidate and candidate.strength != NOT and candidate.title.text
                  and not _LINK_ONLY.match(block.text)):
                out.references += 1
            candidate.strength = NOT
        if candidate is not None and follow_ups is not None and block.item is not None and (
                block.item.list_id == follow_ups):
            candidate = None  # "**Follow-ups:**" over its list: the answer's follow-up questions, in its text
            out.follow_ups += 1
        if is_toc:
            # (one table of contents whatever headings it names its parts with: "### 2. Strings" between entries)
            parts = toc_start is not None and all(blocks[between].kind == "heading" for between in range(toc_last + 1, index))
            if toc_start is None or block.start > toc_end + 1 and not _blank_between(lines, toc_end, block.start) and not parts:
                if toc_start is not None:
                    out.tocs.append((toc_start, toc_end - toc_start))
                toc_start = block.start
            elif parts:
                _take_back(out, range(toc_last + 1, index))  # the contents' own headings, no questions
            toc_end, toc_last = block.end, index
        if (candidate is not None and introduced is not None and block.item is not None
                and block.item.list_id == introduced and block.depth == 1 and candidate.strength == MAYBE
                and len(candidate.title.text.split()) <= PLAIN_WORDS and "\n" not in block.text.strip()
                and not candidate.title.text.endswith(_COLON_ENDS)):
            # The line above says its items are questions, asked or not; an item with lines under it is a
            # topic over them ("1. Data" over its questions), and so is one ending in a colon ("1. **RBAC:**").
            candidate.strength = QUESTION
        if (candidate is not None and block.kind == "heading" and index + 1 < len(blocks)
                and blocks[index + 1].kind == "heading" and blocks[index + 1].level > block.level
                and (number := _NUMBER_ONLY.match(block.text))):
            # "## #7" over "### What is X?": an anchor numbering the question written under it
            candidate.title, candidate.label_only = Title("", int(number.group(1)), "n.", True), True
        if (candidate is not None and block.kind == "heading" and not candidate.label_only
                and candidate.title.text.isdigit() and (number := _NUMBER_ONLY.match(candidate.title.text))
                and (_asked_below(blocks, index) or index + 1 < len(blocks) and blocks[index + 1].kind == "code")):
            # "## ⬛ 3" over "Qual é o output?" and its code: a number alone over the question it numbers; "## 3"
            # right over code: the code is the question (what does it print?)
            candidate.title, candidate.label_only = Title("", int(number.group(1)), "n.", True), True
        if (candidate is not None and block.kind == "heading" and not candidate.label_only
                and block.text.rstrip(" :.*_#")[-1:].isdigit()  # (a cheap look first: few headings end in a number)
                and (named := _NAMED_LABEL.match(plain(block.text).strip())) is not None):
            # "## Python Quiz 0001" over the question's paragraph: a numbered label, named for its subject
            candidate.title, candidate.label_only = Title("", int(named.group(1)), "Qn:", True), True
        if (candidate is not None and block.kind == "heading" and not candidate.label_only
                and block.text[-1:].isdigit() and (code := _ID_LABEL.match(block.text.strip())) is not None
                and _asked_below(blocks, index)):
            # "### K8S-001" over "Kubernetes의 … 설명해주세요.": a question's id, the question written under it
            candidate.title, candidate.label_only = Title("", int(code.group(1)), "Qn:", True), True
        if candidate is not None and candidate.label_only:
            candidate = _label_title(blocks, lines, candidate)
        elif (candidate is not None and candidate.title.labelled and not candidate.title.text.endswith(QUESTION_MARKS)
              and candidate.pattern.kind in ("h", "bold", "label")):
            _asked_under_topic(blocks, candidate)  # a label over a topic, not over a question
            if candidate.pattern.kind == "label" and candidate.title.text.endswith(_COLON_ENDS):
                _question_over_list(blocks, candidate)
        if candidate is not None and candidate.titled:
            candidate.titled = _has_body(blocks, index, candidate)
        if (candidate is not None and candidate.strength == NOT and candidate.in_item and candidate.depth == 1
                and candidate.title.text.endswith(_COLON_ENDS) and index and blocks[index - 1].kind == "hr"
                and index + 1 < len(blocks) and block.item is not None and _list_ended(blocks[index + 1], block.item.list_id)):
            # "***" over "* Основные признаки Python:" alone in its list, its answer under the list: the colon
            # leads into the entry's answer, as a heading's would, not into the list's own points
            candidate.strength = title_strength(replace(candidate.title, text=candidate.title.text.rstrip(":：")))
        if candidate is None and block.kind == "paragraph" and block.item is None and not block.quoted:
            candidate = _after_lone_number(index, block, lines)
        split = _labels_after_answers(index, block) if block.kind == "paragraph" and "\n" in block.text else []
        if not split and block.kind == "paragraph" and block.item is None and "\n" in block.text:
            split = _numbers_after_text(index, block)
        if block.kind == "html" and candidate is None and (_HTML_ENTRY.search(block.text[:2000])
                                                            or block.text.lstrip()[:3].lower() == "<p>"):
            split = _html_entries(index, block, blocks[index + 1] if index + 1 < len(blocks) else None, lines)
        asking_them = to_ask is not None and to_ask != NEXT_LIST and (
            to_ask == FENCED_TEXT or block.item is not None and block.item.list_id == to_ask)
        if candidate is not None and asking_them:
            candidate.strength = NOT
        for later in split:
            if candidate is not None and later.line < candidate.body:
                continue
            if asking_them or asked_by_candidate:
                later.strength = NOT  # the candidate's questions to the interviewer
            if advice and later.pattern.kind == "numbered" and not later.title.text.endswith(QUESTION_MARKS):
                out.advice += 1  # "**Medium:**" over "4. Implement Delete" under "## Practice drill": advice too
                later.strength = NOT
            add(out, later, keep_all=keep_all)
        if candidate is None or not candidate.title.text:
            continue
        glued = _glued(block, candidate) if candidate.in_item and candidate.title.number is not None else None
        if glued is None and candidate.in_item and candidate.title.number is not None and "\n" in block.text:
            glued = _undotted(block, candidate)
        add(out, candidate, keep_all=keep_all)
        if candidate.strength != NOT and candidate.title.number is not None:
            asked_above = max(asked_above, candidate.title.number)
        if glued is not None:
            add(out, glued, keep_all=keep_all)
    if unsure:
        _notes_over_their_questions(out, unsure, blocks)
    if toc_start is not None:
        out.tocs.append((toc_start, toc_end - toc_start))
    out.tocs = [t for t in out.tocs if t[1] >= 2]
    if lazy := {list_id for list_id, number in numbers.items() if number is not None}:
        _number_lazy_lists(blocks, out, lazy)
    if any(block.kind == "heading" and block.text.rstrip(" *_")[-1:] == ")" for block in blocks):  # a cheap look first
        _counted_sections(blocks, out)
    _series_under_questions_headings(blocks, out)
    return out


NAMED_SERIES_MIN = 3  # numbered headings right under a heading naming them questions, for all of them to be


def _series_under_questions_headings(blocks: list[Block], candidates: Candidates) -> None:
    """Under a heading that names its section as questions ("### Technical Questions."), the headings one level
    down numbered one after another ("#### 1. OLAP vs OLTP Explain it.", "#### 2. Slow changing dimension.")
    are those questions, asking or naming their topic, where at least a quarter of them ask (numbered topics
    that ask nothing, "### 1. Installation" under "## FAQ", hold the questions)."""
    by_index: dict[int, Candidate] | None = None
    for index, block in enumerate(blocks):
        if (block.kind != "heading" or "uestion" not in block.text or len(block.text) > 120
                or not QUESTIONS_WORD.search(block.text) or _candidate_asks(block.text)):
            continue  # (a substring first: few headings name questions)
        if by_index is None:
            by_index = {c.index: c for c in candidates.found if c.pattern.kind == "h"}
        series: list[Candidate] = []
        end = index + 1
        while end < len(blocks) and not (blocks[end].kind == "heading" and blocks[end].level <= block.level):
            candidate = by_index.get(end)
            if candidate is not None and candidate.level == block.level + 1:
                series.append(candidate)
            end += 1
        numbers = [c.title.number for c in series]
        if (len(series) < NAMED_SERIES_MIN or None in numbers
                or any(after != before + 1 for before, after in itertools.pairwise(numbers))
                or sum(1 for c in series if c.strength == QUESTION) * 4 < len(series)):
            continue
        raised = [c for c in series if c.strength == MAYBE]
        for candidate in raised:
            candidate.strength = QUESTION
            candidates.counts[candidate.pattern][0] += 1


# A heading that counts what its section holds: "## B) Practical — Hands-On Tasks (14)", "## Theory (22 questions)"
_COUNT_AFTER = re.compile(r"\((\d{1,3})(?:\s+(?:questions?|scenarios?|tasks?|problems?|exercises?|prompts?|challenges?))?\)\W*$",
                          re.IGNORECASE)


def _counted_sections(blocks: list[Block], candidates: Candidates) -> None:
    """Under a heading that counts what its section holds, the blocks of one pattern that are just that many
    are what it counts, asked or not ("1. **Session management**" under "## Theory (22)", one of 22 items)."""
    by_index: dict[int, list[Candidate]] = {}
    for candidate in candidates.found:
        by_index.setdefault(candidate.index, []).append(candidate)
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        text = plain(block.text).strip()
        counted = _COUNT_AFTER.search(text)
        if counted is None:
            continue
        section: dict[Pattern, list[Candidate]] = {}
        end = index + 1
        while end < len(blocks) and not (blocks[end].kind == "heading" and blocks[end].level <= block.level):
            if blocks[end].depth <= 1:  # (the section's own blocks: items nested in an answer are its points)
                for candidate in by_index.get(end, ()):
                    if candidate.strength >= MAYBE:
                        section.setdefault(candidate.pattern, []).append(candidate)
            end += 1
        for pattern, members in section.items():
            if len(members) == int(counted.group(1)):
                raised = [c for c in members if c.strength == MAYBE]
                for candidate in raised:
                    candidate.strength = QUESTION
                candidates.counts[pattern][0] += len(raised)


LAZY_ITEMS = 3  # items of a list all written with one number ("1." each) for the renderer to number them


def _number_lazy_lists(blocks: list[Block], candidates: Candidates, lazy: set[int]) -> None:
    """Ordered lists whose items all carry the same number ("1." for every item) are numbered as a renderer
    shows them, from that number by position: the written number is a convenience of the writer, not a
    repeated or restarted count."""
    positions: dict[int, int] = {}  # block index -> the item's position in its list
    sizes: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if block.item is not None and block.item.ordered and block.item.list_id in lazy:
            positions[index] = sizes.get(block.item.list_id, 0)
            sizes[block.item.list_id] = positions[index] + 1
    for candidate in candidates.found:
        item = blocks[candidate.index].item
        if (candidate.in_item and not candidate.glued and item is not None and item.number is not None
                and candidate.index in positions and sizes[item.list_id] >= LAZY_ITEMS
                and candidate.title.number == item.number):
            candidate.title = replace(candidate.title, number=item.number + positions[candidate.index])


def _notes_over_their_questions(candidates: Candidates, unsure: list[Candidate], blocks: list[Block]) -> None:
    """Of the one-line items naming a question not asked above them, those naming one asked below ("1. **Question
    2:** the read/write ratio drives it." in takeaways over the questions) tell of it: uncounted and dropped. A
    question asked below is one outside the items' own list, labelled with its number ("### Question 2: …",
    "**Q2.** …"), or only numbered and asking where the item goes on in lower case, a note's sentence ("**Question
    2:** pods are cattle" over "2. What is a pod?"): a chapter's number ("## 2. Arrays"), a step's, the list's own
    items' or a numbered question under a picked task ("**Question 2:** Rotate a matrix.") name none."""
    taken = {id(c) for c in unsure}

    def list_of(candidate: Candidate) -> int | None:
        item = blocks[candidate.index].item
        return item.list_id if item is not None else None

    # per number, the list of each question asking it and whether it is labelled with its number (none is above: the
    # items were taken as unsure for that)
    askers: dict[int, list[tuple[int | None, bool]]] = {}
    for c in candidates.found:
        if id(c) not in taken and c.title.number is not None and (
                c.strength == QUESTION or c.strength != NOT and c.title.labelled):
            askers.setdefault(c.title.number, []).append((list_of(c), c.title.labelled))
    notes = {id(c) for c in unsure
             if any(within != list_of(c) and (labelled or c.title.text[:1].islower())
                    for within, labelled in askers.get(c.cited, ()))}
    if not notes:
        return
    for candidate in candidates.found:
        if id(candidate) in notes:
            _uncount(candidates, candidate)
    candidates.found = [c for c in candidates.found if id(c) not in notes]


def _take_back(candidates: Candidates, indices: range) -> None:
    """Uncount the candidates of the blocks ``indices`` (the last ones added) and drop them."""
    while candidates.found and candidates.found[-1].index in indices:
        _uncount(candidates, candidates.found.pop())


def _uncount(candidates: Candidates, candidate: Candidate) -> None:
    """Take back what :func:`add` counted for ``candidate``."""
    count = candidates.counts[candidate.pattern]
    count[0] -= candidate.strength == QUESTION
    if candidate.strength >= MAYBE:
        count[1] -= 1
        count[2] -= candidate.title.number is not None


def add(candidates: Candidates, candidate: Candidate, *, keep_all: bool = False) -> None:
    """Count ``candidate`` in its pattern, and keep it if it may become a question."""
    count = candidates.counts.get(candidate.pattern)
    if count is None:
        count = candidates.counts[candidate.pattern] = [0, 0, 0]
    numbered = candidate.title.number is not None
    if candidate.strength == QUESTION:
        count[0] += 1
    if candidate.strength >= MAYBE:
        count[1] += 1
        count[2] += numbered
    if (candidate.strength == QUESTION or keep_all
            or (candidate.strength == MAYBE and (numbered or candidate.pattern.kind in _KEEP_MAYBE))
            or (candidate.pattern.kind == "quote" and _QUOTED_PROMPT.match(candidate.title.text))):
        candidates.found.append(candidate)


_LONE_NUMBER = re.compile(r"^ {0,3}(\d{1,9})[.)]\s*$")


def _after_lone_number(index: int, block: Block, lines: list[str]) -> Candidate | None:
    """"20." alone on its line with the question on the next (a list pasted from a PDF): Markdown reads an
    empty list item and a paragraph after the list; the two are one numbered item."""
    if block.start == 0 or block.depth or not lines[block.start - 1].rstrip().endswith((".", ")")):
        return None
    number = _LONE_NUMBER.match(lines[block.start - 1])
    if number is None:
        return None
    first, taken = _first_lines(block.text)
    read = read_title(first)
    title = Title(read.text, int(number.group(1)), read.prefix or "n.", read.labelled)
    return Candidate(index, block.start, pattern_of("numbered", 1), title, title_strength(title),
                     body=block.start + taken)


def _glued(block: Block, candidate: Candidate) -> Candidate | None:
    """The next numbered question glued onto this item's line ("When is a median better?7. What is a
    confidence interval?", a list pasted from a PDF): only the number that goes on with the item's own counts,
    right after the end of a sentence. Returns it as a candidate of its own and cuts ``candidate``'s title
    short; None when nothing is glued."""
    number = candidate.title.number
    assert number is not None
    text = block.text
    marker = f"{number + 1}."
    at = text.find(marker)
    if at <= 0:
        return None
    glue = re.compile(r"(?<=[?？.!])[ \t]*" + str(number + 1) + r"\.[ \t]+(?=\S)")
    match = glue.search(text, max(0, at - 4))
    if match is None:
        return None
    head, rest = text[:match.start()], text[match.end():]
    own = read_title(" ".join(head.split()))
    if not own.text:
        return None
    candidate.title = Title(own.text, number, candidate.title.prefix, candidate.title.labelled)
    candidate.strength = title_strength(candidate.title)
    row = head.count("\n")
    first, taken = _first_lines(rest)
    read = read_title(first)
    title = Title(read.text, number + 1, candidate.title.prefix, read.labelled)
    candidate.body = block.start + row + 1
    return Candidate(candidate.index, block.start + row, candidate.pattern, title, title_strength(title),
                     depth=candidate.depth, in_item=True, body=block.start + row + taken, glued=True)


def _undotted(block: Block, candidate: Candidate) -> Candidate | None:
    """The next numbered question on the line below a question, its number typed without the dot ("2. Why
    use small batches?" over "3Write the momentum update?"): Markdown reads one item, the second line as
    the first's answer. Taken only when both lines ask, and the number is the next one."""
    number = candidate.title.number
    assert number is not None
    parts = block.text.split("\n")
    at = candidate.body - block.start
    if not 0 < at < len(parts) or not parts[at - 1].rstrip(" *_").endswith(QUESTION_MARKS):
        return None
    line = parts[at].strip()
    match = re.match(str(number + 1) + r"(?![\d.)])\s*(?=[^\W\d_])", line)
    if match is None or not line.rstrip(" *_").endswith(QUESTION_MARKS):
        return None
    read = read_title(line[match.end():])
    title = Title(read.text, number + 1, candidate.title.prefix, read.labelled)
    if title_strength(title) != QUESTION:
        return None
    return Candidate(candidate.index, block.start + at, candidate.pattern, title, QUESTION, depth=candidate.depth,
                     in_item=True, body=block.start + at + 1, undotted=True)


def _blank_between(lines: list[str], start: int, end: int) -> bool:
    return all(not lines[i].strip() for i in range(start, min(end, start + 50)))


# "Some common questions:", "Một số câu hỏi hay gặp như:", "常见问题如下：": a line introducing a list of questions
_INTRODUCING = re.compile(r"(?:\bq ?& ?a\b|" + QUESTION_LABEL + r"|domande|vragen|pytania|sorular|вопросы)", re.IGNORECASE)
# "If you have questions, reach out on:", "For questions or feedback:": the reader's questions, not the interview's
_READERS_QUESTIONS = re.compile(r"\b(?:if you have|for|any|your)\s+(?:any\s+)?questions?\b|\bquestions?\s*(?:or|,|/|&)\s*"
                                r"(?:feedback|comments|suggestions|issues|problems|ideas)|\b(?:reach out|contact|get in touch)",
                                re.IGNORECASE)
INTRO_WORDS = 25  # a line introducing a list is short
NEXT_LIST = -1
FENCED_TEXT = -2  # the blocks read out of a fence, one after another


_SENTENCE_BREAK = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")


def _introduces_questions(text: str) -> bool:
    """A paragraph that introduces a list of questions: short, ends in a colon, names questions, and not the
    ones a candidate asks the interviewer."""
    if not text.rstrip(" *_\n").endswith(_COLON_ENDS):
        return False  # a cheap look first: most paragraphs end a sentence
    line = text.rstrip().rsplit("\n", 1)[-1].strip(" *_")
    # its last sentence: "Before diving into specific questions, know the kinds of interview. These can include:"
    # introduces the kinds, not questions
    line = _SENTENCE_BREAK.split(line)[-1]
    return (line.endswith(_COLON_ENDS) and len(line.split()) <= INTRO_WORDS and _INTRODUCING.search(line) is not None
            and not _candidate_asks(line) and not _ANSWER_START.match(line) and not _READERS_QUESTIONS.search(line)
            and not _WHAT_IT_HOLDS.search(line))


# "Good interview questions should:", "A strong answer must:": what questions and answers do, over a list of it
_WHAT_QUESTIONS_DO = re.compile(r"\b(?:questions?|answers?)\s+(?:should|must|ought to|needs? to|will)\s*[:：]\s*$",
                                re.IGNORECASE)
INTRO_CHARS = 200


# "… a set of interview questions for each topic, complete with:", "This set covers all topics with:": what the
# document holds (answers, keywords, criteria), not the questions; "Good interview questions should:": what
# questions do, not which; "These 20 questions cover:": their topics; "Ensure every question has:": its fields
_WHAT_IT_HOLDS = re.compile(r"\b(?:with|provides?|offers?|should|must|ought to|needs? to|covers?|has)\s*[:：]\s*$|"
                            # "Expect questions about key abilities such as:": the topics they are about
                            r"\bquestions?\s+(?:about|on|regarding|covering|related to)\b.*\bsuch as\s*[:：]\s*$|"
                            # "the remaining questions (Q22-Q58) covering topics like:": their topics too
                            r"\btopics\s+(?:such as|like|including)\s*[:：]\s*$",
                            re.IGNORECASE)


SECTION_ROW_WORDS = 4  # a row naming a section: a few words, no number, nothing in the answer cell
SECTION_ROW_CHARS = 30

_NAMED_LABEL = re.compile(r"^(?:[\w.+#-]+\s+){1,3}(?:quiz|question|exercise|puzzle|challenge)\s*#?(\d{1,5})\s*[:.]?$",
                          re.IGNORECASE)
_ID_LABEL = re.compile(r"^[A-Z][A-Z0-9]{0,7}[-_](\d{1,5})$")  # "K8S-001", "JS_12": an id in capitals and a number
_NUMBER_ONLY = re.compile(r"^\s*(?:#|No\.?\s*|№\s*)?(\d{1,4})\s*[.):]?\s*$", re.IGNORECASE)
# "### 🧠 Scenario 1:" over the scenario's paragraph: a numbered label, the question written under it
_SCENARIO_LABEL = re.compile(r"^(?:scenario|case(?: study)?)\s*#?\d{1,3}\s*[:.]?$", re.IGNORECASE)
# "### Question 1.2" (a section's second) over the question's paragraph, "### Question 5.1 (Multi-part)" too
def _section_label(text: str) -> bool:
    """Whether a heading is a question's label numbered in its section, the question under it (a cheap look first:
    most headings are not)."""
    head = text[:SECTION_LABEL_LOOK]
    return ("uestion" in head or "UESTION" in head) and "." in head and _SECTION_LABEL.match(plain(text)) is not None


SECTION_LABEL_LOOK = 40
_SECTION_LABEL = re.compile(r"^question\s+\d{1,3}\.\d{1,3}(?:\s*\([^()]{1,30}\))?\s*[:.]?$", re.IGNORECASE)
# "Scenario 5: You want to enrich an event before …": a numbered scenario that states the situation (not only names
# it, "Scenario 1: Replication Lag", over the prompt quoted below)
_SCENARIO_TITLED = re.compile(r"^(?:scenario|case(?: study)?)\s*#?\d{1,3}\s*[:.]\s*(?:\S+\s+){4}\S", re.IGNORECASE)
# "### 题目" (a heading that is the label alone) over the question's paragraph, under "## 第 1 题 | 定义"
_LABEL_ALONE = re.compile(r"^(?:" + QUESTION_LABEL + r")$", re.IGNORECASE)
LABEL_ALONE_CHARS = 12


def _candidate(index: int, block: Block, lines: list[str]) -> tuple[Candidate | None, bool]:
    if block.kind == "heading":
        title = read_title(block.text)
        label_only = (title.labelled and not title.text or _SCENARIO_LABEL.match(title.text) is not None
                      or (len(title.text) <= LABEL_ALONE_CHARS and _LABEL_ALONE.match(title.text) is not None)
                      or _section_label(block.text))
        grade = title_strength(title)
        if grade != QUESTION and title.text.endswith(QUESTION_MARKS) and (
                grade == NOT or len(title.text.split()) > PROSE_WORDS) and len(title.text.split()) <= LABELLED_WORDS:
            grade = QUESTION  # a heading that sets a long scenario and asks: headings are not prose
        elif grade == MAYBE and title.text[:1] in "SsCc" and _SCENARIO_TITLED.match(title.text):
            grade = QUESTION  # "## Scenario 5: You want to enrich an event …": a numbered scenario is a prompt
        candidate = Candidate(index, block.start, pattern_of("h", block.level), title,
                              grade, block.level, block.depth,
                              label_only=label_only, body=block.answer_line)
        return candidate, False
    if block.kind == "row":
        title = read_title(block.cells[0])
        number = int(block.number) if block.number.isdigit() and len(block.number) < 7 else title.number
        title = Title(title.text, number, title.prefix, title.labelled)
        answer = re.sub(r"<br\s*/?>", "\n", block.cells[1], flags=re.IGNORECASE)
        grade = strength(title.text)
        if (grade != QUESTION and not answer.strip() and number is None and len(title.text.split()) <= SECTION_ROW_WORDS
                and len(title.text) <= SECTION_ROW_CHARS):
            grade = NOT  # "| Research | |" between the questions: a row naming the section under it
        return Candidate(index, block.start, pattern_of("table"), title, NOT if grade == NOT else max(MAYBE, grade),
                         depth=block.depth, body=block.end, answer=answer), False
    if block.kind == "html":
        return _summary(index, block, lines) or _pre(index, block, lines), False
    if block.kind == "paragraph":
        if block.item is not None:
            return _list_item(index, block, lines)
        if block.text[:1] in "0123456789[" and block.text.rstrip()[-1:] == ")" and (
                "\n" in block.text.strip() or block.text[:1].isdigit()) and all(
                _CONTENTS_LINE.match(line.strip()) for line in block.text.split("\n") if line.strip()):
            # "1.1. [What is DFS?](#11-what-is-dfs)" a line each: a table of contents (one link alone, not
            # numbered, is "[⬆ Back to top](#questions)")
            return None, True
        candidate = _paragraph(index, block)
        if (candidate is None or candidate.pattern.kind == "bold" and candidate.strength != QUESTION
                and not _FOLLOW_UP_LABEL.match(block.text.split("\n", 1)[0])) and (not block.quoted and "\n" in block.text):
            # ("**🔹 General Questions**" right over "Q1. What are …?": a caption in bold over the question; not
            # "**Follow-up questions**" over those of an answer)
            candidate = _label_under_captions(index, block) or candidate
        return candidate, False
    return None, False


CAPTION_LINES = 3  # short lines a pasted text may put right above a labelled question ("🔥 Serving")
CAPTION_WORDS = 10


def _label_under_captions(index: int, block: Block) -> Candidate | None:
    """A numbered ``Qn.`` label on a later line of a paragraph whose lines above it are short captions, as a
    chat pasted as plain text has them ("🔥 Serving" over "Q3. What does a KV cache store?"): the question
    starts at the label; the captions name its section."""
    parts = block.text.split("\n", CAPTION_LINES + 1)
    for at in range(1, min(len(parts), CAPTION_LINES + 1)):
        caption = parts[at - 1].strip()
        if (not caption or len(caption.split()) > CAPTION_WORDS or caption.endswith((".", ":", "?", "？", "：", ","))
                or _LABEL.match(caption)):
            return None
        line = parts[at]
        # numbered ("Q3. …"), or unnumbered under an emoji caption ("🔍 Lexical Analysis" over "Q) What is …?")
        marked = unicodedata.category(caption[0]) == "So"
        if not _LABEL.match(line) or (read_title(line.split("\n", 1)[0]).number is None and not marked):
            continue
        rest = "\n".join(block.text.split("\n")[at:])
        candidate = _paragraph(index, replace(block, text=rest, start=block.start + at))
        if candidate is None or candidate.pattern.kind != "label" or (candidate.title.number is None and not (
                marked and strength(candidate.title.text) == QUESTION)):
            return None
        return candidate
    return None


_SPLIT_INITIALS = frozenset("*_") | QUESTION_LABEL_INITIALS  # what a label line may open with
_LATER_LABEL = re.compile(r"\n[ \t]*(?:\*\*|__)?[ \t]*" + _LABEL_WORD, re.IGNORECASE)


def _labels_after_answers(index: int, block: Block) -> list[Candidate]:
    """Labelled questions on later lines of a paragraph, each after an answer line ("Q: …" / "A: …" / "Q: …"
    with no blank line between the pairs, or "**A:** …" then "**Q10: …**"): each starts a question of its
    own, and the lines above it answer the one before."""
    if _LATER_LABEL.search(block.text) is None:
        return []  # a cheap look first: most paragraphs have no label on a later line
    parts = block.text.split("\n")
    out: list[Candidate] = []
    answered = False
    asked = False  # the line above is a labelled question: a list of them, one a line, none answered
    for at, line in enumerate(parts):
        stripped = line.lstrip()
        labelled = stripped[:1] in _SPLIT_INITIALS and _LABEL.match(stripped) is not None
        # (numbered, or asking on its line: "Q: Do we need custom aliases?" under "Q: What scale? (per day)")
        one_a_line = labelled and (_LIST_LABEL.match(stripped) is not None or _ends_asking(stripped)
                                   or _ASKED_BEFORE_NOTE.search(stripped) is not None)
        listed = asked and one_a_line
        # "Q. …" right over "A. …" (text taken from a PDF): a question and its answer, whatever is above them
        paired = stripped.startswith("Q. ") and at + 1 < len(parts) and parts[at + 1].lstrip().startswith("A. ")
        # "Question 1: …" under a chat's greeting, its "Answer: …" a line or two below: the first of the pairs
        opens = not out and labelled and any(_ANSWER_START.match(parts[below].lstrip())
                                             for below in range(at + 1, min(len(parts), at + 1 + ANSWER_LABEL_LINES)))
        # (in text kept in a fence, a blank line ends the answer above: "- Có các cách sau: …" / "" / "Câu 2: …")
        after_blank = block.fenced and at and not parts[at - 1].strip()
        if at and (answered or listed or paired or opens or after_blank) and labelled and not _LABEL_ONLY.match(stripped):
            rest = "\n".join(parts[at:])
            candidate = _paragraph(index, replace(block, text=rest, start=block.start + at))
            if (candidate is not None and candidate.pattern.kind in ("label", "bold") and candidate.title.labelled
                    and (answered or after_blank and candidate.title.number is not None
                         or strength(candidate.title.text) == QUESTION)):  # "Q1. useEffect" in a key
                candidate.split = True
                out.append(candidate)
                answered = False
                asked = True
                continue
        answered = answered or _ANSWER_START.match(stripped) is not None
        asked = not at and one_a_line and not answered
    return out


# "Q3. What is …?": a numbered label with the question on its line, as a list of questions writes them
_LIST_LABEL = re.compile(r"(?:\*\*|__)?Q\d{1,4}[.:)]\s*(?:\*\*|__)?\s*\S", re.IGNORECASE)


_LATER_NUMBER = re.compile(r"\n {0,3}([2-9]|\d{2,3})(?:[.)] +|[、．][ \t]*)(?=\S)")  # ("20、…？" too)


def _numbers_after_text(index: int, block: Block) -> list[Candidate]:
    """Numbered questions on later lines of a paragraph ("…the last answer line.\n2. How do you …?"): a list
    numbered from 2 on cannot interrupt a paragraph in Markdown, so a question written right under the answer
    above it, without a blank line, is glued onto that answer's paragraph. Only lines that ask."""
    if _LATER_NUMBER.search(block.text) is None:
        return []
    parts = block.text.split("\n")
    out: list[Candidate] = []
    for at, line in enumerate(parts):
        if not at or _LATER_NUMBER.match("\n" + line) is None:
            continue
        title = read_title(line.strip())
        if title.number is None or title_strength(title) != QUESTION:
            continue
        out.append(Candidate(index, block.start + at, pattern_of("numbered", 1), title, QUESTION, depth=block.depth,
                             body=block.start + at + 1, split=True))
    return out


_HTML_ENTRY = re.compile(r"<(?:dt|li)\b", re.IGNORECASE)
_DT = re.compile(r"<dt\b[^>]{0,200}>(.*?)</dt\s*>\s*(?:<dd\b[^>]{0,200}>(.*?)(?:</dd\s*>|(?=<dt\b)|$))?",
                 re.IGNORECASE | re.DOTALL)
_LI = re.compile(r"<li\b[^>]{0,200}>(.*?)(?:</li\s*>|(?=<li\b)|(?=</[ou]l\s*>)|$)", re.IGNORECASE | re.DOTALL)
_LI_HEAD = re.compile(r"^\s*(?:<p>\s*)?<(b|strong)>(.*?)</\1>\s*(?:<br\s*/?>\s*|</p>\s*|[:：-]\s*)*(.*)$",
                      re.IGNORECASE | re.DOTALL)
_HTML_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p>|</?p>", re.IGNORECASE)
_HTML_CODE = re.compile(r"</?code>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>]{0,200}>")


def _html_text(fragment: str) -> str:
    """An HTML answer as plain lines: breaks and paragraphs become line breaks, code spans backticks, no tags."""
    text = _HTML_TAG.sub("", _HTML_CODE.sub("`", _HTML_BREAK.sub("\n", fragment)))
    return "\n".join(line.strip() for line in html.unescape(text).strip().split("\n"))


def _html_entries(index: int, block: Block, following: Block | None, lines: list[str]) -> list[Candidate]:
    """Questions written as HTML: ``<dt>question</dt><dd>answer</dd>`` (an FAQ as a definition list), or list
    items ``<li><b>question</b><br>answer</li>`` and ``<li>question?</li>``; the answer is given by the entry."""
    text = block.text
    out: list[Candidate] = []
    for match in _DT.finditer(text):
        answer = match.group(2)
        if answer is None and following is not None and following.kind == "html" and match.end() >= len(text.rstrip()):
            dd = re.match(r"\s*<dd\b[^>]{0,200}>(.*?)(?:</dd\s*>|$)", following.text, re.IGNORECASE | re.DOTALL)
            answer = dd.group(1) if dd else None  # "<dt>…</dt>", a blank line, "<dd>…</dd>": two HTML blocks
        title = read_title(match.group(1))
        line = block.start + text.count("\n", 0, match.start())
        out.append(Candidate(index, line, pattern_of("html"), title, title_strength(title), depth=block.depth,
                             body=line + 1, answer=_html_text(answer or "")))
    if out:
        return out
    for match in _LI.finditer(text):
        inner = match.group(1)
        head = _LI_HEAD.match(inner)
        question, answer = (head.group(2), head.group(3)) if head else (inner, "")
        if not head and _HTML_BREAK.search(inner):
            question, answer = _HTML_BREAK.split(inner, 1)
        title = read_title(question)
        line = block.start + text.count("\n", 0, match.start())
        out.append(Candidate(index, line, pattern_of("html"), title, title_strength(title), depth=block.depth,
                             body=line + 1, answer=_html_text(answer)))
    if not out and text.lstrip()[:3].lower() == "<p>" and not block.depth:
        out = _asking_paragraph_tags(index, block, lines)
    keyed = _html_key(following)
    if (len(out) >= KEYED_MIN and len(keyed) == len(out) and not any(c.answer for c in out)
            and sum(1 for c, answer in zip(out, keyed, strict=True)
                    if _content_words(c.title.text) & _content_words(answer)) >= ALIGNED_SHARE * len(out)):
        # a box titled "Answers" right under the list, as many items: the count says they pair, words only confirm
        for candidate, answer in zip(out, keyed, strict=True):
            candidate.answer = answer
    return out


_P_LINE = re.compile(r"^\s*<p>(.{1,500}?)<?/p>\s*$", re.IGNORECASE)  # (a close written "?/p>" by a slip)
ASKING_TAGS_MIN = 2  # lines of "<p>…</p>" opening an HTML block for them to be candidates


def _asking_paragraph_tags(index: int, block: Block, lines: list[str]) -> list[Candidate]:
    """Questions written as HTML paragraphs one a line ("<p>What are custom elements?</p>" over "<p>Do I need
    …?</p>"), unanswered: the lines an HTML block opens with, at least :data:`ASKING_TAGS_MIN`, each read as a
    title (whether it asks decides, as for any candidate)."""
    out: list[Candidate] = []
    for at, line in enumerate(lines[block.start:block.end]):
        if not line.strip():
            continue
        if (match := _P_LINE.match(line)) is None:
            break  # (what follows is the block's too: "# FIN" right under the last)
        title = read_title(match.group(1))
        out.append(Candidate(index, block.start + at, pattern_of("html"), title, title_strength(title),
                             depth=block.depth, body=block.start + at + 1, answer=""))
    return out if len(out) >= ASKING_TAGS_MIN else []


_HTML_KEY = re.compile(r"^\s*<details\b[^>]{0,200}>\s*<summary\b[^>]{0,200}>(.{0,60}?)</summary\s*>", re.IGNORECASE | re.DOTALL)


def _html_key(block: Block | None) -> list[str]:
    """The answers in a ``<details>`` box titled "Answers" right under a list of questions, one ``<li>`` each, in
    the questions' order (empty when the next block is no such box)."""
    if block is None or block.kind != "html" or (head := _HTML_KEY.match(block.text)) is None or not _key_title(
            _html_text(head.group(1))):
        return []
    return [_html_text(match.group(1)) for match in _LI.finditer(block.text, head.end())]


_DETAILS_ALONE = re.compile(r"^\s*<details\b[^>]{0,200}>\s*$", re.IGNORECASE)
_SUMMARY_FIRST = re.compile(r"^\s*<summary\b", re.IGNORECASE)


def _opened_above(lines: list[str], start: int) -> bool:
    """Whether the nearest line with text above ``start`` is a ``<details>`` tag alone: GitBook writes a blank
    line between it and the ``<summary>``, so Markdown reads them as two HTML blocks."""
    for row in range(start - 1, max(-1, start - 20), -1):
        if lines[row].strip():
            return _DETAILS_ALONE.match(lines[row]) is not None
    return False


# "</details>" alone over the next box's "<details><summary>…": Markdown reads the two as one HTML block
_CLOSED_FIRST = re.compile(r"^(?:[ \t]*</details\s*>[ \t]*\n)+(?=[ \t]*<details\b)", re.IGNORECASE)


def _summary(index: int, block: Block, lines: list[str]) -> Candidate | None:
    opened = 0
    text = block.text
    if text[:3] == "</d" and (closed := _CLOSED_FIRST.match(text)) is not None:
        text = text[closed.end():]  # the box above closes on the block's first line; this one opens under it
    if not _DETAILS_OPEN.match(text.lstrip()):
        if not (_SUMMARY_FIRST.match(text) and _opened_above(lines, block.start)):
            return None
        opened = 1
    match = _SUMMARY.search(text)
    if match is None:
        return None
    title = read_title(match.group(1))
    line = block.start + block.text.count("\n", 0, len(block.text) - len(text) + match.end())
    rest = text[match.end():]
    first_rest = rest.split("\n", 1)[0]
    opens = opened + len(_DETAILS_OPEN.findall(text)) - len(_DETAILS_CLOSE.findall(text))
    # "<summary>Question #1</summary>" over the question's paragraph: a label alone
    label_only = title.labelled and not title.text and not first_rest.strip()
    return Candidate(index, line, pattern_of("summary"), title, strength(title.text), depth=block.depth,
                     lead=first_rest.strip(), body=line + 1, details=opens, apart=opened == 1, label_only=label_only)


_PRE_LINE = re.compile(r"^\s*<pre\b[^>]{0,200}>([^<\n]{1,400})</pre\s*>\s*$", re.IGNORECASE)


def _pre(index: int, block: Block, lines: list[str]) -> Candidate | None:
    """A question set on a line of its own in ``<pre>…</pre>`` (flashcards whose answer is a ``<details>`` box
    below): one line of text, no markup inside; a code listing spans lines and is never one. Without a
    question signal it is a question only over such a box (a card naming a topic: "Bias versus variance")."""
    match = _PRE_LINE.match(block.text)
    if match is None:
        return None
    title = read_title(match.group(1))
    sure = strength(title.text)
    if sure == MAYBE and not _details_below(lines, block.end):
        sure = NOT
    return Candidate(index, block.start, pattern_of("pre"), title, sure, depth=block.depth, body=block.end)


def _details_below(lines: list[str], start: int) -> bool:
    """Whether the next line with text at or after ``start`` opens a ``<details>`` box."""
    for row in range(start, min(len(lines), start + 20)):
        if lines[row].strip():
            return _DETAILS_OPEN.match(lines[row].lstrip()) is not None
    return False


# A bold question whose closing stars were left out, among bold questions that have them
_BOLD_NEVER_CLOSED = re.compile(r"^(\*\*|__)(?=\S)([^*_\n]{3,300}?[?？])()$")
_SAID_ENDS = (":", "：", ".", "?", "？", "!")  # a bold part that ends so is a label or a sentence of its own ("**A:** …")
_BOLD_WHOLE_LINE = re.compile(r"^(\*\*|__)(?=\S)([^\n]+)(?<=\S)\1()[ \t]*$")


def _bold_first(text: str) -> re.Match[str] | None:
    """The bold part a line opens with (group 2) and what follows it (group 3); a whole line in bold whose
    closing stars follow a space ("**What is X? **") counts, though Markdown would not render it bold."""
    match = _BOLD_START.match(text)
    if match is None and text.rstrip().endswith(("**", "__")):  # (two spaces after it: a hard line break)
        match = _BOLD_LINE_SPACED.match(text.split("\n", 1)[0].rstrip())
    elif match is not None and match.group(3)[-2:] in ("**", "__") and not match.group(2).endswith(_SAID_ENDS) and (
            whole := _BOLD_WHOLE_LINE.match(text)) is not None and whole.group(2).endswith(QUESTION_MARKS):
        match = whole  # "**What does an **&** after a command do?**": bold inside the bold question
    return match


# "**3- What are B-trees?" over "**B-trees are …", "**21- What is X ?" over "First**, …": a line's bold closed on
# the line under it, near its start (a web capture's)
_NUMBERED_BOLD = re.compile(r"^(?:\*\*|__)\d{1,4}\s*[-.):]")
BOLD_CLOSED_WITHIN = 40  # characters into the next line the closing stars may come


BOLD_LINES = 4  # lines a numbered question in bold may run over before its closing stars


def _bold_closed_below(text: str) -> tuple[re.Match[str], str | None, int] | None:
    """A first line in bold whose closing stars are on the line under it, where the line asks or is numbered: the
    line as bold (stars inside it dropped), the next line without the stars (None: it keeps them, they open
    a bold span of its own), and the lines taken. A numbered question may run on over a few lines to stars
    that close the last of them ("**7. A car's battery …" over "If she needs …?" over "… [link](…)**"): then
    all of them are the bold line."""
    first, _, rest = text.partition("\n")
    marker, first = first[:2], first.rstrip()
    if first.count(marker) % 2 == 0 or not rest or not (
            first.endswith(QUESTION_MARKS) or _NUMBERED_BOLD.match(first)):
        return None
    second = rest.partition("\n")[0]
    at = second.find(marker)
    if at < 0 and _NUMBERED_BOLD.match(first):
        below = rest.split("\n", BOLD_LINES)[:BOLD_LINES - 1]
        closing = next((count for count, line in enumerate(below) if marker in line), None)
        if closing is None or below[closing].count(marker) != 1 or not below[closing].rstrip().endswith(marker):
            return None
        line = " ".join(" ".join((first, *below[:closing + 1])).replace(marker, " ").split())
        bold = _BOLD_START.match(f"{marker}{line}{marker}")
        return (bold, "", closing + 2) if bold is not None else None
    if at < 0 or at > BOLD_CLOSED_WITHIN:
        return None
    line = " ".join(first.replace(marker, " ").split())
    bold = _BOLD_START.match(f"{marker}{line}{marker}")
    if bold is None:
        return None
    if second.count(marker) % 2 == 0:
        return bold, None, 1  # "**The JVM** runs …": those stars open a bold span of the answer's own, kept as written
    return bold, (second[:at] + second[at + 2:]).strip(), 2


def _first_lines(text: str) -> tuple[str, int]:
    """The question's line, joined with the next one or two when only they end in "?", with the line under a
    label alone, or with the lines it was hard-wrapped onto; and how many lines it took."""
    parts = text.split("\n", 3)
    if len(parts) == 1 or _line_end(parts[0]).endswith(QUESTION_MARKS):
        return parts[0], 1
    if len(parts[0]) <= LABEL_LINE_CHARS and _LABEL_ONLY.match(parts[0]) and parts[1].strip() and (
            not _ANSWER_START.match(parts[1])):
        if len(parts) > 2 and parts[2].strip() and _POINTS_LINE.match(parts[1]):
            # "Question 1" over "10 / 10 pts" over the question: a quiz export's score, between label and question
            return f"{parts[0].strip()} {parts[2].split(chr(10), 1)[0].strip()}", 3
        # "**Question 3:**" over the question, however it ends ("…each executor.", "it will create:"); "**Вопрос:
        # 25**" is read as "**Вопрос 25:**"
        label = _NUMBER_AFTER_COLON.sub(r" \1:\2", parts[0].strip())
        return f"{label} {parts[1].strip()}", 2
    if _wraps_onto(parts[0], parts[1]) and (wrapped := _wrapped_run(text.split("\n", WRAP_LINES))):
        return _join_wrapped(text.split("\n", wrapped)[:wrapped]), wrapped
    for count in (2, 3):
        if len(parts) < count or _ANSWER_START.match(parts[count - 1]) or parts[count - 1].strip() in ("?", "??"):
            break  # an answer, or a flashcard's "?" line between its question and its answer
        if _asks_alone(parts[count - 1]) or _LABEL.match(parts[count - 1].lstrip()):
            break  # "1. Data" over "How do you …?": a label over a question of its own, not one question wrapped
            # ("Q: What scale? (per day)" over "Q: Do we need aliases?": each label opens a question)
        joined = " ".join(p.strip() for p in parts[:count])
        if _line_end(joined).endswith(QUESTION_MARKS):
            return joined, count
    if (first := parts[0].rstrip())[-1:].isalpha() and first.rsplit(None, 1)[-1].lower() in _GOES_ON and parts[1].strip() and (
            not _ANSWER_START.match(parts[1])):
        # "Explain true and false positives in" over "a confusion matrix.": a line wrapped mid-sentence (pasted
        # from a PDF) goes on with the next one, whatever it ends in.
        return " ".join(p.strip() for p in parts[:2]), 2
    return parts[0], 1


_POINTS_LINE = re.compile(r"^\s*(?:\d{1,4}(?:\.\d{1,2})?\s*/\s*)?\d{1,4}(?:\.\d{1,2})?\s*(?:pts|points?)\s*$",
                          re.IGNORECASE)
WRAP_LINES = 8  # lines a hard-wrapped question may run over
_CLOSING_MARKUP = " *_]"  # after a question's last word: emphasis, a converter's bracketed span ("…Python?**]")
_OPENING_TAGS = re.compile(r"^(?:<(?:b|strong|em|i|u)\s*>[ *_]*)+", re.IGNORECASE)  # "<b>Explain …"
_CLOSING_TAGS = re.compile(r"(?:</(?:b|strong|em|i|u)\s*>[ *_\]]*)+$", re.IGNORECASE)  # "…in two lines?</B>"
LABEL_LINE_CHARS = 40  # "**Question 12:**" alone on its line
WRAP_WIDTH = 50  # columns a line fills before an editor wraps it (a CJK character takes two)
_HYPHENS = ("\u2010", "\u00ad")  # a word split over two lines ("regulari‐" over "zation"), as PDFs paste it


def _width(line: str) -> int:
    return len(line) + sum(1 for char in line if char >= "\u2e80")


def _han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def _line_end(text: str) -> str:
    """``text`` without the markup that closes it: emphasis, a bracket, HTML's closing bold or italic tags, in any
    order ("…?**</b>", "…?</b> **")."""
    text = text.rstrip(_CLOSING_MARKUP)
    while text.endswith(">") and (bare := _CLOSING_TAGS.sub("", text).rstrip(_CLOSING_MARKUP)) != text:
        text = bare
    return text


def _wraps_onto(line: str, following: str) -> bool:
    """Whether ``line`` was hard-wrapped mid-sentence onto ``following``: it fills the width an editor wraps at
    and stops short of a sentence's end, and ``following`` goes on with it — in lower case (or an opening
    bracket before lower case: "(without …)"), or, in Chinese, with another character where a sentence never
    breaks. An answer under a question starts a sentence of its own."""
    line, following = line.rstrip(), following.strip()
    if len(line) * 2 < WRAP_WIDTH or not following:
        return False
    last, first = line[-1], following.lstrip("(（")[:1]
    if _han(last):
        goes_on = _han(following[0])
    else:
        goes_on = (last.isalpha() or last in ",;" or last in _HYPHENS) and first.isalpha() and first.islower()
    return goes_on and _width(line) >= WRAP_WIDTH and not _ANSWER_START.match(following)


def _wrapped_run(parts: list[str]) -> int:
    """How many of ``parts`` (lines) are one hard-wrapped sentence run to its end; 0 when the first is not."""
    wrapped = 1
    while wrapped < min(len(parts), WRAP_LINES) and _wraps_onto(parts[wrapped - 1], parts[wrapped]):
        wrapped += 1
    if wrapped > 1 and _line_end(_join_wrapped(parts[:wrapped])).endswith(_SENTENCE_END):
        return wrapped
    return 0


def _hard_wrapped(text: str) -> bool:
    """Whether the question opening ``text`` was read as lines hard-wrapped mid-sentence (see :func:`_first_lines`)."""
    parts = text.split("\n", WRAP_LINES)
    return not _line_end(parts[0]).endswith(QUESTION_MARKS) and _wrapped_run(parts) > 0


def _join_wrapped(parts: list[str]) -> str:
    joined = parts[0].strip()
    for part in parts[1:]:
        part = part.strip()
        if joined.endswith(_HYPHENS):
            joined = joined[:-1] + part
        elif _han(joined[-1]) and _han(part[0]):
            joined += part
        else:
            joined += " " + part
    return joined


# Words a sentence does not end on: a line ending in one was wrapped.
_GOES_ON = frozenset(("a", "an", "the", "of", "in", "on", "to", "for", "with", "and", "or", "between", "from", "by",
                      "as", "at", "into", "than", "that", "which", "is", "are", "your", "its", "their"))


# "❓ **1. How would you …?**": a mark before a line's bold part
_MARK_BEFORE_BOLD = re.compile(r"^[^\w\s*_\[\]()<>#`|~+-]{1,3}[ \t]+(?=\*\*|__)")


def _paragraph(index: int, block: Block) -> Candidate | None:
    first, taken = _first_lines(block.text)
    pattern: Pattern | None = None
    lead = ""
    label_only = False
    bold = _bold_first(first)
    if bold is None and first[:1] and not first[0].isascii() and (marked := _MARK_BEFORE_BOLD.match(first)):
        bold = _bold_first(first[marked.end():])
    if bold is None and first.startswith(("**", "__")) and (closed := _bold_closed_below(block.text)) is not None:
        bold, below, lines_taken = closed
        if below is not None:
            lead, taken = below, lines_taken
    elif bold is None and first.startswith(("**", "__")):
        bold = _BOLD_NEVER_CLOSED.match(block.text.split("\n", 1)[0].rstrip())  # "**Q438: How do you …?" alone
    head = _bold_head(bold) if bold else None
    if _LABEL_ONLY.match(first):
        pattern, label_only = pattern_of("label"), True
        title = read_title(first)
    elif head is not None and not head[1]:
        pattern, title = pattern_of("bold"), head[0]
    elif _LABEL.match(first):
        pattern = pattern_of("label")
        # "**Q1: What is X?** It is …": the bold part is the labelled question, the rest of the line its answer
        title, lead = head if head is not None and head[0].labelled and head[0].text else (read_title(first), "")
    elif _BARE_LABEL.match(first) and strength((title := read_title(first)).text) == QUESTION:
        pattern = pattern_of("label")  # "Q35 What is an error?": the dot left out ("Q3 revenue rose" asks nothing)
    elif head is not None:
        pattern, (title, lead) = pattern_of("bold"), head
    elif _NUMBER_PARAGRAPH.match(first):
        pattern, title = pattern_of("numbered", block.depth + 1), read_title(first)
    elif block.quoted and not block.depth:
        if first.startswith("[!"):
            return _callout(index, block, first)
        pattern, title = pattern_of("quote"), read_title(first)  # "> [M] Why …?": questions set off as quotes
    else:
        return None
    return Candidate(index, block.start, pattern, title, title_strength(title),
                     depth=block.depth, label_only=label_only, lead=lead, body=block.start + taken)


_CALLOUT = re.compile(r"^\[!([A-Za-z-]{1,20})\][+-]?[ \t]*(.*)$")
_QUESTION_CALLOUTS = frozenset(("question", "faq", "help", "quiz", "q"))


def _callout(index: int, block: Block, first: str) -> Candidate | None:
    """A callout ("> [!question] What is X?" over "> its answer", as note apps and GitHub write them): a
    question when its type asks (question, faq, help), labelled so, its title the rest of the line; a note,
    tip or warning ("> [!NOTE]") never is."""
    match = _CALLOUT.match(first)
    if match is None or match.group(1).lower() not in _QUESTION_CALLOUTS or not match.group(2).strip():
        return None
    read = read_title(match.group(2))
    title = Title(read.text, read.number, read.prefix or "Q:", True, read.mark)
    return Candidate(index, block.start, pattern_of("quote"), title, title_strength(title), depth=block.depth,
                     body=block.start + 1)


_ENUMERATOR = re.compile(r"^(?:\(\s*\w{1,3}\s*\)|\w{1,3}[.)、])\s*")  # "(1) ", "(a) ", "2) ", "3、"


def _asks_alone(line: str) -> bool:
    """A line that is a whole question: it ends in a question mark and opens with a word that asks or with
    its own number ("(1) 位置编码？")."""
    stripped = line.strip()
    if not stripped.endswith(QUESTION_MARKS):
        return False
    head = stripped.split(" ", 1)[0]
    return (asks_first(head) and len(stripped.split()) >= 3) or _ENUMERATOR.match(stripped) is not None


_NOTE = re.compile(r"^[(\[（【][^()\[\]（）【】]{1,80}[)\]）】]$")  # "(Google, 2023)", "[Easy]" after a bold question
_SENTENCE_END = (*QUESTION_MARKS, ".", "。", "!", "！")


_DASHES = ("-", "–", "—")


def _bold_head(bold: re.Match[str]) -> tuple[Title, str] | None:
    """A line opening with a bold part that is the whole question: its title and the answer text after it
    on the line ("**What is X?** It is…", "**Explain X.** It is…"); None when the bold part is not the
    question ("**Term**: its definition", "**Note:** …").

    Symbols or a short note in brackets after the bold part are no answer ("**What is X?** ⭐", "(Google, 2023)").
    """
    tail = bold.group(3).strip()
    if not tail or re.fullmatch(r"[^\w\s]*", tail) or _NOTE.match(tail):
        return read_title(bold.group(2)), ""
    text = bold.group(2).rstrip()
    if tail[:1] in _DASHES and tail[1:2] == " " and (labelled := read_title(text)).labelled and labelled.text:
        return labelled, tail[2:].strip()  # "**Q4: Auto Layout priority** - 1000 (required), 750 (high)"
    said = html.unescape(text).rstrip() if "&" in text else text  # ("&rdquo;", "?&nbsp;")
    colon = tail[:1] in (":", "：")  # "**What is IR**: Given a library, …": a colon after the bold part
    if said.rstrip("\"'”’»").endswith(QUESTION_MARKS):  # (quoted as an interviewer says it: "**“Why …?”**")
        return read_title(text), tail[1:].strip() if colon else tail
    if colon and tail[1:].strip() and first_word_asks(text.split(None, 1)[0]) and strength(
            (title := read_title(text)).text + ":") == QUESTION:
        return title, tail[1:].strip()  # a question left without its mark; not a term defined, nor "When to use:"
    if text.endswith(_SENTENCE_END):  # a request with its answer after it: "**Explain X.** It is…"
        title = read_title(text)
        if is_request(title.text):
            return title, tail
    return None


ANSWER_HEADING_CHARS = 60
# The first part of an answer told as a STAR story ("**Situation**: …", then "**Task**:", "**Action**:", "**Result**:")
_STAR_SITUATION = re.compile(r"^(?:\*\*|__)?\s*situation(?:\*\*|__)?\s*[:：]", re.IGNORECASE)


def plain_candidates(blocks: list[Block], indices: list[int] | None = None) -> list[Candidate]:
    """Plain paragraphs that ask: alone in their paragraph, or a question or request with its answer on
    the lines below. Read only when no other pattern is mostly questions (most paragraphs are answers).
    ``indices``: the blocks to read (all, by default)."""
    found: list[Candidate] = []
    for index in range(len(blocks)) if indices is None else indices:
        block = blocks[index]
        if block.kind != "paragraph" or block.item is not None or block.depth or block.quoted:
            continue
        first, taken = _first_lines(block.text)
        if (first.endswith((":", "：")) and _SLOT.search(first) and block.text.count("\n") < taken
                and len(first.split()) <= SLOT_WORDS and _paragraph(index, block) is None):
            # "…? Why is it important?:" alone in its paragraph: the colon leaves a slot for an answer to be
            # written, whatever the question opens with ("Some users see …. What can go wrong?:")
            title = read_title(first.rstrip()[:-1].rstrip())
            found.append(Candidate(index, block.start, pattern_of("plain"), title, QUESTION, body=block.start + taken,
                                   slot=True))
            continue
        if ("\n" not in block.text.strip() and index + 1 < len(blocks) and (blocks[index + 1].kind == "heading" or (
                blocks[index + 1].kind == "paragraph" and not first[:1].isalpha()))  # ("❓ 5. …", "5. …" over it)
                and blocks[index + 1].item is None and "\n" not in blocks[index + 1].text.strip()
                and len(blocks[index + 1].text) <= ANSWER_HEADING_CHARS
                and _ANSWER_HEADING.match(plain(blocks[index + 1].text)) and _paragraph(index, block) is None
                and (title := read_title(first)).text and len(title.text.split()) <= PLAIN_WORDS):
            # "❓ 5. Lazy loading non-critical JS." right over "### 📝 Answer" (or "📝 **Answer**"): the label says the
            # line is asked
            found.append(Candidate(index, block.start, pattern_of("plain"), title, QUESTION, body=block.start + 1))
            continue
        if _topic_asks(first) and _paragraph(index, block) is None:
            title = read_title(first)
            if len(title.text.split()) <= PLAIN_WORDS:
                title = Title(title.text, title.number, TOPIC_PREFIX, title.labelled, title.mark)
                found.append(Candidate(index, block.start, pattern_of("plain"), title, QUESTION,
                                       body=block.start + taken))
                continue
        if first[:2] in ("**", "__") and _QUIZ_TYPE.match(first) and _paragraph(index, block) is None:
            # "**True/False:** ORDER BY sorts in descending order by default.": a quiz item, whatever its words
            found.append(Candidate(index, block.start, pattern_of("plain"), read_title(first), QUESTION,
                                   body=block.start + taken))
            continue
        if (labelled := _under_section_labels(block.text)) is not None and _paragraph(index, block) is None:
            found.append(Candidate(index, block.start + labelled[1], pattern_of("plain"), labelled[0], QUESTION,
                                   body=block.start + labelled[1] + 1))
            continue
        if not _may_ask(first) or to_reader(first[:300]):
            continue
        if (own := _paragraph(index, block)) is not None and not (own.pattern.kind == "numbered" and own.strength == QUESTION):
            continue  # (a numbered paragraph that asks is a plain question too, where its numbers make no series)
        if (glued := _glued_answer(block.text.split("\n", 1)[0].strip())) is not None:
            # "What is HAProxy?HAProxy is a load balancer …": the answer typed straight after the question, the
            # line break between them lost in a paste
            found.append(Candidate(index, block.start, pattern_of("plain"), glued[0], QUESTION,
                                   lead=glued[1], body=block.start + 1))
            continue
        stated = first.rstrip(" *_").endswith(".")
        if stated and not any(is_request(said[:100]) or _asks_then_requests(said) or names_a_difference(said)
                              for said in (first, _NUMBER_BEFORE.sub("", first, count=1))):
            continue  # "Where these notes come from: a few blogs." states; only a request ends in a full stop
            # (a request numbered without a dot, "33 Explain how …", is one too)
        if not (block.text.count("\n") < taken or stated or first.rstrip(" *_").endswith(QUESTION_MARKS)
                or _ASKED_BEFORE_NOTE.search(first) is not None
                or (_answer_label_below(block.text, taken) and (is_request(said := read_title(first[:200]).text)
                                                                  or names_a_difference(said)))):
            continue
        title = read_title(first)
        if len(title.text.split()) <= PLAIN_WORDS and title_strength(title) == QUESTION:
            found.append(Candidate(index, block.start, pattern_of("plain"), title, QUESTION, body=block.start + taken))
    return _with_elaborations(blocks, found)


_NUMBER_BEFORE = re.compile(r"^\d{1,4}[.)]?\s+")  # "33 " or "33. " before a paragraph's words


# A quiz item's type, in bold before its statement: "**True/False:**", "**Select the correct answer:**",
# "**Fill in the blank:**", "**Complete the SQL code:**", "**Fix the code:**", "**Multiple correct answers:**"
_QUIZ_TYPE = re.compile(r"^(?:\*\*|__)\s*(?:true\s*(?:/|or)\s*false|(?:select|choose|pick) (?:the |all )?(?:correct|best|right) "
                        r"(?:answers?|options?)|multiple[ -](?:choice|correct answers?|select)|fill in the blanks?|"
                        r"(?:complete|correct|fix|debug|write) the (?:[\w+#-]+ ){0,2}"
                        r"(?:code|query|sentence|statement|program))\s*[:：]?\s*"
                        r"(?:\*\*|__)\s*[:：]?\s*\S", re.IGNORECASE)
_ASKED_BEFORE_NOTE = re.compile(r"[?？][ \t]*[(（][^()（）\n]{1,40}[)）][ \t]*$")  # "Type inference nedir? (tip çıkarımı)"
ANSWER_LABEL_LINES = 2  # lines under a request its answer's label may come within ("This separates seniors.")
_LEADING_MARKS = re.compile(r"^[^\w\s*_]+\s*")  # "✅ " before "Answer:"


def _answer_label_below(text: str, taken: int) -> bool:
    """Whether an answer's label ("✅ Answer:") opens one of the first lines under a paragraph's first ``taken``."""
    below = text.split("\n", taken + ANSWER_LABEL_LINES)[taken:taken + ANSWER_LABEL_LINES]
    return any(_ANSWER_START.match(_LEADING_MARKS.sub("", line.strip())) for line in below)


PLAIN_WORDS = 40  # a plain paragraph longer than this is prose, even when it asks
# The first word of a line that says more about the question above it: "Discuss tools like top and htop.",
# "Provide an explanation of these two calls."
_ELABORATING = frozenset(("discuss", "explain", "describe", "provide", "include", "mention", "cover", "give", "list",
                          "outline"))
# Words by which a line points back to the question above it ("… of these two calls", "the steps involved")
_BACK_REFERENCE = re.compile(r"\b(?:these|those|both|the steps involved)\b", re.IGNORECASE)


def _with_elaborations(blocks: list[Block], found: list[Candidate]) -> list[Candidate]:
    """One-line questions, each a paragraph, where a line under a question says more about it ("What is the boot
    process?" over "Explain the steps involved, including the bootloader and init."): that line is part of the
    question above it, neither a question of its own nor its answer. It must open with a request and point back
    to the question; a request that only shares its words ("Describe a real-world scenario where you used
    annotations.") is a question of its own."""
    if len(found) < LIST_LINES:
        return found
    at = {c.index for c in found}
    merged: set[int] = set()
    for candidate in found:
        following = candidate.index + 1
        if candidate.index in merged or following >= len(blocks) or "\n" in blocks[candidate.index].text.strip():
            continue
        block = blocks[following]
        sentence = " ".join(block.text.split())
        if (block.kind != "paragraph" or block.item is not None or block.depth or block.quoted
                or "\n" in block.text.strip() or not sentence.endswith(".") or len(sentence.split()) > PLAIN_WORDS
                or sentence.split(None, 1)[0].lower() not in _ELABORATING or not _BACK_REFERENCE.search(sentence)):
            continue
        title = candidate.title
        candidate.title = Title(f"{title.text} {sentence}", title.number, title.prefix, title.labelled, title.mark)
        candidate.body = block.end
        if following in at:
            merged.add(following)
    return [c for c in found if c.index not in merged]


_GLUED_ASKED = re.compile(r"^(.{4,400}?[?？])(?=[A-Z\"“(`])")  # "What is HAProxy?HAProxy (High …"
_GLUED_REQUESTED = re.compile(r"^(.{4,400}?[a-z)][.])(?=[A-Z][a-z])")  # "Explain rate limiting in HAProxy.Using …"


def _glued_answer(line: str) -> tuple[Title, str] | None:
    """A question and its answer on one line with no space between them, as a paste from a web page loses the
    break: the question and the answer, or None. Only a line that opens asking or requesting is split."""
    match = _GLUED_ASKED.match(line)
    if match is None and (match := _GLUED_REQUESTED.match(line)) is not None and not is_request(match.group(1)):
        match = None
    if match is None:
        return None
    title = read_title(match.group(1))
    if len(title.text.split()) > PLAIN_WORDS or title_strength(title) != QUESTION:
        return None
    return title, line[match.end():].strip()
SECTION_LABEL_WORDS = 10  # "⚙️ Concepts & Theory (Q1–Q25)": a section's name pasted without its heading markup
SECTION_LABELS = 2  # a document's title and a section's name, at most, over the question


def _under_section_labels(text: str) -> tuple[Title, int] | None:
    """The question on a paragraph's last line under one or two section names that lost their heading markup
    ("🌐 APIs & Comms (Q26–Q45)" over "Design a RESTful API for file sharing."), and that line's offset."""
    lines = text.split("\n", SECTION_LABELS + 1)
    if not 2 <= len(lines) <= SECTION_LABELS + 1:
        return None
    *labels, last = (line.strip() for line in lines)
    if not all(label and len(label.split()) <= SECTION_LABEL_WORDS and not label.endswith(_SENTENCE_END)
               and strength(label) != QUESTION for label in labels):
        return None
    if not (_asks_alone(last) or is_request(last[:100]) or _asks_then_requests(last)) or len(last.split()) > PLAIN_WORDS:
        return None
    title = read_title(last)
    return (title, len(labels)) if title_strength(title) == QUESTION else None
SLOT_WORDS = 80  # a question with a slot for its answer may set a scene first
_SLOT = re.compile(r"[?？]\s*[:：]\s*$")
TOPIC_PREFIX = "Topic:"  # "Bias-Variance Tradeoff: Explain the trade-off." - a topic, a colon, the question
TOPIC_WORDS = 8
_TOPIC_ASK = re.compile(r"^([^:：?？!\n]{2,100})[:：]\s+(\S[^\n]{0,500})$")
TOPIC_SHARE = 2 / 3  # of the plain questions that name their topic first, for that to be the document's pattern


# After a question, what else to bring: "Provide a practical example.", "Share a scenario where you used it."
_FOLLOW_UP_REQUEST = frozenset(("provide", "share", "include", "explain", "show", "bring", "justify", "elaborate"))


def _asks_then_requests(line: str) -> bool:
    """"How do you evaluate output quality? Mention both metrics and people.": a question, then what to cover
    ("Can an enum hold methods? Explain.", "What are generics? When to use? Show examples.")."""
    asked, mark, rest = line.rpartition("? ")
    return bool(mark) and strength(asked + "?") == QUESTION and (
        is_request(rest) or rest.split(" ", 1)[0].rstrip(".,;:!").lower() in _FOLLOW_UP_REQUEST)


_SETTING_HEAD = re.compile(r"^(?:scenario|case(?: study)?|situation|setting|context)(?:\s*\d{1,3})?$", re.IGNORECASE)


def _topic_asks(first: str) -> bool:
    """A line that names its topic, then asks ("Feature Importance: What is it and how is it found?",
    "Data Structures for ML: Design a structure for nearest neighbours."): what follows the colon asks."""
    match = _TOPIC_ASK.match(first) if ":" in first[:102] or "：" in first[:102] else None
    if match is None or to_reader(first[:300]):
        return False
    head = match.group(1).split()
    if not head or len(head) > TOPIC_WORDS or asks_first(head[0].strip("*_")):
        return False  # "Outline the steps: …", "Explain A/B testing: …" open an answer, not a topic
    tail = read_title(match.group(2)).text
    # The part after the colon asks outright, makes a request, or after "Scenario:" sets a scene and then asks
    # ("Scenario: Users see stale answers. List the causes." - not "Tip: The build is slow. Describe your
    # changes."); "Retriever: Where the documents are found." defines a term with a clause that opens like a
    # question.
    setting = _SETTING_HEAD.match(match.group(1).strip("*_ ")) is not None
    return (tail.endswith(QUESTION_MARKS) or is_request(tail) or setting and asks_after_setting(tail)) and strength(
        tail) == QUESTION


def topic_questions(found: list[Candidate]) -> list[Candidate]:
    """The plain questions that name their topic first, where that is what most of them do: the answers
    that open with a request ("Describe the stages: …") are then not questions."""
    topical = [c for c in found if c.title.prefix == TOPIC_PREFIX]
    return topical if len(topical) >= 5 and len(topical) >= TOPIC_SHARE * len(found) else found
LINES_LEAD = 3  # times more questions bare lines need than a marked-up pattern to be the document's own
LIST_LINES = 3  # question lines a paragraph needs to be a list of questions, one a line
_FOLLOW_UP = re.compile(r"follow[- ]?ups?\b", re.IGNORECASE)
# a label alone over a list: "**Follow-ups:**", "Follow-up questions:", "*Possible follow-ups*"
# "Alternative questions:", "Related questions:", "Question variations:": other ways to ask the question above,
# likewise in its answer; "**Clarifying Questions:**", what to ask before designing
_FOLLOW_UP_LABEL = re.compile(r"^[\s*_#>]*(?:(?:possible |likely |common )?follow[- ]?ups?(?: questions?)?|"
                              r"(?:alternative|related|similar) questions|alternatives|(?:question )?variations|"
                              # the questions a candidate asks first, in a design question's answer
                              r"(?:clarifying|clarification) questions?(?: to ask)?)[\s*_:：]*$",
                              re.IGNORECASE)
FOLLOW_UP_LABEL_CHARS = 60


_KEY_VALUE = re.compile(r"^[^:：]{1,20}[:：]\s*\S")  # "微信: mlbook", "Email: …": a contact line, not a topic
_MARKER_LINE = re.compile(r"^[【\[][^】\]]{1,30}[】\]]$")  # "【检测】": a label over the lines under it
FRAGMENT_WORDS = 8
FRAGMENT_CHARS = 30  # CJK characters


def _fragment(text: str) -> bool:
    """A short line naming a topic, not a sentence: no sentence end, a few words or CJK characters."""
    if not text or text.endswith((".", "。", "!", "！", ";", "；")):
        return False
    return len(text) <= FRAGMENT_CHARS if CJK_CHAR.search(text) else len(text.split()) <= FRAGMENT_WORDS


LABELS_SHARE = 3  # at most one label line in this many questions, where short lines name their groups


def _labels_between(asked: list[tuple[int, Title]], fragments: list[tuple[int, Title]], sentences: int) -> set[int]:
    """Lines of ``fragments`` naming the group of questions under them ("React Router" between "78 What are
    popular linters?" and "79 What is React Router?"): each sits between two question lines, nearly all of which
    end in a question mark; a few of them, with hardly a sentence beside them. Else they may be short answers."""
    asking = {number for number, _ in asked}
    between = {number for number, title in fragments if number - 1 in asking and number + 1 in asking
               and not title.text[:1].islower()}
    if (len(between) < 2 or len(between) * LABELS_SHARE > len(asked) or sentences > 1
            or len(fragments) > len(between) + 1
            or sum(t.text.endswith(QUESTION_MARKS) for _, t in asked) * 10 < len(asked) * 9):
        return set()
    return between


# An answer's label as a line's start ("A: 5601", "**Answer:** …"), not code ("a := 1")
_ITEM_OPENING = re.compile(r"^\s*(?:\d{1,9}[.)]|[-*+])\s+")
_A_LABEL = re.compile(r"^\s*(?:\*\*|__)?(?:A|Ans|Answer|ANS|ANSWER)[ \t]*(?:\*\*|__)?[ \t]*[:：](?!=)")
_LABELLED_BELOW = re.compile(r"\n[ \t]*(?:\*\*|__)?(?:A|Ans|Answer|ANS|ANSWER)[ \t]*(?:\*\*|__)?[ \t]*[:：](?!=)")


_CONTENTS_LINE = re.compile(r"^(?:[\d.]{1,12}\s+)?\[[^\[\]\n]{1,400}\]\(\s*#[^()\s]{0,400}\s*\)$")


def question_lines(blocks: list[Block], lines: list[str]) -> list[Candidate]:
    """Questions written one a line, several to a paragraph, without markup ("Sample questions" pasted from a
    web page; the lines under "1. Probability" in a list): a paragraph whose lines are mostly questions.

    Each line is a question; its answer is what follows it in the paragraph before the next question line
    (often nothing). Text after such a paragraph answers none of them: a list of questions asks them all
    alike. The candidates share their paragraph's block index.
    """
    found: list[Candidate] = []
    for index, block in enumerate(blocks):
        text = block.text
        if block.kind != "paragraph" or block.quoted or (
                "::" not in text and _LABELLED_BELOW.search(text) is None and (text.count("\n") < LIST_LINES - 1
                                      or ("?" not in text and "？" not in text and not is_request(text[:60])
                                          and CJK_CHAR.search(text[:200]) is None))):
            continue  # a cheap look first: most paragraphs are prose, and a list asks or opens with a request
            # (Chinese asks without a question mark: "机器学习和深度学习的区别")
        first = block.start + 1 if block.item is not None else block.start  # an item's own line is its title
        asked: list[tuple[int, Title]] = []
        cards: dict[int, str] = {}  # line -> the answer written after the card's separator
        written = 0
        follow_ups = False
        fragments: list[tuple[int, Title]] = []  # short lines that do not ask ("随机梯度下降", "Vector, Tensor")
        listing = False  # every line a question: the labels between them answer nothing
        sentences = 0  # lines that do not ask and read as sentences: answer lines, notes
        flagged: set[int] = set()  # lines right over an answer's label ("A: 5601")
        # a "Question: …" line above (the item's own, "1. Question: …", or an item that asks), not yet answered:
        # the lines up to its answer are its own (the options "a) …" to "d) …" over "Answer: b)")
        labelled = block.item is not None and (
            _LABEL.match(own := _ITEM_OPENING.sub("", lines[block.start], 1)) is not None
            or _line_end(own.rstrip()).endswith(QUESTION_MARKS))  # (or "**Who developed Python?**")
        for number in range(first, block.end):
            line = lines[number].strip()
            if not line:
                continue
            written += 1
            if "::" in line and (card := _card(line)) is not None:
                asked.append((number, card[0]))
                cards[number] = card[1]
                continue
            if line[-1:] == ")" and _CONTENTS_LINE.match(line):
                written -= 1  # "1.2. [What is DFS?](#12-what-is-dfs)": contents, a line each, not the questions
                continue
            answer_line = _ANSWER_START.match(line) is not None
            label_line = _LABEL.match(line) is not None
            if len(line) > 600 or answer_line or label_line or to_reader(line):
                labelled = label_line or (labelled and not answer_line)
                continue
            title = read_title(line)
            if (number + 1 < block.end and not labelled and _A_LABEL.match(lines[number + 1])
                    and len(title.text.split()) <= PLAIN_WORDS and line[:1].isalnum()
                    and not _KEY_VALUE.match(line)):  # ("Difficulty: easy" over the answer is more about it)
                asked.append((number, title))  # "Now verify the pod runs." over "A: kubectl get pods": the
                flagged.add(number)  # answer's label makes a question of the line above it, asking or not
            elif len(title.text.split()) <= PLAIN_WORDS and title_strength(title) == QUESTION:
                asked.append((number, title))
            elif _FOLLOW_UP.search(line[:60]):
                follow_ups = True
            elif _MARKER_LINE.match(line) or line.endswith(_COLON_ENDS):
                written -= 1  # "【概念、了解】", "Basics:": a group's label, neither question nor answer
            elif _fragment(title.text):
                fragments.append((number, title))
            else:
                sentences += 1
        if (fragments and not sentences and not cards and len(asked) >= LIST_LINES and len(asked) * 2 >= written
                and not any(title.text.endswith(QUESTION_MARKS) for _, title in asked)):
            # Questions one a line without question marks, and among them short lines naming a topic alone: in a
            # list that asks so, each line is asked ("SGD" between "Adam的原理" and "BN的作用"), none answers.
            asked = sorted([*asked, *fragments], key=lambda pair: pair[0])
            listing = True
        elif (fragments and not sentences and not cards and len(asked) >= LIST_LINES
              and len({title.mark for _, title in (*asked, *fragments)}) == 1 and asked[0][1].mark):
            # Every line opens with the same mark ("✔ What is state?", "✔ Local vs Remote state"): the items of
            # one list, each asked, the topics among them too; none answers another.
            asked = sorted([*asked, *fragments], key=lambda pair: pair[0])
            listing = True
        labels = _labels_between(asked, fragments, sentences) if not listing and not cards else set()
        # A paragraph pairs questions with answers when lines other than questions stand between them.
        paired = any(after - before - (before + 1 in labels) > 1
                     for (before, _), (after, _) in zip(asked, asked[1:], strict=False))
        marked = sum(1 for _, title in asked if title.text.endswith(QUESTION_MARKS))
        if paired and marked * 3 >= len(asked) * 2:
            # Where paired questions end in question marks, a line without one right under such a question is
            # its answer, whatever its first word ("为何要缩放？" over "比较大的输入…": "比较" opens a request too).
            asked = [(number, title) for position, (number, title) in enumerate(asked)
                     if title.text.endswith(QUESTION_MARKS) or position == 0 or asked[position - 1][0] != number - 1
                     or not asked[position - 1][1].text.endswith(QUESTION_MARKS)]
        if cards and len(cards) == len(asked):
            listed = True  # flashcards ("What is X?::It is …"): each pairs its question with its answer
        elif asked and all(number in flagged for number, _ in asked):
            listed = True  # each line over its labelled answer ("What is the default port?" over "A: 5601")
        elif marked == len(asked) and paired:
            listed = len(asked) >= 2 and len(asked) * 3 >= written  # "(1) …？", its answer line or two, "(2) …？"
        else:
            listed = len(asked) >= LIST_LINES and len(asked) * 2 >= written  # questions one a line, a note or two
        if not listed or follow_ups:
            continue  # prose that asks now and then, or an answer's follow-up questions
        # Lines after the last question answer it only where the paragraph pairs each question with its answer
        # lines; after a run of bare questions they are the next thing on the page ("Tip: …", "Area 6 - …").
        for position, (number, title) in enumerate(asked):
            until = (asked[position + 1][0] if position + 1 < len(asked)
                     else block.end if paired or number in cards or number in flagged else number + 1)
            answer = "" if listing else "\n".join(
                [cards[number], *lines[number + 1:until]] if number in cards
                else (lines[line] for line in range(number + 1, until) if line not in labels))
            if (position + 1 == len(asked) and until == block.end and answer.strip()
                    and (label := _ANSWER_START.match(answer.strip())) and not answer.strip()[label.end():].strip(" *_")):
                # "What is an action?" over "Answer:" ending its paragraph: the answer is what follows, up to the
                # next question
                found.append(Candidate(index, number, pattern_of("lines"), title, QUESTION, depth=block.depth,
                                       body=until))
                continue
            found.append(Candidate(index, number, pattern_of("lines"), title, QUESTION, depth=block.depth,
                                   body=until, answer=answer))
    return found


def _shaped_like_lists(blocks: list[Block], lines: list[str], group: _Group) -> list[Candidate]:
    """Paragraphs of short lines, straight under a heading of the level the question lists sit under and
    shaped as they are (a topic or question a line, no sentence), that ``group`` left out because too few of
    their lines ask ("堆排序的时间复杂度", "八皇后", "Top K排序" in a section of a list of questions)."""
    listed = {c.index for c in group.questions}
    levels = {blocks[i - 1].level for i in listed if i and blocks[i - 1].kind == "heading"}
    if len(group.questions) < 2 or not levels:
        return []
    found: list[Candidate] = []
    for index, block in enumerate(blocks):
        if (index in listed or not index or block.kind != "paragraph" or block.item is not None or block.quoted
                or blocks[index - 1].kind != "heading" or blocks[index - 1].level not in levels):
            continue
        heading = blocks[index - 1].text
        if _BACK_MATTER.match(heading) or _meta_heading(heading) or advice_heading(heading):
            continue
        rows = [(number, lines[number].strip()) for number in range(block.start, block.end) if lines[number].strip()]
        titles = [(number, read_title(line)) for number, line in rows if not _MARKER_LINE.match(line)]
        if len(titles) < 2 or not all((title_strength(t) == QUESTION or _fragment(t.text))
                                      and not _KEY_VALUE.match(t.text) for _, t in titles):
            continue
        found.extend(Candidate(index, number, group.pattern, title, QUESTION, depth=block.depth, body=number + 1,
                               answer="") for number, title in titles)
    return found


# "What is a logit?::The raw score", "Explain X. ::: It is …" (spaced-repetition flashcards, one a line; ":::" is
# a card shown both ways). The front ends a sentence or the separator stands apart: "std::move" is no card.
_CARD = re.compile(r"^(.{2,400}?(?:[?？.]|\S(?=\s)))\s*:{2,3}(?!:)\s*(.{0,5000})$")


def _card(line: str) -> tuple[Title, str] | None:
    """A flashcard line's question and answer, or None when the line is no card or its front does not ask."""
    match = _CARD.match(line)
    if match is None or "://" in match.group(1)[-4:]:
        return None
    title = read_title(match.group(1))
    if len(title.text.split()) > PLAIN_WORDS or title_strength(title) != QUESTION:
        return None
    return title, match.group(2).strip()


PART_RUN = 5  # one-line paragraphs that ask, one after another, to list questions of their own
# question lines in one paragraph, or one-line paragraphs, for them to be a part of their own at the end of an
# answer without a title over them: an answer's rhetorical questions or follow-ups run to a handful
PART_LINES = 6
_BOLD_LINE = re.compile(r"^[^\w*_]{0,8}(?:\*\*|__)[^\n]+(?:\*\*|__)\s*$")
LIST_OF_ITS_OWN = 20  # question lines in one paragraph: a list of its own wherever it stands
RUN_ASKED = -(-PART_RUN * 2 // 3)  # of a run's questions ending in a question mark, at least (a ceiling)


def _ends_asking(line: str) -> bool:
    return line.rstrip(CLOSING_MARKS).endswith(QUESTION_MARKS)


@dataclass(slots=True)
class QuestionRun:
    """Questions written a paragraph each, one after another (see :func:`question_runs`)."""

    questions: list[Candidate]
    titled: bool  # a short title (or a heading other than the document's title) stands over their first part
    closed: bool  # a heading or the end of the document follows them, not more text


def _title_like(line: str, above: Block | None, lines: list[str]) -> bool:
    """Whether a short line reads as the title of what follows: under a heading, a rule, code or a list, or
    written in title case ("Storage and Query Engines"); a short line under prose ends that prose ("O(n log n)
    in every case")."""
    if above is None or above.kind != "paragraph":
        return True
    words = [word for word in _WORD.findall(line) if len(word) >= 4]
    if any(not word.isascii() for word in words) or CJK_CHAR.search(line):
        return not _runs_on(above, lines)
    return bool(words) and all(word[0].isupper() for word in words if word.lower() not in TITLE_SMALL_WORDS)


# Words title case leaves in lower case ("Working with Layers and Machine Support"), naming nothing of their own
TITLE_SMALL_WORDS = frozenset(("a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "by", "&", "vs", "vs.",
                               "with", "from", "into", "onto", "over", "upon", "than", "that", "this", "your",
                               "their", "within", "without", "versus", "using", "about", "across", "between"))


def _titled_question(block: Block, lines: list[str], taken: set[int], index: int) -> bool:
    """Whether ``block`` is a paragraph of two lines, a short name over a line that asks."""
    if (block.kind != "paragraph" or block.end - block.start != 2 or block.item is not None or block.depth
            or block.quoted or index in taken):
        return False
    name, asked = lines[block.start].strip(), lines[block.start + 1].strip()
    return (_fragment(read_title(name).text) and not _ends_asking(name) and _ends_asking(asked)
            and _may_ask(asked) and title_strength(title := read_title(asked)) == QUESTION
            and len(title.text.split()) <= PLAIN_WORDS)


def question_runs(blocks: list[Block], lines: list[str], taken: set[int]) -> list[QuestionRun]:
    """Questions written a paragraph each, one line, one after another ("What is X?", blank, "Can you explain
    Y?", blank, …): a list of questions pasted without markup. A short line under a question is its short
    answer ("O(log n)"), unless it reads as a title and two questions or more follow it: then it titles their
    part (and is their topic: ``part_title``). A run has ``PART_RUN`` questions at least, most ending in a
    question mark: lines taking turns between a question and a request are questions with their answers.
    ``taken``: blocks read otherwise."""
    found: list[QuestionRun] = []
    run: list[Candidate] = []
    shorts: list[tuple[int, int, bool]] = []  # each short line in the run: questions before it, block, title-like
    over: int | None = None  # the title over the run's first question

    def close(closed: bool) -> None:
        nonlocal over
        titles: dict[int, int] = {}  # questions before a title -> its block
        answered: set[int] = set()
        for position, (before, index, like) in enumerate(shorts):
            after = (shorts[position + 1][0] if position + 1 < len(shorts) else len(run)) - before
            if like and after >= 2:
                titles[before] = index
            else:
                answered.add(before - 1)  # under a question: its answer
        first_title = min(titles, default=None)
        # a few questions before the first part's title, with none over them: the answer's follow-ups
        start = first_title if over is None and first_title is not None and first_title < PART_RUN else 0
        kept = run[start:]
        if len(kept) >= PART_RUN and sum(c.title.text.endswith(QUESTION_MARKS) for c in kept) * 3 >= len(kept) * 2:
            part = over
            for position, candidate in enumerate(kept, start):
                part = titles.get(position, part)
                candidate.run, candidate.part_title = True, part
                if position in answered:
                    candidate.answer = None  # its answer is the short line under it
            if not closed:
                kept[-1].answer = None  # what ends the run may be the last question's answer
            found.append(QuestionRun(kept, over is not None or start > 0, closed))
        run.clear()
        shorts.clear()
        over = None

    # A cheap look first: most one-line paragraphs are answers between headings, alone or two by two.
    one_line = [block.kind == "paragraph" and block.item is None and not block.depth and not block.quoted
                and index not in taken and block.end - block.start == 1 for index, block in enumerate(blocks)]
    first_heading = next((i for i, b in enumerate(blocks) if b.kind == "heading"), None)
    for index, block in enumerate(blocks):
        if not one_line[index] and _titled_question(block, lines, taken, index):
            # "🔹 Section 6: Security" right over "How do you secure secrets?": a part's name and its first
            # question, in one paragraph, opening a run or within one (the name is no answer)
            if not run and index and blocks[index - 1].kind == "heading" and index - 1 != first_heading:
                over = -1
            title = read_title(lines[block.start + 1].strip())
            run.append(Candidate(index, block.start + 1, pattern_of("lines"), title, QUESTION, body=block.start + 2,
                                 answer=""))
            continue
        if not one_line[index]:
            close(block.kind in ("heading", "hr"))  # (a rule ends a part as a heading does)
            continue
        line = lines[block.start].strip()
        if not run:
            if not _ends_asking(line):
                continue  # a run opens with a question
            asking = 0  # only where enough of the one-line paragraphs from here on end in a question mark
            for following in range(index, len(blocks)):
                if not one_line[following]:
                    break
                asking += _ends_asking(lines[blocks[following].start])
                if asking >= RUN_ASKED:
                    break
            if asking < RUN_ASKED:
                continue
            above = blocks[index - 1] if index else None
            if above is not None and above.kind == "heading" and index - 1 != first_heading:
                over = -1  # a heading names the part (the document's title names no part)
            elif above is not None and one_line[index - 1] and _fragment(text := lines[above.start].strip()) and (
                    _title_like(text, blocks[index - 2] if index >= 2 else None, lines)):
                over = index - 1
        title = read_title(line)
        # (or a scenario set, then asked: "Jenkins builds are slow. Describe how you would speed them up.")
        if (_may_ask(line) or ". " in line) and not to_reader(line[:300]) and len(
                title.text.split()) <= PLAIN_WORDS and title_strength(
                title) == QUESTION:
            run.append(Candidate(index, block.start, pattern_of("lines"), title, QUESTION, body=block.start + 1,
                                 answer=""))
        elif _fragment(title.text):
            shorts.append((len(run), index, _title_like(line, blocks[index - 1], lines)))
        else:
            close(False)
    close(True)
    for found_run in found:  # a heading over the run is its own topic already
        for candidate in found_run.questions:
            candidate.part_title = None if candidate.part_title == -1 else candidate.part_title
    return found


def _runs_on(block: Block, lines: list[str]) -> bool:
    """Whether a paragraph stops mid-sentence ("… so overall it runs in"), the short line under it ending it."""
    if block.kind != "paragraph":
        return False
    last = lines[block.end - 1].rstrip(" *_")
    return bool(last) and (last[-1].isalnum() or last[-1] in ",(-–")


def _parts_of_bare_questions(blocks: list[Block], lines: list[str], candidates: Candidates,
                             chosen: list[_Group]) -> list[Candidate]:
    """The runs of bare question paragraphs beside the ``chosen`` questions that are parts of their own: runs
    that end at a heading or the end of the document, outside every answer, or closing one with a title over
    them or too many to be its follow-ups (rhetorical questions lead into prose)."""
    questions = sorted((c for g in chosen for c in g.questions), key=lambda c: (c.index, c.line))
    taken = {c.index for c in candidates.found} | {c.index for c in questions}
    runs = [run for run in question_runs(blocks, lines, taken) if run.closed]
    if not runs:
        return []
    starts, ends = _spans(blocks, lines, questions)
    found: list[Candidate] = []
    for run in runs:
        first = run.questions[0]
        at = bisect.bisect_right(starts, first.index) - 1
        inside = at >= 0 and blocks[first.index].start < ends[at]
        if not inside or run.titled or len(run.questions) >= PART_LINES:
            found += run.questions
    return found


_ASKS_BELOW = re.compile(r"follow[- ]?ups?|questions?|\bask", re.IGNORECASE)  # a line introducing questions under it


def _runs_of_led_paragraphs(blocks: list[Block], candidates: Candidates, chosen: list[_Group]) -> list[Candidate]:
    """Paragraphs that open with a question line and go on with its answer ("What is an RDD?" over "An RDD is
    …"), text pasted from a page without markup, in runs of ``PART_LINES`` or more beside the ``chosen`` questions
    (a compilation that writes its other parts "47) …" or "Question 14. …"): a run is a part of its own, though
    it falls in the answer of a chosen question. Fewer in a row are an answer's own questions, and so are those
    under a line that introduces them ("Common follow-ups an interviewer may ask:"); a heading or a chosen
    question ends a run."""
    taken = {c.index for c in candidates.found} | {c.index for g in chosen for c in g.questions}
    # (a cheap look first: a paragraph of lines whose first ends in a question mark, seldom met)
    opening = [index for index, block in enumerate(blocks)
               if block.kind == "paragraph" and "\n" in block.text and index not in taken
               and block.text.split("\n", 1)[0].rstrip(" *_").endswith(QUESTION_MARKS)]
    if len(opening) < PART_LINES:
        return []
    led = [c for c in plain_candidates(blocks, opening) if c.body < blocks[c.index].end
           and c.title.text.endswith(QUESTION_MARKS)]
    if len(led) < PART_LINES:
        return []
    stops = sorted({c.index for g in chosen for c in g.questions}
                   | {index for index, block in enumerate(blocks) if block.kind == "heading"})
    found: list[Candidate] = []
    run: list[Candidate] = []
    for candidate in [*led, None]:
        if run and (candidate is None or bisect.bisect_left(stops, candidate.index) != bisect.bisect_left(stops, run[-1].index)):
            above = blocks[run[0].index - 1] if run[0].index else None
            introduced = (above is not None and above.kind == "paragraph" and (said := plain(above.text).rstrip())
                          .endswith(_COLON_ENDS) and _ASKS_BELOW.search(said[-200:]) is not None)  # "Common follow-ups:"
            found += run if len(run) >= PART_LINES and not introduced else []
            run = []
        if candidate is not None:
            run.append(candidate)
    return found


def lines_group(blocks: list[Block], lines: list[str]) -> _Group | None:
    """The question lines of the document as a pattern, or None when it has none (those under a "Questions to
    ask the interviewer" heading are the candidate's, none to answer)."""
    found = question_lines(blocks, lines)
    if found and any(block.kind == "heading" and _candidate_asks(block.text) for block in blocks):
        asking: set[int] = set()
        level = 0  # of the heading whose section holds the candidate's questions (0: none)
        for index, block in enumerate(blocks):
            if block.kind == "heading" and (level == 0 or block.level <= level):
                level = block.level if _candidate_asks(block.text) else 0
            elif level:
                asking.add(index)
        found = [candidate for candidate in found if candidate.index not in asking]
    if not found:
        return None
    return _Group(pattern_of("lines"), found, len(found), len(found), 0, questions=found)


def _may_ask(line: str) -> bool:
    """A cheap look before reading a plain line as a title: it ends in a question mark or starts with a
    word that asks ("What", "Explain", "Briefly explain", "什么") — most paragraphs are answers."""
    if _line_end(line).endswith(QUESTION_MARKS) or line.endswith((")", "）")) and _ASKED_BEFORE_NOTE.search(line):
        return True
    head = _OPENING_TAGS.sub("", line[:40].lstrip(" *_¿¡\"'“‘")).split(" ", 2)
    return bool(head) and (asks_first(head[0]) or (len(head) > 1 and asks_first(head[1])) or not line[:1].isascii()
                           or names_a_difference(line[:80]))


def _list_item(index: int, block: Block, lines: list[str], *,
               linked_asks: bool = False) -> tuple[Candidate | None, bool]:
    """A list item's question; ``linked_asks``: a link to a place in a page is the question, not contents."""
    item = block.item
    assert item is not None
    first, taken = _first_lines(block.text)
    level = block.depth  # the item's list level: 1 for a top-level list
    lead = ""
    titled = False
    bold: re.Match[str] | None = None
    link = _LINK_ONLY.match(first.strip())
    if not link and (tagged := _LINK_TAGGED.match(first.strip())) and _in_page(tagged.group(2)) and len(
            _HTML_TAG.sub("", tagged.group(3)).strip()) <= TOC_TAG_CHARS:
        return None, True  # "[Q1 …](#q1) <span class="beginner">Beginner</span>": a contents entry with its badge
    if link:
        if _in_page(link.group(2)) and not linked_asks:
            return None, True
        title = read_title(link.group(1))
    elif (bold := _bold_first(first)) and (head := _bold_head(bold)) is not None:
        title, lead = head
        titled = not lead  # a bold title alone on its line: what is under it decides (find_candidates)
        if titled and (asked := _asked_under_title(block.text, taken)) is not None:
            # "1. **MVT Architecture:**" over "Could you describe each part of it?": the line under the topic
            # asks, and is no answer; under "**What is Django?**" it asks the same again
            title = asked if title_strength(title) != QUESTION else title
            titled, taken = False, block.end - block.start
    elif (dashed := _dashed_answer(first, run_on=taken == block.end - block.start
                                   and not _item_goes_on(lines, block.end))) is not None:
        title, lead = dashed
    else:
        title = read_title(first)
    # "2. **Question 9** (Keywords): Keywords are reserved.": an item naming a question tells of it, and so does a
    # line alone naming another number's ("1. **Question 3**: coercion is easy to forget.", "**Q2** — most …"); an
    # item with its answer under it is a question, however its label is numbered
    # (the topic in brackets, then the note, tells it from a list numbered "1." throughout over labelled topics)
    topic_cited = _CITED_TOPIC.match(title.text) is not None
    cites = (item.ordered and title.labelled and title.number is not None and strength(title.text) != QUESTION
             and (topic_cited or (title.number != item.number or title.text[:1] in "—–-")
                  and not _item_goes_on(lines, block.end) and "\n" not in block.text.strip()))
    cited = title.number if cites and not topic_cited and title.number is not None else 0
    if title.labelled and title.text[:2] in ("— ", "– ", "- ") and not cites:
        title = Title(title.text[2:].strip(), title.number, title.prefix, True)  # "**Q1** – Two Sum": the dash goes
    if item.ordered:
        title = Title(title.text, item.number, title.prefix or "n.", title.labelled)
    numbered = item.ordered or title.number is not None
    pattern = pattern_of("numbered" if numbered else "bullets", level)
    grade = NOT if cites else title_strength(title)
    if grade == QUESTION and bold is not None and not lead and not titled and (
            bold.group(3).lstrip()[:1] in (":", "：") or bold.group(2).endswith((":", "：")) and bold.group(3).strip()) and (
            not read_title(named := bold.group(2).rstrip(":：") + ":").labelled
            and len((term := read_title(named[:-1])).text.split()) <= TERM_WORDS
            and (strength(term.text + ":") != QUESTION or _WHY_NOT_OPTION.match(term.text))
            and strength(_SENTENCE_BREAK.split(bold.group(3).lstrip(" :："), 1)[0]) != QUESTION):
        # "- **S - Situation**: Briefly set the context. What was the task?": a term and what it means, whatever
        # its explanation asks later ("- **数据来源**：你的训练数据是从哪里来的？" asks it at once)
        grade = MAYBE
    elif (grade == MAYBE and numbered and not lead and len(rows := block.text.split("\n", taken + 1)) > taken
          and _ANSWER_START.match(rows[taken]) is not None):
        # '2. "JavaScript is used for"' over "Correct Answer: …": the answer's label says the item asks
        grade = QUESTION
    return Candidate(index, block.start, pattern, title, grade, depth=block.depth, in_item=True, lead=lead,
                     body=block.start + taken, titled=titled, cited=cited), False


_CITED_TOPIC = re.compile(r"^\([^()\n]{1,60}\)\s*[:：—–-]")
TERM_WORDS = 5  # a bold term opening a list item ("**S - Situation**: …"), not a question left unmarked
# "- **Why Not A:** Research comes later.": why a quiz's option is wrong, a point of the answer's explanation
_WHY_NOT_OPTION = re.compile(r"^why\s+(?:not\s+)?(?:option\s+|choice\s+)?\(?[A-H1-8]\)?(?:\s+(?:is\s+)?"
                             r"(?:wrong|incorrect|not\s+correct))?$", re.IGNORECASE)

# "How do you secure cloud storage? — Block public access and encrypt.": the answer after a dash, on the same line;
# "What is npm?<br/>npm is …": after a line break written in HTML
_DASHED = re.compile(r"^(.{4,400}?[?？])(?:[ \t]+[—–-][ \t]+|[ \t]*<br\s*/?>[ \t]*)(?=\S)", re.IGNORECASE)


# "[开始] **Go 有什么样的特质？**简单、可靠、高效": a question, then its answer on its line right after the full-width
# question mark (a short "[tag]" before it names the part)
_RUN_ON = re.compile(r"^(?:\[[^\[\]]{1,12}\][ \t]*)?((?:\*\*|__)?[^？]{2,200}？(?:\*\*|__)?)[ \t]*(?=[^\s？?）)】」』*_])")


ITEM_BELOW_LOOK = 3  # lines looked through for what an item holds under its first paragraph


def _item_goes_on(lines: list[str], end: int) -> bool:
    """Whether the first line with text after ``end`` is indented, so the list item above goes on under it."""
    below = next((line for line in lines[end:end + ITEM_BELOW_LOOK] if line.strip()), "")
    return below[:1] in (" ", "\t")


def _dashed_answer(line: str, *, run_on: bool = False) -> tuple[Title, str] | None:
    """A question and its short answer on one line, set apart by a dash or a ``<br>``, or (``run_on``: where the
    item holds nothing more) run on after a full-width question mark, the rest not asking too: the question and
    the answer, or None."""
    if "?" not in line and "？" not in line:
        return None
    if (match := _DASHED.match(line)) is not None:
        title = read_title(match.group(1))
        return (title, line[match.end():].strip()) if title_strength(title) == QUESTION else None
    if run_on and "？" in line and (match := _RUN_ON.match(line)) is not None:
        title, rest = read_title(match.group(1)), line[match.end():].strip()
        clause = re.split(r"[，。；,;]", rest, maxsplit=1)[0]  # (a long answer may say "是否" on the way)
        if title_strength(title) == QUESTION and strength(clause) != QUESTION and not rest.endswith(QUESTION_MARKS):
            return title, rest
    return None


ASKED_UNDER_LINES = 2  # the lines of a question written under an item's bold topic


def _asked_under_title(text: str, taken: int) -> Title | None:
    """The question written on the lines under a list item's bold title, when those lines are nothing else: a
    sentence or two ending in a question mark that ask."""
    rest = text.split("\n")[taken:]
    if not 1 <= len(rest) <= ASKED_UNDER_LINES:
        return None
    asked = read_title(" ".join(line.strip() for line in rest))
    if not asked.text.endswith(QUESTION_MARKS) or title_strength(asked) != QUESTION:
        return None
    return asked


def _has_body(blocks: list[Block], index: int, candidate: Candidate) -> bool:
    """Whether the list item ``candidate`` opens holds more than its title: lines after it in the same
    paragraph, or blocks nested in the item."""
    block = blocks[index]
    if candidate.body < block.end:
        return True
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return following is not None and (following.depth > block.depth
                                      or (following.depth == block.depth and following.item is None))


CONTENTS_LINKS = 3  # rows linking into the page, for a table without answers to be contents though later ones do not


def _contents_rows(blocks: list[Block]) -> set[int]:
    """Rows of tables that are contents: every row's question an in-page link with nothing beside it, or a bold
    section row ("| 1 | [What is PostgreSQL?](#what-is-postgresql) |"). One row with an answer makes a table of
    questions, whose unanswered rows ("| [What is a DaemonSet?](#daemonsets) | |") stay questions."""
    found: set[int] = set()
    table: list[int] = []
    for index, block in enumerate([*blocks, None]):
        if block is not None and block.kind == "row" and (not table or index == table[-1] + 1):
            table.append(index)
            continue
        links = unlinked = 0
        for row in table:
            cell = blocks[row].cells[0].strip()
            if blocks[row].cells[1].strip():
                break
            link = _LINK_ONLY.match(cell)
            if link and _in_page(link.group(2)):
                if unlinked:
                    break  # a link after rows without one: a table of questions, a few linked
                links += 1
            elif not (cell.startswith(("**", "__")) or not cell):
                unlinked += 1
        else:
            # (the rows after the links unlinked: questions listed before they were written, "| 17 | What is a
            # class? |" after "| 16 | [What is a struct?](#struct) |")
            if links and (not unlinked or links >= CONTENTS_LINKS):
                found.update(table)
        table = [index] if block is not None and block.kind == "row" else []
    return found


def _dash_numbered(block: Block) -> bool:
    """A paragraph of one line, outside lists, numbered with a dash ("2 - What is your greatest strength?")."""
    return (block.kind == "paragraph" and block.item is None and not block.quoted and block.text[:1].isdigit()
            and "\n" not in block.text.strip() and _DASH_NUMBER.match(block.text) is not None)


def _linked_lists_continued(blocks: list[Block]) -> set[int]:
    """Numbered lists of links to questions in another page ("1. [What is Selenium?](basic.md#1-what-is-selenium)")
    whose numbering the next numbered list goes on with ("6. What are the locators?"): the first questions of
    the series, answered elsewhere, and no table of contents."""
    lists: dict[int, list[Block]] = {}  # (dicts keep the document's order)
    for block in blocks:
        if block.item is not None and block.item.ordered and block.depth == 1 and block.item.number is not None:
            lists.setdefault(block.item.list_id, []).append(block)
    continued: set[int] = set()
    numbered = list(lists.items())
    for (list_id, items), (_, after) in zip(numbered, numbered[1:], strict=False):
        links = [_LINK_ONLY.match(block.text.split("\n", 1)[0].strip()) for block in items]
        if (all(link is not None and _PAGE_ANCHOR.search(link.group(2)) and not link.group(2).startswith("#")
                for link in links)
                and after[0].item is not None and items[-1].item is not None
                and after[0].item.number == (items[-1].item.number or 0) + 1
                and not _LINK_ONLY.match(after[0].text.split("\n", 1)[0].strip())):
            continued.add(list_id)
    return continued


def _in_page(url: str) -> bool:
    """A link to a place in a page ("#q1", "notes.md#q1", "…#:~:text=…", or empty): a table of contents."""
    return not url or url.startswith("#") or "#:~:text=" in url or _PAGE_ANCHOR.search(url) is not None


def admonition_candidate(index: int, line: int, title: str, answer: str, depth: int = 0, *,
                         component: bool = False, html_box: bool = False, prompt: str = "") -> Candidate:
    """A ``??? question "…"`` box, or an MDX ``component``: its title and answer (and a quiz's options, its
    ``prompt``) were cut out before the blocks were read."""
    read = read_title(title)
    return Candidate(index, line, pattern_of("admonition"), read, max(MAYBE, strength(read.text, labelled=True)),
                     depth=depth, body=line + 1, answer=answer, component=component,
                     html_box=html_box, prompt=prompt)


# -- answers' extents ----------------------------------------------------------------------

_LABELLED_LINE = re.compile(r"^\W*[A-Za-z][\w ]{0,30}:\s+\S")  # "Explanation: The main axis is …"


def _bullets_under_numbered(heading: Block, below: Block) -> bool:
    """Whether ``below`` opens a bulleted list right after the numbered item ``heading`` is alone in."""
    return (heading.item is not None and heading.item.number is not None and below.item is not None
            and below.item.number is None and below.depth == heading.depth and below.item.list_id != heading.item.list_id)


GROUP_NAME_CHARS = 60  # a quoted line naming the next group of questions ("> Closures") is short
_IN_PAGE_LINK = re.compile(r"^\W{0,4}\[[^\[\]\n]{1,80}\]\(#[^()\s]{0,200}\)\W{0,4}$")  # "**[⬆ Back to top](#top)**"


def answer_end(blocks: list[Block], lines: list[str], question: Candidate, stop: int, subsections: frozenset[int],
               section: int = NON_HEADING) -> int:
    """The line the answer of ``question`` ends before; ``stop`` is the next question's block index.

    A heading ends it when it is at the question's level or above, unless
    the document uses that level for sub-headings inside answers; a list item's
    answer also ends at a heading of the ``section`` level the item sits under
    (a sub-heading of its answer would be deeper).
    """
    first = question.index + (2 + question.fields if question.label_only else 1)
    open_details = question.details
    own = blocks[question.index]
    if (question.pattern.kind == "summary" and open_details <= 0 and own.kind == "html" and question.body < own.end
            and _DETAILS_CLOSE.search(own.text) and all(
                blocks[at].kind in ("hr", "heading") or blocks[at].kind == "html" and _BREAK.match(blocks[at].text)
                or blocks[at].quoted and "\n" not in blocks[at].text.strip() and len(blocks[at].text) <= GROUP_NAME_CHARS
                or blocks[at].kind == "paragraph" and _IN_PAGE_LINK.match(blocks[at].text) is not None
                for at in range(question.index + 1, min(stop, len(blocks))))):
        # the box opened and closed in its own block, and only breaks, links back up, headings and the next group's
        # name ("> Closures") follow it: no part of the answer, nor is the box's closing tag on a line of its own
        return next((at for at in range(own.end - 1, question.body - 1, -1)
                     if lines[at].strip().lower() == "</details>"), own.end)
    boxed = 0  # <details> boxes opened in the answer and not yet closed
    took = False
    said = False  # a block other than HTML tags and rules has come (the answer's own text has begun)
    answer_level = 0  # the level of a heading that opens the answer with its label ("#### Answer: `flex`")
    item = blocks[question.index].item if question.in_item else None
    own_list = item.list_id if item is not None else None
    titled = question.titled
    in_list = own_list is not None or titled
    # "1. **Fix a CORS misconfiguration**" over code written outside the list, then "2. **…**" numbered on in a
    # list of its own: the list was broken by the item's own answer, which runs up to the next item (or, for the
    # last item, to the next question)
    following = blocks[stop].item if stop < len(blocks) else None
    broken_off = (titled and item is not None and item.ordered and question.title.number is not None
                  and first < min(stop, len(blocks)) and blocks[first].depth < question.depth
                  and blocks[first].kind not in ("hr", "heading") and (
                      following is not None and following.list_id != item.list_id and following.ordered
                      and following.number == question.title.number + 1
                      or following is None and question.title.number > 1))
    # "1. ### What is PostgreSQL?" with its answer under the list item, not in it: the item holds the heading
    # alone, and what follows it up to the next question is its answer
    # (or a bulleted list right under it, "143. ### Mention two frameworks." over "- Truffle: …": a list of
    # its own, since Markdown ends a numbered list where bullets begin)
    heading_item = (question.pattern.kind == "h" and question.depth > 0 and first < len(blocks) and (
        blocks[first].depth < question.depth and blocks[first].item is None
        or _bullets_under_numbered(blocks[question.index], blocks[first])))
    # A bold question right under its own heading ("### Lead Question" over "**“Tell me about …?”**"): the next
    # heading at that level or above is the next part, whatever such headings hold elsewhere
    headed = (question.pattern.kind == "bold" and question.index > 0 and blocks[question.index - 1].kind == "heading"
              and blocks[question.index - 1].level == section)
    # "### Q4. How to install Flyway?" right over "### Installation on Linux" and its text: a labelled question's
    # answer that opens with headings of the question's own level, up to the next question
    opened_at_level = (question.pattern.kind == "h" and question.title.labelled and first < min(stop, len(blocks)) - 1
                       and blocks[first].kind == "heading" and blocks[first].level == question.level
                       and blocks[first + 1].kind != "heading" and not part_label(blocks[first]))
    # "## Q3: If budget is cut 30% what would you secure first" right over "# Prioritizing …" and its "## Context":
    # a labelled question whose answer is a whole page, its title a level above the question's
    # (not under a label alone: "### Question 3" over the question, then "# Further reading" is the next part)
    opened_above = (question.pattern.kind == "h" and question.title.labelled and not question.label_only
                    and first < min(stop, len(blocks))
                    and blocks[first].kind == "heading" and blocks[first].level < question.level
                    and not part_label(blocks[first]))
    for position in range(first, min(stop, len(blocks))):
        block = blocks[position]
        if position + 1 == stop and in_list and _intro_label(block):
            return block.start  # "**Negativo:**" right over the next question: it introduces that one's list
        if position + 1 == stop and part_label(block):
            return block.start  # "Intermediate Questions" right over the next question: the name of its part
        if in_list:
            if (own_list is not None and block.item is not None and block.item.list_id == own_list
                    and block.depth == question.depth and not _ANSWER_START.match(block.text)
                    and not _counts_back_in(blocks, question, block.item)
                    and not (question.title.labelled and _TERM_ENTRY.match(block.text) and not _LABEL.match(block.text))):
                # the next item of the question's own list ("- A: …" answers it, though; so do the "- **Pattern**:
                # …" items after a "- **Question**: …" item, in a list that is one card's fields)
                return block.start
            if titled and block.depth < question.depth and not broken_off:
                return block.start  # a "- **Topic**" item's answer is what the item holds
        if block.kind == "heading" and not said and _ANSWER_START.match(plain(block.text)):
            answer_level = block.level  # "#### Answer: `flex`" opening it, "#### Explanation: …" going on with it
        if (block.kind == "heading" and block.level <= question.level and not _ANSWER_HEADING.match(plain(block.text))
                and boxed <= 0  # (a heading inside a <details> box the answer opened is the answer's)
                and not (block.level == answer_level and _LABELLED_LINE.match(plain(block.text)))
                and not (question.in_item and block.depth >= question.depth)  # a heading in the item's own answer
                and not (opened_at_level and block.level == question.level)
                and not (opened_above and block.level >= blocks[first].level)
                and (block.level == question.level or block.level not in subsections
                     or ((question.in_item or headed) and block.level <= section))):
            return block.start
        if question.depth and (not heading_item or block.item is not None and block.depth < question.depth) and (
                block.depth < question.depth and (not question.in_item or question.depth >= 2)
                or (not question.in_item and block.item is not None and block.depth <= question.depth)) and not (
                position == first and block.quoted and block.start == blocks[question.index].end):
            # ("    * What is X?" right over "    > X is …": the answer quoted under its item, at the item's indent)
            return block.start  # out of the list item the question is in (or, after a heading alone in one, at
            # the next item of a list around it: "- **Java**" after "  - ### What is a generator?")
        if block.kind == "hr" and took and not (question.in_item and block.depth >= question.depth) and boxed <= 0:
            return block.start  # (a rule inside the item's own answer divides it; one inside a <details> box is
            # the box's, which holds the answer)
        if (question.pattern.kind == "quote" and block.quoted and not block.depth
                and (not blocks[position - 1].quoted or _new_quote(lines, blocks[position - 1].end, block.start))
                and not (blocks[position - 1].kind == "paragraph" and not blocks[position - 1].quoted
                         and _ANSWER_START.match(blocks[position - 1].text))  # "Sample answer:" over a quoted one
                and not (blocks[position - 1].kind == "heading"  # "### Interview Answer Template" over one
                         and _NAMES_ANSWER.search(blocks[position - 1].text) is not None)):
            return block.start  # where questions are quotes, another quote is more of them ("> Given …:"), not the answer
        if block.kind == "html" and "<" in block.text and "details" in block.text.lower():
            boxed += len(_DETAILS_OPEN.findall(block.text)) - len(_DETAILS_CLOSE.findall(block.text))
        if block.kind == "html" and question.pattern.kind == "summary" and open_details > 0:
            open_details += len(_DETAILS_OPEN.findall(block.text)) - len(_DETAILS_CLOSE.findall(block.text))
            if open_details <= 0:
                return block.end
        if block.kind != "hr" and not (block.kind == "html" and _BREAK.match(block.text)):
            took = True
        said = said or block.kind not in ("hr", "html")
    return blocks[stop].start if stop < len(blocks) else -1


INTRO_LABEL_WORDS = 8
PART_LABEL_CHARS = 80


def part_label(block: Block) -> bool:
    """A short plain line naming a part of questions ("Intermediate Questions", "**Scenario-Based Questions:**"),
    or a caption under such a name in bold ("**In-depth questions**: These help an employer …")."""
    if block.kind != "paragraph" or block.item is not None or block.depth:
        return False
    if len(block.text) > PART_LABEL_CHARS or "\n" in block.text.strip():
        return _captioned_part(block)  # (most blocks, told apart cheaply: answers' paragraphs are long)
    return _QUESTIONS_SECTION.match(block.text.strip()) is not None or (block.text[:2] in ("**", "__")
                                                                        and _captioned_part(block))


PART_CAPTION_CHARS = 400  # a part's bold name and the sentence or two under it


def _captioned_part(block: Block) -> bool:
    """A paragraph opening with a part's name in bold ("**Questions about your background**: These help …")."""
    if block.kind != "paragraph" or block.item is not None or len(block.text) > PART_CAPTION_CHARS or not (
            named := _BOLD_PART.match(block.text)):
        return False
    name = named.group(1).strip()
    return (_QUESTIONS_SECTION.match(name) is not None or _QUESTIONS_ABOUT.match(name) is not None
            or _NUMBERS_RANGE.search(name) is not None)


# "**🟢 Section 1: Setup (Q1--Q5)**": the part names the numbers of the questions in it
_NUMBERS_RANGE = re.compile(r"\bQ(?:uestions?)?\s*\d{1,4}\s*(?:-{1,2}|–|—|to)\s*Q?\s*\d{1,4}\b", re.IGNORECASE)


def _intro_label(block: Block) -> bool:
    """A short line ending in a colon, outside any list ("**Negativo:**", "Harder ones:"): a label over what
    follows it."""
    text = block.text.strip()
    return (block.kind == "paragraph" and block.item is None and not block.depth and "\n" not in text
            and plain(text).rstrip().endswith(_COLON_ENDS) and len(text.split()) <= INTRO_LABEL_WORDS)


def _counts_back(question: Candidate, item: Item) -> bool:
    """Whether ``item``, in the list of numbered ``question``, numbers below it: "1. **Elbow method:**" right
    under "6. How do you choose k?" starts a list inside the answer (Markdown joins the two lists)."""
    number = question.title.number
    return question.pattern.kind == "numbered" and number is not None and item.number is not None and item.number < number


def _counts_back_in(blocks: list[Block], question: Candidate, item: Item) -> bool:
    """:func:`_counts_back`, but a list written "1." for every item (numbered by position, see
    :func:`_number_lazy_lists`) never counts back: its next item is the next question's."""
    own = blocks[question.index].item
    if own is not None and own.number is not None and own.number != question.title.number and item.number == own.number:
        return False
    return _counts_back(question, item)


def _new_quote(lines: list[str], start: int, end: int) -> bool:
    """Whether a blockquote starting at line ``end`` is a new one: a line between it and ``start`` is not quoted."""
    return any(not lines[i].lstrip().startswith(">") for i in range(start, min(end, start + 50))) or end - start > 50


_NAMES_QUESTIONS = re.compile(r"\bquestions\W*$", re.IGNORECASE)


def subsection_levels(blocks: list[Block], questions: list[Candidate]) -> frozenset[int]:
    """Heading levels the document uses inside answers rather than for sections.

    A section heading is followed by a question within a few blocks; a
    sub-heading by more text. Headings before the first question and after
    the last one are not counted.
    """
    if not questions:
        return frozenset()
    asked = {q.index for q in questions}
    # a numbered heading above every question heading, or one naming questions ("# 3. Behavioural questions"
    # among "## 2.11 …"), opens a part; "### Explanation:" under "#### 1. …" is the answer's own
    top = min((q.level for q in questions if q.pattern.kind == "h"), default=0)
    counts: dict[int, list[int]] = {}
    for index in range(questions[0].index + 1, questions[-1].index):
        block = blocks[index]
        if block.kind != "heading" or index in asked:
            continue
        if block.level < top and _NAMES_QUESTIONS.search(block.text):
            counts.setdefault(block.level, [0, 0])[0] += 1  # it opens a part of questions ("## Behavioral Questions")
            continue
        if block.level < top and read_title(block.text).number is not None:
            continue  # "### 2. Functions" over "#### …": a part, or a numbered step of an answer at that level
        section, read = False, 0
        for after in range(index + 1, min(index + 8, len(blocks))):
            following = blocks[after]
            if after in asked or (following.kind == "heading" and read == 0):
                section = read < 2  # an introduction line, then a question: two blocks or more are content
                break
            if following.kind == "heading" or read >= 3:
                break
            if following.kind != "hr" and not (following.kind == "html" and _BREAK.match(following.text)):
                read += 1
        counts.setdefault(block.level, [0, 0])[0 if section else 1] += 1
    return frozenset(level for level, (section, content) in counts.items() if content > section)


# -- choosing ------------------------------------------------------------------------------


LABELLED_ITEMS = 2  # list items labelled as questions for the labels to pick them out of the list


@dataclass(slots=True)
class _Group:
    pattern: Pattern
    members: list[Candidate]  # the kept candidates of the pattern
    strong: int
    usable: int
    numbered: int
    questions: list[Candidate] = field(default_factory=list)  # the members taken as questions
    counted: bool = False  # its numbered members ask and count up from 1, from the first member on
    key_spans: list[tuple[int, int]] = field(default_factory=list)  # lines of the key entries (Answers headings) it took

    @property
    def viable(self) -> bool:
        if self.strong == 0:
            return False
        if self.pattern.kind in ("admonition", "table", "label"):
            return True
        if self.strong * 2 >= self.usable:
            return True
        if self.pattern.kind in ("bullets", "numbered") and self.by_labels:
            return True
        return self.by_series or self.pattern.kind == "bold" and self.by_labels

    @property
    def by_series(self) -> bool:
        """A numbered series whose members in sequence mostly ask: the rest were sub-items inside answers."""
        asked = sum(1 for q in self.questions if q.strength == QUESTION)
        return self.is_numbered and asked >= 3 and asked * 3 >= len(self.questions) * 2

    @property
    def by_labels(self) -> bool:
        """Items or bold lines labelled as questions ("- **Q:** …", "**Q3: …**", a dialogue's "- **Interviewer:**
        …") among more that answer them or ask nothing ("- **Short answer:** …", "**Architecture:**"): the labels
        say which are the questions."""
        labelled = sum(1 for c in self.members if c.title.labelled and c.strength == QUESTION)
        return labelled >= LABELLED_ITEMS and labelled * 2 >= self.strong

    @property
    def is_numbered(self) -> bool:
        return self.numbered >= 2 and (self.numbered * 2 >= self.usable or self.counted)


_CONTENTS_LINK = re.compile(r"\[([^\[\]]{1,300})\]\(#([^()\s]{0,300})\)")
CONTENTS_SHARE = 0.8  # of a table of contents' entries that are heading questions, for what it leaves out to be none


def _plain_words(text: str) -> str:
    return " ".join(_WORD.findall(plain(text).casefold()))


def _not_in_contents(lines: list[str], tocs: list[tuple[int, int]], questions: list[Candidate]) -> set[tuple[int, int]]:
    """Heading questions that ask nothing and that a table of contents listing the others leaves out ("## Real-World
    Use Case" in a section explaining cron syntax, where the contents list the sixteen questions): notes."""
    entries = [match for start, size in tocs for line in lines[start:start + size]
               for match in _CONTENTS_LINK.finditer(line)]
    listed = {_plain_words(match.group(1)) for match in entries} | {
        _plain_words(match.group(2).replace("-", " ")) for match in entries}  # the text, or the anchor it points at
    headed = [q for q in questions if q.pattern.kind == "h"]
    if len(entries) < OWN_LIST or len(headed) < OWN_LIST:
        return set()
    inside = [_plain_words(q.title.text) in listed for q in headed]
    if sum(inside) < CONTENTS_SHARE * len(entries):
        return set()  # contents of something else (the sections, the topics)
    first, last = inside.index(True), len(inside) - 1 - inside[::-1].index(True)
    # between listed questions: headings added after the contents was written come after the last it lists
    return {(q.index, q.line) for position, q in enumerate(headed) if first < position < last
            and not inside[position] and q.strength != QUESTION}


def _points_under_another(blocks: list[Block], chosen: list[_Group], group: _Group) -> set[int]:
    """Block indices of runs of ``group``'s questions numbered 1, 2, 3 … that ask nothing ("###### 1. New
    State:", "###### 2. Runnable State:") right after a question of another chosen pattern ("**4. What is the
    lifecycle of a thread?**"), with no heading between: the points of that question's answer, written as
    headings."""
    others = sorted(c.index for g in chosen if g is not group for c in g.questions)
    points: set[int] = set()
    members = group.questions
    at = 0
    while at < len(members):
        first = members[at]
        if first.title.number != 1 or first.strength == QUESTION:
            at += 1
            continue
        end = at + 1
        while (end < len(members) and members[end].strength != QUESTION
               and members[end].title.number == members[end - 1].title.number + 1):  # type: ignore[operator]
            end += 1
        before = bisect.bisect_left(others, first.index)
        own_before = members[at - 1].index if at else -1
        if (end - at >= 2 and before and others[before - 1] > own_before
                and not any(blocks[i].kind == "heading" for i in range(others[before - 1] + 1, first.index))):
            points.update(c.index for c in members[at:end])
        at = end
    return points


STATEMENT_WORDS = 12  # an item this long that does not ask states something


CONTENTS_ITEMS = 3  # items a list needs to be read as contents by the headings it names
CONTENTS_SHARE = 0.8  # of its items that must be the text of a heading further down


def _contents_by_heading(blocks: list[Block], group: _Group) -> set[int]:
    """Block indices of the group's items in lists whose items are, nearly all, the words of headings further
    down ("- Windows Registry" over, later, "### Windows Registry" and its question): a table of contents
    written without links. Questions listed and then asked again as headings with their answers are such a list
    too; items that are not headings' words keep a list of questions as it is."""
    lists: dict[int, list[Candidate]] = {}
    for candidate in group.questions:
        item = blocks[candidate.index].item
        if item is not None:
            lists.setdefault(item.list_id, []).append(candidate)
    if not lists:
        return set()
    headings: dict[str, int] = {}  # a heading's words -> its last block
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            headings[" ".join(_WORD.findall(plain(block.text).casefold()))] = index
    found: set[int] = set()
    for items in lists.values():
        if len(items) < CONTENTS_ITEMS:
            continue
        if any(_has_body(blocks, c.index, c) or "\n" in blocks[c.index].text.strip() for c in items):
            continue  # its items hold answers of their own: a list of questions, said again below at length
        named = sum(1 for c in items if headings.get(" ".join(_WORD.findall(c.title.text.casefold())), -1) > c.index)
        if named >= CONTENTS_SHARE * len(items):
            found.update(c.index for c in items)
    return found


def _lists_that_tell(blocks: list[Block], group: _Group) -> set[int]:
    """Block indices of the group's items in lists before the first item that asks, where no item asks and
    every item is a long sentence that tells ("1. Lazy interviewers ask about terminology. …", the kinds of
    interviewer an introduction lists)."""
    lists: dict[int, list[Candidate]] = {}
    for candidate in group.questions:
        item = blocks[candidate.index].item
        lists.setdefault(item.list_id if item is not None else -1, []).append(candidate)
    first_asked = min((c.index for c in group.questions if c.strength == QUESTION), default=None)
    if first_asked is None:
        return set()
    return {c.index for list_id, items in lists.items() if list_id >= 0 and items[-1].index < first_asked
            and not any(c.strength == QUESTION or "?" in c.title.text for c in items)
            and all(len(c.title.text.split()) >= STATEMENT_WORDS and not _has_body(blocks, c.index, c) for c in items)
            for c in items}


TOLD_ITEMS = 4  # sentences in a list for it to be one that tells ("Responsibilities": "- Build close …")


def _told_lists(blocks: list[Block], members: list[Candidate]) -> set[int]:
    """Lists of full sentences that tell, where few read as requests and none asks ("- Build close relationships
    with customers and serve as their trusted advisor.", a job's responsibilities): the ones that open with a verb
    of a task state a duty, not a question."""
    lists: dict[int, list[Candidate]] = {}
    for candidate in members:
        if (list_id := _list_of(blocks, candidate)) is not None:
            lists.setdefault(list_id, []).append(candidate)
    return {list_id for list_id, items in lists.items() if len(items) >= TOLD_ITEMS
            and sum(c.strength == QUESTION for c in items) * 2 < len(items)
            and all(not _ends_asking(c.title.text) and c.title.text.endswith(".")
                    and len(c.title.text.split()) >= STATEMENT_WORDS for c in items)}


LABELLED_ANSWER_ITEMS = 5  # items each over a labelled answer item, for them to be a list's questions


def _answered_by_labelled_items(blocks: list[Block], members: list[Candidate]) -> list[Candidate]:
    """The ``members`` (list items) whose first nested item opens with an answer label ("- Answer: …", "- **A:**")."""
    found: list[Candidate] = []
    for member in members:
        below = blocks[member.index + 1] if member.index + 1 < len(blocks) else None
        if (member.strength >= MAYBE and member.in_item and below is not None and below.item is not None
                and below.depth == blocks[member.index].depth + 1 and _ANSWER_START.match(below.text)):
            found.append(member)
    return found


def _counted(members: list[Candidate]) -> bool:
    """Whether the numbered ``members`` are the document's own count of its questions: they mostly ask and
    count up from 1, and nothing of the pattern asks before the first. Members without a number are then
    follow-ups inside their answers ("**2. What is X?**", then "**Why does X matter?**"), however many."""
    if not members or members[0].title.number != 1:
        return False
    numbers = [c.title.number for c in members if c.title.number is not None]
    if len(numbers) < 2:
        return False
    steps = sum(1 for before, after in zip(numbers, numbers[1:], strict=False) if after == before + 1)
    asked = sum(1 for c in members if c.title.number is not None and c.strength == QUESTION)
    return (steps + 1) * 10 >= len(numbers) * 9 and asked * 3 >= len(numbers) * 2


def detect(blocks: list[Block], lines: list[str], candidates: Candidates, *,
           pinned: list[Pattern] | None = None) -> Detection:
    """The questions of the document, by its own pattern (or the ``pinned`` ones)."""
    if pinned is None and any(blocks[c.index].fenced for c in candidates.found):
        # Text read out of a fence may be an example inside an answer (a few-shot prompt's "Q: … A: …" lines):
        # where the questions found without it hold it in their answers, it is theirs.
        fenced = [c for c in candidates.found if blocks[c.index].fenced]
        without = detect(blocks, lines, _without(candidates, fenced))
        if without.questions and _inside(([q.index for q in without.questions], without.ends), fenced) >= 0.5:
            return without
    by_pattern: dict[Pattern, list[Candidate]] = {}
    for candidate in candidates.found:
        by_pattern.setdefault(candidate.pattern, []).append(candidate)
    groups: dict[Pattern, _Group] = {}
    for pattern, (strong, usable, numbered) in candidates.counts.items():
        group = groups[pattern] = _Group(pattern, by_pattern.get(pattern, []), strong, usable, numbered)
        group.counted = numbered >= 2 and numbered * 2 < usable and _counted(group.members)
        group.questions = _members(group, blocks, pinned=pinned is not None)
        if pinned is None and pattern.kind == "bold" and group.strong * 2 < group.usable and group.by_labels:
            # "**Q3: …**" lines among many more bold lines that ask nothing ("**1. Ignoring cost**" in a part on
            # mistakes, "**Architecture:**" in answers): the labels say which are the questions
            group.questions = [c for c in group.questions if c.title.labelled]
        if (pinned is None and pattern.kind == "bullets"
                and len(answered := _answered_by_labelled_items(blocks, group.members)) >= LABELLED_ANSWER_ITEMS
                and len(answered) * 2 >= len(group.questions)):
            # Among an outline's bullets, the items each answered by a labelled item under them ("* \"Explain
            # X.\"" over "- Answer: …") are the questions; its topics ("- Error Handling" over its points) are not
            group.questions = answered
            group.strong = group.usable = len(answered)
        if pinned is None and pattern.kind == "bullets" and (asking := _asking_marker(blocks, group.members)):
            # "* What excites you about coding?" over " - The ability to …": the answers' bullets, indented too
            # little to nest, are lists of their own beside the questions', written with another marker
            group.members = asking
            group.strong = sum(1 for c in asking if c.strength == QUESTION)
            group.usable = sum(1 for c in asking if c.strength >= MAYBE)
            group.questions = _members(group, blocks)
        if pattern.kind == "numbered" and (key := _answer_key(blocks, lines, group)) is not None:
            # The key's entries are answers, not questions: the pattern is what its questions are.
            group.questions, group.key_spans = key.questions, key.spans
            group.strong = sum(1 for q in key.questions if q.strength == QUESTION)
            group.usable = len(key.questions)
            group.numbered = sum(1 for q in key.questions if q.title.number is not None)
    lines_pattern = pattern_of("lines")
    if (pinned is None or lines_pattern in pinned) and (listed_lines := lines_group(blocks, lines)) is not None:
        groups[lines_pattern] = listed_lines
    plain_pattern = pattern_of("plain")
    if (plain_pattern in pinned) if pinned is not None else not any(g.viable for g in groups.values()):
        found = topic_questions(plain_candidates(blocks))
        if found:
            groups[plain_pattern] = _Group(plain_pattern, found, len(found), len(found), 0, questions=found)
    notes: list[str] = []
    if pinned is not None:
        chosen = [groups[p] for p in pinned if p in groups]
        questions = sorted((c for g in chosen for c in g.questions), key=lambda c: (c.index, c.line))
    else:
        chosen, notes = _choose(blocks, lines, groups)
        if (label_group := groups.get(pattern_of("label"))) is not None and label_group not in chosen:
            for group in chosen:
                if group.pattern.kind == "h" and (titled := _labelled_under_headings(blocks, lines, group, label_group)):
                    label_group.questions = [c for c in titled if c.pattern == label_group.pattern]
                    group.questions = [c for c in titled if c.pattern != label_group.pattern]
                    chosen.append(label_group)
                    notes = [n for n in notes if not n.startswith(f"left out {_describe(label_group)}")]
                    notes.append(f"took the `Question:` paragraphs under {_describe(group)} as the questions: "
                                 "the headings title them ('### Problem 1: Basic probability')")
                    break
        if (sectioned := _numbered_sections(blocks, lines, groups, chosen)) is not None:
            held = sum(len(g.questions) for g in chosen)
            chosen = [sectioned]
            notes.append(f"took {len(sectioned.questions)} {_describe(sectioned)} as the questions: numbered one after "
                         f"another, each holds at most one of the {held} questions found first (its statement, shown "
                         "with it), and some hold none")
        for group, continued in _series_continued(groups, chosen):
            group.questions = continued
            chosen.append(group)
            notes.append(f"took {_describe(group)} numbered {continued[0].title.number}-{continued[-1].title.number} "
                         f"with {_describe(chosen[0])}: one numbered series in two styles")
        for first, then in itertools.permutations(chosen, 2):
            # each chosen on its own, the numbers of one going on from the other's: still one series, and said so
            if (first.questions and then.questions and all(q.title.number is not None for q in first.questions + then.questions)
                    and then.questions[0].index > first.questions[-1].index
                    and then.questions[0].title.number == first.questions[-1].title.number + 1):
                said = (f"took {_describe(then)} numbered {then.questions[0].title.number}-"
                        f"{then.questions[-1].title.number} with {_describe(first)}: one numbered series in two styles")
                if said not in notes:  # (said already where the second pattern was taken for going on from the first)
                    notes.append(said)
        for group in chosen:
            if group.pattern.kind in ("bullets", "numbered") and (named := _contents_by_heading(blocks, group)):
                group.questions = [c for c in group.questions if c.index not in named]
                notes.append(f"left out {len(named)} list items that name the headings below them, without "
                             "links: contents")
            if group.pattern.kind == "numbered" and (told := _lists_that_tell(blocks, group)):
                group.questions = [c for c in group.questions if c.index not in told]
                notes.append(f"left out {len(told)} numbered items in lists that ask nothing (sentences that "
                             "tell, between lists that ask)")
            if group.pattern.kind == "bold" and (unlabelled := _unlabelled_colon_lines(blocks, group)):
                group.questions = [c for c in group.questions if c.index not in unlabelled]
                notes.append(f"left out {len(unlabelled)} bold lines ending in a colon without the question label the "
                             "others carry ('**How YARN changed the ecosystem:**' among '**Q: …**'): labels inside answers")
            if group.pattern.kind == "quote" and (said := sum(1 for c in group.questions if c.strength != QUESTION
                                                             and _QUOTED_PROMPT.match(c.title.text))):
                notes.append(f"took {said} quotes in quotation marks that do not ask as questions too: the document "
                             "quotes its interviewers' prompts so ('> \"Code X from scratch.\"')")
            if group.pattern.kind == "h" and not group.is_numbered and (listed := _listed_headings(blocks, group)):
                group.questions = sorted([*group.questions, *listed], key=lambda c: c.index)
            if group.pattern.kind == "h" and (marked := _marked_headings(blocks, group)):
                group.questions = sorted([*group.questions, *marked], key=lambda c: c.index)
            if group.pattern.kind == "h" and not group.is_numbered and (topics := _topic_headings(blocks, lines, group)):
                group.questions = sorted([*group.questions, *topics], key=lambda c: c.index)
            if group.pattern.kind == "h" and group.is_numbered and (lettered := _lettered_headings(blocks, lines, group)):
                parents = {c.index for c in group.questions if c.strength != QUESTION
                           and any(s.index == c.index + 1 for s in lettered)}
                group.questions = sorted([*(c for c in group.questions if c.index not in parents), *lettered],
                                         key=lambda c: c.index)
                notes.append(f"took {len(lettered)} deeper headings numbered under a question ('4a.', '4b.') as "
                             "sub-questions" + (f"; left out {len(parents)} topic heading{'s' if len(parents) != 1 else ''}"
                                                " over them that ask nothing" if parents else ""))
            if group.pattern.kind == "h" and group.is_numbered:
                inner, parents = _questions_under_a_heading_of_questions(blocks, lines, group)
                if inner:
                    group.questions = sorted([*(c for c in group.questions if c.index not in parents), *inner],
                                             key=lambda c: c.index)
                    notes.append(f"took {len(inner)} headings labelled as questions under a numbered heading that "
                                 "names a section of questions ('## 7. Common interview questions') as its questions")
            if (group.pattern.kind == "h" and group.is_numbered and candidates.hashed
                    and (unspaced := _unspaced_headings(blocks, group))):
                group.questions = sorted([*group.questions, *unspaced], key=lambda c: (c.index, c.line))
                notes.append(f"took {len(unspaced)} lines written as a numbered heading without the space after "
                             "the hashes ('###2、…') as headings of the questions")
            if group.pattern.kind == "h" and (quoted := _quoted_headings(blocks, group)):
                group.questions = sorted([*group.questions, *quoted], key=lambda c: (c.index, c.line))
                notes.append(f"took {len(quoted)} headings in quotes that name no question ('\"Tell me about "
                             "yourself\"') as questions, as the quoted headings beside them are")
            if group.pattern.kind == "h" and group.is_numbered and (numbered := _sub_numbered_lines(blocks, group)):
                group.questions = sorted([*group.questions, *numbered], key=lambda c: (c.index, c.line))
                notes.append(f"took {len(numbered)} lines numbered under a heading question's number that ask "
                             "('2.1 …?' under '### 2.') as its sub-questions")
            if group.key_spans:
                notes.append("took the numbered list under an Answers heading as the answers, by number")
            if group.pattern.kind in ("bullets", "numbered") and (asking := _asking_parents(blocks, candidates, group)):
                group.questions = sorted([*group.questions, *asking], key=lambda c: (c.index, c.line))
                notes.append(f"took {len(asking)} items that ask in the list holding the nested lists of questions "
                             "as questions too (the other items there are topics over them)")
            if group.pattern.kind in ("bullets", "numbered") and (subs := _sub_question_lists(blocks, candidates, group)):
                # An item that asks nothing over sub-questions names their topic ("1. Pooling." over "1. [E] Why
                # …?"): a heading in list form, not a question.
                parents = {c.index for c in group.questions if c.strength != QUESTION
                           and any(s.index == c.index + 1 for s in subs)}
                group.questions = sorted([*(c for c in group.questions if c.index not in parents), *subs],
                                         key=lambda c: c.index)
                taken = {c.index for c in subs}
                for nested in groups.values():  # its "left out … inside answers" note no longer holds
                    if nested.questions and all(c.index in taken for c in nested.questions):
                        notes = [n for n in notes if not n.startswith(f"left out {_describe(nested)}:")]
                notes.append(f"took {len(subs)} nested items that ask, alone under a question, as its sub-questions"
                             + (f"; left out {len(parents)} topic item{'s' if len(parents) != 1 else ''} over them"
                                " that ask nothing" if parents else ""))
        if chosen and chosen[0].pattern == lines_pattern:
            # Where the document lists its questions a line each, a question alone in its paragraph is one
            # more of them (the first, with its answer under it, before the rest were pasted in as a list).
            listed = {c.index for c in chosen[0].questions}
            # (a line wholly in bold that does not end asking is the label of a group of lines: "📌 **Why
            # Preparation Matters**" over the list it names)
            alone = [c for c in plain_candidates(blocks) if c.index not in listed
                     and not (_BOLD_LINE.match(blocks[c.index].text) and not c.title.text.endswith(QUESTION_MARKS))]
            chosen[0].questions = sorted([*chosen[0].questions, *(replace(c, pattern=lines_pattern) for c in alone)],
                                         key=lambda c: (c.index, c.line))
            if shaped := _shaped_like_lists(blocks, lines, chosen[0]):
                chosen[0].questions = sorted([*chosen[0].questions, *shaped], key=lambda c: (c.index, c.line))
                notes.append(f"took {len(shaped)} more lines, questions and topics a line each, from paragraphs "
                             "shaped like the lists of questions (under a heading of their level) where too few "
                             "lines ask for a list of their own")
        for group in chosen:
            if group.pattern == lines_pattern:
                for other in chosen:
                    if other is not group and len(other.questions) >= 2:
                        group.questions = _lines_outside_answers(blocks, lines, other, group)
                if not group.questions:
                    notes.append(f"left out {_describe(group)}: inside answers")
        chosen = [g for g in chosen if g.questions]
        for group in chosen:
            if group.pattern.kind == "h" and len(chosen) >= 2 and (points := _points_under_another(blocks, chosen, group)):
                group.questions = [c for c in group.questions if c.index not in points]
                notes.append(f"left out {len(points)} {_describe(group)} numbered from 1 again under a question of "
                             "another pattern, none asking: points of its answer")
        for group in chosen:
            if group.pattern == lines_pattern:
                group.questions = sorted([*group.questions, *_asking_siblings(blocks, candidates, group)],
                                         key=lambda c: (c.index, c.line))
        own_items: set[tuple[int, int]] = set()
        if chosen and all(g.pattern.kind != "plain" for g in chosen) and (
                parts := _parts_of_bare_questions(blocks, lines, candidates, chosen)):
            # Beside another pattern, as an addition: alone, one-line paragraphs are the plain pattern's to read.
            group = next((g for g in chosen if g.pattern == lines_pattern), None)
            if group is None:
                group = _Group(lines_pattern, parts, len(parts), len(parts), 0, questions=[])
                chosen.append(group)
            group.questions = sorted([*group.questions, *parts], key=lambda c: (c.index, c.line))
        if chosen and all(g.pattern.kind != "plain" for g in chosen) and (
                led := _runs_of_led_paragraphs(blocks, candidates, chosen)):
            chosen.append(_Group(plain_pattern, led, len(led), len(led), 0, questions=led))
            notes.append(f"took {len(led)} paragraphs that open with a question over its answer, in runs of "
                         f"{PART_LINES} or more, as a part of their own")
        if chosen and (own := _lists_of_their_own(blocks, lines, candidates, chosen)):
            for pattern in dict.fromkeys(c.pattern for c in own):
                mine = [c for c in own if c.pattern == pattern]
                group = next((g for g in chosen if g.pattern == pattern), None)
                if group is None:
                    group = _Group(pattern, mine, len(mine), len(mine), 0, questions=[])
                    chosen.append(group)
                group.questions = sorted([*group.questions, *mine], key=lambda c: (c.index, c.line))
                notes = [n for n in notes if not n.startswith(f"left out {_describe(group)}")]
            own_items = {(c.index, c.line) for c in own}
        if chosen and (headed := _headings_of_their_own(blocks, lines, chosen)):
            for pattern in dict.fromkeys(c.pattern for c in headed):
                mine = [c for c in headed if c.pattern == pattern]
                chosen.append(_Group(pattern, mine, len(mine), len(mine), 0, questions=mine))
            notes.append(f"took {len(headed)} headings under a heading that says it holds questions as questions, "
                         "asked or not")
        if len(chosen) > 1:
            _drop_sub_items(blocks, lines, chosen)
        # A line two patterns both read ("**What is X?**" is bold and a bare question line) is one question: the
        # reading that finds more questions in its paragraph (its answer ends at the next of them), else the first.
        in_block: dict[tuple[Pattern, int], int] = {}
        for group in chosen:
            for candidate in group.questions:
                in_block[candidate.pattern, candidate.index] = in_block.get((candidate.pattern, candidate.index), 0) + 1
        held: dict[tuple[int, int], Pattern] = {}  # the pattern whose reading of a line is kept
        # "**Q1.**" over the paragraph that is its question: that paragraph's line is the label's question
        covered = {(asked, blocks[asked].start): c.pattern for g in chosen for c in g.questions
                   if c.label_only and (asked := c.index + 1 + c.fields) < len(blocks)}
        for group in chosen:
            for candidate in group.questions:
                other = held.setdefault((candidate.index, candidate.line), candidate.pattern)
                if in_block[candidate.pattern, candidate.index] > in_block[other, candidate.index]:
                    held[candidate.index, candidate.line] = candidate.pattern
        questions = sorted((c for g in chosen for c in g.questions if held[c.index, c.line] == c.pattern
                            and covered.get((c.index, c.line), c.pattern) == c.pattern),
                           key=lambda c: (c.index, c.line))
        questions, merged = _merge_repeated(blocks, lines, questions)
        if merged:
            notes.append(merged)
        if own_items and (kept := sum((q.index, q.line) in own_items for q in questions)):
            notes.append(f"took {kept} list items that ask, in a part that says it holds questions and outside "
                         "every answer, as questions of their own")
    if pinned is None and (chapters := _chapters_over_questions(blocks, chosen)) is not None:
        chosen = [g for g in chosen if g is not chapters]
        questions = [q for q in questions if q.pattern != chapters.pattern]
        notes.append(f"left out {len(chapters.questions)} {_describe(chapters)}: a guide's chapters, one of them "
                     "holding the questions")
    if pinned is None and (notes_part := _topics_in_a_notes_part(blocks, questions)):
        questions = [q for q in questions if (q.index, q.line) not in notes_part]
        notes.append(f"left out {len(notes_part)} headings that name topics, in a part of notes beside the part that "
                     "says it holds the questions")
    if pinned is None and (declared := _declared_items(blocks, lines, candidates, questions)) is not None:
        # The questions chosen before the first of those blocks stay: a part of their own, in no block's answer
        # (boxes of questions at the top of a page whose prompts below lost their markup)
        first = declared[0].questions[0].index
        before = [q for q in questions if q.index < first and q.pattern != declared[0].pattern]
        kept = {(q.index, q.line) for q in before}
        chosen = [declared[0], *(g for g in chosen if any((q.index, q.line) in kept for q in g.questions))]
        questions = [*before, *declared[0].questions]
        notes = [n for n in notes if not n.startswith("left out")] + [declared[1]]
    if pinned is None and (run_on := _numbering_run_on(candidates, questions)):
        chosen = [*chosen, _Group(run_on[0].pattern, run_on, sum(1 for c in run_on if c.strength == QUESTION),
                                  len(run_on), len(run_on), questions=run_on)]
        questions = [*questions, *run_on]
        notes.append(f"took {len(run_on)} {_describe(chosen[-1])} after the last question that carry its numbering "
                     "on, a level off")
    if pinned is None and (gaps := _numbering_gaps(blocks, candidates, questions)):
        for pattern in dict.fromkeys(c.pattern for c in gaps):
            filling = [c for c in gaps if c.pattern == pattern]
            if (group := next((g for g in chosen if g.pattern == pattern), None)) is not None:
                group.questions = sorted([*group.questions, *filling], key=lambda q: q.index)
            else:
                chosen.append(_Group(pattern, filling, sum(1 for c in filling if c.strength == QUESTION), len(filling),
                                     len(filling), questions=filling))
        questions = sorted([*questions, *gaps], key=lambda q: q.index)
        many = len(gaps) > 1
        notes.append(f"took {len(gaps)} numbered block{'s' if many else ''} that fill{'' if many else 's'} gaps in the "
                     "questions' numbering")
    if pinned is None and any(g.pattern.kind == "table" for g in chosen) and (keyed := _keyed_rows(blocks, questions)):
        notes.append(f"took the answers of {keyed} table questions from an answer-key table, by number")
    if pinned is None and candidates.tocs and (unlisted := _not_in_contents(lines, candidates.tocs, questions)):
        questions = [q for q in questions if (q.index, q.line) not in unlisted]
        many = len(unlisted) != 1
        notes.append(f"left out {len(unlisted)} heading{'s' if many else ''} that ask{'' if many else 's'} nothing and "
                     "that the table of contents leaves out, where it lists the questions")
    ends = _ends(blocks, lines, questions)
    _end_last_list_answer(blocks, questions, ends)
    _end_listed_runs(blocks, questions, ends)
    _end_before_run_titles(blocks, questions, ends)
    if pinned is None and (keyed := _keyed_questions(blocks, lines, questions, ends)):
        notes.append(f"took the answers of {keyed} numbered questions from an answer-key table after them, by number")
    sections = [span for group in chosen for span in group.key_spans]  # key entries under Answers headings
    if pinned is None and (keyed_sections := _keyed_by_section(blocks, lines, questions, ends))[0]:
        keyed, after = keyed_sections
        sections += after
        notes.append(f"took the answers of {keyed} questions from an answers section after them, in order")
    if pinned is None and (headed := _answered_by_headings(blocks, lines, questions, ends))[0]:
        keyed, after = headed
        sections += after
        notes.append(f"took the answers of {keyed} numbered questions from headings after them that name their "
                     "numbers ('### Answer to Q3')")
    if pinned is None and (entered := _answered_by_numbered_entries(blocks, lines, questions, ends))[0]:
        keyed, after = entered
        sections += after
        notes.append(f"took the answers of {keyed} numbered questions from an answer key's entries that name their "
                     "numbers ('**1. Answer: B** …')")
    if pinned is None and (restated := _answered_by_restating_headings(blocks, lines, questions, ends))[0]:
        keyed, after = restated
        sections += after
        notes.append(f"took the answers of {keyed} listed questions from the headings after the list that say them "
                     "again, in order ('### Main functions of an OS' under 'List the main functions of an OS.')")
    # An outline is in one layout and its questions asked again in another: two layouts chosen.
    if (pinned is None and len(chosen) >= 2 and len(questions) >= 2 * REPEATED_MIN
            and (outline := _outlined(lines, questions, ends))):
        notes.append(f"left out an outline of {outline[0]} questions (line {questions[outline[1][0]].line + 1}) asked "
                     "again below in another layout with fuller answers: each kept once, with the fuller answer")
        gone = set(outline[1])
        questions = [q for position, q in enumerate(questions) if position not in gone]
        left = {q.pattern for q in questions}
        chosen = [g for g in chosen if g.pattern in left]  # the outline's layout, when none of it is left
        ends = _ends(blocks, lines, questions)  # an answer the outline's layout cut short runs on
        _end_last_list_answer(blocks, questions, ends)
    if pinned is None and len(questions) >= 2 * REPEATED_MIN and (pasted := _pasted_again(_pasted_keys(lines, questions,
                                                                                                      ends))):
        # The copies go after the answers are measured: each copy still ends the answer above it.
        notes.append(f"merged {len(pasted)} questions pasted again in the same order (first at line "
                     f"{questions[pasted[0]].line + 1}): each kept once, with its first answer")
        gone = set(pasted)
        questions = [q for position, q in enumerate(questions) if position not in gone]
        ends = [end for position, end in enumerate(ends) if position not in gone]
    # (a chosen group may be made apart from the patterns counted: a guide's topics)
    seen = len({g.pattern for g in groups.values() if g.strong and g.pattern.kind != "plain"} | {g.pattern for g in chosen})
    choices = [PatternChoice(g.pattern.name, _describe(g), 0, 0) for g in chosen]
    wrapped = bare = italic = 0
    for question in questions:
        block = blocks[question.index]
        if block.kind == "paragraph" and question.pattern.kind not in ("lines", "table") and "\n" in block.text:
            text = block.text.split("\n", 1)[1] if question.line > block.start else block.text
            wrapped += _hard_wrapped(text)
        bare += question.pattern.kind == "label" and _BARE_LABEL.match(block.text) is not None
        italic += question.pattern.kind == "label" and _ITALIC_LABEL.match(block.text) is not None
    if wrapped:
        notes.append(f"joined {wrapped} questions hard-wrapped over several lines mid-sentence")
    if bare:
        notes.append(f"took {bare} 'Qn' labels written without their dot ('Q35 What is …?')")
    if italic:
        notes.append(f"read {italic} question labels written in italics ('*问题9*：', '_Question 5_:')")
    languages: dict[str, int] = {}
    first_labels: dict[str, str] = {}  # per language, the first label read, as written ("Pergunta 1:")
    for question in questions:
        if question.pattern.kind == "label" and (language := question_label_language(blocks[question.index].text)):
            languages[language] = languages.get(language, 0) + 1
            if language not in first_labels and (label := _LABEL.match(blocks[question.index].text.lstrip())):
                first_labels[language] = plain(label.group(0)).strip()
    if languages:
        notes.append(f"read {sum(languages.values())} questions labelled in another language ("
                     + ", ".join(f"{LANGUAGE_NAMES[language]} {count}"
                                 + (f": '{first_labels[language]}'…" if language in first_labels else "")
                                 for language, count in languages.items()) + ")")
    if runs := sum(1 for q in questions if q.run):
        notes.append(f"took {runs} one-line paragraphs that ask, one after another ({PART_RUN} or more, with short "
                     "answers or part titles between), as lists of questions of their own")
    if fenced := len({q.index for q in questions if blocks[q.index].fenced}):
        notes.append(f"read {fenced} block{'s' if fenced != 1 else ''} of text set off as code (a fence without a "
                     "language holding 'Q:' lines, or lines indented four spaces) as the text they are")
    if html_rows := sum(1 for q in questions if q.pattern.kind == "table" and blocks[q.index].html):
        notes.append(f"read {html_rows} rows of a raw HTML <table> as its Question/Answer columns")
    if slots := sum(1 for q in questions if q.slot):
        notes.append(f"took {slots} paragraphs ending '?:' (a slot left for the answer) as questions")
    if apart := sum(1 for q in questions if q.apart):
        notes.append(f"read {apart} summaries whose <details> tag stands apart on a line above")
    if split := sum(1 for q in questions if q.split):
        kind = "numbered" if all(q.pattern.kind == "numbered" for q in questions if q.split) else "labelled"
        notes.append(f"split {split} {kind} question{'s' if split != 1 else ''} off the line above "
                     f"{'them' if split != 1 else 'it'} (no blank line between)")
    if pinned is None and (unnumbered := sum(1 for g in chosen if g.is_numbered and g.pattern.kind != "h"
                                             for q in g.questions if q.title.number is None and q.title.labelled)):
        notes.append(f"took {unnumbered} labelled question{'s' if unnumbered != 1 else ''} without a number "
                     "('Q: …') into the numbered series")
    if cards := sum(1 for q in questions if q.pattern.kind == "lines" and "::" in lines[q.line]
                    and _card(lines[q.line].strip()) is not None):
        notes.append(f"read {cards} flashcard line{'s' if cards != 1 else ''} ('question::answer'): the answer is "
                     "the text after the separator")
    if callouts := sum(1 for q in questions if q.pattern.kind == "quote" and q.title.labelled
                       and lines[q.line].lstrip(" \t>").startswith("[!")):
        notes.append(f"read {callouts} question callout{'s' if callouts != 1 else ''} ('> [!question] …') as "
                     "questions, the callout's text as the answer")
    if undotted := sum(1 for q in questions if q.undotted):
        notes.append(f"split {undotted} numbered question{'s' if undotted != 1 else ''} whose number lost its dot "
                     "('3What …?') off the question line above")
    if glued := sum(1 for q in questions if q.glued):
        notes.append(f"split {glued} numbered questions glued onto the line of the one before")
    if candidates.about:
        notes.append(f"left out {candidates.about} question-like blocks in sections about the document itself "
                     "(contributing, a template)")
    if candidates.references:
        notes.append(f"left out {candidates.references} list items under a References/Links heading")
    if candidates.advice:
        notes.append(f"left out {candidates.advice} items under a Tips/Best practices heading (advice, not "
                     "questions)")
    if candidates.follow_ups:
        notes.append(f"left out bullet items listed under a 'Follow-ups:' label: {candidates.follow_ups} follow-up "
                     "questions kept inside answers")
    for start, size in candidates.tocs:
        notes.append(f"skipped a {size}-line table of contents at line {start + 1}")
    return Detection(questions, ends, Layout(seen, choices, pinned is not None, notes), sections)


# -- a document that says it is interview questions -------------------------------------------

_DECLARES = re.compile(r"(?:" + DECLARING + r")", re.IGNORECASE)
TITLE_BLOCKS = 12  # blocks before the title heading (badges, a banner): further down, a heading is a section's
ITEMS_MIN = 4  # items a document must repeat for them to be its questions without asking
ITEM_WORDS = 12  # an item that does not ask is a topic's name ("Dropout", "1.BERT"), not a sentence
ANSWER_WORDS = 3  # words under an item for it to have an answer ("Use dropout." is one)


# A title naming an interview ("Android Interview", "面试准备"): over a long numbered series of topic headings, each
# with its answer, the topics are the questions
_INTERVIEW_TITLE = re.compile(r"(?<![^\W\d_])interviews?(?![^\W\d_])|面试|面試|면접|собеседован", re.IGNORECASE)
INTERVIEW_TOPICS = 10  # numbered headings under such a title, counting up (from 1 again in each part), for that
INTERVIEW_TITLE_WORDS = 6  # words of such a title at most (a CJK character is half a word)


def _declaring_title(blocks: list[Block]) -> int | None:
    """The index of the document's first heading, if it says the document is interview questions ("# NLP面试题");
    or, with no heading before it, of a paragraph that says so and introduces what follows ("Here are the key
    questions you should prepare for:", a chat's answer pasted without its title)."""
    for index, block in enumerate(blocks[:TITLE_BLOCKS]):
        if block.kind == "heading":
            return index if _DECLARES.search(block.text) else None
        if (block.kind == "paragraph" and block.item is None and not block.quoted
                and block.text.rstrip(" *_").endswith((":", "：")) and _DECLARES.search(block.text)):
            return index
    return None


def _words(blocks: list[Block], lines: list[str], start: int, stop: int) -> int:
    """How much ``blocks[start:stop]`` say, headings aside, in words of their lines (code included; a CJK
    character counts as half a word)."""
    total = 0
    for block in blocks[start:stop]:
        if block.kind != "heading":
            text = "\n".join(lines[block.start:block.end])
            total += len(text.split()) + len(CJK_CHAR.findall(text)) // 2
    return total


def _heading_items(blocks: list[Block], title: int, level: int) -> list[tuple[Candidate, int]]:
    """The headings of ``level`` after ``blocks[title]`` that could each be a question, with where each one's
    section ends (the next heading of its level or above)."""
    found: list[tuple[Candidate, int]] = []
    advice = 0  # the level of the advice heading whose section we are in ("## Key success factors"), 0: none
    for index in range(title + 1, len(blocks)):
        block = blocks[index]
        if block.kind == "heading" and block.level < level and (not advice or block.level <= advice):
            advice = block.level if advice_heading(block.text) else 0
        if block.kind != "heading" or block.level != level or advice:
            continue
        if _BACK_MATTER.match(block.text) or _meta_heading(block.text) or _candidate_asks(block.text):
            continue
        title_read = read_title(block.text)
        grade = title_strength(title_read)
        if not title_read.text or grade == NOT or (grade == MAYBE and len(title_read.text.split()) > ITEM_WORDS):
            continue
        end = index + 1
        while end < len(blocks) and not (blocks[end].kind == "heading" and blocks[end].level <= level):
            end += 1
        found.append((Candidate(index, block.start, pattern_of("h", level), title_read, grade, level, block.depth,
                                body=block.answer_line), end))
    return found


def _without(candidates: Candidates, left_out: list[Candidate]) -> Candidates:
    """``candidates`` without ``left_out`` (found ones), counted again."""
    gone = {id(c) for c in left_out}
    counts = {pattern: list(count) for pattern, count in candidates.counts.items()}
    for candidate in left_out:
        count = counts[candidate.pattern]
        count[0] -= candidate.strength == QUESTION
        if candidate.strength >= MAYBE:
            count[1] -= 1
            count[2] -= candidate.title.number is not None
    return Candidates([c for c in candidates.found if id(c) not in gone], counts, candidates.tocs, candidates.about,
                      candidates.references, candidates.advice, candidates.follow_ups, candidates.hashed)


KEY_SHARE = 0.8  # of the unanswered numbered table questions an answer key must number for it to be theirs


def _keyed_rows(blocks: list[Block], questions: list[Candidate]) -> int:
    """Table questions without answers take theirs from an answer-key table's rows with the same number
    ("| 7 | Breaking the task into steps … |" under "Answer Key"), each row once and in order: only where the
    key numbers most of them. How many took one."""
    unanswered = [q for q in questions if q.pattern.kind == "table" and q.title.number is not None
                  and (not (q.answer or "").strip() or blocks[q.index].hinted)]  # (a hint is no answer beside a key)
    if not unanswered:
        return 0
    key = _key_rows(blocks, 0)
    matched = [q for q in unanswered if q.title.number in key]
    if len(matched) < KEY_SHARE * len(unanswered):
        return 0
    for question in matched:
        question.answer = re.sub(r"<br\s*/?>", "\n", key.pop(question.title.number), flags=re.IGNORECASE)
    return len(matched)


def _key_number(block: Block) -> str:
    """The number of an answer key's row, "" when ``block`` is none: a number and an answer, no question ("| 7 |
    Breaking the task … |"), or the number in the question's column ("| Question | Answer |" over "| 7 | B |")."""
    if block.kind != "row" or not block.cells[1]:
        return ""
    if not block.cells[0]:
        return block.number if block.number.isdigit() else ""
    return block.cells[0] if block.cells[0].isdigit() else ""


def _is_key_row(block: Block) -> bool:
    """A row of an answer key (see :func:`_key_number`)."""
    return bool(_key_number(block))


def _key_rows(blocks: list[Block], start: int, stop: int | None = None) -> dict[int, str]:
    """The rows of answer-key tables in blocks ``start`` to ``stop``, by number: "| 7 | Breaking the task … |"."""
    key: dict[int, str] = {}
    for block in blocks[start:stop]:
        if number := _key_number(block):
            key.setdefault(int(number[:6]), re.sub(r"<br\s*/?>", "\n", block.cells[1], flags=re.IGNORECASE))
    return key


def _first_key(blocks: list[Block], start: int, stop: int) -> tuple[int, int] | None:
    """Block indices of the first answer-key table in ``start`` to ``stop`` (its first and past its last row)."""
    first = next((i for i in range(start, stop) if _is_key_row(blocks[i])), None)
    if first is None:
        return None
    last = first
    while last + 1 < stop and blocks[last + 1].kind == "row":
        last += 1
    return first, last + 1


def _keyed_questions(blocks: list[Block], lines: list[str], questions: list[Candidate], ends: list[int]) -> int:
    """Numbered questions, most without an answer under them, take their answers from the answer-key table
    after them ("| **7** | Breaking the task … |" under "Answer Key"), by number: each run of numbers (counting
    from 1 again in the next section) from the first key table after it, before the next run. A question
    with lines under it (the rest of its question, as often as not) keeps them before the key's answer; the
    key and the line over it are no part of the last one's answer. How many took one."""
    numbered = [position for position, q in enumerate(questions)
                if q.title.number is not None and q.pattern.kind != "table" and q.answer is None]
    runs: list[list[int]] = []
    for position in numbered:
        if not runs or questions[position].title.number <= questions[runs[-1][-1]].title.number:
            runs.append([])
        runs[-1].append(position)
    took = 0
    for number, run in enumerate(runs):
        if len(run) < KEYED_MIN:
            continue
        stop = questions[runs[number + 1][0]].index if number + 1 < len(runs) else len(blocks)
        table = _first_key(blocks, questions[run[-1]].index + 1, stop)
        if table is None:
            continue
        key = _key_rows(blocks, *table)
        matched = [p for p in run if questions[p].title.number in key]
        if len(matched) < KEY_SHARE * len(run):
            continue
        over = table[0] - 1  # the table's header row, then a title over the table ("**Answer key**")
        while over > 0 and blocks[over].kind in ("row", "table"):
            over -= 1
        cut = blocks[over].start if blocks[over].kind in ("heading", "paragraph") and len(
            blocks[over].text.split()) <= KEY_TITLE_WORDS else blocks[table[0]].start
        written = [(p, _without_rules("\n".join(lines[questions[p].body:min(ends[p], cut)]))) for p in matched]
        if sum(1 for p, text in written if not text or _only_shown(questions[p], text) is not None) * 2 < len(written):
            continue  # most questions have answers of their own: the table is something else
        for position, text in written:
            if (answer := key.pop(questions[position].title.number, None)) is None:
                continue  # a number used twice in one run: its row answers the first
            question = questions[position]
            if text and (shown := _only_shown(question, text)) is not None:
                question.prompt, text = shown, ""  # its options: shown with the question, the key's letter its answer
            question.answer = f"{text}\n\n{answer}" if text else answer
            took += 1
    return took


KEY_TITLE_WORDS = 8  # "**Answer Key & Explanations**" over the table


def _without_rules(text: str) -> str:
    """``text`` without its rules (the "---" between quiz questions), stripped."""
    return "\n".join(line for line in text.split("\n") if not _RULE.match(line)).strip()


def _keyed_by_section(blocks: list[Block], lines: list[str], questions: list[Candidate],
                      ends: list[int]) -> tuple[int, list[tuple[int, int]]]:
    """A list of questions, most without an answer under them, then an "Answers" title over their answers in the
    same order: a list with as many items ("### Answers" over "1. …", "2. …"), or as many paragraphs ("Answers:"
    over one paragraph a question). Each list item takes the answer in its place; one that only names a topic
    gives it to the one question nested in it. The title and the answers are no part of the last one's answer.
    Returns how many took one, and the lines of each section read so (from, to)."""
    took = 0
    sections: list[tuple[int, int]] = []
    for position, last in enumerate(questions):
        item = blocks[last.index].item
        if not last.in_item or item is None or blocks[last.index].depth != 1:
            continue
        stop = questions[position + 1].index if position + 1 < len(questions) else len(blocks)
        title = next((i for i in range(last.index + 1, stop) if not blocks[i].depth and blocks[i].kind in (
            "heading", "paragraph") and _key_title(blocks[i].text.split("\n", 1)[0])), None)
        if title is None:
            continue
        units, key_end = _key_units(blocks, lines, title, stop)
        if len(units) < KEYED_MIN:
            continue
        # the question list's own items, in order (no more than could match the answers: the walk stays short)
        items = _list_before(blocks, last.index, len(units) + 1)
        if len(units) == len(items) + 1 and "\n" not in units[-1].text and len(units[-1].text.split()) <= PART_TITLE_WORDS and (
                not units[-1].text.rstrip(" *_").endswith((".", "!", "?"))):
            key_end = units.pop().start  # the next part's title ("Interview Test for …") after the last answer
        if len(units) != len(items):
            continue
        # the questions each item holds: itself, or the one question nested in an item naming a topic
        held: dict[int, list[int]] = {i: [] for i in items}
        first = position
        while first > 0 and questions[first - 1].index >= items[0]:
            first -= 1
        at = 0
        for other in range(first, position + 1):
            while at + 1 < len(items) and items[at + 1] <= questions[other].index:
                at += 1
            held[items[at]].append(other)
        numbered = [blocks[i].item.number for i in items] == [unit.number for unit in units]
        if not numbered and not _aligned([blocks[i].text for i in items], [unit.text for unit in units]):
            continue  # the count matches, the words do not: commentary under "Answers:", or answers split otherwise
        pairs: list[tuple[int, str]] = []
        for owner, unit in zip(items, units, strict=True):
            own = [q for q in held[owner] if questions[q].index == owner]
            target = own or (held[owner] if len(held[owner]) == 1 else [])
            if target and questions[target[0]].answer is None:  # not answered by a key read before
                pairs.append((target[0], unit.text))
        cut = blocks[title].start
        written = [(q, "\n".join(lines[questions[q].body:min(ends[q], cut)]).strip()) for q, _ in pairs]
        if len(pairs) < KEYED_MIN or sum(1 for _q, text in written if not text) * 2 < len(written):
            continue  # most questions have answers of their own: the section is something else
        for (q, unit), (_q, text) in zip(pairs, written, strict=True):
            questions[q].answer = f"{text}\n\n{unit}" if text else unit
            took += 1
        sections.append((cut, key_end))
    return took, sections


# "### Answer to Q3", "## Model answer 3", "#### Q3 – Answer", "### Answer for Question 3 (STAR)"
_NUMBERED_ANSWER_HEADING = re.compile(
    r"^\W*(?:(?:(?:model|sample|suggested|example|possible)\s+)?answers?\s*(?:(?:to|for)\s+)?(?:q(?:uestion)?\s*\.?\s*#?\s*)?"
    r"(\d{1,6})|q(?:uestion)?\s*\.?\s*#?\s*(\d{1,6})\W{0,3}\s*(?:(?:model|sample|suggested)\s+)?answer)\b", re.IGNORECASE)


ANSWER_HEADINGS_MIN = 3  # headings naming questions' numbers for them to be the questions' answers
ANSWER_HEADINGS_SHARE = 2 / 3  # of the numbered questions they must name


def _named_in_order(questions: list[Candidate], named: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(block, question position) for the blocks ``named`` with the numbers they name, where they name most of the
    numbered questions, count up, and none of those has an answer given yet; else empty."""
    numbers = [q.title.number for q in questions]
    by_number = {number: at for at, number in enumerate(numbers) if number is not None}
    if len(by_number) != sum(1 for number in numbers if number is not None):
        return []  # numbered again from 1 somewhere: which question a number names is a guess
    found = [(index, by_number[number]) for index, number in named if number in by_number]
    # (where the numbers start again from the first, the key has ended: "1. Sleep well" in the tips after it)
    first = min(by_number, default=None)
    stop = next((at for at in range(1, len(found)) if found[at][1] <= found[at - 1][1]
                 and numbers[found[at][1]] == first), len(found))
    found = found[:stop]
    # (each entry names its own number: written out of turn, it still answers that one; named twice, a guess)
    if (len(found) < max(ANSWER_HEADINGS_MIN, ANSWER_HEADINGS_SHARE * len(by_number))
            or len({at for _index, at in found}) < len(found)
            or any(questions[at].answer is not None for _index, at in found)):
        return []
    return found


def _answered_by_headings(blocks: list[Block], lines: list[str], questions: list[Candidate],
                          ends: list[int]) -> tuple[int, list[tuple[int, int]]]:
    """Numbered questions, most without an answer under them, answered after them under headings that name
    their numbers ("**Q3.** …", later "### Answer to Q3" over its answer). The headings come after the last
    question's own answer, name most of the questions, and count up; each one's section (up to the next heading
    as high) answers the question of that number, after what is written under the question. Headings inside an
    answer ("### Answer 1: brute force" under one question) are its own. Returns how many took one, and the
    lines of the sections read so (from, to)."""
    if len(questions) < ANSWER_HEADINGS_MIN:
        return 0, []
    named: list[tuple[int, int]] = []  # (block, the number its heading names)
    for index in range(questions[-1].index + 1, len(blocks)):
        block = blocks[index]
        if block.kind != "heading" or len(block.text) > 120 or "nswer" not in block.text.lower():
            continue  # (a substring first: a pack of thousands of question headings is read at once)
        if (match := _NUMBERED_ANSWER_HEADING.match(plain(block.text))) is not None:
            named.append((index, int(match.group(1) or match.group(2))))
    if len(named) < ANSWER_HEADINGS_MIN or blocks[named[0][0]].start < ends[-1]:
        return 0, []
    if not (heads := _named_in_order(questions, named)):
        return 0, []
    cut = blocks[heads[0][0]].start
    if heads[-1][1] != len(questions) - 1 and "\n".join(lines[questions[-1].body:min(ends[-1], cut)]).strip():
        return 0, []  # the last question has an answer, and none of the headings: they number its own parts
    written = {at: _without_rules("\n".join(lines[questions[at].body:min(ends[at], cut)])) for _index, at in heads}
    if sum(1 for at, text in written.items() if not text or _only_shown(questions[at], text) is not None) * 2 < len(
            written):
        return 0, []  # most questions have answers of their own: the headings are something else
    spans: list[tuple[int, int]] = []
    for index, at in heads:
        level = blocks[index].level
        stop = next((i for i in range(index + 1, len(blocks)) if blocks[i].kind == "heading"
                     and blocks[i].level <= level), len(blocks))
        end = blocks[stop].start if stop < len(blocks) else len(lines)
        answer = "\n".join(lines[blocks[index].end:end]).strip()
        if said := _said_in_the_heading(blocks[index].text):
            answer = f"{said}\n\n{answer}" if answer else said  # "### Answer 1: **B) 10**": the right option
        own = written[at]
        if own and (shown := _only_shown(questions[at], own)) is not None:
            questions[at].prompt, own = shown, ""  # the code and options the question shows
        questions[at].answer = f"{own}\n\n{answer}" if own else answer
        spans.append((blocks[index].start, end))
    return len(heads), spans


# "Answer 1: **B) 10**": what an answer's heading says after its number and a colon
_HEADING_SAYS = re.compile(r"^\W*(?:(?:model|sample|suggested|example|possible)\s+)?answers?\s*(?:(?:to|for)\s+)?"
                           r"(?:q(?:uestion)?\s*\.?\s*#?\s*)?\d{1,6}\s*(?:\*\*|__)?\s*[:：—–-]\s*(?=\S)", re.IGNORECASE)


def _said_in_the_heading(text: str) -> str:
    """What an answer's heading says after "Answer 3:" ("**B) 10**"), as written; empty when nothing."""
    match = _HEADING_SAYS.match(text)
    return text[match.end():].strip() if match else ""


# "**1. Answer: B** - Microsoft Entra ID", "Q3) Correct answer: c": an answer key's entry naming its question's number
_NUMBERED_ANSWER_ENTRY = re.compile(r"^\W{0,4}(?:q(?:uestion)?\s*)?(\d{1,4})\s*[.):]\s*\W{0,4}\s*(?:correct\s+)?(?:answer|ans)"
                                    r"\s*[:：-]", re.IGNORECASE)


# "**Answer 1:** …", "Answer to Question 3 - …": the answer's label names the question's number
_ANSWER_NUMBERED_ENTRY = re.compile(r"^\W{0,4}(?:(?:model|sample|suggested|example|possible)\s+)?(?:answer|ans)\s*"
                                    r"(?:(?:to|for)\s+)?(?:q(?:uestion)?\s*\.?\s*#?\s*)?(\d{1,4})\s*(?:\*\*|__)?\s*[.):：—–-]",
                                    re.IGNORECASE)


# "**1. B) Supervised fine-tuning, …**" under "## Answer Key": the number and the right option's letter
# ("**Q9: b or d**": two right, and the key's label)
_NUMBERED_OPTION_ENTRY = re.compile(r"^\W{0,4}(?:[Qq]\s?)?(\d{1,4})\s*[.):]\s*(?:\*\*|__)?\s*\(?" + OPTION_LETTERS
                                    + r"(?:\)|[.:](?=\s)|(?=\*\*|__|\s*$))")


def _answered_by_numbered_entries(blocks: list[Block], lines: list[str], questions: list[Candidate],
                                  ends: list[int]) -> tuple[int, list[tuple[int, int]]]:
    """Numbered questions with nothing under them but their options, answered after them by paragraphs that name
    their numbers ("### Question 1" over "A) … B) …", later "**1. Answer: B** - Entra ID" under "## Answer Key"),
    or by the items of a numbered list under such a heading ("## Correction" over "1. B) GNU's Not Unix").
    The entries come after the last question's own answer, name most of the questions, and count up; each takes
    what follows it up to the next entry or heading. Returns how many took one, and the lines read so."""
    found = _numbered_entries(blocks, lines, questions, ends)
    if found[0] or not questions:
        return found
    numbers = [q.title.number for q in questions if q.title.number is not None]
    key = None
    if len(set(numbers)) < len(numbers):  # (numbered again somewhere: a cheap look first)
        key = next((at for at in range(questions[0].index + 1, questions[-1].index)
                    if blocks[at].kind == "heading" and _key_heading(blocks[at].text)), None)
    if key is not None:
        # more questions after the key, numbered again ("## Additional Practice Questions" with none answered):
        # the key answers those before it
        found = _numbered_entries(blocks, lines, [q for q in questions if q.index < key], ends)
    return found


def _numbered_entries(blocks: list[Block], lines: list[str], questions: list[Candidate],
                      ends: list[int]) -> tuple[int, list[tuple[int, int]]]:
    """:func:`_answered_by_numbered_entries` for ``questions``: how many took an answer, and the lines read so."""
    if len(questions) < ANSWER_HEADINGS_MIN:
        return 0, []
    named: list[tuple[int, int]] = []  # (block, the number its entry names)
    key_level = 0  # the level of the heading naming an answer key ("## Answer Key") the entries are under, if any
    for index in range(questions[-1].index + 1, len(blocks)):
        block = blocks[index]
        if block.kind == "heading" and not (key_level and block.level > key_level):
            key_level = block.level if _key_heading(block.text) else 0  # ("### Section 1" inside the key is of it)
        under_key = key_level > 0
        if (under_key and block.kind == "paragraph" and block.depth == 1 and block.item is not None
                and block.item.ordered and block.item.number is not None):
            named.append((index, block.item.number))  # "1. C", "2. B) Debian": a key's list, an entry an item
            continue
        if block.kind != "paragraph" or block.depth:
            continue
        if "nswer" in block.text[:40].lower() and ((match := _NUMBERED_ANSWER_ENTRY.match(block.text)) is not None
                                                   or (match := _ANSWER_NUMBERED_ENTRY.match(block.text)) is not None):
            named.append((index, int(match.group(1))))  # (a substring first)
        elif under_key and (match := _NUMBERED_OPTION_ENTRY.match(block.text)) is not None:
            named.append((index, int(match.group(1))))
    if len(named) < ANSWER_HEADINGS_MIN or blocks[named[0][0]].start < ends[len(questions) - 1]:
        return 0, []
    if not (entries := _named_in_order(questions, named)):
        return 0, []
    cut = blocks[entries[0][0]].start

    def own_end(at: int) -> int:  # (the question's own text ends at a heading: "### Section 2" over the next ones)
        end = min(ends[at], cut)
        return next((blocks[i].start for i in range(questions[at].index + 1, len(blocks))
                     if blocks[i].start >= end or blocks[i].kind == "heading"), end)

    written = {at: textwrap.dedent("\n".join(lines[questions[at].body:own_end(at)])).strip()
               for _index, at in entries}
    if sum(1 for at, text in written.items() if text and _only_shown(questions[at], text) is None) * 2 >= len(written):
        return 0, []  # most questions have answers of their own: the entries are something else
    spans: list[tuple[int, int]] = []
    starts = {index for index, _number in named}  # (an entry past the key's end ends the last answer too)
    for index, at in entries:
        stop = next((i for i in range(index + 1, len(blocks)) if i in starts or blocks[i].kind == "heading"), len(blocks))
        end = blocks[stop].start if stop < len(blocks) else len(lines)
        entry = lines[blocks[index].start:end]
        entry[0] = re.sub(r"^(\W{0,4}?)(?:q(?:uestion)?\s*)?\d{1,4}\s*[.):]\s*", r"\1", entry[0], flags=re.IGNORECASE)
        answer = "\n".join(entry).strip()
        own = written[at]
        if own and (shown := _only_shown(questions[at], own)) is not None:
            questions[at].prompt, own = shown, ""  # the options (and code) the question shows
        questions[at].answer = f"{own}\n\n{answer}" if own else answer
        spans.append((blocks[index].start, end))
    return len(entries), spans


# "**Your Answer**: _____": a blank for the reader to write in, under a quiz's options
_FILL_IN_LINE = re.compile(r"^\s*(?:\*\*|__)?[^\W\d_][^:：*_\n]{0,30}(?:\*\*|__)?\s*[:：]\s*_{3,}\s*$")


def _only_shown(question: Candidate, text: str) -> str | None:
    """``text`` under a question as the question shows it (its options one a line, the code it asks about) when
    that is all there is, a blank left for the reader's answer aside; None when something in it answers."""
    if "___" in text:
        text = "\n".join(line for line in text.split("\n") if not _FILL_IN_LINE.match(line)).strip()
    if only_options(text):
        return _listed(text)
    shown, rest = split_prompt(text.split("\n"), code=code_asked(question.title.text))
    after = "\n".join(rest).strip()
    if shown and after and only_options(after):
        return f"{shown}\n{_listed(after)}"  # the code, then unlettered options under it ("- [ ] -128")
    return shown if shown and not after else None


RESTATED_MIN = 2  # headings that say listed questions again, for them to be those questions' answers
RESTATED_SHARE = 0.6  # of a heading's words the question it says again must hold
RESTATED_SKIP = 8  # listed questions a heading may pass over to the one it says again (those left unanswered)
RESTATED_MIN_WORDS = 2  # "## Overfitting" alone names a topic; "## Detecting overfitting" may say a question again
RESTATED_HEADING_CHARS = 200  # a longer heading is a sentence of its own
_RESTATE_STOP = frozenset(("a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "with", "by", "is", "are", "what",
                           "how", "why", "when", "which", "do", "does", "you", "your", "explain", "describe", "list",
                           "give", "some", "few", "it", "its", "their", "this", "that", "between"))


def _said_words(text: str) -> set[str]:
    """The words a heading or question says, function words and question words aside, plurals as singulars."""
    return {_stem(word) for word in re.findall(r"[^\W_]+", plain(text).casefold()) if word not in _RESTATE_STOP}


def _stem(word: str) -> str:
    """A word without the endings that change between a question and its topic: "choosing" and "choose",
    "indexes" and "index", "queries" and "query", "keys" and "key", "types" and "type" each come to the same
    stem; "process" stays."""
    if len(word) <= 3 or word.endswith("ss"):
        return word
    if len(word) == 4:
        return word[:-1] if word.endswith(("s", "e")) else word  # "type" as "types" comes to: "typ"
    if word.endswith("ies"):
        return word[:-3] + "y"
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _answered_by_restating_headings(blocks: list[Block], lines: list[str], questions: list[Candidate],
                                    ends: list[int]) -> tuple[int, list[tuple[int, int]]]:
    """A list of questions with nothing under them, then headings that say them again in the list's order
    ("- List the main functions of an OS." … later "### Main Functions of an OS" over its answer): each such
    heading's section (up to the next heading as high, or the next question) answers its question. Returns how
    many took one, and the lines of the sections read so (from, to)."""
    answered = 0
    spans: list[tuple[int, int]] = []
    position = 0
    while position < len(questions):
        run = _unanswered_list_run(blocks, lines, questions, ends, position)
        position += max(1, len(run))
        if len(run) < RESTATED_MIN:
            continue
        stop = questions[run[-1] + 1].index if run[-1] + 1 < len(questions) else len(blocks)
        words = [_said_words(questions[at].title.text) for at in run]
        matched: list[tuple[int, int]] = []  # (heading block, question position)
        next_at = 0
        for index in range(questions[run[-1]].index + 1, stop):
            block = blocks[index]
            if block.kind != "heading" or len(block.text) > RESTATED_HEADING_CHARS:
                continue
            said = _said_words(block.text)
            if len(said) < RESTATED_MIN_WORDS:
                continue
            # The question in reach that shares the most with the heading, both ways ("Composite primary key"
            # says "What is a composite primary key?", not the "What is a primary key?" before it)
            best, offset = max(((len(said & words[at]) / len(said | words[at]), at)
                                for at in range(next_at, min(len(run), next_at + RESTATED_SKIP + 1))),
                               key=lambda pair: (pair[0], -pair[1]), default=(0.0, -1))
            if offset >= 0 and len(said & words[offset]) >= RESTATED_SHARE * len(said):
                matched.append((index, run[offset]))
                next_at = offset + 1
        if len(matched) < RESTATED_MIN:
            continue
        for index, at in matched:
            level = blocks[index].level
            # up to the next heading as high, or one that asks (a question of its own, read or not)
            end_block = next((i for i in range(index + 1, stop) if blocks[i].kind == "heading" and (
                blocks[i].level <= level or strength(read_title(blocks[i].text).text) == QUESTION)), stop)
            end = blocks[end_block].start if end_block < len(blocks) else len(lines)
            answer = "\n".join(lines[blocks[index].end:end]).strip()
            if answer:
                questions[at].answer = answer
                spans.append((blocks[index].start, end))
                answered += 1
    return answered, spans


def _unanswered_list_run(blocks: list[Block], lines: list[str], questions: list[Candidate], ends: list[int],
                         start: int) -> list[int]:
    """Positions of the questions from ``start`` on that are items of one list, each with nothing under it."""
    run: list[int] = []
    list_id = None
    for at in range(start, len(questions)):
        question = questions[at]
        item = blocks[question.index].item if question.in_item else None
        if item is None or (list_id is not None and item.list_id != list_id) or question.answer is not None or (
                question.lead or any(_content(lines[i]) for i in range(question.body, min(ends[at], question.body + 50)))):
            break
        list_id = item.list_id
        run.append(at)
    return run


def _list_before(blocks: list[Block], last: int, most: int) -> list[int]:
    """The top-level items of the list whose item ``last`` is, in order, with the items before it that count
    down to it (a paragraph that broke the list mid-answer: "1." then, after the break, "2." to "10."); no more
    than ``most`` of them, the last ones."""
    items: list[int] = []
    list_id, number = blocks[last].item.list_id if blocks[last].item else -1, None
    ordered = blocks[last].item.ordered if blocks[last].item else True  # (a bulleted list: its own items only)
    for index in range(last, -1, -1):
        block = blocks[index]
        if block.kind == "heading":
            break
        item = block.item
        if item is None or block.depth != 1 or item.ordered != ordered:
            continue
        if item.list_id != list_id and (number is None or item.number != number - 1):
            break
        items.append(index)
        if len(items) >= most:
            break
        list_id, number = item.list_id, item.number
    return items[::-1]


PART_TITLE_WORDS = 15  # a line that titles the next part, not a sentence


_KEY_TITLE = re.compile(r"^\W*(?:answers?(?: key)?|answer sheet|solutions?)\W*$", re.IGNORECASE)


def _key_title(line: str) -> bool:
    """Whether ``line`` titles an answer key: "### Answers", "Answers:", "**Answer key**", "Solutions"."""
    return len(line) <= 40 and _KEY_TITLE.match(plain(line)) is not None


@dataclass(frozen=True, slots=True)
class _KeyUnit:
    """One answer under an answer key's title: its first line, its text, its item's number (None: a paragraph)."""

    start: int
    text: str
    number: int | None = None


def _key_units(blocks: list[Block], lines: list[str], title: int, stop: int) -> tuple[list[_KeyUnit], int]:
    """The answers under an answer key's title, in order: its list's top-level items when the first thing
    under it is a numbered item (each with what follows it, up to the next), else its paragraphs (the first
    one may go on under the title's own line, "Answers:" over the first answer): each with its first line; and
    the line the section ends before."""
    heading = blocks[title].kind == "heading"
    end = next((i for i in range(title + 1, stop) if blocks[i].kind == "heading"
                and (not heading or blocks[i].level <= blocks[title].level)), stop)
    end_line = blocks[end].start if end < len(blocks) else len(lines)
    units: list[_KeyUnit] = []
    first = blocks[title].text.split("\n", 1)
    if len(first) == 2 and first[1].strip() and not heading:
        units.append(_KeyUnit(blocks[title].start + 1, first[1].strip()))
    following = title + 1
    if following < end and not units and (item := blocks[following].item) is not None:
        # (a bulleted list answers in order too, "### Answers" over "- …" after "### Questions" over "- …": the
        # words of each pair then say whether they fit)
        entries = [blocks[i] for i in range(following, end) if blocks[i].item is not None and blocks[i].depth == 1
                   and (blocks[i].item.ordered if item.ordered else blocks[i].item.list_id == item.list_id)]
        for at, entry in enumerate(entries):
            text = "\n".join(lines[entry.start:entries[at + 1].start if at + 1 < len(entries) else end_line]).strip()
            units.append(_KeyUnit(entry.start, (_ITEM_NUMBER if item.ordered else _ITEM_BULLET).sub("", text, count=1),
                                  entry.item.number))
        return units, end_line
    for index in range(following, end):
        block = blocks[index]
        if block.depth or block.kind not in ("paragraph", "code", "html"):
            end_line = block.start
            break  # a list or a table: the next part
        if block.kind == "paragraph":
            units.append(_KeyUnit(block.start, "\n".join(lines[block.start:block.end]).strip()))
        elif units:
            units[-1] = replace(units[-1], text=units[-1].text + "\n\n" + "\n".join(lines[block.start:block.end]).strip())
    return units, end_line


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset("what when where which does that this with from your have would about there their they them into "
                    "than then these those only over some such very will each been were more most other also just "
                    "like make used using between difference explain describe could should how why".split())
ALIGNED_SHARE = 0.5  # of the pairs that must share a word with their own question


def _content_words(text: str) -> set[str]:
    return {word.rstrip("s") for word in _CONTENT_WORD.findall(text.lower()) if word not in _COMMON}


def _aligned(asked: list[str], answers: list[str]) -> bool:
    """Whether answers given in order, by count alone, fit their questions: at least half share a word with their
    own question, and few share more with a neighbour's than with their own (everything shifted by one, or
    general advice under "Answers:", does not)."""
    words = [_content_words(text) for text in asked]
    own = shifted = 0
    for at, answer in enumerate(answers):
        said = _content_words(answer)
        mine = len(said & words[at])
        own += mine > 0
        neighbours = [len(said & words[other]) for other in (at - 1, at + 1) if 0 <= other < len(words)]
        shifted += any(count > mine for count in neighbours)
    return own >= ALIGNED_SHARE * len(answers) and shifted * 4 <= len(answers)
KEYED_MIN = 3  # numbered questions in a run for a key table to answer them


def _numbered_items(blocks: list[Block], candidates: Candidates, title: int,
                    asked: int) -> list[tuple[Candidate, int]]:
    """The numbered paragraphs after ``blocks[title]``, in runs counting up from 1 ("**1)** …", then "**1)**"
    again in the next section), with where each one's answer ends (the next of them or a heading); or, where
    there are none, such list items, each run under a heading in the title's section, where they are more than
    twice the ``asked`` questions found so far."""
    # Paragraphs only: list items numbered from 1 again and again are as often the lists inside answers.
    members = [c for c in candidates.found if c.pattern.kind == "numbered" and c.depth == 0 and c.title.number
               and blocks[c.index].item is None]
    if len(members) < ITEMS_MIN:
        # Or a list's items numbered from 1 again right under each heading ("#### Ownership" over "1. **Move**:"
        # with its points, "2. **Borrowing**:"…): a sheet of answers, each section's list its questions
        section_end = len(blocks)  # a title paragraph opens the whole page; a heading, its section
        if blocks[title].kind == "heading":
            section_end = next((at for at in range(title + 1, len(blocks)) if blocks[at].kind == "heading"
                                and blocks[at].level <= blocks[title].level), len(blocks))
        members = [c for c in candidates.found if c.pattern.kind == "numbered" and c.depth == 1 and c.title.number
                   and blocks[c.index].item is not None and title < c.index < section_end]
        if len(members) <= 2 * asked or any(c.title.number == 1 and (c.index == 0 or blocks[c.index - 1].kind != "heading")
                                            for c in members):
            return []  # (lists inside answers, or the questions' own lists under a heading of tips)
    if len(members) < ITEMS_MIN or members[0].title.number != 1:
        return []
    numbers = [c.title.number for c in members]
    steps = sum(1 for before, after in zip(numbers, numbers[1:], strict=False) if after in (before + 1, 1))
    if (steps + 1) * 10 < len(numbers) * 9:
        return []
    found: list[tuple[Candidate, int]] = []
    for position, member in enumerate(members):
        stop = members[position + 1].index if position + 1 < len(members) else len(blocks)
        end = member.index + 1
        while end < stop and blocks[end].kind != "heading":
            end += 1
        found.append((member, end))
    return found


def _bold_items(blocks: list[Block], title: int) -> list[tuple[Candidate, int]]:
    """The bold lines alone in their paragraph, each right over a list ("**Горутины**" over its points), after
    ``blocks[title]``, with where each one's answer ends (the next of them or a heading)."""
    found: list[tuple[Candidate, int]] = []
    for index in range(title + 1, len(blocks) - 1):
        block = blocks[index]
        if (block.kind != "paragraph" or block.item is not None or block.depth or block.quoted
                or block.text[:2] not in ("**", "__") or "\n" in block.text.strip()):
            continue
        bold = _bold_first(block.text.strip())
        if bold is None or bold.group(3).strip() or blocks[index + 1].item is None:
            continue
        found.append((Candidate(index, block.start, pattern_of("bold"), read_title(bold.group(2)), MAYBE,
                                body=block.start + 1), index))
    ends: list[tuple[Candidate, int]] = []
    for position, (candidate, index) in enumerate(found):
        stop = found[position + 1][1] if position + 1 < len(found) else len(blocks)
        end = index + 1
        while end < stop and blocks[end].kind != "heading":
            end += 1
        ends.append((candidate, end))
    return ends


CHAPTER_QUESTIONS = 5  # questions under a chapter that says it holds them, for its siblings to be chapters


def _chapters_over_questions(blocks: list[Block], chosen: list[_Group]) -> _Group | None:
    """A chosen group of headings that are a guide's chapters ("## 3. Key differences", "## 7. Best practices"),
    one of which says it holds the questions ("## 10. Interview Q&A") and does, as deeper headings of another
    chosen group: the questions are those, the chapters are not. None where there is no such group."""
    headed = [g for g in chosen if g.pattern.kind == "h" and g.questions]
    for outer in headed:
        if not any(g.pattern.level > outer.pattern.level for g in headed):
            continue  # (a cheap look first: most documents choose one level of headings)
        members = sorted(outer.questions, key=lambda c: c.index)
        for position, member in enumerate(members):
            if not _DECLARES.search(member.title.text):
                continue
            end = members[position + 1].index if position + 1 < len(members) else len(blocks)
            level = outer.pattern.level
            end = next((at for at in range(member.index + 1, end)
                        if blocks[at].kind == "heading" and blocks[at].level <= level), end)
            inside = sum(1 for g in headed if g is not outer and g.pattern.level > level
                         for q in g.questions if member.index < q.index < end)
            if inside >= CHAPTER_QUESTIONS and inside >= len(members):
                return outer
    return None


# "Concepts you know (review these)": a part that gives its topics to study, as questions are
_TO_STUDY = re.compile(r"\b(?:review|revise|revision|practi[cs]e|memori[sz]e|study)\b", re.IGNORECASE)
NOTES_ASKING = 0.8  # of the heading questions in the part that says it holds questions, the share that ask


def _topics_in_a_notes_part(blocks: list[Block], questions: list[Candidate]) -> set[tuple[int, int]]:
    """Heading questions that name topics ("## 2. Core Components"), in a part of notes ("# Complete Notes") beside
    a part that says it holds the questions ("# Interview Questions & Answers") and whose headings ask: the notes'
    sections, not questions (a heading there that ends in a question mark stays). As (index, line) of each; empty
    where there are none."""
    headed = [q for q in questions if q.pattern.kind == "h"]
    if len(headed) < 2 or all(q.strength == QUESTION for q in headed):
        return set()  # (a cheap look first: no heading there names a topic)
    last_at: dict[int, int] = {}  # heading level -> the index of the last heading of that level so far
    part_of: dict[tuple[int, int], int] = {}
    members = iter(sorted(headed, key=lambda q: q.index))
    member = next(members, None)
    for index, block in enumerate(blocks):
        while member is not None and member.index == index:
            above = [at for level, at in last_at.items() if level < member.level]
            part_of[member.index, member.line] = max(above) if above else -1
            member = next(members, None)
        if block.kind == "heading":
            last_at[block.level] = index
            for level in [level for level in last_at if level > block.level]:
                del last_at[level]
    parts: dict[int, list[Candidate]] = {}
    for q in headed:
        parts.setdefault(part_of[q.index, q.line], []).append(q)
    declared = [part for part in parts if part >= 0 and (_DECLARES.search(blocks[part].text)
                                                         or _TO_STUDY.search(blocks[part].text))]
    if not declared or len(declared) == len(parts) or any(
            sum(q.strength == QUESTION for q in parts[part]) < NOTES_ASKING * len(parts[part]) for part in declared):
        return set()
    # Outside the parts that say they hold questions, most headings name topics (else those parts hold questions
    # too, under topic titles: "## Basics" over "### Q: What is a DBMS?"); a question there ends in its mark ("How
    # Data is Stored" names a section)
    undeclared = [q for part, members_of in parts.items() if part >= 0 and part not in declared for q in members_of]
    if sum(q.strength == QUESTION for q in undeclared) * 2 >= len(undeclared):
        return set()
    return {(q.index, q.line) for q in undeclared if not q.title.text.endswith(QUESTION_MARKS)}


RUN_ON_MIN = 2  # headings a level off that go on with the questions' numbers, for them to be questions


def _numbering_run_on(candidates: Candidates, questions: list[Candidate]) -> list[Candidate]:
    """Numbered headings of another level after the last question that carry its numbering on ("## 5. What is
    NMS?", then "### 6. Why is Smooth L1 …?", "### 7. Common preprocessing steps"): the series' own questions,
    written a level off. At least :data:`RUN_ON_MIN` in a row, each the next number; else none."""
    if not questions or (last := questions[-1]).pattern.kind != "h" or last.title.number is None:
        return []
    expected = last.title.number + 1
    found: list[Candidate] = []
    after = bisect.bisect_right(candidates.found, last.index, key=lambda c: c.index)  # (found in block order)
    for candidate in candidates.found[after:]:
        if (candidate.pattern.kind == "h" and candidate.pattern != last.pattern
                and candidate.title.number == expected and candidate.strength != NOT
                and (not found or candidate.pattern == found[0].pattern)):
            found.append(candidate)
            expected += 1
    if found and any(c.pattern == found[0].pattern and c.title.number is not None and c.title.number < found[0].title.number
                     and last.index < c.index < found[0].index for c in candidates.found[after:]):
        return []  # "#### 1.", "#### 2.", "#### 3." under the last question first: "#### 4." goes on with those, its parts
    return found if len(found) >= RUN_ON_MIN else []


def _numbering_gaps(blocks: list[Block], candidates: Candidates, questions: list[Candidate]) -> list[Candidate]:
    """Blocks of another kind that fill a gap in the questions' numbering, each number once and in order
    ("**5. What is a feature store?**", then "**6.** Top 3 customers by spend." … "**10.** Click-through rate.",
    then "**11. State Bayes' theorem …**"), or of the same kind but naming a topic ("### 11. Scenario:"): the
    series' own questions. A gap filled only in part is left as it is: its blocks may be an answer's own points;
    so is one in a list of numbered questions, whose items were each read already."""
    ordered = sorted(questions, key=lambda q: q.index)
    taken = {q.index for q in ordered}
    asked = {q.title.text.casefold() for q in ordered}
    found: list[Candidate] = []
    for before, after in itertools.pairwise(ordered):
        if before.title.number is None or after.title.number is None or after.title.number - before.title.number < 2:
            continue
        lists = {_list_of(blocks, before), _list_of(blocks, after)} - {None}
        wanted = range(before.title.number + 1, after.title.number)
        start = bisect.bisect_right(candidates.found, before.index, key=lambda c: c.index)
        end = bisect.bisect_left(candidates.found, after.index, key=lambda c: c.index)
        if any(c.title.number is not None and c.title.number not in wanted and c.index not in taken
               for c in candidates.found[start:end]):
            continue  # "1." and "2." under question 1, before question 3: the answer's own list, not the gap's
        fillers = [c for c in candidates.found[start:end]
                   if c.title.number in wanted and c.strength != NOT and c.index not in taken
                   and c.title.text.casefold() not in asked  # (a row of a table restating a question: no gap)
                   and _list_of(blocks, c) not in lists]
        if [c.title.number for c in fillers] == list(wanted):
            found += fillers
        elif before.pattern == after.pattern and (written := _written_in_the_gap(candidates.found[start:end], before,
                                                                                 wanted, taken)):
            found += written
    return found


def _written_in_the_gap(between: list[Candidate], before: Candidate, wanted: range,
                        taken: set[int]) -> list[Candidate]:
    """The questions of ``before``'s kind in the gap ``wanted`` in its numbering, where the writer left the dot
    off the numbers ("**15 difference between == and === ?**", read as unnumbered) and once the number too
    ("**What is a lambda ?**" between "**34 …**" and "**36 …**"), the numbers counting up; else empty (a bold
    line that asks nothing is no candidate). At least half the gap's numbers are written so."""
    found: list[Candidate] = []
    written = 0
    last = wanted.start - 1
    for candidate in between:
        if candidate.index in taken or candidate.pattern != before.pattern or candidate.title.number is not None:
            continue
        text = candidate.title.text
        number, _space, rest = text.partition(" ")
        if number.isdigit() and int(number) in wanted and int(number) > last:
            last, text, written = int(number), rest.lstrip(), written + 1
        elif last + 1 in wanted:
            last += 1
        else:
            return []
        found.append(replace(candidate, title=Title(text, last, "n.", candidate.title.labelled)))
    return found if written * 2 >= len(wanted) else []


def _declared_items(blocks: list[Block], lines: list[str], candidates: Candidates,
                    questions: list[Candidate]) -> tuple[_Group, str] | None:
    """Where the document's title says it is interview questions and one kind of block repeats with an
    answer under each (the headings of one level, or a numbered series), those blocks are its questions,
    asked or not: "## Dropout" in "Machine Learning - Questions and Answers" asks to explain dropout.

    Only when that finds more than twice the questions that the blocks that ask do, and the blocks that ask
    are not inside those sections (then the sections are topics over the questions).
    """
    title_index = _declaring_title(blocks)
    interview_only = False  # the title names an interview only ("# 🎙 Android Interview"), not its questions
    if title_index is None:
        title_index = next((index for index, block in enumerate(blocks[:TITLE_BLOCKS]) if block.kind == "heading"), None)
        text = plain(blocks[title_index].text) if title_index is not None else ""
        if (not _INTERVIEW_TITLE.search(text) or advice_heading(text)
                or len(text.split()) + len(CJK_CHAR.findall(text)) // 2 > INTERVIEW_TITLE_WORDS):
            return None  # (a guide's title says more: "How to pass online interviews with the help of AI")
        interview_only = True
    title = blocks[title_index]
    asking: list[int] | None = None
    # Count first: most documents that say they are questions ask in every heading, and no level has more
    # headings than they have questions.
    per_level: dict[int, int] = {}
    for block in blocks[title_index + 1:]:
        if block.kind == "heading" and block.level > title.level:
            per_level[block.level] = per_level.get(block.level, 0) + 1
    levels = [level for level in range(title.level + 1, NON_HEADING)
              if per_level.get(level, 0) >= ITEMS_MIN and per_level[level] > len(questions)]
    options: list[list[tuple[Candidate, int]]] = [_heading_items(blocks, title_index, level) for level in levels]
    if sum(1 for c in candidates.found if c.pattern.kind == "numbered") > len(questions):
        options.append([item for item in _numbered_items(blocks, candidates, title_index, len(questions))
                        if item[0].index > title_index])
    if candidates.counts.get(pattern_of("bold"), (0, 0, 0))[1] > len(questions):  # (a cheap count first)
        options.append(_bold_items(blocks, title_index))
    spans: tuple[list[int], list[int]] | None = None
    for at, items in enumerate(options):
        if len(items) < ITEMS_MIN or len(items) <= len(questions):
            continue
        if at + 1 < len(levels) and any(_numbered_under(deeper) for deeper in options[at + 1:len(levels)]):
            continue  # "## 1. Cluster setup" over "### 1.1 Check the version": the sections of the items under them
        if interview_only and (len(items) < INTERVIEW_TOPICS or items[0][0].pattern.kind != "h"
                               or not _numbered_on([item for item, _end in items])):
            continue  # (an interview's story numbers few parts: "## 1. Phone screen")
        if spans is None:
            headed = [q for q in questions if q.pattern.kind == "h"]
            spans = _spans(blocks, lines, headed) if headed else ([], [])
        if spans[0] and _inside(spans, [item for item, _end in items]) >= 0.5:
            continue  # sub-headings inside the answers of the headings that ask
        taken = {item.index for item, _end in items}
        answered = sum(1 for item, end in items if item.lead or _words(blocks, lines, item.index + 1, end) >= ANSWER_WORDS)
        if asking is None:
            # Blocks that end in a question mark inside the sections make them topics over questions; a long
            # answer may well say "如何采样" or "how" on the way.
            asking = [c.index for c in candidates.found if c.strength == QUESTION and c.index > title_index
                      and c.title.text.endswith(QUESTION_MARKS)]
        starts = [item.index for item, _end in items]  # in order, and the sections do not overlap
        inside = 0
        for index in asking:
            at = bisect.bisect_right(starts, index) - 1
            inside += at >= 0 and starts[at] < index < items[at][1]
        # (items that do not ask inside those sections are their points, "1. **SYN** – Client sends …" under
        # "## 1️⃣1️⃣ TCP Three-Way Handshake"; questions there make the sections topics over them)
        others = sum(1 for q in questions if q.index not in taken and not (
            q.strength != QUESTION and (at := bisect.bisect_right(starts, q.index) - 1) >= 0
            and q.index < items[at][1]))
        # Where most of them ask already, the ones that do not are the document's other sections
        # ("## Introduction" among "## Q12: …"), which the questions chosen so far left out rightly.
        # A numbered series counts its items itself, asked or not.
        if (answered * 3 < len(items) * 2 or inside * 2 > len(items) or others * 4 > len(items)
                or (items[0][0].pattern.kind == "h" and sum(q.index in taken for q in questions) * 2 >= len(items))):
            continue
        found = [item for item, _end in items]
        pattern = found[0].pattern
        strong = sum(1 for c in found if c.strength == QUESTION)
        group = _Group(pattern, found, strong, len(found), sum(1 for c in found if c.title.number is not None),
                       questions=found)
        unasked = len(found) - strong
        return group, (f"took {len(found)} {_describe(group)}, each with an answer under it, as the questions: the "
                       f"{'title' if title.kind == 'heading' else 'opening paragraph'} names the document as "
                       f"{'an interview, over a numbered series' if interview_only else 'questions'} "
                       f"('{title.text[:60]}'), and {unasked} of them name a "
                       "topic without asking")
    return None




def _numbered_under(deeper: list[tuple[Candidate, int]]) -> bool:
    """Whether most of the ``deeper`` headings are numbered as items of numbered sections ("### 1.2 …")."""
    under = sum(1 for item, _end in deeper if _SUB_NUMBERED.match(item.title.text))  # "1.2 Create a cluster"
    return len(deeper) >= ITEMS_MIN and under * 3 >= len(deeper) * 2


REPEATED_MIN = 3  # unanswered questions asked again below with answers: a list of them, not a slip


def _merge_repeated(blocks: list[Block], lines: list[str], questions: list[Candidate]) -> tuple[list[Candidate], str]:
    """A list of the questions on their own, then the same questions again with answers ("1. What is X?" …
    "100. …", then "1. **What is X?**" and its answer …): each is one question, the one with the answer.
    Only unanswered copies go, and only where there are several (one repeated question is a slip to report,
    not a list). Returns the questions left and a note saying what was merged ("" when nothing was)."""
    if len(questions) < 2 * REPEATED_MIN:
        return questions, ""
    # read titles (markup and spacing already gone), the question mark and case as either copy writes them
    keys = [question.title.text.rstrip(" ?？").casefold() for question in questions]
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    if len(seen) == len(keys):
        return questions, ""
    # Only the repeated questions are looked at, each up to the next question: a heading between them is the
    # next section's, not an answer.
    answered: set[str] = set()
    unanswered: list[tuple[int, str]] = []
    for position, (question, key) in enumerate(zip(questions, keys, strict=True)):
        if seen[key] < 2:
            continue
        stop = questions[position + 1].line if position + 1 < len(questions) else len(lines)
        if question.answer or question.lead or any(_content(lines[i]) and not lines[i].startswith("#")
                                                   for i in range(question.body, min(stop, question.body + 200))):
            answered.add(key)
        else:
            unanswered.append((position, key))
    dropped = [position for position, key in unanswered if key in answered]
    if len(dropped) < REPEATED_MIN:
        return questions, ""
    # The list's other items asked again below are copies too, whatever follows them: its last item runs on into
    # the text after the list ("I hope this helps!" closing a chat's reply)
    listed = {_list_of(blocks, questions[position]) for position in dropped} - {None}
    last = {key: position for position, key in enumerate(keys) if seen[key] >= 2}
    ends = {_list_of(blocks, question): position for position, question in enumerate(questions)
            if _list_of(blocks, question) in listed}  # each such list's last item
    unasked = {position for position, _key in unanswered}
    dropped = sorted({*dropped, *(position for position, key in enumerate(keys) if seen[key] >= 2
                                  and last[key] != position and (position in unasked or position in ends.values())
                                  and _list_of(blocks, questions[position]) in listed)})
    gone = set(dropped)
    first = questions[dropped[0]].line
    note = (f"merged a repeated list: {len(dropped)} questions listed without answers (first at line {first + 1}) "
            f"are asked again with answers, each kept once")
    return [q for position, q in enumerate(questions) if position not in gone], note


def _pasted_keys(lines: list[str], questions: list[Candidate], ends: list[int]) -> list[tuple[str, str]]:
    """Each question's title and, where it may be a pasted copy or the question it copies, its answer's first
    line (read only then: most documents repeat no run of questions)."""
    titles = [question.title.text for question in questions]
    copies = _pasted_again([(title, "?") for title in titles])  # by titles alone first: answers are read for few
    if not copies:
        return [(title, "") for title in titles]
    first: dict[str, int] = {}
    for position, title in enumerate(titles):
        first.setdefault(title, position)
    read = {*copies, *(first[titles[position]] for position in copies)}
    return [(title, _answer_opening(lines, questions[position], ends[position]) if position in read else "")
            for position, title in enumerate(titles)]


def _answer_size(lines: list[str], question: Candidate, end: int) -> int:
    """Characters of a question's answer, spacing aside."""
    if question.answer is not None:
        return len("".join(question.answer.split()))
    return len("".join(question.lead.split())) + sum(len("".join(lines[i].split())) for i in range(question.body, end))


def _outlined(lines: list[str], questions: list[Candidate], ends: list[int]) -> tuple[int, list[int]] | None:
    """A pasted chat's outline: a run of ``REPEATED_MIN`` or more questions in one layout (a numbered list, each
    with a one-line hint), asked again in the same order in another layout, most with answers at least twice as
    long. The outline's copies go, with whatever else its items held (a hint that asks) and the members of its
    layout that ask nothing or come after the questions are asked again (an answer's own steps). Returns how
    many questions were outlined and the positions to drop; None when there is no such outline. The same
    questions asked again in the same layout (another round) are no outline."""
    first: dict[str, int] = {}
    runs: list[list[tuple[int, int]]] = []  # (the outline's copy, the copy asked again), the outline's in order
    run: list[tuple[int, int]] = []
    for position, question in enumerate(questions):
        early = first.setdefault(question.title.text, position)
        if early == position:
            continue
        if run and early <= run[-1][0]:  # the order broke: a new run
            runs.append(run)
            run = []
        run.append((early, position))
    runs.append(run)
    outlined: list[tuple[int, int]] = []
    for run in runs:
        if len(run) < REPEATED_MIN or any(questions[early].pattern == questions[late].pattern for early, late in run):
            continue
        fuller = sum(1 for early, late in run
                     if 2 * _answer_size(lines, questions[early], ends[early]) <= _answer_size(lines, questions[late],
                                                                                                ends[late]))
        if 3 * fuller >= 2 * len(run):
            outlined.extend(run)
    if not outlined:
        return None
    drop = {early for early, _ in outlined}
    late = {position for _, position in outlined}
    spans = [(questions[early].line, ends[early]) for early in sorted(drop)]
    patterns = {questions[early].pattern for early in drop}
    resumed = min(questions[position].line for position in late)  # below, the outline's layout is answers' steps
    for position, question in enumerate(questions):
        if position in drop or position in late:
            continue
        if (any(start < question.line < end for start, end in spans)
                or question.pattern in patterns and (question.strength != QUESTION or question.line > resumed)):
            drop.add(position)
    return len(outlined), sorted(drop)


def _answer_opening(lines: list[str], question: Candidate, end: int) -> str:
    """The first line of a question's answer, spacing collapsed ("" when it has none); past a code fence's
    opening line ("```javascript" opens many answers: the code under it tells them apart)."""
    if question.answer is not None:
        text = next((line for line in question.answer.strip().split("\n") if not _FENCE_OPENING.match(line)), "")
    elif question.lead:
        text = question.lead
    else:
        text = next((lines[i] for i in range(question.body, min(end, question.body + 50))
                     if _content(lines[i]) and not _FENCE_OPENING.match(lines[i])), "")
    return " ".join(text.split())[:200]


_FENCE_OPENING = re.compile(r"^\s*(?:`{3,}|~{3,})[\w+-]*\s*$")


def _pasted_again(keys: list[tuple[str, str]]) -> list[int]:
    """Positions of questions that repeat, in a run of ``REPEATED_MIN`` or more in the same order, questions
    asked before with the same answer (a block of a document pasted in twice, answers and all): the copies,
    not more questions. Keys are (title, the answer's first line). The same questions asked again with other
    answers (another interview round) stay, and so do one or two repeated questions (a slip to report)."""
    first: dict[tuple[str, str], int] = {}
    for position, key in enumerate(keys):
        if key[1]:
            first.setdefault(key, position)
    out: list[int] = []
    run: list[int] = []
    for position, key in enumerate(keys):
        earlier = first.get(key, position)
        if earlier < position and (not run or earlier == first[keys[run[-1]]] + 1):
            run.append(position)
            continue
        if len(run) >= REPEATED_MIN:
            out.extend(run)
        run = [position] if earlier < position else []
    if len(run) >= REPEATED_MIN:
        out.extend(run)
    return out


def _drop_sub_items(blocks: list[Block], lines: list[str], chosen: list[_Group]) -> None:
    """Members of one chosen pattern that do not ask and sit inside the answer of another pattern's question,
    after its text has begun ("**10. How do you pick X?**", its answer, then "1. Start at 8 bits." "2. …"): the
    answer's own steps, not questions."""
    for group in chosen:
        if all(c.strength == QUESTION for c in group.questions):
            continue
        for other in chosen:
            if other is group or len(other.questions) < 2:
                continue
            starts, ends = _spans(blocks, lines, other.questions)
            by_index = {c.index: c for c in other.questions}
            kept: list[Candidate] = []
            for candidate in group.questions:
                at = bisect.bisect_right(starts, candidate.index) - 1
                if (candidate.strength != QUESTION and at >= 0 and starts[at] != candidate.index
                        and candidate.line < ends[at]):
                    question = by_index[starts[at]]
                    if any(_content(lines[i]) for i in range(question.body, min(candidate.line, question.body + 200))):
                        continue
                kept.append(candidate)
            group.questions = kept


SERIES_MIN = 2  # questions of another style that must go on with a numbered series for it to be the same series


def _series_continued(groups: dict[Pattern, _Group], chosen: list[_Group]) -> list[tuple[_Group, list[Candidate]]]:
    """Questions of another pattern that go on with the chosen pattern's numbered series ("**Q1: …**" to
    "**Q12: …**" as bold lines, then "### Q13: …" to "### Q18: …" as headings): the same label, numbers
    counting up from where the series stopped (or up to where it starts), each one asking. A document that
    changes its style part-way still numbers its questions as one list."""
    if not chosen or len(chosen[0].questions) < SERIES_MIN:
        return []
    best = chosen[0]
    series = best.questions
    numbers = [q.title.number for q in series]
    prefixes = {q.title.prefix for q in series}
    if None in numbers or len(prefixes) != 1 or not next(iter(prefixes)):
        return []
    prefix = next(iter(prefixes))
    taken = {g.pattern for g in chosen}
    found: list[tuple[_Group, list[Candidate]]] = []
    for group in groups.values():
        if group.pattern in taken or group.pattern.kind in ("lines", "plain", "table", "admonition", "html"):
            continue
        asking = sorted((c for c in group.members if c.strength == QUESTION and c.title.number is not None
                         and c.title.prefix == prefix), key=lambda c: c.index)
        after = _count_on([c for c in asking if c.index > series[-1].index], series[-1].title.number, 1)
        before = _count_on([c for c in reversed(asking) if c.index < series[0].index], series[0].title.number, -1)
        continued = sorted([*before, *after], key=lambda c: c.index)
        if len(continued) >= SERIES_MIN:
            found.append((group, continued))
            series = sorted([*series, *continued], key=lambda c: c.index)
    return found


def _count_on(candidates: list[Candidate], last: int | None, step: int) -> list[Candidate]:
    """The first ``candidates`` numbered on from ``last`` by ``step``, one after another, until one is not."""
    out: list[Candidate] = []
    for candidate in candidates:
        if last is None or candidate.title.number != last + step:
            break
        out.append(candidate)
        last = candidate.title.number
    return out


_ITEM_NUMBER = re.compile(r"^\s*\d{1,9}[.)]\s*")
_ITEM_BULLET = re.compile(r"^\s*[-*+]\s+")


# "Answers", "Short answers (Round 2)", "Sample answers - part 1": a heading over the answers to the questions above
# ("Respuestas correctas", "Réponses correctes": a foreign word for answers may take one word after it)
# ("Interview Question Answers", "Solutions": what they answer named first, or solutions to exercises)
_KEY_HEADING = re.compile(r"^\W*(?:(?:" + _ANSWER_QUALIFIER + r"\s+|(?:interview|exercises?|quiz|practice|questions?)\s+){0,2}"
                          r"(?:answers?|solutions?)(?:\s+key)?|(?:" + FOREIGN_ANSWERS_HEADING
                          + r")(?:\s+[^\W\d_]{3,20})?)(?:\s*(?:[(\[:\-–—]|for\b|to\b).{0,80}|"
                          # "Answer Key & Explanations (Part 1)", "Answers with brief rationale", "Answers and
                          # Solutions:" ("Solutions and Patterns" names a topic)
                          r"\s*(?:&|and|with)\s+(?:[^\W\d_]+\s+){0,2}(?:explanations?|rationales?|solutions?|hints?|"
                          r"reasoning|answers?|notes|discussion|feedback|scoring)\b.{0,60})?$",
                          re.IGNORECASE)


def _key_heading(text: str) -> bool:
    if len(text) > 200:
        return False
    flat = plain(text)
    return _ANSWER_HEADING.match(flat) is not None or _KEY_HEADING.match(flat) is not None


def _listed(options: str) -> str:
    """A question's options one a line, as a list (written "A. One" over "B. Two", Markdown joins them); kept as
    written where hard line breaks ("A) One  ") keep them apart already."""
    options = "\n".join(line for line in options.split("\n") if line.strip().lower() not in _BREAKS)
    written = [line for line in options.split("\n") if line.strip()]
    if all(line.endswith(("  ", "\\")) for line in written[:-1]):
        return options
    return "\n".join(line if not line.strip() or line.lstrip()[:1] in "-*+" else f"- {line.strip()}"
                     for line in options.split("\n"))


_BREAKS = frozenset(("<br>", "<br/>", "<br />"))  # a line break written as a tag, alone on its line between options


def _key_label(block: Block) -> bool:
    """Whether ``block`` is a bold line alone that names an answer key ("**Answer Key:**"), as a heading would."""
    return (block.kind == "paragraph" and block.item is None and not block.depth and block.text.lstrip()[:2] in ("**", "__")
            and "\n" not in block.text.strip() and _KEY_LABEL.match(plain(block.text).strip()) is not None)


# "**Answer Key:**", "**Answers key**" ("**Answer:**" alone labels one answer, not a key)
_KEY_LABEL = re.compile(r"^\W*(?:answers?\s+key|answer\s+sheet|answers)\s*[:：]?$", re.IGNORECASE)


@dataclass(slots=True)
class _Keyed:
    """Questions given their answers from keys under Answers headings, and the lines of the entries used."""

    questions: list[Candidate]
    spans: list[tuple[int, int]]


def _answer_key(blocks: list[Block], lines: list[str], group: _Group) -> _Keyed | None:
    """Numbered questions, then an "Answers" heading over a list numbered again from 1: its items answer the
    questions of the same number (a quiz with its key at the end; interview rounds, each a list of the
    questions asked, then "Short answers" repeating each one as a bold title over its answer). A document
    may have a key per section. Returns the questions with their answers (the keys' items gone) and the lines
    of the entries that answer them, or None when the document has no such key."""
    questions = group.questions
    if len(questions) < 3:
        return None
    # A key's entries may be no questions at all ("1. **Vision and Goals of .NET:**"): the key is looked for
    # among all the pattern's blocks, not only the questions.
    last = max(questions[-1].index, group.members[-1].index)
    heads = [i for i in range(questions[0].index + 1, last)
             if blocks[i].kind == "heading" and _key_heading(blocks[i].text) or _key_label(blocks[i])]
    if not heads:
        return None
    out: list[Candidate] = []
    position = 0  # of the first question not yet placed
    spans: list[tuple[int, int]] = []
    found = False  # a key under some heading: its entries are no questions, whether or not they answer any
    for head in heads:
        level = blocks[head].level
        stop = next((i for i in range(head + 1, len(blocks)) if blocks[i].kind == "heading"
                     and (blocks[i].level <= level or _key_heading(blocks[i].text))), len(blocks))
        asked: list[Candidate] = []
        while position < len(questions) and questions[position].index < head:
            asked.append(questions[position])
            position += 1
        inside: list[Candidate] = []
        while position < len(questions) and questions[position].index < stop:
            inside.append(questions[position])
            position += 1
        sizes = {len(asked), *(len(round_) for round_ in _rounds(asked))}
        # Under a heading that asks, "#### Detailed Answer:" labels that one answer: its numbered points are
        # the answer's, no key.
        owner = next((i for i in range(head - 1, -1, -1)
                      if blocks[i].kind == "heading" and blocks[i].level < level), None)
        asks_above = owner is not None and title_strength(read_title(blocks[owner].text)) == QUESTION
        under = inside if asks_above else [c for c in group.members if head < c.index < stop]
        lists = _key_lists(blocks, lines, under, sizes)
        offset = 0  # the number the key's entries start after ("11. **D**" first, for questions 11 to 20)
        if not lists and asked and (asked[0].title.number or 1) > 1:
            offset = asked[0].title.number - 1
            lists = _key_lists(blocks, lines, under, sizes, first=offset + 1)[:1]
        keys = lists[0] if lists else []
        if len(keys) < 2 or not asked or any(q.title.number is None for q in asked):
            out += [*asked, *inside]
            continue
        # A key of one list, with as many entries as the questions counted from the last "1." before it,
        # numbers those: the lists numbered from 1 above them are another round's.
        restart = max((at for at, q in enumerate(asked) if q.title.number == 1), default=0)
        if restart and len(keys) == len(asked) - restart == len(under):
            out += asked[:restart]
            asked = asked[restart:]
        # Which of the key's entries answers each question: (the key's list, the entry's number).
        listed_first = [key for part in lists for key in part]  # every list's entries, whichever answer
        rounds = _rounds(asked)
        named = _parts_by_name(blocks, lists, rounds, head) if len(lists) > 1 and len(rounds) > 1 else None
        if offset:
            slots = [(0, q.title.number - offset) for q in asked]
        elif named is not None or len(lists) > 1 and len(lists) == len(rounds):
            # a key written a list per part ("### Part A", "### Part B") for parts each numbered from 1: by the
            # parts' names where both name them alike, else in order (a part the key does not name keeps what
            # is written under its questions)
            order = named if named is not None else list(range(len(rounds)))
            slots = [(order[part], q.title.number) for part, round_ in enumerate(rounds) for q in round_]
        elif len(lists) > 1 and len(rounds) == 1 and sum(map(len, lists)) == len(asked):
            # the same key for questions numbered on through the parts: its entries in order
            lists = [listed_first]
            slots = [(0, at) for at in range(1, len(asked) + 1)]
        else:
            lists = lists[:1]
            slots = [(0, q.title.number) for q in asked]
        stop_line = blocks[stop].start if stop < len(blocks) else len(lines)
        entries = [key for part in lists for key in part]
        ends = _ends(blocks, lines, entries, head)
        answers: dict[tuple[int, int | None], tuple[str, tuple[int, int]]] = {}  # the answer and its lines
        at = 0
        for part, listed in enumerate(lists):
            for number, key in enumerate(listed, start=1):
                own = _ITEM_NUMBER.sub("", lines[key.line], count=1)
                if _titled_key(own):
                    # "1) **Recent project.**" over its answer: the title repeats the question; the answer is
                    # everything under it up to the next entry.
                    end = entries[at + 1].line if at + 1 < len(entries) else stop_line
                    body = lines[key.line + 1:end]
                else:
                    end = ends[at]
                    body = [own, *lines[key.line + 1:end]]
                answers.setdefault((part, number), ("\n".join(body), (key.line, end)))
                at += 1
        if len(set(slots)) < len(slots):
            if sorted(answers) != [(0, at) for at in range(1, len(asked) + 1)]:
                # Rounds each numbered from 1 and a key that fits none of them: which round it answers is a guess.
                # Its entries are no questions; check counts their lines as left out.
                listed = {key.index for key in listed_first}
                last = replace(asked[-1], answer="\n".join(lines[asked[-1].body:blocks[head].start]).strip())
                out += [*asked[:-1], last, *(c for c in inside if c.index not in listed)]
                found = True
                continue
            # rounds each numbered from 1, one key numbered on through them all: its entries go in order
            slots = [(0, at) for at in range(1, len(asked) + 1)]
        # A question the key has no entry for keeps what is written under it, up to the next question or the key;
        # one it has an entry for shows its options, where that is all that is written under it.
        stops = [q.line for q in asked[1:]] + [blocks[head].start]
        for q, slot, end in zip(asked, slots, stops, strict=True):
            own = textwrap.dedent("\n".join(lines[q.body:end])).strip()
            if slot not in answers:
                out.append(replace(q, answer=own))
            else:
                shown = _only_shown(q, own) if own else None
                out.append(replace(q, answer=answers[slot][0], prompt=shown if shown is not None else q.prompt))
        spans += [answers[slot][1] for slot in slots if slot in answers]
        found = True
    out += questions[position:]
    return _Keyed(out, spans) if found else None


def _parts_by_name(blocks: list[Block], lists: list[list[Candidate]], rounds: list[list[Candidate]],
                   head: int) -> list[int | None] | None:
    """For each round of questions, the key list that answers it, by name: the one under a heading that names
    the round as its own heading does ("### Part B" in the key for "## Part B: Systems"); None for a round the
    key has no list for. None when a list or a round has no heading, or a list names no round or two."""
    def name(index: int, floor: int) -> list[str]:
        """The words of the nearest heading above ``index`` and below ``floor`` (none when there is none)."""
        at = next((i for i in range(index - 1, floor, -1) if blocks[i].kind == "heading"), None)
        return [] if at is None else _WORD.findall(blocks[at].text.casefold())

    floors = [-1, *(round_[-1].index for round_ in rounds[:-1])]
    asked = [name(round_[0].index, floor) for round_, floor in zip(rounds, floors, strict=True)]
    order: list[int | None] = [None] * len(rounds)
    for part, listed in enumerate(lists):
        keyed = name(listed[0].index, head)
        matches = [at for at, words in enumerate(asked) if keyed and words and (
            words[:len(keyed)] == keyed or keyed[:len(words)] == words)]
        if len(matches) != 1 or order[matches[0]] is not None:
            return None
        order[matches[0]] = part
    return order


def _key_lists(blocks: list[Block], lines: list[str], inside: list[Candidate], sizes: set[int],
               first: int = 1) -> list[list[Candidate]]:
    """The items under an answers heading that make its key: numbered from 1 (or ``first``, the number of the
    questions it answers), one after another (sub-items inside their answers are left to them), each either not
    asking or a bold title repeating a question. A key written a list per part under a heading each ("### Part B")
    numbers each part from 1 again: one list per part. ``sizes``: how many questions a list of the key may answer
    (all of them, or a round's)."""
    lists: list[list[Candidate]] = []
    keys: list[Candidate] = []
    for candidate in inside:
        if not candidate.in_item:
            continue
        if (candidate.title.number == first and len(keys) >= 2 and candidate.depth == keys[0].depth
                and any(blocks[i].kind == "heading" for i in range(keys[-1].index + 1, candidate.index))):
            lists.append(keys)
            keys = []
        if candidate.title.number == first + len(keys):
            keys.append(candidate)
    lists.append(keys)
    valid = [keys for keys in lists if keys and (_answering(keys, sizes) or all(
        _titled_key(_ITEM_NUMBER.sub("", lines[k.line], count=1)) for k in keys))]
    return valid if valid and valid[0] is lists[0] else []


def _answering(entries: list[Candidate], sizes: set[int]) -> bool:
    """Whether a list's entries read as answers: none asks with a question mark, and most do not ask at all, or
    there is one for each question (an answer may begin as a request does: "Pick a segment, find its pain.")."""
    asking = [entry for entry in entries if entry.strength == QUESTION]
    return not any(_ends_asking(entry.title.text) for entry in asking) and (
        len(asking) * 2 < len(entries) or len(entries) in sizes)


def _rounds(questions: list[Candidate]) -> list[list[Candidate]]:
    """Numbered questions split where the numbering starts again from 1."""
    rounds: list[list[Candidate]] = []
    for question in questions:
        if not rounds or question.title.number == 1:
            rounds.append([])
        rounds[-1].append(question)
    return rounds


def _titled_key(line: str) -> bool:
    """An entry that is a bold title alone on its line ("**Recent project.**")."""
    bold = _bold_first(line.strip())
    return bold is not None and not bold.group(3).strip()


SUB_QUESTIONS = 2  # nested items that ask, and nothing else, under a question: its sub-questions


def _lines_outside_answers(blocks: list[Block], lines: list[str], best: _Group, group: _Group) -> list[Candidate]:
    """The question lines beside another pattern that are not part of its answers: a paragraph of questions
    after an answer has begun ("Interviewers may go on to ask: …") is that answer's; one right under a
    question with nothing else under it, or outside every answer, lists questions of its own."""
    starts, ends = _spans(blocks, lines, best.questions)
    by_index = {c.index: c for c in best.questions}
    in_paragraph: dict[int, int] = {}
    for candidate in group.questions:
        in_paragraph[candidate.index] = in_paragraph.get(candidate.index, 0) + 1
    kept: list[Candidate] = []
    for candidate in group.questions:
        at = bisect.bisect_right(starts, candidate.index) - 1
        inside = at >= 0 and starts[at] != candidate.index and blocks[candidate.index].start < ends[at]
        if inside and _brought_in(lines[blocks[candidate.index].start:candidate.line]):
            continue
        if inside and (in_paragraph[candidate.index] >= LIST_OF_ITS_OWN or (
                in_paragraph[candidate.index] >= PART_LINES
                and not any(_content(line) for line in lines[blocks[candidate.index].end:ends[at]])
                and not _to_ask_them(lines, by_index[starts[at]].body, blocks[candidate.index].start))):
            # as many questions as a part of their own, closing the answer, or more than any answer goes on to
            # ask (a list of a hundred pasted under a source link): not its follow-ups
            kept.append(candidate)
            continue
        if inside:
            question = by_index[starts[at]]
            if any(lines[i].strip() for i in range(question.body, min(blocks[candidate.index].start, question.body + 200))):
                continue
        kept.append(candidate)
    return kept


OWN_LIST = 3  # items that ask, all of a list's items, for a list outside every answer to be questions
NUMBERED_ON_LIST = 2  # … or fewer, where its numbers go on from such a list just before it


def _lists_of_their_own(blocks: list[Block], lines: list[str], candidates: Candidates,
                        chosen: list[_Group]) -> list[Candidate]:
    """Lists whose items all ask, standing outside every answer of the ``chosen`` questions ("## Common
    Interview Questions" over "- \"How do you handle imbalanced data?\"" after the answered questions): a
    part of the document that lists more questions, unanswered. A list inside an answer is its follow-ups."""
    questions = sorted((c for g in chosen for c in g.questions), key=lambda c: (c.index, c.line))
    taken = {c.index for c in questions}
    by_list: dict[int, list[Candidate]] = {}
    for candidate in candidates.found:
        item = blocks[candidate.index].item
        if (candidate.in_item and item is not None and candidate.pattern.kind in ("bullets", "numbered")
                and candidate.index not in taken):
            by_list.setdefault(item.list_id, []).append(candidate)
    if not by_list:
        return []
    sizes: dict[int, int] = {}
    for block in blocks:
        if block.item is not None and block.item.list_id in by_list:
            sizes[block.item.list_id] = sizes.get(block.item.list_id, 0) + 1
    lists = {list_id: members for list_id, members in by_list.items()
             if len(members) >= NUMBERED_ON_LIST and len(members) == sizes[list_id]
             and all(m.strength == QUESTION and blocks[m.index].end - blocks[m.index].start <= 2 for m in members)}
    if not lists:
        return []
    sections = _sections_of(blocks, sorted(members[0].index for members in lists.values()))
    numbered_to: int | None = None  # the last number of the list kept just before, where it was numbered
    for list_id, members in sorted(lists.items(), key=lambda entry: entry[1][0].index):
        titles = sections[members[0].index]
        first_item = blocks[members[0].index].item
        # ("### Performance:" over "9. What …?" numbers on from "### Technical Questions:" over "4." … "8.")
        numbers_on = numbered_to is not None and first_item is not None and first_item.number == numbered_to + 1
        if not (numbers_on or len(members) >= OWN_LIST and any(_DECLARES.search(t) for t in titles)) or any(
                _RECAP_HEADING.search(t) or advice_heading(t) or _meta_heading(t) or _candidate_asks(t)
                or _BACK_MATTER.match(t) for t in titles):
            del lists[list_id]  # only a section that says it holds questions: elsewhere a list that asks is a checklist
            numbered_to = None
            continue
        last_item = blocks[members[-1].index].item
        numbered_to = last_item.number if last_item is not None and last_item.ordered else None
    if not lists:
        return []
    starts, ends = _spans(blocks, lines, questions) if questions else ([], [])
    asked = [_key_words(q.title.text) for q in questions] if len(questions) <= LISTED_LOOKS else []
    titles = {q.title.text.casefold() for q in questions}
    questions_end = questions[-1].index if questions else -1
    found: list[Candidate] = []
    subject = _shared_words(asked)  # the document's subject ("kafka" in most questions) tells none apart
    for members in lists.values():
        first = members[0]
        at = bisect.bisect_right(starts, first.index) - 1
        if at >= 0 and blocks[first.index].start < ends[at]:
            continue  # inside an answer: its follow-ups
        listed = [_key_words(m.title.text) for m in members]
        common = subject | _shared_words(listed)  # (and the list's own: "spring boot" in each of its items)
        if first.index < questions_end and sum(_asked_alike(words - common, asked)
                                               for words in listed) * 5 >= len(members) * 3:
            continue  # the questions asked below, listed first
        if first.index > questions_end and sum(m.title.text.casefold() in titles for m in members) * 5 >= len(
                members) * 3:
            continue  # after them, the same questions listed again (a rapid-fire round asks them anew, in its words)
        found += members
    return sorted(found, key=lambda c: (c.index, c.line))


def _headings_of_their_own(blocks: list[Block], lines: list[str], chosen: list[_Group]) -> list[Candidate]:
    """The headings of one level under a heading that says it holds questions ("## Other Questions" over
    "##### Include and join ?", "##### Observer", each with its links), where no chosen question is in that
    section and it stands outside every answer: a part of the document in a layout of its own, its headings
    its questions, asked or not. Only where the document has no other section of such headings."""
    questions = sorted((c for g in chosen for c in g.questions), key=lambda c: (c.index, c.line))
    if any(q.pattern.kind == "h" for q in questions):
        return []  # headings ask elsewhere: the chosen pattern knows which headings are questions
    indices = [q.index for q in questions]
    spans: tuple[list[int], list[int]] | None = None
    found: list[Candidate] = []
    for index, block in enumerate(blocks):
        if (block.kind != "heading" or len(block.text) > SECTION_TITLE_CHARS or _QUESTIONS_SECTION.match(block.text) is None
                or strength(read_title(block.text).text) == QUESTION or _candidate_asks(block.text)
                or advice_heading(block.text) or _meta_heading(block.text) or _RECAP_HEADING.search(block.text)):
            continue
        end = next((i for i in range(index + 1, len(blocks)) if blocks[i].kind == "heading"
                    and blocks[i].level <= block.level), len(blocks))
        at = bisect.bisect_right(indices, index)
        if at < len(indices) and indices[at] < end:
            continue  # the section holds chosen questions: its headings are topics over them
        heads = [i for i in range(index + 1, end) if blocks[i].kind == "heading"]
        # the leaves: headings with none deeper under them (a topic over questions has them)
        heads = [i for at, i in enumerate(heads) if at + 1 == len(heads) or blocks[heads[at + 1]].level <= blocks[i].level]
        # ("## Easy Questions" with nothing under it names an empty part, as its section's heading names one)
        heads = [i for i in heads if not (i + 1 == end or blocks[i + 1].kind == "heading")
                 or len(blocks[i].text) > SECTION_TITLE_CHARS or not _QUESTIONS_SECTION.match(blocks[i].text)]
        if len(heads) < OWN_LIST:
            continue
        # (not the heading over the candidate's own questions, nor one of advice: "### Questions to Ask Interviewers")
        heads = [i for i in heads if not (_candidate_asks(blocks[i].text) or advice_heading(blocks[i].text))]
        if sum(1 for i in heads if _quoted(blocks[i].text)) >= QUOTED_HEADINGS:
            # the interviewer's words quoted, a heading each: the others there name a method or a part ("### STAR")
            heads = [i for i in heads if _quoted(blocks[i].text)]
        heads = [i for i in heads if not _CLOSING_HEADING.match(plain(blocks[i].text))]  # ("#### Final Thoughts")
        if spans is None:
            spans = _spans(blocks, lines, questions) if questions else ([], [])
        starts, ends = spans
        before = bisect.bisect_right(starts, index) - 1
        if before >= 0 and block.start < ends[before]:
            continue  # inside an answer
        for i in heads:
            title = read_title(blocks[i].text)
            level = blocks[i].level
            if title.text and not _BACK_MATTER.match(blocks[i].text) and not (found and found[-1].index >= i):
                # (once each: "## Behavioral Questions" and the "### Common Questions" in it hold the same ones)
                found.append(Candidate(i, blocks[i].start, pattern_of("h", level), title, QUESTION, level,
                                       blocks[i].depth, body=blocks[i].answer_line))
    return found


# a document's closing words: "Final Thoughts", "Conclusion", "Good luck!"
_CLOSING_HEADING = re.compile(r"^\W*(?:final (?:thoughts?|words|notes)|conclusions?|summary|wrap(?:ping)?[- ]up|"
                              r"closing (?:thoughts|words)|good luck|next steps|in (?:closing|summary))\W*$", re.IGNORECASE)
SECTION_TITLE_CHARS = 80  # a section's heading that names what it holds is short
# "Other Questions", "More Interview Questions", "Bonus questions": a word or two, then "questions"; not "Frequently
# Asked Questions", "Resources for More Questions", "Contributing new questions", "More Questions Coming"
# ("Knowledge & Experience Questions :": two names joined by "&")
_QUESTIONS_SECTION = re.compile(r"^[\W\d_]*(?!(?:frequently|contribut\w*|your|new|asked|faq)\b)(?:[\w-]+\s+(?:&\s+)?){0,2}?"
                                r"(?<!asked )(?<!new )questions[\W_]*$", re.IGNORECASE)


LISTED_LOOKS = 5000  # questions compared with a list's items for it to be a listing of them


def _key_words(text: str) -> frozenset[str]:
    """The words of a question besides those any question has ("what", "explain", "the"): its topic."""
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _ASKING_WORDS and not asks_first(w))


def _shared_words(questions: list[frozenset[str]]) -> frozenset[str]:
    """The words in half of ``questions`` or more, and in two at least: what they are all about, not what each
    asks."""
    counts: dict[str, int] = {}
    for words in questions:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(word for word, count in counts.items() if count >= 2 and count * 2 >= len(questions))


def _asked_alike(words: frozenset[str], asked: list[frozenset[str]]) -> bool:
    """Whether a question of ``words`` is one of ``asked``, worded alike ("What is multi-head attention, and how
    does it help?" and "What is multi-head attention?" share half the words of the shorter, and two of them
    unless one has fewer: "What is attention?" and "Why does attention matter?" share its one)."""
    return bool(words) and any(len(shared := words & other) >= min(2, len(words), len(other))
                               and len(shared) * 2 >= min(len(words), len(other)) for other in asked)


def _sections_of(blocks: list[Block], indices: list[int]) -> dict[int, list[str]]:
    """The headings over each block of ``indices`` (sorted): the nearest, then the one it sits under, and so on
    (not the document's title, its first heading where no other is of its level: it is over everything)."""
    out: dict[int, list[str]] = {}
    stack: list[tuple[int, str]] = []  # (level, text), levels rising from the top
    first = next((i for i, b in enumerate(blocks) if b.kind == "heading"), None)
    titled = first is not None and not any(b.kind == "heading" and b.level <= blocks[first].level
                                           for b in blocks[first + 1:])
    at = 0
    for index in indices:
        while at < index:
            block = blocks[at]
            if block.kind == "heading" and not (titled and at == first):
                while stack and stack[-1][0] >= block.level:
                    stack.pop()
                stack.append((block.level, block.text))
            at += 1
        out[index] = [text for _level, text in reversed(stack)]
    return out


def _brought_in(opening: list[str]) -> bool:
    """Whether the lines of a paragraph before its first question line are an answer's sentence bringing the
    questions in ("Start by clarifying the requirements. Clarifying questions:"): questions to ask back, the
    answer's own, not a label over a list of interview questions ("Basics:")."""
    line = next((line.strip() for line in opening if line.strip()), "")
    return line.endswith(_COLON_ENDS) and (". " in line or len(line.split()) > FRAGMENT_WORDS)


# "Smart Questions to Ask Them", "Questions you should ask the interviewer" on a plain line
_TO_ASK_THEM = re.compile(r"\b(?:to ask|you (?:should|could|can|might) ask|ask (?:them|the interviewer|your interviewer|"
                          r"the hiring|at the end))\b", re.IGNORECASE)


def _to_ask_them(lines: list[str], start: int, stop: int) -> bool:
    """Whether a short line from ``start`` to ``stop`` titles what follows as questions the candidate asks."""
    return any(len(line) <= 150 and _TO_ASK_THEM.search(line) for line in lines[max(start, stop - 200):stop])


def _sub_question_lists(blocks: list[Block], candidates: Candidates, group: _Group) -> list[Candidate]:
    """Nested items that all ask and are all there is under a list question ("- Batch norm's effect?" over
    "  - Dropout's effect?", "  - BN at inference?"): questions of their own, the question above them left
    without an answer. Follow-ups come after an answer, or under a "Follow-ups:" label: not these."""
    nested: dict[int, list[Candidate]] = {}  # an item may hold two (a second one typed without its dot)
    for c in candidates.found:
        if c.in_item and c.strength == QUESTION and c.pattern.kind in ("bullets", "numbered"):
            nested.setdefault(c.index, []).append(c)
    if not nested:
        return []
    questions = group.questions
    found: list[Candidate] = []
    lone: list[int] = []  # a question with one nested item that asks: its sub-question where others have lists
    for position, question in enumerate(questions):
        if not question.in_item:
            continue
        stop = questions[position + 1].index if position + 1 < len(questions) else len(blocks)
        children = list(range(question.index + 1, stop))
        # A rule or a heading ends what is under the list's last item ("* **Data Handling**" over its questions,
        # then "---" and "## 2. …")
        ends = next((at for at, i in enumerate(children) if blocks[i].depth <= question.depth), len(children))
        if all(blocks[i].kind in ("hr", "heading") for i in children[ends:]):
            children = children[:ends]
        if children and all(
                i in nested and blocks[i].depth == question.depth + 1 and blocks[i].end - blocks[i].start <= 3
                for i in children):
            if len(children) >= SUB_QUESTIONS:
                found += [replace(c, pattern=group.pattern) for i in children for c in nested[i]]
            else:
                lone += children
    if found and lone:
        # The document lists sub-questions under its questions: a single one is one more, not an answer.
        found = sorted([*found, *(replace(c, pattern=group.pattern) for i in lone for c in nested[i])],
                       key=lambda c: (c.index, c.line))
    return found


def _asking_parents(blocks: list[Block], candidates: Candidates, group: _Group) -> list[Candidate]:
    """Items that ask in the list whose other items hold the group's nested lists of questions ("4. Feature
    selection." over "1. [E] Why …?", beside "3. [E] What are …?" with nothing under it): questions of
    their own, in the group's pattern. The topic items over the sub-lists ask nothing and stay out."""
    depth = min((blocks[c.index].depth for c in group.questions if c.in_item), default=0)
    if depth < 2:
        return []
    parents: set[int] = set()  # lists holding the nested lists
    for question in group.questions:
        at = question.index - 1
        while at >= 0 and blocks[at].depth >= depth:
            at -= 1
        if at >= 0 and blocks[at].depth == depth - 1 and (item := blocks[at].item) is not None:
            parents.add(item.list_id)
    taken = {c.index for c in group.questions}
    return [replace(c, pattern=group.pattern) for c in candidates.found
            if c.in_item and c.strength == QUESTION and c.index not in taken and blocks[c.index].depth == depth - 1
            and _list_of(blocks, c) in parents]


def _asking_siblings(blocks: list[Block], candidates: Candidates, group: _Group) -> list[Candidate]:
    """List items that ask, in a list whose other items hold question lines ("01. 切分相关" over "(1) …？"
    lines, then "03. 为什么…？" asking itself): one more question of the list, in the lines' pattern."""
    hosts = {_list_of(blocks, c) for c in group.questions} - {None}
    if not hosts:
        return []
    taken = {c.index for c in group.questions}
    return [replace(c, pattern=group.pattern) for c in candidates.found
            if c.in_item and c.strength == QUESTION and c.index not in taken and _list_of(blocks, c) in hosts]


def _end_last_list_answer(blocks: list[Block], questions: list[Candidate], ends: list[int]) -> None:
    """Where every question is a list item and no answer but the last holds a paragraph outside the lists, the
    last one's answer ends at such a paragraph: it is the document's closing line ("Questions from …; answers
    mine"), not an answer the document would write in a shape it uses nowhere else."""
    if len(questions) < 3 or not all(q.in_item for q in questions):
        return
    # The last list's items are what the closing line follows: another list's answers may be prose.
    last_list = _list_of(blocks, questions[-1])
    own = [q for q in questions if _list_of(blocks, q) == last_list]
    if len(own) >= 3:
        questions = own
    for question, following in zip(questions, questions[1:], strict=False):
        if any(_prose(blocks[index]) for index in range(question.index + 1, following.index)):
            return
    last = questions[-1]
    for index in range(last.index + 1, len(blocks)):
        block = blocks[index]
        if block.start >= ends[-1]:
            return
        if _prose(block):
            ends[-1] = block.start
            return


LISTED_RUN = 3  # bare question items in one list for a paragraph after it to speak of them all


def _end_listed_runs(blocks: list[Block], questions: list[Candidate], ends: list[int]) -> None:
    """A list of bare questions ("* "Design a feed."" five times, nothing under any) followed by a paragraph
    ("**What they're testing:** …"): the paragraph speaks of the whole list, it is not the last item's answer."""
    start = 0
    while start < len(questions):
        list_id = _list_of(blocks, questions[start])
        stop = start + 1
        while (list_id is not None and stop < len(questions) and _list_of(blocks, questions[stop]) == list_id
               and questions[stop].index == questions[stop - 1].index + 1):
            stop += 1
        last = stop - 1
        if stop - start >= LISTED_RUN and not questions[last].lead and (
                stop == len(questions) or _list_of(blocks, questions[stop]) != list_id):
            for index in range(questions[last].index + 1, len(blocks)):
                block = blocks[index]
                if block.start >= ends[last]:
                    break
                if block.item is not None and block.item.list_id == list_id:
                    break  # the item's own nested content: an answer
                if _prose(block):
                    if block.start > blocks[questions[last].index].end:  # (right under it, no blank line: its answer)
                        ends[last] = block.start
                    break
        start = stop


def run_titles(questions: list[Candidate]) -> dict[int, int]:
    """The short titles over parts of runs of bare questions ("Streaming" over "How does a consumer group …?"):
    block index of each title -> the position in ``questions`` of the first question under it."""
    found: dict[int, int] = {}
    for position, question in enumerate(questions):
        if question.part_title is not None:
            found.setdefault(question.part_title, position)
    return found


def _end_before_run_titles(blocks: list[Block], questions: list[Candidate], ends: list[int]) -> None:
    """A short title over a run of bare questions names the part the run opens: the answer above ends before it
    (the title is the topic of the questions under it)."""
    for index, position in run_titles(questions).items():
        if position:
            ends[position - 1] = min(ends[position - 1], blocks[index].start)


def _prose(block: Block) -> bool:
    return block.kind == "paragraph" and block.item is None and block.depth == 0


def _listed_headings(blocks: list[Block], group: _Group) -> list[Candidate]:
    """Headings of the group's level that list questions with them: in a run of such headings with
    nothing under them but the last, most of them questions, the others are questions too (topic
    prompts such as "#### 1x1 filters" in a list of headings that ask).

    Runs are counted, not collected: a pathological file is one run of a million headings.
    """
    level = group.pattern.level
    questions = group.questions  # in document order
    added: list[Candidate] = []
    position = 0  # of the first question at or after the block being read
    run_start = run_first_question = run_size = run_asked = 0
    for index in range(len(blocks) + 1):
        block = blocks[index] if index < len(blocks) else None
        if block is not None and block.kind == "heading" and block.level == level:
            while position < len(questions) and questions[position].index < index:
                position += 1
            if run_size == 0:
                run_start, run_first_question = index, position
            run_size += 1
            run_asked += position < len(questions) and questions[position].index == index
            continue
        if block is not None and block.kind == "hr" or run_size == 0:
            continue
        if run_size >= 3 and 2 <= run_asked < run_size and run_asked * 3 >= run_size:
            added += _unasked_headings(blocks, run_start, index, level, questions, run_first_question, group.pattern)
        run_size = run_asked = 0
    return added


_LETTERED = re.compile(r"^(\d{1,6})([a-z])(?:\s*[.):\-–—]\s*|\s+)(?=\S)", re.IGNORECASE)  # "4a. ", "9b - ", "13c "


def _numbered_spans(blocks: list[Block], questions: list[Candidate]) -> Iterator[tuple[Candidate, int]]:
    """Each numbered question of ``questions`` with the index of the block the next question starts at."""
    for position, question in enumerate(questions):
        if question.title.number is not None:
            yield question, questions[position + 1].index if position + 1 < len(questions) else len(blocks)


def _headings_under(blocks: list[Block], question: Candidate, stop: int) -> Iterator[int]:
    """The indices of the headings deeper than a heading question, in its section and before ``stop``."""
    for index in range(question.index + 1, stop):
        if blocks[index].kind == "heading":
            if blocks[index].level <= question.level:
                return
            yield index


def _lettered_headings(blocks: list[Block], lines: list[str], group: _Group) -> list[Candidate]:
    """Deeper headings under a numbered heading question that carry its number and a letter ("#### 4. …" over
    "##### 4a. What is …?", "##### 4b. Define …"): its sub-questions, asking or not - the number says so."""
    found: list[Candidate] = []
    for question, stop in _numbered_spans(blocks, group.questions):
        for index in _headings_under(blocks, question, stop):
            block = blocks[index]
            match = _LETTERED.match(block.text.lstrip("*_ "))
            if match is None or int(match.group(1)) != question.title.number:
                continue
            candidate, _ = _candidate(index, block, lines)
            if candidate is None:
                continue
            title = read_title(block.text.lstrip("*_ ")[match.end():])
            if not title.text:
                continue
            found.append(replace(candidate, pattern=group.pattern, title=Title(title.text, None, match.group(0).strip(),
                                                                              title.labelled),
                                 strength=max(MAYBE, title_strength(title)),
                                 sub=match.group(1) + match.group(2).lower()))
    return found


# "7. Common caching interview questions": a numbered heading that names a section of questions
_NAMES_QUESTIONS = re.compile(r"^(?:[\w/&+-]+\s+){0,4}(?:interview\s+)?questions$", re.IGNORECASE)
SECTION_QUESTIONS = 2  # labelled questions under such a heading for them to be its questions
_LETTER_FIRST = re.compile(r"^\W{0,4}([a-h])[.)]\s+(?=\S)")  # "🔹 a. What is CIDR?": lettered, as labelled


def _questions_under_a_heading_of_questions(blocks: list[Block], lines: list[str],
                                            group: _Group) -> tuple[list[Candidate], set[int]]:
    """Deeper headings labelled (or lettered) as questions under a numbered heading that names a section of
    questions ("## 7. Common caching interview questions" over "### Question 1: How do you stop HTML being
    cached?", "## 5. VPC Related Questions" over "### a. What is CIDR?"): the questions there, and the heading
    over them none. Returns them and the indices of the headings over them."""
    found: list[Candidate] = []
    parents: set[int] = set()
    for question, stop in _numbered_spans(blocks, group.questions):
        if question.strength == QUESTION or not _NAMES_QUESTIONS.match(question.title.text.strip(" *_:")):
            continue
        inner: list[Candidate] = []
        for index in _headings_under(blocks, question, stop):
            candidate, _ = _candidate(index, blocks[index], lines)
            flat = plain(blocks[index].text)
            lettered = _LETTER_FIRST.match(flat)
            if candidate is not None and candidate.strength == QUESTION and (candidate.title.labelled or lettered):
                title = candidate.title if not lettered else replace(read_title(flat[lettered.end():]),
                                                                     prefix=f"{lettered.group(1)}.")
                inner.append(replace(candidate, pattern=group.pattern,
                                     title=Title(title.text, None, title.prefix, True, title.mark)))
        if len(inner) >= SECTION_QUESTIONS:
            found += inner
            parents.add(question.index)
    return found, parents


# "2.1 What is a chain？", "2-3. …": a line numbered under a question's number, then its own
_SUB_NUMBERED = re.compile(r"^(\d{1,4})[.．\-](\d{1,3})(?!\d)\.?\s*[、:：]?\s*(?=\S)")


_GLUED_HASHES = re.compile(r"^(#{1,6})(?=\d{1,4}\s*[、.．)])")  # "###2、 What …？": the space after the hashes left out


def _unspaced_headings(blocks: list[Block], group: _Group) -> list[Candidate]:
    """Paragraphs opening with the hashes of the numbered heading questions' level glued to the next number
    ("### 1、…", "###2、 …", "### 3、…"): a heading the author meant, which Markdown reads as text for want of
    the space; one of the questions."""
    level = group.pattern.level
    numbers = {q.index: q.title.number for q in group.questions}
    found: list[Candidate] = []
    last: int | None = None
    for index, block in enumerate(blocks):
        if index in numbers:
            last = numbers[index]
            continue
        if block.kind != "paragraph" or block.depth or block.quoted or not block.text.startswith("#"):
            continue
        match = _GLUED_HASHES.match(block.text)
        if match is None or len(match.group(1)) != level:
            continue
        first = block.text.split("\n", 1)[0]
        title = read_title(first[match.end():])
        if last is None or title.number != last + 1 or not title.text:
            continue
        last = title.number
        found.append(Candidate(index, block.start, group.pattern, title, max(MAYBE, title_strength(title)),
                               level=level, body=block.start + 1))
    return found


QUOTED_HEADINGS = 3  # question headings written in quotes for the other quoted headings of their level to ask too
_QUOTED = re.compile(r'^\s*(?:"[^"]+"|“[^“”]+”|「[^「」]+」|«[^«»]+»)\s*$')


def _quoted(text: str) -> bool:
    """Whether a heading's text is a quoted line and nothing else (a cheap look at its first mark first)."""
    return text.lstrip(" *_")[:1] in _OPENING_QUOTES and _QUOTED.match(plain(text)) is not None


_OPENING_QUOTES = frozenset('"“「«')


def _quoted_headings(blocks: list[Block], group: _Group) -> list[Candidate]:
    """Headings of the questions' level each a quoted line that names no question ("### \"Tell me about a time
    you failed\"" among "### \"Why this company?\""): what the interviewer says, as the quoted questions are.
    Only where most of the questions are quoted, at least :data:`QUOTED_HEADINGS` of them."""
    level = group.pattern.level
    quoted = sum(1 for q in group.questions if _quoted(blocks[q.index].text))
    if quoted < QUOTED_HEADINGS or quoted * 3 < len(group.questions) * 2:
        return []
    taken = {q.index for q in group.questions}
    found: list[Candidate] = []
    for index, block in enumerate(blocks):
        if block.kind != "heading" or block.level != level or index in taken or not _quoted(block.text):
            continue
        title = read_title(block.text)
        if title.text:
            found.append(Candidate(index, block.start, group.pattern, title, max(MAYBE, title_strength(title)),
                                   level=level, body=block.answer_line))
    return found


_LINE_DIGIT = re.compile(r"\n\d")


def _sub_numbered_lines(blocks: list[Block], group: _Group) -> list[Candidate]:
    """Lines of prose under a numbered heading question that carry its number and one of their own, and ask
    ("### 2、Which parts …?" over "2.1 What is a chain？", its answer, "2.2 …"): its sub-questions, each
    answered by the lines up to the next. A line so numbered that asks nothing ("3.1. Language model") names
    a part of the answer."""
    found: list[Candidate] = []
    for question, stop in _numbered_spans(blocks, group.questions):
        own = blocks[question.index].kind == "paragraph"  # a heading written without its space ("###2、…")
        for index in range(question.index + (not own), stop):
            block = blocks[index]
            if block.kind == "heading" and block.level <= question.level:
                break
            if block.kind != "paragraph" or block.quoted or block.depth:
                continue
            if not block.text[:1].isdigit() and ("\n" not in block.text or _LINE_DIGIT.search(block.text) is None):
                continue  # a cheap look first: no line of it opens with a number
            for at, line in enumerate(block.text.split("\n")):
                if (index == question.index and not at) or not line[:1].isdigit() or (match := _SUB_NUMBERED.match(line)) is None:
                    continue
                if int(match.group(1)) != question.title.number:
                    continue
                title = read_title(line[match.end():])
                if not title.text or title_strength(title) != QUESTION:
                    continue
                start = block.start + at
                found.append(Candidate(index, start, group.pattern, Title(title.text, None, match.group(0).strip(),
                                                                           title.labelled),
                                       QUESTION, depth=block.depth, body=start + 1, split=at > 0,
                                       sub=f"{match.group(1)}.{match.group(2)}"))
    return found


_TITLE_WORDS = re.compile(r"[^\W\d_]{4,}")
SUBJECT_HEADINGS = 4  # headings a word is in for it to name the document's subject
TOPIC_BODY_WORDS = 6  # a topic heading's own text, however terse a definition ("Fixed size, type-safe"), not a bare title
# (in Chinese "问题" is as often a problem, "解决hash冲突问题": it introduces questions only said so, "以下问题", "问题如下")
_INTRODUCES = re.compile(r"\bquestions?\b|(?:以下|下面|如下|这些|這些|几个|幾個|面试|面試|常见|常見)的?(?:问题|問題)|"
                         r"(?:问题|問題)(?:如下|[:：])|질문|вопрос", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"\S+://\S+")  # ("…/vuejs-interview-questions/…/lifecycle.png" introduces nothing)


# A heading naming a part of what is said about a topic, not a topic of its own
# ("CSP Directive Examples", "Breakdown of the policy": a part of the answer above, named by what it shows)
_PART_OF_A_TOPIC = re.compile(r"^[\W\d_]*(?:advantages|disadvantages|pros|cons|pros and cons|benefits|drawbacks|"
                              r"limitations|use cases|examples?|summary|key takeaways|conclusion|"
                              r"(?:[\w-]+\s+){1,3}examples|(?:breakdown|examples?) of\s.{1,80})[\W_]*$", re.IGNORECASE)


def _next_item(blocks: list[Block], before: int, index: int) -> bool:
    """Whether ``blocks[index]`` is the item numbered next after ``blocks[before]``'s in the same list ("3. ### …"
    after "2. ### …"): a sibling, whatever words the two share."""
    first, then = blocks[before].item if before >= 0 else None, blocks[index].item
    return (first is not None and then is not None and first.list_id == then.list_id and first.number is not None
            and then.number == first.number + 1)


def _topic_headings(blocks: list[Block], lines: list[str], group: _Group) -> list[Candidate]:
    """Headings of the questions' level between them that name a topic and explain it ("## N gram" among
    "## What is tf-idf?"): in study notes each heading is a card, asked or not. Only where most headings of
    that level between the first and last question ask; a heading with little or nothing under it, or
    whose text introduces questions, opens a section instead."""
    questions = group.questions
    if len(questions) < 3:
        return []
    level, asked = group.pattern.level, {q.index for q in questions}
    headings = [i for i in range(questions[0].index, questions[-1].index)
                if blocks[i].kind == "heading" and blocks[i].level == level]
    if len(headings) < 3 or (len(headings) - sum(1 for i in headings if i in asked)) * 2 > len(headings):
        return []
    # After the last question, the notes go on at its level until a higher heading (a "References" section
    # or a new part) ends them.
    for index in range(questions[-1].index, len(blocks)):
        block = blocks[index]
        if block.kind == "heading" and (block.level < level or _BACK_MATTER.match(block.text)):
            break
        if block.kind == "heading" and block.level == level:
            headings.append(index)
    if all(index in asked for index in headings):
        return []
    titles = {q.index: q.title.text for q in questions}
    # Words in many of the headings name the notes' subject ("react" in React notes), not one question's
    seen: dict[str, int] = {}
    for index in headings:
        for word in set(_TITLE_WORDS.findall(blocks[index].text.casefold())):
            seen[word] = seen.get(word, 0) + 1
    subjects = {word for word, count in seen.items() if count >= SUBJECT_HEADINGS}
    found: list[Candidate] = []
    previous = ""  # the title of the last question above
    previous_index = -1  # the block of the last question or topic taken above
    section = ""  # the title of the higher heading the heading is under
    scanned = headings[0]
    for index in headings:
        for above in range(scanned, index):
            if blocks[above].kind == "heading" and blocks[above].level < level:
                section = blocks[above].text
        scanned = index
        if index in asked:
            previous, previous_index = titles[index], index
            continue
        if section and (advice_heading(section) or _BACK_MATTER.match(section)):
            continue  # "### Common pitfalls to avoid" under "## Interview tips": advice, no card
        if blocks[index].text.rstrip(" *_").endswith(_COLON_ENDS) or advice_heading(blocks[index].text) or (
                _PART_OF_A_TOPIC.match(plain(blocks[index].text))):
            continue  # "### Patterns supporting SOLID:", "### Best practices", "### Advantages": parts, not topics
        title = read_title(blocks[index].text)
        sibling = _next_item(blocks, previous_index, index)
        if not title.text or (len(title.text.split()) > TOPIC_WORDS and not sibling) or title_strength(title) != MAYBE:
            continue
        if set(_TITLE_WORDS.findall(title.text.casefold())) & set(_TITLE_WORDS.findall(previous.casefold())) - subjects and (
                not sibling):
            continue  # "Word embedding categories" under "What is a word embedding?" goes on with its answer
        words, end = 0, index + 1
        while end < len(blocks) and blocks[end].kind != "heading":
            text = blocks[end].text
            # two CJK characters say about as much as a word
            words += len(text.split()) + (len(CJK_CHAR.findall(text)) // 2 if not text.isascii() else 0)
            end += 1
        body = " ".join(blocks[i].text for i in range(index + 1, min(end, index + 4)))
        if words >= TOPIC_BODY_WORDS and not _INTRODUCES.search(_WEB_ADDRESS.sub("", body[:400])):
            found.append(Candidate(index, blocks[index].start, group.pattern, title, MAYBE, level, blocks[index].depth,
                                   body=blocks[index].answer_line))
            previous_index = index
    return found


MARK_SHARE = 2 / 3  # of a pattern's questions that carry the same mark for it to be the pattern's own


def _marked_headings(blocks: list[Block], group: _Group) -> list[Candidate]:
    """Headings of the group's level carrying the mark its questions carry ("### ✅ GPT vs BERT" among
    "### ✅ What is …?"): the document marks its questions so, topic prompts included."""
    questions = group.questions
    counts: dict[str, int] = {}
    for question in questions:
        if question.title.mark:
            counts[question.title.mark] = counts.get(question.title.mark, 0) + 1
    mark = max(counts, key=counts.__getitem__) if counts else ""
    if not mark or counts[mark] < 3 or counts[mark] < MARK_SHARE * len(questions):
        return []
    level, asked = group.pattern.level, {q.index for q in questions}
    found: list[Candidate] = []
    for index, block in enumerate(blocks):
        if block.kind != "heading" or block.level != level or index in asked or mark[0] not in block.text[:8]:
            continue
        title = read_title(block.text)
        if title.mark == mark and title.text and title_strength(title) == MAYBE:
            found.append(Candidate(index, block.start, group.pattern, title, MAYBE, level, block.depth, body=block.answer_line))
    return found


def _unasked_headings(blocks: list[Block], start: int, end: int, level: int, questions: list[Candidate],
                      position: int, pattern: Pattern) -> list[Candidate]:
    """The headings of ``level`` in ``blocks[start:end]`` that are not ``questions``, read as questions
    where they could be one (not a generic "Summary")."""
    found: list[Candidate] = []
    for index in range(start, end):
        block = blocks[index]
        if block.kind != "heading" or block.level != level:
            continue
        while position < len(questions) and questions[position].index < index:
            position += 1
        if position < len(questions) and questions[position].index == index:
            continue
        title = read_title(block.text)
        if title.text and title_strength(title) == MAYBE:
            found.append(Candidate(index, block.start, pattern, title, MAYBE, level, block.depth, body=block.answer_line))
    return found


TOPICS_MIN = 3  # topic headings, each with a labelled answer, for them to be a guide's questions


def _answer_label_paragraph(block: Block) -> bool:
    """A paragraph opening with a bold label that names an answer ("**Best practice to answer:** …")."""
    if block.kind != "paragraph" or block.item is not None or not block.text.startswith(("**", "__")):
        return False
    bold = _BOLD_START.match(block.text)
    return bold is not None and bold.group(2).rstrip().endswith(_COLON_ENDS) and _NAMES_ANSWER.search(bold.group(2)) is not None


def _answered_topics(blocks: list[Block]) -> _Group | None:
    """The headings of one level that each open a section holding a labelled answer, where most headings of
    that level do (a behavioural guide: "## Disagree with Leadership" over "**What is the interviewer looking
    for:**", "**Best practice to answer:**", "**Question variations:**"), as a group of questions."""
    best: list[Candidate] = []
    for level in range(2, 5):
        headings = [i for i, block in enumerate(blocks) if block.kind == "heading" and block.level == level]
        if len(headings) < TOPICS_MIN:
            continue
        found: list[Candidate] = []
        for index in headings:
            end = index + 1
            while end < len(blocks) and not (blocks[end].kind == "heading" and blocks[end].level <= level):
                end += 1
            title = read_title(blocks[index].text)
            if (title.text and title_strength(title) != NOT and not advice_heading(blocks[index].text)
                    and any(_answer_label_paragraph(blocks[at]) for at in range(index + 1, end))):
                found.append(Candidate(index, blocks[index].start, pattern_of("h", level), title, QUESTION, level,
                                       blocks[index].depth, body=blocks[index].answer_line))
        if len(found) >= TOPICS_MIN and len(found) * 3 >= len(headings) * 2 and len(found) > len(best):
            best = found
    if not best:
        return None
    return _Group(best[0].pattern, best, len(best), len(best), 0, questions=best)


def explained_headings(blocks: list[Block]) -> tuple[int, int] | None:
    """The level of the headings that most often hold an explanation right under them, and how many do, when
    at least :data:`TOPICS_MIN` do and they are most headings of their level: for a page where nothing asks,
    the headings a user may pin as its questions ("### 闭包产生的原因" over its explanation)."""
    best: tuple[int, int] | None = None
    for level in range(1, 7):
        headings = [i for i, block in enumerate(blocks) if block.kind == "heading" and block.level == level]
        explained = sum(1 for i in headings if i + 1 < len(blocks) and blocks[i + 1].kind not in ("heading", "hr")
                        and title_strength(read_title(blocks[i].text)) != NOT)
        if explained >= TOPICS_MIN and explained * 3 >= len(headings) * 2 and (best is None or explained > best[1]):
            best = (level, explained)
    return best


# "**Problem:** You need to …" right under a heading, and "**Solution:**" further down its section: a cookbook's
# recipe, or a scenario and how to solve it
_PROBLEM_LABEL = re.compile(r"^(?:\*\*|__)\s*(?:problem(?:\s+statement)?|scenario|task|challenge|situation)\s*[:：]"
                            r"\s*(?:\*\*|__)\s*\S|^(?:\*\*|__)\s*(?:problem(?:\s+statement)?|scenario|task|challenge|"
                            r"situation)\s*(?:\*\*|__)\s*[:：]\s*\S", re.IGNORECASE)
_SOLUTION_LABEL = re.compile(r"^(?:\*\*|__)\s*(?:solution|answer|approach|resolution|fix|how\s+to\s+solve(?:\s+it)?|"
                             r"key\s+areas\s+to\s+cover)"
                             r"\s*(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])", re.IGNORECASE)


def _problem_topics(blocks: list[Block], lines: list[str]) -> _Group | None:
    """The headings of one level that each open with a problem and later give its solution, where most headings of
    that level do ("### 1. Setting Up a Workspace" over "**Problem:** You need to …" and "**Solution:**" with its
    numbered steps), as a group of questions: the problem is the question's prompt, the steps are its answer."""
    every = [i for i, block in enumerate(blocks) if block.kind == "heading"]
    # (a cheap look first: a problem labelled right under a heading is rare)
    opened = [i for i in every if i + 1 < len(blocks) and blocks[i + 1].text[:2] in ("**", "__")
              and _PROBLEM_LABEL.match(blocks[i + 1].text)]
    if len(opened) < TOPICS_MIN:
        return None
    for level in sorted({blocks[i].level for i in opened}):
        headings = [i for i in every if blocks[i].level == level]
        if len(headings) < TOPICS_MIN:
            continue
        found: list[Candidate] = []
        solved = 0  # of them, sections that label their solution ("**Solution:**"); a writer may stop labelling it
        for index in headings:
            end = index + 1
            while end < len(blocks) and not (blocks[end].kind == "heading" and blocks[end].level <= level):
                end += 1
            problem = blocks[index + 1] if index + 1 < end else None
            if (problem is None or problem.kind != "paragraph" or problem.item is not None or problem.quoted
                    or not _PROBLEM_LABEL.match(problem.text)):
                continue
            solution = next((at for at in range(index + 2, end) if blocks[at].kind == "paragraph"
                             and blocks[at].item is None and _SOLUTION_LABEL.match(blocks[at].text) is not None), None)
            solved += solution is not None
            title = read_title(blocks[index].text)
            if not title.text:
                continue
            prompt = " ".join(re.split(r"[:：]", problem.text, maxsplit=1)[1].lstrip(" *_").split())
            body = problem.end
            if solution is not None:
                # what comes before the solution belongs to the problem ("**Interview Questions:**" and the
                # questions it lists, between the scenario and "**Key Areas to Cover:**")
                if between := "\n".join(lines[problem.end:blocks[solution].start]).strip():
                    prompt = f"{prompt}\n\n{between}"
                body = blocks[solution].start
                if _SOLUTION_LABEL.fullmatch(blocks[solution].text.strip()):
                    body = blocks[solution].end  # ("**Key Areas to Cover:**" alone over its list: the answer's label)
            found.append(Candidate(index, blocks[index].start, pattern_of("h", level), title, QUESTION, level,
                                   blocks[index].depth, body=body, prompt=prompt))
        if len(found) >= TOPICS_MIN and len(found) * 3 >= len(headings) * 2 and solved * 2 >= len(found):
            return _Group(found[0].pattern, found, len(found), len(found), 0, questions=found)
    return None


def _choose(blocks: list[Block], lines: list[str], groups: dict[Pattern, _Group]) -> tuple[list[_Group], list[str]]:
    # Plain sentences that ask are questions only where no other pattern is mostly questions.
    viable = [g for g in groups.values() if g.viable and g.pattern.kind != "plain"]
    if not viable:  # no pattern is mostly questions: the one with the most of them, if any
        ranked = sorted((g for g in groups.values() if g.strong), key=lambda g: (-g.strong, g.pattern.rank))
        promoted = _answered_instead(blocks, lines, ranked) if len(ranked) > 1 else None
        viable = [promoted] if promoted is not None else ranked[:1]
    if (problems := _problem_topics(blocks, lines)) is not None:
        # A cookbook of recipes ("### 3. Adding a Dependency" over "**Problem:** …" and "**Solution:**" with its
        # numbered steps): each recipe is a question, its steps the answer, whatever they ask or number
        return [problems], [f"took {len(problems.questions)} {_describe(problems)} as the questions: each opens with "
                            "a problem ('Problem:', 'Scenario:') and gives its solution"]
    if max((g.strong for g in viable), default=0) < TOPICS_MIN and (topics := _answered_topics(blocks)) is not None and (
            len(topics.questions) > sum(len(g.questions) for g in viable)):
        # A guide whose topics are the questions ("## Conflict Resolution with a Colleague", each with "**Best
        # practice to answer:**" under it): what asks there is what the interviewer checks, or other wordings
        return [topics], [f"took {len(topics.questions)} {_describe(topics)} as the questions: each names a topic "
                          "and holds a labelled answer ('Best practice to answer:')"]
    if not viable:  # nothing asks: lists of topics, each a bold title with its answer under it, if any
        viable = sorted((g for g in groups.values() if len(g.questions) >= 3 and g.pattern.kind == "bullets"),
                        key=lambda g: (-len(g.questions), g.pattern.rank))[:1]
    if not viable:
        return [], []
    notes: list[str] = []
    listings = _listings(blocks, lines, viable)
    if listings and len(listings) == len(viable):
        # Every pattern lists the others' questions, none answered: the one that labels or numbers them asks them
        # ("### Question 2" over its "####" lines), else the one with the most of them, else the last
        listings.remove(max(listings, key=lambda g: (sum(q.title.labelled or q.title.number is not None
                                                         for q in g.questions), len(g.questions),
                                                     min(q.index for q in g.questions))))
    viable = [g for g in viable if g not in listings]
    asked_from = min((q.index for g in viable for q in g.questions), default=0)
    for listing in listings:
        first = min((q.index for q in listing.questions), default=0)
        if first < asked_from:  # below it, they are asked again
            notes.append(f"left out {_describe(listing)}: a list of questions asked again below, without answers")
        elif first > asked_from and not any(q.index + 1 == first for g in viable for q in g.questions):
            notes.append(f"left out {_describe(listing)}: a recap of questions asked above, without answers")
    spans = {g.pattern: _spans(blocks, lines, g.questions) for g in viable}
    dominated: set[Pattern] = set()
    read: dict[Pattern, bool] = {}
    noted = len(notes)

    def guided(group: _Group) -> bool:
        """Whether most of the group's questions have talking points under them (read once per pattern)."""
        if group.pattern not in read:
            read[group.pattern] = _talking_points_under(blocks, lines, group, spans[group.pattern])
        return read[group.pattern]

    for inner in viable:
        if inner.pattern.kind == "lines":
            continue  # a paragraph of questions, one a line, is no answer's text: it lists questions wherever it is
        for outer in viable:
            if outer is inner or len(spans[outer.pattern][0]) < 2:
                continue
            # (a heading both patterns took, "### Q7: …?" over its "1. **MVCC**" points, is one question: the
            # rest of the inner pattern says whether it lies in the outer one's answers)
            shared = {q.index for q in outer.questions}
            own = [q for q in inner.questions if q.index not in shared] or inner.questions
            inside = _inside(spans[outer.pattern], own)
            back = _inside(spans[inner.pattern], outer.questions)
            if inside >= 0.5 and _second_part(lines, spans[outer.pattern], spans[inner.pattern], inner.questions):
                continue
            if inside >= 0.5 and _sub_numbered(outer) and _sub_numbered(inner):
                continue  # "- 1-0. …" over "1-1. …", "1-2. …": one numbering, the questions of one part
            if inside >= 0.5 and (_one_labelled_series(outer, inner) or _one_marked_series(outer, inner)
                                  or _one_numbered_series(outer, inner) or _one_label_two_ways(outer, inner)):
                continue
            if inside >= 0.5 and _asked_sub_headings(blocks, outer, inner):
                continue
            if (inside >= 0.5 and outer.pattern.kind == "summary" and inner.pattern.kind == "html"
                    and _after_their_boxes(lines, outer.questions, own)):
                continue  # "<p>What are custom elements?</p>" lines between the boxes: questions left unanswered
            if inside >= 0.5 and (back < 0.5 or outer.pattern.rank < inner.pattern.rank) and (
                    outer.strong * 4 >= inner.strong or guided(outer)):
                dominated.add(inner.pattern)
                # "## #7" over "### What is X?": the deeper heading is the question's own text, not left out
                titles = {at for q in outer.questions if q.label_only for at in range(q.index + 1, q.index + 2 + q.fields)}
                if any(q.index not in titles for q in inner.questions):
                    notes.append(f"left out {_describe(inner)}: {inner.strong} inside answers of {_describe(outer)}")
                break
    # Patterns may each lie inside the other's answers (the same question as a heading, an item and a line):
    # then none is left out for the others
    free = [g for g in viable if g.pattern not in dominated]
    if not free:
        free = list(viable)
        del notes[noted:]
    free.sort(key=lambda g: (-g.strong, g.pattern.rank))
    if free[0].pattern.kind == "lines":
        # Bare question lines lead only when they far outnumber every marked-up pattern and stand mostly
        # outside its answers: headings with paragraphs of rhetorical questions in their answers are still a
        # document of headings.
        marked_up = next((g for g in free if g.pattern.kind != "lines" and len(g.questions) >= 2), None)
        if marked_up is not None and (marked_up.strong * LINES_LEAD > free[0].strong or 2 * len(
                _lines_outside_answers(blocks, lines, marked_up, free[0])) <= len(free[0].questions)):
            free.remove(marked_up)
            free.insert(0, marked_up)
    best = free[0]
    chosen = [best]
    answered: bool | None = None  # whether the best pattern's questions have answers, read when needed
    for group in free[1:]:
        labelled = sum(1 for c in group.questions if c.title.labelled and c.strength == QUESTION)
        # A second pattern counts when it labels its questions, is a table under a Question header, or asks
        # often enough with answers (a list of questions without them is follow-ups or a listing) - unless
        # the best pattern's questions have no answers either: then it is more of the same question list.
        # Question lines are never an answer's text (see question_lines), so they join as they are.
        # A box that holds its own answer (a <details> summary, a "??? question" admonition) is written as a
        # question with its answer, however few of them there are.
        boxed = group.pattern.kind in ("summary", "admonition") and _has_answers(blocks, lines, group)
        if group.pattern.kind in _RECAP_KINDS and _recap(blocks, best, group):
            notes.append(f"left out {_describe(group)}: a recap of the questions above")
            continue
        # A line ending in a colon ("**Why teams use it:**", "**Can you explain:**") is a label over the list
        # under it; beside another pattern's questions it does not count as asking.
        asking = sum(1 for c in group.questions if c.strength == QUESTION
                     and (c.title.labelled or not c.title.text.endswith(_COLON_ENDS)))
        # "- 1-0. …" bullets beside the "1-1. …" paragraphs under them: one numbering, however few the bullets
        one_numbering = _sub_numbered(group) and _sub_numbered(best)
        # "# 1. What do you know of Doris?" over its "## 1.1 …?" follow-ups: the questions they follow up
        one_numbering = one_numbering or _asked_sub_headings(blocks, group, best) or _one_marked_series(best, group)
        if labelled * 2 > group.strong or group.pattern.kind in ("table", "lines") or boxed or one_numbering or (
                asking >= min(3 if best.pattern.kind != "lines" else 2, best.strong)
                and asking * 10 >= best.strong
                and (_has_answers(blocks, lines, group)
                     or not (answered if answered is not None else (answered := _has_answers(blocks, lines, best))))):
            chosen.append(group)
        elif asking < group.strong:
            notes.append(f"left out {_describe(group)}: {group.strong - asking} labels ending in a colon, not questions")
        else:
            notes.append(f"left out {_describe(group)} ({group.strong} question-like)")
    for group in viable:
        if group.pattern in dominated and (listed := _questions_listed_in_an_answer(group)):
            # "19、…？" to "50、…？", one a line, nothing under them, in the middle of an answer: questions the
            # writer listed without answers, not that answer's text
            chosen.append(_Group(group.pattern, listed, len(listed), len(listed), 0, questions=listed))
            if len(listed) == group.strong:  # all those said to be left out above
                notes[:] = [note for note in notes if not note.startswith(f"left out {_describe(group)}: ")]
            notes.append(f"took {len(listed)} {_describe(group)} listed one after another without answers, inside "
                         "an answer, as questions (unanswered)")
    chosen += _labelled_headings_besides(blocks, lines, groups, chosen, spans)
    if len(chosen) == 1 and chosen[0].pattern.kind == "h" and (flat := _flat_page_headings(blocks, chosen[0])):
        group = chosen[0]
        chosen = [_Group(group.pattern, group.members, group.strong, group.usable, group.numbered,
                         questions=sorted([*group.questions, *flat], key=lambda c: c.index))]
        notes.append(f"took {len(flat)} {_describe(group)} that do not ask as questions too: every heading of the "
                     "page is of that level, and nearly all of them ask")
    return chosen, notes


LABELLED_BOLD_MIN = 5  # bold questions labelled ("**Q: …**"), and most of them, for the labels to decide


def _unlabelled_colon_lines(blocks: list[Block], group: _Group) -> set[int]:
    """Block indices of ``group``'s bold lines that end in a colon without a question label, where most of its
    questions carry one ("**How Secondary Sort Works:**" among "**Q: Explain secondary sort.**"): the label of a
    part of an answer. A task set so ("**Write a query that finds …:**") is a question the writer left unlabelled,
    unless a list follows it ("**Choose RDS when:**" over the cases)."""
    labelled = sum(1 for c in group.questions if c.title.labelled)
    if labelled < LABELLED_BOLD_MIN or labelled * 2 <= len(group.questions):
        return set()
    return {c.index for c in group.questions if not c.title.labelled and c.title.text.endswith(_COLON_ENDS)
            and (not is_request(c.title.text.rstrip(":："))
                 or c.index + 1 < len(blocks) and blocks[c.index + 1].item is not None)}


FLAT_PAGE_ASKED = 10  # heading questions on a page of headings of one level, for the rest of them to be questions
FLAT_PAGE_SHARE = 0.9  # of those headings that ask, at least
FLAT_PAGE_LAST_WORDS = 4  # words of a prompt after the last question (a CJK character is half a word)


def _flat_page_headings(blocks: list[Block], group: _Group) -> list[Candidate]:
    """The headings a page of questions written as headings of one level leaves out because they do not ask, each
    with something under it ("#### Dynamic way to load stylesheet in angular" among "#### What is CORS ?"): with no
    heading above them to make them topics, and nearly all the others asking, they are prompts. Back matter,
    notes about the page and advice stay out."""
    level = group.pattern.level
    headings = [index for index, block in enumerate(blocks) if block.kind == "heading"]
    taken = {q.index for q in group.questions}
    if (len(taken) < FLAT_PAGE_ASKED or len(taken) == len(headings)
            or any(blocks[index].level != level for index in headings)):
        return []
    found: list[Candidate] = []
    first, last = min(taken), max(taken)
    for index in headings:
        block = blocks[index]
        if (index in taken or index < first or index + 1 >= len(blocks) or blocks[index + 1].kind == "heading"
                or _BACK_MATTER.match(block.text) or _meta_heading(block.text) or advice_heading(plain(block.text))):
            continue  # (the page's title over the first question: no prompt)
        title = read_title(block.text)
        if index > last and len(title.text.split()) + len(CJK_CHAR.findall(title.text)) // 2 < FLAT_PAGE_LAST_WORDS:
            continue  # after the last question, a short heading closes the page ("Summary table", "彩蛋")
        if title.text and title_strength(title) != NOT:
            found.append(Candidate(index, block.start, group.pattern, title, QUESTION, level, block.depth,
                                   body=block.answer_line))
    return found if len(taken) >= FLAT_PAGE_SHARE * (len(taken) + len(found)) else []


QUESTION_LIST_RUN = 10  # questions one after another with nothing under them, for them to be a list of questions


def _questions_listed_in_an_answer(group: _Group) -> list[Candidate]:
    """The longest run of ``group``'s members that are blocks one right after another, each asking with a
    question mark, at least :data:`QUESTION_LIST_RUN` of them: a list of questions left unanswered (an answer's
    follow-ups are a few); empty where there is none."""
    members = sorted(group.questions, key=lambda c: c.index)
    best: list[Candidate] = []
    run: list[Candidate] = []
    for member in members:
        asks = (member.strength == QUESTION and member.title.text.endswith(QUESTION_MARKS) and not member.lead
                and member.answer is None)  # (a recap's "**X？** - short answer" lines answer on their line)
        if asks and run and member.index == run[-1].index + 1:
            run.append(member)
        else:
            run = [member] if asks else []
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= QUESTION_LIST_RUN else []


LABELLED_HEADINGS = 2  # headings labelled as questions, outside every answer, for them to be questions besides


def _labelled_headings_besides(blocks: list[Block], lines: list[str], groups: dict[Pattern, _Group],
                               chosen: list[_Group], spans: dict[Pattern, tuple[list[int], list[int]]]) -> list[_Group]:
    """Headings of a level used mostly for other things, each labelled as a question ("### Question: \"Explain
    REST to a non-technical person\"" in a guide's sample answers, after its lists of questions) and each
    answered, outside the answers of the patterns chosen: questions too, as their label says."""
    found: list[_Group] = []
    for group in groups.values():
        questions = group.questions
        if (group in chosen or group.pattern.kind != "h" or len(questions) < LABELLED_HEADINGS
                or not all(q.title.labelled and q.title.prefix != TASK_PREFIX and q.strength == QUESTION
                           for q in questions)
                or any(_inside(spans[g.pattern] if g.pattern in spans else _spans(blocks, lines, g.questions),
                               questions) > 0 for g in chosen)
                or _answered_share(blocks, lines, group) < 1):
            continue
        found.append(group)
    return found


ANSWERED_LEAD = 4 / 5  # of its questions answered, for a pattern to lead one that asks more but answers few
UNANSWERED_LEAD = 1 / 4  # at most, of the leading pattern's questions answered, for that


def _answered_instead(blocks: list[Block], lines: list[str], free: list[_Group]) -> _Group | None:
    """Where no pattern is mostly questions, one nearly as strong as the leading one whose questions are
    answered, where the leading one's mostly are not ("> \"Our standby lags. What do you do?\"" under each
    scenario, each answered at length, and a closing checklist of more questions than scenarios): the
    document's questions are those it answers."""
    lead = free[0]
    if _answered_share(blocks, lines, lead) > UNANSWERED_LEAD:
        return None
    for group in free[1:4]:
        if (group.pattern.kind != "lines" and group.strong >= 3 and group.strong * 3 >= lead.strong * 2
                and _answered_share(blocks, lines, group) >= ANSWERED_LEAD):
            return group
    return None


def _answered_share(blocks: list[Block], lines: list[str], group: _Group) -> float:
    """The share of a pattern's questions with something written under them."""
    members = group.questions
    return sum(_answered(blocks, lines, members)) / len(members) if members else 0.0


def _one_marked_series(outer: _Group, inner: _Group) -> bool:
    """Whether ``inner``'s headings open with the mark every one of ``outer``'s does ("### ✅ …", now and then
    "#### ✅ …"), each asking: one series of questions at two levels, the deeper ones following up."""
    if outer.pattern.kind != "h" or inner.pattern.kind != "h" or not inner.questions:
        return False
    marks = {q.title.mark for q in outer.questions}
    return (len(marks) == 1 and (mark := next(iter(marks))) != ""
            and all(q.title.mark == mark and q.strength == QUESTION for q in inner.questions))


def _one_labelled_series(outer: _Group, inner: _Group) -> bool:
    """Whether ``inner``'s headings carry the label ``outer``'s questions are written with ("## Q. …" and, now
    and then, "#### Q. …"; "## Q7:" and "#### Q8:"), each asking: one series of questions at two levels, not
    sub-headings of answers. Numbers that repeat the outer ones ("### Q1:" over "#### Q1.1:") are sub-questions.
    """
    if outer.pattern.kind != "h" or inner.pattern.kind != "h" or not inner.questions:
        return False
    prefixes = [q.title.prefix for q in outer.questions if q.title.labelled]
    if not prefixes or len(prefixes) * 2 <= len(outer.questions):
        return False
    label = max(set(prefixes), key=prefixes.count)
    numbers = {q.title.number for q in outer.questions}
    return all(q.title.labelled and q.title.prefix == label and q.strength == QUESTION
               and (q.title.number is None or q.title.number not in numbers) for q in inner.questions)


LABEL_SHARE = 0.9  # of two patterns' questions that must carry one label for them to be one series


def _one_label_two_ways(outer: _Group, inner: _Group) -> bool:
    """Whether a bold line and a labelled paragraph carry one label on their questions ("**Q1. What …?**" and
    "**Q1.** What …", as a chat's answers pasted one after another write them): one series, typed two ways."""
    if {outer.pattern.kind, inner.pattern.kind} != {"bold", "label"}:
        return False
    prefixes = [q.title.prefix for g in (outer, inner) for q in g.questions if q.title.labelled]
    label = max(set(prefixes), key=prefixes.count, default=None)
    return label is not None and all(
        sum(q.title.labelled and q.title.prefix == label for q in g.questions) >= LABEL_SHARE * len(g.questions)
        for g in (outer, inner))


def _one_numbered_series(outer: _Group, inner: _Group) -> bool:
    """Whether ``inner``'s headings each ask and fill a gap in ``outer``'s numbered headings ("## **10. …**", then
    "### **11. …**", then "## **12. …**"): one series typed at two levels, every number once, in order."""
    if outer.pattern.kind != "h" or inner.pattern.kind != "h" or not inner.questions or any(
            q.title.number is None or q.strength != QUESTION for q in inner.questions):
        return False
    if sum(q.title.number is not None for q in outer.questions) < len(outer.questions):
        return False
    numbers = [q.title.number for q in sorted((*outer.questions, *inner.questions), key=lambda q: q.index)]
    return all(before is not None and after is not None and after > before
               for before, after in zip(numbers, numbers[1:], strict=False))


_PART_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3}){1,2}\.?\s")  # "1.1 ", "1.3.1 ": the number of a part's part


def _asked_sub_headings(blocks: list[Block], outer: _Group, inner: _Group) -> bool:
    """Whether ``inner``'s headings go on with ``outer``'s numbered heading questions as follow-ups, each asking
    ("# 1. What do you know of Doris?" over "## 1.1 What is its architecture?" and its own answer): numbered as
    parts of them, and every one of them asks."""
    return (outer.pattern.kind == inner.pattern.kind == "h"
            and sum(_PART_NUMBER.match(blocks[q.index].text) is not None for q in inner.questions) * 2 > len(inner.questions)
            and sum(q.title.number is not None for q in outer.questions) * 2 >= len(outer.questions)
            and all(q.strength == QUESTION for q in inner.questions))


def _sub_numbered(group: _Group) -> bool:
    """Whether most of the group's questions are numbered as sub-questions of a part ("1-3.", "2.4.")."""
    return sum(q.title.prefix == SUB_PREFIX for q in group.questions) * 2 > len(group.questions)


_COLON_ENDS = (":", "：")
_RECAP_KINDS = frozenset(("table", "bullets", "numbered", "lines"))
# "Interview Quick Recall", "Cheat sheet", "Last-minute revision", "Key takeaways", "TL;DR"
_RECAP_HEADING = re.compile(r"\b(?:recall|recap|revision|cheat ?sheets?|quick reference|at a glance|key takeaways|"
                            r"tl;? ?dr|summary table)\b", re.IGNORECASE)


def _recap(blocks: list[Block], best: _Group, group: _Group) -> bool:
    """Whether ``group``'s questions all sit in one section after the last of ``best``'s, under a heading naming
    it a recap ("⚡ Quick Recall" over a table of "Pooling effect?" rows): the questions above in shorthand,
    not more questions."""
    questions = group.questions
    if not questions or not best.questions or questions[0].index <= best.questions[-1].index:
        return False
    heading = next((i for i in range(questions[0].index - 1, best.questions[-1].index, -1)
                    if blocks[i].kind == "heading"), None)
    if heading is None or len(blocks[heading].text) > 120 or _RECAP_HEADING.search(blocks[heading].text) is None:
        return False
    if strength(read_title(blocks[heading].text).text) == QUESTION:
        return False
    return not any(blocks[i].kind == "heading" for i in range(questions[0].index, questions[-1].index))


SECOND_PART = 4  # answered questions of another pattern after the last one of a pattern: a part of their own
MIDDLE_PART = 10  # in the answer of one before the last, most of them over an answer's label
MIDDLE_ANSWER_LINES = 20  # lines under such a question looked at for its label


def _second_part(lines: list[str], spans: tuple[list[int], list[int]], inner: tuple[list[int], list[int]],
                 members: list[Candidate]) -> bool:
    """Whether the ``members`` inside the answers ``spans`` all sit in the last one, after its question, and
    several of them, each with an answer of its own (``inner``: their own spans): the document goes on in
    another pattern ("1. What is X?" … "5. …", then "**What is Y?**" paragraphs). Sub-questions inside
    answers spread over them, and follow-ups come without answers. Many more of them in one answer before
    the last are a part of their own too, between two parts in the first pattern (a chat's transcript: "**1.
    What is X?**" …, then "1. **Which …?**" quizzes, then "**1. …**" again)."""
    starts, ends = spans
    inside = [position for position, m in enumerate(members) if _inside(spans, [m])]
    if len(inside) < SECOND_PART:
        return False
    owner = {bisect.bisect_left(starts, members[p].index) - 1 for p in inside}
    if len(owner) != 1 or owner.pop() < len(starts) - 1 and (len(inside) < MIDDLE_PART or sum(
            1 for p in inside if any(_ANSWER_START.match(lines[i]) for i in range(
                members[p].body, min(inner[1][p], members[p].body + MIDDLE_ANSWER_LINES)))) * 3 < len(inside) * 2):
        return False  # (in the middle, a quiz labels its answers: "1. **Who are the users?** …" are an answer's points)
    answered = sum(1 for p in inside if members[p].answer or members[p].lead
                   or any(lines[i].strip() for i in range(members[p].body, min(inner[1][p], members[p].body + 50))))
    return answered * 3 >= len(inside) * 2


def _listings(blocks: list[Block], lines: list[str], groups: list[_Group]) -> list[_Group]:
    """Patterns that only list questions another pattern asks with answers (a table of contents with
    outside links, a quick-reference list)."""
    titles = {g.pattern: {q.title.text.casefold() for q in g.questions} for g in groups}
    out = []
    for group in groups:
        own = titles[group.pattern]
        if not own or _has_answers(blocks, lines, group):
            continue
        for other in groups:
            if other is not group and (len(own & titles[other.pattern]) * 5 >= len(own) * 3
                                       or _numbered_alike(group.questions, other.questions)):
                out.append(group)
                break
    return out


_WORD = re.compile(r"\w+")
# Words any two questions share ("what is the …"): what two titles have in common besides them is their topic
_ASKING_WORDS = frozenset("what which who why how when where is are was were do does did can could would should will "
                          "the a an of in on to for and or it its this that with by from you your".split())


def _numbered_alike(listed: list[Candidate], asked: list[Candidate]) -> bool:
    """Whether most of the ``listed`` questions are ``asked`` again under the same number, in words much like
    theirs ("**Q22**: What is multi-head attention, and how does it enhance LLMs?" over "## Q22: What is
    multi-head attention?"): a summary list, worded a little differently."""
    by_number = {q.title.number: q for q in asked if q.title.number is not None}
    if len(listed) < LISTED_RUN or not by_number:
        return False
    alike = 0
    for question in listed:
        other = by_number.get(question.title.number)
        if other is None:
            continue
        mine = set(_WORD.findall(question.title.text.casefold())) - _ASKING_WORDS
        theirs = set(_WORD.findall(other.title.text.casefold())) - _ASKING_WORDS
        alike += bool(mine and theirs) and len(mine & theirs) * 2 >= min(len(mine), len(theirs))
    return alike * 5 >= len(listed) * 3


def _has_answers(blocks: list[Block], lines: list[str], group: _Group) -> bool:
    return any(_answered(blocks, lines, group.questions))


def _answered(blocks: list[Block], lines: list[str], members: list[Candidate]) -> Iterator[bool]:
    """For each of ``members`` (in order of their blocks), whether something is written under it."""
    _starts, ends = _spans(blocks, lines, members)
    members = sorted(members, key=lambda c: c.index)
    return (bool(m.answer or m.lead or any(_content(lines[i]) for i in range(m.body, min(e, m.body + 200))))
            for m, e in zip(members, ends, strict=True))


_RULE = re.compile(r"^\s*(?:(?:[-*_]\s*){3,}|(?:<br\s*/?>\s*)+|<hr\s*/?>)\s*$", re.IGNORECASE)


def _content(line: str) -> bool:
    """Whether a line says something: not blank, not a rule or a line break between blocks."""
    return bool(line.strip()) and _RULE.match(line) is None


# A quote wholly in quotation marks: words someone said ('> "Fix a hallucination in this output."')
_QUOTED_PROMPT = re.compile(r'^(?:"[^"]{3,}"|“[^“”]{3,}”)$')
QUOTED_MIN = 3  # quoted prompts that ask before the document's quotes are read as its prompts


def _said_prompts(members: list[Candidate]) -> bool:
    """Whether a document's quotes are the prompts an interviewer says, each in quotation marks: most of the
    quotes that ask are so quoted. Then a quoted prompt that does not ask ('"Code conv2d from scratch."',
    '"A 15% drop shows up. Investigate."') is one too; a quote without quotation marks (an author's note,
    "> **Tip:** …") is still not."""
    asking = [c for c in members if c.strength == QUESTION]
    quoted = sum(1 for c in asking if _QUOTED_PROMPT.match(c.title.text))
    return quoted >= QUOTED_MIN and quoted * 4 >= len(asking) * 3


QUOTED_ASKING = 0.7  # of a document's quotes, the share that ask for it to set its questions so
QUOTED_ASKING_MIN = 10
QUOTED_TOPIC_WORDS = 15  # "> Closures inside a loop with `setTimeout`.": a topic to explain; longer is a note


def _quotes_are_questions(members: list[Candidate]) -> bool:
    """Whether a document sets its questions off as quotes ("> What is a closure?" over its answer): most of its
    quotes ask, and many do. Then a short quote that names a topic asks for it too."""
    asking = sum(c.strength == QUESTION for c in members)
    return asking >= QUOTED_ASKING_MIN and asking >= QUOTED_ASKING * len(members)


def _quoted_topic(blocks: list[Block], candidate: Candidate) -> bool:
    """A one-line quote naming a topic, with something under it (not the next quote), not under an answer's
    label: "> `new F` vs `Object.create`" over its explanation."""
    block = blocks[candidate.index]
    following = blocks[candidate.index + 1] if candidate.index + 1 < len(blocks) else None
    above = blocks[candidate.index - 1] if candidate.index else None
    return ("\n" not in block.text.strip() and len(candidate.title.text.split()) <= QUOTED_TOPIC_WORDS
            and following is not None and following.kind != "heading" and not following.quoted
            and not (above is not None and above.kind == "paragraph" and (label := _ANSWER_START.match(above.text))
                     and not above.text[label.end():].strip(" *_")))


def _under_answer_label(blocks: list[Block], candidate: Candidate) -> bool:
    """Whether the block right above ``candidate`` labels an answer ("Sample answer:" over a quoted reply)."""
    above = blocks[candidate.index - 1] if candidate.index else None
    return above is not None and above.kind == "paragraph" and _ANSWER_START.match(above.text) is not None


SLIPPED_NUMBERS = 2  # numbers a list of questions may skip where one was mistyped, and still go on


LAZY_RUN = 3  # items in a row written with one number, for it to be the list's way of numbering, not a slip


def _shown_numbers(blocks: list[Block], members: list[Candidate]) -> dict[int, int]:
    """The number Markdown shows on each member that is an ordered list's item written with the same number as
    the items around it ("1." for every item, or "24." then "1." "1." "1.", or "2." then "1." "1."): the count
    goes on from the item before; "1." written for a list's first items, up to a "10." that goes on from the
    list before them ending on "4.", counts on from that. Items written with numbers of their own keep them
    (the writer's, where a list runs on unseen)."""
    lists = {item.list_id for c in members if (item := blocks[c.index].item) is not None and item.ordered}
    items: dict[int, list[tuple[int, int]]] = {}  # per list: (block, its written number), in order
    for index, block in enumerate(blocks):
        if (item := block.item) is not None and item.ordered and item.list_id in lists:
            items.setdefault(item.list_id, []).append((index, item.number or 1))
    shown: dict[int, int] = {}
    last = 0  # the number the list before ends on
    for listed in items.values():
        numbers = [number for _index, number in listed]
        lazy = len(set(numbers)) == 1  # (every item written "1.", however few)
        at = 0
        while at < len(numbers):
            run = at + 1
            while run < len(numbers) and numbers[run] == numbers[at]:
                run += 1
            if run - at >= LAZY_RUN or lazy or (at and run - at > 1 and numbers[at] < numbers[at - 1]):
                if at:
                    first = shown.get(listed[at - 1][0], numbers[at - 1]) + 1
                elif run < len(numbers) and numbers[run] - (run - at) == last + 1 > numbers[at]:
                    first = last + 1  # "1." written for the items going on from the list before, up to the "10."
                else:
                    first = numbers[at]
                for offset, (index, _number) in enumerate(listed[at:run]):
                    shown[index] = first + offset
            at = run
        last = shown.get(listed[-1][0], numbers[-1])
    return shown


def _members(group: _Group, blocks: list[Block], *, pinned: bool = False) -> list[Candidate]:
    """The questions of one pattern: its question-like blocks, or a numbered series in sequence.

    A ``pinned`` pattern's blocks are questions even without a question signal.
    """
    members = group.members
    if not group.is_numbered:
        keep_maybe = pinned or group.pattern.kind in ("admonition", "table", "label", "summary", "pre")
        lists, topics = _question_lists(blocks, members) if group.pattern.kind == "bullets" else (set(), set())
        said = _said_prompts(members) if group.pattern.kind == "quote" else False
        quoted_topics = group.pattern.kind == "quote" and _quotes_are_questions(members)
        kept = [c for c in members if c.strength == QUESTION or (said and _QUOTED_PROMPT.match(c.title.text)
                                                             and not _under_answer_label(blocks, c)) or (
            quoted_topics and c.strength == MAYBE and _quoted_topic(blocks, c)) or (
            c.strength == MAYBE and (keep_maybe or _list_of(blocks, c) in lists
                                     or (c.titled and _list_of(blocks, c) in topics)))]
        if group.pattern.kind == "bullets" and (told := _told_lists(blocks, members)):
            kept = [c for c in kept if _list_of(blocks, c) not in told]
        if group.pattern.kind in ("bullets", "bold") and (boxed := _boxed_answers(blocks, members)):
            # Most items each over a "<details>" box of their answer: those items are the questions, asking or
            # not ("A farmer has to cross a river …"); items in a part with no box ("## Tips") are not.
            part = _parts(blocks)
            boxed_parts = {part[c.index] for c in members if c.index in boxed}
            asking = {c.index for c in kept}
            kept = [c for c in members if c.index in boxed or c.index in asking and part[c.index] in boxed_parts]
        if group.pattern.kind == "bullets" and (ruled := _ruled_items(blocks, members)):
            # Entries between rules, each a list of one item over its answer ("***", "* Декораторы", its
            # paragraphs): the items are the entries' titles, asking or naming a topic.
            kept = sorted({c.index: c for c in [*kept, *ruled]}.values(), key=lambda c: c.index)
        labelled = sum(c.title.labelled for c in kept)
        if group.pattern.kind == "bullets" and labelled >= LABELLED_LIST_ITEMS and labelled * 3 >= len(kept) * 2:
            # Items labelled as questions ("- **Question:** What is Hive?") are the list's questions: an item
            # without the label, written as a bold term and what it is, that does not end in "?" names a skill
            # or a feature ("- **Design efficient queries:** knowing how …"), as a course's blurb does.
            kept = [c for c in kept if c.title.labelled or _ends_asking(c.title.text)
                    or not _TERM_ENTRY.match(blocks[c.index].text)]
        return kept
    kept: list[Candidate] = []
    expected: int | None = None
    sub_next: int | None = None  # the next number of a list restarting at 1 inside an answer
    sub_list: int | None = None  # and that list
    scanned, top_since_kept = 0, NON_HEADING  # the highest heading level since the last kept question
    top_text = ""
    last_heading = opening = NON_HEADING  # the level of the latest heading; of the one the series starts under
    prose = False  # paragraphs outside lists under the last kept question, before any heading
    runs = [0]  # where in ``kept`` each run of numbers starting again at 1 begins
    lists = _top_lists(blocks, members)
    inner_until = 0  # the members before this position are a list inside an answer (see _inner_list_end)
    # "1." over each question, each in a list of its own (the answer under it, indented too little, ends the
    # list): an item that asks is the next question, not a sub-list's first
    items_of: dict[int, list[int]] = {}  # per list: its items' numbers
    for member in members:
        if member.in_item and member.title.number is not None and (list_of := _list_of(blocks, member)) is not None:
            items_of.setdefault(list_of, []).append(member.title.number)
    shown_numbers = _shown_numbers(blocks, members)
    ones = sum(numbers == [1] for numbers in items_of.values())
    ones_only = ones >= LAZY_LISTS and ones * 3 >= len(items_of) * 2
    for position, candidate in enumerate(members):
        for index in range(scanned, candidate.index):
            if blocks[index].kind == "heading":
                if blocks[index].level <= top_since_kept:
                    top_text = blocks[index].text  # the highest heading since the last kept question
                top_since_kept = min(top_since_kept, blocks[index].level)
                last_heading = blocks[index].level
            elif blocks[index].kind == "paragraph" and blocks[index].item is None and top_since_kept == NON_HEADING:
                prose = True
        scanned = max(scanned, candidate.index + 1)
        number = candidate.title.number
        if number is None and candidate.strength == QUESTION and kept and (
                group.pattern.kind == "h" or candidate.title.labelled and kept[-1].title.labelled
                or _new_table(blocks, candidate, kept[-1]) or blocks[candidate.index].kind == "row" and (
                    kept[-1].title.number is None and blocks[kept[-1].index].kind == "row")
                or group.pattern.kind == "bold" and _opens_section_as(blocks, candidate, kept[-1])):
            # A heading that asks at the level of the numbered ones, once they have begun, is a question of its
            # own ("## When to use what?" after "## 12. …"): a heading at that level ends any answer above it.
            # Before the series it is the introduction's ("### Who is this for?"). So is a question labelled as
            # the series' are, without its number ("**Q: …**" after "**Q6: …**"): the label says it asks. And a
            # bold question opening a section as the last one did, right under a heading as high ("## 12. Block
            # templates:" over "**Describe …**" after "## Gutenberg:" over "**11. Explain …**").
            kept.append(candidate)
            continue
        list_id = _list_of(blocks, candidate)
        if number is not None and list_id is not None and candidate.index in shown_numbers:
            # "1." written for every item of a list, or for a run of them (Markdown numbers them in order): read
            # as the number shown
            number = shown_numbers[candidate.index]
        if number is None or candidate.strength == NOT or position < inner_until:
            continue
        strong = candidate.strength == QUESTION
        if ones_only and strong and number == 1 and expected is not None and items_of.get(list_id) == [1]:
            number = expected
        if not strong and number == sub_next and list_id is not None and list_id == sub_list:
            sub_next = number + 1  # the sub-list inside an answer goes on ("2. **Algorithm-level**:" after "1. …")
            continue
        if number == 1 and (candidate.in_item or group.pattern.kind == "bold") and expected not in (None, 1) and (
                top_since_kept == NON_HEADING and (inner := _inner_list_end(members, position, expected)) > position):
            # a list inside the answer above (or its bold points, "**1. Caching:**" under "**7. How …?**"): the
            # numbering above resumes after it
            inner_until = inner
            continue
        if expected is None or number == expected or (number > expected and strong):
            expected = (candidate.title.through or number) + 1  # (after "22–23.", 24)
        elif (expected < number <= expected + SLIPPED_NUMBERS and kept and list_id is not None
              and list_id == _list_of(blocks, kept[-1]) and candidate.depth == kept[-1].depth):
            expected = number + 1  # an item of the questions' own list after a number that slipped ("3." for 83)
        elif (len(kept) >= 2 and number - 1 in (kept[-1].title.number, kept[-2].title.number) and list_id is not None
              and list_id == _list_of(blocks, kept[-1]) and candidate.depth == kept[-1].depth):
            expected = number + 1  # after a question numbered out of turn ("13.", "23.", "14."): the count goes on
        elif number == 1 and kept and (top_since_kept <= min(kept[-1].level, 6) and (
                strong or (candidate.in_item and kept[-1].in_item and (top_since_kept <= opening or not prose))
                or group.pattern.kind == "h" and top_since_kept <= opening and (
                    _DECLARES.search(top_text) is not None or len(runs) >= PARTS_NUMBERED_AFRESH))
                or strong and group.pattern.kind == "h" or strong and _new_sub_list(blocks, candidate, kept[-1])
                or strong and _new_table(blocks, candidate, kept[-1])
                or strong and _under_a_part_label(blocks, candidate)
                or strong and _after_a_separator(blocks, candidate)
                or strong and _titled_list(blocks, lists, candidate, expected)):
            # Numbering starts again in a new section. Items that do not ask start it only under a heading as
            # high as the one the series began under (one that says it holds questions, or after parts that
            # numbered their questions afresh already), or right after a list: under a deeper heading within
            # the prose of an answer they are its sub-items ("5. What is MLE?", its prose, "### Framework",
            # "1. **Likelihood:**"). A heading that asks starts it wherever it is: a heading of the questions'
            # own level ends every answer above it, so it cannot be a sub-item (parts set off by a bold label).
            expected = 2
            runs.append(len(kept))
        elif (number == 1 and kept and group.pattern.kind == "bold" and top_since_kept <= opening
              and len(runs) >= PARTS_NUMBERED_AFRESH):
            # Bold items numbered afresh under a heading as high as the series' first, after parts that numbered
            # their questions so already ("### 二、链表" over "**1.反转**" and its hints, as "### 一、TCP" was over
            # "**1.TCP和UDP的区别？**"): that part's questions, asked or named
            expected = 2
            runs.append(len(kept))
        elif strong and candidate.title.labelled:
            pass  # "Q1:" twice is a slip, not a sub-list
        elif number == 1 or number == sub_next:
            sub_next, sub_list = number + 1, list_id
            continue
        elif not strong and group.pattern.kind == "h" and candidate.title.prefix == "n." and kept and (
                top_since_kept >= kept[-1].level):
            expected = number + 1  # "### 47. …" after "### 16. …", no heading between: the writer's numbers jumped
        elif not strong:
            continue
        if not kept:
            opening = last_heading
        kept.append(candidate)
        sub_next, prose = None, False
        top_since_kept = NON_HEADING
    if kept and group.pattern.kind == "h" and (before := _declared_before(blocks, members, kept[0])):
        kept = [*before, *kept]
        runs = [0, *(run + len(before) for run in runs[1:])]
    return _without_term_runs(blocks, kept, runs)


PARTS_NUMBERED_AFRESH = 2  # parts whose heading questions are numbered from 1, for the next part's to be so too


def _inner_list_end(members: list[Candidate], first: int, expected: int) -> int:
    """Where a list numbered from 1 again inside an answer ends, when the numbering above resumes right after it
    ("Steps:" over "1. What was the situation?", "2. What was your task?", then "2. Why do you want to work
    here?", "3. …"): the position of the member that resumes it. Its items are the answer's, though they ask.
    Else ``first``: the list may be a new round. The numbering above must go on for two items, or for one with
    a list like this under it: one alone could be a slip."""
    at, number = first, 1
    while at < len(members) and members[at].in_item == members[first].in_item and members[at].title.number == number:
        at, number = at + 1, number + 1
    resumes = (number > 2 and at + 1 < len(members) and members[at].title.number == expected
               and members[at + 1].title.number in (expected + 1, 1))
    return at if resumes else first


LABELLED_LIST_ITEMS = 3  # items labelled as questions for the label to mark a list's questions
LAZY_LISTS = 3  # lists of items all numbered "1." for the document to be numbered so throughout

DECLARED_BEFORE = 2  # headings that ask, in a part that says it holds questions, before a numbered series


def _declared_before(blocks: list[Block], members: list[Candidate], first: Candidate) -> list[Candidate]:
    """Headings at the series' level that ask, before its first question, in a part that says it holds
    questions, beside the part the series is in ("## Easy questions" over "#### What is …?" twice, then "## Hard
    questions" over "#### 1. …"): a first part written without numbers. Elsewhere before the series an asking
    heading is the introduction's ("### Who is this for?"), as it is under "## About these questions" or an FAQ."""
    asking = [c for c in members if c.index < first.index and c.title.number is None and c.strength == QUESTION]
    if len(asking) < DECLARED_BEFORE:
        return []
    at = {c.index: c for c in asking}
    parts: list[tuple[Candidate, int, list[str]]] = []  # (question, level of its part's heading, headings over it)
    stack: list[tuple[int, str]] = []  # the headings over the block reached, levels rising from the top
    for index in range(first.index + 1):
        block = blocks[index]
        if block.kind != "heading":
            continue
        over = [(level, text) for level, text in reversed(stack) if level < block.level]
        if index == first.index:
            if not over:
                return []
            series_part = over[0][0]
            break
        if (candidate := at.get(index)) is not None and over:
            parts.append((candidate, over[0][0], [text for _level, text in over]))
        while stack and stack[-1][0] >= block.level:
            stack.pop()
        stack.append((block.level, block.text))
    else:
        return []
    declared = [candidate for candidate, level, titles in parts if level == series_part and _DECLARES.search(titles[0])
                and not any(_RECAP_HEADING.search(t) or advice_heading(t) or _meta_heading(t) or _candidate_asks(t)
                            or _BACK_MATTER.match(t) or _ABOUT_THE_DOCUMENT.search(t) for t in titles)]
    return declared if len(declared) >= DECLARED_BEFORE else []


# A part about the document itself, though it names questions: "## About these interview questions", an FAQ
_ABOUT_THE_DOCUMENT = re.compile(r"\b(?:faqs?|frequently asked|about (?:this|these|the)\b|this (?:guide|repo|repository"
                                 r"|list|document|course|book))", re.IGNORECASE)


def _new_sub_list(blocks: list[Block], candidate: Candidate, last: Candidate) -> bool:
    """Whether ``candidate`` opens another nested list at the depth of ``last``'s, after something shallower: the
    sub-questions of the next topic item ("4. Feature selection." over "1. Why …?", then "5. k-means." over
    "1. How …?"), or of the same item after an image."""
    block, before = blocks[candidate.index], blocks[last.index]
    return (candidate.in_item and last.in_item and block.depth == before.depth >= 2
            and _list_of(blocks, candidate) != _list_of(blocks, last)
            and any(blocks[i].depth < block.depth for i in range(last.index + 1, candidate.index)))


def _under_other_label(blocks: list[Block], candidate: Candidate) -> bool:
    """Whether the line right over ``candidate``'s list is a short label that names no questions ("Setup:",
    "Cara Instalisasi :"): steps or notes, where another part is labelled as questions."""
    if not candidate.in_item or candidate.index == 0 or (above := blocks[candidate.index - 1]).kind != "paragraph":
        return False
    line = above.text.rsplit("\n", 1)[-1].strip()
    return (len(line) <= SECTION_TITLE_CHARS and line.rstrip(" *_").endswith((":", "："))
            and _QUESTIONS_SECTION.match(line) is None and strength(read_title(line).text) != QUESTION)


# a line that only separates ('"==========="', "= = = =": equals signs, one space at most between them, and
# no word), written where a plain text starts a new part
_SEPARATOR_LINE = re.compile(r"^[^\w=]*+(?:=\s?+){3,}+[^\w=]*+$")


def _after_a_separator(blocks: list[Block], candidate: Candidate) -> bool:
    """Whether a rule or a line of separators is right over ``candidate`` (a question numbered 1 again): the
    numbering starts again in a new part."""
    if candidate.index == 0:
        return False
    above = blocks[candidate.index - 1]
    return above.kind == "hr" or above.kind == "paragraph" and _SEPARATOR_LINE.match(above.text) is not None


def _under_a_part_label(blocks: list[Block], candidate: Candidate) -> bool:
    """Whether the line right over ``candidate`` names a part of questions ("Technical Questions" over "1. How
    would you …?"): a plain text's heading, written without markup, where the numbering starts again."""
    block = blocks[candidate.index]
    if candidate.line > block.start:
        above = block.text.split("\n")[candidate.line - block.start - 1]
    elif candidate.index > 0 and blocks[candidate.index - 1].end == block.start:
        above = blocks[candidate.index - 1].text.rsplit("\n", 1)[-1]
    elif candidate.index > 0 and _captioned_part(blocks[candidate.index - 1]):
        return True  # "**In-depth questions**: These help an employer …" over the part, a line apart
    else:
        return False
    return len(above) <= SECTION_TITLE_CHARS and _QUESTIONS_SECTION.match(above.strip()) is not None


_BOLD_PART = re.compile(r"^(?:\*\*|__)([^*_\n]{1,80})(?:\*\*|__)")  # the bold name opening a part's caption
_QUESTIONS_ABOUT = re.compile(r"^\W*questions\s+(?:about|on|for|in|to)\b", re.IGNORECASE)  # "Questions about …"


BOXED_MIN = 3  # items over a "<details>" box for the boxes to mark the questions


def _boxed_answers(blocks: list[Block], members: list[Candidate]) -> set[int]:
    """The blocks of ``members`` right over a ``<details>`` box, where most members are (at least
    :data:`BOXED_MIN`); else none."""
    boxed = {c.index for c in members if c.index + 1 < len(blocks) and blocks[c.index + 1].kind == "html"
             and blocks[c.index + 1].text.lstrip()[:8].lower() == "<details"}
    return boxed if len(boxed) >= BOXED_MIN and len(boxed) * 3 >= len(members) * 2 else set()


RULED_MIN = 6  # entries between rules, each a list of one item, for the items to be the entries' titles


def _ruled_items(blocks: list[Block], members: list[Candidate]) -> list[Candidate]:
    """The ``members`` that are each the only item of a list at the margin, right under a rule and over text
    outside the list (see :func:`_list_ended`), where there are at least :data:`RULED_MIN` of them and a third
    of them ask; else none."""
    ruled = [c for c in members if c.in_item and c.depth == 1 and c.index > 0 and blocks[c.index - 1].kind == "hr"
             and c.index + 1 < len(blocks) and _list_ended(blocks[c.index + 1], _list_of(blocks, c))]
    asking = sum(1 for c in ruled if c.strength == QUESTION)
    return ruled if len(ruled) >= RULED_MIN and asking * 3 >= len(ruled) else []


def _list_ended(block: Block, list_id: int | None) -> bool:
    """Whether ``block``, right after an item of list ``list_id``, is past that list: text at the margin, or a
    list of its own there (not a rule, which would leave the item alone with nothing under it)."""
    if block.kind == "hr":
        return False
    return not block.depth or block.depth == 1 and block.item is not None and block.item.list_id != list_id


MARKED_QUESTIONS_MIN = 5  # items of one marker that ask, beside another marker's that answer them


def _asking_marker(blocks: list[Block], members: list[Candidate]) -> list[Candidate]:
    """The ``members`` less the lists, written with another bullet marker than the items that ask ("* …?"), that
    start right under such an item and mostly end in no question mark: those lists are the answers, their
    bullets indented too little to nest ("How Fourier transforms work." answers). Empty where the markers tell
    nothing apart."""
    by_marker: dict[str, list[Candidate]] = {}
    for member in members:
        if member.in_item and (item := blocks[member.index].item) is not None:
            by_marker.setdefault(item.marker, []).append(member)
    if len(by_marker) != 2:
        return []
    (first, one), (_second, other) = sorted(by_marker.items(), key=lambda entry: -sum(
        c.strength == QUESTION for c in entry[1]) / len(entry[1]))
    asks = sum(1 for c in one if c.strength == QUESTION)
    if asks < MARKED_QUESTIONS_MIN or asks * 3 < len(one) * 2:
        return []
    lists: dict[int, list[Candidate]] = {}
    for c in other:
        lists.setdefault(blocks[c.index].item.list_id, []).append(c)
    answers = {list_id for list_id, items in lists.items()
               if items[0].index and (above := blocks[items[0].index - 1].item) is not None and above.marker == first
               and sum(1 for c in items if _ends_asking(c.title.text)) * 4 <= len(items)}
    if len(answers) * 2 < len(lists) or len(answers) < MARKED_QUESTIONS_MIN:
        return []
    return [c for c in members if not (c.in_item and blocks[c.index].item.list_id in answers)]


def _parts(blocks: list[Block]) -> list[int]:
    """For each block, the block of the nearest heading over it (-1 where none is)."""
    part, nearest = [], -1
    for at, block in enumerate(blocks):
        part.append(nearest)
        nearest = at if block.kind == "heading" else nearest
    return part


def _opens_section_as(blocks: list[Block], candidate: Candidate, last: Candidate) -> bool:
    """Whether ``candidate`` opens a section right under its heading, as ``last`` does, under a heading as high."""
    over, last_over = candidate.index - 1, last.index - 1
    return (over >= 0 and last_over >= 0 and blocks[over].kind == "heading" and blocks[last_over].kind == "heading"
            and blocks[over].level <= blocks[last_over].level)


def _new_table(blocks: list[Block], candidate: Candidate, last: Candidate) -> bool:
    """Whether ``candidate`` is the first row of a table after the one ``last`` is in: a table of its own, under a
    header row of its own, is a part of its own (one a ``<details>`` box, "▸ Moderate questions")."""
    block = blocks[candidate.index]
    return (block.kind == "row" and blocks[last.index].kind == "row" and candidate.index > 0
            and (blocks[candidate.index - 1].kind != "row" or blocks[candidate.index - 1].end < block.start))


@dataclass(slots=True)
class _TopList:
    """A top-level list holding members of a numbered pattern: how many, how many ask, and the number of the
    first member after its last one (None at the end)."""

    held: int = 0
    asking: int = 0
    next_number: int | None = None
    last_number: int | None = None
    steady: bool = True  # its numbers count up one by one (or are all written "1.")
    leading: int = 0  # how many of its first members ask, one after another


def _top_lists(blocks: list[Block], members: list[Candidate]) -> dict[int, _TopList]:
    """The top-level lists holding ``members``, by list. A list whose numbering the next one goes on with, after
    an answer's bullets written at the left margin broke it ("2. Name the rules." over "- Only at the top level",
    then "3. Why …?"), is one list with it."""
    lists: dict[int, _TopList] = {}
    last: _TopList | None = None
    for member in members:
        list_id = _list_of(blocks, member) if member.in_item and blocks[member.index].depth == 1 else None
        if (last is not None and list_id is not None and list_id not in lists and last.held
                and _counts_on(last.last_number, member.title.number) and member.title.number != 1):
            lists[list_id] = last
        if last is not None and (list_id is None or lists.get(list_id) is not last):
            last.next_number = member.title.number  # the first member after the list (overwritten if it goes on)
        if list_id is None:
            last = None
            continue
        last = lists.setdefault(list_id, _TopList())
        number = member.title.number
        if last.held and not _counts_on(last.last_number, number):
            last.steady = False  # "1. 2. 3." then "2." again: the numbering above goes on in the same list
        last.leading += member.strength == QUESTION and last.leading == last.held
        last.held += 1
        last.asking += member.strength == QUESTION
        last.next_number, last.last_number = None, number
    return lists


def _counts_on(before: int | None, number: int | None) -> bool:
    """Whether ``number`` follows ``before`` in a list: the next one, or "1." again where every item is "1."."""
    return before is not None and number is not None and (number == before + 1 or number == before == 1)


TITLED_LIST_MIN = 3  # questions in a list under a title line for it to be a round of its own
TITLED_LIST_ASKING = 0.9  # of them that ask


def _titled_list(blocks: list[Block], lists: dict[int, _TopList], candidate: Candidate, expected: int | None) -> bool:
    """Whether ``candidate`` opens a top-level list of questions, nearly all asking, under a line of its own that
    titles it ("Interview Test for a Senior Engineer", "Round 2:"), after which the numbering above does not go
    on (``expected``, its next number): a new part numbered from 1 again, not sub-items of the answer above
    ("Steps:" over "1. What was the situation?", then "2. Why do you want to work here?")."""
    block = blocks[candidate.index]
    if not candidate.in_item or block.depth != 1 or candidate.index == 0:
        return False
    above = blocks[candidate.index - 1]
    line = above.text.strip()
    introduces = line.rstrip(" *_").endswith((":", "："))  # "Ten questions for a network engineer with …:"
    if above.kind != "paragraph" or above.depth or "\n" in line or (
            len(line.split()) > (INTRO_WORDS if introduces else PART_TITLE_WORDS)) or (
            line.rstrip(" *_").endswith((".", "!", "?"))):
        return False
    list_id = _list_of(blocks, candidate)
    found = lists.get(list_id) if list_id is not None else None
    # Nearly all ask, or the first few do and most: a round whose later items set a scene in code and ask under it
    return (found is not None and found.steady and found.held >= TITLED_LIST_MIN and found.next_number != expected
            and (found.asking >= TITLED_LIST_ASKING * found.held
                 or found.leading >= TITLED_LIST_MIN and found.asking * 3 >= found.held * 2))


# "**Resume screening**: …", "1️⃣ **Think scale** → …" (a keycap number stays in a paragraph's text)
_TERM_ENTRY = re.compile(r"^(?:(?:[0-9]\ufe0f?\u20e3|\U0001f51f)+\s*)?(?:\*\*|__)[^*_\n]{1,120}"
                         r"(?::(?:\*\*|__)|(?:\*\*|__)\s*(?::|→|->|—|–))")


def _without_term_runs(blocks: list[Block], kept: list[Candidate], runs: list[int]) -> list[Candidate]:
    """``kept`` without its runs (numbered from 1 again under their own heading) that do not ask and mostly
    name a term with what it is ("1. **Resume screening**: a first filter", "2. **Think aloud**: …"): steps or
    tips listed between sections of questions, not questions. Runs of bare topics ("1. Beam search") stay."""
    if len(runs) < 2:
        return kept
    bounds = [*runs, len(kept)]
    spans = [kept[start:end] for start, end in zip(bounds, bounds[1:], strict=False)]
    if not any(c.strength == QUESTION for span in spans for c in span):
        return kept
    titled = any(_under_a_part_label(blocks, span[0]) for span in spans)
    out: list[Candidate] = []
    for span in spans:
        if titled and not any(c.strength == QUESTION for c in span) and _under_other_label(blocks, span[0]):
            continue  # "Cara Instalisasi :" over "1. clone project", beside "Knowledge Questions :" over questions
        entries = [c for c in span if _TERM_ENTRY.match(blocks[c.index].text)]
        # An entry asks only with a question mark: "**Encode**: Run the model. Take the hidden states." reads
        # as a request after its setting, but it says what a step does.
        asking = [c for c in span if c.strength == QUESTION and (c.title.labelled or c.title.text.endswith(QUESTION_MARKS)
                                                                 or not _TERM_ENTRY.match(blocks[c.index].text))]
        if asking or len(entries) * 3 < len(span) * 2:
            requests = sum(c.strength == QUESTION for c in span)
            if (requests * 3 > len(span) or any(c.title.text.endswith(QUESTION_MARKS) for c in span)
                    or (heading := _asking_heading_over(blocks, span[0])) is None):
                out.extend(span)
            else:
                # "## How do you optimize a React app?" over "**Techniques:**" and "1. Code splitting": the
                # heading asks, the list that asks nothing is its answer
                title = read_title(blocks[heading].text)
                out.append(Candidate(heading, blocks[heading].start, pattern_of("h", blocks[heading].level), title,
                                     QUESTION, level=blocks[heading].level, body=blocks[heading].end))
    return out


def _asking_heading_over(blocks: list[Block], first: Candidate) -> int | None:
    """The heading right above a list (short lines such as "**Techniques:**" or a source note between them at
    most), where it asks with a question mark; else None."""
    at = first.index - 1
    while at >= max(0, first.index - 3) and blocks[at].kind == "paragraph" and blocks[at].item is None and len(
            blocks[at].text) <= 80 and "\n" not in blocks[at].text and not blocks[at].text.rstrip(" *_").endswith(
            QUESTION_MARKS):
        at -= 1
    if at < 0 or blocks[at].kind != "heading" or not blocks[at].text.rstrip(" *_").endswith(QUESTION_MARKS):
        return None
    return at if title_strength(read_title(blocks[at].text)) == QUESTION else None


def _list_of(blocks: list[Block], candidate: Candidate) -> int | None:
    item = blocks[candidate.index].item
    return item.list_id if item is not None else None


def _question_lists(blocks: list[Block], members: list[Candidate]) -> tuple[set[int | None], set[int | None]]:
    """Lists whose items are nearly all questions: their other items are questions too ("Code a …"); and
    lists of topics, nearly all of whose items are a bold title with its answer under it ("- **LoRA**" and a
    paragraph or a link): each topic is a question."""
    counts: dict[int | None, list[int]] = {}
    for member in members:
        count = counts.setdefault(_list_of(blocks, member), [0, 0, 0])
        count[0] += member.strength == QUESTION
        count[1] += member.strength >= MAYBE
        count[2] += member.titled and member.strength >= MAYBE
    questions = {key for key, (strong, usable, _) in counts.items()
                 if key is not None and strong >= 3 and strong * 3 >= usable * 2}
    topics = {key for key, (_, usable, titled) in counts.items() if key is not None and titled and titled * 3 >= usable * 2}
    if sum(counts[key][2] for key in topics) < 3:
        topics = set()  # one or two such items are a note or a glossary entry, not the document's pattern
    return questions, topics


TITLED_SHARE = 0.8  # of the headings with a labelled question under them, for the headings to be its titles
SETTING_WORDS = 40  # a paragraph between a heading and its "Question:" that sets the scene, not teaches


def _labelled_under_headings(blocks: list[Block], lines: list[str], headings: _Group,
                             labels: _Group) -> list[Candidate] | None:
    """"### Problem 1: Basic probability" over "**Question**: A bag holds …?" under nearly every heading: the
    labelled paragraphs are the questions and the headings their titles. The questions, in order: the
    labelled ones, and the headings without one under them."""
    if sum(1 for q in headings.questions
           if strength(read_title(blocks[q.index].text).text) == QUESTION) * 5 > len(headings.questions):
        return None  # headings that ask in their own words are the questions; a "Question:" under them a follow-up
    starts, ends = _spans(blocks, lines, headings.questions)
    under: dict[int, list[Candidate]] = {}
    outside = 0
    for label in labels.questions:
        at = bisect.bisect_right(starts, label.index) - 1
        if at >= 0 and label.line < ends[at]:
            under.setdefault(at, []).append(label)
        else:
            outside += 1
    if len(under) < TITLED_SHARE * len(starts) or outside * 2 > len(labels.questions):
        return None
    for at, asked in under.items():
        first = asked[0]
        between = [blocks[i] for i in range(starts[at] + 1, first.index)]
        if len(between) == 1 and between[0].kind == "paragraph" and between[0].item is None and (
                len(between[0].text.split()) <= SETTING_WORDS):
            # "A card is drawn from a shuffled deck." over "**Question**: Is it a king or a heart?": the setting
            setting = " ".join(between[0].text.split())
            title = first.title
            first.title = Title(f"{setting} {title.text}", title.number, title.prefix, title.labelled, title.mark)
    ordered = sorted(headings.questions, key=lambda c: c.index)
    kept = [heading for at, heading in enumerate(ordered) if at not in under]
    return sorted([*labels.questions, *kept], key=lambda c: (c.index, c.line))


def _numbered_sections(blocks: list[Block], lines: list[str], groups: dict[Pattern, _Group],
                       chosen: list[_Group]) -> _Group | None:
    """Headings numbered one after another ("#### 8. `view()` vs `copy()`: Memory Implications", the numbers
    starting again from 1 in a later part), asking or naming a task, where the questions chosen so far all lie in
    their sections, at most one in each and right under its heading ("* **Question**: If `b = a[0:5]`, …?"), and
    some sections hold none:
    each heading is a question, what is asked under it its statement. None where no heading level is so."""
    questions = [q for group in chosen for q in group.questions]
    if not questions or any(group.pattern.kind == "h" for group in chosen):
        return None
    for group in groups.values():
        members = sorted(group.members, key=lambda c: c.index)
        if (group.pattern.kind != "h" or len(members) < ITEMS_MIN or len(members) <= len(questions)
                or any(c.strength == NOT for c in members) or not _numbered_on(members)):
            continue
        starts, ends = _spans(blocks, lines, members)
        held: set[int] = set()
        for question in questions:
            at = bisect.bisect_right(starts, question.index) - 1
            if at < 0 or question.line >= ends[at] or at in held or any(
                    blocks[i].kind == "heading" for i in range(starts[at] + 1, question.index)):
                break  # (a question under a sub-heading of the section is one of a topic's, "#### Example Question:")
            held.add(at)
        else:
            # a part numbered afresh whose sections hold none of those questions is another part's ("## Enhancement
            # pattern" over "### 1. **More detailed answers**"), not more questions
            runs: list[list[int]] = []
            for at, member in enumerate(members):
                if member.title.number == 1 or not runs:
                    runs.append([])
                runs[-1].append(at)
            kept = [members[at] for run in runs if held.intersection(run) for at in run]
            if len(kept) <= len(questions):
                continue
            return _Group(group.pattern, kept, sum(1 for c in kept if c.strength == QUESTION), len(kept),
                          len(kept), questions=kept)
    return None


def _numbered_on(members: list[Candidate]) -> bool:
    """Whether every member is numbered, each the number after the one before or 1 again (a new part)."""
    last = 0
    for member in members:
        number = member.title.number
        if number is None or number not in (last + 1, 1):
            return False
        last = number
    return True


def _talking_points_under(blocks: list[Block], lines: list[str], outer: _Group, spans: tuple[list[int], list[int]]) -> bool:
    """Whether most questions of ``outer`` have talking points under them ("## 1. What is SHAP?" over five "- Explain
    …", "- Discuss …" bullets): the bullets are what to cover, however many, not questions of their own."""
    starts, ends = spans
    texts = ["\n".join(lines[blocks[start].end:end]) for start, end in zip(starts, ends, strict=True)]
    return sum(talking_points(texts)) * 2 > len(texts)


def _after_their_boxes(lines: list[str], boxed: list[Candidate], others: list[Candidate]) -> bool:
    """Whether each of ``others`` stands after the ``<details>`` box of the ``boxed`` question before it has
    closed (or before any). One pass over the lines, each read once."""
    starts = sorted(q.line for q in boxed)
    at = -1  # the boxed question last passed
    depth = 0  # boxes open since its line
    line = 0
    for other in sorted(others, key=lambda c: c.line):
        while line < other.line:
            if at + 1 < len(starts) and starts[at + 1] == line:
                while at + 1 < len(starts) and starts[at + 1] == line:
                    at += 1
                depth = 0 if _DETAILS_OPEN.search(lines[line]) else 1  # (the box opened on the line above)
            if "details" in lines[line]:
                depth += len(_DETAILS_OPEN.findall(lines[line])) - len(_DETAILS_CLOSE.findall(lines[line]))
            line += 1
        if at >= 0 and depth > 0:
            return False
    return True


def _spans(blocks: list[Block], lines: list[str], members: list[Candidate]) -> tuple[list[int], list[int]]:
    """Block indices and answer end lines of ``members`` taken alone."""
    ordered = sorted(members, key=lambda c: c.index)
    return [c.index for c in ordered], _ends(blocks, lines, ordered)


def _ends(blocks: list[Block], lines: list[str], questions: list[Candidate], start: int = 0) -> list[int]:
    """The line each question's answer ends before. ``start``: a heading (or 0) before the first question and
    after every heading above it but that one, where the look for the heading each question sits under starts."""
    subsections = subsection_levels(blocks, questions)
    ends: list[int] = []
    scanned, section = start, NON_HEADING  # blocks read for the heading each question sits under; its level
    for position, question in enumerate(questions):
        stop = questions[position + 1].index if position + 1 < len(questions) else len(blocks)
        if question.answer is not None and question.pattern.kind != "admonition":
            ends.append(question.body)
        else:
            while scanned < question.index:
                if blocks[scanned].kind == "heading":
                    section = blocks[scanned].level
                scanned += 1
            end = answer_end(blocks, lines, question, stop, subsections, section)
            if stop < len(blocks) and questions[position + 1].split and end in (-1, blocks[stop].start):
                end = questions[position + 1].line  # the next question's paragraph opens with this answer's lines
            end = len(lines) if end < 0 else end
            block = blocks[question.index]
            if block.fenced and block.start and lines[block.start - 1].lstrip()[:3] in ("```", "~~~"):
                end = min(end, block.end)  # text kept in a fence: its closing fence is no answer's
            ends.append(end)
    return ends


def _inside(spans: tuple[list[int], list[int]], members: list[Candidate]) -> float:
    """The share of ``members`` whose block lies inside one of the answers ``spans``."""
    starts, ends = spans
    if not members:
        return 0.0
    count = 0
    for member in members:
        at = bisect.bisect_left(starts, member.index) - 1
        if at >= 0 and starts[at] != member.index and member.line < ends[at]:
            count += 1
    return count / len(members)


# A field that describes the question under a "### Question 530" label, not the question: an exam bank's metadata
_FIELD = re.compile(r"^\s*(?:\*\*|__)?\s*(?:question\s+)?(?:type|topics?|difficulty|level|category|categories|tags?|"
                    r"domain|section|objective|points|marks|time(?:\s+limit)?|source|company|frequency|subject|skills?|"
                    r"area|format|id|status|weight|exam|module|chapter|role|seniority|asked\s+(?:in|at|by)|"
                    r"类型|题型|标签|难度|分类|考点|知识点|来源|频率|出处)"
                    r"\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*[^?？\n]{1,60}$", re.IGNORECASE)
FIELD_BLOCKS = 2  # paragraphs of such fields looked past


def _asked_below(blocks: list[Block], index: int) -> bool:
    """Whether the block after ``index`` is a paragraph whose first line asks, or leaves a blank to fill in
    ("Tudo em Javascript é ...")."""
    if index + 1 >= len(blocks) or (below := blocks[index + 1]).kind != "paragraph" or below.item is not None:
        return False
    first = below.text.split("\n", 1)[0].strip()
    return first.endswith(_BLANK_ENDS) or strength(read_title(first).text) == QUESTION


# (a Chinese prompt left open after "is": "以下代码的输出内容为", the output of the code below is …)
_BLANK_ENDS = ("...", "…", BLANK, "为", "為", "是")


def _label_title(blocks: list[Block], lines: list[str], candidate: Candidate) -> Candidate | None:
    """"**Question 3**" alone: the question is the paragraph after it (None when there is none), or the code
    under it."""
    following = candidate.index + 1
    if following >= len(blocks):
        return None
    while (following + 1 < len(blocks) and following - candidate.index <= FIELD_BLOCKS
           and blocks[following].kind == "paragraph" and blocks[following].item is None
           and all(_FIELD.match(line) for line in blocks[following].text.split("\n") if line.strip())):
        following += 1  # "**Question Type:** Single Choice", "**Topic:** …": about the question, written over it
    if following + 1 < len(blocks) and _label_heading_under(blocks, candidate.level, following):
        following += 1  # then "### 题目" (the label again, alone) over the question's paragraph
    elif blocks[following].kind == "heading" and blocks[following].level > candidate.level:
        if following > candidate.index + 1:
            return None
        return _heading_under_label(blocks, candidate, following)
    candidate.fields = following - candidate.index - 1
    if blocks[following].kind == "code" and following == candidate.index + 1 and candidate.title.number is not None:
        return _code_under_label(blocks[following], lines, candidate)
    if following == candidate.index + 1 and (parts := _asked_in_parts(blocks, following)):
        # "__Q:__" over "1. What is double-checked locking?", "2. Where is it used?": one question in parts
        candidate.title = Title(" ".join(f"{at}. {read_title(blocks[i].text).text}" for at, i in enumerate(parts, 1)),
                                candidate.title.number, candidate.title.prefix, True)
        candidate.strength, candidate.body = QUESTION, blocks[parts[-1]].end
        return candidate
    if blocks[following].kind != "paragraph" or blocks[following].item is not None:
        return None
    text = blocks[following].text
    if _ANSWER_START.match(text) or _LABEL.match(text):
        return None
    bold = _bold_first(text.strip())
    taken = 1
    if bold and not bold.group(3).strip():
        asked = bold.group(2)
    else:
        rows = text.split("\n")
        asked = rows[0]
        # a sentence wrapped over lines ("… in the" over "text T when …?"): the question runs on to its end
        while (taken < min(len(rows), LABEL_QUESTION_LINES) and not asked.rstrip().endswith(_SAID_ENDS)
               and rows[taken][:1].islower()):
            asked, taken = f"{asked.rstrip()} {rows[taken].strip()}", taken + 1
    read = read_title(asked)
    if not read.text:
        return None
    number = candidate.title.number if candidate.title.number is not None else read.number
    candidate.title = Title(read.text, number, candidate.title.prefix, True)
    candidate.strength = strength(read.text, labelled=True)
    candidate.body = blocks[following].start + taken
    return candidate


LABEL_PARTS_MAX = 6  # numbered parts one question under a bare label may be asked in


def _asked_in_parts(blocks: list[Block], first: int) -> list[int]:
    """The blocks of a numbered list from ``first``, one line each (2 to :data:`LABEL_PARTS_MAX` of them, and the
    list ends there), or none: under a bare "Q:" label, the parts of its question."""
    item = blocks[first].item
    if item is None or not item.ordered or blocks[first].depth != 1:
        return []
    parts: list[int] = []
    at = first
    while at < len(blocks) and blocks[at].item is not None and blocks[at].item.list_id == item.list_id:
        if len(parts) == LABEL_PARTS_MAX or "\n" in blocks[at].text.strip():
            return []
        parts.append(at)
        at += 1
    return parts if len(parts) >= 2 else []


LABEL_QUESTION_LINES = 4  # lines a question under its label may be wrapped over
# "Answer: Output: 10 …" inside the fence of a question's code, on a line of its own or after the last line of code
# ("functions2; // Output: 3 Answer: Output: …"): where the answer starts
# (capitalised, as a label is: "answer: 42" is a line of YAML, "const answer: number" one of TypeScript)
_ANSWER_IN_CODE = re.compile(r"^\s*(?:Answer|ANSWER|Ans|Solution|SOLUTION)\s*[:：]|(?<=\s)(?:Answer|ANSWER)\s*[:：]")


def _code_under_label(code: Block, lines: list[str], candidate: Candidate) -> Candidate:
    """"#### Question 3:" over a fence of code: the code is what the question shows (what does it print?); an
    "Answer:" line inside the fence starts the answer, which runs to the fence's end; without one, what follows
    the fence answers it."""
    fence = lines[code.start:code.end]
    opening = fence[0].strip() if fence and fence[0].strip()[:3] in ("```", "~~~") else ""
    closing = fence[-1].strip() if opening and len(fence) > 1 else ""
    shown = fence[1 if opening else 0:-1 if closing[:3] in ("```", "~~~") else len(fence)]  # (indented code: all of it)
    found = next(((offset, match) for offset, line in enumerate(shown) if (match := _ANSWER_IN_CODE.search(line))), None)
    if found is not None:
        at, match = found
        candidate.answer = "\n".join([shown[at][match.start():], *shown[at + 1:]]).strip()
        shown = [*shown[:at], shown[at][:match.start()].rstrip()]
    while shown and not shown[-1].strip():
        shown = shown[:-1]
    if not opening:
        shown = textwrap.dedent("\n".join(shown)).split("\n")
    candidate.prompt = "\n".join([opening or "```", *shown, opening[:3] or "```"])
    candidate.title = Title(f"Question {candidate.title.number}", candidate.title.number, candidate.title.prefix, True)
    candidate.strength = QUESTION
    candidate.body = code.end
    return candidate


def _label_heading_under(blocks: list[Block], level: int, index: int) -> bool:
    """Whether block ``index`` is a heading deeper than ``level`` that is a question's label alone ("### 题目")."""
    block = blocks[index]
    return (block.kind == "heading" and block.level > level and len(text := plain(block.text)) <= LABEL_ALONE_CHARS
            and _LABEL_ALONE.match(text) is not None)


def _heading_under_label(blocks: list[Block], candidate: Candidate, following: int) -> Candidate | None:
    """"### Question 2" over "#### A feed of events arrives…" and more "####" lines (an example split over
    them): the question is written as the deeper headings right under the label, up to the first block that
    is not one of them; what follows them is its answer."""
    level = blocks[following].level
    text = blocks[following].text
    if _ANSWER_HEADING.match(plain(text)) or _ANSWER_START.match(text):
        return None
    read = read_title(text)
    if not read.text:
        return None
    last = following
    while (last + 1 < len(blocks) and blocks[last + 1].kind == "heading" and blocks[last + 1].level == level
           and not _ANSWER_HEADING.match(plain(blocks[last + 1].text))):
        last += 1
    number = candidate.title.number if candidate.title.number is not None else read.number
    candidate.title = Title(read.text, number, candidate.title.prefix, True)
    candidate.strength = strength(read.text, labelled=True)
    if candidate.strength == NOT and not is_promo(read.text):
        candidate.strength = QUESTION  # a long scenario still: the label says a question is written here
    candidate.body = blocks[last].end
    candidate.label_only = True
    return candidate


ASKED_WORDS = 80  # a paragraph of questions under a topic label is a few sentences; more is an answer's prose
_SENTENCES = re.compile(r"(?<=[.?!？])\s+(?=\S)")


LIST_ITEM_WORDS = 6  # the items a question lists for the candidate to explain are names, not sentences


def _question_over_list(blocks: list[Block], candidate: Candidate) -> None:
    """"**Question 5:** Spark creates:" over "- jobs", "- stages", "- tasks" and "Explain how each is decided.":
    the list and the request under it are the question's own, not its answer."""
    depth = blocks[candidate.index].depth
    position = candidate.index + 1
    items: list[str] = []
    while position < len(blocks) and blocks[position].item is not None and blocks[position].depth == depth + 1:
        text = " ".join(blocks[position].text.split())
        if len(text.split()) > LIST_ITEM_WORDS:
            return
        items.append(text)
        position += 1
    if not items or position >= len(blocks):
        return
    ask = blocks[position]
    if ask.kind != "paragraph" or ask.item is not None or ask.quoted or ask.depth != depth:
        return
    sentence = " ".join(ask.text.split())
    if len(sentence.split()) > ASKED_WORDS or not (sentence.endswith(QUESTION_MARKS) or is_request(sentence)):
        return
    title = candidate.title
    candidate.title = Title(f"{title.text} {', '.join(items)}. {sentence}", title.number, title.prefix, True, title.mark)
    candidate.label_only = True  # the answer, if any, starts after the request
    candidate.body = ask.end


_NUMBER_FIRST = re.compile(r"^\d{1,3}[.)]\s+")
_CLOSING_QUOTES = "\"'”’»)"


def _asked_under_topic(blocks: list[Block], candidate: Candidate) -> None:
    """"### Question: Caching" over a paragraph that asks ("Where can a cache sit? Give examples."): the label
    names a topic that does not ask, and the paragraph under it is the question, not its answer."""
    if candidate.lead:
        return
    following = candidate.index + 1
    if following >= len(blocks) or blocks[following].kind != "paragraph" or blocks[following].item is not None:
        return
    block = blocks[following]
    written = block.text.rstrip()
    # "**1. Какая команда …?**" under "# Вопрос 1. Тема: Основы SQL": the question in bold, numbered again
    bold = written[:2] in ("**", "__") and written[-2:] == written[:2] and "\n" not in written
    if bold:
        written = _NUMBER_FIRST.sub("", written[2:-2].strip())
    if block.quoted or block.depth != blocks[candidate.index].depth or not written.rstrip(_CLOSING_QUOTES).endswith(
            (*QUESTION_MARKS, ".")) or _ANSWER_START.match(block.text) or strength(candidate.title.text) == QUESTION:
        return
    text = " ".join(written.split())
    if "\n" in block.text and (labelled := next((line.strip() for line in block.text.split("\n")[1:]
                                                if _LABEL.match(line.strip())), None)):
        text = read_title(labelled).text  # "**Difficulty:** Beginner" over "**Question:** What is a pixel?"
    sentences = _SENTENCES.split(text)
    asks = [s.rstrip(_CLOSING_QUOTES).endswith(QUESTION_MARKS) or is_request(s) for s in sentences]
    if len(text.split()) > ASKED_WORDS:
        return
    if bold:
        # A line set in bold under the label is the question shown, and it may set its scene first ("Your search
        # works well. A PM asks: “Can we …?”"); its last sentence asks.
        if not asks[-1]:
            return
    # Every sentence asks; under a task's label ("## Prompt 2: Evaluation"), one may set the scene first ("You are
    # tasked with … . Define the metrics …"): under a topic's, such sentences are its answer.
    elif not all(asks[1:]) or not (asks[0] and strength(sentences[0]) == QUESTION) and (
            len(sentences) < 2 or candidate.title.prefix != TASK_PREFIX):
        return
    title = candidate.title
    candidate.title = Title(text, title.number, title.prefix, True, title.mark)
    candidate.label_only = True  # the answer, if any, starts after the paragraph
    candidate.body = block.end


def _describe(group: _Group) -> str:
    pattern = group.pattern
    prefixes = [c.title.prefix for c in group.members if c.strength == QUESTION]
    common = max(set(prefixes), key=prefixes.count) if prefixes else ""
    if common and prefixes.count(common) * 5 < len(prefixes) * 3:
        common = ""
    shown = {"Qn:": "Qn:", "Q:": "Q:", "n.": "n.", "[Question]": "[Question]", "n>": "n>"}.get(common, "")
    if pattern.kind == "h":
        return f"`{'#' * pattern.level}{' ' + shown if shown else ''}` headings"
    if pattern.kind == "bold":
        return f"bold `**{shown + ' ' if shown else ''}…**` lines"
    if pattern.kind == "label":
        return "`Q:`/`Question:` labels"
    if pattern.kind == "numbered":
        return "numbered items" + (f" (list level {pattern.level})" if pattern.level > 1 else "")
    if pattern.kind == "bullets":
        return "bullet items" + (f" (list level {pattern.level})" if pattern.level > 1 else "")
    if pattern.kind == "summary":
        return "`<details>` summaries"
    if pattern.kind == "pre":
        return "one-line `<pre>` questions"
    if pattern.kind == "html":
        return "HTML `<dt>`/`<li>`/`<p>` entries"
    if pattern.kind == "table":
        answers = "/Answer" if any(c.answer for c in group.members) else ""
        return f"table rows under a Question{answers} header"
    if pattern.kind == "plain":
        return "plain paragraphs that ask"
    if pattern.kind == "lines":
        return "bare question lines"
    if pattern.kind == "quote":
        return "quoted `> …` paragraphs"
    if all(c.component for c in group.members):
        return "MDX components' `question=` attributes"
    if all(c.html_box for c in group.members):
        return "HTML question boxes"
    return "`??? question` boxes"
