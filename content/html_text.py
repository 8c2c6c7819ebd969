"""An answer written in HTML (a blog post exported into a Markdown file) as the Markdown it means.

Paragraphs stay paragraphs, list items become ``-`` or ``1.`` items, ``<pre>`` becomes a fenced block, ``<code>``
backticks, ``<b>`` bold; pictures and their wrappers go (an answer's images are left out everywhere), and
entities are read (``&#123;`` is ``{``). Nothing is executed or fetched: the standard library's tokenizer only.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that open a block of their own: an answer made mostly of lines opening with one is HTML
_BLOCK_TAGS = frozenset(("p", "div", "ul", "ol", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
                         "blockquote", "figure", "section", "article", "dl", "dt", "dd"))
# A line of Markdown's own structure: a list item, a heading, a quote, a fence (Markdown with some tags in it)
_MARKDOWN_LINE = re.compile(r"^\s*(?:[-*+]\s|\d{1,4}[.)]\s|#{1,6}\s|>)")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_CLOSED_ELEMENT = re.compile(r"^<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>.*</\1\s*>$", re.DOTALL)


def _fenced(lines: list[str]) -> list[tuple[str, bool]]:
    """Each line, and whether it belongs to a Markdown code fence (its fence lines too)."""
    out: list[tuple[str, bool]] = []
    inside = False
    for line in lines:
        fence = _FENCE.match(line) is not None
        out.append((line, inside or fence))
        inside = inside != fence
    return out
_LINE_TAG = re.compile(r"^\s*</?([a-zA-Z][a-zA-Z0-9]*)\b")
HTML_SHARE = 0.5  # of an answer's lines with text, opening with a block tag, for it to be HTML
HTML_LINES_MIN = 2
_SKIPPED = frozenset(("script", "style", "svg", "figcaption", "button", "iframe"))  # (what is inside never shows)
_SPACE = re.compile(r"[ \t\r\n\f]+")
_ITEM_OPENED = re.compile(r"\s*(?:-|\d{1,4}\.) ")  # a list item's marker, with nothing after it yet


def is_html(lines: list[str]) -> bool:
    """Whether an answer's ``lines`` are HTML: they open with a block tag (``<p>``, ``<li>``…), as most lines with
    text outside code fences do, and none is Markdown's own list item, heading or quote, or a ``<details>`` box
    (read elsewhere, as boxes). Markdown that ends in a tag or two ("↥ back to top" in a ``<div>``) stays
    Markdown. Fenced code among the HTML is code, whatever it holds.

    >>> is_html(["<p>A machine.</p>", "<ul>", "<li>Loads code</li>", "</ul>"]), is_html(["A machine.", "<br>"])
    (True, False)
    """
    filled = [line for line, fenced in _fenced(lines) if line.strip() and not fenced]
    if not filled or (first := _LINE_TAG.match(filled[0])) is None or first.group(1).lower() not in _BLOCK_TAGS:
        return False
    tagged = 0
    for line in filled:
        stripped = line.lstrip()
        if _MARKDOWN_LINE.match(line) or stripped[:8].lower() in ("<details", "<summary"):
            return False
        match = _LINE_TAG.match(line)
        tagged += match is not None and match.group(1).lower() in _BLOCK_TAGS
    if len(filled) == 1:  # one element alone: "<p><b>Answer:</b> Join the tables.</p>"
        return _CLOSED_ELEMENT.match(filled[0].strip()) is not None
    return tagged >= HTML_LINES_MIN and tagged >= HTML_SHARE * len(filled)


def html_as_markdown(lines: list[str]) -> list[str]:
    r"""The Markdown lines an HTML answer means.

    >>> html_as_markdown(["<p>It has <b>three</b> parts:</p>", "<ul>", "<li><code>javac</code></li>", "<li>java</li>",
    ...                   "</ul>", '<pre><code class="java">int a = 1;', "</code></pre>"])
    ['It has **three** parts:', '', '- `javac`', '- java', '', '```java', 'int a = 1;', '```']
    """
    out: list[str] = []
    html: list[str] = []
    code: list[str] = []
    for line, fenced in [*_fenced(lines), ("", False)]:
        if fenced:
            code.append(line)
            continue
        if code:  # a fence between the HTML: read what came before it, then the code as it stands
            out += [*_read(html), "", *code, ""]
            html, code = [], []
        html.append(line)
    out += _read(html)
    return [line for at, line in enumerate(out) if line or (at and out[at - 1] and at + 1 < len(out))]


def _read(lines: list[str]) -> list[str]:
    reader = _MarkdownWriter()
    reader.feed("\n".join(lines))
    reader.close()
    return reader.result()


class _MarkdownWriter(HTMLParser):
    """Writes Markdown lines as the HTML is read, tag by tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.line = ""
        self.lists: list[list[int]] = []  # per open list: [1 if numbered else 0, the next number]
        self.pre = 0
        self.skipped = 0
        self.code_class = ""
        self.row: list[str] | None = None  # a table row's cells so far
        self.rows = 0  # rows written of the current table

    # blocks -------------------------------------------------------------------------------------------------
    def _flush(self) -> None:
        text = self.line.strip()
        if text and not _ITEM_OPENED.fullmatch(self.line):  # (an item with nothing in it is no line)
            self.out.append(text if not self.lists else self.line.rstrip())
        self.line = ""

    def _gap(self) -> None:
        """End the block: a blank line after it, where one is not there already."""
        self._flush()
        if self.out and self.out[-1] != "":
            self.out.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipped += 1
            return
        if self.pre:
            if tag == "code":
                self.code_class = next((value or "" for name, value in attrs if name == "class"), "")
            return
        if tag in ("p", "div", "section", "article", "figure", "blockquote", "dl", "table"):
            if self.lists and _ITEM_OPENED.fullmatch(self.line):
                return  # "<li><p>…": the paragraph is the item's text
            self._gap()
            self.rows = 0 if tag == "table" else self.rows
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._gap()
            self.line = "**"
        elif tag in ("ul", "ol"):
            self._gap() if not self.lists else self._flush()
            self.lists.append([1 if tag == "ol" else 0, 1])
        elif tag == "li":
            self._flush()
            if not self.lists:
                self.lists.append([0, 1])  # an item whose list tag is outside the answer: a bullet
            kind = self.lists[-1]
            indent = "    " * max(0, len(self.lists) - 1)
            self.line = f"{indent}{kind[1]}. " if kind[0] else f"{indent}- "
            kind[1] += 1
        elif tag in ("dt", "dd"):
            self._flush()
        elif tag == "pre":
            self._gap()
            self.pre += 1
            self.code_class = ""
            self.line = ""
        elif tag == "br":
            self._flush()
        elif tag == "hr":
            self._gap()
        elif tag == "tr":
            self._flush()
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.line = ""
        elif tag == "code":
            self.line += "`"
        elif tag in ("b", "strong"):
            self.line += "**"
        elif tag in ("i", "em"):
            self.line += "*"

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipped = max(0, self.skipped - 1)
            return
        if self.pre:
            if tag == "pre":
                self._end_pre()
            return
        if tag in ("p", "div", "section", "article", "figure", "blockquote", "dl", "table"):
            self._flush() if self.lists else self._gap()
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.line = self.line.rstrip() + "**"
            self._gap()
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
            if not self.lists:
                self._gap()
        elif tag in ("li", "dt", "dd"):
            self._flush()
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join(self.line.split()).replace("|", "\\|"))
            self.line = ""
        elif tag == "tr" and self.row is not None:
            if self.row:
                self.out.append("| " + " | ".join(self.row) + " |")
                if self.rows == 0:
                    self.out.append("|" + "---|" * len(self.row))
                self.rows += 1
            self.row = None
        elif tag == "code":
            self.line += "`"
        elif tag in ("b", "strong"):
            self.line = self.line.rstrip() + "**"
        elif tag in ("i", "em"):
            self.line = self.line.rstrip() + "*"

    def _end_pre(self) -> None:
        language = self.code_class.removeprefix("language-").split()[0] if self.code_class.strip() else ""
        code = self.line.strip("\n").split("\n")
        self.line = ""
        self.out += [f"```{language}", *code, "```", ""]
        self.pre -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.pre:
            self._flush()
        elif tag == "hr" and not self.pre:
            self._gap()

    def handle_data(self, data: str) -> None:
        if self.skipped:
            return
        if self.pre:
            self.line += data
            return
        text = _SPACE.sub(" ", data)
        if not self.line.strip() or self.line.endswith(" "):
            text = text.lstrip()
        self.line += text

    def result(self) -> list[str]:
        self._flush()
        out = self.out
        while out and out[-1] == "":
            out.pop()
        # (one blank line between blocks at most)
        return [line for at, line in enumerate(out) if line or (at and out[at - 1])]
