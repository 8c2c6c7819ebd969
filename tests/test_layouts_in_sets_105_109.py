"""Layouts met in held-out sets 105–109, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown


def test_a_document_written_whole_inside_pre_reads_its_bold_tag_lines_as_questions():
    text = ("<pre>\n"
            "<b>1. Which register holds the return address on a call? </b>\n"
            "  (a translation of the question)\n"
            "A. The stack holds it, not a register.\n\n\n"
            "<b>2. Name two status flags.</b>\n"
            "A. ZF and CF\n\n\n"
            "<strong>3. Which unit does floating-point arithmetic?</strong>\n"
            "A. The FPU\n"
            "</pre>\n")
    parsed = parse_markdown(text, pack="x")
    assert [q.title for q in parsed.questions] == ["Which register holds the return address on a call?",
                                                   "Name two status flags.",
                                                   "Which unit does floating-point arithmetic?"]
    assert all(q.answered for q in parsed.questions)
    assert any("<pre>" in problem.message for problem in parsed.problems)


def test_pre_inside_a_page_is_left_as_it_is():
    text = ("## 1. What does this print?\n\n<pre>\n<b>hello</b>\n</pre>\n\nIt prints hello in bold.\n\n"
            "## 2. What is a tag?\n\nA name in angle brackets.\n")
    assert [title for title, _ in read_pairs(text)] == ["What does this print?", "What is a tag?"]


def test_p_and_r_letters_label_questions_and_answers_as_q_and_a_do():
    text = "# Quiz\n\n" + "".join(f"## P: Como funciona o recurso {name}\n\nR: `Ele guarda {name} no servidor.`\n\n"
                                  for name in ("A", "B", "C", "D"))
    read = read_pairs(text)
    assert [title for title, _ in read] == [f"Como funciona o recurso {name}" for name in "ABCD"]
    assert [answer for _, answer in read] == [f"`Ele guarda {name} no servidor.`" for name in "ABCD"]


def test_an_r_in_bold_opening_an_answer_is_the_language_not_a_label():
    text = ("## What is the difference between R and Python?\n\n- **R:** strong in statistics.\n"
            "- **Python:** strong in general programming.\n\n## What is a data frame?\n\nA table of columns.\n")
    assert read_pairs(text)[0][1].startswith("- **R:** strong in statistics.")


def test_a_vietnamese_suggested_answer_label_answers_the_labelled_question_above_it():
    text = "".join(f"### {number}. **Chủ đề {number}**\n   - **Câu hỏi:** Bạn sẽ làm điều {number} như thế nào?\n"
                   f"   - **Gợi ý trả lời:** Tôi sẽ làm điều {number} từng bước.\n\n" for number in range(1, 5))
    read = read_pairs(text)
    assert len(read) == 4
    assert all(answer.endswith("từng bước.") for _, answer in read)


def test_bold_points_numbered_from_one_inside_an_answer_are_not_questions():
    points = "".join(f"**{n}. Point {n}:**\n\nDo thing {n}.\n\n" for n in range(1, 6))
    text = ("## Basics:\n\n**1. What is a theme?**\n\nThe look of a site.\n\n## Plugins:\n\n**2. What is a plugin?**\n\n"
            "Code that adds a feature.\n\n## Speed:\n\n**3. How do you speed up a site?**\n\n" + points +
            "## Posts:\n\n**4. What is a custom post type?**\n\nA content type of its own.\n\n## Hooks:\n\n"
            "**5. What is a hook?**\n\nA point where code runs.\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == ["What is a theme?", "What is a plugin?", "How do you speed up a site?",
                                            "What is a custom post type?", "What is a hook?"]
    assert "Do thing 5." in read[2][1]


def test_a_bold_question_opening_a_numbered_section_after_the_numbered_ones_is_a_question():
    text = ("## Themes:\n\n**1. What is a theme?**\n\nThe look of a site.\n\n## Plugins:\n\n**2. What is a plugin?**\n\n"
            "Code that adds a feature.\n\n## 3. Block templates:\n\n**Describe what a block template is.**\n\n"
            "**Answer:**\n\nA layout made of blocks.\n\n## 4. Block patterns:\n\n**How do block patterns help reuse?**\n\n"
            "They save a group of blocks to insert again.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is a theme?", "What is a plugin?",
                                                        "Describe what a block template is.",
                                                        "How do block patterns help reuse?"]


def test_items_each_over_a_details_box_are_the_questions_asking_or_not():
    def puzzle(statement: str, solution: str) -> str:
        return (f"- [ ] {statement}\n<details>\n  <summary><strong>Potential Solution</strong></summary>\n"
                f"{solution}\n</details>\n\n")
    text = ("# Brain teasers\n\n## Tips\n- [ ] Say what you assume. Feel free to ask questions to narrow it down?\n"
            "- [ ] Talk through your thinking.\n\n## Teasers\n"
            + puzzle("How many windows are there in Chicago?", "Estimate buildings, then windows per building.")
            + puzzle("Given two sand timers of 4 and 7 minutes, measure 9 minutes.", "Start both, flip at 4 and 7.")
            + puzzle("A farmer must take a goat, a fox and beans across a river, one at a time.", "Goat first.")
            + puzzle("Swap two variables without a third one.", "Add and subtract."))
    read = read_pairs(text)
    assert [title for title, _ in read] == ["How many windows are there in Chicago?",
                                            "Given two sand timers of 4 and 7 minutes, measure 9 minutes.",
                                            "A farmer must take a goat, a fox and beans across a river, one at a time.",
                                            "Swap two variables without a third one."]
    assert [answer for _, answer in read][0] == "Estimate buildings, then windows per building."


def test_numbered_puzzle_headings_are_tasks():
    text = "".join(f"### Puzzle {n}: {name}\n\nThe setting of the puzzle.\n\n#### Solution\n\nThe way to solve it.\n\n"
                   for n, name in enumerate(("Three ants", "Heaven and hell", "Ten coins", "Mislabelled jars"), 1))
    assert [title for title, _ in read_pairs(text)] == ["Three ants", "Heaven and hell", "Ten coins",
                                                        "Mislabelled jars"]


def test_questions_numbered_by_part_and_letter_are_each_a_question():
    def part(questions: list[str]) -> str:
        return "".join(f"### **1.{letter}) {question}**\n\nIt is {letter}.\n\n"
                       for letter, question in zip("abcd", questions, strict=False))
    text = ("## Set 1\n\n" + part(["Define automation.", "What is a sequence?", "Name two loops.", "What is debugging?"])
            + "## Set 2\n\n" + part(["What is a robot?", "Define a flowchart.", "What is a variable?", "What is a bot?"]))
    read = read_pairs(text)
    assert [title for title, _ in read] == ["Define automation.", "What is a sequence?", "Name two loops.",
                                            "What is debugging?", "What is a robot?", "Define a flowchart.",
                                            "What is a variable?", "What is a bot?"]


def test_prompts_glued_under_the_answer_before_them_are_questions_and_boxes_above_them_stay():
    pairs = [("What is gamma correction?", "It corrects for the way screens show brightness, so colours look right."),
             ("Purpose of tone mapping.", "Tone mapping scales bright values down to the range a display can show."),
             ("What is stencil testing used for?", "It masks pixels by a stored value, for outlines and mirrors."),
             ("Understanding of alpha blending.", "Blending mixes the colours of overlapping fragments by their alpha."),
             ("What is deferred rendering?", "It shades once per pixel after writing the geometry to buffers first."),
             ("Methods to improve rendering speed.", "Culling, levels of detail and batching all cut the work done."),
             ("Why sort transparent objects?", "They must be drawn back to front for the blending to come out right."),
             # (a verb that opens its answer's subject, "Compute shaders are …", makes no question of the answer)
             ("Familiarity with compute shaders.", "Compute shaders are used for general parallel work on the GPU.")]
    glued = "\n".join(f"{answer}\n{question}\n" for (_, answer), (question, _) in zip(pairs, pairs[1:], strict=False))
    text = ("# Computer Graphics Questions\n\n## Model matrix\n\n???+Note \"How is the model matrix derived?\"\n\n"
            "    **Answer:** By multiplying the scale, rotation and translation matrices.\n\n"
            "## Clip space\n\n???+Note \"Role of the clip space.\"\n\n    **Answer:** It is where clipping happens.\n\n"
            f"{pairs[0][0]}\n\n{glued}\n{pairs[-1][1]}\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == ["How is the model matrix derived?", "Role of the clip space.",
                                            *(question for question, _ in pairs)]
    assert [answer for _, answer in read][2:] == [answer for _, answer in pairs]


def test_numbered_headings_a_level_deeper_that_carry_the_numbering_on_are_questions():
    text = ("# Vision questions\n\n## 1. What is computer vision?\n\nTeaching machines to see.\n\n"
            "## 2. How does edge detection work?\n\nIt finds steep changes in brightness.\n\n### Sobel\n\nA gradient filter.\n\n"
            "## 3. What is non-maximum suppression?\n\nIt keeps the best box of each overlapping group.\n\n"
            "### 4. Why is smooth L1 loss robust to outliers?\n\nIts gradient is bounded for large errors.\n\n"
            "### 5. Common preprocessing steps\n\nResize, normalise and augment.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is computer vision?", "How does edge detection work?",
                                                        "What is non-maximum suppression?",
                                                        "Why is smooth L1 loss robust to outliers?",
                                                        "Common preprocessing steps"]


def test_a_numbered_item_that_asks_owns_its_options_up_to_its_answer():
    text = "### Multiple choice\n" + "".join(
        f"{n}. Which function does thing {n}?\n   a `one()`  \n   b `two()`  \n   c `three()`  \n   **Answer:** b `two()`\n\n"
        for n in range(1, 5))
    assert [title for title, _ in read_pairs(text)] == [f"Which function does thing {n}?" for n in range(1, 5)]
