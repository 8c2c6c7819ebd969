"""Layouts met in held-out sets 80–137, each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.components import take_components
from llmtui.content.parser import parse_markdown
from llmtui.content.titles import QUESTION, read_title, strength


def test_chinese_notes_whose_headings_name_what_to_explain_are_cards_each():
    # Front-end notes: headings that ask, and headings that name a mechanism or a topic to explain; the
    # word "react" in most headings names the notes' subject, not a sub-part of the question above.
    text = ("## react hook为什么不能条件判断\n\n按调用顺序保存状态，条件会打乱顺序。\n\n"
            "## fiber原理\n\n把渲染拆成可中断的小单元，空闲时继续，优先级高的先做。\n\n"
            "## react 18 特性\n\n自动批处理，并发渲染，新的 transition 接口。\n\n"
            "## 模块联邦\n模块加载\n代码复用\n版本管理\n\n"
            "## react diff 算法\n核心: 找出最小变化集，只对变化部分做 dom 操作\n\n"
            "## react 如何实现跨域请求？\n\n开发时用代理，线上用 CORS 或 nginx 转发。\n\n"
            "## 为什么 react 要用 key？\n\n让 diff 能认出同一个节点。\n")
    assert [title for title, _ in read_pairs(text)] == [
        "react hook为什么不能条件判断", "fiber原理", "react 18 特性", "模块联邦", "react diff 算法", "react 如何实现跨域请求？",
        "为什么 react 要用 key？"]


def test_a_sub_heading_that_goes_on_with_the_question_above_stays_in_its_answer():
    # A shared word that is not the whole document's subject still ties a heading to the question above.
    text = ("## What is a word embedding?\n\nA dense vector for each word, learned from context.\n\n"
            "## Word embedding categories\n\nStatic ones such as word2vec, and contextual ones from a transformer.\n\n"
            "## What is tf-idf?\n\nA weight: term frequency times inverse document frequency.\n\n"
            "## What is BM25?\n\nA ranking function that saturates term frequency.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is a word embedding?", "What is tf-idf?", "What is BM25?"]


def test_an_html_line_break_after_a_listed_question_starts_its_answer():
    text = ("# Cheatsheet\n1. What is nodejs?<br/>A JavaScript runtime built on V8.\n\n"
            "2. What is json?<br/>JavaScript Object Notation. Example:\n```\n{\"a\": 1}\n```\n<br/>\nMuch like an object.\n\n"
            "4. What is npm?<BR>The package manager.\n")
    assert read_pairs(text) == [("What is nodejs?", "A JavaScript runtime built on V8."),
                                ("What is json?",
                                 "JavaScript Object Notation. Example:\n```\n{\"a\": 1}\n```\nMuch like an object."),
                                ("What is npm?", "The package manager.")]


def test_a_details_box_right_under_the_closing_tag_of_the_one_above_is_a_question_of_its_own():
    text = ("<details><summary>- What is a pod?</summary>\n\nA group of containers.\n\n</details>\n"
            "<details><summary>- how are you doing patching for containers</summary>\nI rebuild base images weekly.\n\n"
            "Then redeploy.</details>\n"
            "<details><summary>- What is a node?</summary>\n\nA machine in the cluster.\n</details>\n"
            "<details><summary>- How will you reduce size of docker images ?</summary>My tactics:\n\nSlim images.</details>\n")
    assert read_pairs(text) == [("What is a pod?", "A group of containers."),
                                ("how are you doing patching for containers", "I rebuild base images weekly.\n\nThen redeploy."),
                                ("What is a node?", "A machine in the cluster."),
                                ("How will you reduce size of docker images ?", "My tactics:\n\nSlim images.")]


def test_paragraphs_numbered_without_the_space_after_the_number_in_lower_case_too_are_the_questions():
    text = ("1.differences between object and block storage\n\nObject storage:\n1.Scalability:\nIt grows with the data.\n"
            "2.Flexibility:\nA flat namespace.\n\n2.what is s3?\nA large drive in the cloud.\n\n3.What is a bucket?\n"
            "A container of objects.\n\n4.Does the concept of folders exist in S3?\nNo: prefixes stand in for them.\n")
    assert [title for title, _ in read_pairs(text)] == ["differences between object and block storage", "what is s3?",
                                                        "What is a bucket?", "Does the concept of folders exist in S3?"]
    # numbers typed so only inside an answer stay there
    assert read_pairs("## What is S3?\n\nAn object store:\n1.Scalable\n2.Durable\n")[0][1].endswith("2.Durable")


def test_a_quiz_of_mdx_components_shows_each_questions_options_with_it_and_its_answer():
    text = ("import { Question } from '../../Question';\n\n# Move semantics\n\n"
            "<Question\n  question=\"1).What is move semantics in C++?\"\n"
            "  options={['Transferring ownership of resources', 'Copying resources', 'None of the above']}\n"
            "  answer=\"Transferring ownership of resources\"\n/>\n"
            "<Question\n  question=\"2).Which operator is overloaded to output an object?\"\n"
            "  options={['<<', '==', \"it's >>\"]}\n  answer=\"<<\"\n/>\n"
            "<Question\n  question=\"3).Is a move constructor generated implicitly?\"\n"
            "  options={[`Yes`, `No`]}\n  answer=\"Yes\"\n  onPick={(choice) => track({ id: 3, choice })}\n/>\n")
    read = parse_markdown(text, pack="x").questions
    assert [(q.title, q.answer, q.prompt) for q in read] == [
        ("What is move semantics in C++?", "Transferring ownership of resources",
         "- Transferring ownership of resources\n- Copying resources\n- None of the above"),
        ("Which operator is overloaded to output an object?", "`<<`", "- `<<`\n- `==`\n- it's >>"),
        ("Is a move constructor generated implicitly?", "Yes", "- Yes\n- No")]


def test_a_quiz_that_marks_its_answer_by_setting_one_unticked_option_in_bold():
    text = ("1. **Which book says there is no silver bullet?**  \n   - [ ] Refactoring  \n"
            "   - [ ] **The Mythical Man-Month**  \n   - [ ] Clean Code  \n\n"
            "2. **Which Java statement fails to compile?**  \n   - [ ] `A a = new B();`  \n   - [ ] **`B b = new A();`**  \n\n"
            "3. **Which pattern does MVC use?**  \n   - [ ] Observer  \n   - [ ] Factory  \n")
    read = parse_markdown(text, pack="x").questions
    assert [(q.answer, q.prompt) for q in read] == [
        ("The Mythical Man-Month", "- [ ] Refactoring\n- [ ] The Mythical Man-Month\n- [ ] Clean Code"),
        ("`B b = new A();`", "- [ ] `A a = new B();`\n- [ ] `B b = new A();`"),
        ("", "- [ ] Observer\n- [ ] Factory")]
    assert [q.answered for q in read] == [True, True, False]


def test_questions_each_numbered_1_in_a_list_of_its_own_are_a_series_not_sub_lists():
    # "1." over every question, and the answer bullets under each indented too little to stay in its item
    text = ("# Questions\n\n1. If you could raise productivity by giving up some control, would you do it?\n"
            "  - Poor managers fear any loss of control.\n  - Good managers build trust.\n\n"
            "1. If you had no authority over your employees would they still do what\nyou ask?\n"
            "  - A boss uses authority; people follow a leader without it.\n\n"
            "1. How much does turnover cost you?\n  - The work and the knowledge that leave.\n\n"
            "1. What is a memory leak?\n\n  Memory allocated and never freed.\n")
    assert [title for title, _ in read_pairs(text)] == [
        "If you could raise productivity by giving up some control, would you do it?",
        "If you had no authority over your employees would they still do what you ask?",
        "How much does turnover cost you?", "What is a memory leak?"]


def test_a_long_scenario_item_in_a_list_of_questions_asks_after_setting_the_scene():
    scenario = ("The results of a simulation of the closed loop control response to a step change in the desired speed of a\n"
                "dynamic vehicle model with a PID controller tuned by hand are shown in the figures below. There are two\n"
                "spikes on these figures: one spike is between 2 and 3 seconds, another one is between 3 and 4 seconds, and\n"
                "both are short. **What is the reason of these spikes?**")
    text = ("* What is the **order** of the transfer function?\n\n    - Second order\n\n"
            "* What are the **poles and zeros** of the transfer function?\n\n    - Poles -3 and 4\n\n"
            f"* {scenario}\n\n    - Nonlinear engine map\n\n"
            "* What type of control system is shown in the figure?\n\n    - Feedforward control\n")
    read = read_pairs(text)
    assert [answer for _, answer in read] == ["- Second order", "- Poles -3 and 4", "- Nonlinear engine map",
                                              "- Feedforward control"]
    assert read[2][0].endswith("What is the reason of these spikes?")
    # a long paragraph of prose that ends asking is still no question of its own
    prose = ("## What is overfitting?\n\nA model fits the noise of its training data rather than the signal, so it does "
             "well on the data it saw and badly on new data, which is the whole point of holding data out and of "
             "regularising the weights, pruning the trees or stopping early in the first place. Who would want "
             "that in production?\n")
    assert len(read_pairs(prose)) == 1


def test_a_labelled_question_whose_answer_opens_with_headings_of_its_own_level():
    text = ("### Q1. What is Flyway?\n\nA migration tool.\n\n---\n\n### Q2. How to install Flyway? (Step-by-Step)\n\n"
            "### Installation on Linux\n\n```bash\ntar -xzf flyway.tar.gz\n```\n\n---\n\n"
            "### Q3. What is Liquibase?\n\nAnother migration tool.\n\n### Q4. How do you roll back?\n\nWith undo scripts.\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == ["What is Flyway?", "How to install Flyway? (Step-by-Step)", "What is Liquibase?",
                                            "How do you roll back?"]
    assert read[1][1] == "### Installation on Linux\n\n```bash\ntar -xzf flyway.tar.gz\n```"
    # a heading of the questions' level that names a part, right under a question, is no answer of it
    parted = ("### Q1. What is Flyway?\n\n### Advanced questions\n\n### Q2. What is a baseline?\n\nThe version to start from.\n\n"
              "### Q3. What is repair?\n\nIt fixes the history table.\n")
    assert [answer for _, answer in read_pairs(parted)] == ["", "The version to start from.", "It fixes the history table."]


def test_table_columns_of_tips_or_of_what_to_think_answer_the_question_or_scenario_beside_them():
    text = ("## Practical questions\n\n| # | Question | Sample Tip or Response |\n| - | -------- | ---------------------- |\n"
            "| 1 | **How do you center content?** | Use `d-flex` with `justify-content-center`. |\n\n"
            "## Scenarios\n\n| # | Scenario | What to Think |\n| - | -------- | ------------- |\n"
            "| 2 | A client wants a sticky header. | Use `.sticky-top`. |\n\n"
            "## Advanced\n\n| # | Question | Pro Tips |\n| - | -------- | -------- |\n"
            "| 3 | **What is the Utility API?** | It generates utility classes from SCSS maps. |\n\n"
            "## Compared\n\n| Scenario | Flyway | Liquibase |\n| -------- | ------ | --------- |\n| Rollback | Paid | Free |\n")
    assert read_pairs(text) == [("How do you center content?", "Use `d-flex` with `justify-content-center`."),
                                ("A client wants a sticky header.", "Use `.sticky-top`."),
                                ("What is the Utility API?", "It generates utility classes from SCSS maps.")]


def test_a_bold_question_without_its_mark_and_a_colon_after_it_answers_on_its_line():
    text = ("**What is IR**: Finding the documents that satisfy an information need.\n\n"
            "**What are libraries**: Collections of documents.\n\n"
            "**How does a search engine find documents?**: It looks them up in an inverted index.\n\n"
            "**Why use an inverted index**: Memory and speed.\n")
    assert read_pairs(text) == [("What is IR", "Finding the documents that satisfy an information need."),
                                ("What are libraries", "Collections of documents."),
                                ("How does a search engine find documents?", "It looks them up in an inverted index."),
                                ("Why use an inverted index", "Memory and speed.")]
    # a card's fields stay its answer: "When to use" names a field, not a question
    fields = ("- **Question**: What is a hash map?\n\n**When to use**: Checking whether a value exists.\n\n**Pros**: O(1).\n\n"
              "- **Question**: What are two pointers?\n\n**When to use**: Sorted arrays.\n\n**Pros**: O(1) space.\n\n"
              "- **Question**: What is binary search?\n\n**When to use**: Monotonic functions.\n\n**Pros**: O(log n).\n")
    assert [title for title, _ in read_pairs(fields)] == ["What is a hash map?", "What are two pointers?",
                                                          "What is binary search?"]


def test_an_answer_key_of_entries_naming_each_questions_number_answers_a_quiz_of_options():
    def question(n: int, asked: str) -> str:
        return f"### Question {n}\n{asked}\n\nA) One  \nB) Two  \nC) Three\n\n---\n\n"
    asked = ["Which service manages identities?", "What is RBAC for?", "Which role cannot grant access?"]
    key = ("## ✅ Answer Key\n\n### Section 1\n\n**1. Answer: B** - Entra ID  \n*Explanation:* It manages identities.\n\n"
           "**2. Answer: B** - Assigning permissions by role\n\n---\n\n### Section 2\n\n**3. Answer: C** - Contributor\n")
    read = parse_markdown("# Practice test\n\n" + "".join(question(n, q) for n, q in enumerate(asked, 1)) + key,
                          pack="x").questions
    assert [(q.title, q.prompt, q.answer) for q in read] == [
        (asked[0], "A) One  \nB) Two  \nC) Three", "**B** - Entra ID\n*Explanation:* It manages identities."),
        (asked[1], "A) One  \nB) Two  \nC) Three", "**B** - Assigning permissions by role"),
        (asked[2], "A) One  \nB) Two  \nC) Three", "**C** - Contributor")]


def test_a_quoted_explanation_under_the_bold_right_option_is_no_code_the_question_shows():
    text = ("## Chapter 1\n\n1. Which network type connects an organization's LANs together?\n    - **CAN** \n"
            "        > A campus area network is owned by the organization and connects its LANs together.\n"
            "2. Which of the following devices can work at both layers 2 and 3 of the OSI model?\n"
            "    - **Multilayer switch** \n"
            "        > A multilayer switch both routes and switches, since it works at layers 2 and 3.\n"
            "3. Which protocol is found inside a PAN?\n    - **Bluetooth** \n"
            "        > Bluetooth connects personal devices in a personal area network.\n")
    read = parse_markdown(text, pack="x").questions
    assert [q.prompt for q in read] == ["", "", ""]
    assert read[1].answer.startswith("- **Multilayer switch**")


def test_boxes_labelled_question_n_hold_the_question_and_their_inner_answer_boxes_are_no_questions():
    def box(n: int, asked: str, right: str) -> str:
        return (f"<details>\n  <summary>Question #{n}</summary>\n\n{asked}\n\nA. One  \nB. Two  \n\n  <details>\n"
                f"    <summary>📘 Explanation</summary>\n\nBecause.\n  </details>\n\n  <details>\n"
                f"    <summary>🌟 Correct Answer</summary>\n\n    ✅ {right}\n  </details>\n</details>\n\n---\n\n")
    asked = ["Refer to the exhibit. R1 reaches the host by one of these routes.", "Drag the subnets onto the ranges.",
             "Refer to the exhibit. The router uses one prefix for host A."]
    text = "# CCNA\n\n" + "".join(box(n, question, "B") for n, question in enumerate(asked, 1))
    read = parse_markdown(text, pack="x").questions
    assert [(q.title, q.answered) for q in read] == [(question, True) for question in asked]
    assert read_title("Question #12").number == 12 and read_title("Question No. 4").number == 4


def test_an_answer_key_heading_that_names_its_part_answers_the_list_above_it():
    text = ("# Study guide\n\n## Quiz: Short-Answer Questions\n\n1. What is SCTP?\n2. Explain out-of-band signalling.\n"
            "3. What is multihoming?\n\n## Answer Key: Short-Answer Questions\n\n1. A reliable transport over IP.\n"
            "2. Signalling on a path apart from the voice.\n3. Several addresses for one end point.\n\n"
            "## Essay Format Questions\n\n1. Compare SS7 with SIGTRAN.\n2. Discuss dimensioning.\n")
    read = read_pairs(text)
    assert read[:3] == [("What is SCTP?", "A reliable transport over IP."),
                        ("Explain out-of-band signalling.", "Signalling on a path apart from the voice."),
                        ("What is multihoming?", "Several addresses for one end point.")]
    assert len(read) == 5 and read[3][1] == read[4][1] == ""


def test_tagged_prompts_asked_after_a_quote_and_the_candidates_own_questions_left_out():
    text = ("## EASY Questions\n\n### E1: What is a transit gateway?\nA hub that joins VPCs.\n\n"
            "### E2: Explain BGP in simple terms.\nRouters tell each other which networks they reach.\n\n"
            "## HARD Questions\n\n"
            "### H2: You're on call. You get paged at 3 AM: \"VPN tunnel down.\" Walk me through your response.\n"
            "Check both tunnels, then the BGP session, then the logs.\n\n"
            "### H5: Walk me through how you would set SLOs for the gateway.\nPick indicators users feel first.\n\n"
            "### B4: Tell me about a time you decided with incomplete information.\nSituation, task, action, result.\n\n"
            "## Questions to Ask the Interviewer\n\n**About the Role:**\n1. \"What does a typical day look like?\"\n\n"
            "**About the Team:**\n4. \"Can you tell me about the team structure?\"\n"
            "5. \"How does the team handle on-call rotations?\"\n6. \"How do you approach learning?\"\n\n"
            "**About the Technology:**\n7. \"What is the tech stack?\"\n8. \"How mature is the infrastructure?\"\n"
            "9. \"How often do network changes go out?\"\n\n---\n\n## Final Tips\n\n- Think aloud\n- Ask clarifying questions\n")
    assert [title for title, _ in read_pairs(text)] == [
        "E1: What is a transit gateway?", "E2: Explain BGP in simple terms.",
        "H2: You're on call. You get paged at 3 AM: \"VPN tunnel down.\" Walk me through your response.",
        "H5: Walk me through how you would set SLOs for the gateway.",
        "B4: Tell me about a time you decided with incomplete information."]


def test_example_questions_share_the_how_to_answer_section_under_them_and_term_bullets_do_not_ask():
    # (a term's explanation that asks at once asks: "- **数据来源**：你的训练数据是从哪里来的？", in the layout fixtures)
    text = ("## The STAR method\n\n- **S - Situation**: Set the context. What was the challenge?\n"
            "- **T - Task**: Your own part comes next. What were you asked to do?\n"
            "- **A - Action**: This is the key part. What steps did you take?\n"
            "- **R - Result**: The outcome, in numbers. What changed?\n\n## Question types\n\n### 1. Behavioural questions\n\n"
            "#### Example Questions:\n\n- \"Tell me about a time you met a tight deadline.\"\n"
            "- \"Describe a time you persuaded a senior stakeholder.\"\n\n#### How to Answer:\n\n"
            "- **Prepare**: two STAR examples per behaviour.\n- **Be specific**: say what you did.\n\n"
            "### 2. Strength questions\n\n#### Example Questions:\n\n- \"What do you enjoy about analysing data?\"\n"
            "- \"Do you prefer working in a team or alone?\"\n\n#### How to Answer:\n\n- Be genuine and enthusiastic.\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == ["\"Tell me about a time you met a tight deadline.\"",
                                            "\"Describe a time you persuaded a senior stakeholder.\"",
                                            "\"What do you enjoy about analysing data?\"",
                                            "\"Do you prefer working in a team or alone?\""]
    assert read[0][1] == read[1][1] == "- **Prepare**: two STAR examples per behaviour.\n- **Be specific**: say what you did."
    assert read[2][1] == read[3][1] == "- Be genuine and enthusiastic."


def test_a_tag_or_a_level_before_a_question_does_not_hide_that_it_asks():
    assert strength("B4: Tell me about a time you decided with incomplete information.") == QUESTION
    assert strength("Easy - Which of the following is true:") == QUESTION
    assert strength("Medium: Consider a graph with positive weights. What is the weight of edge uv?") == QUESTION
    assert strength("EC2: Basics") != QUESTION and strength("Hard drive failures") != QUESTION


def test_a_line_naming_what_the_questions_are_about_introduces_topics_not_questions():
    text = ("## **Ten Questions and Answers for Secretarial Interviews**\n\n"
            "Expect to be asked questions about key secretarial abilities such as:\n\n"
            "  * dealing with questions and communications\n  * keeping secrets\n  * managing data\n  * planning\n\n"
            "### **Do you have meeting planning experience?**\n\nDescribe the steps you took, such as:\n\n  * agendas\n"
            "  * minutes\n\nThen how you sent them out.\n\n"
            "### **What software do you know how to use?**\n\nList it and what you made with it.\n\n"
            "### **Describe your record-keeping responsibilities**\n\nSay which records you kept.\n")
    assert [title for title, _ in read_pairs(text)] == ["Do you have meeting planning experience?",
                                                        "What software do you know how to use?",
                                                        "Describe your record-keeping responsibilities"]


def test_a_bold_question_closed_after_a_non_breaking_space_entity():
    text = ("Here are the questions to ask:\n\n**1. How long have you been in the business?&nbsp;**A good way to gauge "
            "experience.\n\n**2. What is your list-to-sale price ratio?** They should know it.\n\n"
            "**3. What is your best marketing plan?** Ask for samples.\n")
    assert [title for title, _ in read_pairs(text)] == ["How long have you been in the business?",
                                                        "What is your list-to-sale price ratio?",
                                                        "What is your best marketing plan?"]


def test_a_component_whose_question_or_answer_is_code_in_braces_is_left_as_it_is():
    lines = ["<Quiz question={t('q1')} answer=\"Yes\" />", "<Quiz question=\"Is it pure?\" answer={pick(1)} />",
             "<Quiz question=\"Is it lazy?\" options={[\"Yes\", \"No\"]} answer=\"No\" />"]
    blanked, found = take_components(lines)
    assert blanked == lines[:2] + [""]
    assert [(c.question, c.answer, c.options) for c in found] == [("Is it lazy?", "No", ("Yes", "No"))]
