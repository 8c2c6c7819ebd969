"""Building the NetworkX knowledge graph from a question bank and a glossary.

Node ids are prefixed strings so they survive GraphML: ``q:<question id>``,
``c:<concept name>``, ``t:<topic>``. Edge ``kind`` is one of ``mentions``
(question–concept), ``related`` (concept–concept), ``duplicate``
(question–question) and ``in_topic`` (question–topic).

A ``related`` edge carries every curated relation of its pair, each with its
direction (``relations``: a tuple of :class:`~llmtui.graph.glossary.Relation`),
and how many questions the pair shares (``shared``, ``npmi``). Concept nodes
carry ``generic``; edges that touch a generic concept weigh
``GENERIC_DAMPING`` times less, so paths and centrality go around such hubs.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from itertools import combinations

import networkx as nx

from llmtui.content.models import QuestionBank

from .duplicates import near_duplicates
from .glossary import Glossary, Relation
from .mentions import QuestionMentions, QuestionTagger, count_mentions, discover_in_poor_packs, mention_forms

__all__ = ["build_graph", "cnode", "qnode", "tnode", "QuestionMentions", "count_mentions", "mention_forms"]

MIN_COOCCURRENCE = 2
MIN_NPMI = 0.15
# A curated relation outweighs co-occurrence alone (NPMI ≤ 1). Relations that say what
# a concept is, is made of, uses or improves tie it closer than the problems it
# has or causes ("Self-attention is limited by Permutation invariance").
RELATION_STRENGTH: dict[str, float] = {
    "is_a": 1.0, "part_of": 1.0, "extends": 1.0, "uses": 1.0, "optimizes": 1.0,
    "mitigates": 0.95, "alternative_to": 0.95, "enables": 0.9, "measures": 0.9, "causes": 0.85, "limited_by": 0.85,
}
EXTRA_RELATION_WEIGHT = 0.25  # each further relation of the same pair
# Co-occurrence in a few questions is weak evidence: a related pair's NPMI counts
# shared / (shared + SHARED_EVIDENCE) of itself (half at two shared questions).
SHARED_EVIDENCE = 2
GENERIC_DAMPING = 4.0


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
        found_mentions.update(count_mentions(missing, QuestionTagger(glossary)))
    if discover:
        discover_in_poor_packs(bank, glossary, found_mentions)

    G = nx.Graph(name="llmtui knowledge graph")
    # One node-id string per concept, reused by every edge (a fresh string per edge costs ~30 MB at 100k).
    concept_nodes = {name: cnode(name) for name in glossary.concepts}
    pairs = _relation_pairs(glossary)
    degree: Counter[str] = Counter()
    for relations in pairs:
        degree[relations[0].subject] += 1
        degree[relations[0].target] += 1
    G.add_nodes_from(
        (concept_nodes[name], {"kind": "concept", "name": name, "definition": concept.definition,
                               "discovered": concept.discovered, "generic": concept.generic,
                               "relation_degree": degree[name]})  # how many concepts it has curated relations with
        for name, concept in glossary.concepts.items()
    )
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
    nodes = G.nodes
    for name, node in concept_nodes.items():
        df = len(concept_questions.get(name, ()))
        attrs = nodes[node]
        attrs["questions"] = df
        attrs["specificity"] = round(math.log((n + 1) / (df + 1)) + 1.0, 4)

    _add_cooccurrence(G, concept_questions, n)
    _add_relations(G, pairs, concept_nodes)
    _damp_generic(G, [concept_nodes[name] for name, c in glossary.concepts.items() if c.generic])
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
                      {"kind": "related", "relations": (), "shared": shared, "npmi": npmi, "weight": npmi}))
    G.add_edges_from(edges)


def _relation_pairs(glossary: Glossary) -> list[list[Relation]]:
    """Every curated relation, grouped by the pair it joins (a pair may have several), the strongest first."""
    by_pair: dict[frozenset[str], list[Relation]] = {}
    for name, concept in glossary.concepts.items():
        for relation, target in concept.relations:
            if target != name:
                by_pair.setdefault(frozenset((name, target)), []).append(Relation(name, relation, target))
    pairs = list(by_pair.values())
    for relations in pairs:
        if len(relations) > 1:
            relations.sort(key=lambda r: -RELATION_STRENGTH.get(r.kind, 0.0))
    return pairs


def _add_relations(G: nx.Graph, pairs: list[list[Relation]], concept_nodes: Mapping[str, str]) -> None:
    """Every curated relation, kept with its direction on the edge of its pair."""
    adj = G.adj
    for relations in pairs:
        first = relations[0]
        u, v = concept_nodes[first.subject], concept_nodes[first.target]
        strength = RELATION_STRENGTH.get(first.kind, 0.0) + EXTRA_RELATION_WEIGHT * (len(relations) - 1)
        data = adj[u].get(v)
        if data is None:
            G.add_edge(u, v, kind="related", relations=tuple(relations), shared=0, npmi=0.0, weight=strength)
        else:
            shared = data["shared"]
            evidence = data["npmi"] * shared / (shared + SHARED_EVIDENCE)
            data.update(relations=tuple(relations), weight=round(strength + evidence, 4))


def _damp_generic(G: nx.Graph, generic_nodes: list[str]) -> None:
    """Edges that touch a generic concept weigh GENERIC_DAMPING less, per generic end."""
    for node in generic_nodes:
        for data in G.adj[node].values():
            if data.get("kind") == "related":
                data["weight"] = round(data["weight"] / GENERIC_DAMPING, 4)
