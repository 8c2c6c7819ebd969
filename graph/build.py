"""Building the NetworkX knowledge graph from a question bank and a glossary.

Node ids are prefixed strings so they survive GraphML: ``q:<question id>``,
``c:<concept name>``, ``t:<topic>``. Edge ``kind`` is one of ``mentions``
(question–concept), ``related`` (concept–concept), ``duplicate``
(question–question) and ``in_topic`` (question–topic).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from itertools import combinations

import networkx as nx

from llmtui.content.models import QuestionBank

from .duplicates import near_duplicates
from .glossary import Glossary
from .matcher import MentionMatcher
from .mentions import QuestionMentions, count_mentions, discover_in_poor_packs, mention_forms

__all__ = ["build_graph", "cnode", "qnode", "tnode", "QuestionMentions", "count_mentions", "mention_forms"]

MIN_COOCCURRENCE = 2
MIN_NPMI = 0.15


def qnode(question_id: str) -> str:
    return f"q:{question_id}"


def cnode(concept: str) -> str:
    return f"c:{concept}"


def tnode(topic: str) -> str:
    return f"t:{topic}"


def build_graph(
    bank: QuestionBank,
    glossary: Glossary,
    *,
    discover: bool = True,
    mentions: Mapping[str, QuestionMentions] | None = None,
) -> nx.Graph:
    """Build the knowledge graph of ``bank`` over the concepts of ``glossary``.

    With ``discover``, concepts discovered in packs the glossary covers poorly
    are added to ``glossary`` (marked ``discovered``). ``mentions`` may hold
    precomputed mention counts (from a cache); missing questions are counted.

    Examples
    --------
    >>> from llmtui.content.parser import parse_markdown
    >>> from llmtui.graph.glossary import Concept, Glossary
    >>> pack = parse_markdown("## Q1: What is LoRA?\\n\\nA PEFT method.\\n", pack="p")
    >>> g = Glossary({"LoRA": Concept("LoRA"), "PEFT": Concept("PEFT")})
    >>> G = build_graph(QuestionBank([pack]), g, discover=False)
    >>> sorted(G["q:p#1"])
    ['c:LoRA', 'c:PEFT', 't:General']
    """
    questions = bank.questions
    found_mentions = dict(mentions or {})
    missing = [q for q in questions if q.id not in found_mentions]
    if missing:
        found_mentions.update(count_mentions(missing, MentionMatcher(mention_forms(glossary))))
    if discover:
        discover_in_poor_packs(bank, glossary, found_mentions)

    G = nx.Graph(name="llmtui knowledge graph")
    # One node-id string per concept, reused by every edge (a fresh string per edge costs ~30 MB at 100k).
    concept_nodes = {name: cnode(name) for name in glossary.concepts}
    for name, concept in glossary.concepts.items():
        G.add_node(concept_nodes[name], kind="concept", name=name, definition=concept.definition,
                   discovered=concept.discovered)
    concept_questions: dict[str, set[str]] = defaultdict(set)
    shared: dict[tuple[float, bool], dict] = {}

    question_nodes = [qnode(question.id) for question in questions]  # one string per node, reused by its edges
    for question, node in zip(questions, question_nodes, strict=True):
        G.add_node(node, kind="question", qid=question.id, number=question.number, title=question.title,
                   topic=question.topic, pack=question.pack)
        topic = tnode(question.topic)
        if topic not in G:
            G.add_node(topic, kind="topic", name=question.topic)
        G.add_edge(node, topic, kind="in_topic", weight=1.0)

    def mention_edges() -> Iterator[tuple[str, str, dict]]:
        for question, node in zip(questions, question_nodes, strict=True):
            found = found_mentions[question.id]
            for concept, weight in found.weights().items():
                key = (round(weight, 3), concept in found.title)
                attrs = shared.get(key)
                if attrs is None:
                    attrs = shared[key] = {"kind": "mentions", "weight": key[0], "in_title": key[1]}
                concept_questions[concept].add(question.id)
                yield node, concept_nodes[concept], attrs

    _add_shared_edges(G, mention_edges())

    n = max(1, len(questions))
    for name in glossary.concepts:
        df = len(concept_questions.get(name, ()))
        G.nodes[cnode(name)]["questions"] = df
        G.nodes[cnode(name)]["specificity"] = round(math.log((n + 1) / (df + 1)) + 1.0, 4)

    _add_cooccurrence(G, concept_questions, n)
    _add_relations(G, glossary)
    for a, b, score in near_duplicates(questions):
        G.add_edge(qnode(a), qnode(b), kind="duplicate", weight=score)
    return G


def _add_shared_edges(G: nx.Graph, edges: Iterator[tuple[str, str, dict]]) -> None:
    """Add ``(u, v, attrs)`` edges whose attribute dicts are shared, not copied.

    Mention edges take only a handful of distinct (weight, in_title) values, and
    a 100k-question bank has over 600k of them: one dict per value instead of one
    per edge saves about 130 MB. ``edge_attr_dict_factory`` is NetworkX's
    documented hook for the dict a new edge gets; while ``edges`` is consumed it
    hands out the dict of the edge just taken from the iterator (add_edges_from
    takes an edge, then asks the factory), so ``edges`` must not touch ``G``.
    The shared dicts are read-only by contract (this module is their only writer).
    """
    current: list[dict] = [{}]

    def pairs() -> Iterator[tuple[str, str]]:
        for u, v, attrs in edges:
            current[0] = attrs
            yield u, v

    G.edge_attr_dict_factory = lambda: current[0]
    try:
        G.add_edges_from(pairs())
    finally:
        del G.edge_attr_dict_factory  # back to the class's factory (dict)


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
        pairs.update(combinations(sorted(concepts), 2))  # counted in C
    edges = []
    for (a, b), shared in pairs.items():
        if shared < MIN_COOCCURRENCE:
            continue
        p_ab = shared / n
        if p_ab >= 1.0:
            continue
        p_a = len(concept_questions[a]) / n
        p_b = len(concept_questions[b]) / n
        npmi = math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)
        if npmi < MIN_NPMI:
            continue
        npmi = round(npmi, 4)
        edges.append((cnode(a), cnode(b),
                      {"kind": "related", "relation": "", "subject": "", "shared": shared, "npmi": npmi, "weight": npmi}))
    G.add_edges_from(edges)


def _add_relations(G: nx.Graph, glossary: Glossary) -> None:
    for name, concept in glossary.concepts.items():
        for relation, target in concept.relations:
            u, v = cnode(name), cnode(target)
            data = G.get_edge_data(u, v)
            if data is None:
                G.add_edge(u, v, kind="related", relation=relation, subject=name, shared=0, npmi=0.0, weight=1.0)
            elif not data.get("relation"):
                data.update(relation=relation, subject=name, weight=1.0 + data.get("npmi", 0.0))
