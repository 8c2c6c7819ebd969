"""Pathological packs: what loading one costs per MB (time, peak memory), measured in a fresh process.

    python bench/pathological.py emphasis 4    # make 4 MB of it, load it in a fresh process: one JSON line

The inputs are the ones an attack run used against the importer: a run of
``*a_`` (emphasis delimiters), a run of ``[`` (link openers), a ``## N?``
heading on every line, and the same with question headings (``## What is N?``,
every line a question), answers ending in a line of tags that does not end as
tags do, parts of bare question paragraphs, list items opening fences they never close, talking points
under every question, an "Answers:" line after every numbered question, rounds of three questions each under its
own title line, a mock-interview dialogue whose replies come after headings, answer keys with a list per
part, one long line naming the interviewer again and again, and questions over the code they show; the
synthetic pack of bench/synth.py is the yardstick.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KINDS = {
    "synthetic": "the synthetic pack (bench/synth.py)",
    "emphasis": "`*a_` repeated on one line",
    "brackets": "`[` repeated on one line",
    "headings": "a `## N?` heading per line",
    "questions": "a `## What is N?` heading per line",
    "hashtags": "a question per 4 lines, each answer ending in a line of tags that runs on past them",
    "runs": "one answered bold question, then bare one-line question paragraphs under short titles",
    "fences": "list items each opening an indented code fence and never closing it",
    "talking": "a question per 6 lines, each with talking points under it (every sentence read twice)",
    "keyed": "a numbered question per 4 lines, each followed by an `Answers:` line (each looks for its key)",
    "rounds": "a title line over three numbered questions, again and again (each list starts a round)",
    "dialogue": "interviewer remarks, questions and replies after headings (each question looks past headings)",
    "mentions": "`the interviewer ` repeated on one line (each mention far into the line)",
    "parts": "two parts of two numbered questions, then an Answers heading with a list per part, again and again",
    "snippets": "'the following code' questions over long unfenced code and options (each looks for where its code ends)",
    "calls": "'the following code' questions over one long line of nested calls (a look for code must not backtrack)",
    "restated": "one long list of unanswered questions, then as many headings that say none of them again",
    "ruled": "cards split by `---` lines with no blank line around them (every text over a rule a heading)",
    "tabbed": "one paragraph of `N<TAB>question` lines with a group name every few lines",
    "json": "a JSON question bank: an object holding one long list of records",
}


def make(kind: str, megabytes: float) -> str:
    size = int(megabytes * 1024 * 1024)
    if kind == "synthetic":
        from synth import generate

        text, _ = generate(max(1, size // 470))  # a synthetic question takes about 470 bytes
        return text
    if kind == "emphasis":
        return ("*a_" * (size // 3 + 1))[:size]
    if kind == "brackets":
        return "[" * size
    if kind == "mentions":  # a look back to the line's start from every mention took seconds a MB
        return ("As we said in the notes, " + "the interviewer " * (size // 16 + 1))[:size]
    if kind == "hashtags":  # a closing tag line read by a backtracking pattern took seconds a line
        template = "## What is {}?\n\nAn answer.\n" + " ".join(["#t" + "-" * 18] * 7) + " x\n"
    elif kind == "runs":  # every paragraph is looked at as part of a run of bare questions
        template = "Part {}\n\nWhat is a?\n\nWhy is b?\n\nHow does c work?\n\nWhen is d used?\n\nWhere is e?\n\n"
    elif kind == "fences":  # each opening fence looks back for the list item holding it
        template = "{}. A step:\n   ```python\n   x = 1\n"
    elif kind == "talking":  # every answer guides in every sentence: none stops the look early
        template = "## What is {}?\n\n- Explain how it works\n- Discuss its trade-offs\n- Mention a tool\n\n"
    elif kind == "keyed":  # every question has an answers title after it: each looks back over its list
        template = "{}. What is thing {}?\n\nAnswers:\nIt is a thing.\n\n"
    elif kind == "rounds":  # every list opens under a title line: each is weighed as a new round
        template = "Round {}:\n\n1. What is a?\n2. What is b?\n3. What is c?\n\n"
    elif kind == "dialogue":  # every reply comes after a heading
        template = ("**Interviewer:** \"Yes, go on with part {}.\"\n\n**You:** \"Done.\"\n\n"
                    "**Interviewer:** \"Why part {}?\"\n\n## Phase {}\n\n**You:** \"Because.\"\n\n")
    elif kind == "parts":  # every section holds a key per part: each part's answers are read from its heading on
        template = ("## Part A {}\n\n1. What is a{}?\n2. What is b{}?\n\n## Part B {}\n\n1. What is c{}?\n2. What is d{}?\n\n"
                    "## Answers\n\n### Part B {}\n\n1. It is c.\n2. It is d.\n\n### Part A {}\n\n1. It is a.\n2. It is b.\n\n")
    elif kind == "snippets":  # every question shows code with no marker after it: each reads its lines for the code's end
        template = ("## {}. What is the output of the following code?\n\n" + "x = f(y) + {};\n" * 40
                    + "\n- A: 1\n- B: 2\n\n<details><summary>Answer</summary>\n\n#### Answer: B\n\n</details>\n\n")
    elif kind == "restated":  # every heading after the list is weighed against the questions it may say again
        items = "".join(f"- What is concept {n} in systems?\n" for n in range(1, size // 70 + 1))
        headings = "".join(f"### Section about topic {n} and more\n\nText.\n\n" for n in range(1, size // 70 + 1))
        return (items + "\n" + headings)[:size]
    elif kind == "ruled":  # every question and answer is a setext heading weighed as a question
        template = "What is rule {}?\n---\nA rule splits cards when no blank line is left around it.\n---\n"
    elif kind == "tabbed":  # every line of one paragraph is read as a question line, group names among them
        template = "{}\tWhat is item {}?\n{}\tWhy does item {} matter?\nGroup {}\n"
    elif kind == "json":
        count = max(1, size // 120)
        return json.dumps({"questions": [{"section": f"S{n // 50}", "question": f"What is record {n}?",
                                          "answer": f"Record {n} is an answer of a few words."}
                                         for n in range(count)]}, indent=1)
    elif kind == "calls":  # a line of "f(f(f(…" read by a pattern that backtracked took seconds a line
        template = "## {}. What does the following code print?\n\n" + "f(" * 50_000 + "\n\n"
    else:
        template = "## {}?\n" if kind == "headings" else "## What is {}?\n"
    parts, total, number = ["**What is the first question?**\n\nIts answer.\n\n"] if kind == "runs" else [], 0, 0
    while total < size:
        number += 1
        line = template.format(*[number] * template.count("{}"))
        parts.append(line)
        total += len(line)
    return "".join(parts)


def measure(path: Path, megabytes: float) -> dict:
    """Load ``path`` as a pack in this process: seconds, peak memory and memory above the start."""
    import llmtui.content.parser  # noqa: F401  (imports are not what is measured)
    import llmtui.content.reader  # noqa: F401
    from llmtui.content.errors import ContentError
    from llmtui.content.packs import load_pack_file

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    try:
        questions = len(load_pack_file(path).questions)
    except ContentError:
        questions = 0
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"mb": megabytes, "seconds": round(seconds, 3), "peak_mb": round(peak / 1024, 1),
            "extra_mb": round((peak - base) / 1024, 1), "questions": questions}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if sys.argv[1] == "--write":  # in a process of its own: the measuring one must not inherit its peak memory
        Path(sys.argv[4]).write_text(make(sys.argv[2], float(sys.argv[3])))
    elif sys.argv[1] in KINDS:  # make the file, then measure in a fresh process
        with tempfile.TemporaryDirectory(prefix="llmtui-patho-") as folder:
            made = Path(folder) / f"{sys.argv[1]}.md"
            subprocess.run([sys.executable, __file__, "--write", sys.argv[1], sys.argv[2], str(made)], check=True)
            result = json.loads(subprocess.run([sys.executable, __file__, str(made), sys.argv[2]], check=True,
                                               capture_output=True, text=True).stdout)
            print(json.dumps({"kind": sys.argv[1], **result}))
    else:
        print(json.dumps(measure(Path(sys.argv[1]), float(sys.argv[2]))))
