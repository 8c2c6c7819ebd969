"""Turning an :class:`InterviewPlan` into questions. No textual."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from llmtui.graph.knowledge import KnowledgeBase
from llmtui.graph.queries import concepts_of_question, near_duplicate_pairs, related_concepts

from .dateplan import DEFAULT_MINUTES_PER_QUESTION, DatePlan, make_plan
from .engine import MODES, EmptyDraw, InterviewPlan, draw_questions, duplicate_groups
from .mastery import ConceptRecall, concept_recall, concept_weakness, question_recall
from .scheduling import DEFAULT_RETENTION, study_day
from .stats import StudyStats, study_stats
from .store import HistoryStore

MISSED_POINTS_WEIGHT = 2.0  # weak mode: a question whose key points were all missed last time weighs this much
SEARCH_DRAW = 200  # a plan's search draws from this many of its best matches


def concept_questions(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Every concept's question ids."""
    return {name: kb.concept_question_ids(name) for name in kb.glossary.concepts}


def concept_recalls(kb: KnowledgeBase, store: HistoryStore, now: datetime | None = None) -> dict[str, ConceptRecall]:
    """Each concept's recall today from its questions' FSRS cards."""
    from datetime import UTC

    return concept_recall(concept_questions(kb), question_recall(store.cards(), now or datetime.now(UTC)))


def candidate_ids(kb: KnowledgeBase, plan: InterviewPlan) -> list[str]:
    """The questions ``plan`` may draw from, before its mode picks among them (topic, concept, search)."""
    questions = kb.bank.questions
    if plan.topic:
        wanted = plan.topic.casefold()
        questions = [q for q in questions if q.topic.casefold() == wanted]
        if not questions:
            topics = ", ".join(t for t, _ in kb.bank.topics())
            raise EmptyDraw(f"no topic {plan.topic!r} (topics: {topics})")
    ids = [q.id for q in questions]
    if plan.concept:
        name = kb.resolve_concept(plan.concept)
        names = [name] + [r.name for r in related_concepts(kb.graph, name, limit=6)]
        near: list[str] = []
        for concept in names:
            near += [q for q in kb.concept_question_ids(concept) if q not in near]
        allowed = set(ids)
        ids = [q for q in near if q in allowed]
    if plan.query and plan.query.strip():
        allowed = set(ids)
        found = [r.key for r in kb.index.search(plan.query, kind="question", limit=SEARCH_DRAW)]
        ids = [q for q in found if q in allowed]
        if not ids:
            raise EmptyDraw(f"no questions match the search {plan.query!r}")
    return ids


@dataclass(frozen=True, slots=True)
class StatsKeys:
    """The keys an empty draw names for the way out, as bound: the Stats screen's list of held-back questions,
    its unsuspend and unbury (on that list) and its date plan. The defaults are the screens' own keys."""

    suspended_list: str = "l"
    unsuspend: str = "u"
    unbury: str = "b"
    date_plan: str = "d"

    @classmethod
    def bound(cls, keymap: Mapping[str, str]) -> StatsKeys:
        """The keys ``keymap`` (binding id → keys, as a keymap file writes them) gives these bindings, else the
        defaults; the first of several keys is named.

        >>> StatsKeys.bound({"suspended-list": "f6, L", "history": "f5"})
        StatsKeys(suspended_list='f6', unsuspend='u', unbury='b', date_plan='d')
        """
        default = cls()
        return cls(first_bound_key(keymap, "suspended-list", default.suspended_list),
                   first_bound_key(keymap, "unsuspend", default.unsuspend),
                   first_bound_key(keymap, "unbury", default.unbury),
                   first_bound_key(keymap, "date-plan", default.date_plan))


def first_bound_key(keymap: Mapping[str, str], binding_id: str, default: str) -> str:
    """The first key ``keymap`` (binding id → keys, as a keymap file writes them) gives ``binding_id``, else ``default``.

    >>> first_bound_key({"history": "f5, ctrl+r"}, "history", "r"), first_bound_key({}, "history", "r")
    ('f5', 'r')
    """
    keys = [key.strip() for key in keymap.get(binding_id, "").split(",") if key.strip()]
    return keys[0] if keys else default


@dataclass(frozen=True, slots=True)
class Draw:
    """What a plan draws, and the counts the set-up screen shows, from the same rules, so they always agree."""

    ids: list[str]  # the questions the interview asks, in order (empty when ``problem`` says why)
    available: int  # questions that fit the plan's topic, concept and search and can be drawn: held-back
    # questions (suspended, buried) and near-duplicate twins left out
    due: int  # of those, due for review
    held: int = 0  # questions that fit but are suspended or buried now
    twins: int = 0  # questions that fit but are left out as the near-duplicate of another
    problem: EmptyDraw | None = None  # why nothing can be drawn


def plan_questions(kb: KnowledgeBase, plan: InterviewPlan, store: HistoryStore | None,
                   now: datetime | None = None, *, retention: float = DEFAULT_RETENTION,
                   keys: StatsKeys = StatsKeys()) -> list[str]:
    """The question ids for ``plan``; raises :class:`EmptyDraw` with a reason when none fit (naming ``keys``)."""
    draw = draw_plan(kb, plan, store, now, retention=retention, keys=keys)
    if draw.problem is not None:
        raise draw.problem
    return draw.ids


def draw_plan(kb: KnowledgeBase, plan: InterviewPlan, store: HistoryStore | None,
              now: datetime | None = None, *, retention: float = DEFAULT_RETENTION,
              keys: StatsKeys = StatsKeys()) -> Draw:
    """Draw the questions for ``plan`` with the counts behind the draw; a plan that draws nothing says why in
    ``problem``, naming the way out by ``keys``. Raises :class:`EmptyDraw` (an unknown topic or mode, a search
    that finds nothing) and :class:`~llmtui.graph.lookup.UnknownConcept` when the plan itself is wrong."""
    from datetime import UTC

    now = now or datetime.now(UTC)
    if plan.mode not in MODES:
        raise EmptyDraw(f"unknown mode {plan.mode!r} ({', '.join(MODES)})")
    fitting = candidate_ids(kb, plan)
    held_back = store.held_back(now) if store is not None else set()
    ids = [q for q in fitting if q not in held_back]  # suspended (leeches too) and buried questions sit out every draw
    pairs = near_duplicate_pairs(kb.graph)
    groups = duplicate_groups(pairs)
    available = len({groups.get(q, q) for q in ids})
    due_at = dict(store.due(now)) if store is not None else {}
    draw = Draw([], available, sum(1 for q in ids if q in due_at), len(fitting) - len(ids), len(ids) - available)

    def nothing(reason: str, fallback: str | None = None) -> Draw:
        return replace(draw, problem=EmptyDraw(reason, fallback_mode=fallback))

    if fitting and not ids:
        return nothing(_held_reason(kb, fitting, store, keys))
    priority: dict[str, float] | None = None
    if plan.mode == "due":
        ids = [q for q in ids if q in due_at]
        if not ids:
            return nothing(_not_due_reason(fitting, due_at, store, now), "random")
        # Oldest due first, as Anki takes due reviews and `llmtui review` lists them (ties: the seeded shuffle).
        priority = {q: -datetime.fromisoformat(due_at[q]).timestamp() for q in ids}
    elif plan.mode == "plan":
        # The interview-date plan's day: reviews due (oldest first), then questions never met, as many
        # of each as the plan gives today; the question count is not a cap here (the plan is levelled on it).
        if not plan.until or store is None:
            return nothing(f"no interview date is set: set it on the Stats screen ({keys.date_plan}) or with"
                           " 'llmtui plan --date'", "random")
        allowed = set(ids)
        due = [q for q in due_at if q in allowed]
        met = {row[0] for row in store.cards()}
        unmet = [q for q in ids if q not in met]
        day = date_plan(kb, store, date.fromisoformat(plan.until), topic=plan.topic, retention=retention,
                        now=now).days[:1]
        reviews, new = (day[0].reviews, day[0].new) if day else (0, 0)
        chosen = due[:reviews] + unmet[:new]
        if not chosen:
            return nothing("the date plan has nothing left for today: every question is met and no review is due")
        return replace(draw, ids=chosen)
    elif plan.mode == "weak":
        # The weakest concepts first: what FSRS says is being forgotten, and the concepts of the key points
        # answers missed; and the questions whose key points were missed last time.
        weakness = concept_weakness(concept_recalls(kb, store, now).values(), store.concept_tallies().values()) \
            if store else {}
        missed = store.missed_point_shares() if store else {}
        if not weakness and not any(missed.values()):
            return nothing("no weak concepts yet: finish an interview first", "random")
        priority = {q: sum(weakness.get(c, 0.0) for c in concepts_of_question(kb.graph, q))
                    + MISSED_POINTS_WEIGHT * missed.get(q, 0.0) for q in ids}
        ids = [q for q in ids if priority[q] > 0]
    elif plan.concept:
        # The concept's own questions first, its neighbours' after.
        own = set(kb.concept_question_ids(kb.resolve_concept(plan.concept)))
        priority = {q: 2.0 if q in own else 1.0 for q in ids}
    chosen = draw_questions(ids, plan.questions, seed=plan.seed, duplicates=pairs, priority=priority)
    if not chosen:
        return nothing("no questions match this plan")
    return replace(draw, ids=chosen)


def _held_reason(kb: KnowledgeBase, fitting: list[str], store: HistoryStore | None, keys: StatsKeys) -> str:
    """Why a plan draws nothing when every question that fits is suspended or buried, and where to change it."""
    flags = {f.question_id: f for f in store.all_flags()} if store is not None else {}
    suspended = sum(1 for q in fitting if q in flags and flags[q].suspended)
    if suspended == len(fitting):
        state, how = "suspended", f"unsuspend on the Stats screen ({keys.suspended_list}, then {keys.unsuspend})"
    elif not suspended:
        state, how = "buried until tomorrow", f"unbury on the Stats screen ({keys.suspended_list}, then {keys.unbury})"
    else:
        state, how = "suspended or buried", (f"the Stats screen's {keys.suspended_list} lists them ({keys.unsuspend}"
                                             f" unsuspends, {keys.unbury} unburies)")
    who = f"the only question that fits ({kb.question(fitting[0]).label}) is" if len(fitting) == 1 \
        else f"all {len(fitting)} questions that fit are"
    return f"{who} {state}: {how}"


def _not_due_reason(fitting: list[str], due_at: dict[str, str], store: HistoryStore | None, now: datetime) -> str:
    """Why the due mode draws nothing: nothing due here, and when the next review that fits is due."""
    from .scheduling import describe_due

    allowed = set(fitting)
    held = store.held_back(now) if store is not None else set()
    cards = store.cards() if store is not None else []
    later = sorted(row[2] for row in cards if row[0] in allowed and row[0] not in held and row[0] not in due_at)
    when = f"the next is due {describe_due(datetime.fromisoformat(later[0]), now)}" if later else ""
    if due_at:
        return "none of the reviews due fits this topic, concept or search" + (f"; {when}" if when else "")
    if when:
        return f"no reviews are due yet: {when}"
    if cards:
        return "no reviews are due yet, and none of the questions graded so far fits this topic, concept or search"
    return "no reviews are due yet: grade some answers first"


def date_plan(kb: KnowledgeBase, store: HistoryStore, interview: date, *, topic: str | None = None,
              daily_minutes: int = 30, retention: float = DEFAULT_RETENTION, now: datetime | None = None) -> DatePlan:
    """The interview-date plan as it stands at ``now``: the scope is ``topic``'s questions (or all), less suspended ones."""
    from datetime import UTC

    now = now or datetime.now(UTC)
    scope = candidate_ids(kb, InterviewPlan(topic=topic))
    suspended = {f.question_id for f in store.all_flags() if f.suspended}
    scope = [q for q in scope if q not in suspended]
    cards = {row[0]: row[1] for row in store.cards()}
    recall = question_recall(store.cards(), now)
    seconds = [r.seconds for r in store.review_log() if r.seconds > 0]
    # Minutes a question takes: the user's own mean (answering and reading), else a default.
    per_question = max(1.0, sum(seconds) / len(seconds) / 60 + 1.0) if seconds else DEFAULT_MINUTES_PER_QUESTION
    return make_plan(interview, study_day(now), scope, cards, recall, daily_minutes=daily_minutes,
                     minutes_per_question=per_question, retention=retention)


def topic_questions(kb: KnowledgeBase) -> dict[str, list[str]]:
    topics: dict[str, list[str]] = {}
    for q in kb.bank.questions:
        topics.setdefault(q.topic, []).append(q.id)
    return topics


def study_stats_for(kb: KnowledgeBase, store: HistoryStore, target: float = DEFAULT_RETENTION,
                    now: datetime | None = None) -> StudyStats:
    """Everything the Stats screen and ``llmtui stats --history`` show."""
    from datetime import UTC

    return study_stats(store.review_log(), store.cards(), store.all_flags(), topic_questions(kb),
                       concept_questions(kb), now or datetime.now(UTC), target)
