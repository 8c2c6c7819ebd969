"""Layouts met in held-out sets 80–84, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown
from llmtui.content.titles import read_title


def test_a_bulleted_answer_right_under_a_numbered_heading_item_is_its_answer():
    text = ("# Solidity questions\n\n1. ### What is a modifier?\n\nA reusable check run before a function body.\n\n"
            "2. ### Name two test frameworks for contracts.\n\n- Foundry: tests written in Solidity.\n\n"
            "- Hardhat: tests written in JavaScript.\n\n3. ### What is gas?\n\nThe fee unit for computation.\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == ["What is a modifier?", "Name two test frameworks for contracts.",
                                            "What is gas?"]
    assert "Foundry" in read[1][1] and "Hardhat" in read[1][1]
    assert "fee unit" not in read[1][1]


def test_look_at_the_code_and_explain_asks_even_ending_in_a_colon():
    text = ("## What is storage?\n\nPersistent contract state.\n\n"
            "## Take a look at the following code and explain which variable lives in memory:\n\n"
            "```solidity\nuint[] memory xs;\n```\n\n`xs` lives in memory.\n\n## What is calldata?\n\nRead-only input.\n")
    assert [title for title, _ in read_pairs(text)][1].startswith("Take a look at the following code and explain")
    # Pointing at something without asking about it names a section
    assert len(read_pairs("## What is X?\n\nX.\n\n## Take a look at this diagram:\n\nA box.\n\n## What is Y?\n\nY.\n")) == 2


def test_a_list_of_questions_goes_on_past_a_mistyped_number():
    items = [("How do you run one model?", "Select it by name."), ("What is a seed?", "A CSV loaded as a table."),
             ("What happens when a test fails?", "The run stops.")]
    text = "# dbt questions\n\n" + "".join(f"{n}. **{q}**\n    *   {a}\n" for n, (q, a) in enumerate(items, 1))
    # the fourth typed as "3." under the third; the fifth and sixth name topics without asking
    text += ("    3. **Storing failures.**\n    *   Keeps failing rows in a table.\n"
             "5. **Incremental logic for append-only logs.**\n    *   Append without a key.\n"
             "6. **Circular dependencies in a project.**\n    *   Break them with a staging model.\n"
             "7. **How do you document a column?**\n    *   In the schema file.\n")
    titles = [title for title, _ in read_pairs(text)]
    assert "Incremental logic for append-only logs." in titles
    assert "Circular dependencies in a project." in titles
    assert titles[-1] == "How do you document a column?"


def test_a_heading_numbered_without_a_dot_asks_when_a_request_follows_the_number():
    text = ("# Helpdesk questions\n\n## 1 How do you reset a password?\n\nVerify the user, then reset.\n\n"
            "## 2 Give an example of helping a frustrated user.\n\nI stayed calm and fixed the printer.\n\n"
            "## 3 Why do you want this job?\n\nI like solving problems.\n")
    assert [title for title, _ in read_pairs(text)] == ["How do you reset a password?",
                                                   "Give an example of helping a frustrated user.",
                                                   "Why do you want this job?"]
    assert read_title("3 Sum problem").number is None  # a number that is part of a name stays


def test_a_bold_question_with_bold_inside_it_is_one_bold_line():
    text = ("**What does `jobs` show?**\n\nThe shell's background jobs.\n\n"
            "**What does an **&** at the end of a command do?**\n\nIt runs the command in the background.\n\n"
            "**What does `fg` do?**\n\nBrings a job to the foreground.\n")
    read = read_pairs(text)
    assert [title for title, _ in read][1] == "What does an & at the end of a command do?"
    assert "background" in read[1][1]


def test_a_table_of_contents_running_into_the_first_question_div_leaves_it_a_question():
    rows = "".join(f"    <tr>\n      <th>{n}</th>\n      <td><a href=\"#q{n}\">Topic number {n} in the list of "
                   f"contents</a></td>\n    </tr>\n" for n in range(1, 40))
    divs = "".join(f'<div class="common" id="q{n}" >\n  <h3>{n}. What is thing {n} in Perl?</h3>\n'
                   f"  <p>Thing {n} is a feature of the language.</p>\n</div>\n" for n in range(1, 4))
    text = f"# Perl questions\n\n<table>\n  <tbody>\n{rows}  </tbody>\n</table>\n{divs}"
    assert [title for title, _ in read_pairs(text)] == [f"What is thing {n} in Perl?" for n in range(1, 4)]


def test_numbered_topic_headings_are_questions_though_they_share_words_with_the_one_before():
    text = ("# Vue interview questions\n\n1. ### What is Vue?\n    A framework for building user interfaces.\n\n"
            "2. ### How do components receive data?\n    Through props passed in by the parent.\n\n"
            "3. ### Lifecycle functions of components\n    Hooks that run as a component is created, mounted and\n"
            "    destroyed, as the diagram at https://example.com/vue-interview-questions/lifecycle.png shows.\n\n"
            "4. ### Using v-if together with v-for on one element in the same template\n"
            "    Avoid it: v-for runs first and the condition runs for every item.\n\n"
            "5. ### How do you bind a class?\n    With `:class`.\n\n6. ### What is a computed property?\n"
            "    A cached value derived from state.\n\n7. ### What is a watcher?\n    A callback run when state changes.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "What is Vue?", "How do components receive data?", "Lifecycle functions of components",
        "Using v-if together with v-for on one element in the same template", "How do you bind a class?",
        "What is a computed property?", "What is a watcher?"]


def test_a_heading_that_is_only_the_question_label_asks_the_paragraph_under_it():
    text = ("# WebAssembly quiz\n\n## Item 1 | Basics\n### Question\nWasm and JavaScript working together.\n\n"
            "**Answer:** Through imports and exports.\n\n## Item 2 | Memory\n### Question\nHow is memory shared?\n\n"
            "**Answer:** A linear memory buffer.\n\n## Item 3 | Tools\n### 题目\n使用 Rust 编写模块。\n\n"
            "**Answer:** wasm-pack.\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == ["Wasm and JavaScript working together.", "How is memory shared?",
                                            "使用 Rust 编写模块。"]
    assert read[0][1] == "Through imports and exports."


def test_markdown_right_under_a_details_summary_with_a_blank_line_in_its_code_is_read_as_markdown():
    box = ("<details><summary>Show answer</summary>\n### Answer\n```js\nconst a = 1;\n\nconst b = 2;\n```\n"
           "**Source:** the spec\n</details>\n")
    text = (f"## Part 1 | Loading\n### Question\nHow do you load a module?\n\n{box}\n---\n\n"
            f"## Part 2 | Memory\n### Question\nHow do you share memory?\n\n{box}\n---\n\n"
            "## Part 3 | Tables\n### Question\nWhat is a table?\n\n<details><summary>Show answer</summary>\n\nA typed array of "
            "references.\n\n</details>\n")
    pack = parse_markdown(text, pack="x")
    assert [q.title for q in pack.questions] == ["How do you load a module?", "How do you share memory?",
                                                 "What is a table?"]
    assert "const b = 2;" in pack.questions[0].answer
    assert any("<details>" in p.message for p in pack.problems)


def test_bold_closing_a_title_is_taken_off_whole():
    assert read_title("WebAssembly 的优势？**（多选）**").text == "WebAssembly 的优势？（多选）"
    assert read_title("Explain **joins** and **unions**").text == "Explain joins and unions"
    assert read_title("**What is 2**3?**").text == "What is 2**3?"  # an exponent keeps its stars


def test_lettered_options_with_no_key_are_shown_and_answer_nothing():
    text = ("# Quiz\n\n**Question 1:** What do interviewers look for?\n**A)** Perfect slides\n"
            "**B)** Clear thinking\n**C)** Tool trivia\n\n**Question 2:** Which storage is persistent?\n"
            "A) memory\nB) storage\nC) calldata\n\n**Answer:** B\n\n**Question 3:** What does ACID stand for?\n"
            "A: Atomicity\nC: Consistency\nI: Isolation\nD: Durability\n")
    pack = parse_markdown(text, pack="x")
    assert [q.answered for q in pack.questions] == [False, True, True]
    assert "**B)** Clear thinking" in pack.questions[0].prompt


def test_an_item_typed_without_its_space_among_items_with_indented_answers_is_an_item():
    text = ("# Dart-Interview-question\n\n1. What is Dart?\n\n        - A language for apps.\n\n"
            "2. Difference Between Dart & Flutter\n\n        - One is a language, one a framework.\n\n"
            "3.Dart History\n\n        - First released in 2011.\n\n4. Variable Types\n\n        - int, double, String.\n\n"
            "5. Types Of Comments\n\n        - Single-line and multi-line.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is Dart?", "Difference Between Dart & Flutter",
                                                   "Dart History", "Variable Types", "Types Of Comments"]
