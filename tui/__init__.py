"""The llmtui app. The interview engine, scorer, scheduler glue, history store and
settings are pure modules here that import no textual."""

__version__ = "0.1.0"
