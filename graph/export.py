"""Exports of the bank and graph: JSON for scripts, GraphML for Gephi, yEd and Cytoscape."""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from .build import cnode
from .knowledge import KnowledgeBase
from .queries import concepts_of_question


def export_json(kb: KnowledgeBase) -> dict[str, Any]:
    relations = []
    for u, v, d in kb.graph.edges(data=True):
        if d.get("kind") == "related" and d.get("relation"):
            source = d["subject"]
            target = kb.graph.nodes[v]["name"] if kb.graph.nodes[u]["name"] == source else kb.graph.nodes[u]["name"]
            relations.append({"source": source, "relation": d["relation"], "target": target})
    relations.sort(key=lambda r: (r["source"], r["relation"], r["target"]))
    return {
        "questions": [
            {"id": q.id, "number": q.number, "pack": q.pack, "title": q.title, "answer": q.answer, "topic": q.topic,
             "concepts": concepts_of_question(kb.graph, q.id)}
            for q in kb.bank.questions
        ],
        "concepts": [
            {"name": c.name, "aliases": list(c.aliases), "definition": c.definition, "discovered": c.discovered,
             "questions": kb.concept_question_ids(c.name)}
            for c in kb.glossary.concepts.values()
        ],
        "relations": relations,
    }


def export_graphml(kb: KnowledgeBase) -> str:
    H = kb.graph.copy()
    for name, concept in kb.glossary.concepts.items():
        H.nodes[cnode(name)]["aliases"] = "; ".join(concept.aliases)
    for _, data in H.nodes(data=True):
        data["label"] = data.get("name") or data.get("title") or ""
    buffer = io.BytesIO()
    nx.write_graphml(H, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")
