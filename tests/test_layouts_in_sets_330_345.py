"""Layouts met in held-out sets 330–345, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.parser import parse_markdown

_QUIZ = [("What will be the output?", "```python\nprint(2 ** 3)\n```", ["A) 6", "B) 8", "C) 9"], "B) 8", "Powers, not products."),
         ("Which name is not valid?", "", ["A) `_x`", "B) `1x`", "C) `x1`"], "B) `1x`", "A name cannot start with a digit."),
         ("What will this code print?", "```python\nprint(7 // 2)\n```", ["A) 3", "B) 3.5", "C) 4"], "A) 3",
          "Floor division drops the fraction."),
         ("Which keyword starts a loop?", "", ["A) `for`", "B) `def`", "C) `if`"], "A) `for`", "It walks an iterable."),
         ("What will be the value of `x`?", "```python\nx = 4\nx -= 1\n```", ["A) 3", "B) 4", "C) 5"], "A) 3",
          "It takes one off.")]


def _quiz_sheet(*, review: bool) -> str:
    """A practice sheet: "### Question N" over each question and its options, rules between them, then "## Answers"
    with "### Answer N: **B) …**" over an explanation; with ``review``, a list that names some of them again."""
    questions = "".join(f"### Question {n}\n{q}\n" + (f"{code}\n" if code else "") + "".join(f"**{o[:2]}** {o[3:]}  \n"
                                                                                                for o in options)
                        + "\n---\n\n" for n, (q, code, options, _right, _why) in enumerate(_QUIZ, start=1))
    answers = "".join(f"### Answer {n}: **{right}**\n**Explanation**: {why}\n\n---\n\n"
                      for n, (_q, _code, _options, right, why) in enumerate(_QUIZ, start=1))
    tail = ("## Most Missed\n\n### Most Commonly Missed Questions:\n1. **Question 1** (Powers): Mind the operator\n"
            "2. **Question 3** (Floor division): `//` gives an int\n3. **Question 5** (Augmented): `-=` subtracts\n\n"
            if review else "")
    return f"# Practice test\n\n## Questions\n\n{questions}## Answers\n\n{answers}{tail}## Next steps\n\nRetake it.\n"


def test_answer_headings_naming_numbers_answer_a_quiz_whose_questions_are_split_by_rules():
    # The rule under each question's options is no answer of its own: each "### Answer N: **B) …**" answers
    # question N, the right option its heading names first
    assert read_pairs(_quiz_sheet(review=False)) == [(q, f"**{right}**\n\n**Explanation**: {why}")
                                                     for q, _code, _options, right, why in _QUIZ]


def test_code_over_lettered_options_is_what_the_question_shows_whatever_its_title_asks():
    # "What will be the output?" (no "following code") over its code and options: all shown, none of it answers
    questions = parse_markdown(_quiz_sheet(review=False), pack="x").questions
    assert [question.prompt for question in questions] == [
        (f"{code}\n" if code else "") + "  \n".join(f"**{o[:2]}** {o[3:]}" for o in options)
        for _q, code, options, _right, _why in _QUIZ]


def test_code_over_options_with_nothing_after_is_an_unanswered_question():
    text = "".join(f"### {n}. {q}\n\n{code}\n\n" + "\n".join(options) + "\n\n"
                   for n, (q, code, options, _right, _why) in enumerate(_QUIZ, start=1) if code)
    questions = parse_markdown(text, pack="x").questions
    assert [(q.title, q.prompt, q.answered) for q in questions] == [
        (q, f"{code}\n" + "\n".join(options), False) for q, code, options, _right, _why in _QUIZ if code]


def test_a_list_naming_questions_by_their_numbers_is_no_questions():
    # "2. **Question 3** (Floor division): …" under "Most Commonly Missed Questions": notes on questions asked above,
    # the first of them naming its own number ("1. **Question 1** (Powers): …"); the key is read as before
    assert read_pairs(_quiz_sheet(review=True)) == read_pairs(_quiz_sheet(review=False))


def test_a_list_item_labelled_with_its_own_number_that_asks_is_still_a_question():
    text = "".join(f"{n}. **Question {n}** {q}\n\n   {a}\n\n" for n, (q, a) in enumerate(
        [("Which layer normalises activations?", "LayerNorm."), ("What does dropout do?", "It zeroes units."),
         ("Why warm up the learning rate?", "Early steps are unstable.")], start=1))
    assert [title for title, _answer in read_pairs(text)] == ["Which layer normalises activations?",
                                                               "What does dropout do?", "Why warm up the learning rate?"]


_NLP = ["What does BERT stand for?", "How is BERT pretrained?", "What is a word embedding?", "What is topic modelling?"]


def test_your_answer_here_left_in_a_template_is_no_answer():
    text = ("# NLP questions\n\n## BERT\n\n" + "".join(f"### {q}\n{a}\n\n" for q, a in zip(
        _NLP, ["Bidirectional Encoder Representations from Transformers.", "Masked tokens and next sentences.",
               "Your answer here.", "Your answer here"], strict=True)))
    assert [(title, bool(answer)) for title, answer in read_pairs(text)] == list(zip(_NLP, [True, True, False, False],
                                                                                     strict=True))


_RTOS = [("What is priority inversion?", "A low task holds a lock a high one needs."),
         ("What is a watchdog?", "A timer that resets a hung system."),
         ("What is a semaphore?", "A counter that guards a resource.")]


def test_the_candidates_questions_under_a_heading_with_a_note_in_brackets_are_no_cards():
    # "# QUESTIONS TO ASK THE INTERVIEWER (Pick 3-4)" over numbered quotes, each with why to ask it
    text = ("# Mock interview\n\n" + "".join(f"## Question {n}: Topic {n}\n\n**\"{q}\"**\n\n### Model Answer\n\n> {a}\n\n"
                                             for n, (q, a) in enumerate(_RTOS, start=1))
            + "# QUESTIONS TO ASK THE INTERVIEWER (Pick 3-4)\n\n## Technical\n\n"
            + "".join(f'{n}. **"{q}"**\n   - Shows {why}\n\n' for n, (q, why) in enumerate(
                [("Which RTOS does the team use?", "you know the options"),
                 ("Which safety level do you target?", "you know certification"),
                 ("How do you test timing?", "you care about testing")], start=1)))
    assert [title for title, _answer in read_pairs(text)] == [f'"{q}"' for q, _a in _RTOS]


_BEHAVIOUR = ["Tell me about a bug you fixed.", "Describe a project you are proud of.", "Tell me about a disagreement."]


_STEPS = [["Describe the bug", "Explain the fix", "What you learned"],
          ["Describe the project", "Explain your part", "What it changed"],
          ["Describe the disagreement", "Explain how you listened", "What was decided"]]
_TECHNICAL = [("What is ARC?", "Reference counting by the compiler."), ("What are coroutines?", "Suspendable computations."),
              ("What is a sealed class?", "A closed hierarchy."), ("What is MVVM?", "A view model between view and model."),
              ("What is recomposition?", "Compose calling a changed function again.")]
_TOPICS = ["Swift Fundamentals", "Kotlin Fundamentals", "Kotlin Types", "Architecture", "Jetpack Compose"]


def _behavioural(sections: list[tuple[str, str]]) -> str:
    """Three "**Q: …**" technical questions, then "## Behavioral Questions" over a "####" heading per section."""
    technical = "".join(f"**Q: {q}**\n\n{a}\n\n" for q, a in _TECHNICAL[:3])
    return (f"# Guide\n\n## Technical Questions\n\n{technical}## Behavioral Questions\n\n"
            + "".join(f"#### {heading}\n\n{text}\n\n" for heading, text in sections))


def _guide(*, label: str) -> str:
    """A guide's technical part of "**Q: …**" lines, then a behavioural part: a method, quoted prompts each with a
    labelled list of steps, and the candidate's own questions."""
    technical = "".join(f"#### {topic}\n\n**Q: {q}**\n\n{a}\n\n" for topic, (q, a) in zip(_TOPICS, _TECHNICAL, strict=True))
    prompts = "".join(f'#### "{q}"\n\n**{label}:**\n' + "".join(f"{n}. {step}\n" for n, step in enumerate(steps, start=1))
                      + "\n" for q, steps in zip(_BEHAVIOUR, _STEPS, strict=True))
    return ("# Mobile interview guide\n\n## Technical Questions\n\n### Mobile Interview Questions"
            f"\n\n{technical}## Behavioral Questions\n\n"
            "### STAR Method\n\n- **S**ituation: the context\n- **T**ask: your part\n\n"
            f"### Common Questions\n\n{prompts}### Questions to Ask Interviewers\n\n- What does a day look like?\n"
            "- How is success measured?\n\n## Resources\n\n- A book\n")


def test_steps_under_a_label_are_the_answer_of_the_quoted_prompt_over_them():
    # "**Structure:**" over "1. Describe the bug": how to answer the quoted prompt above, not questions; the
    # quoted prompts are the part's questions, "### STAR Method" and the candidate's own questions are not
    assert read_pairs(_guide(label="Structure")) == [*_TECHNICAL, *(
        (f'"{q}"', "**Structure:**\n" + "\n".join(f"{n}. {step}" for n, step in enumerate(steps, start=1)))
        for q, steps in zip(_BEHAVIOUR, _STEPS, strict=True))]


def test_the_quoted_prompts_are_read_once_and_said_so():
    # "## Behavioral Questions" and the "### Common Questions" inside it both hold the quoted prompts
    assert "took 3 headings under a heading that says it holds questions" in parse_markdown(
        _guide(label="Structure"), pack="x").layout.summary()


def test_headings_under_a_heading_of_other_questions_leave_out_advice_and_the_candidates_own():
    # "## Other Questions" over headings that name topics, asked or not; "#### Questions to Ask the Interviewer"
    # and "#### Interview Tips" beside them are no questions
    text = ("# JavaScript Q&A\n\n" + "".join(f"**Q: {q}**\n\n{a}\n\n" for q, a in _TECHNICAL[:3])
            + "## Other Questions\n\n" + "".join(f"#### {topic}\n\n{text}\n\n" for topic, text in [
                ("Event loop", "One thread runs queued callbacks."), ("Closures", "A function keeps its scope."),
                ("Hoisting", "Declarations move to the top."), ("Questions to Ask the Interviewer", "Ask about the team."),
                ("Interview Tips", "Sleep well.")]))
    assert [title for title, _answer in read_pairs(text)] == [q for q, _a in _TECHNICAL[:3]] + [
        "Event loop", "Closures", "Hoisting"]


def test_questions_listed_as_examples_of_a_kind_stay_questions():
    # "**Examples:**" over questions of a kind under a heading of questions: examples to practise, not steps
    examples = ["How many piano tuners work in Paris?", "How would you grow a chat app?", "Should a bank launch a game?"]
    common = ["Tell me about a product you love.", "How do you prioritise a roadmap?", "How do you say no to a CEO?"]
    text = ("# PM interview prep\n\n## Common Questions\n\n" + "".join(f"{n}. {q}\n" for n, q in enumerate(common, start=1))
            + "\n## Question Types\n\n### 1. Estimation Questions\n**Format:** How many X?\n\n"
            "**Examples:**\n" + "".join(f"- {q}\n" for q in examples)
            + "\n**Framework:**\n- Define the goal\n- Identify the metrics\n- Explain the trade-offs\n")
    assert [title for title, _answer in read_pairs(text)] == common + examples


_KOTLIN = [(1, "Why use Kotlin?"), (2, "How do you declare a variable?"), (3, "difference between == and === ?"),
           (4, "Companion object in Kotlin ?"), (5, "What is a lambda ?"), (6, "what is a data class ?"),
           (7, "What is an init block?"), (8, "What is reified?")]


def test_bold_questions_whose_numbers_lost_their_dot_fill_the_gaps_in_the_numbering():
    # "**3 difference …?**" (no dot) between "**2. …**" and "**7. …**", one of them with no number at all
    def line(number: int, question: str) -> str:
        if number in (1, 2, 7, 8):
            return f"**{number}. {question}**"
        return f"**{question}**" if number == 5 else f"**{number} {question}**"
    text = "".join(f"{line(n, q)}\n\n\tAn answer to {n}, indented.\n\n" for n, q in _KOTLIN)
    assert [title for title, _answer in read_pairs(text)] == [q for _n, q in _KOTLIN]


def test_a_number_opening_a_bold_question_outside_a_gap_stays_its_text():
    # "**3 ways to …?**" is no question 3 where no number is missing
    text = ("**1. What is a thread?**\n\nA path of execution.\n\n**2. What is a process?**\n\nA running program.\n\n"
            "**3 ways to share memory?**\n\nPipes, files, mapped pages.\n\n**3. What is a mutex?**\n\nA lock.\n")
    assert [title for title, _answer in read_pairs(text)] == ["What is a thread?", "What is a process?",
                                                               "What is a mutex?"]


def test_a_gap_is_left_as_it_is_where_the_bold_lines_in_it_carry_no_number():
    # "**Why does it matter?**" inside the answer to question 1, question 2 missing: a point of that answer
    text = ("**1. What is a thread?**\n\nA path of execution.\n\n**Why does it matter?**\n\nIt runs beside others.\n\n"
            "**3. What is a mutex?**\n\nA lock.\n\n**4. What is a deadlock?**\n\nA wait that never ends.\n")
    assert [title for title, _answer in read_pairs(text)] == ["What is a thread?", "What is a mutex?", "What is a deadlock?"]


def test_numbers_written_out_of_turn_in_a_gap_do_not_count_down():
    # "**3 …?**" then "**2 …?**" between "**1.**" and "**4.**": no series, left as it is
    text = ("**1. What is a thread?**\n\nA path.\n\n**3 what is a mutex?**\n\nA lock.\n\n**2 what is a process?**\n\n"
            "A program.\n\n**4. What is a deadlock?**\n\nA wait.\n\n**5. What is a race?**\n\nTwo writers.\n")
    assert [title for title, _answer in read_pairs(text)] == ["What is a thread?", "What is a deadlock?", "What is a race?"]


_LEVELS = {"Beginner": [("What is an embedding?", "A dense vector for a token."),
                        ("How does RAG work?", "Retrieve, then generate.")],
           "Senior": [("Design a support bot for ten million users.", "Start from the traffic."),
                      ("Design a multi-agent travel planner.", "One agent per booking.")],
           "Behavioral": [("Describe a time you debugged a hallucination.", "I traced it to a stale index."),
                          ("How do you stay current with research?", "A paper a week.")]}


def test_labelled_bold_questions_among_many_numbered_bold_points_are_the_questions():
    # "**Q1: …**" (numbered again from 1 in each part) over "**Answer:**" and its numbered bold points
    # ("**1. Requirements:**", "**2. Architecture:**"); then a part on mistakes in numbered bold lines
    points = "".join(f"**{n}. {point}:**\n- a point\n\n" for n, point in enumerate(
        ["Requirements", "Architecture", "Data flow", "Monitoring", "Security", "Scaling", "Cost"], start=1))
    parts = "".join(f"## {level} Questions\n\n" + "".join(f"**Q{n}: {q}**\n\n**Answer:**\n{a}\n\n{points}---\n\n"
                                                       for n, (q, a) in enumerate(pairs, start=1))
                    for level, pairs in _LEVELS.items())
    mistakes = "".join(f"**{n}. {mistake}**\n\nWhy it hurts.\n\n" for n, mistake in enumerate(
        ["Jumping to code", "Ignoring cost", "No evaluation plan", "Buzzwords", "No numbers"], start=1))
    text = f"# Interview preparation\n\n{parts}## Common Mistakes\n\n{mistakes}"
    assert [title for title, _answer in read_pairs(text)] == [q for pairs in _LEVELS.values() for q, _a in pairs]



_DSA = {"1. Basics": [("1.1", "What is an algorithm?", "A finite list of steps."),
                      ("1.2", "Explain how you compare two algorithms.", "By their time and space.")],
        "2. Searching": [("2.1", "Describe how binary search works.", "Halve a sorted range each step."),
                         ("2.2", "What is linear search?", "Check each item in turn.")],
        "3. Sorting": [("3.1", "Describe how bubble sort works.", "Swap neighbours until none swap."),
                       ("3.2", "Explain the divide and conquer paradigm.", "Split, solve, merge.")]}


def _dsa(*, dotted: bool) -> str:
    """A contents of "1.1. [question](#anchor)" lines under the parts' own numbered headings, then the parts with
    "### 1.1. question" headings (``dotted``) or "### 1.1 question" ones."""
    contents = "".join(f"### {part}\n" + "".join(f"{n}. [{q}](#{n.replace('.', '')}-{q.lower().replace(' ', '-')})  \n"
                                                 for n, q, _a in items) + "\n" for part, items in _DSA.items())
    body = "".join(f"### {part}\n\n" + "".join(f"### {n}{'.' if dotted else ''} {q}\n\n{a}\n\n" for n, q, a in items)
                   for part, items in _DSA.items())
    return f"# Algorithm Interview Questions\n\n## Table of Contents\n\n{contents}## Questions\n\n{body}"


def test_contents_written_as_numbered_link_lines_under_headings_are_one_table_of_contents():
    # the contents' lines are no questions, and the part headings inside it ("### 2. Searching") no part of them
    pack = parse_markdown(_dsa(dotted=True), pack="x")
    assert [(q.title, q.answer) for q in pack.questions] == [(q, a) for items in _DSA.values() for _n, q, a in items]
    assert "skipped a 10-line table of contents at line 6" in pack.layout.summary()


def test_a_heading_numbered_in_its_part_without_the_closing_dot_asks_as_the_words_after_the_number_do():
    # "### 1.2 Explain how …": the number of the part and the question, then a request; the title keeps the
    # number as it has been read before (ids and history stay with it)
    assert read_pairs(_dsa(dotted=False)) == [(f"{n} {q}", a) for items in _DSA.values() for n, q, a in items]


def test_a_decimal_opening_a_heading_that_does_not_ask_stays_its_text():
    assert [title for title, _answer in read_pairs("### 3.5 Million users a day?\n\nShard the store.\n\n"
                                                   "### What is a shard?\n\nA part of the data.\n")] == [
        "3.5 Million users a day?", "What is a shard?"]


def test_a_back_to_top_link_between_question_headings_is_no_table_of_contents():
    # a question left unanswered between two "[⬆ Back to top](#questions)" links stays a question
    text = "".join(f"#### {q}\n\n{a}\n\n[⬆ Back to top](#questions)\n\n" for q, a in [*_TECHNICAL, ("What is a lens?", "")])
    assert read_pairs(text) == [*_TECHNICAL, ("What is a lens?", "")]


_SNOWFLAKE = [("What is Time Travel?", "Time Travel lets you query and restore data as it was at an earlier time."),
              ("What is Fail-safe?", "Fail-safe is a seven-day period after Time Travel in which Snowflake can recover data."),
              ("What is a virtual warehouse?", "A virtual warehouse is the compute that runs queries, billed on its own.")]


def test_an_answer_written_as_a_long_sentence_heading_is_an_answer():
    # "##### Fail-safe is a seven-day period …." under "#### Ques 2. …": a sentence set large, then "####" topics
    # (the others answered in prose: the heading is no answer's usual form here)
    text = "".join(f"#### Ques {n}. {q}\n" + (f"##### {a}\n\n#### Notes\n\n- a note\n\n" if n == 2 else f"{a}\n\n")
                   for n, (q, a) in enumerate([*_SNOWFLAKE, *_TECHNICAL], start=1))
    assert read_pairs(text)[1] == (_SNOWFLAKE[1][0], f"##### {_SNOWFLAKE[1][1]}")
    assert all(answer for _title, answer in read_pairs(text))


def test_a_short_heading_alone_under_a_question_is_still_no_answer():
    # "### Key points" alone under one question of many answered in prose: a section's title
    text = "".join(f"## {n}. {q}\n\n{a}\n\n" for n, (q, a) in enumerate(_SNOWFLAKE, start=1)) + (
        "## 4. What is a stage?\n\n### Key points\n\n## 5. What is Snowpipe?\n\nContinuous loading.\n")
    assert [bool(answer) for _title, answer in read_pairs(text)] == [True, True, True, False, True]


def test_the_word_ques_with_no_mark_after_it_labels_a_question_that_asks():
    # "#### Ques\tWhat are micro-partitions?" (a tab for the colon), and "Question What …?"
    text = ("#### Ques\tWhat are micro-partitions?\nSmall columnar files.\n\n"
            "#### Question What is clustering?\nSorting by a key.\n")
    assert [title for title, _answer in read_pairs(text)] == ["What are micro-partitions?", "What is clustering?"]


def test_a_numbered_answer_label_alone_on_its_line_is_taken_off():
    # "A7." alone, its answer on the lines below
    text = "".join(f"Q{n}. {q}\nA{n}. \n- {a}\n\n" for n, (q, a) in enumerate(_SNOWFLAKE, start=1))
    assert read_pairs(text) == [(q, f"- {a}") for q, a in _SNOWFLAKE]


def test_a_document_of_notes_whose_only_asking_lines_are_a_few_nested_items_asks_nothing():
    # "# SCRUM - COMPLETE DETAILS" over events, "Each member answers:" over "1. What did I do yesterday?"; then a
    # document of "Qn." / "An." pairs under its own "#" title
    notes = ("# SCRUM - COMPLETE DETAILS\n\n1. **Sprint Planning**:\n   - Define the goal\n2. **Daily Stand-Up**:\n"
             "   - Each member answers:\n     1. What did I do yesterday?\n     2. What will I do today?\n"
             "     3. Any blockers?\n3. **Review**:\n   - Show the work\n\n")
    pairs = "# JIRA INTERVIEW Q&A\n\n" + "".join(f"Q{n}. {q}\nA{n}. {a}\n\n" for n, (q, a) in enumerate(_SNOWFLAKE, start=1))
    assert read_pairs(notes + pairs) == list(_SNOWFLAKE)


def test_a_document_part_of_a_few_top_level_questions_keeps_them():
    # "# Warm-up" over three numbered questions, then a document of "Qn." / "An." pairs
    warm_up = "# Warm-up\n\n1. What is a table?\n2. What is a view?\n3. What is an index?\n\n"
    pairs = "# SQL Q&A\n\n" + "".join(f"Q{n}. {q}\nA{n}. {a}\n\n" for n, (q, a) in enumerate(_SNOWFLAKE, start=1))
    assert [title for title, _answer in read_pairs(warm_up + pairs)] == [
        "What is a table?", "What is a view?", "What is an index?", *(q for q, _a in _SNOWFLAKE)]


def test_a_document_part_of_four_nested_questions_keeps_them():
    nested = ("# Warm-up\n\n1. **Tables**\n   1. What is a table?\n   2. What is a view?\n   3. What is an index?\n"
              "   4. What is a key?\n\n")
    pairs = "# SQL Q&A\n\n" + "".join(f"Q{n}. {q}\nA{n}. {a}\n\n" for n, (q, a) in enumerate(_SNOWFLAKE, start=1))
    assert [title for title, _answer in read_pairs(nested + pairs)] == [
        "What is a table?", "What is a view?", "What is an index?", "What is a key?", *(q for q, _a in _SNOWFLAKE)]


_DIVS = [("Answer TRUE or FALSE.\n\nA heap is a complete binary tree.", "A heap is a complete binary tree. Answer TRUE or FALSE.",
          ["True", "False"], 0, "Every level is full but the last."),
         ("Which sort is stable?", "Which sort is stable?", ["Quicksort", "Mergesort", "Heapsort"], 1,  # ("[\xa0]")
          "Merging keeps equal keys in order."),
         ("(As written in this chapter:)\nWhich sort needs extra memory?", "(As written in this chapter:) Which sort needs "
          "extra memory?", ["Mergesort", "Insertion Sort"], 0, "It merges into a second array.")]


def _quiz_divs(*, hidden: bool) -> str:
    """A pandoc quiz: ":::: quiz" over ":::: question" divs, each a prompt, "- [x]" options and a "::: hints" div;
    with ``hidden``, one more question inside an HTML comment."""
    def div(prompt: str, options: list[str], right: int, hint: str) -> str:
        ticks = "".join(f"- [{'x' if at == right else ' ' if at < 2 else chr(0xA0)}] {option}\n"
                        for at, option in enumerate(options))
        return (f":::::::::: question ::::::::::\n{prompt}\n\n{ticks}\n::: hints\n- {hint}\n:::\n"
                "::::::::::::::::::::::::::::::\n\n")
    questions = "".join(div(prompt, options, right, hint) for prompt, _title, options, right, hint in _DIVS)
    fastest = div("Which sort is fastest?", ["Radix", "Bubble"], 0, "It counts digits.")
    left_out = f"<!--\n{fastest}-->\n\n" if hidden else ""
    return (f"### Review questions\n\nA few questions on sorting.\n\n:::::::::::::::::::: quiz ::::::::::::::::::::\n\n"
            f"{questions}{left_out}::::::::::::::::::::::::::::::::::::::::\n")


def test_pandoc_question_divs_are_questions_with_their_options_shown_and_the_ticked_one_answering():
    questions = parse_markdown(_quiz_divs(hidden=False), pack="x").questions
    assert [(q.title, q.prompt, q.answer) for q in questions] == [
        (title, "\n".join(f"- [ ] {option}" for option in options), f"{options[right]}\n\n**Hints:**\n- {hint}")
        for _prompt, title, options, right, hint in _DIVS]


def test_a_question_div_inside_an_html_comment_is_left_out_with_the_comment():
    assert read_pairs(_quiz_divs(hidden=True)) == read_pairs(_quiz_divs(hidden=False))


def test_a_question_div_without_options_asks_its_first_paragraph_and_the_rest_answers():
    text = (":::: question ::::\nExplain what makes a sort stable.\n\nEqual keys keep their order.\n::::\n\n"
            ":::: question ::::\nWhat is an in-place sort?\n\nOne that needs no second array.\n::::\n")
    assert read_pairs(text) == [("Explain what makes a sort stable.", "Equal keys keep their order."),
                                ("What is an in-place sort?", "One that needs no second array.")]


def test_an_option_ending_in_a_star_is_no_mark_of_the_right_one():
    # "b) SELECT *": the star is the option's own text
    text = ("**Question 1**\n\nWhich statement returns every column?\n  + a) SELECT ALL\n  + b) SELECT *\n"
            "  + c) SELECT COLUMNS\n\n**Question 2**\n\nWhich keyword removes duplicates?\n  + a) UNIQUE\n  + b) DISTINCT\n")
    assert [(q.prompt, q.answer) for q in parse_markdown(text, pack="x").questions] == [
        ("+ a) SELECT ALL\n+ b) SELECT *\n+ c) SELECT COLUMNS", ""), ("+ a) UNIQUE\n+ b) DISTINCT", "")]


# The fourth review's cases, written again in our own words: each reads as the parent of the commit read it


def test_labelled_topics_in_a_list_numbered_one_throughout_stay_questions():
    # "1. **Question 2:** Kinds of schedulers" in a list where every item is typed "1.": no citation
    topics = [("Processes and threads", "A process owns memory; threads share it."),
              ("Kinds of schedulers", "FCFS, SJF and round robin."), ("Deadlock conditions", "Four must hold at once.")]
    text = "".join(f"1. **Question {n}:** {t}\n\n   {a}\n\n" for n, (t, a) in enumerate(topics, start=1))
    assert read_pairs(text) == topics


def test_short_section_headings_numbered_in_their_part_that_start_with_a_verb_ask_nothing():
    # "### 1.1 Explain Plan" names a feature, not a request
    text = ("# Database notes\n\n## 1. Tools\n\n### 1.1 Explain Plan\n\nShows how a query runs.\n\n"
            "### 1.2 Describe Command\n\nLists a table's columns.\n\n### 1.3 Write Operations\n\nInserts and updates.\n")
    assert read_pairs(text) == []


def test_a_part_of_nested_questions_with_answers_beside_another_layout_keeps_them():
    nested = ("# Python\n\n- Data types\n  - What is the difference between a list and a tuple?\n"
              "    - Lists change, tuples do not.\n  - What is a set?\n    - Unique items, no order.\n\n")
    labelled = "# Docker Q&A\n\n" + "".join(f"**Q: {q}**\n\n{a}\n\n" for q, a in _SNOWFLAKE)
    assert [title for title, _answer in read_pairs(nested + labelled)] == [
        "What is the difference between a list and a tuple?", "What is a set?", *(q for q, _a in _SNOWFLAKE)]


def test_two_headings_that_ask_beside_tips_and_the_candidates_own_questions_stay_questions():
    technical = "".join(f"#### {topic}\n\n**Q: {q}**\n\n{a}\n\n"
                        for topic, (q, a) in zip(_TOPICS[:3], _TECHNICAL[:3], strict=True))
    text = (f"# Mobile Interview Guide\n\n## Technical Questions\n\n{technical}## Behavioral Questions\n\n"
            "#### Tell me about a bug you fixed.\n\nThe bug, the fix, the lesson.\n\n"
            "#### Describe a project you are proud of.\n\nWhat it was and your part.\n\n"
            "#### Preparation Tips\n\nWrite your stories down.\n\n#### Questions to Ask the Interviewer (pick two)\n\n"
            "- What does a day look like?\n")
    assert [title for title, _answer in read_pairs(text)] == [*(q for q, _a in _TECHNICAL[:3]),
                                                              "Tell me about a bug you fixed.",
                                                              "Describe a project you are proud of."]


def test_code_answering_a_question_then_lettered_points_stays_its_answer():
    text = ("### How do you reverse a list in Python?\n\n```python\nitems[::-1]\n```\nA. Slicing makes a copy.\n"
            "B. `reverse()` works in place.\n")
    assert read_pairs(text) == [("How do you reverse a list in Python?",
                                 "```python\nitems[::-1]\n```\nA. Slicing makes a copy.\nB. `reverse()` works in place.")]


def test_numbered_part_headings_at_the_level_of_an_answers_examples_leave_the_examples_in_the_answers():
    # "### 1. Basics" over "#### …?" questions whose answers hold "### Example"
    text = ("# Python Q&A\n\n### 1. Basics\n\n#### What is a list comprehension?\n\nA compact loop.\n\n### Example\n\n"
            "```python\n[x * x for x in xs]\n```\n\nIt replaces a loop.\n\n#### What is a lambda?\n\nA one-expression function."
            "\n\n### 2. Functions\n\n#### What is a decorator?\n\nA wrapper.\n\n### Example\n\n```python\n@cache\n"
            "def f(n): return n\n```\n\nIt wraps f.\n\n"
            "#### What are kwargs?\n\nKeyword arguments.\n\n### 3. Classes\n\n#### What is `__init__`?\n\nThe initialiser.\n\n"
            "#### What is a classmethod?\n\nA method given the class.\n")
    answers = dict(read_pairs(text))
    assert "[x * x for x in xs]" in answers["What is a list comprehension?"] and "@cache" in answers["What is a decorator?"]


def test_an_answer_that_is_a_cell_or_a_paper_size_is_kept():
    # "A4." alone under the question: the answer, not an "A4." label over nothing
    text = "Q1. Which paper size is standard in Europe?\nA4.\n\nQ2. Which cell starts a sheet?\nA1.\n"
    assert read_pairs(text) == [("Which paper size is standard in Europe?", "A4."), ("Which cell starts a sheet?", "A1.")]


def test_a_long_heading_noting_where_the_questions_come_from_is_no_answer():
    text = ("## 1. What is a Pod?\n\nThe smallest deployable unit.\n\n## 2. What is a Service?\n\nA stable address.\n\n"
            "## 3. What is a StatefulSet?\n\n### The questions below come from a community thread and are not yet verified.\n\n"
            "## 4. What is a DaemonSet?\n\nOne Pod on each node.\n")
    assert read_pairs(text)[2] == ("What is a StatefulSet?", "")


def test_questions_under_an_outline_label_stay_questions():
    text = ("# Interview day notes\n\n## Round 1\n\n**Outline:**\n1. Tell me about yourself.\n2. Why this company?\n"
            "3. What is your notice period?\n\n## Round 2\n\n**Outline:**\n1. Walk me through your last project.\n"
            "2. How do you test your code?\n3. What would you change in our product?\n")
    assert [title for title, _answer in read_pairs(text)] == [
        "Tell me about yourself.", "Why this company?", "What is your notice period?",
        "Walk me through your last project.", "How do you test your code?", "What would you change in our product?"]


def test_a_details_box_closed_in_its_own_block_ends_its_answer_before_the_next_groups_name():
    # "> Closures" (a group's name in a quote) after a box whose answer is the template's "답변을 적어주세요"
    box = "<details>\n<summary>{q}</summary>\n<div markdown=\"1\">\n{a}\n</div>\n</details>\n\n"
    text = ("> This\n\n" + box.format(q="What is this?", a="The object a function is called on.")
            + box.format(q="What is binding?", a="답변을 적어주세요") + "<br>\n\n> Closures\n\n"
            + box.format(q="What is a closure?", a="A function with the scope it was made in."))
    assert read_pairs(text) == [("What is this?", "The object a function is called on."), ("What is binding?", ""),
                                ("What is a closure?", "A function with the scope it was made in.")]


def test_an_html_answer_in_a_box_closed_in_its_own_block_and_followed_by_a_break_is_read_as_html():
    # "<pre>…</pre>" over the box's own "</details>", then only a break: code
    text = ("<details>\n  <summary>1. How do you create a directive?</summary>\n  <pre>$ ng generate directive name</pre>\n"
            "</details>\n\n<br>\n\n<details>\n  <summary>2. What is the router?</summary>\n"
            "  <p>It maps URLs to views.</p>\n</details>\n")
    assert read_pairs(text) == [("How do you create a directive?", "```\n$ ng generate directive name\n```"),
                                ("What is the router?", "It maps URLs to views.")]


def test_boxes_whose_summaries_ask_are_read_alike_with_a_list_or_a_blank_line_under_the_summary():
    # "<summary>✅ What is HTTP?</summary>" over a blank line, beside boxes with their list right under the summary
    def box(q: str, a: str, blank: bool) -> str:
        return f"<details>\n<summary>✅ {q}</summary>\n" + ("\n" if blank else "") + f"- {a} <br>\n</details>\n\n<br>\n\n"
    pairs = [("What is HTTP?", "A text protocol over TCP.", True), ("What is a status line?", "Version, code, reason.", False),
             ("What is keep-alive?", "One connection for many requests.", False),
             ("What is the benefit of one domain name being mapped to several IP addresses of servers?", "Load spreads.",
              False), ("Why does DNS use UDP?", "Speed over reliability.", True)]
    text = "## 📌 HTTP\n\n" + "".join(box(q, a, blank) for q, a, blank in pairs)
    assert [(title, answer.split("\n")[0].replace(" <br>", "")) for title, answer in read_pairs(text)] == [
        (f"{q}", f"- {a}") for q, a, _blank in pairs]


def test_a_numbered_label_right_under_a_bold_caption_is_a_question():
    # "**🔹 General Questions**" with "Q1. What are …?" on the next line, no blank line between
    pairs = [("What are the SOLID principles?", "Five rules for object design."),
             ("Why do they matter?", "Code stays easy to change."), ("What is SRP?", "One reason to change."),
             ("Where would you bend them?", "In a throwaway prototype.")]
    text = ("### SOLID – Interview Q&A\n**🔹 General Questions**\n" + "".join(
        ("***🔹 Scenario Questions***\n" if n == 3 else "") + f"Q{n}. {q}\n\nAnswer:\n{a}\n\n"
        for n, (q, a) in enumerate(pairs, start=1)))
    assert read_pairs(text) == pairs


def test_a_line_that_names_a_topic_right_over_a_bold_answer_label_is_asked():
    # "❓ 5. Lazy loading non-critical JS." over "📝 **Answer**", beside lines that ask
    pairs = [("What is LCP?", "The time until the largest element shows."), ("How do you reduce CLS?", "Reserve space."),
             ("Server-side versus client-side rendering.", "The server sends ready HTML."),
             ("Lazy loading non-critical JS.", "Load it after the first paint.")]
    text = "".join(f"❓ {n}. {q}\n\n📝 **Answer**\n\n{a}\n\n---\n\n" for n, (q, a) in enumerate(pairs, start=1))
    assert read_pairs(text) == pairs


# The fifth review's cases, in our own words


def test_a_review_list_of_sentences_on_numbered_questions_adds_no_questions():
    # "1. **Question 3**: coercion is easy to forget." and "2. **Q2** — most confused it with an index."
    text = ("".join(f"{n}. {q}\n\n   {a}\n\n" for n, (q, a) in enumerate(_SNOWFLAKE, start=1))
            + "## Review\n\nMost people got these wrong:\n\n1. **Question 3**: the compute is billed on its own.\n"
            "2. **Q2** — most confused it with Time Travel.\n")
    assert read_pairs(text) == list(_SNOWFLAKE)


def test_code_over_three_lettered_sentences_is_a_quiz_whatever_the_title_asks():
    text = ("### Q1. What happens when you run it?\n\n```python\nprint(int(\"3.5\"))\n```\n\nA. It prints 3.\nB. It prints 3.5.\n"
            "C. It raises a ValueError.\n")
    question = parse_markdown(text, pack="x").questions[0]
    assert (question.answer, question.prompt.endswith("C. It raises a ValueError.")) == ("", True)


def test_a_heading_that_asks_nothing_left_alone_with_one_question_after_tips_leave_is_no_question():
    text = _behavioural([("Tell me about a bug you fixed.", "The bug, the fix, the lesson."), ("Preparation Tips", "Sleep."),
                         ("Questions to Ask the Interviewer", "- What does a day look like?"), ("Final Thoughts", "Good luck.")])
    assert [title for title, _answer in read_pairs(text)] == [*(q for q, _a in _TECHNICAL[:3]),
                                                              "Tell me about a bug you fixed."]


def test_an_answer_slot_labelled_with_the_questions_own_number_left_empty_is_no_answer():
    text = "".join(f"Q{n}. {q}\nA{n}.\n\n" for n, (q, _a) in enumerate(_SNOWFLAKE, start=1))
    assert read_pairs(text) == [(q, "") for q, _a in _SNOWFLAKE]


def test_pandoc_divs_with_code_in_the_prompt_lettered_options_bold_words_and_an_unclosed_last_one():
    # (the first never closed: the next one's opening ends it; a ":::" line in a code block is code)
    text = ("::: {.question}\n**Which** clause filters groups?\n\n- [ ] WHERE\n- [x] HAVING\n\n"
            ":::: question ::::\nWhat does this print?\n\n```r\nsum(c(1, 2, 3))\n```\n\n- [ ] 3\n- [x] 6\n::::\n\n"
            ":::: question ::::\nWhich measure resists outliers?\n\na) mean\nb) median\n\n::: hints\nThe middle moves little."
            "\n:::\n::::\n\n:::: question ::::\nHow do you add a callout?\n\n```markdown\nText.\n:::\n```\n"
            "::::\n\n"
            ":::: question ::::\nWhich layer holds TCP?\n\n- [ ] Network\n- [x] Transport\n")
    questions = parse_markdown(text, pack="x").questions
    assert [(q.title, q.answer.split("\n")[0]) for q in questions] == [
        ("Which clause filters groups?", "HAVING"), ("What does this print?", "6"),
        ("Which measure resists outliers?", "a) mean"), ("How do you add a callout?", "```markdown"),
        ("Which layer holds TCP?", "Transport")]
    assert questions[1].prompt.startswith("```r\nsum(c(1, 2, 3))\n```") and questions[3].answer == "```markdown\nText.\n:::\n```"


def test_a_solution_or_callout_div_inside_a_question_is_its_answer_without_a_label():
    text = ("::: {.question}\nWhich verb keeps matching rows?\n\n::: {#tip-1 .callout-tip collapse=\"true\"}\n`filter()`\n"
            ":::\n:::\n\n::: {.question}\nWhich verb adds columns?\n\n::: {.solution}\n`mutate()`\n:::\n:::\n")
    assert read_pairs(text) == [("Which verb keeps matching rows?", "`filter()`"), ("Which verb adds columns?", "`mutate()`")]


def test_an_empty_details_box_with_its_answer_written_after_it_is_answered():
    text = ("<details>\n<summary>What is a data class?</summary>\n</details>\n\nA class that holds data.\n\n"
            "<details>\n<summary>What is a sealed class?</summary>\n</details>\n\nA closed hierarchy.\n")
    assert read_pairs(text) == [("What is a data class?", "A class that holds data."),
                                ("What is a sealed class?", "A closed hierarchy.")]


# The sixth review's cases, in our own words


def test_html_answers_in_boxes_closed_in_their_blocks_between_links_back_up_are_read_as_html():
    text = "".join(f"<details>\n<summary>{q}</summary>\n  <p>{a}</p>\n</details>\n\n**[⬆ Back to top](#top)**\n\n"
                   for q, a in _SNOWFLAKE)
    assert read_pairs(text) == list(_SNOWFLAKE)


def test_tasks_ending_in_a_full_stop_under_labels_numbered_on_across_parts_stay_questions():
    # "1. **Question 3:** Check whether a string is a palindrome." in a list that starts again in each part
    tasks = [("Reverse a string in place.", "Swap from both ends."), ("Count the vowels in a word.", "Loop and test."),
             ("Check whether a string is a palindrome.", "Compare it with its reverse."),
             ("Merge two sorted arrays.", "Two pointers.")]
    text = "".join(("## Strings\n\n" if n == 1 else "## Arrays\n\n" if n == 3 else "")
                   + f"{1 if n in (1, 3) else 2}. **Question {n}:** {q}\n\n   {a}\n\n" for n, (q, a) in enumerate(tasks, start=1))
    assert read_pairs(text) == tasks


def test_numbered_items_labelled_q_with_a_dash_before_a_task_stay_questions():
    text = "1. **Q1** – Two Sum\n\n   A hash map of complements.\n\n2. **Q2** — Implement an LRU cache.\n\n   A map and a list.\n"
    assert [title for title, _answer in read_pairs(text)] == ["Two Sum", "Implement an LRU cache."]


def test_a_statement_line_under_a_heading_over_an_answer_label_is_no_question():
    items = [("Reverse a linked list", "Given the head of a list, reverse it in place.", "Turn each pointer back."),
             ("Detect a cycle", "Given a list, tell whether it loops.", "Run a slow and a fast pointer."),
             ("Merge two sorted lists", "You are given two sorted lists; return one.", "Take the smaller head each time.")]
    text = "# Coding practice\n\n" + "".join(f"### {n}. {q}\n\n{given}\n\n**Answer:**\n\n{a}\n\n"
                                             for n, (q, given, a) in enumerate(items, start=1))
    assert [title for title, _answer in read_pairs(text)] == [q for q, _given, _a in items]


def test_boxes_that_ask_outside_the_parts_of_question_boxes_and_inside_answers_stay_as_they_are():
    def box(q: str, a: str) -> str:
        return f"<details>\n<summary>{q}</summary>\n- {a}\n</details>\n\n"
    text = ("## JavaScript\n\n" + box("What is a closure?", "A function with its scope.") + box("What is hoisting?", "Moving up.")
            + "<details>\n<summary>What is a promise?</summary>\n\nA value later.\n\n<details>\n<summary>Why use one in a loop?"
            "</summary>\n\nTo wait for each step.\n\n</details>\n</details>\n\n"
            + "## Contributing\n\n<details>\n<summary>How can I add a question?</summary>\n\nOpen a pull request.\n\n"
            "</details>\n")
    assert [title for title, _answer in read_pairs(text)] == ["What is a closure?", "What is hoisting?", "What is a promise?"]


def test_a_question_div_opening_with_its_code_asks_what_follows_the_code():
    text = "".join(f":::: question ::::\n```python\n{code}\n```\n\n{q}\n\n- [ ] {wrong}\n- [x] {right}\n::::\n\n"
                   for code, q, wrong, right in [("print(7 // 2)", "What does this print?", "3.5", "3"),
                                                 ("print([1] * 2)", "What is printed?", "[2]", "[1, 1]")])
    questions = parse_markdown(text, pack="x").questions
    assert [(q.title, q.prompt.split("\n")[1], q.answer) for q in questions] == [
        ("What does this print?", "print(7 // 2)", "3"), ("What is printed?", "print([1] * 2)", "[1, 1]")]


def test_code_answering_how_then_three_long_lettered_points_stays_the_answer():
    text = ("### Q1. How do you make a counter thread-safe?\n\n```java\ncount.incrementAndGet();\n```\n\n"
            "a. The increment is one atomic step, so no updates are lost.\nb. No lock is taken, so threads never block "
            "each other.\nc. Reads always see the latest value that was written.\n")
    question = parse_markdown(text, pack="x").questions[0]
    assert (question.prompt, question.answer.startswith("```java")) == ("", True)


def test_follow_up_questions_under_a_bold_label_inside_an_answer_are_no_questions():
    text = "".join(f"## {n}. Design {topic}\n\n{a}\n\n**Follow-up questions**\nQ1. How would it scale?\nQ2. What fails first?\n\n"
                   for n, (topic, a) in enumerate([("a URL shortener", "Hash and store."), ("a rate limiter", "Buckets."),
                                                   ("a news feed", "Fan out on write.")], start=1))
    assert [title for title, _answer in read_pairs(text)] == ["Design a URL shortener", "Design a rate limiter",
                                                               "Design a news feed"]


def test_topic_headings_beside_tips_under_a_heading_of_questions_stay_questions():
    text = _behavioural([("Your background", "Two minutes."), ("A project you led", "Scope and result."),
                         ("Preparation Tips", "Sleep.")])
    assert [title for title, _answer in read_pairs(text)] == [*(q for q, _a in _TECHNICAL[:3]), "Your background",
                                                              "A project you led"]


# The seventh review's cases, in our own words


def test_one_line_notes_citing_other_questions_in_any_wording_add_no_questions():
    # no full stop, no "is": "1. **Question 2** — many counted the values too", "2. **Question 1:** Remember it with …"
    text = ("".join(f"{n}. {q}\n\n   {a}\n\n" for n, (q, a) in enumerate(_SNOWFLAKE, start=1))
            + "## Notes\n\n1. **Question 2** — many counted the values too\n2. **Question 1:** Remember it with "
            "\"rows first\".\n3. **Question 2:** Handy when sizing a warehouse.\n")
    assert read_pairs(text) == list(_SNOWFLAKE)


def test_a_tag_named_in_code_in_the_introduction_does_not_stop_boxes_being_read_alike():
    def box(q: str, a: str, blank: bool) -> str:
        return f"<details>\n<summary>{q}</summary>\n" + ("\n" if blank else "") + f"- {a}\n</details>\n\n"
    text = ("# CSS\n\nEach answer is folded into a `<details>` element.\n\n" + box("What is box-sizing?", "Border box.", False)
            + box("What is specificity?", "Which rule wins.", True)
            + box("What is a stacking context?", "A z-order group.", False))
    assert [title for title, _answer in read_pairs(text)] == ["What is box-sizing?", "What is specificity?",
                                                               "What is a stacking context?"]


def test_which_over_code_and_long_lettered_statements_is_a_quiz():
    text = ("### Q1. Which statement is true?\n\n```java\nvolatile boolean running = true;\n```\n\n"
            "a. Other threads will see the new value of the flag without extra locking at all.\n"
            "b. The write to the flag is made atomic together with every read around it.\n"
            "c. The field must also be declared final for the code to compile at all.\n")
    question = parse_markdown(text, pack="x").questions[0]
    assert (question.answer, question.prompt.startswith("```java")) == ("", True)


def test_two_word_advice_headings_beside_questions_under_a_heading_of_questions_are_no_questions():
    text = _behavioural([("Tell me about a bug you fixed.", "The bug and the fix."),
                         ("Describe a project you led.", "Scope and result."),
                         ("Salary Negotiation Advice", "Let them name a number first.")])
    assert [title for title, _answer in read_pairs(text)] == [*(q for q, _a in _TECHNICAL[:3]),
                                                              "Tell me about a bug you fixed.", "Describe a project you led."]


# The eighth review's cases, in our own words


def test_a_list_of_picked_tasks_labelled_with_their_sheets_numbers_is_questions():
    # "1. **Question 4:** Merge two sorted arrays in place." with no question 4 above: picks from a longer sheet
    picked = ["Merge two sorted arrays in place.", "Find the first repeated word.", "Rotate a matrix by a quarter turn."]
    numbered = enumerate(zip((4, 17, 23), picked, strict=True), start=1)
    text = "# My picks\n\n" + "".join(f"{n}. **Question {k}:** {task}\n" for n, (k, task) in numbered)
    assert [title for title, _answer in read_pairs(text)] == picked


def test_labels_numbered_on_in_a_list_that_starts_again_with_unindented_answers_stay_questions():
    text = ("## Part A\n\n1. **Question 1:** Reverse a string.\n\nSwap from both ends.\n\n2. **Question 2:** Count the vowels."
            "\n\nLoop and test.\n\n## Part B\n\n1. **Question 3:** Check whether a tree is balanced.\n\nCompare the heights.\n\n"
            "2. **Question 4:** Merge two sorted lists.\n\nTwo pointers.\n")
    assert [title for title, _answer in read_pairs(text)] == ["Reverse a string.", "Count the vowels.",
                                                               "Check whether a tree is balanced.", "Merge two sorted lists."]


def test_which_over_code_and_two_lettered_points_is_answered_by_them():
    text = ("### Which is faster, `StringBuilder` or `+` in a loop?\n\n```java\nStringBuilder sb = new StringBuilder();\n```\n\n"
            "A. The builder grows one buffer instead of copying each time.\nB. `+` makes a new string on every pass.\n")
    question = parse_markdown(text, pack="x").questions[0]
    assert (question.prompt, question.answer.startswith("```java")) == ("", True)


# The ninth review's case, in our own words


def test_takeaways_over_the_questions_they_name_add_no_questions():
    # "## Key takeaways" over "1. **Question 2:** the read/write ratio drives it." before "### Question 1: …"
    text = ("## Key takeaways\n\n1. **Question 2:** the read/write ratio drives the design.\n\n## Questions\n\n"
            + "".join(f"### Question {n}: {q}\n\n{a}\n\n" for n, (q, a) in enumerate(_SNOWFLAKE, start=1)))
    assert read_pairs(text) == list(_SNOWFLAKE)


# The tenth review's cases, in our own words: a question "asked below" is one labelled with that number, or a
# numbered question under a note written in lower case; never the list's own items, a log's lines or a chapter


def test_picked_tasks_naming_numbers_their_own_list_reaches_stay_questions():
    # "2. **Question 3:** Design a hit counter." is the list's own second item, no question 2 asked below item 1
    text = ("# Picks\n\n1. **Question 2:** Two sum.\n2. **Question 3:** Design a hit counter.\n"
            "3. **Question 5:** Valid parentheses.\n")
    assert [q.title for q in parse_markdown(text, pack="x").questions] == [
        "Two sum.", "Design a hit counter.", "Valid parentheses."]


def test_picked_tasks_over_a_numbered_log_or_numbered_chapters_stay_questions():
    picks = "# Plan\n\n1. **Question 4:** Merge two sorted arrays.\n2. **Question 7:** Validate a binary search tree.\n\n"
    log = "## Log\n\n" + "".join(f"{n}. {day}: practised\n" for n, day in enumerate(
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), start=1))
    chapters = "".join(f"## {n}. {name}\n\n### What is a {name.lower()} used for?\n\nMany things.\n\n" for n, name in enumerate(
        ("Arrays", "Strings", "Lists", "Stacks", "Queues", "Heaps", "Trees"), start=1))
    for below in (log, chapters):
        titles = [q.title for q in parse_markdown(picks + below, pack="x").questions]
        assert titles[:2] == ["Merge two sorted arrays.", "Validate a binary search tree."]
    # (picks written in lower case over a log: no line of it asks)
    lower = picks.replace(":** M", ":** m").replace(":** V", ":** v")
    titles = [q.title for q in parse_markdown(lower + log, pack="x").questions]
    assert titles[:2] == ["merge two sorted arrays.", "validate a binary search tree."]


def test_a_picked_task_over_numbered_questions_of_another_part_stays_a_question():
    text = ("## Warm-up\n\n1. **Question 2:** Rotate a matrix in place.\n\n## Mock\n\n### 1. What is a hash map?\n\n"
            "Buckets of keys.\n\n### 2. What is a heap?\n\nA tree kept in order.\n")
    assert [q.title for q in parse_markdown(text, pack="x").questions] == [
        "Rotate a matrix in place.", "What is a hash map?", "What is a heap?"]


def test_notes_in_lower_case_over_numbered_questions_they_name_add_no_questions():
    # "**Question 2:** pods are cattle, not pets." goes on from its label: a note on "2. What is a pod?" below
    questions = [("What is a container?", "A process fenced off by namespaces."),
                 ("What is a pod?", "Containers sharing a network."), ("What is a Service?", "An address in front of pods.")]
    text = ("# Kubernetes\n\n## What to remember\n\n1. **Question 2:** pods are cattle, not pets.\n"
            "2. **Question 3:** a Service gives a stable address.\n\n## Questions\n\n"
            + "".join(f"{n}. {q}\n\n   {a}\n\n" for n, (q, a) in enumerate(questions, start=1)))
    assert read_pairs(text) == questions
