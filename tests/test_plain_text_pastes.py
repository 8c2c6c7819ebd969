"""Question lists pasted as plain text (held-out sets 47 and 50), each written here in our own words, small."""

from __future__ import annotations

from layout_reading import read_pairs


def test_group_names_between_unanswered_plain_questions_are_titles_not_answers():
    groups = {
        "**Writing and Reviewing Queries**": ["How do you read a query plan?", "When does an index go unused?",
                                              "What does a covering index save?"],
        "Working with Replicas and Failover": ["How does streaming replication work?",
                                               "What is replication lag and how do you watch it?"],
        "**Backup & Restore**": ["How do you restore to a point in time?", "What does a base backup hold?",
                                 "How often would you test a restore?"],
    }
    text = "\n\n".join(f"{name}\n\n" + "\n\n".join(asked) for name, asked in groups.items()) + "\n"
    read = read_pairs(text)
    assert [title for title, _ in read] == [q for asked in groups.values() for q in asked]
    assert [answer for _, answer in read] == [""] * 8
    # Where the questions are answered, a short line under one is its answer, title case or not
    answered = ("How do you read a query plan?\n\nFrom the innermost node out, comparing estimated and actual rows."
                "\n\nWhich scan reads a whole table?\n\nSequential Scan\n\nWhat does VACUUM reclaim?\n\n"
                "The space held by dead row versions.\n")
    assert [answer for _, answer in read_pairs(answered)] == [
        "From the innermost node out, comparing estimated and actual rows.", "Sequential Scan",
        "The space held by dead row versions."]


def test_an_answer_typed_straight_after_its_question_is_split_from_it():
    text = ("Basic Questions\n\n"
            "What is a reverse proxy?A server in front of the application servers that takes their requests.\n\n"
            "Why put one in front of an app?It hides the servers and can terminate TLS for them.\n\n"
            "Explain connection draining.It lets open requests finish before a server leaves the pool.\n\n"
            "What are the modes of the proxy?\n\nLayer 4 for raw TCP.\n\nLayer 7 for HTTP routing.\n\n"
            "Intermediate Questions\n\n"
            "How do you reload the config without downtime?Send the reload signal; the old workers drain.\n\n"
            "What is a stick table?A table of per-client counters kept in memory.\n")
    assert read_pairs(text) == [
        ("What is a reverse proxy?", "A server in front of the application servers that takes their requests."),
        ("Why put one in front of an app?", "It hides the servers and can terminate TLS for them."),
        ("Explain connection draining.", "It lets open requests finish before a server leaves the pool."),
        ("What are the modes of the proxy?", "Layer 4 for raw TCP.\n\nLayer 7 for HTTP routing."),
        ("How do you reload the config without downtime?", "Send the reload signal; the old workers drain."),
        ("What is a stick table?", "A table of per-client counters kept in memory."),
    ]


def test_glued_text_that_is_no_question_and_answer_stays_as_written():
    # A name with a dot in it, and a question that asks twice, are not cut
    text = ("What is ASP.NET Core?\n\nA web framework.\n\nHow do you read an ASP.NET trace?\n\nFrom the top.\n\n"
            "What is Node.js used for?\n\nServers in JavaScript.\n")
    assert [title for title, _ in read_pairs(text)] == ["What is ASP.NET Core?", "How do you read an ASP.NET trace?",
                                                   "What is Node.js used for?"]


def test_a_line_over_an_a_label_is_a_question_even_a_task_and_one_pair_under_a_title():
    text = ("Dashboard Questions\nWhat is a saved search for?\nA: Reusing a query in panels\n\n"
            "Which port does the UI listen on by default?\nA: 5601\n\n"
            "How do you share a dashboard?\nA: With a link or an embedded frame\n"
            "How would you limit who sees it?\nA: Spaces and roles.\n\n"
            "Now check that the pod is ready.\nA: kubectl get pods\n")
    assert read_pairs(text) == [
        ("What is a saved search for?", "Reusing a query in panels"),
        ("Which port does the UI listen on by default?", "5601"),
        ("How do you share a dashboard?", "With a link or an embedded frame"),
        ("How would you limit who sees it?", "Spaces and roles."),
        ("Now check that the pod is ready.", "kubectl get pods"),
    ]


def test_a_labelled_line_over_the_answer_label_is_more_about_the_question_not_one():
    text = ("#### Q1: What is a transport request?\n**Why asked:** basics\n**Answer:** A package of changes moved "
            "between systems.\n\n#### Q2: What is a BAdI?\n**Difficulty:** medium\n**Answer:** An enhancement "
            "point you implement in a class.\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == ["What is a transport request?", "What is a BAdI?"]
    assert "A package of changes" in read[0][1] and "An enhancement point" in read[1][1]


def test_one_labelled_answer_under_a_list_of_questions_is_each_ones():
    text = ("# Mock interview\n\n## Scenario 1: Logs fill the disk\nA node runs out of space every night.\n\n"
            "**Questions**:\n1. How do you find what is writing?\n2. How would you rotate the logs?\n"
            "3. What would you alert on?\n\n**Expected approach**: Check `du` and the journal, rotate with a size "
            "limit, alert on the rate of growth rather than a fixed level.\n\n"
            "## Scenario 2: Slow deploys\nA rollout takes an hour.\n\n**Questions**:\n"
            "1. Where does the time go?\n2. What would you change first?\n\n"
            "## More questions\n\n1. What is a canary release?\n"
            "2. What is a blue-green deploy?\n")
    read = read_pairs(text)
    assert [title for title, _ in read] == [
        "How do you find what is writing?", "How would you rotate the logs?", "What would you alert on?",
        "Where does the time go?", "What would you change first?", "What is a canary release?",
        "What is a blue-green deploy?"]
    shared = ("Check `du` and the journal, rotate with a size limit, alert on the rate of growth rather than a "
              "fixed level.")
    assert [answer for _, answer in read] == [shared] * 3 + [""] * 4
    # Items answered on their own keep their answers: the labelled paragraph under them is no answer to all
    answered = text.replace("writing?\n", "writing?\n   With `lsof` on the deleted files.\n")
    assert read_pairs(answered)[0][1] == "With `lsof` on the deleted files." and read_pairs(answered)[1][1] != shared


def test_an_approach_note_under_example_questions_in_a_prep_guide_answers_none():
    text = ("## Estimation questions\n\nExamples:\n1. How many taxis work in Paris?\n2. Estimate the market for "
            "dog walking.\n3. How many piano tuners are there in Chicago?\n\n**Approach:**\n- Break it into parts\n"
            "- State your assumptions\n")
    assert [answer for _, answer in read_pairs(text)] == ["", "", ""]
