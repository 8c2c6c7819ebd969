"""Keys applied in the order typed, however fast they come (a paste into the terminal, tmux send-keys, a fast typist).

Textual hands a key to the focused widget's queue and reads on. A character an Input takes is inserted at once,
but a key the widget leaves to a binding (Backspace, ctrl+u, Tab's focus move, Enter to submit) travels up the
widget's containers, one queue at a time, to the app, which runs the binding only then: by that time the keys
typed after it have been inserted already ("3 Tab 2" filled Questions with 32; ctrl+u wiped what followed it).
Known upstream: Textualize/textual#6605. So the app hands on the next key only once the last one has been
handled all the way up; until then the keys wait, in order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable
from itertools import count

from textual import events
from textual.app import App
from textual.message_pump import MessagePump
from textual.timer import Timer

# Only a safety net: the key's way up is cut when its screen closes on the way (Escape on a dialog). No key
# takes this long to be handled; one that did would merely be overtaken, as without this module.
GIVE_UP_SECONDS = 0.5


class KeysInOrder:
    """The app's keys, one in transit at a time. ``take`` is the app's own handling of one key (Textual's)."""

    def __init__(self, app: App, take: Callable[[events.Key], Awaitable[None]]) -> None:
        self.app = app
        self.take = take
        self.waiting: deque[events.Key] = deque()
        self.in_transit: int | None = None  # the number of the key on its way, if one is
        self.safety_net: Timer | None = None
        self.numbers = count(1)

    async def key(self, key: events.Key) -> None:
        """A key from the terminal."""
        if self.in_transit is not None or self.waiting:
            self.waiting.append(key)
            return
        await self.hand_on(key)

    async def hand_on(self, key: events.Key) -> None:
        target = self.app.focused or self.app.screen  # where Textual hands it, unless a priority binding takes it
        await self.take(key)
        if not key.is_forwarded:
            return  # handled by the app itself (a priority binding): done already
        number = self.in_transit = next(self.numbers)
        self.follow(number, [node for node in target.ancestors_with_self if node is not self.app])
        self.safety_net = self.app.set_timer(GIVE_UP_SECONDS, lambda: self.arrived(number))

    def follow(self, number: int, way_up: list[MessagePump]) -> None:
        """Queue a check-in behind the key at each container it passes through, then at the app: each runs once
        the key has been handled there and passed on, so the last runs after the app's bindings have seen it."""
        for index, node in enumerate(way_up):
            if node.call_later(self.follow, number, way_up[index + 1:]):
                return
            # a closed container (its screen went): the key will not pass it; try the next one up
        self.app.call_later(self.arrived, number)

    async def arrived(self, number: int) -> None:
        if self.in_transit != number:
            return  # given up on already, or arrived before the safety net
        self.in_transit = None
        if self.safety_net is not None:
            self.safety_net.stop()
        while self.waiting and self.in_transit is None:
            await self.hand_on(self.waiting.popleft())
