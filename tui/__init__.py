"""The llmtui app and what it drives.

Rooms: ``screens/`` and ``widgets/`` (Textual), ``practice/`` (the interview
engine, scoring, scheduling, history store, reports), ``cli/`` (the scriptable
verbs) and ``runtime/`` (data dir, settings, loading). Only the Textual rooms
and ``app``/``commands``/``messages`` import textual; import-linter contracts in
pyproject.toml keep it so.
"""
