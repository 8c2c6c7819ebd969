"""Layouts met in held-out sets 172–195, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown

_LISTS_NUMBERED_ON = """# Vision Questions

## Detection

**Q:** What is a one-stage detector?

**A:** It predicts boxes and classes in one pass over the image, with no proposal step.

**Q:** Why are anchor boxes used?

**A:** They give priors of shape, so each cell can predict several objects of different sizes.

**Q:** What does a feature pyramid add?

**A:** Features at several scales, so small objects are found in the fine maps.

**Q:** What is an intersection over union?

**A:** The overlap of two boxes over their union, the measure a match is judged by.

**Q:** Why is focal loss used?

**A:** It weights the hard examples up, so the easy background does not swamp training.

**Q:** What does mean average precision measure?

**A:** Precision over all recall levels, averaged over the classes.

**Q:** How are small objects handled?

**A:** With finer feature maps, larger inputs and more anchors at small sizes.

**Q:** What is a two-stage detector?

**A:** One that proposes regions first and classifies each proposal after.

### Technical Questions:

1. How is the loss split between boxes and classes?
2. What does non-maximum suppression remove?
3. Why is the image split into a grid?

### Performance:

4. Where do one-stage detectors lose accuracy?
5. How does a larger input size change recall?

### Applications:

6. Which products need detection at video rate?
7. When is a two-stage detector the better choice?
"""


def test_lists_that_number_on_from_a_list_of_questions_are_questions_too():
    # ("### Performance:" does not say it holds questions; its items go on counting from the ones that did)
    pairs = read_pairs(_LISTS_NUMBERED_ON)
    assert [title for title, _ in pairs] == [
        "What is a one-stage detector?", "Why are anchor boxes used?", "What does a feature pyramid add?",
        "What is an intersection over union?", "Why is focal loss used?", "What does mean average precision measure?",
        "How are small objects handled?", "What is a two-stage detector?",
        "How is the loss split between boxes and classes?", "What does non-maximum suppression remove?",
        "Why is the image split into a grid?", "Where do one-stage detectors lose accuracy?",
        "How does a larger input size change recall?", "Which products need detection at video rate?",
        "When is a two-stage detector the better choice?"]
    assert [bool(answer) for _, answer in pairs] == [True] * 8 + [False] * 7
    # Numbered afresh, or with a gap, a short list under a heading that does not say so is something else
    for first in ("1", "7"):
        restarted = _LISTS_NUMBERED_ON.replace("4. Where", f"{first}. Where").replace(
            "5. How does", f"{int(first) + 1}. How does").replace("6. Which", f"{int(first) + 2}. Which").replace(
            "7. When", f"{int(first) + 3}. When")
        assert len(read_pairs(restarted)) == 11


def test_a_heading_typed_without_its_space_that_numbers_on_is_one_of_the_series():
    text = ("## Instructions\n\nKeep only the right options.\n\n"
            "#### 1.  Which engine runs Node?\n* A) V8\n\n"
            "#### 2.  Which call loads a core module?\n* C) require('fs')\n\n"
            "#### 3.  Why does this server not start?\n```js\nhttp.listen(8000);\n```\n* B) listen is on the server\n\n"
            "###4. What does the following module export?\n```js\nmodule.exports = () => [];\n```\n* A) a function\n\n"
            "###5. What does non-blocking I/O mean?\n\nThe call returns at once and a callback runs later.\n")
    pairs = read_pairs(text)
    assert [title for title, _ in pairs] == [
        "Which engine runs Node?", "Which call loads a core module?", "Why does this server not start?",
        "What does the following module export?", "What does non-blocking I/O mean?"]
    assert pairs[3][1] == "* A) a function"  # the code is what it asks about; the option under it answers
    assert pairs[4][1].startswith("The call returns")
    # Out of turn ("###9." after "#### 3."), it stays the paragraph Markdown reads
    assert len(read_pairs(text.replace("###4.", "###9.").replace("###5.", "###12."))) == 3


def test_a_lone_option_right_under_the_code_a_question_shows_answers_it():
    text = ("#### 1. What does the following code return?\n\n```js\nconst f = () => [1, 2];\n```\n* B) an array\n\n"
            "#### 2. What does the following code print?\n\n```js\nconsole.log(typeof f);\n```\n\n* A) function\n\n"
            "#### 3. Which of the following lines declares a constant?\n\n```js\nlet a = 1;\n```\n"
            "* A) the first\n* B) none\n")
    questions = parse_markdown(text, pack="x").questions
    assert [(q.prompt.endswith("```"), q.answer) for q in questions[:2]] == [(True, "* B) an array"),
                                                                            (True, "* A) function")]
    # two options under the code are the question's to show, not an answer
    assert "* A) the first" in questions[2].prompt and not questions[2].answered


def test_a_closing_section_of_one_kind_of_tips_is_advice_not_questions():
    text = ("# System Design Cheat Sheet\n\n## Top Questions\n\n"
            "1. **Design a URL shortener**\n   - Hash the URL\n   - Redirect with 301\n\n"
            "2. **Design a chat system**\n   - WebSockets\n   - Read receipts\n\n"
            "3. **Design a rate limiter**\n   - Token bucket\n   - Redis counters\n\n"
            "## Whiteboard Tips\n\n1. Start with the requirements\n2. Draw the data flow\n3. Name the stores\n")
    assert [title for title, _ in read_pairs(text)] == [
        "Design a URL shortener", "Design a chat system", "Design a rate limiter"]
