"""Text under a question that tells what to say rather than saying it: talking points, not an answer.

Question lists often put, under each question, what a candidate should cover ("- Explain SHAP and LIME",
"- Discuss the trade-offs") or what the interviewer listens for ("Look for evidence of ownership",
"[CONFLICT] Understand how the candidate resolves it"). Those lines name topics but answer nothing: a
reader who counts answers does not count them, and a practice session should not show them as a model
answer. :func:`talking_points` tells such text from an answer, including answers written as
instructions ("Use class weights; resample the minority class"): every sentence must read as guidance,
so one sentence of real content makes it an answer. Pure, standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence that tells the candidate what to say: "Explain …", "Discuss …", "Highlight your …".
_SAY = (r"explain|discuss|compare|contrast|mention|describe|define|cover|talk (?:about|through)|highlight|emphasi[sz]e|illustrate"
        r"|showcase|demonstrate|show (?:how|that|your|you)|focus on|be (?:ready|prepared|able) to|prepare (?:to|for)"
        r"|walk (?:through|the interviewer)|share|reflect on|outline|touch on|elaborate on"
        r"|(?:give|provide|cite) (?:an?|some|one|two|concrete|specific|real)\b[\w\s-]{0,20}?examples?"
        r"|use the star|structure your|keep (?:it|your answer)|be (?:honest|specific|concise|clear)|pick (?:something|an?|one)"
        r"|choose (?:an? example|a story|something)|quantify|lead with|finish with|end with|go chronologically"
        r"|(?:do not|don't|never) (?:dive|jump|ramble|blame|badmouth|lie)")
# A sentence for the interviewer: "Look for …", "Does the candidate …", "Good answers mention …".
_LISTEN = (r"look(?:ing)? for|listen(?:ing)? for|expect(?:ed)?|assess(?:es)?|evaluate[sd]?|gauges?|probe[sd]?"
           r"|(?:this|the question|it) (?:tests|assesses|evaluates|checks|probes|gauges|measures)"
           r"|tests? (?:whether|if|for|how|their|the candidate)|check (?:whether|if) (?:the candidate|they)"
           r"|(?:to )?understand (?:how|why|what|whether|if|the candidate|candidate|their)|give (?:the )?candidate"
           r"|(?:does|did|can|is|has) (?:the )?candidate"
           r"|(?:do|did|can|are|have|could|would|will) they|see (?:if|whether) (?:they|the candidate)|want to see"
           r"|(?:the )?candidates? (?:is|are|should|must|can|could|has|have|needs?|shows?|demonstrates?|mentions?"
           r"|understands?|explains?)"
           r"|(?:an? |the )?(?:good|strong|great|ideal|weak|excellent|solid|complete|top|best|poor) "
           r"(?:candidates?|answers?|responses?)|red flags?|green flags?|bonus(?: points)?(?: if| for)?"
           r"|follow[- ]up (?:on|with)|ask (?:them|the candidate)")
# A line about the candidate with its subject left off: "Demonstrates experience with …", "Familiar with …".
_TRAIT = (r"(?:demonstrates|understands|articulates|recogni[sz]es|knows|considers|identifies) |is (?:familiar|able|aware"
          r"|comfortable)|(?:familiar|comfortable) with|(?:ability|able) to|aware(?:ness)? of|self-awareness"
          r"|knowledge of|experience (?:with|in)")
_GUIDANCE = re.compile(rf"(?:{_SAY}|{_TRAIT})\b", re.IGNORECASE)
_LISTENS = re.compile(rf"(?:{_LISTEN})\b", re.IGNORECASE)
# Words about the interview itself, anywhere in a sentence: "Interviewers care more about …", "Strong candidates
# mention …", "We want to see that they …", "your answer", "Bonus if they …". Not "candidate generation" (recsys).
_ABOUT_THE_INTERVIEW = re.compile(
    r"\b(?:interviewers?|interviewee|(?:the|a|strong|good|weak|weaker|most|senior|junior|great) candidates?(?!\s+(?:generation"
    r"|sets?|items?|pools?|retrieval|keys?|solutions?|models?|documents?|passages?|tokens?|sampling|regions?|lists?"
    r"|answers?|pairs?|products?))|candidate(?:'s|’s)|your (?:answer|story|stories|role|own|examples?|experience"
    r"|approach|impact|contribution|thought process|reasoning|assumptions|plan)|what you (?:did|learned|personally"
    r"|changed|would do differently)|(?:we|they|you) (?:want|hope|expect|are hoping|'re hoping) to (?:see|hear)"
    r"|hoping to hear|(?:good|strong|great|weak|complete|ideal|expected) (?:answers?|responses?)|the answer should"
    r"|red flags?|green flags?|bonus (?:if|points|for)|dock (?:a )?points?|watch (?:out )?for|dig into"
    r"|think out loud|out loud|star (?:method|format)|one good story"
    r"|(?:did|do|does|can|could|would|will|have|has) (?:they|the candidate))\b", re.IGNORECASE)
# A label over guidance: "**Talking points:**", "What to look for:", "*Key areas to address*".
_LABEL_WORDS = (
    r"(?:talking points|what to (?:cover|mention|say|look for|listen for|address)|(?:points|things|areas|topics)"
    r" (?:to|worth) (?:cover(?:ing)?|mention(?:ing)?|address(?:ing)?|discuss(?:ing)?)|key (?:areas|topics)(?: to (?:cover"
    r"|address|discuss))?|interviewer(?:'s|’s)? (?:notes?|guidance|tips?)|notes? (?:for|to) (?:the )?interviewer"
    r"|(?:what )?(?:the )?(?:interviewers?|they|we) (?:is |are |'re )?(?:looking|listen(?:ing)?|hoping) (?:for|to (?:see|hear))"
    r"|look for|listen for|how to answer|answering tips?|tips?(?: for (?:answering|the candidate))?|hints? for the candidate"
    r"|red flags|green flags|evaluation criteria|rubric|expected discussion|expected answer(?: should (?:include|cover))?"
    r"|(?:a )?(?:good|strong) answer (?:includes|covers|should (?:include|cover)))")
_GUIDANCE_LABEL = re.compile(_LABEL_WORDS + r"\s*:?$", re.IGNORECASE)
# How a sentence that guides may open (a verb, a label, a tag): with no hint of the interview either, a first
# line that opens otherwise is content, and the rest of the answer need not be read.
_MAY_OPEN = re.compile(rf"\[|{_LABEL_WORDS}|(?:{_SAY}|{_TRAIT}|{_LISTEN})\b", re.IGNORECASE)
_OPENING_MARKUP = " \t>-*+•_`#[(\"“0123456789.)"
_EMPHASIS_CHARS = frozenset("*_`")
_MARKER = re.compile(r"^(?:>\s*)*(?:[-*+•]\s+|\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)?")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")
_TAG = re.compile(r"^\[[A-Z][A-Z /&_-]{1,40}\]\s*")  # "[CONFLICT]", "[GROWTH/ASPIRATIONS]": a competency tag
# Sentences, and the clauses a semicolon joins: "Describe the elbow; cross-check with the silhouette score" gives content.
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\[(\"“A-Z])|;\s+")
_CONTENT = re.compile(r"^\s*(?:```|~~~|\|.*\||\$\$)|\$[^$\s][^$]*\$|=", re.MULTILINE)  # code, tables, math: answer content
# A guidance verb that goes on to give the content is an answer: "Explain it as a weighted average: …",
# "Mention that L1 zeroes weights", "Discuss caching, because the calls are slow".
_SAYS_WHY = re.compile(r"\b(?:because|since|so that|i\.e\.|that is|which means)\b|→", re.IGNORECASE)
_SAYS_WHAT = re.compile(rf":\s*\S|{_SAYS_WHY.pattern}|\b(?:explain|mention|note|say|state|point out|argue|stress)s? that\b",
                        re.IGNORECASE)
GUIDANCE_LABEL_WORDS = 6  # "What the interviewer is looking for:" and no longer
LABELLED_UNIT_WORDS = 20  # under a guidance label, a longer sentence carries content of its own


STRICT_SHARE = 0.5  # of a pack's answers that must be talking points through and through for it to write them
LOOSE_SHARE = 0.5  # then, of an answer's sentences more than this many must guide for it to be talking points too


def talking_points(answers: list[str]) -> list[bool]:
    """Which of a pack's answers (one per question, "" for none) are talking points rather than answers.

    A pack that writes talking points writes them under most of its questions, so one answer that reads
    like guidance in a pack of answers is a terse answer ("Evaluate on held-out data, use MTEB …"):
    nothing is marked unless at least half the answers guide in every sentence (and two or more do).
    Then an answer counts when more than half its sentences guide.

    >>> talking_points(["- Explain SHAP\\n- Discuss LIME", "- Define drift\\n- Cover retraining", ""])
    [True, True, False]
    >>> talking_points(["- Explain SHAP\\n- Discuss LIME", "Dropout zeroes activations at random.", "L1."])
    [False, False, False]
    """
    given = [index for index, answer in enumerate(answers) if answer.strip()]
    needed = max(2, STRICT_SHARE * len(given))
    strict: set[int] = set()
    for read, index in enumerate(given, start=1):
        # Most packs answer: a first sentence stops each look, and the count stops once it cannot reach
        # ``needed``, so a 100k-question pack pays little.
        if _guidance_count(answers[index], stop=True)[0] == 1.0:
            strict.add(index)
        if len(strict) + len(given) - read < needed:
            return [False] * len(answers)
    marks = [False] * len(answers)
    for index in given:
        marks[index] = index in strict or guidance_share(answers[index]) > LOOSE_SHARE
    return marks


def guidance_share(text: str) -> float:
    """The share of the sentences in ``text`` that tell what to say instead of saying it (0.0 when there are
    none, or when it holds code, a table or math: answer content).

    >>> guidance_share("- Explain SHAP and LIME\\n- Discuss global versus local explanations")
    1.0
    >>> guidance_share("[CONFLICT] Understand how the candidate resolved it. Look for ownership.")
    1.0
    >>> guidance_share("- Use class weights\\n- Discuss the trade-offs")
    0.5
    >>> guidance_share("Explain it as a weighted average: each token attends to every other token.")
    0.0
    """
    return _guidance_count(text, stop=False)[0]


def _guidance_count(text: str, *, stop: bool) -> tuple[float, int]:
    """(share of sentences that guide, sentences read); ``stop``: at the first that does not (share 0.0)."""
    guiding = total = 0
    labelled = False  # under a guidance label ("**Talking points:**")
    if stop and not _may_guide(text):
        return 0.0, 1
    for raw in _lines(text):
        stripped = raw.strip()
        line = stripped[_MARKER.match(stripped).end():].strip()  # type: ignore[union-attr]  # it matches ""
        if not line:
            continue
        head, colon, rest = line.partition(":")
        if len(head.split()) <= GUIDANCE_LABEL_WORDS:
            head = _EMPHASIS.sub("", head).strip()
            if not colon and _GUIDANCE_LABEL.fullmatch(head):
                labelled = True  # "**Points to mention**" on its own line
                continue
            if colon and _GUIDANCE_LABEL.fullmatch(head + ":"):
                labelled = True
                line = rest.strip()
                if not line:
                    continue
            elif colon and not _EMPHASIS.sub("", rest).strip():
                labelled = False  # "Answer:", "Key points:" over what follows: not a guidance label
                total += 1
                if stop:
                    return 0.0, total
                continue
        marked = labelled or _TAG.match(line) is not None  # a competency tag ("[CONFLICT]") marks its line
        for sentence in _sentences(line):
            total += 1
            if _guides(_EMPHASIS.sub("", sentence) if _EMPHASIS_CHARS.intersection(sentence) else sentence, marked):
                guiding += 1
            elif stop:
                return 0.0, total
    if guiding and _CONTENT.search(text):
        return 0.0, total  # code, a table or math: answer content, whatever the words around it
    return (guiding / total if total else 0.0), total


# A part of each hint above, for a cheaper first look
_HINT_STEMS = ("interview", "candidate", "you", "see", "hear", "should", "flag", "bonus", "dock", "watch", "dig", "loud",
               "star", "story", "answer", "response", "they")


FIRST_LOOK = 400  # characters of an answer the cheap look reads: a sentence that guides says so early


def _may_guide(text: str) -> bool:
    """Whether the first line of ``text`` may open talking points: a cheap look that most answers fail."""
    first = text[:FIRST_LOOK].lstrip()
    if (end := first.find("\n")) >= 0:
        first = first[:end]
    opening = first.lstrip(_OPENING_MARKUP)
    if first[:1] == "[" or _MAY_OPEN.match(opening):
        return True
    cut = first.find(". ")  # its first sentence, near enough
    lowered = (first[:cut] if cut > 0 else first).lower()
    if not any(stem in lowered for stem in _HINT_STEMS):
        return False  # the stems first: the hints' own look costs more than most answers should pay
    return any(hint in lowered for hint in _INTERVIEW_HINTS)


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text``, one at a time."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield text[start:end]
        start = end + 1


def _sentences(line: str) -> Iterator[str]:
    """The sentences of ``line``, one at a time (a reader that stops at the first reads no further)."""
    start = 0
    for boundary in _SENTENCE.finditer(line):
        if line[start:boundary.start()].strip():
            yield line[start:boundary.start()]
        start = boundary.end()
    if line[start:].strip():
        yield line[start:]


def _guides(sentence: str, marked: bool) -> bool:
    if marked and len(sentence.split()) <= LABELLED_UNIT_WORDS:
        return True
    bare = sentence.strip()
    if bare[:1] == "[":
        bare = _TAG.sub("", bare)
    bare = bare.strip("()[] ").strip()
    if not bare:
        return True  # a tag alone ("[LEARNING]")
    if _LISTENS.match(bare):
        # "Look for ownership: data, evaluation and rollout": what follows the colon is what to listen for
        return not _may_say_what(bare) or _SAYS_WHY.search(bare) is None
    if _GUIDANCE.match(bare) is None and not (_may_be_about_the_interview(bare)
                                              and _ABOUT_THE_INTERVIEW.search(bare) is not None):
        return False
    return not _may_say_what(bare) or _SAYS_WHAT.search(bare) is None


# Parts of every match of _SAYS_WHAT (and _SAYS_WHY): a cheap look before the patterns' search
_SAYS_HINTS = (":", "→", "because", "since", "so that", "i.e.", "that is", "which means", " that")


def _may_say_what(sentence: str) -> bool:
    lowered = sentence.lower()
    return any(hint in lowered for hint in _SAYS_HINTS)


# Words one of which every match of _ABOUT_THE_INTERVIEW holds: a cheap look before the pattern's search
_INTERVIEW_HINTS = ("interview", "candidate", "your ", "what you", "to see", "to hear", "answer should", "flag",
                    "bonus", "dock", "watch", "dig into", "loud", "star ", "one good story",
                    *(f"{kind} {word}" for kind in ("good", "strong", "great", "weak", "complete", "ideal", "expected")
                      for word in ("answer", "response")),
                    *(f"{verb} they" for verb in ("did", "do", "does", "can", "could", "would", "will", "have", "has")))


def _may_be_about_the_interview(sentence: str) -> bool:
    lowered = sentence.lower()
    return any(hint in lowered for hint in _INTERVIEW_HINTS)


__all__ = ["guidance_share", "talking_points"]
