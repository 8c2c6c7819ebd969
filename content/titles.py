"""Question titles: taking labels, numbers and markup off a line, and telling whether it asks something.

>>> read_title("## 📌 Q12: What is a **KV cache**? [[src](https://x.y)]".lstrip("# "))
Title(text='What is a KV cache?', number=12, prefix='Qn:', labelled=True)
>>> strength(read_title("Explain self-attention.").text), strength("Basics"), strength("Table of contents")
(2, 1, 0)
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .labels import (
    CJK_CHAR,
    LETTER_QUESTION_LABEL,
    NUMBERED_QUESTION_LABEL,
    OPTION_LETTERS,
    QUESTION_LABEL,
    QUESTION_LABEL_INITIALS,
)

TITLE_CAP = 500  # characters of a title that are read
QUESTION = 2  # reads as a question
MAYBE = 1  # could be one where the document's pattern says so (a numbered item in sequence)
NOT = 0  # a label, a link list, promo, a generic section name

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Formatting tags only: a title may well ask about "<eos>" or "<script>", and keeps them.
_TAG = re.compile(r"<br\s*/?>|</?(?:b|strong|i|em|u|s|span|sup|sub|font|mark|small|big|a|kbd|h[1-6]|p|div|center|label)"
                  r"(?:\s[^<>]{0,200})?\s*/?>", re.IGNORECASE)
_CODE_TAG = re.compile(r"</?code(?:\s[^<>]{0,200})?>", re.IGNORECASE)
# Tags an interview asks about as often as it writes with them: only a pair around text is markup
# ("<ins>What is X?</ins>"); "What are <ins> and <del> tags?" keeps them
_PAIRED_TAG = re.compile(r"<(ins|del|strike|tt|abbr|cite|var|samp|dfn|q)(?:\s[^<>]{0,200})?>(.{0,2000}?)</\1\s*>",
                         re.IGNORECASE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)[^`]{1,2000}?\1")


def _without_tags(text: str) -> str:
    """HTML formatting tags off, each a space (a pair of the tags asked about: the text it holds), code spans
    ("`<b>`", "`<ins>`": the tag is what is asked about) left as they are; ``<code>`` becomes a backtick."""
    spans = [match.span() for match in _CODE_SPAN.finditer(text)] if "`" in text else []

    def outside(replace: str | Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
        def choose(match: re.Match[str]) -> str:
            if any(start <= match.start() < end for start, end in spans):
                return match.group()
            return replace if isinstance(replace, str) else replace(match)
        return choose

    text = _PAIRED_TAG.sub(outside(lambda match: match.group(2)), text)
    if spans:
        spans = [match.span() for match in _CODE_SPAN.finditer(text)]
    return _CODE_TAG.sub("`", _TAG.sub(outside(" "), text))
_TRAILING_LINK = re.compile(r"\[\[[^\[\]]{0,100}\]\([^()]{0,500}\)\]$|\[\[[^\[\]]{0,100}\]\]\([^()]{0,500}\)$")
_LEADING_SYMBOLS = re.compile(r"^[^\w\[(\"'`“‘<$\\¿¡]+")
_BRACKET_LABEL = re.compile(r"^\[(?:question|q)\]\s*[:.\-–]?\s*", re.IGNORECASE)
# A difficulty or level tag before the question ("[E]", "[Hard]", "(Medium)", "【简单】"): decoration, not text.
_LEVEL_TAG = re.compile(r"^[\[(【（](?:[A-Z]|[EMH]\d?|L\d|easy|medium|med|hard|basic|beginner|intermediate|advanced|expert|"
                        r"junior|mid|senior|simple|difficult|简单|中等|困难|基础|进阶|高级|初级|中级|쉬움|보통|어려움|"
                        r"легкий|лёгкий|средний|сложный)[\])】）](?!\()\s*[:.\-–]?\s*", re.IGNORECASE)
# A note after the question ("… ? (Google, 2023)", "…요. (Sigmoid, ReLU 등)"): not read when telling whether it asks.
_TRAILING_NOTE = re.compile(r"\s*[(\[（【][^()\[\]（）【】]{1,80}[)\]）】]$")
_ARROW_NUMBER = re.compile(r"^\d{1,4}\s*>\s*(?=\S)")
_TASK_BOX = re.compile(r"^\[[ xX]\]\s+(?=\S)")  # "- [ ] What is …?" in a checklist of questions
_PAREN_NUMBER = re.compile(r"^[(（](\d{1,4})[)）]\s*(?=\S)")  # "(1) 位置编码？", "(2) Why …?"
# "22–23. Install and import packages": two numbers' questions answered as one (a dash, not the hyphen of "1-3.",
# a part's sub-question)
_NUMBER_RANGE = re.compile(r"^(\d{1,4})\s*[–—]\s*(\d{1,4})[.)]\s+(?=\S)")
RANGE_SPAN = 3  # numbers a range of questions answered as one may span
# "1️⃣ What is …?", "1️⃣2️⃣ …" for 12, or "12️⃣" (the keycap on the last digit only); "🔟" is ten (read as "1⃣0⃣"
# first)
_KEYCAP_NUMBER = re.compile(r"^((?:\d(?:\ufe0f?\u20e3)?){0,3}\d\ufe0f?\u20e3)\s*(?=\S)")
_KEYCAP_TEN = "\U0001F51F"
_SHORTCODE_NUMBERS = {name: number for number, name in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "keycap_ten"))}
_SHORTCODE_NUMBER = re.compile(r":(" + "|".join(_SHORTCODE_NUMBERS) + r"):\s*(?=\S)")
_KEYCAP_RUN = re.compile(r"(?:\d\ufe0f?\u20e3){1,4}")
_KEYCAPS_INSIDE = re.compile(r"(?:\d\ufe0f?\u20e3)+|\U0001F51F")  # "Question 🔟": the number after a label
# "Q3:", "Question:", and the same labels in the languages of labels.py ("问题3：", "질문:", "Câu hỏi:");
# a full-width colon needs no space after it; "Q-2)" has a dash before its number; "**问题**: …" puts the colon
# after the closing stars, and "*问题9*：…" after the closing star of a label in italics.
_Q_LABEL = re.compile(r"^(?:Q|Ques|" + LETTER_QUESTION_LABEL + "|" + NUMBERED_QUESTION_LABEL + "|" + QUESTION_LABEL
                      + r")(?![A-Za-z])\s*"
                      r"(?:(?:[.\-]\s?|#\s?|No\.?\s?)?(\d{1,6})(?:[*_]{1,2}(?=\s*[:：]))?\s*[:.)\-–：]?|[:.)](?=\s|\*\*|__|$)|：|(?=(?:\*\*|__)[\s:：]))\s*(?:\*\*|__)?\s*"
                      r"(?:(?<=\*\*|__)[:.)：]\s*)?",  # "**Q2**: …": the colon after the closing stars
                      re.IGNORECASE)
_LABEL_INITIALS = QUESTION_LABEL_INITIALS
_QUOTED = re.compile(r'^"([^"]+)"$|^“([^“”]+)”$|^「([^「」]+)」$')
_CLOSING_QUOTES = ('"', "”")
_TOPIC_QUOTE = re.compile(r'^([^\s:"“”][^:"“”]{0,40}):\s*(?:"([^"]{3,400})"|“([^“”]{3,400})”)$')
# "3.", "3)", "3:", "3、" in Chinese, and "3 - " or "3- " in pasted plain text (not "3-layer")
_NUMBER = re.compile(r"^(\d{1,6})\s*(?:\)\.|[.):、．）：](?!\d|[a-z]\))|[-–](?=\s))\s*(?:\*\*|__)?\s*")  # "1).What": both
# "1-3. …", "2.4. …", "1.a) …": a sub-question numbered under its part; the trailing dot tells it from "3.5 million …"
_SPACED_NUMBER = re.compile(r"^(\d{1,3}) +([A-Z][a-z'’]*) +(?=\S)")  # "7 Give …": a number and a space, where a question opens
_HALF_BOLD = re.compile(r"(?<!\w)\*\*|\*\*(?!\w)")  # stars left of a bold, not "2**3" (an exponent)
_TAB_NUMBER = re.compile(r"^(\d{1,6})\t+(?=\S)")
# ("1.3.1 聊聊…": a part's part, its number written whole, with or without its closing dot; a number of two parts
# without the dot may be a quantity, "3.5 million users …")
_SUB_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){2}(?:[.)]\s*|\s+)(?:\*\*|__)?\s*(?=[^\W\d_])|"
                         r"^\d{1,3}(?:[-.]\d{1,3}){1,2}[.)]\s*(?:\*\*|__)?\s*(?=\S)|^\d{1,3}\.[a-z]\)\s*(?:\*\*|__)?\s*(?=\S)")
SUB_PREFIX = "n.n"
_WORD_LABEL = re.compile(r"^(?:Ques|Question)\s+(\S+)", re.IGNORECASE)  # the label with no mark after it
SUB_NUMBERED_WORDS = 4  # words of a "1.4 …" title (its number one of them) for what follows the number to ask
_SPACED_SUB_NUMBER = re.compile(r"^\d{1,3}\.\d{1,3} +([A-Z][\w'’]*)(?= )")
_HAN_NUMBER = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.．]\s*")  # "三、"
# "第 1 题", "第十二题：": "question 1" as Chinese writes it
_HAN_LABEL = re.compile(r"^第\s*(\d{1,4}|[一二三四五六七八九十]{1,3})\s*[题題道]\s*[:：.、|｜\-–—]?\s*")
_HAN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_LINK = re.compile(r"!?\[([^\[\]]{0,300})\]\([^)\s]{0,500}(?:\s+\"[^\"]{0,200}\")?\)")
_STRONG = re.compile(r"\*\*(?=\S)([^*]+?)(?<=\S)\*\*|__(?=\S)([^_]+?)(?<=\S)__")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![\w*])")
_COMPANY_SUFFIX = re.compile(r"\s+[-–—|]\s+[^-–—|?]{1,120}\binterview\s+questions?\s*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")

# First words that ask (English, then Russian, Spanish, French, German, Portuguese).
_INTERROGATIVES = frozenset(
    "what why how when where which who whom whose is are can could do does did should would will was were has have "
    "had may might shall whats hows whys wheres whos "
    "что как почему зачем когда где какой какая какое какие каков какова каковы кто чем сколько "
    "qué cómo cuál cuáles cuándo dónde quién comment pourquoi quel quelle quels quelles quand où qu'est-ce "
    "wie warum wieso weshalb wann welche welcher welches wer como qual quais quando onde "
    "perché cosa quali quale waarom welke hoe dlaczego jakie jaki jaka jak co kiedy gdzie ile który która które kto "
    "czym czy mengapa bagaimana apakah kenapa apa siapa "
    "berapa kapan dimana "
    "neden nasıl".split()
)
_VERBS = frozenset(
    "explain describe discuss compare contrast define list name give tell differentiate distinguish walk outline "
    "summarize summarise design estimate implement write derive prove calculate compute show illustrate identify "
    "state suggest propose elaborate mention justify evaluate analyze analyse solve sketch build reverse find predict "
    "interpret critique debug optimize optimise demonstrate clarify enumerate detail pick choose recommend indicate "
    "объясните объясни опишите опиши сравните сравни расскажите расскажи назовите назови приведите перечислите "
    "дайте определите докажите напишите реализуйте explique explica describa defina enumere escriba expliquez "
    "décrivez comparez définissez citez erkläre erklären beschreibe beschreiben vergleiche vergleichen nenne nennen "
    "definiere descreva spiega descrivi confronta leg beschrijf vergelijk wyjaśnij opisz porównaj omów wymień podaj "
    "napisz zdefiniuj przedstaw jelaskan "
    "sebutkan bandingkan açıklayın açıklayınız "
    "explique descreva describa cite liste calcule mencione demuestre dê implemente escreva escriba".split()
)
# Portuguese and Spanish ask with the infinitive as often as the imperative ("Explicar como o SVM funciona."),
# but an infinitive also opens a statement ("Definir bem o conjunto de teste é essencial."): short lines only,
# without "is"
_INFINITIVES = frozenset("explicar comparar descrever describir definir citar listar calcular demonstrar implementar "
                         "escrever escribir".split())
INFINITIVE_WORDS = 20
_IS = re.compile(r"\b(?:é|es|são|son|está|está|foi|fue)\b", re.IGNORECASE)
_ADVERBS = frozenset("briefly shortly concisely quickly please kindly now".split())  # "Briefly explain …"
QUESTION_MARKS = ("?", "？", "؟")  # the full-width one of Chinese and Japanese, the Arabic one
_COLONS = (":", "：")
_CJK = CJK_CHAR
# Chinese, Japanese and Korean ask without a question mark through a word anywhere in the line, a request
# at its start ("简述…", "请解释…") or a question ending ("…吗", "…ですか", "…인가요", "…설명하시오", "…설명하십시오").
_CJK_REQUESTS = (r"请|請|简述|簡述|简要|簡要|试述|試述|解释|解釋|介绍|介紹|描述|说明|說明|比较|比較|谈谈|談談|"
                 r"说说|說說|讲讲|講講|列举|列舉|阐述|闡述|对比|對比|手写|手寫|写出|寫出|推导|推導|证明|證明|实现|實現|"
                 r"设计|設計|计算|計算|画出|畫出|写|寫|编写|編寫|改造|改写|改寫|给定|給定|"
                 # "使用迭代的方式实现 flatten 函数": "use … to implement" ("使用场景", use cases, names a section)
                 r"使用[^\n，。]{1,40}?(?:实现|實現|进行|進行|编写|編寫)")
# Verbs that also open a section's name ("分析数据分布", "评估指标"): a request only as a sentence ("讨论…。")
_CJK_SENTENCE_REQUESTS = r"讨论|討論|探讨|探討|论述|論述|分析|评估|評估|预测|預測"
_CJK_TAG = r"(?:[(（\[【][^)）\]】]{1,8}[)）\]】]\s*)?"
_CJK_ASKS = re.compile(
    r"什么|什麼|为什么|為什麼|为何|為何|如何|怎么|怎麼|怎样|怎樣|哪些|哪个|哪個|哪种|哪種|是否|多少|有何|何谓|何謂|"
    r"哪|能否|可否|是不是|有没有|有沒有|区别|區別|异同|異同|优缺点|優缺點|"
    # a request at the start, after a number or a tag such as "(简答)"
    r"^(?:\d{1,4}\s*)?" + _CJK_TAG + r"(?:" + _CJK_REQUESTS + r")|"
    # a request written as a sentence, after a section number too ("1.2 讨论…。"): numbered sections are named so
    r"^(?:\d{1,4}(?:[.．]\d{1,4}){0,3}[.、．]?\s*)?" + _CJK_TAG + r"(?:" + _CJK_REQUESTS + "|" + _CJK_SENTENCE_REQUESTS
    + r")[^\n]*[。？?！!]\s*$|"
    r"(?:吗|嗎|呢|嘛)\W*$|"
    # an exam's choice, a blank to fill: "下面属于关键字的是（）", "下面语法正确的是"
    r"[（(]\s*[）)]\W*$|(?:下面|以下|下列)[^\n]{0,60}的是\W*$|"
    # a problem's setting, as "Given …," opens one: "已知二叉树节点定义为：" (not "已知问题", known issues)
    r"^(?:\d{1,4}\s*)?已知(?!问题|問題|缺陷|限制|的问题|的問題|bug)[^\n，,：:]{2,}[，,：:]|"
    # a notes heading that names what to explain: "fiber原理" (how fiber works), "react 18 特性" (its features);
    # not a bare "1.1 原理" (a part of the answer above)
    r"[^\W\d_][^\n]{0,40}?(?:原理|机制|機制|作用|特性|特点|特點)\W*$|"
    r"とは\W*$|なぜ|どのよう|どうやって|ですか|ますか|(?:ください|下さい|なさい|せよ)\W*$|"
    r"무엇|어떻게|^왜|어떤\s|(?:까요|나요|가요|니까|는가|인가|습니까|하시오|하세요|주세요|십시오)\W*$|"
    # a Korean note naming what to explain: "…의 개념과 주요 역할을 설명", "TCP와 UDP의 차이점", "…의 장단점"
    r"[을를]\s*설명\w{0,3}\W*$|[^\W\d_][^\n]{0,60}?(?:개념|차이|차이점|장단점|원리|역할|특징|필요성|작동 방식|동작 방식)\W*$"
)
_CJK_TITLE_CAP = 150  # characters: a CJK line longer than this is prose, not a question
# Vietnamese asks through words anywhere in the line ("Feature engineering là gì và vai trò của nó.") or a
# request at its start ("Nêu ra …", "Trình bày …"); Turkish through a question word at its end ("… nedir?").
_LATIN_ASKS = re.compile(
    r"\b(?:là gì|tại sao|vì sao|như thế nào|thế nào|làm sao|khi nào|bao nhiêu|có phải|ra sao|ở đâu)\b|"
    r"^(?:nêu|trình bày|giải thích|so sánh|phân biệt|kể ra|kể tên|hãy|liệt kê|mô tả|định nghĩa|tại sao|vì sao)\b|"
    r"\b(?:nasıl|açıklayınız|açıklayın)\W*$",
    re.IGNORECASE)
_TURKISH_ENDS = ("nedir", "nelerdir", "neden")  # the ASCII ones: "Transformer nedir?"
_GENERIC_INTL = re.compile(
    r"^(?:目录|目錄|参考|參考|参考(?:资料|文献|链接)|參考(?:資料|文獻|連結)|答案|参考答案|參考答案|解答|回答|解析|总结|總結|"
    r"小结|小結|简介|簡介|前言|附录|附錄|致谢|致謝|许可证?|許可證?|备注|備註|提示|示例|代码|代碼|延伸阅读|相关链接|"
    r"面试题|面試題|问题|問題|常见问题|常見問題|목차|참고|참고 ?자료|참고 ?문헌|답변|정답|해설|요약|소개|예시|코드|질문|"
    r"содержание|оглавление|ответы?|решение|ссылки|литература|источники|введение|заключение|примеры?|код|вопросы?)$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^(?:answers?|solutions?|hints?|key ?words?|notes?|references?|resources?|sources?|src|contents|table of contents|"
    r"toc|further reading|reading|summary|conclusions?|introduction|intro|overview|contributing|contributors?|"
    r"how to contribute|license|licence|acknowledg(?:e)?ments?|credits?|about|contact|index|appendix|changelog|"
    r"explanations?|examples?|code|show code|(?:show|view|reveal|see|hide|toggle) (?:the )?(?:answers?|solutions?|code)|"
    r"click (?:here )?to (?:reveal|expand|show|see)(?: answers?)?|expand|details|more|next steps?|questions?|"
    r"interview questions?|questions? (?:and|&) answers?|q ?& ?a|follow[- ]?ups?(?: questions?)?|tips?|"
    r"questions? \d+ ?[-–] ?\d+|back to top|go to top|top|"
    r"why (?:this|it|that) (?:matters|is important)(?: (?:to|for) [\w' -]{1,40})?|"  # a section's title
    # a level's label over its questions: "Beginner Level", "Advanced-Level Questions", "Intermediate"
    r"(?:basic|beginner|easy|entry|junior|intermediate|medium|mid|advanced|hard|expert|senior)(?:[- ]level)?"
    r"(?: questions?)?)$",
    re.IGNORECASE,
)
# "True or False: Scala objects are singletons." (a statement after it: "True/False: Part 1" names a section)
_TRUE_OR_FALSE = re.compile(r"^(?:true\s*+(?:/|or)\s*+false|t\s*+/\s*+f)\s*+\??\s*+[:：-]\s*+(?:\S+\s+){2,}\S",
                            re.IGNORECASE)
SECTION_TITLE_WORDS = 5  # "What to look for next"
_SECTION_VERB = re.compile(r"(?:look|expect|remember|avoid|bring|study|prepare|watch)\b", re.IGNORECASE)
# A line under a question that helps with it: "Hint: …", "Tip: …", "Note: …", "Answer: …"
_HELPER_LABEL = re.compile(r"^(?:hints?|tips?|notes?|nb|answers?|solutions?|explanations?)\s*[:：]", re.IGNORECASE)
_GENERIC_ASKED = re.compile(r"^(?:next steps?|(?:any )?questions?|faqs?|what'?s next|why this (?:repo|list|guide))$",
                            re.IGNORECASE)
_PROMO = re.compile(
    # "Subscribe now", "[Subcribe Now](…)", "please subscribe", "subscribe to my channel"; not "every subscriber",
    # "a consumer subscribes to a topic", "publish-subscribe", "Poll or subscribe for results."
    r"newsletter|\bsubs?cribe\b(?:\s+(?:now|today|here|for (?:more|free|updates?|new|weekly|daily|the latest|"
    r"exclusive)\b|to (?:my|our)\b|on\b)|[\s!.]*(?:\]|\)|$))|"
    r"^[\W_]{0,6}subs?cribe\b(?![^?]*\?)|"  # a line opening "Subscribe to …" calls to, unless it asks
    r"\b(?:please|and|&)\s+subs?cribe\b|sponsor|patreon|buy ?me ?a ?coffee|donat(?:e|ion)|\bstar (?:this|the|our) repo|"
    r"\bfollow (?:me|us)\b|support the (?:author|project|repo)|hire me|\bdiscord\b|©|copyright|all rights reserved|"
    r"get the full|join (?:our|the) (?:community|newsletter|discord)|\bsign up\b",
    re.IGNORECASE,
)


_MARKUP = re.compile(r"[\\<>\[\]*_#`]")
_PROMO_HINT = re.compile(r"news|subscri|subcri|sponsor|patreon|coffee|donat|star |follow |support |hire |discord|©|"
                         r"copyright|rights reserved|full |join |sign up")


def is_promo(text: str) -> bool:
    """A call to star, subscribe, donate, follow… (a line of promotion, not content)."""
    return _PROMO_HINT.search(text.lower()) is not None and _PROMO.search(text) is not None


_promo = is_promo

# A chat reply's offer to the reader ("Would you like me to add…? Let me know!") asks, but not in an interview.
_TO_READER = re.compile(r"\b(?:would you like|do you want|want me to|shall i|should i (?:add|make|turn|create|expand|write)|"
                        r"let me know|feel free|hope this helps|happy to help|any (?:other )?questions)\b", re.IGNORECASE)


def to_reader(text: str) -> bool:
    """Whether ``text`` speaks to the reader of a chat reply ("Would you like me to…", "Let me know!")."""
    return _TO_READER.search(text) is not None


@dataclass(frozen=True, slots=True)
class Title:
    """A line read as a question title: the text without labels, its number and the label it had."""

    text: str
    number: int | None
    prefix: str  # "Qn:", "Q:", "n.", "[Question]", "n>" or ""
    labelled: bool  # an explicit question label ("Q:", "Question 3", "[Question]")
    mark: str = field(default="", repr=False, compare=False)  # symbols it was decorated with ("✅", "🔹")
    through: int | None = field(default=None, repr=False, compare=False)  # the last number of a range ("22–23.")


def plain(text: str) -> str:
    """Markup taken off: escapes, HTML tags, links (their text kept), bold and emphasis markers."""
    text = _ESCAPE.sub(r"\1", text)
    text = _without_tags(text)
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    text = _EMPHASIS.sub(r"\2", text)
    return _SPACES.sub(" ", text).strip()


BLANK = "___"  # a blank to fill in, at the end of a question


def strip_decoration(text: str) -> str:
    """Trailing emoji and markers off ("… model? 👶", "**", " ⭐️")."""
    stripped = text.rstrip()
    if stripped and (stripped[-1].isalnum() or stripped[-1] in "?.)？`"):
        return stripped  # (a backtick closes a code span: "What is `x`")
    while stripped and stripped[-1] != "`" and (stripped[-1] in "*_" or unicodedata.category(stripped[-1])[0] in "SCM"):
        stripped = stripped[:-1].rstrip()
    return stripped


def _keycaps_read(text: str) -> str:
    """Keycap numbers as a title writes them: "🔟" at the start as the keycaps "1⃣0⃣" (the number is read from it
    later), keycaps after a label ("Question 🔟", "Q1️⃣2️⃣:") as plain digits."""
    head = text[:40]
    lead = 0  # symbols before the number ("**", "⭐ ")
    while lead < len(head) and not head[lead].isalnum() and head[lead] != _KEYCAP_TEN:
        lead += 1
    if text.startswith(_KEYCAP_TEN, lead):
        text = text[:lead] + "1\u20e30\u20e3" + text[lead + 1:]
    if text[lead:lead + 1].isdigit() and _KEYCAP_RUN.match(text, lead) or text[lead:lead + 1] not in _LABEL_INITIALS:
        return text
    return _KEYCAPS_INSIDE.sub(lambda m: "10" if m.group() == _KEYCAP_TEN else "".join(c for c in m.group() if c.isdigit()),
                               head, count=1) + text[40:]


def _han_number(numeral: str) -> int | None:
    """"三" → 3, "十二" → 12, "二十" → 20 (up to 99); None for anything else."""
    tens, _, units = numeral.partition("十")
    if "十" not in numeral:
        return _HAN_DIGITS.get(numeral) if len(numeral) == 1 else None
    if len(tens) > 1 or len(units) > 1:
        return None
    return (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGITS.get(units, 0) if units else 0)


# "Prompt 1: RAG pipeline design", "Problem 3 - Two sum", "Challenge 2: Implement K-means", "Puzzle 4: Mislabeled
# jars": numbered interview
# tasks, a label as "Question 3:" is (only with the number; not "Exercise 1:", the steps of a workshop)
TASK_PREFIX = "Task n:"  # the prefix of a title read from "Prompt 3: …"
_TASK_LABEL = re.compile(r"^(?:prompt|problem|challenge|puzzle|riddle)\s+(\d{1,4})\s*[:.)\-–—]\s*(?=\S)",
                         re.IGNORECASE)


# "Q66-Q85: Additional Topics", "Question 16-20", "Q11-13: Lifecycle hooks": the range a part's questions are
# numbered in names the part, asks nothing
_LABEL_RANGE_END = re.compile(r"(?:q|question\s*)\d{1,4}\b|\d{1,4}\s*(?:$|[:：])", re.IGNORECASE)


# "Question 1.2:", "Q5.1.3:" (a part's scenario, then its questions)
_SUB_LABEL = re.compile(r"^(?:Q|Question)\s*\d{1,4}(?:\.\d{1,3}){1,2}\s*[:)\-–：]\s*(?:\*\*|__)?\s*(?=\S)", re.IGNORECASE)


# ("Q*: what does the optimal value satisfy?" names Q*; "Q:*", "Q3*:" are labels)
_STARRED_LABEL = re.compile(r"^(?:Q(?!\*)|Question|" + QUESTION_LABEL + r")(?:\s*(\d{1,6}))?"
                            r"(?:\*{1,3}\s*[:：]|\s*[:：]\*{1,3})\s*(?=\S)", re.IGNORECASE)


def _label_and_number(text: str) -> tuple[int | None, str, str, bool]:
    """A question's label and number taken off its text: (number, rest, prefix, labelled)."""
    number: int | None = None
    prefix, labelled = "", False
    first = text[:1]
    if first == "[" and (match := _BRACKET_LABEL.match(text)):
        text, prefix, labelled = text[match.end():], "[Question]", True
        first = text[:1]
    elif first.isdigit() and (match := _ARROW_NUMBER.match(text)):
        text, prefix = text[match.end():], "n>"
        first = text[:1]
    if first in _LABEL_INITIALS and "*" in text[1:16] and (match := _STARRED_LABEL.match(text)):
        # "*Question:* …", "***Question***: …": a label in italics (its opening star gone with the symbols before it)
        number = int(match.group(1)) if match.group(1) else None
        return number, text[match.end():], "Qn:" if number is not None else "Q:", True
    if first == "_" and text[1:2] in _LABEL_INITIALS and _Q_LABEL.match(text[1:]):
        text = text[1:]  # "_Question 5_: …": a label in italics (the underscore is a word character, left on)
        first = text[:1]
    elif first == "_" and text[1:2] == "_" and text[2:3] in _LABEL_INITIALS and _Q_LABEL.match(text[2:]):
        text = text[2:]  # "__Q:__ …": a label in bold written with underscores
        first = text[:1]
    if first in "Qq" and "." in text[2:16] and (match := _SUB_LABEL.match(text)):  # (a cheap look first)
        return None, text[match.end():], "Q:", True  # "Question 1.1: …": numbered in its part, no series of its own
    if first in _LABEL_INITIALS and (match := _Q_LABEL.match(text)) and not (
            match.group(1) and _LABEL_RANGE_END.match(text, match.end())):
        number = int(match.group(1)) if match.group(1) else None
        text, prefix, labelled = text[match.end():], "Qn:" if number is not None else "Q:", True
        if number is None and text[:1].isdigit() and (match := _NUMBER.match(text)):
            number, text, prefix = int(match.group(1)), text[match.end():], "Qn:"  # "Question: 5. Explain …"
    elif first in "Qq" and (match := _WORD_LABEL.match(text)) and first_word_asks(match.group(1)):
        text, prefix, labelled = text[match.start(1):], "Q:", True  # "Ques\tWhat are micro-partitions …?"
    elif first.isdigit() and (match := _NUMBER.match(text)):
        number, text, prefix = int(match.group(1)), text[match.end():], "n."
    elif first.isdigit() and (match := _SUB_NUMBER.match(text)):
        text, prefix = text[match.end():], SUB_PREFIX
    elif first in "PpCcRr" and (match := _TASK_LABEL.match(text)):
        number, text, prefix, labelled = int(match.group(1)), text[match.end():], TASK_PREFIX, True
    elif first == "第" and (match := _HAN_LABEL.match(text)) and not any(
            char.isalnum() for char in text[match.end():]):  # the label alone ("第 1 题 🟢"), a topic not after it
        digits = match.group(1)
        number = int(digits) if digits.isdigit() else _han_number(digits)
        text, prefix, labelled = text[match.end():], "Qn:", True
    elif first in "一二三四五六七八九十" and first and (match := _HAN_NUMBER.match(text)):
        number, text, prefix = _han_number(match.group(1)), text[match.end():], "n."
    return number, text, prefix, labelled


# (not "&lt;", "&gt;" or "&amp;": written out they would read as markup)
_ENTITY = re.compile(r"&(?!(?:lt|gt|amp|#0*(?:60|62|38)|#[xX]0*(?:3[cCeE]|26));)"
                     r"(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9A-Fa-f]{2,5});")


def read_title(raw: str) -> Title:
    """The question a heading, bold line or list item states, without its label and markup."""
    # Whitespace runs collapsed and the length capped first: every pattern below then runs in
    # bounded time, whatever the line (a question is never this long).
    if raw[:1].isdigit() and (match := _TAB_NUMBER.match(raw)) and "\t" not in raw[match.end():]:
        raw = f"{match.group(1)}. {raw[match.end():]}"  # "78<TAB>What is …?": a number set off by a tab
    text = " ".join(raw.split())[:TITLE_CAP]
    if text[:1] == ":" and (shortcode := _SHORTCODE_NUMBER.match(text)) is not None:
        # ":one: __Quel est le rôle du navigateur ?__": an emoji's shortcode numbering the question
        text = f"{_SHORTCODE_NUMBERS[shortcode.group(1)]}. {text[shortcode.end():]}"
    if "&" in text:  # "&ldquo;How do you …?&rdquo;": what an entity stands for is what the reader sees
        text = " ".join(_ENTITY.sub(lambda entity: html.unescape(entity.group(0)), text).split())
    if text[:1] == "[" and text.count("[") == 1 and text.count("]") == (text[-1:] == "]"):
        # "[**Why Python?**]": a converter's bracketed span, shown as it stands (its first line only, when the
        # span is hard-wrapped: "[**What do you like about")
        text = text[1:len(text) - (text[-1:] == "]")].strip()
    marked = _MARKUP.search(text) is not None
    if marked:
        text = _ESCAPE.sub(r"\1", text)
        if text.endswith(")") or text.endswith(")]"):
            text = _TRAILING_LINK.sub("", text).rstrip()
        if text.endswith("#"):  # closing hashes of "### Title ###"
            bare = text.rstrip("#")
            text = bare.rstrip() if bare != bare.rstrip() else text
        text = _without_tags(text).strip()
    opened_bold = False  # "**Term**: the question": the stripped "**" leaves its closing one behind
    mark = ""
    keycaps = "\u20e3" in text[:40] or _KEYCAP_TEN in text[:40]
    if keycaps:
        text = _keycaps_read(text)
    if text and not text[0].isalnum():
        opened_bold = text.startswith(("**", "__"))
        stripped = _LEADING_SYMBOLS.sub("", text).strip()
        mark = "".join(c for c in text[:len(text) - len(stripped)] if unicodedata.category(c)[0] == "S")
        text = stripped
        opened_bold = opened_bold and not text.startswith(("**", "__"))
    number: int | None = None
    prefix, labelled = "", False
    first = text[:1]
    if first == "[" and (match := _TASK_BOX.match(text)):
        text = text[match.end():]
        first = text[:1]
    if first in "[(【（" and (match := _LEVEL_TAG.match(text)):
        text = text[match.end():]
        first = text[:1]
    through: int | None = None
    if first in "(（" and (match := _PAREN_NUMBER.match(text)):
        number, text, prefix = int(match.group(1)), text[match.end():], "n."
    elif first.isdigit() and (match := _NUMBER_RANGE.match(text)) and (
            0 < int(match.group(2)) - int(match.group(1)) <= RANGE_SPAN):
        number, through, text, prefix = int(match.group(1)), int(match.group(2)), text[match.end():], "n."
    elif keycaps and first.isdigit() and (match := _KEYCAP_NUMBER.match(text)):
        number, text, prefix = int("".join(c for c in match.group(1) if c.isdigit())), text[match.end():], "n."
    elif first.isdigit() and (match := _SPACED_NUMBER.match(text)) and (
            first_word_asks(match.group(2)) or names_a_difference(text[match.start(2):match.start(2) + 80])):
        # "7 Give an example of …", "5 Difference between functional and integration testing?"
        number, text, prefix = int(match.group(1)), text[match.end(1):].lstrip(), "n."
    if number is None:
        number, text, prefix, labelled = _label_and_number(text)
    if prefix and text[:1] in "[(【（" and (match := _LEVEL_TAG.match(text)):
        text = text[match.end():]  # "3. [Hard] …", "Q3: (Easy) …"
    if opened_bold and text.count("**") % 2 == 1 and "**" in text[1:]:
        text = text.replace("**", "", 1)
    if marked:
        stripped = plain(text.strip("*_ "))
        # ("Explain **A** and **B**": stripping the stars at its end first leaves half of the last bold behind)
        text = stripped if stripped.count("**") % 2 == 0 or not _HALF_BOLD.search(stripped) or "**" in (
            whole := plain(text).strip("*_ ")) else whole
    else:
        text = " ".join(text.split())
    if "nterview" in text[-150:]:
        text = text[:-150] + _COMPANY_SUFFIX.sub("", text[-150:])
    if labelled and len(text) > 2 and (match := _QUOTED.match(text)):
        # 'Question: "What is X?"': the label quotes what an interviewer would say
        text = next(group for group in match.groups() if group)
    elif text[-1:] in _CLOSING_QUOTES and (match := _TOPIC_QUOTE.match(text)) and strength(
            quote := next(group for group in match.groups()[1:] if group)) == QUESTION:
        text = quote  # 'Ads: "Design a system for CTR prediction."': a topic, then what the interviewer says
    text = strip_decoration(text).strip(" *_")
    if raw[-1:] in "_.。:： " and _ENDS_BLANK.search(raw) and not _ENDS_BLANK.search(text):
        text += BLANK  # the blank to fill in, which the markup's underscores came off with
    return Title(text, number, prefix, labelled, mark, through)


_ENDS_BLANK = re.compile(r"[^_]_{3,}[\s.。:：]*$")
# one blank at the end of a sentence ("… is ____."), not a form's fields ("NEW-1 · ______ · Specialty:___")
_BLANK_ASKED = re.compile(r"(?<=[^\W_]|\s)_{3,}[\s.。]*$")


def title_strength(title: Title) -> int:
    """:func:`strength` of a read title, with its label and number."""
    text = title.text
    if text[:1].isdigit() and (match := _SPACED_SUB_NUMBER.match(text)) and len(text.split()) > SUB_NUMBERED_WORDS:
        # "1.4 Explain the process …": the number of a question in its part, kept in the title as written (ids
        # and titles stay as they were read before), then what it asks ("1.1 Explain Plan" names a section)
        text = text[match.start(1):]
    return strength(text, labelled=title.labelled, numbered=title.number is not None)


_SUBSCRIBE = re.compile(r"subs?cribe", re.IGNORECASE)


def first_word_asks(word: str) -> bool:
    """Whether a sentence opening with ``word`` (as written: "What's", "How") opens as a question does."""
    return asks_first(_CONTRACTED.sub("", word.lower().strip("\"'“‘(*_`¿¡")))


def asks_first(word: str) -> bool:
    """Whether a sentence starting with ``word`` may ask: an interrogative, a verb of a task, "Briefly"…"""
    word = word.lower().strip(",:")
    return word in _INTERROGATIVES or word in _VERBS or word in _ADVERBS


# A task verb that is the first half of a noun: "Design Patterns in Java", "Test cases:", "Build tools" name a topic
_VERB_AS_NOUN = re.compile(r"^[\W_]*(?:design (?:patterns?|principles?|docs?|documents?)|test (?:cases?|pyramid|suites?|"
                           r"coverage|plans?|data)|build (?:tools?|systems?|pipelines?))\b", re.IGNORECASE)


def is_request(text: str) -> bool:
    """A sentence that asks for something ("Explain X.", "Briefly describe Y."): a task verb first."""
    words = text.split(None, 2)
    if not words:
        return False
    first = words[0].lower().strip("\"'“‘(*_`")
    if first in _ADVERBS and len(words) > 1:
        first = words[1].lower().strip("\"'“‘(*_`")
    return first in _VERBS and not _VERB_AS_NOUN.match(text)


_COPULAS = frozenset(("is", "are", "was", "were"))
_PERSONS = frozenset(("you", "we", "i"))
_WH_WORDS = frozenset(("what", "how", "why", "where", "when", "who", "which"))


def _verb_in_subject(words: list[str]) -> bool:
    """Whether the task verb a sentence opens with is the first word of its subject: "Compute shaders are used
    for …", "Sort keys are …" state, where "Compute the sum", "Explain what is cached", "Prove n is odd" ask."""
    return (len(words) >= 3 and words[2].lower() in _COPULAS and words[1].isalpha()
            and words[0].lower().strip("\"'“‘(*_`") not in _CLAUSE_VERBS
            and words[1].lower() not in _INTERROGATIVES and words[1].lower() not in _CLAUSE_WORDS)


_CLAUSE_WORDS = frozenset(("it", "this", "that", "there", "which", "whether", "if"))  # "Explain why it is …"
# Verbs whose object may be a clause: "Prove n is odd", "Show x is the limit"
_CLAUSE_VERBS = frozenset(("prove", "show", "verify", "check", "explain", "justify", "argue", "determine",
                           "demonstrate", "confirm", "state", "assume", "suppose", "say", "tell", "decide", "ensure"))


def names_a_difference(text: str) -> bool:
    """"Difference between commands and events.": the interviewer's shorthand for "What is the difference …?".

    >>> names_a_difference("Difference between star & snowflake schema."), names_a_difference("Differences matter.")
    (True, False)
    """
    words = text.split(None, 3)
    return len(words) >= 4 and words[0].lower().strip("\"'“‘(*_`") in _DIFFERENCE and words[1].lower() in _BETWEEN


PROSE_WORDS = 60  # a longer block is prose, whatever it opens with
LABELLED_WORDS = 150  # a scenario under "**Question 3:**", numbered ("4. A process has two threads … Explain …") or
# in a heading ending in "?": it asks, however long


# "M3: How would you monitor a VPN?", "B4: Tell me about a time …": a level's tag of one or two capitals and a number
_TAG_NUMBER = re.compile(r"^(?:[A-Z]{1,2}\d{1,3}[:.)]|(?:Easy|Medium|Hard|Basic|Beginner|Intermediate|Advanced|Expert)"
                         r"\s*[:：\-–—])\s+(?=\S)")  # (or its level: "Easy - Which of the following …")
_LEVEL_HEADS = frozenset(("Easy", "Medi", "Hard", "Basi", "Begi", "Inte", "Adva", "Expe"))  # (a cheap look first)


_OPTION_LETTERS = re.compile(r"^\(?" + OPTION_LETTERS + r"\)?\.?$")
OPTION_LETTERS_CHARS = 16


def strength(text: str, *, labelled: bool = False, numbered: bool = False) -> int:
    """How much ``text`` (a read title) reads as an interview question: QUESTION, MAYBE or NOT.

    A line ending in ":" is a label ("Key points:") unless it asks or is numbered.
    """
    if not text:
        return NOT
    if "A" <= text[0] <= "Z" and (text[1:2].isdigit() or text[2:3].isdigit() or text[:4] in _LEVEL_HEADS) and (
            tag := _TAG_NUMBER.match(text)):
        text = text[tag.end():]  # "B4: Tell me about a time …", "H2: You're on call. …": asked after its tag
    if text[:1] in "TtFf" and _TRUE_OR_FALSE.match(text):
        return QUESTION  # "True or False: Scala objects are singletons.": a quiz's statement, to be judged
    words = text.split()
    if text[-1] in ")]）】" and (note := _TRAILING_NOTE.search(text)) and note.start() > 0:
        text = text[:note.start()]  # what it asks is before the note
    # a question in quotation marks or emphasis, whole ('"Why X?"'), not a sentence quoting one at its end
    asked = text.endswith(QUESTION_MARKS) or (text[0] in OPENING_MARKS
                                              and text.rstrip(CLOSING_MARKS).endswith(QUESTION_MARKS))
    plain_ascii = text.isascii()
    # (a question or a task is no call to subscribe: "What is the role of the subscribe() method?", "How does a
    # consumer subscribe to a topic?", "Implement a publish-subscribe system.")
    if len(words) > (LABELLED_WORDS if labelled or numbered else PROSE_WORDS) or (_promo(text) and not (
            (asked and first_word_asks(words[0]) or is_request(text)) and not _promo(_SUBSCRIBE.sub(" ", text)))):
        if len(words) <= LABELLED_WORDS and "?" in text and ". " in text and asks_after_setting(text) and not _promo(text):
            return MAYBE  # a scenario set in a few long sentences, then asked: a question where its list's items are
        return NOT
    if len(words) <= 8:
        core = text.strip(" .:!?*_：？。！").strip()
        if (_GENERIC_ASKED if asked else _GENERIC).match(core) or (not plain_ascii and _GENERIC_INTL.match(core)):
            return NOT
    cjk = not plain_ascii and _CJK.search(text) is not None
    if len(text) <= OPTION_LETTERS_CHARS and _OPTION_LETTERS.match(text):
        return NOT  # "**Q1: b**", "**Q9: b or d**": an answer key's entry, the letter of the right option
    if labelled:
        return QUESTION
    if _HELPER_LABEL.match(text):
        return NOT  # "Hint: Can you frame it as …?": help under a question, however it ends
    first = _CONTRACTED.sub("", words[0].lower().strip("\"'“‘(*_`¿¡"))  # "What's", "How’re"
    if first in _ADVERBS and len(words) >= 3:
        first, words = words[1].lower().strip("\"'“‘(*_`"), words[1:]
    cjk_asks = cjk and len(text) <= _CJK_TITLE_CAP and _CJK_ASKS.search(text) is not None
    if first in _LOOK_VERBS and _LOOK_AND_ASK.match(text):
        return QUESTION  # "Take a look at the following code and explain which part … :" asks, colon or not
    if text.endswith(_COLONS):
        # "When to use each:", "What to check:": a label over the list that says it, not a question; nor "What
        # you'll learn:", "What you've accomplished:" (a question puts its verb first: "What have you …")
        asks = (first in _INTERROGATIVES and len(words) >= 3
                and (words[1].lower() != "to" or len(words) > TO_LABEL_WORDS)
                and not (first in _WH_WORDS and _CONTRACTED.sub("", words[1].lower()) in _PERSONS)) or (
            first in _VERBS and len(words) >= 2 and not _VERB_AS_NOUN.match(text)) or cjk_asks
        return QUESTION if asks else MAYBE if numbered else NOT
    if asked and (len(words) >= 2 or first in _INTERROGATIVES or (cjk and 2 <= len(core) <= _CJK_TITLE_CAP)):
        return QUESTION
    if first in _AUXILIARIES and not asked and len(words) >= 2 and _advice(first, words[1]):
        return MAYBE  # "Have code up on GitHub.", "Do not study to the test.": advice, not "Have you …", "Do we …"
    if first in _INTERROGATIVES and len(words) >= 3:
        # "What to Look For", "What to expect": a section's title, unless it ends asking; not "When to stop training",
        # "What to know about batch norm", "What to do if the loss becomes NaN", nor "How to reverse a list"
        titled = words[1].lower() == "to" and len(words) <= SECTION_TITLE_WORDS and _SECTION_VERB.match(words[2])
        return MAYBE if titled else QUESTION
    if first in _VERBS and len(words) >= 2:
        return MAYBE if _VERB_AS_NOUN.match(text) or _verb_in_subject(words) else QUESTION
    if first == "select" and len(words) >= 3 and words[1] in _SELECTED:
        return QUESTION  # "Select the code which …" (a quiz's task), not "SELECT statements" or "Select Quiz"
    if first in _INFINITIVES and 2 <= len(words) <= INFINITIVE_WORDS and not _IS.search(text):
        return QUESTION
    if first == "given" and _given_task(text):
        return QUESTION
    if first in _DIFFERENCE and names_a_difference(text):
        return QUESTION
    if BLANK in text[-14:] and (words_blank := _BLANK_ASKED.search(text)) and text.count(BLANK) == text[
            words_blank.start():].count(BLANK) and (len(words) >= 3 or cjk):
        return QUESTION  # "The keyword that starts a goroutine is ____.", "启动 goroutine 的关键字是____"
    if cjk_asks or (". " in text and asks_after_setting(text)) or (
            not cjk and len(words) <= PLAIN_ASK_WORDS and (
                ("ne" in text[-12:] and text.rstrip(" ?？.!").lower().endswith(_TURKISH_ENDS)) or not plain_ascii and (
                    _LATIN_ASKS.search(text) or (
                        # "dự án nào tốt nhất" (which project is best); not "bất kỳ … nào" (any)
                        _VI_WHICH.search(text) and not _VI_ANY.search(text))))):
        return QUESTION
    return MAYBE


# "Look at the code below and explain what it prints": a task that points at what it asks about first
_LOOK_VERBS = frozenset(("take", "look", "have", "consider", "examine", "study", "review", "read", "see", "check"))
_LOOK_AND_ASK = re.compile(r"^(?:(?:take|have) a (?:close |closer |quick )?look at|look at|consider|examine|study|review|"
                           r"read|see|check)\b(?=.{0,120}?[,.]?\s(?:and|then)\s+(?:explain|tell|say|describe|identify|"
                           r"find|predict|determine|fix|spot|what|which|why|how|where)\b)", re.IGNORECASE)
# (and in the other languages read here: "Différence entre X et Y", "Unterschied zwischen …", "Разница между …")
_SELECTED = frozenset(("the", "a", "an", "all", "one", "two", "three", "each", "which", "what"))
_DIFFERENCE = frozenset("difference differences différence différences diferencia diferencias diferença diferenças "
                        "unterschied unterschiede differenza differenze verschil разница различие различия отличие "
                        "отличия".split())
_BETWEEN = frozenset(("between", "entre", "zwischen", "tra", "fra", "tussen", "между"))
TO_LABEL_WORDS = 4  # "When to use each:", "What to check first:": a label; a longer "How to … :" asks
_AUXILIARIES = frozenset(("have", "has", "had", "do", "does", "did"))
# What follows "have" that asks is its subject ("Have you …", "Has the model …", "Had Kafka …"), not "code up"
_SUBJECTS = frozenset("you we i it they he she there this that these those the a an your our my their its any all "
                      "each every some one both either neither".split())


def _advice(auxiliary: str, second: str) -> bool:
    """"Do not …", "Have code up …": an auxiliary that tells, not one that asks ("Do you …", "Have you …")."""
    word = second.strip("\"'“‘(*_`,")
    if word.lower() in ("not", "n't", "n’t"):
        return True
    return auxiliary in ("have", "has", "had") and word.lower() not in _SUBJECTS and not word[:1].isupper()
OPENING_MARKS = "\"'“‘「『*_"  # opening quotes and emphasis before a question
CLOSING_MARKS = "\"'”’」』*_ "  # closing quotes and emphasis after a question mark
_CONTRACTED = re.compile(r"['’](?:s|re|d|ll|ve)$")


# A coding task sets its input, then says what to do: "Given an array of integers, return the indices of …".
_TASK_VERBS = _VERBS | frozenset("return determine count check print output sort merge convert remove rotate "
                                 "generate decide produce transform".split())
_GIVEN = re.compile(r"^\W*given\b[^,;:]{1,200}[,;:]\s*(?:and\s+)?([a-z]+)", re.IGNORECASE)


def _given_task(text: str) -> bool:
    """"Given an integer n, return …", "Given a string s; find …": the verb after the setting asks."""
    match = _GIVEN.match(text)
    return match is not None and match.group(1).lower() in _TASK_VERBS


_VI_WHICH = re.compile(r"\bnào\b(?! đó)")
_VI_ANY = re.compile(r"\bbất (?:kỳ|kì|cứ)\b|\bkhông\b|\bchưa\b")
PLAIN_ASK_WORDS = 40  # a line longer than this that says "là gì" on the way is prose, not a question
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.?!])|(?<=[.?!][\"”’)]))\s+(?=[\"“‘(]?[A-Z])")  # (after a closing quote too)
SETTING_SENTENCES = 4  # a scenario question sets the scene in a few sentences; more is prose


def asks_after_setting(text: str) -> bool:
    """A scenario, then the ask: "You have a $10K budget. Design a system that scales.", "Our corpus is huge.
    Which store would you pick, and why? Give the trade-offs." A later sentence asks or gives a task."""
    sentences = _SENTENCE_BREAK.split(text)
    if not 2 <= len(sentences) <= SETTING_SENTENCES:
        return False
    for sentence in sentences[1:]:
        words = sentence.split()
        head = words[0].lower().strip("\"'“‘(") if words else ""
        if sentence.endswith(QUESTION_MARKS) and len(words) >= 3 or len(words) >= 3 and (
                head in _VERBS or head in _INTERROGATIVES and "?" in sentence
                or head == "select" and words[1] in _SELECTED):
            return True
    return False
