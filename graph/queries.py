"""Pure queries over the knowledge graph. Every function takes ``G`` first.

Concepts are named by their canonical name and questions by their id; the
``c:``/``q:`` node prefixes stay inside this module and :mod:`llmtui.graph.build`.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import networkx as nx

from .build import cnode, qnode
from .glossary import Relation
from .lookup import UnknownConcept

__all__ = ["NoPath", "PathStep", "RelatedConcept", "UnknownConcept", "UnknownQuestion"]  # and the query functions


class UnknownQuestion(KeyError):
    """No question of that id in the graph."""


class NoPath(nx.NetworkXNoPath):
    """The two concepts are not connected."""


@dataclass(frozen=True, slots=True)
class RelatedConcept:
    """A concept related to the concept ``of``: its curated relations, each in its true direction, and shared questions."""

    name: str
    weight: float
    relations: tuple[Relation, ...] = ()  # every curated relation of the pair; "" reason when none
    shared_questions: tuple[str, ...] = ()
    of: str = ""  # the concept whose neighbour this is
    generic: bool = False  # see Concept.generic: never among the top related concepts

    @property
    def relation(self) -> str:
        """The type of the first curated relation ("is_a", "uses", …), or "" when related only by shared questions."""
        return self.relations[0].kind if self.relations else ""

    @property
    def reason(self) -> str:
        """Why the two are related, in the true direction: "QLoRA extends LoRA, 2 shared questions"."""
        parts = [relation.reads(first=self.of or None) for relation in self.relations]
        if self.shared_questions:
            n = len(self.shared_questions)
            parts.append(f"{n} shared question{'s' * (n != 1)}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class PathStep:
    """One step of a path, from ``source`` to ``target`` (path order).

    The step's relation may point either way: :attr:`relation_source` and
    :attr:`relation_target` say how it reads ("QLoRA uses Quantization" on a
    step from Quantization to QLoRA has relation_source QLoRA).
    """

    source: str
    target: str
    relation: str  # type of the step's main relation; "" when the step is shared questions only
    bridging_questions: tuple[str, ...] = field(default=())
    relations: tuple[Relation, ...] = field(default=())  # every curated relation of the pair, the main one first

    @property
    def main(self) -> Relation | None:
        return self.relations[0] if self.relations else None

    @property
    def relation_source(self) -> str:
        """The subject of the main relation (for a symmetric one, or none, the step's source)."""
        main = self.main
        return main.subject if main is not None and not main.symmetric else self.source

    @property
    def relation_target(self) -> str:
        return self.target if self.relation_source == self.source else self.source

    def reads(self) -> str:
        """The step as a sentence in the relation's true direction ("QLoRA uses Quantization")."""
        main = self.main
        if main is None:
            n = len(self.bridging_questions)
            return f"{self.source} and {self.target} share {n} question{'s' * (n != 1)}"
        return main.reads(first=self.source)


def _concept(G: nx.Graph, name: str) -> str:
    node = cnode(name)
    if node not in G or G.nodes[node].get("kind") != "concept":
        raise UnknownConcept(name)
    return node


def _question(G: nx.Graph, question_id: str) -> str:
    node = qnode(question_id)
    if node not in G:
        raise UnknownQuestion(question_id)
    return node


def questions_of_concept(G: nx.Graph, concept: str) -> list[str]:
    """Ids of the questions that mention ``concept``, strongest mention first.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("c:LoRA", kind="concept")
    >>> G.add_edge("q:p#1", "c:LoRA", kind="mentions", weight=1.0)
    >>> G.add_edge("q:p#2", "c:LoRA", kind="mentions", weight=3.0)
    >>> questions_of_concept(G, "LoRA")
    ['p#2', 'p#1']
    """
    node = _concept(G, concept)
    found = [(d["weight"], other) for other, d in G[node].items() if d.get("kind") == "mentions"]
    found.sort(key=lambda item: (-item[0], item[1]))
    return [other[2:] for _, other in found]


def concepts_of_question(G: nx.Graph, question_id: str) -> list[str]:
    """Concepts a question mentions, most specific (and most weighty) first."""
    node = _question(G, question_id)
    found = [
        (d["weight"] * G.nodes[other].get("specificity", 1.0), G.nodes[other]["name"])
        for other, d in G[node].items()
        if d.get("kind") == "mentions"
    ]
    found.sort(key=lambda item: (-item[0], item[1]))
    return [name for _, name in found]


def _mentioning(G: nx.Graph, node: str) -> set[str]:
    return {n for n, d in G[node].items() if d.get("kind") == "mentions"}


def shared_questions(G: nx.Graph, a: str, b: str) -> tuple[str, ...]:
    """Ids of questions that mention both concepts."""
    qa = _mentioning(G, _concept(G, a))
    qb = _mentioning(G, _concept(G, b))
    return tuple(sorted(n[2:] for n in qa & qb))


def related_concepts(G: nx.Graph, concept: str, *, limit: int | None = None,
                     include_generic: bool = False) -> list[RelatedConcept]:
    """Concepts related to ``concept``, ranked, each with the reason.

    A curated relation (is-a, extends, …) ranks above co-occurrence alone, and
    several relations above one; co-occurrence is weighted by NPMI, which
    discounts concepts that are everywhere. Generic concepts are left out
    unless ``include_generic``, and then come last.

    Examples
    --------
    >>> G = nx.Graph()
    >>> for n in ("c:LoRA", "c:QLoRA", "c:GPU memory", "c:Token"):
    ...     G.add_node(n, kind="concept", name=n[2:], generic=n == "c:Token")
    >>> G.add_edge("c:QLoRA", "c:LoRA", kind="related", relations=(Relation("QLoRA", "extends", "LoRA"),), weight=1.0)
    >>> G.add_edge("c:LoRA", "c:GPU memory", kind="related", relations=(), weight=0.3)
    >>> G.add_edge("c:LoRA", "c:Token", kind="related", relations=(), weight=0.9)
    >>> [(r.name, r.reason) for r in related_concepts(G, "LoRA")]
    [('QLoRA', 'QLoRA extends LoRA'), ('GPU memory', '')]
    >>> [r.name for r in related_concepts(G, "LoRA", include_generic=True)]
    ['QLoRA', 'GPU memory', 'Token']
    """
    node = _concept(G, concept)
    out: list[RelatedConcept] = []
    with_shared: set[str] = set()  # neighbours that share questions: counted only for those kept
    for other, d in G[node].items():
        if d.get("kind") != "related":
            continue
        attrs = G.nodes[other]
        generic = bool(attrs.get("generic"))
        if generic and not include_generic:
            continue
        name = attrs["name"]
        if d.get("shared"):
            with_shared.add(name)
        out.append(RelatedConcept(name, float(d["weight"]), tuple(d.get("relations", ())), (), concept, generic))
    # Ties (relations with no shared questions) go to the concept more questions name, then
    # to the one with more curated relations: the better-known neighbour.
    def prominence(name: str) -> tuple[int, int]:
        attrs = G.nodes[cnode(name)]
        return -attrs.get("questions", 0), -attrs.get("relation_degree", 0)

    out.sort(key=lambda r: (r.generic, -r.weight, *prominence(r.name), r.name))
    kept = out[:limit] if limit is not None else out
    if not with_shared:
        return kept
    # A hub has dozens of neighbours: its own questions are gathered once, and shared ones only for the kept.
    mine = _mentioning(G, node)
    return [replace(r, shared_questions=tuple(sorted(q[2:] for q in mine & _mentioning(G, cnode(r.name)))))
            if r.name in with_shared else r for r in kept]


def is_generic(G: nx.Graph, concept: str) -> bool:
    """True when ``concept`` is generic (Token, LLM…): never key evidence, a top related or a weakest concept.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("c:Token", kind="concept", name="Token", generic=True)
    >>> G.add_node("c:LoRA", kind="concept", name="LoRA", generic=False)
    >>> is_generic(G, "Token"), is_generic(G, "LoRA")
    (True, False)
    """
    return bool(G.nodes[_concept(G, concept)].get("generic"))


def generic_concepts(G: nx.Graph) -> frozenset[str]:
    """Names of every generic concept of ``G``.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("c:Token", kind="concept", name="Token", generic=True)
    >>> G.add_node("q:p#1", kind="question")
    >>> generic_concepts(G)
    frozenset({'Token'})
    """
    return frozenset(d["name"] for _, d in G.nodes(data=True) if d.get("kind") == "concept" and d.get("generic"))


def related_questions(G: nx.Graph, question_id: str, *, limit: int = 8) -> list[tuple[str, float]]:
    """Questions sharing concepts with ``question_id``, by the specificity of what they share.

    Near-duplicates are left out: :func:`duplicates_of` lists them.
    """
    node = _question(G, question_id)
    dupes = {n for n, d in G[node].items() if d.get("kind") == "duplicate"}
    scores: dict[str, float] = defaultdict(float)
    for concept, d in G[node].items():
        if d.get("kind") != "mentions":
            continue
        specificity = G.nodes[concept].get("specificity", 1.0)
        for other, d2 in G[concept].items():
            if other != node and other not in dupes and d2.get("kind") == "mentions":
                scores[other] += specificity * min(d["weight"], d2["weight"])
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [(other[2:], round(score, 3)) for other, score in ranked]


def duplicates_of(G: nx.Graph, question_id: str) -> list[str]:
    node = _question(G, question_id)
    return sorted(n[2:] for n, d in G[node].items() if d.get("kind") == "duplicate")


def near_duplicate_pairs(G: nx.Graph) -> list[tuple[str, str]]:
    """Every pair of near-duplicate questions, as sorted ``(id, id)`` pairs in id order.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("q:p#2", "q:p#1", kind="duplicate", weight=95.0)
    >>> G.add_edge("q:p#1", "c:LoRA", kind="mentions", weight=1.0)
    >>> near_duplicate_pairs(G)
    [('p#1', 'p#2')]
    """
    pairs = [tuple(sorted((u[2:], v[2:]))) for u, v, kind in G.edges(data="kind") if kind == "duplicate"]
    return sorted(pairs)  # type: ignore[arg-type]


def concept_specificity(G: nx.Graph, concept: str) -> float:
    """How specific ``concept`` is: inverse document frequency over the bank's questions (1.0 when unknown).

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("c:LoRA", kind="concept", name="LoRA", specificity=2.5)
    >>> concept_specificity(G, "LoRA")
    2.5
    """
    return float(G.nodes[_concept(G, concept)].get("specificity", 1.0))


def edge_kind_counts(G: nx.Graph) -> dict[str, int]:
    """How many edges of each kind (``mentions``, ``related``, ``duplicate``, ``in_topic``) ``G`` has.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("q:p#1", "c:LoRA", kind="mentions")
    >>> G.add_edge("c:LoRA", "c:QLoRA", kind="related")
    >>> edge_kind_counts(G)
    {'mentions': 1, 'related': 1}
    """
    counts: dict[str, int] = defaultdict(int)
    for _, _, kind in G.edges(data="kind"):
        counts[kind] += 1
    return dict(sorted(counts.items()))


def concept_graph(G: nx.Graph) -> nx.Graph:
    """The concept–concept subgraph (a view), with ``distance`` = 1 / weight."""
    return nx.subgraph_view(G, filter_edge=lambda u, v: G[u][v].get("kind") == "related")


def concept_path(G: nx.Graph, source: str, target: str) -> list[PathStep]:
    """The chain of concepts from ``source`` to ``target`` with the questions bridging each step.

    Strong relations are short: the path minimises the sum of 1 / weight, and
    edges that touch a generic concept are damped (see :mod:`llmtui.graph.build`),
    so a path goes around hubs such as "LLM inference" when it can.

    Raises
    ------
    UnknownConcept
        If either concept is not in ``G``.
    NoPath
        If they are not connected.

    Examples
    --------
    >>> G = nx.Graph()
    >>> for n in ("c:A", "c:B", "c:C"):
    ...     G.add_node(n, kind="concept", name=n[2:])
    >>> G.add_edge("c:B", "c:A", kind="related", relations=(Relation("B", "uses", "A"),), weight=1.0, shared=0)
    >>> G.add_edge("c:B", "c:C", kind="related", relations=(), weight=0.5, shared=0)
    >>> [(s.source, s.target, s.relation) for s in concept_path(G, "A", "C")]
    [('A', 'B', 'uses'), ('B', 'C', '')]
    >>> step = concept_path(G, "A", "C")[0]
    >>> step.reads(), step.relation_source, step.relation_target
    ('B uses A', 'B', 'A')
    """
    a, b = _concept(G, source), _concept(G, target)
    H = concept_graph(G)
    try:
        nodes = nx.shortest_path(H, a, b, weight=lambda u, v, d: 1.0 / max(d["weight"], 1e-6))
    except nx.NetworkXNoPath:
        raise NoPath(f"no path between {source!r} and {target!r}") from None
    steps = []
    for u, v in zip(nodes, nodes[1:], strict=False):
        d = G[u][v]
        un, vn = G.nodes[u]["name"], G.nodes[v]["name"]
        relations = tuple(d.get("relations", ()))
        steps.append(PathStep(un, vn, relations[0].kind if relations else "", shared_questions(G, un, vn), relations))
    return steps


CENTRALITY_SOURCES = 200  # above this many concepts, centrality is estimated from a fixed sample of sources


def core_concepts(G: nx.Graph, *, limit: int = 20, seed: int = 7) -> list[tuple[str, float]]:
    """Concepts ranked by harmonic centrality in the concept graph, strongest relations shortest.

    Harmonic centrality (the mean of 1 / distance to every other concept, with
    distance 1 / weight as in :func:`concept_path`) rewards concepts that are
    close to everything. Eigenvector centrality, tried first, piled its mass
    onto one dense cluster (the decoding strategies) and ranked "Sampling"
    above "Transformer"; harmonic centrality also copes with a graph in pieces.
    Past ``CENTRALITY_SOURCES`` concepts the sum is taken over a seeded sample
    of sources, so the ranking stays fast and repeatable.

    Examples
    --------
    >>> G = nx.Graph()
    >>> for a, b in [("Hub", "A"), ("Hub", "B"), ("Hub", "C"), ("A", "A2")]:
    ...     G.add_edge(f"c:{a}", f"c:{b}", kind="related", weight=1.0)
    >>> for node in G:
    ...     G.nodes[node].update(kind="concept", name=node[2:])
    >>> [name for name, _ in core_concepts(G, limit=2)]
    ['Hub', 'A']
    """
    # A plain graph of distances: Dijkstra over two stacked subgraph views is ~7× slower.
    H = nx.Graph()
    H.add_nodes_from(n for n, kind in G.nodes(data="kind") if kind == "concept")
    H.add_weighted_edges_from(
        ((u, v, 1.0 / max(w, 1e-6)) for u, v, w in concept_graph(G).edges(data="weight") if u in H and v in H),
        weight="distance",
    )
    if H.number_of_edges() == 0:
        return []
    nodes = sorted(H)
    sources = nodes
    if len(nodes) > CENTRALITY_SOURCES:
        sources = random.Random(seed).sample(nodes, CENTRALITY_SOURCES)
    harmonic = nx.harmonic_centrality(H, sources=sources, distance="distance")
    scale = 1.0 / max(1, len(sources) - 1)
    ranked = sorted(harmonic.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [(G.nodes[n]["name"], round(c * scale, 4)) for n, c in ranked]


def concept_centrality(G: nx.Graph) -> dict[str, float]:
    return dict(core_concepts(G, limit=len(G)))


def communities(G: nx.Graph, *, seed: int = 7) -> list[list[str]]:
    """Groups of closely related concepts (Louvain), largest first."""
    H = concept_graph(G)
    H = H.subgraph(n for n in H if G.nodes[n].get("kind") == "concept" and H.degree(n) > 0)
    groups = nx.community.louvain_communities(H, weight="weight", seed=seed)
    named = [sorted(G.nodes[n]["name"] for n in group) for group in groups]
    named.sort(key=lambda group: (-len(group), group[0]))
    return named


def local_graph(G: nx.Graph, concept: str, *, depth: int = 1, fanout: int = 8) -> Iterator[tuple[int, str, str]]:
    """Yield ``(level, parent, child)`` for a breadth-first walk of related concepts.

    Each concept appears once, at its shallowest level; each node shows at most
    ``fanout`` of its strongest neighbours (Obsidian's local graph).

    Examples
    --------
    >>> G = nx.Graph()
    >>> for n in ("c:LoRA", "c:QLoRA", "c:GPU memory"):
    ...     G.add_node(n, kind="concept", name=n[2:])
    >>> G.add_edge("c:QLoRA", "c:LoRA", kind="related", relations=(), weight=1.0)
    >>> G.add_edge("c:LoRA", "c:GPU memory", kind="related", relations=(), weight=0.3)
    >>> list(local_graph(G, "QLoRA", depth=2))
    [(1, 'QLoRA', 'LoRA'), (2, 'LoRA', 'GPU memory')]
    """
    for level, related in local_graph_edges(G, concept, depth=depth, fanout=fanout):
        yield level, related.of, related.name


def local_graph_edges(G: nx.Graph, concept: str, *, depth: int = 1,
                      fanout: int = 8) -> Iterator[tuple[int, RelatedConcept]]:
    """As :func:`local_graph`, each child as the :class:`RelatedConcept` of its parent (``.of``), with its reason.

    Examples
    --------
    >>> G = nx.Graph()
    >>> for n in ("c:LoRA", "c:QLoRA", "c:GPU memory"):
    ...     G.add_node(n, kind="concept", name=n[2:])
    >>> G.add_edge("c:QLoRA", "c:LoRA", kind="related", relations=(Relation("QLoRA", "extends", "LoRA"),), weight=1.0)
    >>> G.add_edge("c:LoRA", "c:GPU memory", kind="related", relations=(), weight=0.3)
    >>> [(level, r.of, r.name, r.reason) for level, r in local_graph_edges(G, "GPU memory", depth=2)]
    [(1, 'GPU memory', 'LoRA', ''), (2, 'LoRA', 'QLoRA', 'QLoRA extends LoRA')]
    """
    _concept(G, concept)
    seen = {concept}
    frontier = [concept]
    for level in range(1, depth + 1):
        next_frontier = []
        for parent in frontier:
            for related in related_concepts(G, parent, limit=fanout):
                if related.name in seen:
                    continue
                seen.add(related.name)
                next_frontier.append(related.name)
                yield level, related
        frontier = next_frontier
