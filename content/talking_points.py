"""Text under a question that tells what to say rather than saying it: talking points, not an answer.

Question lists often put, under each question, what a candidate should cover ("- Explain SHAP and LIME",
"- Discuss the trade-offs") or what the interviewer listens for ("Look for evidence of ownership",
"[CONFLICT] Understand how the candidate resolves it"). Those lines name topics but answer nothing: a
reader who counts answers does not count them, and a practice session should not show them as a model
answer. :func:`talking_points` tells such text from an answer, including answers written as
instructions ("Use class weights; resample the minority class", "Define it as a penalty on the weights"):
every sentence must read as guidance and give no content of its own (a reason, a definition, a number, the
writer's own story), so one sentence of real content makes it an answer. Pure, standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence that tells the candidate what to say: "Explain …", "Discuss …", "Highlight your …".
_SAY = (r"explain|discuss|compare|contrast|mention|describe|define|cover|talk (?:about|through)|highlight|emphasi[sz]e"
        r"|illustrate|showcase|demonstrate|show (?:how|that|your|you)|focus on|be (?:ready|prepared|able) to"
        r"|prepare (?:to|for)|walk (?:through|the interviewer)|reflect on|outline|touch on|elaborate on"
        r"|share (?:an?|your|one|how|what|examples?|the story|stories)|tell (?:an?|the|your|them|us) (?:story|time|about)"
        r"|relate (?:it|this|that|your)|(?:give|provide|cite) (?:an?|some|one|two|concrete|specific|real)\b[\w\s-]{0,20}?"
        r"examples?|use the star|structure your|keep (?:it|your answer)|be (?:honest|specific|concise|clear)"
        r"|pick (?:something|an?|one)|choose (?:an? example|a story|something)|quantify|lead with|finish with|end with"
        r"|go chronologically|(?:do not|don't|never) (?:dive|jump|ramble|blame|badmouth|lie)")
# A sentence for the interviewer, about the candidate or the answer: "Look for evidence of …", "Does the
# candidate …", "Good answers mention …". Not the same verbs about the work ("Test for a unit root", "Look for
# the elbow", "Evaluate on held-out data"), which answer.
_LISTEN = (r"look(?:ing)? for (?:evidence|signs?|ownership|understanding|awareness|clarity|depth|structure|a clear"
           r"|an understanding|a structured|whether|if|how (?:they|the candidate)|that (?:they|the candidate)|them"
           r"|the candidate|candidates)|listen(?:ing)? for|expect(?:ed)? (?:them|the candidate|candidates|answers?"
           r"|to (?:hear|see))|(?:assess(?:es)?|evaluate[sd]?|gauges?) (?:the candidate|candidates|whether|how well|if"
           r"|their|them|the ability|ability)|probe[sd]? (?:on|into|for|whether|how|their|the candidate|deeper|further)"
           r"|(?:this|the question|it) (?:tests|assesses|evaluates|checks|probes|gauges|measures)"
           r"|tests? (?:whether|if|how) (?:they|the candidate)|tests? (?:their|the candidate)"
           r"|check (?:whether|if) (?:the candidate|they)|give (?:the )?candidate"
           r"|(?:to )?understand (?:the candidate|candidate|their|how|why|what|whether|if)\b[^.?!]{0,40}?\b(?:they|them"
           r"|their|the candidate|candidate(?:'s|’s)?)|(?:to )?understand (?:the candidate|candidate|their)"
           r"|(?:does|did|can|is|has) (?:the )?candidate|(?:do|did|can|are|have|could|would|will) they"
           r"|see (?:if|whether) (?:they|the candidate)|want to see"
           r"|(?:the )?candidates? (?:is|are|should|must|can|could|has|have|needs?|shows?|demonstrates?|mentions?"
           r"|understands?|explains?)"
           r"|(?:an? |the )?(?:good|strong|great|ideal|weak|excellent|solid|complete|top|best|poor) "
           r"(?:candidates?|answers?|responses?)|red flags?|green flags?|bonus(?: points)?(?: if| for)?"
           r"|follow[- ]up (?:on|with)|ask (?:them|the candidate)")
# A line about the candidate with its subject left off: "Demonstrates experience with …", "Familiar with …".
_TRAIT = (r"(?:demonstrates|understands|articulates|recogni[sz]es|knows|considers|identifies) |is (?:familiar|able"
          r"|aware|comfortable)|(?:familiar|comfortable) with|(?:ability|able) to|aware(?:ness)? of|self-awareness"
          r"|knowledge of|experience (?:with|in)|should (?:be able to|own|mention|know|explain|show|demonstrate|discuss"
          r"|talk about|cover|tie|recogni[sz]e)|ideally (?:mentions?|covers?|explains?|discusses?|talks? about|names?)")
_GUIDANCE = re.compile(rf"(?:{_SAY}|{_TRAIT})\b", re.IGNORECASE)
_LISTENS = re.compile(rf"(?:{_LISTEN})\b", re.IGNORECASE)
# Words about the interview itself, anywhere in a sentence: "Interviewers care more about …", "Strong candidates
# mention …", "We want to see that they …", "your answer", "Bonus if they …". Not "candidate generation" (recsys).
_ABOUT_THE_INTERVIEW = re.compile(
    r"\b(?:interviewers?|interviewee|(?:the|a|strong|good|weak|weaker|most|senior|junior|great) candidates?(?!\s+"
    r"(?:generation|sets?|items?|pools?|retrieval|keys?|solutions?|models?|documents?|passages?|tokens?|sampling"
    r"|regions?|lists?|answers?|pairs?|products?))|candidate(?:'s|’s)|your (?:answer|story|stories|role|own|examples?"
    r"|experience|approach|impact|contribution|thought process|reasoning|assumptions|plan)|what you (?:did|learned"
    r"|personally|changed|would do differently)|(?:we|they|you) (?:want|hope|expect|are hoping|'re hoping) to"
    r" (?:see|hear)|hoping to hear|(?:good|strong|great|weak|complete|ideal|expected) (?:answers?|responses?)"
    r"|the answer should|red flags?|green flags?|bonus (?:if|points|for)|dock (?:a )?points?|watch (?:out )?for"
    r"|dig into|think out loud|out loud|star (?:method|format)|one good story"
    r"|(?:did|do|does|can|could|would|will|have|has) (?:they|the candidate))\b", re.IGNORECASE)
# Words one of which every match of _ABOUT_THE_INTERVIEW holds: a cheap look first
_INTERVIEW_HINTS = ("interview", "candidate", "your ", "what you", "to see", "to hear", "answer should", "flag",
                    "bonus", "dock", "watch", "dig into", "loud", "star ", "one good story",
                    *(f"{kind} {word}" for kind in ("good", "strong", "great", "weak", "complete", "ideal", "expected")
                      for word in ("answer", "response")),
                    *(f"{verb} they" for verb in ("did", "do", "does", "can", "could", "would", "will", "have", "has")))
# A label over guidance: "**Talking points:**", "What to look for:", "*Key areas to address*".
_LABEL_WORDS = (
    r"(?:talking points|what to (?:cover|mention|say|look for|listen for|address)|(?:points|things|areas|topics)"
    r" (?:to|worth) (?:cover(?:ing)?|mention(?:ing)?|address(?:ing)?|discuss(?:ing)?)|key (?:areas|topics)(?: to"
    r" (?:cover|address|discuss))?|interviewer(?:'s|’s)? (?:notes?|guidance|tips?)|notes? (?:for|to) (?:the )?"
    r"interviewer|(?:what )?(?:the )?(?:interviewers?|they|we)(?: is| are|'re|’re)? (?:looking|listen(?:ing)?|hoping)"
    r" (?:for|to (?:see|hear))|look for|listen for|how to answer|answering tips?|tips?(?: for (?:answering"
    r"|the candidate))?|hints? for the candidate|red flags|green flags|evaluation criteria|rubric|expected discussion"
    r"|expected answer(?: should (?:include|cover))?|(?:a )?(?:good|strong) answer (?:includes|covers|should"
    r" (?:include|cover))|what (?:we|they|i) (?:want|expect|look for)|key points to (?:cover|mention)"
    r"|why (?:they|interviewers?|we|companies) ask(?: this)?|interviewer(?:'s|’s)? intent)")
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
# "Mention that L1 zeroes weights", "Discuss caching, because the calls are slow", "Describe projecting onto the
# eigenvectors with the largest eigenvalues", "Compare precision (TP / predicted positives) with recall", "Highlight
# the 30% cost cut".
_SAYS_WHY = re.compile(r"\b(?:because|since|so that|i\.e\.|that is|which means)\b|→", re.IGNORECASE)
_SAYS_WHAT = re.compile(rf":\s*\S|{_SAYS_WHY.pattern}|\b(?:explain|mention|note|say|state|point out|argue|stress)s?"
                        r" that\b|\b(?:it|them|this|these|those) as\b|\bas (?:a|an|the)\b(?!\s+examples?\b)"
                        r"|\b(?:with|using|via|by) (?:a|an|the)\b|\b(?:using|via)\b| / |(?<![\w.])\d+(?:[.,]\d+)?%?(?![\w])",
                        re.IGNORECASE)
# … and more of the same, written otherwise: an aside that explains ("Compare bagging (parallel trees, cuts variance)"),
# a dash or "which" going on ("Explain dropout — randomly zeroing …"), a condition or a time ("Focus on recall when
# missed fraud costs more", "Define metrics before building"), "Define precision as true positives over …", an example
_SAYS_MORE = re.compile(r"\([^()]*\b[a-z]{3,} [a-z]{3,}[^()]*\)| [—–-] \S|, which\b|\be\.g\.|(?<!such )\bas (?!well\b"
                        r"|needed\b|required\b|appropriate\b|possible\b|follows\b|one\b|examples?\b)[a-z]{3,}")
# A condition or a time after the object, but not the kind of story to pick ("an example where …") nor the
# candidate's ("if you can", "when they …")
_CONDITION = re.compile(r"(?P<before>\w+) (?:when|if|where|unless|before|after|until|once|while|whenever) (?P<after>\w+)")
_PICKED = frozenset("example examples case cases time times situation situations story stories project projects".split())
_THEIRS = frozenset("to you they the candidate them your their".split())
# Words of other languages, between the English verb and its object ("Explain karo ki …", "Describe L1 und L2"):
# the sentence is the writer's own, in their language, not a line of talking points
_OTHER_LANGUAGE = re.compile(r"\b(?:und|der|die|das|ist|nicht|weil|mit|auf|für|wird|ki|ka|ke|hai|karo|aur|isliye|kar"
                             r"|ko|se|mein|que|el|los|las|es|por|para|con|porque|não|uma|um|les|est|pour|avec|parce|une|des"
                             r"|du)\b")
_SAYS_HINTS = (":", "→", "because", "since", "so that", "i.e.", "that is", "which means", " that", " as ", " with ",
               "using", " via ", " by ", " / ", *"0123456789")
# The writer's own story is content, however it is phrased: "Talk about the model I shipped", "Share our migration"
_OWN_STORY = re.compile(r"\bI(?=[\s'’])|\b(?:my|My|our|Our)\b")  # not "I/O"
GUIDANCE_LABEL_WORDS = 6  # "What the interviewer is looking for:" and no longer
LABELLED_UNIT_WORDS = 20  # under a guidance label, a longer sentence carries content of its own
GUIDANCE_SENTENCES = 12  # talking points are a handful of lines: a longer text carries content of its own
FIRST_LOOK = 400  # characters of an answer the cheap look reads: a sentence that guides says so early
STRICT_SHARE = 0.5  # of a pack's answers that must be talking points through and through for it to write them
STRICT_LEAST = 3  # and no fewer than this many: two lines that read so can be two terse answers


def talking_points(answers: list[str]) -> list[bool]:
    """Which of a pack's answers (one per question, "" for none) are talking points rather than answers.

    A pack that writes talking points writes them under most of its questions, so one answer that reads
    like guidance in a pack of answers is a terse answer ("Evaluate on held-out data, use MTEB …"):
    nothing is marked unless at least half the answers open as talking points do and guide in every sentence
    (and three or more do). Then those answers are marked; one sentence of content makes any other an answer.

    >>> talking_points(["- Explain SHAP\\n- Discuss LIME", "- Define drift\\n- Cover retraining", "", "- Mention MLflow"])
    [True, True, False, True]
    >>> talking_points(["- Explain SHAP\\n- Discuss LIME", "Dropout zeroes activations at random.", "L1."])
    [False, False, False]
    """
    given = [index for index, answer in enumerate(answers) if answer.strip()]
    needed = max(STRICT_LEAST, STRICT_SHARE * len(given))
    strict: set[int] = set()
    for read, index in enumerate(given, start=1):
        # Most packs answer: a first sentence stops each look, and the count stops once it cannot reach
        # ``needed``, so a 100k-question pack pays little.
        if _guidance_count(answers[index], stop=True) == 1.0:
            strict.add(index)
        if len(strict) + len(given) - read < needed:
            return [False] * len(answers)
    return [index in strict for index in range(len(answers))]


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
    return _guidance_count(text, stop=False)


def _guidance_count(text: str, *, stop: bool) -> float:
    """The share of sentences that guide; ``stop``: at the first that does not (0.0), for a verdict that is all
    or nothing."""
    guiding = total = 0
    labelled = False  # under a guidance label ("**Talking points:**")
    if stop and not _may_guide(text):
        return 0.0
    for raw in _lines(text):
        stripped = raw.strip()
        marker = _MARKER.match(stripped)
        line = stripped[marker.end() if marker else 0:].strip()
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
                    return 0.0
                continue
        marked = labelled or _TAG.match(line) is not None  # a competency tag ("[CONFLICT]") marks its line
        for sentence in _sentences(line):
            total += 1
            if total > GUIDANCE_SENTENCES:
                return 0.0
            if _guides(_EMPHASIS.sub("", sentence) if _EMPHASIS_CHARS.intersection(sentence) else sentence, marked):
                guiding += 1
            elif stop:
                return 0.0
    if guiding and _CONTENT.search(text):
        return 0.0  # code, a table or math: answer content, whatever the words around it
    return guiding / total if total else 0.0


def _may_guide(text: str) -> bool:
    """Whether ``text`` opens as talking points do (a verb that guides, a label, a tag): a cheap look that most
    answers fail. A pack's talking points open so; one that only speaks of the interview further on ("Most
    candidates get this right") is marked with them once the pack is known to write them."""
    first = text[:FIRST_LOOK].lstrip()
    if (end := first.find("\n")) >= 0:
        first = first[:end]
    return first[:1] == "[" or _MAY_OPEN.match(first.lstrip(_OPENING_MARKUP)) is not None


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
    """Whether one sentence tells what to say (or what to listen for) and gives no content of its own."""
    if marked and len(sentence.split()) <= LABELLED_UNIT_WORDS:
        return _OWN_STORY.search(sentence) is None and _SAYS_WHY.search(sentence) is None
    bare = sentence.strip()
    if bare[:1] == "[":
        bare = _TAG.sub("", bare)
    bare = bare.strip("()[] ").strip()
    if not bare:
        return True  # a tag alone ("[LEARNING]")
    if _OWN_STORY.search(bare) or _OTHER_LANGUAGE.search(bare):
        return False
    if _LISTENS.match(bare):
        # "Look for ownership: data, evaluation and rollout": what follows the colon is what to listen for
        return _SAYS_WHY.search(bare) is None
    if _GUIDANCE.match(bare) is None and not (_may_be_about_the_interview(bare)
                                              and _ABOUT_THE_INTERVIEW.search(bare) is not None):
        return False
    return ((not _may_say_what(bare) or _SAYS_WHAT.search(bare) is None) and _SAYS_MORE.search(bare) is None
            and not _sets_a_condition(bare))


def _sets_a_condition(sentence: str) -> bool:
    """Whether the sentence goes on with a condition or a time of its own ("Focus on recall when missed fraud costs
    more", "Define metrics before building"): content, not what to talk about."""
    return any(match.group("before").lower() not in _PICKED and match.group("after").lower() not in _THEIRS
               for match in _CONDITION.finditer(sentence))


def _may_say_what(sentence: str) -> bool:
    """A cheap look for a part of every match of _SAYS_WHAT, before the pattern's search."""
    lowered = sentence.lower()
    return any(hint in lowered for hint in _SAYS_HINTS)


def _may_be_about_the_interview(sentence: str) -> bool:
    """A cheap look for a part of every match of _ABOUT_THE_INTERVIEW, before the pattern's search."""
    lowered = sentence.lower()
    return any(hint in lowered for hint in _INTERVIEW_HINTS)


__all__ = ["guidance_share", "talking_points"]
