"""Anki interop: the bank as an Anki package (.apkg, through genanki) or as CSV for any other tool.

genanki writes the collection database Anki itself reads (its schema, note
types and decks), so llmtui does not hand-write Anki's SQLite. Notes carry a
GUID made from the question id, so importing a newer export updates the notes
already in Anki instead of duplicating them. Answers are Markdown rendered to
HTML with raw HTML off: text from a pack can never become markup in Anki.
"""

from __future__ import annotations

import csv
import html
import io
import re
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .knowledge import KnowledgeBase
from .queries import concepts_of_question

# Fixed ids: a re-import finds the same note type and deck (random once, never to change).
MODEL_ID = 1_690_227_316
DECK_ID = 1_690_227_317
DECK_NAME = "llmtui"
_TAG_UNSAFE = re.compile(r"[\s\"]+")


@dataclass(frozen=True, slots=True)
class AnkiNote:
    question_id: str
    front: str  # HTML
    back: str  # HTML
    tags: tuple[str, ...]


def tag(kind: str, value: str) -> str:
    """An Anki tag (no spaces: Anki splits tags on them), hierarchical as Anki shows ``a::b``.

    >>> tag("topic", "Fine-tuning, RAG and alignment"), tag("concept", "KV cache")
    ('topic::Fine-tuning,_RAG_and_alignment', 'concept::KV_cache')
    """
    return f"{kind}::{_TAG_UNSAFE.sub('_', value.strip())}"


def notes(kb: KnowledgeBase) -> list[AnkiNote]:
    """One note per question: the title, the answer as HTML, tags for topic, pack and concepts."""
    from markdown_it import MarkdownIt

    render = MarkdownIt("commonmark", {"html": False}).enable("table").render
    out = []
    for q in kb.bank.questions:
        tags = (tag("topic", q.topic), tag("pack", q.pack),
                *(tag("concept", name) for name in concepts_of_question(kb.graph, q.id)))
        back = render(q.answer)
        if q.talking_points:  # what to cover, not a model answer: the card says so
            back = f"<p><em>{html.escape(q.reference_name)}</em></p>{back}"
        shown = render(q.prompt) if q.prompt else ""  # the code or options the question asks about
        out.append(AnkiNote(q.id, f"{html.escape(q.title)}{shown}<div class=\"llmtui-id\">{html.escape(q.label)}</div>",
                            back, tuple(dict.fromkeys(tags))))
    return out


def apkg_bytes(kb: KnowledgeBase, timestamp: float | None = None) -> bytes:
    """The bank as an Anki package: a zip holding ``collection.anki2`` (Anki's database) and ``media``."""
    import genanki

    model = genanki.Model(
        MODEL_ID, "llmtui question",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Id"}],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}", "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}"}],
        css=".card { font-family: sans-serif; text-align: left; } .llmtui-id { color: #888; font-size: 0.8em; }",
    )
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for note in notes(kb):
        deck.add_note(genanki.Note(model=model, fields=[note.front, note.back, html.escape(note.question_id)],
                                   tags=list(note.tags), guid=genanki.guid_for(note.question_id)))
    package = genanki.Package(deck)
    with tempfile.TemporaryDirectory(prefix="llmtui-apkg-") as folder:
        db = Path(folder) / "collection.anki2"
        conn = sqlite3.connect(db)
        import itertools
        import time

        stamp = time.time() if timestamp is None else timestamp
        package.write_to_db(conn.cursor(), stamp, itertools.count(int(stamp * 1000)))
        conn.commit()
        conn.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
            zipped.write(db, "collection.anki2")
            zipped.writestr("media", "{}")
    return buffer.getvalue()


def csv_text(kb: KnowledgeBase) -> str:
    """The bank as CSV (a header row, then one row per question; answers as Markdown)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "number", "question", "answer", "topic", "pack", "concepts", "tags"])
    for q in kb.bank.questions:
        concepts = concepts_of_question(kb.graph, q.id)
        tags = [tag("topic", q.topic), tag("pack", q.pack), *(tag("concept", c) for c in concepts)]
        asked = f"{q.title}\n\n{q.prompt}" if q.prompt else q.title  # the question as shown: with its code
        writer.writerow([q.id, q.number, asked, q.answer, q.topic, q.pack, "; ".join(concepts), " ".join(tags)])
    return buffer.getvalue()
