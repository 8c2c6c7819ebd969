"""The scriptable ``llmtui`` verbs, one module per group; no Textual anywhere in here."""
