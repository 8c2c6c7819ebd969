"""An executor whose threads never hold up the end of the process. No textual."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any


class DaemonThreadExecutor(ThreadPoolExecutor):
    """Runs each task on a daemon thread of its own.

    Textual runs thread workers in the event loop's default executor, whose
    threads the interpreter joins at exit: quitting while a 100k-question pack
    loads would wait for the load to end (~14 s) with the terminal already
    handed back. The loader writes nothing the user made (history opens only
    after loading; cache files are written atomically), so its thread may
    simply die with the process. (A ThreadPoolExecutor by type, because asyncio
    accepts no other default executor; its pool is never used.)

    >>> executor = DaemonThreadExecutor()
    >>> executor.submit(sum, [1, 2, 3]).result(timeout=5)
    6
    """

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # handed to whoever awaits the future
                future.set_exception(exc)
            else:
                future.set_result(result)

        threading.Thread(target=run, name=f"llmtui-{getattr(fn, '__name__', 'task')}", daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Nothing to wait for: the threads are daemons."""
