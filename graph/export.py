"""Exports of the bank and graph: JSON for scripts, GraphML for Gephi, yEd and Cytoscape."""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from .build import cnode
from .knowledge import KnowledgeBase
from .queries import concepts_of_question


def export_json(kb: KnowledgeBase) -> dict[str, Any]:
    relations = [
        {"source": r.subject, "relation": r.kind, "target": r.target}
        for _, _, found in kb.graph.edges(data="relations") if found for r in found
    ]
    relations.sort(key=lambda r: (r["source"], r["relation"], r["target"]))
    return {
        "questions": [
            {"id": q.id, "number": q.number, "pack": q.pack, "title": q.title, "prompt": q.prompt, "answer": q.answer,
             "talking_points": q.talking_points, "topic": q.topic, "concepts": concepts_of_question(kb.graph, q.id)}
            for q in kb.bank.questions
        ],
        "concepts": [
            {"name": c.name, "aliases": list(c.aliases), "definition": kb.definition(c.name), "discovered": c.discovered,
             "generic": c.generic, "questions": kb.concept_question_ids(c.name)}
            for c in kb.glossary.concepts.values()
        ],
        "relations": relations,
    }


def export_graphml(kb: KnowledgeBase) -> str:
    """GraphML of the whole graph; a related edge's relations become text ("QLoRA uses Quantization; …")."""
    H = kb.graph.copy()
    for _, _, data in H.edges(data=True):
        if "relations" in data:
            found = data.pop("relations")
            data["relation"] = "; ".join(r.kind for r in found)
            data["relations"] = "; ".join(r.reads() for r in found)
    for name, concept in kb.glossary.concepts.items():
        H.nodes[cnode(name)]["aliases"] = "; ".join(concept.aliases)
    for _, data in H.nodes(data=True):
        data["label"] = data.get("name") or data.get("title") or ""
    buffer = io.BytesIO()
    nx.write_graphml(H, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")
