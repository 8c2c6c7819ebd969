"""Garbage collection while the user pauses, not in the middle of a key press. No textual.

Python's cyclic collector now and then walks every object the process holds.
Once the bank, the graph, the modules and a few screens are in memory that
walk takes longer than building a page, on the UI thread, at whatever moment
the allocation counters tip over: typically while a page is being built. Here
the full walk happens when the user has paused, after which everything alive
is moved out of the collector's sight (frozen), so a collection that still
falls inside a key press walks only what was made since the last pause, and
such collections come more rarely.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


class IdleCollector:
    """A full collection after each burst of activity, once nothing has happened for ``pause`` seconds.

    Each one first brings back what the last one froze, so garbage among it is
    reclaimed too, then freezes what survives. A heap too big to walk in a
    pause (a 100k-question pack, frozen by the loader) is left frozen; the
    collection then walks the rest.

    >>> now, done, frozen = [0.0], [], [0]
    >>> collector = IdleCollector(pause=1.0, clock=lambda: now[0], collect=lambda: done.append("collect"),
    ...                           freeze=lambda: done.append("freeze"), unfreeze=lambda: done.append("unfreeze"),
    ...                           frozen=lambda: frozen[0], limit=1000)
    >>> collector.tick()  # nothing happened yet: nothing to collect
    False
    >>> collector.touch(); now[0] = 0.5; collector.tick()  # a key half a second ago: the user is busy
    False
    >>> now[0] = 1.5; collector.tick(), done  # paused long enough
    (True, ['unfreeze', 'collect', 'freeze'])
    >>> now[0] = 9.0; collector.tick()  # once per burst
    False
    >>> frozen[0] = 5000; done.clear(); collector.settle(); done  # too big to walk in a pause
    ['collect']
    """

    def __init__(self, pause: float = 1.0, *, clock: Callable[[], float] = time.monotonic,
                 collect: Callable[[], object] = gc.collect, freeze: Callable[[], None] = gc.freeze,
                 unfreeze: Callable[[], None] = gc.unfreeze, frozen: Callable[[], int] = gc.get_freeze_count,
                 limit: int = 400_000) -> None:
        self.pause = pause
        self.limit = limit  # frozen objects; more are not walked in a pause
        self._clock = clock
        self._collect = collect
        self._freeze = freeze
        self._unfreeze = unfreeze
        self._frozen = frozen
        self._last: float | None = None
        self._pending = False

    def start(self, rarer: int = 10) -> None:
        """Make the collector's own full collections ``rarer`` times rarer: they come in pauses now.

        (Young objects are still collected as often; cycles among older ones wait for a pause or,
        at the latest, for ``rarer`` times as many collections of the middle generation.)
        """
        young, middle, old = gc.get_threshold()
        gc.set_threshold(young, middle, old * rarer)

    def touch(self) -> None:
        """Something happened (a key, a click): there will be garbage to collect once the user pauses."""
        self._last = self._clock()
        self._pending = True

    def tick(self) -> bool:
        """Collect now if nothing has happened for ``pause`` seconds since the last activity; True if it did."""
        if not self._pending or self._last is None or self._clock() - self._last < self.pause:
            return False
        self._pending = False
        self.settle()
        return True

    def settle(self) -> None:
        """A full collection now, then what survives is frozen (unless the heap is too big: then only collect)."""
        if self._frozen() > self.limit:
            self._collect()
            return
        self._unfreeze()
        self._collect()
        self._freeze()


@dataclass(slots=True)
class CollectorPause:
    freeze: bool = False  # set by a loader: move what it loaded out of the collector's sight when it is done


_pause_lock = threading.Lock()
_pauses = 0  # threads inside collector_paused() now
_resume = False  # whether the collector was on when the first of them came in


@contextmanager
def collector_paused() -> Iterator[CollectorPause]:
    """Keep the cyclic garbage collector off while a load, a score or a draft runs, from any number of threads.

    Each makes many objects and no cyclic garbage: refcounting frees what dies. With the collector on, the
    objects alive mid-call tip its counters, and each pass walks them holding the GIL, up to full passes over
    everything the process holds (a loaded bank and graph) inside the call: the UI froze meanwhile. With
    ``freeze`` set on the pause (a big bank), what was loaded leaves the collector's sight for good
    (:func:`gc.freeze`), so later passes stay short too. Counted, so the collector comes back on when the
    last thread leaves, whatever the order.

    >>> with collector_paused():
    ...     with collector_paused():
    ...         gc.isenabled()
    ...     gc.isenabled()
    False
    False
    >>> gc.isenabled()
    True
    """
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    pause = CollectorPause()
    try:
        yield pause
    finally:
        if pause.freeze:
            gc.freeze()
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()
