"""An answer's Markdown from the lines after its question: markers, metadata and wrappers taken off.

>>> clean_answer(["", "**Keywords:** a, b", "", "### ✅ Answer", "", "**Answer:** It is x.", "---"]).text
'It is x.'
>>> clean_answer(["- Answer:", "  TBD"]).verdict
'stub'
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

from .html_text import html_as_markdown, is_html
from .labels import ANSWER_QUALIFIER, CJK_CHAR, FOREIGN_ANSWER_LABEL, LETTER_ANSWER_LABEL
from .titles import QUESTION, is_promo, plain, strength, to_reader

# a list item with nothing in it ("8." in a question list), or a question label left empty ("Q107." at the end)
# A label with nothing after it, as a form to fill in under a question ("- **Cause:**", "**Explanation:**")
_BLANK_FIELD = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?[^\W\d_][^*_:：\n]{0,40}[:：]\s*(?:\*\*|__)?\s*$")
BLANK_FORM_LINES = 12
BLANK_FORM_FIELDS = 2  # ("Worked solution:" alone leads into what follows; a form has fields)
_EMPTY_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)]|[Qq]\d{1,6}[.:)]?)\s*$")
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]{0,500}\]\([^)]{0,2000}\)\s*$")
_HR_LINE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*(?:<br\s*/?>\s*)+$|^\s*<hr\s*/?>\s*$", re.IGNORECASE)
_QUALIFIER = r"(?:(?:" + ANSWER_QUALIFIER + r"|my|the)\s+)?"
# "**Answer:**", "Answer:", "Answer 12:", "Answer (short):", "A:", "A12:", "A12.", "A12)", "Ans.", "Ans -", "Sol:",
# "- Answer:", "Potential Answer:", "**Correct answer:** …", "→ …"
# "答：", "답변:", "Ответ:", "Respuesta:"
_INTL_ANSWER = FOREIGN_ANSWER_LABEL
_MARKER = re.compile(r"^\s*(?:[-*+]\s+|\d{1,4}[.)]\s+)?(?:\*\*\*?|__|(?P<italic>\*)(?=\S))?\s*(?:✅\s*)?" + _QUALIFIER +
                     r"(?:(?:(?:answers?|ans)(?:\s*#?\d{1,4})?|solution|sol|a\d{0,4}|" + LETTER_ANSWER_LABEL + "|"
                     + _INTL_ANSWER + r")(?:\s*\([^()\n]{1,40}\))?"
                     # ("***Answer:***", "***Answer***:", bold and italic; "*Answer:*", "*Answer*:" in italics, the
                     # star closing the label before or after its colon: "*Solution: use a heap*" is an italic line)
                     r"(?(italic)(?:\*\s*[:：]|\s*[:：]\*)\s*|\s*(?:\*\*\*?|__)?\s*[:：]\s*(?:\*\*\*?|__)?)"
                     # ("**A** - kube-proxy …" in a key is the option A, as "**B** - …" is B)
                     r"|(?:answers?|a\d{1,4})(?:\*\*|__)\s|a(?:\*\*|__)\s(?![-–—]\s)|a\d{1,4}[.)](?=\s|$)|ans\.(?=\s)|"
                     r"(?:answer|ans)\s+[-–—](?=\s)|→)\s*",
                     re.IGNORECASE)
# A marker alone on its line: "**Answer**", "### ✅ Answer", "📝 **Answer**", "Answer", "*solution*", "_Solution:_", "答案："
_MARKER_LINE = re.compile(r"^\s*(?:#{1,6}\s*)?(?:[-*+]\s+|\d{1,4}[.)]\s+)?(?:[^\w\s*_#]{1,3}\s*)?(?:\*\*|__|\*|_)?\s*"
                          r"[^\w\s]{0,3}\s*" + _QUALIFIER +
                          r"(?:answers?|ans|solutions?|sol|" + _INTL_ANSWER
                          + r"|(?:[A-Za-z][\w.-]{0,24}\s*|我的|我)(?:回答|答案|解答))"
                          r"\s*[:.：]?\s*(?:\*\*|__|\*|_)?\s*[:.：]?\s*$",
                          re.IGNORECASE)
# Lines that say what a question is about, not what answers it: "**Keywords:** …", "- **Fundamental Concept**: …";
# and the data a question gives ("- Table: `events`", "- Columns: …" under a SQL task): part of the task, no answer.
# A hint or tip ("💡 Tip: practise the formulas") points the way; it is not the answer either.
_METADATA = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:[^\w\s*_]{1,3}\s*)?(?:key ?words?|tags?|difficulty|"
                       r"asked (?:by|at|in)|companies|"
                       r"your answer|level|(?:(?:fundamental|key|core|main|underlying)\s+)?concepts?(?: tested)?|"
                       r"topics?|categor(?:y|ies))\s*(?:\*\*|__)?\s*:"
                       # A task's data and a tip only as a marked label ("- Table:", "**Tip:**", "💡 Tip:"): a plain
                       # "Schema: users(id, …)" or "Tip: use a KV cache, …" line may be the answer itself.
                       r"|^\s*(?:[-*+]\s+(?:\*\*|__)?|(?:\*\*|__)|(?:[-*+]\s+)?[^\w\s*_]{1,3}\s*)\s*"
                       r"(?:tables?|columns|schema|hints?|tips?)\s*(?:\*\*|__)?\s*:", re.IGNORECASE)
_YOUR_ANSWER = re.compile(r"^\s*(?:\*\*|__)?\s*your answer\s*:?\s*(?:\*\*|__)?\s*:?\s*$", re.IGNORECASE)
_FOLLOW_UPS = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*follow[- ]?ups?(?: questions?)?\s*:?\s*(?:\*\*|__)?\s*:?\s*$",
                         re.IGNORECASE)
_ADMONITION = re.compile(r"^(\s*)(?:\?\?\?\+?|!!!)\s*([\w-]+)(?:\s+\"([^\"]*)\")?\s*$")
# "Show the answer" in Chinese, Korean and Russian: a box or summary that only says so
_CJK_SHOW = (r"(?:点击|點擊)?(?:查看|显示|顯示|展开|展開|参考)?(?:答案|解答|解析|详情|詳情|代码|代碼)|展开|展開|"
             r"(?:답변|정답|해설)(?: ?보기)?|回答|펼치기|показать ответ|ответ")
_ANSWER_BOX = re.compile(r"^\W*(?:(?:(?:view|show|see|reveal)\s+)?(?:the\s+)?(?:answers?|solutions?)|" + _CJK_SHOW + r")\W*$",
                         re.IGNORECASE)
_HINT_BOX = re.compile(r"^\W*hints?\W*$", re.IGNORECASE)
_DETAILS_TAG = re.compile(r"^\s*(?:</?details\b[^>]{0,200}>\s*)+$", re.IGNORECASE)
_SUMMARY_LINE = re.compile(r"^\s*(?:<details\b[^>]{0,200}>\s*)?<summary\b[^>]{0,200}>(.*?)</summary\s*>\s*(.*)$",
                           re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,200}>")
_LIST_TAG = re.compile(r"^\s*</?(?:li|ol|ul)\b[^<>]{0,200}>\s*$", re.IGNORECASE)  # a list's own tag alone
# HTML's own paragraph around an answer in <details>, and a wrapper alone on its line ('<div markdown="1">'), a
# "<br>" between answers
_PARAGRAPH_TAG = re.compile(r"^\s*(?:</?p>|<div\b[^<>]{0,200}>|</div>|<br\s*/?>)\s*$", re.IGNORECASE)
_GENERIC_SUMMARY = re.compile(r"^\W*(?:(?:click|tap)(?: here)? to (?:reveal|expand|show|see|view)(?: the)?(?: answers?)?|"
                              r"(?:show|view|reveal|see|hide|toggle)(?: the)? (?:answers?|solutions?|code|more|details)|"
                              r"(?:(?:" + ANSWER_QUALIFIER + r")\s+)?(?:answers?|solutions?)|code|details|more|expand|"
                              + _CJK_SHOW + "|" + FOREIGN_ANSWER_LABEL + r")\W*$", re.IGNORECASE)  # ("Potential Solution",
# "Possibile Risposta")


def generic_summary(text: str) -> bool:
    """Whether a ``<summary>`` only says to open the box ("Answer", "Click to reveal", "展开答案").

    >>> generic_summary("Click to reveal"), generic_summary("⚡ Basics")
    (True, False)
    """
    return _GENERIC_SUMMARY.match(_TAG.sub("", text)) is not None


_BACK_TO_TOP = re.compile(r"^\s*(?:\*\*|__|\*|_)?\[[^\]]{0,40}(?:back to top|top)[^\]]{0,20}\]\(#[^)]{0,200}\)"
                          r"(?:\*\*|__|\*|_)?\s*$", re.IGNORECASE)  # "[⬆ Back to Top](#toc)", bold or not
_STUB = re.compile(r"^[\W_]*(?:(?:(?:your|my)\s+)?answers?\s+(?:goes\s+)?here|tbd|tba|todo|to ?do|"
                   r"(?:answers? (?:is |are |will be )?)?coming soon|"
                   # a site's link to the answer it keeps behind a sign-in: "✎ Full Text Answer"
                   r"full text answer|"
                   r"(?:answers? )?(?:to|will) be (?:added|filled|written|done|updated|completed|provided)(?: soon| later)?|"
                   r"wip|work in progress|pending|n/?a|\.\.\.|…|"
                   # a sentence begun and left: "Module is -", "webpack plugin is -"
                   r"(?:\w+[ \t]+){0,6}(?:is|are|means)[ \t]*[-–—]|"
                   # a practice sheet's honest blank: "dont know", "I don't know yet", "not sure"
                   r"(?:i\s+)?(?:don['’]?t|do not) know(?: yet)?|not sure(?: yet)?|no idea|"
                   # a template's instruction left in place: "Write about the causes of X here.", "Add your answer here"
                   r"(?:write|add|insert|put|fill in|type|enter)\s+(?:about\b[^\n]{0,200}?|(?:your|the|an?)\s+"
                   r"(?:own\s+)?(?:answers?|notes?|explanations?|details|solutions?)\b[^\n]{0,100}?)\s*here|"
                   # "to be added" in Chinese, Japanese, Korean and Russian
                   r"待补充|待補充|待完善|待更新|待续|待續|暂无|暫無|暂缺|未完成|略|准备中|準備中|執筆中|作成中|"
                   r"작성 ?중|준비 ?중|추가 ?예정|будет добавлено|в процессе|скоро|"
                   # a template's "write your answer" left in place, in Korean, Chinese and Japanese
                   r"답변을 ?(?:적어|작성해) ?주세요|(?:请在此|請在此)?(?:填写|填寫)(?:答案|回答)|"
                   r"回答を(?:書いて|記入して)ください"
                   r")[\W_]*$", re.IGNORECASE)
_LINK = re.compile(r"!?\[[^\[\]]{0,400}\]\([^()\s]{0,2000}(?:\s+\"[^\"]{0,200}\")?\)|<https?://[^<>\s]{0,2000}>|https?://\S+")
# Words that only point at a link; "_More reading: […](…)_" too (an underscore is no word boundary).
_LINK_WORDS = re.compile(r"(?<![^\W_])(?:references?|resources?|sources?|src|links?|see(?: also)?|more|read more|answers?|here|"
                         # "👉 Check out all 39 answers here: […](…)": the answers are elsewhere
                         r"all|\d+|"
                         r"(?:further |more |suggested |recommended )?reading|video|walkthrough|back to top|top|click|"
                         # "Please see […](…).", "Refer to […](…)", "See […](…) and […](…)": a pointer, however polite
                         r"please|refer(?:red)?(?: to)?|check(?: out)?|(?:for )?(?:more )?details|and|or|by|"
                         # "From: https://…", "From this link: …": where the question came from
                         r"(?:adapted |taken )?from(?: this)?|"
                         # "###### Medium: https://…", "Blog: …": where the link was found, then the link
                         r"blog|medium|article|post|paper|docs?|documentation|wiki(?:pedia)?|tutorial|youtube|slides|"
                         r"kaggle|quora|github|stack ?overflow)(?![^\W_])|"
                         r"请|請|参考|參考|链接|連結|详见|詳見|参见|參見|见|見|答案|解答|点击|點擊|这里|這裡|原文|来源|來源|和|及|"
                         r"링크|참고|답변|여기|ссылка|ответ|здесь|подробнее", re.IGNORECASE)


_WORD = re.compile(r"[^\W_]")
# (a link's address may hold parentheses that pair: ".../simple%20(2).svg", ".../Foo_(bar).png")
_INLINE_IMAGE = re.compile(r"!\[[^\[\]]{0,400}\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}+(?:\s+\"[^\"]{0,200}\")?\)")
_ENTITY = re.compile(r"&#?\w{1,10};")
_HTML_IMAGE = re.compile(r"<img\b", re.IGNORECASE)
NO_TEXT_CHARS = 20_000  # a longer answer is not read for words: it has some

TRAILER_CHARS = 160  # a promo line or a chat's closing offer is short; longer last lines are content
# (an underscore is no word boundary: "_Thanks for reading!_"); a wish is closing words only as a line of its own
# ("Good luck with your interviews!"), not inside an answer's sentence ("I wished them good luck")
_CLOSING = re.compile(r"(?<![^\W_])(?:thanks? (?:you )?for reading|share (?:it|this) with)\b"
                      r"|^[\W_]*(?:good luck|best of luck|all the best|happy (?:learning|studying|interviewing|coding"
                      r"|prepping))\b(?:[\W_]*$|[\W_]*[!.]\s[^?]{0,80}$| (?:with|for|in|on) [^?,;]{0,60}$)", re.IGNORECASE)
# One tag of a post's closing tag line ("#Transformers", "**#AI", "#LLM**"): a word after the hash
_HASHTAG = re.compile(r"^[*_(\[]*#[^\W\d_][\w-]*[*_)\].,;]*$")
_HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
HASHTAG_CHARS = 600  # a post's tag line runs longer than a promo line
HEADING_ONLY_LINES = 3  # a heading or two, and nothing under them: a section's title, not an answer
SAID_HEADING_WORDS = 10  # a heading this long that ends a sentence is the answer's prose, set large


def said_as_heading(text: str) -> bool:
    """Whether a heading-only answer holds a sentence written as a heading ("##### Fail-safe is a 7-day period
    after … during which Snowflake can recover data."): prose, not a section's title.

    >>> said_as_heading("##### Fail-safe is a seven-day period after Time Travel in which data can be recovered.")
    True
    >>> said_as_heading("### Key points")
    False
    """
    return any(len(said.split()) >= SAID_HEADING_WORDS and said.rstrip(" *_").endswith((".", "。"))
               and "question" not in said.lower()  # ("The questions below come from a thread …": a note over them)
               for said in (line.strip().lstrip("#").strip() for line in text.split("\n")))
_ATX_LINE = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")


def is_hashtag_line(line: str) -> bool:
    """A post's closing tag line ("#Transformers #NLP #LLM"), not code ("    #sidebar #menu") nor colours."""
    if len(line) > HASHTAG_CHARS or line[:4] == "    " or line[:1] == "\t":
        return False
    tags = line.split()
    return (len(tags) >= 2 and all(_HASHTAG.match(tag) for tag in tags)
            and not all(_HEX_COLOUR.match(tag.strip("*_()[].,;")) for tag in tags))


@dataclass(slots=True)
class CleanAnswer:
    text: str
    verdict: str = ""  # "", "empty", "stub", "link-only", "follow-ups", "heading-only"…
    images: list[int] = field(default_factory=list)  # offsets of dropped image lines in the lines given
    # What the question shows beyond its title, above its answer marker: the code it asks about, its options,
    # its task's statement and examples
    prompt: str = ""


def clean_answer(lines: list[str], lead: str = "", *, last: bool = False, code: int = 0,
                 assembled: bool = False, leads_in: bool = False, choices_shown: bool = False,
                 output_asked: bool = False, chooses: bool = False) -> CleanAnswer:
    """The answer's Markdown from the lines after a question (``lead``: text on the question's own line;
    ``last``: the document's last question, whose answer its closing lines follow; ``code``: how the question
    asks about code it shows (:func:`code_asked`); ``assembled``: the lines are an answer the layout put
    together, a dialogue's turns or a table's cell, with none of the question's own text in them; ``leads_in``:
    the title ends in a colon, leading into text under it; ``choices_shown``: the question shows its choices, so
    a letter opening the answer, "**A**: because …", is the choice, not the "A:" that labels an answer;
    ``output_asked``: the title asks what code under it does, :func:`asks_output`; ``chooses``: it asks which of
    several is so)."""
    if not lead and all(not line.strip() for line in lines[:50]) and len(lines) <= 50:
        return CleanAnswer("", "empty")
    images = [i for i, line in enumerate(lines) if "![" in line and _IMAGE_LINE.match(line)]
    body = [line.rstrip() for i, line in enumerate(lines) if not images or i not in images]
    if any(line[:4].lower() in _OPTION_HEADING_STARTS for line in body[:40]):  # (a cheap look first)
        body = [_option_heading(line) for line in body]
    if "<" in "".join(body[:2] + body[-3:]):  # (a cheap look first)
        # a blog post exported as HTML: its paragraphs, lists and code; else the tags of an HTML list of
        # questions around the answer go
        body = html_as_markdown(body) if is_html(body) else _without_list_tags(body)
    body = _dedent(body)
    lead = _without_closing_details(lead).strip()
    if lead:
        body = [lead, *body]
    body = _unquote(_trim(body))
    if (1 < len(body) <= GOES_ON_LINES + 1 and all(line.strip() for line in body) and _answer_marker(body[-1]) == ""
            and not any(_answer_marker(line) is not None for line in body[:-1])):
        # "Q: You have a memory leak in production." over "How would you start debugging it?" and an empty "A:":
        # the question goes on over the slot left for its answer
        result = CleanAnswer("", "empty")
        result.prompt = "\n".join(body[:-1])
        return result
    # ("Ans:" over "- A: …", "- B: …": no options; a cheap look first, at the option under it)
    marked = len(body) > 1 and _OPTION.match(body[1]) is not None and _answer_marker(body[0]) is not None
    # (what follows an answer's marker is its answer, code too: "Correct Answer: console.log(x)")
    led = code in (CODE_BELOW, EXAMPLE_BELOW) and bool(body) and _answer_marker(body[0]) is not None
    if output_asked and not assembled and _program_alone(body):
        # "What is the output?" over a program and nothing else (no "Answer:" over it): the code it asks about
        result = CleanAnswer("", "empty")
        result.prompt = "\n".join(_trim(body))
        return result
    if not (choices_shown and body and _LETTER_CHOSEN.match(body[0])):
        body = _take_leading(body)
    prompt, body = ("", body) if assembled else (
        _checkbox_options(body) or _x_marked_options(body) or split_prompt(body, code=code, marked=marked or led,
                                                                          leads_in=leads_in, chooses=chooses))
    body = _unwrap(body)
    body = _trim(_without_back_to_top(body))
    while body and (len(body[-1]) <= TRAILER_CHARS and (is_promo(body[-1]) or to_reader(body[-1]))
                    or last and (len(body[-1]) <= TRAILER_CHARS and _CLOSING.search(body[-1])
                                 or is_hashtag_line(body[-1]))):
        # "Star this repo", a chat's "Would you like me to…?"; after the last answer, a post's "Thanks for
        # reading!" and its "#LLM #RAG" tags: after the answer, not in it
        body = _trim(body[:-1])
    body = _without_list_remark(_without_offer(body))
    text = "\n".join(body).strip("\n")
    result = _verdict(text, body, images)
    result.prompt = prompt
    return result


GOES_ON_LINES = 3  # lines a question may go on for over the empty answer label left under it


_LETTER_CHOSEN = re.compile(r"^\s*(?:\*\*|__)?[A-Ha-h](?:\*\*|__)?\s*[:：]")  # "**A**: because …", "A: …"
_OPTION_HEADING_STARTS = frozenset(f"<h{level}" for level in range(1, 7)) | frozenset(
    f"<h{level}>" for level in range(1, 7))
_OPTION_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>\s*([a-hA-H][.)]\s+.*?)\s*</h\1\s*>\s*$", re.IGNORECASE)
_STRONG = re.compile(r"<(strong|b)>\s*(.*?)\s*</\1\s*>", re.IGNORECASE)


def _option_heading(line: str) -> str:
    """"<h3>c. Master & Nodes <strong>(Correct)</strong></h3>": a quiz's option set large in HTML, as the list
    item it is ("- c. Master & Nodes **(Correct)**"); any other line as it is."""
    match = _OPTION_HEADING.match(line)
    if match is None:
        return line
    marked = _STRONG.sub(lambda strong: f" **{strong.group(2)}**", match.group(2))
    return f"- {' '.join(_TAG.sub('', marked).split())}"


def _verdict(text: str, body: list[str], images: list[int]) -> CleanAnswer:
    """The answer ``text`` (its lines ``body``), or why it is none: empty, a stub, links only, follow-ups…"""
    if not text.strip() or (len(text) <= 60 and all(not line.strip() or _EMPTY_ITEM.match(line) for line in body)):
        return CleanAnswer("", "empty", images)  # nothing, or only an empty list item ("8." after a question list)
    if _only_follow_ups(body):
        return CleanAnswer("", "follow-ups", images)
    if len(body) <= BLANK_FORM_LINES and sum(1 for line in body if line.strip()) >= BLANK_FORM_FIELDS and all(
            not line.strip() or _BLANK_FIELD.match(line) for line in body):
        return CleanAnswer("", "stub", images)  # "- **Cause:**", "- **Action:**", "- **Result:**": a form not filled in
    if _STUB.match(_TAG.sub("", text.replace("&nbsp;", " ") if "&nbsp;" in text else text).strip()) or _stub_with_tips(body):
        return CleanAnswer("", "stub", images)  # (an HTML answer's "&nbsp;" indent is no text)
    if len(text) <= CROSS_REFERENCE_CHARS and _CROSS_REFERENCE.match(plain(text)):
        return CleanAnswer("", "cross-reference", images)
    if len(body) <= HEADING_ONLY_LINES and all(not line.strip() or _ATX_LINE.match(line) for line in body):
        # A section's title after the last question of the one above, where it is the exception (the parser
        # keeps such answers where most are written so: "### O(log n)" under each question)
        return CleanAnswer(text, "heading-only", images)
    if _no_words(text) and text.strip().strip("`") not in _OPERATORS:
        # "!", "-", an <img> in a <div>, "&nbsp;": a mark or a picture, nothing to read (an operator is an answer)
        return CleanAnswer("", "image-only" if images or _HTML_IMAGE.search(text) else "stub", images)
    if _link_only(text):
        return CleanAnswer("", "link-only", images)
    return CleanAnswer(text, "", images)


# What a quiz asks the symbol of ("Which symbol starts a single-line comment?" - "//"): an answer without words
# ("->" and "=>" also point at nothing: "Bir classın … ->" where the answer was left for later)
_OPERATORS = frozenset("// /* # === !== == != <= >= && || ** ++ :: << >> ?? ?. += := %".split())
# An answer that only points to where it is written: "**Detailed Answer Already Covered in Q10 of Part 1**",
# "See Q5 above.", "Same as question 12", "Answered in Q99-Q104 of File 04"
_CROSS_REFERENCE = re.compile(
    r"^[\W_]*(?:(?:(?:the )?(?:detailed |full |complete )?answers? (?:is |was )?)?(?:already )?"
    r"(?:covered|answered|explained|discussed)(?: (?:above|earlier|before|previously))?(?: in| under| as)?|"
    r"(?:see|refer to|same as|as in)(?: the)?(?: answer (?:to|of|in))?)\s+"
    r"(?:(?:q|question|#)\s*\d{1,4}(?:\s*[-–]\s*(?:q\s*)?\d{1,4})?|(?:the )?(?:question |answer )?above|"
    r"(?:the )?previous (?:question|answer))(?:\s+(?:above|below|earlier))?(?:\s+(?:of|in|from)\s+[\w .-]{1,40}?)?"
    r"[\W_]*$", re.IGNORECASE)
CROSS_REFERENCE_CHARS = 160


# A chat's closing offer, over a list of what it can do: "If you want, I can:", "If you'd like, I can also …"
_OFFER = re.compile(r"^[^\w(]{0,4}(?:\d\ufe0f?\u20e3\s*)?(?:if you(?:'d| would)? (?:want|like)(?:\W*(?:\([^()]{0,40}\))?\W*$|"
                    r"(?: me to)?,? i can\b)|i can(?: also)?\s*:\s*$|want me to\b|just say\b)", re.IGNORECASE)
OFFER_LINES = 12  # an offer and its short list of options, at the very end


def _without_offer(body: list[str]) -> list[str]:
    """The answer without a chat's closing offer at its end ("If you want, I can:" over "🎯 Run a mock
    interview"): addressed to the reader, not part of the answer."""
    if not body or len(body[-1]) > TRAILER_CHARS:
        return body  # an offer ends in a short line: most answers do not
    for start in range(max(1, len(body) - OFFER_LINES), len(body)):
        if _OFFER.match(body[start].strip()) and all(len(rest) <= TRAILER_CHARS for rest in body[start:]):
            return _trim(body[:start])
    return body


# "These questions are meant to check …", "The questions above cover …": a remark on the whole list of questions
_LIST_REMARK = re.compile(r"^(?:(?:these|all (?:of )?these|this (?:set|list) of)\s+(?:[\w-]+\s+){0,2}?questions|"
                          r"the\s+(?:[\w-]+\s+){0,2}?questions\s+(?:above|in this (?:list|document|guide|file|section))|"
                          r"the above\s+(?:[\w-]+\s+)?questions)\s+(?:are|were|will|should|can|cover|test|help|aim|focus|"
                          r"assess|check|span|range|come)\b", re.IGNORECASE)
REMARK_CHARS = 600


def _without_list_remark(body: list[str]) -> list[str]:
    """The answer without a last paragraph that remarks on the document's list of questions ("These questions
    are designed to assess …"): the list's closing note, written after its last question, answers none."""
    if not body or len(body[-1]) > REMARK_CHARS:
        return body
    start = len(body)
    while start > 0 and body[start - 1].strip():
        start -= 1
    if start == len(body) or body[start].lstrip()[:1] not in "TtAa" or "question" not in body[start][:100].lower():
        return body
    paragraph = " ".join(line.strip() for line in body[start:])
    if len(paragraph) > REMARK_CHARS or paragraph.endswith(("?", "？")) or not _LIST_REMARK.match(paragraph):
        return body
    return _trim(body[:start])


_TIP_START = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:[^\w\s*_]{1,3}\s*)?(?:tips?|hints?)\s*(?:\*\*|__)?\s*:",
                        re.IGNORECASE)


def _stub_with_tips(body: list[str]) -> bool:
    """"TBD" with only a tip or hint under it ("Tip: think about the majority class."): the answer is still to be
    written; the tip points the way to it. A tip after a real answer stays with that answer."""
    if len(body) < 2 or len(body[0]) > 80:
        return False  # a stub is a word or two: most answers start longer
    first = body[0].strip()
    if not _STUB.match(_TAG.sub("", first).strip()):
        return False
    in_tip = False
    for line in body[1:]:
        if not line.strip():
            in_tip = False
        elif _TIP_START.match(line[:100]):
            in_tip = True
        elif not in_tip:
            return False  # text of its own after the stub
    return True


def _no_words(text: str) -> bool:
    """Whether ``text`` has no word outside HTML tags, images and entities."""
    if text[:1].isalnum():
        return False  # it starts with one: markup starts with "<", "&" or "!["
    if "<" not in text and "&" not in text and "![" not in text:
        return _WORD.search(text) is None
    if len(text) > NO_TEXT_CHARS:
        return False
    if "`" in text and _CODE_SPAN_WORD.search(text):
        return False  # "`<ol>`", "`<a href=\"#details\">`": a tag shown as code is the answer, not markup
    return _WORD.search(_ENTITY.sub(" ", _TAG.sub(" ", _INLINE_IMAGE.sub(" ", text)))) is None


_CODE_SPAN_WORD = re.compile(r"`[^`\n]*\w[^`\n]*`")


def _dedent(body: list[str]) -> list[str]:
    if all(not line or not line[0].isspace() for line in body):
        return body  # nothing indented: the common case, and textwrap is slow on long answers
    if any(line[:1] == "\t" for line in body) and any(line[:1] == " " for line in body):
        # lines indented by a tab and by spaces alike ("\t```" closed by "    ```"): a tab is four columns, as
        # Markdown reads it, so that the indent they share comes off
        body = [line[:(indent := len(line) - len(line.lstrip(" \t")))].expandtabs(4) + line[indent:] for line in body]
    return textwrap.dedent("\n".join(body)).split("\n")


_BULLET = re.compile(r"^\s*[-*+]\s")


def _item_dedent(body: list[str]) -> list[str]:
    """The lines after a list item's answer marker ("- **Answer:**"): the item's own indented lines out of it,
    the list's next items ("- **Answer (Deep Dive):**") as they are."""
    own = next((i for i, line in enumerate(body) if line and not line[0].isspace()), len(body))
    return [*_dedent(body[:own]), *body[own:]]


def _unquote(body: list[str]) -> list[str]:
    """An answer written wholly inside a blockquote ("> * A: …" under each question) comes out of it."""
    if not body or not body[0].startswith(">") or any(line and not line.startswith(">") for line in body):
        return body
    return _dedent([line[2:] if line.startswith("> ") else line[1:] for line in body])


def _trim(body: list[str]) -> list[str]:
    start, end = 0, len(body)
    while start < end and (not body[start].strip() or _HR_LINE.match(body[start])):
        start += 1
    while end > start and (not body[end - 1].strip() or _HR_LINE.match(body[end - 1])):
        end -= 1
    return body[start:end]


# a flashcard's line between its question and its answer ("??": shown both ways), and a slide deck's between the
# question's slide and the answer's below it (reveal.js "--")
_CARD_SEPARATORS = ("?", "??", "--")


_NUMBERED_A_ALONE = re.compile(r"^[aA]\d{1,4}[.)]$")


def _take_leading(body: list[str]) -> list[str]:
    """Metadata lines, answer markers and answer boxes at the start of the answer come off.

    The patterns see the first line with its whitespace collapsed (and its first 300 characters):
    they then run in bounded time, whatever the line.
    """
    for _ in range(12):  # each pass takes one thing off; real answers have two or three
        if not body:
            return body
        first = body[0]
        flat = " ".join(first.split())
        head = flat[:300]
        box = _ADMONITION.match(first) if len(first) <= 300 else None
        if _YOUR_ANSWER.match(head) or _METADATA.match(head):
            body = _trim(body[1:])
        elif _MARKER_LINE.match(head):
            body = _trim(_dedent(body[1:]))
        elif (marker := _leading_marker(flat)) is not None and not (_OPTION.match(first) and _options_follow(body)) and (
                marker or not _NUMBERED_A_ALONE.match(flat) or any(line.strip() for line in body[1:])):
            # ("A4." alone, nothing under it, is the answer itself: a paper size, a cell; "A7." over lines labels them)
            rest = marker  # "#### Answer: B" in a <details> as "Answer: B"; "- A: Atomicity" over "- B: …" is an option
            after = _item_dedent(body[1:]) if _BULLET.match(first) else _dedent(body[1:])
            body = _trim([rest, *after] if rest else after)
        elif _DETAILS_TAG.match(head) or _PARAGRAPH_TAG.match(head) or head in _CARD_SEPARATORS:
            body = _trim(body[1:])
        elif (summary := _SUMMARY_LINE.match(flat)) and _GENERIC_SUMMARY.match(_TAG.sub("", summary.group(1))):
            rest = _without_closing_details(summary.group(2)).strip()
            body = _trim([rest, *body[1:]] if rest else body[1:])
        elif box and (_ANSWER_BOX.match(box.group(3) or box.group(2)) or _HINT_BOX.match(box.group(3) or box.group(2))):
            inner, after = _box(body)
            body = _trim(after if _HINT_BOX.match(box.group(3) or box.group(2)) else [*inner, *after])
        else:
            return body
    return body


def _leading_marker(flat: str) -> str | None:
    """What follows an answer marker opening ``flat`` (a line, spacing collapsed), None when it opens with none.
    A heading is a marker only when it names one in a word ("#### Answer: B"): "### A: Quick answer" and
    "#### Solution: Inverse Propensity Weighting" are an answer's section titles."""
    heading = flat[:1] == "#"
    text = flat.lstrip("#").lstrip() if heading else flat
    marker = _MARKER.match(text[:300])
    if marker is None or heading and not _named_marker(marker.group()):
        return None
    rest = text[marker.end():].strip()
    taken = marker.group()
    for stars in ("**", "__"):
        if taken.count(stars) % 2 and stars in rest:  # a bold the marker opened, or took from the answer, is open
            if taken.rstrip().endswith(stars) and rest.count(stars) % 2:
                rest = stars + rest  # "Answer: **bold** end": the stars after the colon open the answer's bold
            elif rest.endswith(stars) and rest.count(stars) == 1:
                rest = rest[:-2].rstrip()  # "**Answer: b) Completeness**": one bold over the label and its answer
            elif rest.count(stars) == 1:
                rest = stars + rest  # "**Answer: B** - Entra ID": the bold over the label goes on over the answer's start
    return rest


def _named_marker(marker: str) -> bool:
    """"Answer:", "Ответ:": a marker of three letters or more, and no "Solution:" (a section's name)."""
    return sum(1 for char in marker if char.isalpha()) >= MARKER_WORD_LETTERS and not _SOLUTION_WORD.search(marker)


MARKER_WORD_LETTERS = 3  # "Ans" at least: "A:" in a heading is a section's letter
_FENCE = re.compile(r"^\s*(?:```|~~~)")
# An option of a multiple-choice question: "- A: `[1] [1]`", "B) 42", "(c) none"
_OPTION = re.compile(r"^\s*(?:[-*+]\s+)?(?:\[ \]\s+)?(?:\*\*|__)?(?:\(?[A-Ha-h]\)|[A-H][.:)])(?:\*\*|__)?\s+\S")  # ("- [ ] A. …")
# "a. 1995": an option too, where a marker or a mark tells the right one (else as often an answer's steps)
_LOWER_OPTION = re.compile(r"^\s*(?:[-*+]\s+)?(?:\[ \]\s+)?(?:\*\*|__)?[a-h]\.(?:\*\*|__)?\s+\S")


def _any_option(line: str) -> bool:
    return _OPTION.match(line) is not None or _LOWER_OPTION.match(line) is not None


def only_options(text: str) -> bool:
    r"""Whether every line of ``text`` with words is a quiz's option ("A) Azure Key Vault", "- b. Two").

    >>> only_options("A) Azure Key Vault  \nB) Microsoft Entra ID"), only_options("A) One\nBecause it is.")
    (True, False)

    An unticked box is an option too, lettered or not, where every line is one ("- [ ] It compiles."); a line
    break written as a tag between them is nothing.

    >>> only_options("- [ ] It compiles.\n- [ ] It fails.\n<br>"), only_options("- [ ] Done\nSome notes.")
    (True, False)
    """
    filled = [line for line in text.split("\n") if line.strip() and not _BREAK_TAG.match(line)]
    if filled and all(_BOX_OPTION.match(line) for line in filled):
        return True
    return bool(filled) and all(_any_option(line) for line in filled)


_BOX_OPTION = re.compile(r"^\s*[-*+]\s+\[ \]\s+\S")
_BREAK_TAG = re.compile(r"^\s*<br\s*/?>\s*$", re.IGNORECASE)
# The question's own statement under its title: "**Question:**", "### Question", "Problem statement:" (a bare
# "Problem:" more often opens an answer: "Problem: …", "Causes: …", "Solutions: …")
# "**Question:** …", "Question:", "### Question", "**Question 1**" alone on its line; not "Question 3 of the exam …"
# "**Question:**", "### Problem statement", "**Questions Details:**" (the task in full, under a short title)
_PROMPT_LABEL = re.compile(r"^\s*+(?:(?:#{1,6}\s*+)?(?:\*\*|__)?\s*+(?:questions?(?:[ \t]details?)?|problem statement)\s*+"
                           r"(?:\*\*|__)?\s*+[:：]\s*+(?:\*\*|__)?\s*+(?=\S|$)|(?:#{1,6}\s*+|(?=\*\*|__))(?:\*\*|__)?\s*+"
                           r"(?:question|problem statement)(?:\s+\d{1,4})?\s*+(?:\*\*|__)?\s*+[:：]?\s*+$)", re.IGNORECASE)
# What a task gives to work on: "**Example:**", "Input:", "Sample output:"
_GIVEN_LABEL = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:examples?|input|output|given|constraints?|"
                          r"sample (?:input|output))\s*(?:\*\*|__)?\s*[:：]", re.IGNORECASE)
_OPTIONS_LABEL = re.compile(r"^\s*(?:#{1,6} )?(?:\*\*|__)?(?:options|choices)(?:\*\*|__)?[:：]?(?:\*\*|__)?\s*$", re.IGNORECASE)
OPTIONS_LABEL_CHARS = 40  # "### Options", "**Choices:**": a short line (the look is bounded)
_SOLUTIONS = re.compile(r"solutions", re.IGNORECASE)
_SOLUTION_WORD = re.compile(r"sol", re.IGNORECASE)
_BOLD_LABEL = re.compile(r"^\s*(?:\*\*|__)[^*_\n]{1,80}?(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])")
PROMPT_PROSE_LINES = 2  # "Consider this snippet:" and a line around the code; more is an answer's prose
PROMPT_SCAN_LINES = 400  # the answer marker after a question's code comes within a screen or so


# A question about code it shows: "the following code", "the snippet below", "this program"
_SHOWS = re.compile(r"\b(?:following|below)\b|\b(?:this|given)\s+(?:code|snippet|program|function|query|statement|"
                    r"declarations?|class|script)\b|\bthese\s+(?:\w+\s+)?(?:statements|snippets|lines|declarations|"
                    r"definitions|expressions|queries|functions|commands)\b", re.IGNORECASE)
# …or about what code does: "What's the output?", "What will it print?", "What is wrong with it?", "Predict the behavior:"
_ABOUT_CODE = re.compile(r"\b(?:output|print(?:s|ed)?|returns?|result|wrong|bug(?:gy)?|predict)\b", re.IGNORECASE)
# A task: what follows it is its solution, code or not ("Write a query for the following table")
_TASK = re.compile(r"\b(?:write|implement|implementing|convert|rewrite|refactor|translate|modify|complete|create|design|"
                   r"build|fix|correct|optimi[sz]e|improve|with (?:an )?examples?)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")
ABOUT_CODE = 1  # the question asks what code does: code before its answer marker is the question's
LABELLED_CODE = 4  # a "Q:" label's lines up to its "A:" are the question's, as ABOUT_CODE's, whatever it asks
CODE_BELOW = 2  # it points at code under it: the code opening its lines is the question's, marker or not
EXAMPLE_BELOW = 3  # a task that leads into its example ("… if the input is 3, the output should be:"): the code
# under it is the question's, and so is more of the example after it ("The output should be:" over code)
# A task's statement ending in what leads into its example input or output
_LEADS_TO_EXAMPLE = re.compile(r"\b(?:input|output)s?\b[^.?!:：]{0,30}[:：]$", re.IGNORECASE)
_EXAMPLE_NOTE = re.compile(r"^\W*note\b", re.IGNORECASE)
# …and a line of the example after its code: "The output should be:" over more, or "Output: `1 2 3`"
_EXAMPLE_PART = re.compile(r"^\W*(?:(?:the|and)\s+)?(?:expected\s+|sample\s+)?(?:input|output)s?\b[^.?!:：]{0,30}[:：]",
                           re.IGNORECASE)


def code_asked(title: str) -> int:
    """How the question ``title`` asks about code it shows: :data:`CODE_BELOW`, :data:`ABOUT_CODE` or 0.

    >>> code_asked("What's the output of the following code?"), code_asked("What's the output?")
    (2, 1)
    >>> code_asked("What is a goroutine?"), code_asked("Write a query for the following table.")
    (0, 0)
    >>> code_asked("Delete a file in Python. The following command"), code_asked("Is it safe? Run this code:")
    (0, 2)
    >>> code_asked("What is the difference (if any) between these 2 statements?")
    2
    >>> code_asked("Write a program that prints a multiplication table. If the input is 3, the output should be:")
    3
    """
    ending = title.rstrip(" *_")
    if ending.endswith((":", "：")) and _LEADS_TO_EXAMPLE.search(ending[-60:]):
        return EXAMPLE_BELOW
    folded = title.casefold()
    if not ("follow" in folded or "below" in folded or "this " in folded or "given " in folded or "these " in folded
            or "output" in folded
            or "print" in folded or "return" in folded or "result" in folded or "wrong" in folded or "bug" in folded
            or "predict" in folded):
        # Most titles stop here. The words are those _SHOWS, _ABOUT_CODE and _TASK start from, looked for one by one:
        # a loop over a tuple, or one case-blind pattern, cost several times as much on a 100k-question pack.
        return 0
    if _TASK.search(title):
        return 0
    sentences = _SENTENCE_BREAK.split(title.strip())
    # In the question's first sentence, or a last one that leads into what is shown ("… Run this code:");
    # "Delete a file. The following command will do it" is an answer run into the title.
    asking = [sentence for sentence in dict.fromkeys((sentences[0], sentences[-1]))
              if sentence is sentences[0] or sentence.rstrip(" *_").endswith((":", "?", "-", "–"))]
    if any(_SHOWS.search(sentence) for sentence in asking):
        return CODE_BELOW
    return ABOUT_CODE if any(_ABOUT_CODE.search(sentence) for sentence in asking) else 0


def _answer_marker(line: str, *, option_ok: bool = False) -> str | None:
    """The text after an answer marker when ``line`` is one ("**Answer:**", "#### Answer: B",
    "<details><summary>Answer</summary>"), else None. ``option_ok``: the line is known to be no option in a
    list of them, so "A: `[1] [1]`" is the answer."""
    whole = " ".join(line.split())
    flat = whole[:300]  # what the patterns read: bounded time, whatever the line
    if _MARKER_LINE.match(flat):
        # "**Solutions:**" over a list of fixes is part of an answer ("Causes:", then "Solutions:"), not its start
        return None if _SOLUTIONS.search(flat) else ""
    go_assignment = ":=" in flat[:12]  # "a := []int{}" in Go code: no "A:" marker
    if (option_ok or not _OPTION.match(flat)) and not go_assignment and (rest := _leading_marker(whole)) is not None:
        return rest
    if "<summary" in flat.lower() and (summary := _SUMMARY_LINE.match(whole)):
        label = _TAG.sub("", summary.group(1)).strip()
        if _ANSWER_BOX.match(label) or _MARKER_LINE.match(label):
            return _without_closing_details(summary.group(2)).strip()
    return None


def _option_letter(line: str) -> int:
    """The option's letter as a number, A or a as 0."""
    letter = next(char for char in line if char.isalpha())
    return ord(letter.lower()) - ord("a")


def _options_follow(body: list[str]) -> bool:
    """Whether the option on ``body``'s first line has another right under it ("- A: True" over "- B: False").
    "**A:**" under "**A:**" is a second answer; "A: Yes." and a "B: …" paragraph apart are a dialogue's turns."""
    following = body[1] if len(body) > 1 else ""
    return bool(_OPTION.match(following)) and _option_letter(following) != _option_letter(body[0])


def split_prompt(body: list[str], *, code: int = 0, marked: bool = False, leads_in: bool = False,
                 chooses: bool = False) -> tuple[str, list[str]]:
    r"""The question's own text (code, options, a task's statement) and the answer after its marker
    (``marked``: an answer marker came off above ``body``, so lettered lines there answer, not offer options;
    ``leads_in``: the title ends in a colon, leading into what it gives; ``chooses``: the title asks which of
    several is so, "Which statement is true?").

    Only text a question shows comes off: lettered options, code the title asks about (``code``, from
    :func:`code_asked`), with little prose around them, or a statement under a "Question:" label. Prose
    before "**Answer:**" ("Theory: …", "Framework: …") and the code a task's answer opens with stay in the
    answer, which they are part of.

    >>> split_prompt(["```python", "print(0.1 + 0.2 == 0.3)", "```", "- A: True", "- B: False", "",
    ...               "**Answer:** B: binary floats are inexact."])
    ('```python\nprint(0.1 + 0.2 == 0.3)\n```\n- A: True\n- B: False', ['B: binary floats are inexact.'])
    >>> split_prompt(["Theory: it reuses keys.", "", "**Answer:** It caches them."])[0]
    ''

    A question about the code under it ("What's the output of the following code?") shows that code even
    with no answer marker after it; what follows the code answers it.

    >>> split_prompt(["x := []int{}", "fmt.Println(len(x))", "", "It prints 0."], code=CODE_BELOW)
    ('```\nx := []int{}\nfmt.Println(len(x))\n```', ['It prints 0.'])

    A title that leads into what it gives ("Identify the part of speech of the underlined word:") shows the lines
    under it up to the answer marker that ends their paragraph.

    >>> split_prompt(["The cat quickly climbed the tree.", "Answer: Adverb"], leads_in=True)
    ('The cat quickly climbed the tree.', ['Adverb'])
    """
    if not body:
        return "", body
    labelled_options = False  # "### Options" over them: lettered lines that are options, marked right or not
    if len(body[0]) <= OPTIONS_LABEL_CHARS and _OPTIONS_LABEL.match(body[0]) and (listed := _trim(body[1:])) and (
            _any_option(listed[0])):
        body, labelled_options = listed, True  # ("### Options" over "a. …", "b. …": the options, as if unlabelled)
    if leads_in and body[0].strip() and not _FENCE.match(body[0]):
        for index, line in enumerate(body[1:GIVEN_LINES + 1], 1):
            if not line.strip() or _FENCE.match(line):
                break  # the given text is one paragraph, straight over its answer
            if (marker := _answer_marker(line)) is not None:
                after = _dedent(body[index + 1:])
                return "\n".join(_trim(body[:index])), _take_leading(_trim([marker, *after] if marker else after))
    if leads_in and (given := _given_over_marker(body)) is not None:
        return given
    first = body[0][:80].lower()
    label_first = ("question" in first or "problem" in first) and _PROMPT_LABEL.match(body[0]) is not None
    if not code and not label_first:
        head = "\n".join(body[:PROMPT_SCAN_LINES])
        has_fence = "`" in head and "```" in head or "~" in head and "~~~" in head
        if not has_fence and not (_any_option(body[0]) or len(body) > 1 and _any_option(body[1])):
            return "", body  # no code, no options, no label: all answer (and most answers, read fast)
    if _answer_marker(body[0]) is not None:
        return "", body
    fenced = has_code = False
    stated = said = False  # the labelled statement has ended; a line of it has been read
    options = prose = 0
    for index, line in enumerate(body[:PROMPT_SCAN_LINES]):
        if _FENCE.match(line):
            fenced, has_code = not fenced, True
            said = said or label_first and not fenced  # (code alone under the label is the statement: it is said)
            continue
        if fenced:
            continue
        if not line.strip():
            stated = label_first and said  # the statement is one paragraph (its label may be a line of its own)
            continue
        if index == 0 and label_first:
            said = bool(_PROMPT_LABEL.sub("", line, count=1).strip())
            continue
        marker = None if _is_option(body, index, options) else _answer_marker(line, option_ok=True)
        if label_first and not stated and marker is None and _BOLD_LABEL.match(line) and said:
            stated = True  # "**What a good answer covers:**" right under the statement: the statement ends
        if label_first and stated and marker is None and not (_any_option(line) or _GIVEN_LABEL.match(line)
                                                              or has_code and line.rstrip().endswith(("?", "？"))):
            # (under the code, "What does calling `f()` twice return?" is still the statement: it asks of the code)
            # Something else after the statement and what it gives (a rubric, notes): the answer's, as written
            return "\n".join(_unwrap(_trim(_unlabelled(body[:index])))), _take_leading(_trim(body[index:]))
        said = said or label_first
        if index and marker is not None:
            shown = options >= 2 or has_code and code
            if not (label_first or shown and prose <= PROMPT_PROSE_LINES):
                return "", body
            prompt = _unlabelled(body[:index]) if label_first else body[:index]
            after = _dedent(body[index + 1:])
            return "\n".join(_unwrap(_trim(prompt))), _take_leading(_trim([marker, *after] if marker else after))
        if _any_option(line):
            options += 1
        elif _ATX_LINE.match(line) and not label_first:
            return "", body  # a heading over code: a section of an answer ("#### Interleaving", then its code)
        elif not _GIVEN_LABEL.match(line) and not _DETAILS_TAG.match(line):
            prose += 1
    if not marked and options >= OPTIONS_MIN and _only_options(body):
        # a quiz's options: the question shows them; the one marked right ("**(correct)**") answers it, else nothing
        # (lines lettered "a.", "b." with none marked are as often the answer's steps: they stay the answer)
        shown, right = _marked_right(_trim(body))
        if right or labelled_options or all(_OPTION.match(line) for line in body if line.strip()):
            return shown, right
    if not marked and options >= OPTIONS_MIN and (quiz := _code_over_options(_trim(body))) is not None and (
            code or not any(option.rstrip(" *_").endswith(".") for option in quiz[1]) or len(quiz[1]) >= QUIZ_OPTIONS
            and (chooses or sum(len(option.split()) for option in quiz[1]) <= QUIZ_OPTION_WORDS * len(quiz[1]))):
        # (where the title does not ask about the code, lettered sentences under it are the answer's points, "A.
        # Slicing makes a copy.", unless there are three or more short ones: choices)
        # a quiz's code and its options under it, all there is: the question shows both, whatever its title asks
        shown, right = _marked_right(quiz[1])
        return "\n".join([*quiz[0], shown]), right
    # (under an answer's marker, the code is the answer: "Correct Answer: console.log(x)")
    return _shown(body, examples=code == EXAMPLE_BELOW) if code in (CODE_BELOW, EXAMPLE_BELOW) and not marked else (
        "", body)


OPTIONS_MIN = 2  # lettered options, all there is under a question, for them to be its options
QUIZ_OPTIONS = 3  # lettered sentences under code that are a quiz's choices whatever the title asks…
QUIZ_OPTION_WORDS = 7  # …when they are this short on average ("It prints 3.")


def _code_over_options(written: list[str]) -> tuple[list[str], list[str]] | None:
    """One fenced snippet opening ``written`` and lettered options after it, nothing else: (the snippet's lines,
    the options' lines); else None."""
    if not written or not _FENCE.match(written[0]):
        return None
    close = next((index for index in range(1, len(written)) if _FENCE.match(written[index])), None)
    if close is None:
        return None
    options = [line for line in written[close + 1:] if line.strip()]
    return (written[:close + 1], options) if len(options) >= OPTIONS_MIN and _only_options(options) else None

# a statement of a program, a line at a time: a call opening it ("printf(…);", "free(p)"), an assignment, or a
# line ended by ";" or an opening brace (not an output: "{'a': 1}", "TypeError: … type(s) …", "[1, 2]")
_STATEMENT = re.compile(r"\s*(?:[A-Za-z_][\w.]*\([^\n]{0,300}\)\s*;?\s*(?://.*)?$|[A-Za-z_][\w.\[\]'\"]*\s*[-+*/|&^]?="
                        r"\s*[^=\s]|[^\n]{0,300}[^\s{]\s*[;{]\s*(?://.*)?$)")
STATEMENT_CHARS = 300  # of a line read for a statement (a longer one is data)
# "What is the output?", "What will this print?", "Predict the behavior:": a question about what code does
_ASKS_OUTPUT = re.compile(r"\b(?:output|predict|what (?:does|will|would|is) (?:it|this|the (?:code|program|snippet)) "
                          r"(?:print|output|log|return)|what (?:prints|logs|(?:is|gets) printed)|"
                          r"what (?:is |will be |would be )?(?:the )?result)\b", re.IGNORECASE)


def asks_output(title: str) -> bool:
    """Whether ``title`` asks what code shown under it does, with no code of its own (a title quoting code,
    "What does `dict(a=1)` return?", is answered by what follows)."""
    return "`" not in title and _ASKS_OUTPUT.search(title) is not None and _TASK.search(title) is None


def _program_alone(body: list[str]) -> bool:
    """Whether ``body`` is one fenced block of program code, and nothing else: the code a question about code
    asks about, its output not given (an output alone in a fence, "42" or "[1, 2]", is the answer)."""
    written = _trim(body)
    return (len(written) >= 3 and _FENCE.match(written[0]) is not None and _FENCE.match(written[-1]) is not None
            and not any(_FENCE.match(line) for line in written[1:-1])
            and any(_STATEMENT.match(line[:STATEMENT_CHARS]) for line in written[1:-1]))


def _given_over_marker(body: list[str]) -> tuple[str, list[str]] | None:
    """What a title leading in ("已知二叉树节点定义为：", "Given these tables:") gives, in code and the task under
    it, over a marker alone on its line ("解答：", "**Answer:**"), and the answer after the marker; None when no
    such marker comes before a heading."""
    fenced = False
    for index, line in enumerate(body[:PROMPT_SCAN_LINES]):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and _ATX_LINE.match(line):
            return None
        elif not fenced and index and _MARKER_LINE.match(" ".join(line.split())[:300]) and not _SOLUTIONS.search(line):
            return "\n".join(_dedent(_trim(body[:index]))), _take_leading(_trim(_dedent(body[index + 1:])))
    return None


# "A. Workspace - a folder that holds the packages": a lettered term and what it means, under "Explain the following"
_LETTERED_TERM = re.compile(r"^\s*(?:\*\*|__)?\(?[A-Ha-h][.):](?:\*\*|__)?\s+[^\W\d_][^:\n]{0,40}?\s(?:-|–|—)\s+\S")


def _only_options(body: list[str]) -> bool:
    """Whether every line of ``body`` with text is an option, lettered A, B, C… in order, and they are choices,
    not terms each with its meaning."""
    written = [line for line in body if line.strip()]
    return (all(_any_option(line) and _option_letter(line) == position for position, line in enumerate(written))
            and sum(1 for line in written if _LETTERED_TERM.match(line)) * 2 < len(written))


# "B) To diverge … **(correct)**", "C) 443 ✅": an option marked as the right one, at its end
_RIGHT_MARK = re.compile(r"\s*(?:(?:\*\*|__)?\s*[(\[]\s*(?:correct|right|correct answer|richtig|correcta|correta|"
                         r"correcte|верно|правильно|正确|正確)\s*[)\]]\s*(?:\*\*|__)?|✅|✔️?|✓|"
                         r"\s[-–—]\s*(?:key|correct|right)\b)\s*$", re.IGNORECASE)  # ("B. process.argv[2] - key")


def _marked_right(options: list[str]) -> tuple[str, list[str]]:
    r"""A quiz's options, shown by the question without the mark that tells the right one; the marked ones answer it.

    >>> _marked_right(["- A) UDP", "- B) TCP **(correct)**"])
    ('- A) UDP\n- B) TCP', ['B) TCP'])
    """
    marks = [_RIGHT_MARK.search(line) for line in options]
    shown = [line[:mark.start()] if mark else line for line, mark in zip(options, marks, strict=True)]
    right = [_OPTION_BULLET.sub("", line, count=1).strip() for line, mark in zip(shown, marks, strict=True) if mark]
    written = [line for line in shown if line.strip()]
    if not right and sum(1 for line in written if _BOLD_OPTION.match(line)) == 1:
        # the one option written in bold among plain ones ("**a. Framework PHP**"): the right one, shown plain
        shown = [_BOLD_OPTION.sub(r"\1\2", line) for line in shown]
        right = [bold.group(2).strip() for line in written if (bold := _BOLD_OPTION.match(line))]
    return "\n".join(shown), right


_OPTION_BULLET = re.compile(r"^\s*[-*+]\s+")
_BOLD_OPTION = re.compile(r"^(\s*(?:[-*+]\s+)?)(?:\*\*|__)((?:(?!\*\*|__).)+)(?:\*\*|__)\s*$")  # "**a. Framework PHP**" whole
X_OPTIONS = (3, 8)  # lines of options a quiz export lists under its question, one of them marked "x "
X_OPTION_CHARS = 300


def _x_marked_options(body: list[str]) -> tuple[str, list[str]] | None:
    r"""A quiz exported as plain text ("Question 1", "10 / 10 pts", the question, then its options one a line,
    the right one marked "x "): the question shows the options, unmarked; the marked one answers it, with
    anything written after the options. None when the lines under the question are no such options.

    >>> _x_marked_options(["x Datagrams", "Streams", "Frames"])
    ('- Datagrams\n- Streams\n- Frames', ['Datagrams'])
    """
    if not any(line[:2] in ("x ", "X ") for line in body[:X_OPTIONS[1]]):
        return None  # (a cheap look first)
    end = next((at for at, line in enumerate(body) if not line.strip()), len(body))
    options = body[:end]
    marked = [at for at, line in enumerate(options) if line[:2] in ("x ", "X ")]
    if (not X_OPTIONS[0] <= len(options) <= X_OPTIONS[1] or len(marked) != 1
            or not options[marked[0]][2:3].isalnum()  # ("x = 20;" is code)
            or any(len(line) > X_OPTION_CHARS or line[:1].isspace() or _OPTION.match(line) or _FENCE.match(line)
                   or _answer_marker(line) is not None or line.rstrip().endswith(("?", ":", ";", "{", "}"))
                   for line in options)):
        return None
    texts = [line[2:].strip() if at in marked else line.strip() for at, line in enumerate(options)]
    return "\n".join(f"- {text}" for text in texts), _trim([texts[marked[0]], "", *body[end:]])


# ("- \[x] 255": the brackets escaped, as some converters write them)
_CHECKBOX = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\\?\[([ xX✓✔])\\?\]\s+(\S.*)$")
_WHOLE_BOLD = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1\\?$")  # a whole option in bold (a hard break after it)
BACKSLASH = "\\"
CHECKBOX_OPTIONS = 2  # task-list items under a question for them to be its options
GIVEN_LINES = 8  # lines the question may give before its options (hosts' addresses to choose a subnet for)


def _checkbox_options(body: list[str]) -> tuple[str, list[str]] | None:
    r"""A quiz's options written as a task list under the question ("- [ ] 254", "- [x] 255"): the question
    shows them, none ticked; the ticked ones, with what follows the options, answer it. With none ticked the
    question has no answer here, and what follows the options (a transcript the next questions use) is shown
    with it. None when there are no such options, or an answer marker answers the question.

    >>> _checkbox_options(["- [ ] TCP", "- [x] UDP", "", "UDP sends datagrams."])
    ('- [ ] TCP\n- [ ] UDP', ['UDP', '', 'UDP sends datagrams.'])
    >>> _checkbox_options(["- [ ] 254", "- [ ] 255"])
    ('- [ ] 254\n- [ ] 255', [])
    >>> _checkbox_options(["- [ ] TCP", "- [ ] **UDP**"])
    ('- [ ] TCP\n- [ ] UDP', ['UDP'])
    """
    fenced = False
    outside: list[bool] = []  # per line: out of any code fence
    for line in body[:PROMPT_SCAN_LINES]:
        fence = _FENCE.match(line) is not None
        outside.append(not fenced and not fence)
        fenced = fenced != fence
    boxes = [(index, match) for index, line in enumerate(body[:PROMPT_SCAN_LINES]) if outside[index] and "[" in line
             and (match := _CHECKBOX.match(line))]
    if len(boxes) < CHECKBOX_OPTIONS:
        return None
    first, last = boxes[0][0], boxes[-1][0]
    given = [line for index, line in enumerate(body[:first]) if line.strip() and outside[index]]  # (and code)
    if (len(given) > GIVEN_LINES or any(_ATX_LINE.match(line) or _BOLD_LABEL.match(line)
                                        or _answer_marker(line) is not None for line in given)
            or any(line.strip() and not _CHECKBOX.match(line) for line in body[first:last])
            or any(_answer_marker(line) is not None for line in body[last + 1:PROMPT_SCAN_LINES])):
        return None  # a checklist in an answer's text ("Acceptance criteria:" over "- [ ] …"), or options answered
    ticked = [match.group(2).strip() for _index, match in boxes if match.group(1) != " "]
    # (each box written "[ ]", without the backslashes of an escaped one)
    unticked = [line if (match := _CHECKBOX.match(line)) is None
                else f"{line[:match.start(1) - 1].removesuffix(BACKSLASH)}[ ] {match.group(2)}" for line in body[:last + 1]]
    if not ticked:
        # none ticked, one in bold: the quiz marks its answer so ("- [ ] **Decidere cosa realizzare**")
        bold = [(index, whole) for index, match in boxes if (whole := _WHOLE_BOLD.match(match.group(2).rstrip()))]
        if len(bold) != 1:
            return "\n".join(_trim([*unticked, *body[last + 1:]])), []
        index, whole = bold[0]
        unticked[index] = unticked[index][:_CHECKBOX.match(unticked[index]).start(2)] + whole.group(2)
        ticked = [whole.group(2)]
    return "\n".join(_trim(unticked)), _trim([*ticked, "", *_trim(body[last + 1:])])


def _is_option(body: list[str], index: int, options: int) -> bool:
    """Whether ``body[index]`` is an option of a list of them: after another, or with another right under it."""
    return _any_option(body[index]) and (options > 0 or _options_follow(body[index:]))


def _unlabelled(prompt: list[str]) -> list[str]:
    """The statement without its "**Question:**" label."""
    label = _PROMPT_LABEL.match(prompt[0])
    return [prompt[0][label.end():] if label else prompt[0], *prompt[1:]]


# A line of code: an operator, a bracket or a keyword that prose does not have ("x = f(y);", "func main() {")
_CODE_LINE = re.compile(r"[{};]\s*$|^\s*[)}\]]|:=|==|=>|->|\w\([^()\n]{0,200}\)|^\s*(?:package|import|from|func|def|"
                        r"class|var|const|let|return|public|private|static|int|void|#include|SELECT|select|print)\b|"
                        r"^(?: {4}|\t)|^\s*[A-Za-z_][\w.\[\]]{0,60}\s*[-+*/]?=\s*\S")
_JOINERS = frozenset(("and", "vs", "vs.", "versus", "or"))  # between two snippets to compare
SHOWN_ASK_CHARS = 300  # one line that asks, under the code
CODE_SCAN_CHARS = 300  # a line of code is told by its start
SENTENCE_WORDS = 5  # "It returns `f(x)` for every x.": a sentence, whatever it names
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,4}[.)])\s")
_CODE_END = re.compile(r"[{};]\s*$")


def _code_line(line: str) -> bool:
    """Whether ``line`` reads as code, not as a sentence that names some."""
    stripped = line.strip()
    if stripped[:2] == "> " and stripped[2:3] != ">":
        stripped = stripped[2:].lstrip()  # "> A campus network is …": a quoted sentence, not a shell's prompt
    if stripped.endswith(".") and stripped[:1].isupper() and len(stripped.split()) >= SENTENCE_WORDS:
        return False
    if _LIST_ITEM.match(line):  # "- get: O(1) average": a list names things; code in one ends as code does
        return _CODE_END.search(line[-CODE_SCAN_CHARS:]) is not None
    return _CODE_LINE.search(line[:CODE_SCAN_CHARS]) is not None


def _shown(body: list[str], *, examples: bool = False) -> tuple[str, list[str]]:
    """What opens ``body`` as the question's own: one snippet, fenced or not (unfenced, its paragraphs run on
    while they read as code; two may be joined by "and", or with ``examples`` by "The output should be:"), the
    options under it and one line that asks; the rest answers it. Unfenced code is fenced, to show as written."""
    written = body
    body, origin = _apart_after_fences(body)
    shown: list[str] = []
    loose: list[str] = []  # unfenced code so far, fenced when it ends
    paragraph: list[str] = []
    fenced = snippet = joining = options = asked = False
    end = 0
    for index, line in enumerate([*body, ""]):
        if _FENCE.match(line) or fenced or line.strip():
            fenced = fenced != bool(_FENCE.match(line))
            paragraph.append(line)
            continue
        if not paragraph:
            continue
        text = [item for item in paragraph if item.strip()]
        is_fence = _FENCE.match(text[0]) is not None
        is_code = is_fence or 2 * sum(1 for item in text if _code_line(item)) >= len(text)
        if is_code and not is_fence and loose:
            loose += ["", *paragraph]  # the same snippet, split by a blank line
            paragraph, end = [], index
            continue
        shown += _fenced(loose)
        loose = []
        if is_code and (not snippet or joining) and not options and not asked:
            snippet, joining = True, False
            if not is_fence:
                loose, paragraph, end = paragraph, [], index
                continue
        elif (snippet and not joining and not options and not asked and len(text) == 1
              and text[0].strip().lower() in _JOINERS and _snippet_follows(body, index)):
            joining = True  # "var a []int" / "and" / "a := []int{}": two snippets to compare
        elif (examples and snippet and not joining and not options and not asked and len(text) == 1
              and len(text[0]) <= SHOWN_ASK_CHARS and _EXAMPLE_PART.match(text[0])):
            # the example's input, then "The output should be:" over its output, or with it on the line
            joining = text[0].rstrip(" *_").endswith((":", "：")) and _snippet_follows(body, index)
        elif examples and snippet and not joining and not options and not asked and _EXAMPLE_NOTE.match(text[0]):
            asked = True  # "Note that the keys are joined with a dot in the output.": on the example, not an answer
        elif not options and not asked and len(text) >= 2 and all(_any_option(item) for item in text):
            options = True
        elif not (shown or snippet or options or asked or loose) and len(text) >= 2 and all(
                _SHOWN_ITEM.match(item) for item in text):
            # "What do the following commands do?" over "- tee", "- awk": the commands it asks about, as code would be
            snippet = True
        elif (snippet or options) and not joining and not asked and len(text) == 1 and len(
                text[0]) <= SHOWN_ASK_CHARS and strength(text[0]) == QUESTION:
            asked = True  # after the code the question goes on: "Describe the issue and suggest a fix."
        else:
            break
        shown += ["", *paragraph] if shown else paragraph
        paragraph, end = [], index
    shown += _fenced(loose)
    if not (snippet or options) or joining:
        return "", written
    answer = _take_leading(_trim(written[origin[end]:]))
    if options and not answer:
        # the code, then its options with the right one marked ("B. 'worldhello' - key"): that option answers
        return _marked_right(_trim(shown))
    return "\n".join(_trim(shown)), answer


# "- tee", "- export x=1": a name or a command ("- get: O(1) average" says what it is: an answer's point)
_SHOWN_ITEM = re.compile(r"^\s*[-*+]\s+(?:`[^`\n]{1,80}`|(?![^\n]*[:：]\s)[^\s.!?]+(?:[ \t]+[^\s.!?]+){0,2})\s*$")


def _apart_after_fences(body: list[str]) -> tuple[list[str], list[int]]:
    """``body`` with a blank line after each closing fence that has text right under it (the fence ends its
    paragraph: a lone "* B) a function" under the code answers what the code shows), and for each of its lines
    and one past the end, where in ``body`` the text from that line on starts."""
    apart: list[str] = []
    origin: list[int] = []
    fenced = False
    for index, line in enumerate(body):
        apart.append(line)
        origin.append(index)
        if _FENCE.match(line):
            fenced = not fenced
            if not fenced and index + 1 < len(body) and body[index + 1].strip():
                apart.append("")
                origin.append(index + 1)
    origin.append(len(body))
    return apart, origin


def _fenced(code: list[str]) -> list[str]:
    """Unfenced code in a fence of its own, dedented as a whole (a blank line apart from what is above)."""
    return ["", "```", *_trim(_dedent(code)), "```"] if code else []


def _snippet_follows(body: list[str], index: int) -> bool:
    """Whether code comes next after ``body[index]`` (the line after a paragraph)."""
    following = next((line for line in body[index:index + 3] if line.strip()), "")
    return bool(following) and (_FENCE.match(following) is not None or _code_line(following))


_TOP_WORDS = re.compile(r"^\W*(?:back to top|top)\W*$", re.IGNORECASE)
_WRAPPER_TAG = re.compile(r"^\s*<(?:div|p|b|span|center)\b[^<>]{0,200}>\s*$|^\s*</(?:div|p|b|span|center)\s*>\s*$",
                          re.IGNORECASE)


def _html_back_to_top(line: str) -> bool:
    """``<div align="right"><a href="#toc">Back to Top</a></div>``, ``<b><a href="#">↥ back to top</a></b>``."""
    return "href=\"#" in line and _TOP_WORDS.match(_TAG.sub("", line)) is not None


def _without_back_to_top(body: list[str]) -> list[str]:
    """The answer without its "back to top" links, Markdown or HTML (and the tags wrapping an HTML one alone)."""
    if not any("](#" in line or "href=\"#" in line for line in body):
        return body
    out: list[str] = []
    for line in body:
        if "](#" in line and _BACK_TO_TOP.match(line):
            continue
        if "href=\"#" in line and _html_back_to_top(line):
            while out and _WRAPPER_TAG.match(out[-1]):
                out.pop()  # the '<div align="right">' it sits in
            out.append("\0")  # where it was: the wrapper's closing tags after it go too
            continue
        if out and out[-1] == "\0" and _WRAPPER_TAG.match(line):
            continue
        out.append(line)
    return [line for line in out if line != "\0"]


def _without_closing_details(text: str) -> str:
    stripped = text.rstrip()
    return stripped[:-10].rstrip() if stripped[-10:].lower() == "</details>" else text


def _box(body: list[str]) -> tuple[list[str], list[str]]:
    """An admonition's indented body (dedented) and the lines after it."""
    indent = len(body[0]) - len(body[0].lstrip())
    end = 1
    while end < len(body) and (not body[end].strip() or len(body[end]) - len(body[end].lstrip()) > indent):
        end += 1
    return _trim(_dedent(body[1:end])), body[end:]


def _unwrap(body: list[str]) -> list[str]:
    """``<details>`` wrappers inside the answer go; a summary that says something stays as a bold line. Code is
    left as written: an HTML sample's ``<details>`` or ``<p>`` lines are the code's."""
    out: list[str] = []
    fenced = False
    for line in body:
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or "<" not in line or _FENCE.match(line):
            out.append(line)
            continue
        if _DETAILS_TAG.match(line) or _PARAGRAPH_TAG.match(line):
            continue
        summary = _SUMMARY_LINE.match(line) if "<summary" in line.lower() else None
        if summary:
            label = _TAG.sub("", summary.group(1)).strip()
            rest = _without_closing_details(summary.group(2)).strip()
            if label and not _GENERIC_SUMMARY.match(label):
                out.append(f"**{label}**")
            if rest:
                out.append(rest)
            continue
        out.append(_without_closing_details(line))
    return _trim(out)


def _without_list_tags(body: list[str]) -> list[str]:
    """The answer without the tags of an HTML list of questions around it, alone on their lines at its ends
    ("</li>", then the next question's "<li>"; the list's "</ol>"). Unchanged when there are none."""
    start, end = 0, len(body)
    removed = False
    while True:
        while end > start and not body[end - 1].strip():
            end -= 1
        if end <= start or not _LIST_TAG.match(body[end - 1]):
            break
        end, removed = end - 1, True
    while True:
        while start < end and not body[start].strip():
            start += 1
        if start >= end or not _LIST_TAG.match(body[start]):
            break
        start, removed = start + 1, True
    return body[start:end] if removed else body


def _only_follow_ups(body: list[str]) -> bool:
    """A "Follow-ups:" label and a list of questions, nothing else: sub-questions, not an answer."""
    if not body or not _FOLLOW_UPS.match(body[0]):
        return False
    return all(not line.strip() or re.match(r"^\s*(?:[-*+]|\d+[.)])\s", line) for line in body[1:])


_ITEM_TEXT = re.compile(r"^\s*(?:[-*+]|\d{1,4}[.)])\s+(.*?)\s*$")


def only_questions_listed(body: list[str], title: str = "") -> bool:
    """A list whose items all ask ("* How to specify the SQL dialect?"), nothing else: under a question that is
    itself a list item, its sub-questions, not its answer (under a heading it may be the answer: "What should you
    ask the interviewer?"). Under a ``title`` written without Chinese, Japanese or Korean, an item in those that
    asks without a question mark ("- …を説明してください" under "- What's the difference …?"), up to a colon over
    what it gives, is its translation."""
    items = [_ITEM_TEXT.match(line) for line in body if line.strip()]
    translated = bool(title) and CJK_CHAR.search(title) is None
    return bool(items) and all(item is not None and (
        (text := item.group(1).rstrip(" *_")).endswith(("?", "？"))
        or translated and CJK_CHAR.search(text) is not None and _asks_over_given(text)) for item in items)


_GIVEN_TOKENS = re.compile(r"[\w./-]{1,20}(?:\s*[、,，]\s*[\w./-]{1,20})+")  # "200、201、404": what a request lists


def _asks_over_given(text: str) -> bool:
    """Whether ``text`` asks, on its own or over a colon and what it gives ("…を説明してください：200、404、500");
    a question answered after its colon ("なぜ必要か：盗聴を防ぐため") is no request."""
    asked, colon, given = (re.split(r"([:：])", text, maxsplit=1) + ["", ""])[:3]
    return strength(asked) == QUESTION and (not colon or _GIVEN_TOKENS.fullmatch(given.strip()) is not None)


def _link_only(text: str) -> bool:
    """Links, bare URLs and words like "Reference:" or "src" only."""
    if "](" not in text and "http" not in text:
        return False
    rest = _LINK.sub(" ", _LINK.sub(" ", text))  # twice: an image inside a link's text
    rest = _LINK_WORDS.sub(" ", rest)
    return not re.search(r"[^\W_]", rest) or _reading_list(text)


_LINK_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,4}[.)])\s+(?:\*\*|__)?(?:!?\[[^\[\]]{0,400}\]\([^()\s]{0,2000}\)|<?https?://\S+)(.*)$")
READING_NOTE_WORDS = 12  # words a reading-list item may add after its link ("…, Chris Olah's post")


READING_INTRO_WORDS = 40  # a one-sentence lead-in over a reading list ("This is a loaded question, but here are …:")
_SENTENCE_BREAK = re.compile(r"[.!?。！？](?:\s|$)")


def _reading_list(text: str) -> bool:
    """A list of links, each with at most a short note, under at most a short "Here are a few:" line or one
    sentence leading into them ("This is a very broad question, but these will help:"): pointers, no answer.
    A sentence of the answer's own before the lead-in makes it an answer that ends with links."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 200:
        return False
    items = 0
    intro: list[str] = []
    for line in lines:
        item = _LINK_ITEM.match(line)
        if item is None:
            if not items:
                intro.append(line.strip())
                continue
            return False
        if len(_LINK.sub(" ", item.group(1)).split()) > READING_NOTE_WORDS:
            return False
        items += 1
    if not intro:
        return items >= 2
    lead = " ".join(intro)
    words = len(lead.split())
    if not lead.endswith((":", "：")) or words > READING_INTRO_WORDS:
        return False
    if words <= 15 and len(intro) == 1:
        return items >= 2  # the list's own short introduction
    return items >= 1 and _SENTENCE_BREAK.search(lead) is None
