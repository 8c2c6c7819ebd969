"""Layouts met in held-out sets 306–350 that were still read wrong, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown

_PODS = [("What is a pod?", "The smallest unit the scheduler places:\none or more containers sharing a network."),
         ("Why use a readiness probe?", ""),
         ("What does a DaemonSet guarantee?", "One copy of the pod on every node that matches.")]
# each answer as the importer shows it: pre-formatted prose keeps its lines (a hard break ends each), and wraps
_SHOWN = [(q, a.replace("\n", "\\\n")) for q, a in _PODS]


def _boxes_page(pairs: list[tuple[str, str]], *, question_class: str = "site-question",
                answer_class: str = "site-answer") -> str:
    """A page of HTML question boxes: a "Question" label, the question box, a button, then the answer box with its
    text in a pre-formatted block (empty where the author left it to the reader)."""
    boxes = "".join(
        f'<br><h5>Question</h5>\n<div class="card {question_class}">{q}</div>'
        f'<button type="button" class="btn {answer_class}-btn">Answer</button>\n'
        f'  <div class="container {answer_class}">\n    <code class="language-html">\n    <pre>\n{a}\n    </pre>\n'
        f"    </code>\n  </div>\n\n"
        for q, a in pairs)
    return f"---\ntitle: Kubernetes questions\n---\n\n<h4>Basics</h4>\n\n{boxes}"


def test_html_question_boxes_each_followed_by_an_answer_box_are_questions_and_answers():
    # '<div class="site-question">' asks; the '<div class="site-answer">' after it (its button between) answers,
    # its pre-formatted prose kept line for line; an empty one answers nothing
    assert read_pairs(_boxes_page(_PODS)) == _SHOWN
    # (a quiz page's "solution" box answers alike)
    solved = _boxes_page(_PODS, question_class="quiz-question", answer_class="quiz-solution")
    assert read_pairs(solved) == _SHOWN


def test_code_in_an_answer_box_stays_a_code_block():
    code = "ready = [p for p in pods() if p.ready]"
    assert read_pairs(_boxes_page([(_PODS[0][0], code), *_PODS[1:]]))[0] == (_PODS[0][0], f"```\n{code}\n```")


def test_the_label_over_each_box_goes_with_it_and_the_heading_over_them_is_their_topic():
    # "<h5>Question</h5>" over each box names no topic: "<h4>Basics</h4>" over them all does
    assert {q.topic for q in parse_markdown(_boxes_page(_PODS), pack="x").questions} == {"Basics"}


def test_an_answer_box_after_a_note_under_the_question_box_still_answers_it():
    page = _boxes_page(_PODS).replace('Answer</button>\n', 'Answer</button>\n<p>Hint: think of the scheduler.</p>\n', 1)
    assert read_pairs(page)[0] == _SHOWN[0]


def test_a_list_inside_a_question_box_is_what_the_question_shows():
    # "Compare it to one of these:" over a list of tools, written as Markdown inside the box
    page = _boxes_page([("Which CI server have you used?\n\n  * Jenkins\n  * Buildkite", "Jenkins, for four years."),
                        *_PODS])
    question = parse_markdown(page, pack="x").questions[0]
    assert (question.title, question.prompt) == ("Which CI server have you used?", "* Jenkins\n* Buildkite")


def test_a_lone_question_box_and_boxes_named_for_something_else_are_not_read_as_questions():
    # one box alone may be an example in a post; a "question-list" wrapper or a "answer-btn" button names no box
    lone = _boxes_page(_PODS[:1])
    assert parse_markdown(lone, pack="x").questions == []
    wrapped = _boxes_page(_PODS, question_class="question-list", answer_class="answer-btn")
    assert parse_markdown(wrapped, pack="x").questions == []


def test_check_says_the_html_boxes_were_read_and_leaves_out_no_label_or_button():
    # "<h5>Question</h5>" a break over each box and the button on a line of its own go with the boxes: nothing
    # of the page is left out of its questions
    page = _boxes_page(_PODS).replace("<br><h5>", "<h5>").replace("</h5>\n", "</h5>\n<br>\n")
    layout = parse_markdown(page.replace("</div><button", "</div>\n<button"), pack="x").layout
    assert (layout.summary().startswith("1 pattern seen; chose HTML question boxes"),
            any("3 HTML question boxes" in note for note in layout.notes), [n for n in layout.notes if "left out" in n]) == (
        True, True, [])


def test_a_box_named_for_showing_the_answer_is_not_the_answer():
    # '<div class="site-answer-toggle">Show answer</div>' between the boxes is a control; the box after it answers
    page = _boxes_page(_PODS).replace('<button type="button" class="btn site-answer-btn">Answer</button>',
                                      '\n<div class="site-answer-toggle">Show answer</div>')
    assert read_pairs(page)[0] == _SHOWN[0]


_SECURITY = ["What is a CSRF token?", "Why salt a password hash?", "What does TLS protect against?"]
_VAPT = [("What do you mean by penetration testing?", "An authorised, simulated attack on a system."),
         ("What is a vulnerability scan?", "An automated search for known weaknesses.")]


def test_a_page_pasted_as_markdown_fences_one_after_another_is_read_as_the_markdown_inside():
    # "```markdown" over a numbered list of questions, closed, then "```markdown" again over a part of bullets
    # with their answers indented under them: both parts are the page
    first = "".join(f"{n}. {q}\n" for n, q in enumerate(_SECURITY, start=1))
    second = "".join(f"- {q}\n   {a}\n" for q, a in _VAPT)
    text = (f"# Interview questions\n\n```markdown\nSecurity questions\n\n{first}```\n\n"
            f"```markdown\n# VAPT interview questions\n{second}```\n")
    assert read_pairs(text) == [(q, "") for q in _SECURITY] + _VAPT


def test_a_markdown_fence_followed_by_a_code_fence_of_another_kind_stays_as_it_was():
    # "```markdown" showing a README's source, then a "```text" fence of what it renders: an example, not the page
    text = ("# Notes\n\n```markdown\n1. What is a CSRF token?\n2. Why salt a password hash?\n```\n\n"
            "```text\n1. What is a CSRF token?\n```\n")
    assert parse_markdown(text, pack="x").questions == []


# The eleventh review's cases, in our own words


def test_question_boxes_shown_as_sample_code_or_left_in_a_comment_are_not_read():
    boxes = "".join(f'<div class="faq-question">{q}</div>\n<div class="faq-answer">{a}</div>\n' for q, a in _PODS[::2])
    asked = "## How do I roll back a deployment?\n\nRun `kubectl rollout undo`.\n"
    for hidden in (f"```html\n{boxes}```\n", f"<!--\n{boxes}-->\n"):
        assert read_pairs(f"# Accordion markup\n\n{hidden}\n{asked}") == [
            ("How do I roll back a deployment?", "Run `kubectl rollout undo`.")]


def test_markdown_inside_a_box_keeps_its_angle_brackets():
    page = "".join(f'<div class="qa-question">\n\n{q}\n\n</div>\n<div class="qa-answer">\n\n{a}\n\n</div>\n'
                   for q, a in (("What is `List<T>`?", "A list of `T`."), ("When is `a < b`?", "When `b > a`.")))
    assert read_pairs(page) == [("What is `List<T>`?", "A list of `T`."), ("When is `a < b`?", "When `b > a`.")]


def test_survey_question_boxes_with_no_answer_box_anywhere_are_not_questions():
    page = ('<div class="survey-question">How fast is the app?</div>\n<div class="chart"></div>\n'
            '<div class="survey-question">Would you recommend it?</div>\n<div class="chart"></div>\n\n'
            "## What did we learn?\n\nUsers want faster loads.\n")
    assert read_pairs(page) == [("What did we learn?", "Users want faster loads.")]


def test_markdown_fences_with_rules_between_them_are_one_page():
    parts = [("What is a CSRF token?", "A secret the form sends back."), ("Why salt a hash?", "So equal passwords differ."),
             ("What does TLS protect?", "The bytes on the wire.")]
    fences = "\n---\n\n".join(f"```markdown\n## {q}\n\n{a}\n```\n" for q, a in parts)
    assert read_pairs(f"# Security\n\n{fences}") == parts


def test_boxes_after_a_comment_or_a_code_sample_are_read():
    expected = _SHOWN
    for before in ("<!--\nThe old layout, kept for reference.\n-->\n\n", "```html\n<div class=\"card\">sample</div>\n```\n\n"):
        assert read_pairs(before + _boxes_page(_PODS)) == expected


def test_pre_formatted_prose_keeps_its_paragraphs_and_lists_without_a_stray_break():
    # a hard break ends a line only where the paragraph goes on: never before a blank, a list item or the end
    prose = "Mention some of these:\n\nSpeed\nScale &amp; cost\n\nThen the risks:\n* drift\n* toil"
    shown = "Mention some of these:\n\nSpeed\\\nScale & cost\n\nThen the risks:\n* drift\n* toil"
    assert read_pairs(_boxes_page([(_PODS[0][0], prose), *_PODS[1:]]))[0] == (_PODS[0][0], shown)


# The twelfth review's cases, in our own words


def _first_answer(answer_box: str) -> str:
    """The answer read from a page whose first answer box holds ``answer_box`` as written (HTML or Markdown)."""
    page = _boxes_page(_PODS).replace(f'    <code class="language-html">\n    <pre>\n{_PODS[0][1]}\n    </pre>\n    </code>',
                                      answer_box, 1)
    return read_pairs(page)[0][1]


def test_escaped_markup_sql_a_dockerfile_columns_and_a_repl_in_a_pre_block_stay_code():
    shown = {"&lt;div class=\"card\"&gt;\n  &lt;p&gt;Hi&lt;/p&gt;\n&lt;/div&gt;": '<div class="card">\n  <p>Hi</p>\n</div>',
             "SELECT name\nFROM users\nWHERE active = 1": "SELECT name\nFROM users\nWHERE active = 1",
             "FROM python:3.12-slim\nRUN pip install flask": "FROM python:3.12-slim\nRUN pip install flask",
             "NAME    READY   STATUS\nweb-0   1/1     Running": "NAME    READY   STATUS\nweb-0   1/1     Running",
             "&gt;&gt;&gt; xs = [1, 2]\n&gt;&gt;&gt; xs[1:]\n[2]": ">>> xs = [1, 2]\n>>> xs[1:]\n[2]",
             "#!/bin/sh\necho ready": "#!/bin/sh\necho ready", "| Name | Age |\n| Bob | 30 |": "| Name | Age |\n| Bob | 30 |",
             "Results\n-------\nAll passed": "Results\n-------\nAll passed"}
    assert {code: _first_answer(f"<pre>{code}</pre>") for code in shown} == {
        code: f"```\n{text}\n```" for code, text in shown.items()}


def test_markdown_in_a_box_naming_tags_in_code_or_a_placeholder_in_brackets_stays_as_written():
    for markdown in ("Use `<br>` inside an address only; never stack `<p></p>`.\n\n- markup first\n- CSS for layout",
                     "The form expects **<dd-mm-yyyy>** dates."):
        assert _first_answer(markdown) == markdown


def test_a_prose_line_opening_with_a_hash_is_no_heading():
    assert _first_answer("<pre>Raise the limit.\n# of retries stays at three.</pre>") == (
        "Raise the limit.\\\n\\# of retries stays at three.")


def test_markdown_indented_as_the_page_is_and_a_line_opening_with_capitals_are_prose():
    assert _first_answer("      Use a `Map<K, V>`.\n      - keys are unique") == "Use a `Map<K, V>`.\n- keys are unique"
    assert _first_answer("<pre>DNS turns names into addresses.</pre>") == "DNS turns names into addresses."


# The thirteenth review's cases, in our own words: a pre block is prose where a sentence (or a long line of words,
# or mostly list items) is in it and nothing looks like code; commands, config files and logs hold no sentence


def test_commands_config_files_tables_and_logs_in_a_pre_block_stay_code():
    for code in ("npm ci\nnpm run build", "[cache]\nttl = 300", "DEBUG=false\nPORT=8080", "id,name\n1,Ada",
                 "a1b2c3d Fix the cache warmup\n9f8e7d6 Add a retry", "build:\n\tgo build ./...",
                 "RUN apt-get update && apt-get install -y curl git vim unzip"):
        assert _first_answer(f"<pre>{code}</pre>") == f"```\n{code}\n```"


def test_prose_opening_with_acronyms_or_using_arrows_and_comparisons_stays_prose():
    for prose in ("TCP orders the bytes it delivers.\nUDP does not.", "Flow: browser > CDN > origin.\nHits stop at the CDN.",
                  "Keep p99 latency < 200 ms\nand errors under one in a thousand.",
                  "One could argue it depends on the company and the size of the team"):
        assert _first_answer(f"<pre>{prose.replace('<', '&lt;').replace('>', '&gt;')}</pre>") == prose.replace("\n", "\\\n")


def test_prose_shows_underscores_stars_and_a_leading_quote_mark_as_written():
    assert _first_answer("<pre>Python calls __init__ after __new__ has run.\n&gt; 1 s is slow for a *page*.</pre>") == (
        "Python calls \\_\\_init\\_\\_ after \\_\\_new\\_\\_ has run.\\\n\\> 1 s is slow for a \\*page\\*.")


def test_a_list_of_short_items_in_a_pre_block_is_prose():
    items = "* Speed\n* Scale\n* Reliability"
    assert _first_answer(f"<pre>{items}</pre>") == items


def test_a_div_named_in_backticks_inside_a_markdown_box_does_not_keep_the_box_open():
    markdown = "A `<div>` is a block, a `<span>` is inline."
    assert _first_answer(markdown) == markdown


def test_code_with_a_sentence_in_it_still_reads_as_code_by_its_marks():
    # a comment or a caption line reads as a sentence: what marks the rest as code keeps the block one
    for code in ("# Build the app for production.\nnpm ci && npm run build",
                 "The pods are listed below, with their state.\nNAME    READY   STATUS",
                 "The ages of the team are listed below.\n| Name | Age |",
                 "Each of the checks below has to pass.\n-------\nall passed",
                 "#!/bin/sh\n# Print a greeting to the console, then stop.\necho hi",
                 ">>> print('The answer is forty-two, as always.')",
                 "Set the flag before you start the server.\nexport DEBUG=1; ./server",
                 "This is the card that we render on the page.\n&lt;div class=\"card\"&gt;",
                 "Call it with the two numbers you want to add.\nadd 1 2 -> 3",
                 "# Load the module that reads the files.\nimport os"):
        shown = code.replace("&lt;", "<").replace("&gt;", ">")
        assert _first_answer(f"<pre>{code}</pre>") == f"```\n{shown}\n```"


# The fourteenth review's cases, in our own words


def test_a_box_left_in_a_one_line_comment_or_named_in_a_data_attribute_is_no_box():
    # '<!-- <div class="site-answer">old</div> -->' over the real answer box; 'data-class="site-answer"' on a
    # wrapper; what follows a comment's end on its line is the page's
    commented = _boxes_page(_PODS).replace('<div class="container site-answer">',
                                           '<!-- <div class="site-answer">old</div> --><div class="container site-answer">', 1)
    closing = _boxes_page(_PODS).replace('<div class="container site-answer">',
                                         '<!--\nan older answer\n--><div class="container site-answer">', 1)
    toggled = _boxes_page(_PODS).replace('Answer</button>\n', 'Answer</button>\n<div data-class="site-answer">Show</div>\n', 1)
    assert read_pairs(commented) == read_pairs(closing) == read_pairs(toggled) == _SHOWN


def test_a_greater_than_sign_in_a_quoted_attribute_does_not_end_the_box_tag():
    page = _boxes_page(_PODS).replace('<div class="card site-question">', '<div title="a > b" class="card site-question">')
    assert read_pairs(page) == _SHOWN


def test_a_code_fence_inside_an_answer_box_stays_in_its_answer():
    page = "".join(f'<div class="qa-question">{q}</div>\n<div class="qa-answer">\n\n{a}\n\n</div>\n'
                   for q, a in (("How do you print?", "Like this:\n\n```python\nprint('hi')\n```"), ("Why?", "It shows.")))
    assert read_pairs(page) == [("How do you print?", "Like this:\n\n```python\nprint('hi')\n```"), ("Why?", "It shows.")]
