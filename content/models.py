"""Plain records for questions and packs."""

from __future__ import annotations

from dataclasses import dataclass, field

BUNDLED_PACK = "llm-hub"  # the pack that ships with llmtui (its manifest names it)


@dataclass(frozen=True, slots=True)
class Question:
    """One interview question with its answer.

    ``id`` is namespaced by pack (``"llm-hub#43"``) and survives edits to the
    question text: it comes from the source number when there is one.
    """

    id: str
    pack: str
    number: int
    title: str
    answer: str
    topic: str
    line: int
    formats: tuple[str, ...] = ()
    # The text under the question says what to cover ("- Explain SHAP", "Look for ownership"), not the
    # answer: it is kept and shown as such, and the question counts as unanswered.
    talking_points: bool = False
    # What the question shows beyond its title, as Markdown: the code it asks about, its options, its task's
    # statement ("What's the output?" over a snippet). Shown with the title, never as part of the answer.
    prompt: str = ""

    @property
    def answered(self) -> bool:
        """Whether the pack gives this question an answer (talking points are not one).

        >>> answer, points = "Dropout zeroes activations.", "- Explain dropout"
        >>> Question("p#1", "p", 1, "T", answer, "", 1).answered, Question("p#1", "p", 1, "T", points, "", 1, (), True).answered
        (True, False)
        """
        return bool(self.answer.strip()) and not self.talking_points

    @property
    def reference_name(self) -> str:
        """What to call the text under the question where it is shown: "Reference answer" or "Talking points"."""
        return "Talking points" if self.talking_points else "Reference answer"

    @property
    def label(self) -> str:
        """How screens and the CLI name it: ``Q43`` in the bundled pack; a pack's question by its id
        (``my-notes#100``), as numbers repeat across packs and ``llmtui show`` takes the id.

        >>> Question("llm-hub#43", "llm-hub", 43, "T", "", "", 1).label, Question("notes#43", "notes", 43, "T", "", "", 1).label
        ('Q43', 'notes#43')
        """
        return f"Q{self.number}" if self.pack == BUNDLED_PACK else self.id


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a pack that did not stop it from loading."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class PatternChoice:
    """A question pattern the importer took: its name (``h3``, ``bold``…), how it reads, what it gave."""

    name: str
    description: str  # "`### Qn:` headings"
    questions: int
    answered: int


@dataclass(slots=True)
class Layout:
    """How the importer read a document: the patterns it saw and chose, and what it skipped."""

    seen: int  # patterns with question-like blocks
    chosen: list[PatternChoice] = field(default_factory=list)
    pinned: bool = False  # chosen by the pack (front matter, manifest) or ``check --layout``, not detected
    notes: list[str] = field(default_factory=list)  # "skipped a 22-line table of contents at line 5"
    # Where nothing asks: the level of the headings that each hold an explanation, and how many, to pin
    explained_headings: tuple[int, int] | None = None

    def summary(self) -> str:
        """One line: "3 patterns seen; chose `### Qn:` headings (h3), 23 questions, 23 answered; skipped …"."""
        picks = "; ".join(f"{c.description} ({c.name}), {c.questions} question{'s' if c.questions != 1 else ''}, "
                          f"{c.answered} answered" for c in self.chosen)
        if self.pinned:
            head = f"pinned {picks}" if picks else "pinned layout matches no block"
        else:
            seen = f"{self.seen} pattern{'s' if self.seen != 1 else ''} seen"
            head = f"{seen}; chose {picks}" if picks else f"{seen}; no question pattern found"
        return "; ".join([head, *self.notes])


@dataclass(slots=True)
class Pack:
    """A loaded question pack: its questions plus what the importer noticed."""

    name: str
    title: str
    path: str
    questions: list[Question] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    attribution: str = ""
    license: str = ""
    source: str = ""
    content_hash: str = ""  # the cache key of the bytes it was parsed from ("" when not cached)
    layout: Layout | None = None  # how it was read; set by a parse, not kept in the parse cache


@dataclass(frozen=True, slots=True)
class SkippedPack:
    """A pack file a load left out, and why: ``str()`` is the one line to show (``file[:line]: reason``)."""

    path: str
    reason: str  # the importer's one-line message, with the file (and line) first

    def __str__(self) -> str:
        return self.reason


@dataclass(slots=True)
class QuestionBank:
    """All loaded packs, with lookups by id and by number; ``skipped``: pack files that did not load."""

    packs: list[Pack] = field(default_factory=list)
    skipped: list[SkippedPack] = field(default_factory=list)
    _by_id: dict[str, Question] = field(default_factory=dict, init=False, repr=False)
    _topics: dict[str, int] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        # A bank does not change once built: index it once (at 100k questions, lists are not free).
        for pack in self.packs:
            for question in pack.questions:
                self._by_id[question.id] = question
                self._topics[question.topic] = self._topics.get(question.topic, 0) + 1

    @property
    def questions(self) -> list[Question]:
        return list(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    def find(self, ref: str) -> Question | None:
        """Resolve an id (``llm-hub#43``), a label (``Q43``) or a bare number.

        Numbers resolve in the first pack that has them (the bundled one first).
        """
        ref = ref.strip()
        if ref in self._by_id:
            return self._by_id[ref]
        bare = ref[1:] if ref[:1] in "qQ" else ref
        if bare.isdigit():
            number = int(bare)
            for pack in self.packs:
                for question in pack.questions:
                    if question.number == number:
                        return question
        return None

    def topics(self) -> list[tuple[str, int]]:
        """Topics in first-seen order with their question counts."""
        return list(self._topics.items())

    def topic_size(self, topic: str) -> int:
        return self._topics.get(topic, 0)
