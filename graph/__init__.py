"""The knowledge graph over the question bank, its queries, and the search index.

Imports no textual (see tests/test_import_hygiene.py). networkx is imported
only by the modules that need it, so the app can paint before loading it.
"""
