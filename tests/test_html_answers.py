"""Answers written in HTML (a blog post exported into a Markdown file) show as the Markdown they mean."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.html_text import html_as_markdown, is_html

_POST = """<h3>01、什么是 JVM？</h3>
<p>JVM 是运行 <strong>字节码</strong> 的虚拟机。</p>
<p>它提供以下操作：</p>
<ul>
<li>加载字节码</li>
<li>
<code>verify()</code> 字节码</li>
</ul>
<div class="image-package">
<div class="image-container"><img data-original-src="//example.invalid/jvm.png"></div>
<div class="image-caption">JVM 结构</div>
</div>
<pre><code class="java">public class Test &#123;
    int a = 1 &lt; 2 ? 1 : 0;

&#125;
</code></pre>
<h3>02、JDK 和 JRE 有什么区别？</h3>
<ol>
<li><p>JDK 包含编译器。</p></li>
<li><p>JRE 只能运行。</p></li>
</ol>
<table><tr><th>名称</th><th>用途</th></tr><tr><td>JDK</td><td>开发 | 编译</td></tr></table>
"""


def test_an_answer_in_html_shows_its_paragraphs_lists_code_and_tables_as_markdown():
    pairs = read_pairs(_POST)
    assert [title for title, _ in pairs] == ["什么是 JVM？", "JDK 和 JRE 有什么区别？"]
    first, second = pairs[0][1], pairs[1][1]
    assert first.split("\n")[:6] == ["JVM 是运行 **字节码** 的虚拟机。", "", "它提供以下操作：", "", "- 加载字节码",
                                     "- `verify()` 字节码"]
    # the picture and its wrappers go; the caption stays as a line of text; the code keeps its blank line
    assert "<" not in first.replace("1 < 2", "") and "jvm.png" not in first
    assert "```java\npublic class Test {\n    int a = 1 < 2 ? 1 : 0;\n\n}\n```" in first
    assert second == "1. JDK 包含编译器。\n2. JRE 只能运行。\n\n| 名称 | 用途 |\n|---|---|\n| JDK | 开发 \\| 编译 |"


def test_markdown_with_a_few_tags_in_it_stays_markdown():
    mixed = ["1.  Test files must **\\_**.", "2.  Tests are named **\\_**.", "", "- [x] end in `_test.go`",
             "      <br/>names matching `^Test`", "      <br/>calling `t.Run()`"]
    assert not is_html(mixed)
    assert not is_html(["<details>", "<summary>Answer</summary>", "<p>It runs bytecode.</p>", "</details>"])
    assert not is_html(["It runs bytecode.", "<br>", "And more."])
    assert is_html(["<p>It runs bytecode.</p>", "<p>And more.</p>"])


def test_script_and_style_text_is_never_shown():
    assert html_as_markdown(["<p>Shown.</p>", "<script>alert(1)</script>", "<style>p {color: red}</style>",
                             "<p>Also shown.</p>"]) == ["Shown.", "", "Also shown."]


def test_markdown_that_ends_in_a_back_to_top_box_stays_markdown():
    assert not is_html(["*ToDo*", "", '<div align="right">', '    <b><a href="#top">↥ back to top</a></b>', "</div>"])


def test_fenced_code_among_the_html_stays_code():
    answer = ["<p>Use a join:</p>", "", "```sql", "SELECT a.<b>x</b> FROM a", "```", "", "<p>It keeps <i>every</i> row.</p>"]
    assert is_html(answer)
    assert html_as_markdown(answer) == ["Use a join:", "", "```sql", "SELECT a.<b>x</b> FROM a", "```", "",
                                        "It keeps *every* row."]


def test_questions_typed_as_bold_html_paragraphs_are_bold_lines():
    text = "".join(f'<b style="color:#2874A6;">{n}. Write a SQL query to list table {n} with <code>JOIN</code>.</b>\n\n'
                   f"<p><b>Answer:</b> Join table {n} to its owner.</p>\n\n" for n in range(1, 5))
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == [f"Write a SQL query to list table {n} with `JOIN`." for n in range(1, 5)]
    assert pairs[2][1] == "Join table 3 to its owner."  # (its label read as the answer's, as in Markdown)
