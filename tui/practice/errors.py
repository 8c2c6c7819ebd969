"""What can go wrong with history, as exceptions. Standard library only: the CLI imports this at every start."""

from __future__ import annotations


class StoreError(Exception):
    """A history problem to tell the user in one line; ``reason`` is the short form for a status line."""

    reason = "history cannot be written"


class StoreLocked(StoreError):
    reason = "history is locked by another program"


class StoreFull(StoreError):
    reason = "the disk is full"


class StoreUnavailable(StoreError):
    """An I/O error, a permission, a read-only medium: the database is fine, the system is not."""

    reason = "history cannot be written (I/O error)"


class StoreCorrupt(StoreError):
    """The file is not a database, or fails its integrity check: the one case that moves it aside."""

    reason = "the history database is damaged"
