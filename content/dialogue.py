"""Interviews written as a dialogue: the speakers' names are the question and answer labels.

A mock-interview transcript labels each turn with its speaker ("**Interviewer:** …",
"- **Candidate (Short Answer):** …", "🧔 **Interviewer**: …") and often shortens the names after the
first turn ("**I:** …" / "**C:** …"). Where a document names both an interviewer and a candidate, each
speaker label is rewritten in place to the label the rest of the importer reads ("Q:" for the
interviewer, "A:" or "Answer (Deep Dive):" for the candidate), so a dialogue imports like any labelled Q&A. Lines keep their
numbers; code blocks are left alone.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .labels import CANDIDATE_WORDS, INTERVIEWER_WORDS, alternation
from .titles import QUESTION, QUESTION_MARKS, read_title, strength

_INTERVIEWER = alternation([word for words in INTERVIEWER_WORDS.values() for word in words])
_CANDIDATE = alternation([word for words in CANDIDATE_WORDS.values() for word in words])
_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})")
# A turn: list or quote markers, an emoji or two, the speaker (bold or not, a qualifier in brackets), a colon.
_TURN = re.compile(
    r"^(?P<lead>\s{0,6}(?:(?:[-*+]|>)\s+)*)"
    r"(?P<emoji>[^\w\s*_#>\[(<`|\\-][^\w\s*_#>\[(<`|\\]{0,11}\s*)?"
    r"(?P<open>\*\*|__)?(?:[^\w\s*_#>\[(<`|\\-][^\w\s*_#>\[(<`|\\]{0,11}\s*)?"  # "**👩‍💼 HR-Managerin:**"
    r"(?P<name>" + _INTERVIEWER + "|" + _CANDIDATE + r"|[A-Z])"
    r"(?:\s*\((?P<qualifier>[^()\n]{1,40})\))?"
    r"(?P<close>\*\*|__)?\s*[:：](?P<after>\*\*|__)?[ \t]*(?P<rest>.*)$")
_INTERVIEWER_NAME = re.compile(r"(?:" + _INTERVIEWER + r")$", re.IGNORECASE)
_CANDIDATE_NAME = re.compile(r"(?:" + _CANDIDATE + r")$", re.IGNORECASE)
# What a document naming its interviewer holds, found with a substring search (memory speed) before any line
# is read: a regular expression over a large pack would cost a second. It is each name's last word without its
# first letter (written in either case: "Interviewer", "interviewer"); "anager" finds "HR-Managerin" too.
# Names that open alike are looked for by what they share ("ecru" for "Recruiter" and "Recruteur").
_LAST_WORDS = sorted({re.split(r"[\s-]", word)[-1][1:] for words in INTERVIEWER_WORDS.values() for word in words})
SHARED_MIN = 4  # characters two names must open with alike to be looked for together


def _looks(words: list[str]) -> tuple[str, ...]:
    """The substrings to look for so that each of the sorted ``words`` holds one.

    >>> _looks(["anager", "anagerin", "ecruiter", "ecruteur", "nterviewer"])
    ('anager', 'ecru', 'nterviewer')
    """
    looks: list[str] = []
    for word in words:  # sorted: names that open alike are neighbours
        shared = os.path.commonprefix([looks[-1], word]) if looks else ""
        if len(shared) >= SHARED_MIN:
            looks[-1] = shared
        else:
            looks.append(word)
    return tuple(looks)


_LOOK = _looks(_LAST_WORDS)
TURN_PREFIX = 16  # characters before a speaker's name on its line: markers, an emoji, bold stars
# characters of a name before its last word ("Hiring " of "Hiring Manager")
_NAME_LEAD = max(len(word) - len(re.split(r"[\s-]", word)[-1]) for words in INTERVIEWER_WORDS.values() for word in words)
ASKING_SHARE = 3  # one interviewer's turn in this many, at least, asks for a document to be a dialogue
TURNS_MIN = 2  # turns each speaker takes for a document to be a dialogue (one pair is a list of who was there)


@dataclass(frozen=True, slots=True)
class Dialogue:
    """The speakers of a dialogue and how many turns each took."""

    interviewer: tuple[str, ...]  # names as written, full name first ("Interviewer", "I")
    candidate: tuple[str, ...]
    answers: int  # the candidate's turns
    asked: frozenset[int]  # indices of the lines the interviewer's turns start on, one a question
    replied: tuple[int, ...] = ()  # indices of the lines the candidate's turns start on, in order

    def note(self) -> str:
        """What ``check`` says about it."""
        return (f"read a dialogue: {len(self.asked)} turns of {' / '.join(self.interviewer)} as questions, "
                f"{self.answers} of {' / '.join(self.candidate)} as their answers")


def _may_hold_turns(text: str) -> bool:
    """Whether an interviewer's name opens a line of ``text`` (after a few characters of markup)."""
    for look in _LOOK:
        if not look.isascii() and text.isascii():
            continue  # not there, and a search would not say so any faster
        at = text.find(look)
        while at != -1:
            if at - (text.rfind("\n", 0, at) + 1) <= TURN_PREFIX + _NAME_LEAD:
                return True
            # too far into its line: on to the next line (so a line's start is looked back for once)
            line_end = text.find("\n", at)
            if line_end == -1:
                break
            at = text.find(look, line_end + 1)
    return False


def _bold_balanced(match: re.Match[str]) -> bool:
    opened = match.group("open")
    closed = match.group("close") or match.group("after")
    return opened == closed


def _turns(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    found = []
    fenced = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or ":" not in line and "：" not in line:
            continue
        if (match := _TURN.match(line)) and _bold_balanced(match):
            found.append((index, match))
    return found


# How an interviewer's turn that only acknowledges opens ("Yes, proceed.", "Good questions! Here is the scope:")
_ACKNOWLEDGING = re.compile(r"^\W*(?:yes|yeah|yep|ok|okay|sure|great|good|perfect|nice|thanks|thank you|right|"
                            r"alright|all right|sounds good|go ahead|proceed|correct|exactly|excellent|got it|"
                            r"makes sense)\b[,.!:]?\s*", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!:;])\s+")


def _remark(lines: list[str], index: int, said: str) -> bool:
    """Whether an interviewer's turn only acknowledges: it opens so, nothing in its paragraph asks ("?"), and no
    sentence of it is a request ("Good. Now assume 10x traffic." over "How would you scale?" asks; "Great. Walk me
    through your resume" asks)."""
    if (opening := _ACKNOWLEDGING.match(said)) is None:
        return False
    return not _asks(lines, index, said[opening.end():])


def _asks(lines: list[str], index: int, said: str) -> bool:
    """Whether a turn asks: something in its paragraph ends in "?", or a sentence of it is a request."""
    paragraph = [said]
    for following in range(index + 1, len(lines)):  # (by index: a slice would copy the rest of the document)
        line = lines[following]
        if not line.strip() or _TURN.match(line):
            break
        paragraph.append(line.strip())
    text = " ".join(paragraph)
    if any(mark in text for mark in QUESTION_MARKS):
        return True
    return any(strength(read_title(sentence).text) == QUESTION for sentence in _SENTENCE.split(text) if sentence)


def read_dialogue(lines: list[str], text: str) -> tuple[list[str], Dialogue | None]:
    """Rewrite the speaker labels of a dialogue to question and answer labels.

    ``text`` is the document the ``lines`` were read from. Returns the lines (the same list when the
    document is no dialogue) and what was read.

    >>> text = '''**Interviewer:** Why scale by the root of d?
    ... **Candidate:** To keep the softmax out of saturation.
    ...
    ... **I:** And multi-head?
    ... **C:** Several projections in parallel.'''
    >>> lines, dialogue = read_dialogue(text.split("\\n"), text)
    >>> lines[0], lines[4]
    ('**Q:** Why scale by the root of d?', '**A:** Several projections in parallel.')
    >>> dialogue.note()
    'read a dialogue: 2 turns of Interviewer / I as questions, 2 of Candidate / C as their answers'
    """
    if not _may_hold_turns(text):
        return lines, None
    turns = _turns(lines)
    interviewer = [m for _i, m in turns if _INTERVIEWER_NAME.match(m.group("name"))]
    candidate = [m for _i, m in turns if _CANDIDATE_NAME.match(m.group("name"))]
    if not interviewer or not candidate:
        return lines, None
    # An initial stands for a speaker only when it is that speaker's full name's and not the other's, written in
    # the same style, and no other letter labels lines ("A:" … "D:" options of a quiz are not speakers).
    asks, answers = interviewer[0].group("name")[0].upper(), candidate[0].group("name")[0].upper()
    letters = {m.group("name") for _i, m in turns if len(m.group("name")) == 1}
    initials = asks != answers and letters <= {asks, answers}
    styles = {m.group("open") for m in (*interviewer, *candidate)}
    names_asking: dict[str, None] = {}
    names_answering: dict[str, None] = {}
    out = list(lines)
    asked: list[int] = []
    asking = 0  # of the interviewer's turns, those that ask
    replied: list[int] = []
    replies = 0
    for index, match in turns:
        name = match.group("name")
        short = len(name) == 1
        if short and not (initials and match.group("open") in styles):
            continue
        if _INTERVIEWER_NAME.match(name) or short and name == asks:
            if _remark(lines, index, match.group("rest")):
                continue  # "Yes, proceed with the design.": a remark in the flow of the answer, not a question
            label, names = "Q", names_asking
            asked.append(index)
            asking += _asks(lines, index, match.group("rest"))
        elif _CANDIDATE_NAME.match(name) or short and name == answers:
            label, names, replies = "A", names_answering, replies + 1
            replied.append(index)
        else:
            continue
        names[name] = None
        bold = match.group("open") or ""
        if label == "A" and (qualifier := (match.group("qualifier") or "").strip()):
            label = f"Answer ({qualifier})"  # "Candidate (Deep Dive):": a part of the answer, named
        out[index] = f"{match.group('lead')}{bold}{label}:{bold} {match.group('rest')}".rstrip() + (
            "  " if lines[index].endswith("  ") else "")
    if len(asked) < TURNS_MIN or replies < TURNS_MIN or asking * ASKING_SHARE < len(asked):
        # (an interviewer asks, some turns setting a task instead: "Recruiter: Sarah Lee" over "Candidate: John
        # Smith" in every section lists who was there)
        return lines, None
    return out, Dialogue(tuple(names_asking), tuple(names_answering), replies, frozenset(asked), tuple(replied))
