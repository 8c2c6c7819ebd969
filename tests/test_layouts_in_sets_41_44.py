"""Layouts met in held-out documents (evaluation sets 40-44), each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs

from llmtui.content.titles import MAYBE, NOT, QUESTION, read_title, strength


def test_an_html_question_list_is_answered_by_the_answers_box_under_it_in_order():
    asked = ["What is a collection?", "How do you add a header to a request?", "What is an environment?"]
    told = ["A collection is a group of saved requests.", "In the Headers tab of the request.",
            "An environment is a set of variables for one stage."]
    text = ("## Level 1\n\n<ol>\n" + "".join(f"<li>{q}</li>\n" for q in asked) + "</ol>\n\n"
            "<details>\n<summary>Answers</summary>\n<ol>\n" + "".join(f"<li>{a}</li>\n" for a in told)
            + "</ol>\n</details>\n")
    assert read_pairs(text) == list(zip(asked, told, strict=True))
    # Titled otherwise, or one answer short, the box is no key: the questions stay unanswered
    assert all(not answer for _, answer in read_pairs(text.replace("<summary>Answers", "<summary>Trivia")))
    assert all(not answer for _, answer in read_pairs(text.replace(f"<li>{told[-1]}</li>\n", "")))


def _table(header: str, rows: list[tuple[str, str]], numbered: bool = True) -> str:
    lines = [header, "|---|---|---|"]
    for at, (question, hint) in enumerate(rows, start=1):
        lines.append(f"| {at if numbered else 'Case ' + str(at)} | {question} | {hint} |")
    return "\n".join(lines) + "\n"


def test_tables_in_collapsed_boxes_numbered_from_1_each_are_all_read_and_a_hint_column_answers():
    basic = [("What is a partition key?", "It spreads items"), ("What is a sort key?", "It orders items"),
             ("What is TTL?", "Items expire")]
    moderate = [("What is a GSI?", "Another key to query by"), ("What is a stream?", "A change log"),
                ("What is DAX?", "A cache in front")]
    scenarios = [("Orders by date per user: which keys?", "User as PK, date as SK"),
                 ("Hot partitions from devices: what helps?", "Shard the key"),
                 ("Delete logs after a month: how?", "A TTL attribute")]
    text = "\n\n".join(f"<details>\n<summary><h2>{name}</h2></summary>\n\n{table}\n</details>" for name, table in (
        ("Basic", _table("| No. | Question | Hint |", basic)),
        ("Moderate", _table("| No. | Question | Hint |", moderate)),
        ("Scenarios", _table("| Scenario | Question | Hint |", scenarios, numbered=False))))
    assert read_pairs(text) == [*basic, *moderate, *scenarios]


def test_a_notes_column_is_no_answer():
    text = _table("| No. | Question | Notes |", [("What is a GSI?", "asked at two firms"), ("What is TTL?", "easy"),
                                                    ("What is a stream?", "rare")])
    assert [answer for _, answer in read_pairs(text)] == ["", "", ""]


def test_headings_under_an_interview_tips_section_are_advice_not_questions():
    text = ("## Questions\n\n### Q: What is Redis?\n\nAn in-memory store.\n\n### Q: Explain persistence.\n\n"
            "RDB snapshots and an AOF log.\n\n### Q: What is eviction?\n\nDropping keys when memory is full.\n\n"
            "## Interview Tips\n\n### Technical Questions to Expect\n\n1. **Basic**: data types\n\n"
            "### Common Pitfalls to Avoid\n\n1. Using it as the only database\n\n"
            "### What Interviewers Expect from You:\n\n- Clear examples\n\n"
            "## More questions\n\n### Q: How would you build a rate limiter?\n\nINCR with an expiry.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is Redis?", "Explain persistence.", "What is eviction?",
                                                   "How would you build a rate limiter?"]


def test_a_task_about_publish_subscribe_is_no_call_to_subscribe():
    assert strength("Implement a publish-subscribe system with Redis.") == QUESTION
    assert strength("Subscribe to our newsletter") == NOT
    assert strength("Build a newsletter subscribe form") == NOT  # the newsletter still makes it a promotion
    assert strength("Please subscribe to my channel") == NOT


def test_criteria_for_questions_and_alternative_wordings_of_one_are_no_questions():
    text = ("The **good interview** questions should:\n\n1. Check thinking outside the box\n2. Invite discussion\n"
            "3. Check deep understanding\n\n## Creativity\n\nSome questions to start with:\n\n"
            "1. How would you test the light in a fridge?\n2. What features can a smart teaspoon have?\n"
            "3. How would you track a snail?\n\n## Core\n\n### What does ownership mean?\n\nOne owner per value.\n\n"
            "### What does borrowing do?\n\nIt lends a reference.\n\n### What is a trait object?\n\n"
            "Alternative questions:\n\n1. Describe dynamic dispatch\n2. Why must it sit behind a pointer?\n"
            "3. Why use monomorphization?\n\nA value whose type is known only at run time.\n\n"
            "### What is a lifetime?\n\nHow long a reference lives.\n")
    read = dict(read_pairs(text))
    assert not any(title.startswith(("Check", "Invite", "Describe dynamic", "Why must", "Why use")) for title in read)
    assert {"What does ownership mean?", "What does borrowing do?", "What is a trait object?",
            "What is a lifetime?"} <= set(read)
    assert "Describe dynamic dispatch" in read["What is a trait object?"]
    assert "known only at run time" in read["What is a trait object?"]


def test_whats_without_an_apostrophe_asks_and_a_closing_backtick_stays():
    assert strength("Whats the difference between `trait` and `dyn trait`") == QUESTION
    assert read_title("Whats the difference between `trait` and `dyn trait`").text.endswith("`dyn trait`")
    assert read_title("What is `x` 👶").text == "What is `x`"
    assert read_title("**Why BPE?** ⭐").text == "Why BPE?"  # other trailing marks still go


def test_a_level_label_is_no_question():
    for label in ("Beginner Level", "Advanced-Level Questions", "Intermediate", "Senior level"):
        assert strength(label) == NOT, label
    assert strength("What is an advanced index?") == QUESTION


def test_a_section_label_and_its_caption_between_bare_questions_are_no_answer():
    text = ("Questions for the interview\n\n#Beginner-Level Questions\nThese test the basics.\n\n"
            "What is GraphQL?\n\nWhat is a resolver?\n\nWhat is a schema?\n\nWhat is introspection?\n\n"
            "🟡 Intermediate-Level Questions\nThese test real-world use.\n\nHow do arguments work?\n\n"
            "What is the ID type?\n\nHow do you paginate?\n\nWhat is the N+1 problem?\n\n"
            "🔴 Advanced-Level Questions\nThese go into tooling.\n\nWhat are subscriptions?\n\n"
            "What is federation?\n\nHow do you rate-limit?\n")
    read = read_pairs(text)
    assert len(read) == 11 and all(not answer for _, answer in read)


def test_a_label_heading_named_like_a_task_is_no_question():
    assert strength("Design Patterns Supporting SOLID:") == NOT
    assert strength("Design Patterns in Java") == MAYBE
    assert strength("Design a URL shortener") == QUESTION
    assert strength("Test cases for login:") == NOT
    assert strength("Build a cache.") == QUESTION


def test_bare_questions_between_rules_under_level_labels_are_each_a_question():
    text = ("---\n🟢 Beginner Level\n---\nWhat is a pod?\n\nThe smallest unit.\n\n---\nWhat is a service?\n---\n\n"
            "A stable endpoint for pods.\n\n---\n🟡 Intermediate Level\n---\n" + "\n\n".join(
                f"What is intermediate thing number {n}?" for n in range(1, 7)) + "\n\n---\n🔴 Advanced Level\n---\n"
            + "\n\n".join(f"How does advanced thing number {n} work?" for n in range(1, 7)) + "\n")
    titles = [title for title, _ in read_pairs(text)]
    assert "What is a service?" in titles and len([t for t in titles if "intermediate thing" in t]) == 6
    assert len([t for t in titles if "advanced thing" in t]) == 6
    assert not any("Level" in t for t in titles)


def test_a_bold_question_closed_on_the_line_under_it():
    text = ("**1- How could you set up live rendering?   \n**With a designable attribute on the view.\n\n"
            "**2- What is a B-tree?   \n**A balanced search tree.\n\n**3- Explain MVVM   \n**A view model between the two.\n\n"
            "**4- What are platform limits?   \nFirst**, there is no browser.\n\n**5- Which talk is your favourite?**\n\n"
            "**6- What is a bounding box? **  \nThe smallest box around the points.\n")
    assert read_pairs(text) == [
        ("How could you set up live rendering?", "With a designable attribute on the view."),
        ("What is a B-tree?", "A balanced search tree."), ("Explain MVVM", "A view model between the two."),
        ("What are platform limits?", "First, there is no browser."), ("Which talk is your favourite?", ""),
        ("What is a bounding box?", "The smallest box around the points.")]
    # a bold phrase left open in an answer's first line is no question
    prose = "## What is X?\n\n**Note that it\nruns** fast.\n\n## What is Y?\n\nIt is slow.\n"
    assert [title for title, _ in read_pairs(prose)] == ["What is X?", "What is Y?"]


# -- sets 45 and 46 ------------------------------------------------------------------------

def test_a_heading_with_its_question_underlined_in_html_asks():
    text = "".join(f"### {n}. <ins>What is the `{word}` process?</ins>\n\n- It does {word} work.\n\n"
                   for n, word in enumerate(("main", "renderer", "utility"), start=1))
    assert [title for title, _ in read_pairs(text)] == [
        "What is the `main` process?", "What is the `renderer` process?", "What is the `utility` process?"]


def test_a_list_naming_the_headings_below_it_is_contents_not_questions():
    topics = ["Windows Registry", "Task Manager", "Event Viewer"]
    text = ("Basic Windows Administration Questions:\n" + "".join(f"- {t}\n" for t in topics) + "\n"
            + "".join(f"### {t}\n\n* **What is the {t} for?**\n    - It keeps the {t} work going.\n\n" for t in topics))
    read = read_pairs(text)
    assert [title for title, _ in read] == [f"What is the {t} for?" for t in topics] and all(a for _, a in read)
    # a list of questions that are no headings' words stays a list of questions
    asked = "Basic questions:\n- What is the registry?\n- What is a service?\n- What is a domain?\n\n### Other\n\nText.\n"
    assert len(read_pairs(asked)) == 3


def test_numbered_topic_headings_start_again_at_1_under_a_part_as_high_as_the_first():
    first = "".join((f"## {n}. Why term {n} – a short gloss\n" if n % 2 else f"## {n}. Term {n} – a short gloss\n")
                    + f"Term {n} explained.\n\n" for n in range(1, 4))
    second = "".join(f"## {n}. Feature {n}\nFeature {n} explained.\n\n" for n in range(1, 7))
    text = f"# Basics Q&A\n\n{first}# Advanced Q&A\n\n{second}"
    assert [title for title, _ in read_pairs(text)][3:] == [f"Feature {n}" for n in range(1, 7)]


def test_a_numbered_part_heading_above_the_questions_ends_the_answer_above_it():
    text = ("# 2. Traditional questions\n\n## 2.1. Tell me about yourself?\n\nA short story.\n\n"
            "## 2.2. What are your hobbies?\n\n# 3. Behavioural questions\n\nThese ask about a time when you acted.\n\n"
            "Answer them in STAR form.\n\n![](star.png)\n\nHere are some:\n\n"
            "## 3.1. Tell me about a time you failed?\n\nWhat you learned matters most.\n")
    assert dict(read_pairs(text))["What are your hobbies?"] == ""


# -- a review's findings on the rules above: each broke an ordinary document once ---------------

def test_a_numbered_heading_named_like_advice_in_a_series_of_questions_is_one_of_them():
    text = ("# Microservices\n\n## 1. What is a microservice?\nA deployable service.\n\n## 2. What is discovery?\n"
            "Finding instances.\n\n## 3. Pitfalls and trade-offs of microservices\nDistributed transactions.\n\n"
            "## 4. What is a circuit breaker?\nIt stops calls.\n")
    assert [title for title, _ in read_pairs(text)][2] == "Pitfalls and trade-offs of microservices"


def test_an_answer_key_beats_a_hint_column():
    hints = "".join(f"| {n} | What is {name}? | {hint} |\n" for n, (name, hint) in enumerate(
        (("S3", "storage"), ("EC2", "compute"), ("Lambda", "serverless")), start=1))
    key = "".join(f"| {n} | {answer} |\n" for n, answer in enumerate(
        ("S3 is object storage.", "EC2 rents virtual machines.", "Lambda runs code without servers."), start=1))
    text = f"| # | Question | Hint |\n|---|---|---|\n{hints}\n## Answer Key\n\n| Q# | Answer |\n|---|---|\n{key}"
    assert [answer for _, answer in read_pairs(text)] == [
        "S3 is object storage.", "EC2 rents virtual machines.", "Lambda runs code without servers."]


def test_tags_a_question_is_about_stay_in_its_title():
    assert read_title("What is the difference between `<ins>` and `<del>` tags?").text == (
        "What is the difference between `<ins>` and `<del>` tags?")
    assert read_title("What does the `<b>` tag do?").text == "What does the `<b>` tag do?"
    assert read_title("What are <abbr> and <q> for?").text == "What are <abbr> and <q> for?"
    assert read_title("<ins>What is the `main` process?</ins>").text == "What is the `main` process?"


def test_a_list_of_answered_questions_said_again_as_headings_is_no_contents():
    text = ("- How do I run a container?\n  `docker run image`.\n- How do I list containers?\n  `docker ps -a`.\n"
            "- How do I stop one?\n  `docker stop id`.\n\n### How do I run a container?\nOptions explained.\n\n"
            "### How do I list containers?\nFilters explained.\n\n### How do I stop one?\nSignals explained.\n")
    assert sum(1 for _, answer in read_pairs(text) if answer.startswith("`docker")) == 3


def test_an_example_under_a_short_answer_is_no_section_caption():
    text = ("Data Structures Questions\n\n- What is a hash table?\n- What is a heap?\n  Binary tree with heap order\n"
            "  For example, Dijkstra's queue.\n- What is a trie?\n- What is a B-tree?\n- What is a skip list?\n"
            "- What is a bloom filter?\n  Probabilistic set membership\n  For example, in Cassandra reads.\n"
            "- What is a treap?\n")
    assert sum(1 for _, answer in read_pairs(text) if answer) == 2


def test_numbered_headings_start_again_only_under_a_part_that_holds_questions():
    asked = "".join(f"## {n}. What is thing {n}?\nThing {n}.\n\n" for n in range(1, 5))
    plan = "# Study Plan\n\n## 1. Week one: fundamentals\nRead.\n\n## 2. Week two: networking\nCNI.\n"
    assert len(read_pairs(f"# Kubernetes Questions\n\n{asked}{plan}")) == 4


def test_a_line_opening_with_subscribe_is_a_call_to_subscribe():
    text = ("**What is an offset?**\nA position.\n\n**How does rebalancing work?**\nPartitions are reassigned.\n\n"
            "**Subscribe to the YouTube channel for video walkthroughs**\n")
    assert read_pairs(text)[-1] == ("How does rebalancing work?", "Partitions are reassigned.")


def test_bold_opening_the_answer_line_closes_nothing_of_the_question_above():
    text = ("**Q1. What is the JVM?\n**The Java Virtual Machine** runs bytecode.\n\n**Q2. What is the JIT?**\n"
            "A compiler.\n\n**Q3. What is garbage collection?**\nAutomatic reclamation.\n")
    assert read_pairs(text)[0] == ("What is the JVM?", "**The Java Virtual Machine** runs bytecode.")


def test_a_question_asked_twice_with_two_answers_is_one_card_with_both():
    text = ("## What is REST?\n\nResources over HTTP.\n\n## What is gRPC?\n\nRPC over HTTP/2.\n\n"
            "## What is REST?\n\nAn architectural style with uniform interfaces.\n")
    assert read_pairs(text) == [("What is REST?", "Resources over HTTP.\n\n---\n\nAn architectural style with uniform "
                            "interfaces."), ("What is gRPC?", "RPC over HTTP/2.")]


def test_a_note_on_the_whole_list_under_its_last_question_is_no_answer():
    asked = "".join(f" {n}. What is thing number {n} in SSIS?\n" for n in range(1, 7))
    note = "\n<p>\n  In a second part to this post, I will provide my own answers to these questions.\n</p>\n"
    read = read_pairs(f"# Questions\n\n{asked}{note}")
    assert len(read) == 6 and not any(answer for _, answer in read)
    # under a list where others are answered, the last answer is its own
    answered = "".join(f"{n}. What is thing {n}?\n\n   Thing {n} is a part.\n\n" for n in range(1, 6))
    assert read_pairs(answered + "6. What are these questions for?\n\n   Practice.\n")[-1][1] == "Practice."


def test_advantages_and_best_practices_headings_among_questions_are_parts_not_topics():
    text = ("## Guide\n\n### What is a service mesh?\n\nA layer for service-to-service traffic.\n\n"
            "### Why use a sidecar?\n\nIt keeps networking out of the app code.\n\n"
            "### Advantages\n\n- Uniform retries and timeouts for every call between services\n- Mutual TLS everywhere, "
            "with certificates the mesh rotates for you\n- Traffic metrics without touching the code\n\n"
            "### Best Practices\n\n- Start small with one namespace and grow from there\n"
            "- Watch the latency the proxy adds to each hop and budget for it\n\n"
            "### How does mTLS work here?\n\nThe sidecars hold the certificates.\n\n"
            "### Service discovery\n\nProxies learn endpoints from the control plane, which watches the registry and "
            "pushes updates to every sidecar in the mesh as services come and go.\n")
    titles = [title for title, _ in read_pairs(text)]
    assert "Advantages" not in titles and "Best Practices" not in titles
    assert "Service discovery" in titles  # a topic heading among questions is still a card


def test_plain_text_numbering_starts_again_under_a_line_naming_the_next_part():
    def part(name: str, topic: str) -> str:
        return f"{name}\n" + "".join(f"{n}. What is {topic} thing number {n}?\n\nAnswer: {topic} thing {n} is a part.\n"
                                     for n in range(1, 4))
    text = "OAuth Interview Questions\n" + part("General Questions", "general") + part("Technical Questions", "technical")
    titles = [title for title, _ in read_pairs(text)]
    assert len(titles) == 6 and titles[3] == "What is technical thing number 1?"
