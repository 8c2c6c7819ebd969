"""Building the NetworkX knowledge graph from a question bank and a glossary.

Node ids are prefixed strings so they survive GraphML: ``q:<question id>``,
``c:<concept name>``, ``t:<topic>``. Edge ``kind`` is one of ``mentions``
(question–concept), ``related`` (concept–concept), ``duplicate``
(question–question) and ``in_topic`` (question–topic).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from content.models import QuestionBank
from graph.discovery import discover_concepts
from graph.duplicates import near_duplicates
from graph.glossary import Glossary
from graph.mentions import MentionMatcher

TITLE_WEIGHT = 3.0  # a concept named in the question counts three answer mentions
MIN_COOCCURRENCE = 2
MIN_NPMI = 0.15


def qnode(question_id: str) -> str:
    return f"q:{question_id}"


def cnode(concept: str) -> str:
    return f"c:{concept}"


def tnode(topic: str) -> str:
    return f"t:{topic}"


@dataclass(frozen=True, slots=True)
class QuestionMentions:
    title: Counter[str]
    answer: Counter[str]

    def weights(self) -> dict[str, float]:
        concepts = set(self.title) | set(self.answer)
        return {c: TITLE_WEIGHT * bool(self.title[c]) + math.log1p(self.answer[c]) for c in concepts}


def mention_forms(glossary: Glossary) -> dict[str, tuple[str, ...]]:
    return {name: concept.surface_forms for name, concept in glossary.concepts.items()}


def build_graph(bank: QuestionBank, glossary: Glossary, *, discover: bool = True) -> nx.Graph:
    """Build the knowledge graph of ``bank`` over the concepts of ``glossary``.

    Discovered concepts are added to ``glossary`` (marked ``discovered``) when
    ``discover`` is true.

    Examples
    --------
    >>> from content.parser import parse_markdown
    >>> from graph.glossary import Concept, Glossary
    >>> pack = parse_markdown("## Q1: What is LoRA?\\n\\nA PEFT method.\\n", pack="p")
    >>> g = Glossary({"LoRA": Concept("LoRA"), "PEFT": Concept("PEFT")})
    >>> G = build_graph(QuestionBank([pack]), g, discover=False)
    >>> sorted(G["q:p#1"])
    ['c:LoRA', 'c:PEFT', 't:General']
    """
    questions = bank.questions
    matcher = MentionMatcher(mention_forms(glossary))
    if discover:
        covered: Counter[str] = Counter()
        for question in questions:
            covered[question.pack] += any(True for _ in matcher.find(question.title))
        # Discover only in packs the curated glossary covers poorly.
        poor = {p.name for p in bank.packs if covered[p.name] < 0.5 * max(1, len(p.questions))}
        texts = [f"{q.title}\n{q.answer}" for q in questions if q.pack in poor]
        discovered = discover_concepts(texts, glossary) if texts else []
        for concept in discovered:
            glossary.add(concept)
        if discovered:
            matcher = MentionMatcher(mention_forms(glossary))

    G = nx.Graph(name="llmtui knowledge graph")
    for name, concept in glossary.concepts.items():
        G.add_node(cnode(name), kind="concept", name=name, definition=concept.definition, discovered=concept.discovered)
    concept_questions: dict[str, set[str]] = defaultdict(set)
    for question in questions:
        node = qnode(question.id)
        G.add_node(node, kind="question", qid=question.id, number=question.number, title=question.title,
                   topic=question.topic, pack=question.pack)
        topic = tnode(question.topic)
        if topic not in G:
            G.add_node(topic, kind="topic", name=question.topic)
        G.add_edge(node, topic, kind="in_topic", weight=1.0)
        found = QuestionMentions(
            Counter(m.concept for m in matcher.find(question.title)),
            Counter(m.concept for m in matcher.find(question.answer)),
        )
        for concept, weight in found.weights().items():
            G.add_edge(node, cnode(concept), kind="mentions", weight=round(weight, 3), in_title=bool(found.title[concept]))
            concept_questions[concept].add(question.id)

    n = max(1, len(questions))
    for name, ids in concept_questions.items():
        G.nodes[cnode(name)]["questions"] = len(ids)
    for name in glossary.concepts:
        df = len(concept_questions.get(name, ()))
        G.nodes[cnode(name)]["questions"] = df
        G.nodes[cnode(name)]["specificity"] = round(math.log((n + 1) / (df + 1)) + 1.0, 4)

    _add_cooccurrence(G, concept_questions, n)
    _add_relations(G, glossary)
    for a, b, score in near_duplicates(questions):
        G.add_edge(qnode(a), qnode(b), kind="duplicate", weight=score)
    return G


def _add_cooccurrence(G: nx.Graph, concept_questions: dict[str, set[str]], n: int) -> None:
    """Link concepts that share questions, weighted by normalised PMI.

    NPMI is near zero for a concept that appears everywhere ("LLM"), so generic
    concepts do not become everybody's nearest neighbour.
    """
    by_question: dict[str, list[str]] = defaultdict(list)
    for concept, ids in concept_questions.items():
        for qid in ids:
            by_question[qid].append(concept)
    pairs: Counter[tuple[str, str]] = Counter()
    for concepts in by_question.values():
        concepts.sort()
        for i, a in enumerate(concepts):
            for b in concepts[i + 1 :]:
                pairs[(a, b)] += 1
    for (a, b), shared in pairs.items():
        if shared < MIN_COOCCURRENCE:
            continue
        p_ab = shared / n
        p_a = len(concept_questions[a]) / n
        p_b = len(concept_questions[b]) / n
        if p_ab >= 1.0:
            continue
        npmi = math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)
        if npmi < MIN_NPMI:
            continue
        G.add_edge(cnode(a), cnode(b), kind="related", relation="", subject="", shared=shared,
                   npmi=round(npmi, 4), weight=round(npmi, 4))


def _add_relations(G: nx.Graph, glossary: Glossary) -> None:
    for name, concept in glossary.concepts.items():
        for relation, target in concept.relations:
            u, v = cnode(name), cnode(target)
            data = G.get_edge_data(u, v)
            if data is None:
                G.add_edge(u, v, kind="related", relation=relation, subject=name, shared=0, npmi=0.0, weight=1.0)
            elif not data.get("relation"):
                data.update(relation=relation, subject=name, weight=1.0 + data.get("npmi", 0.0))
