"""Helpers shared by the pilot tests: waiting for the app, typing, opening pages, reading lists."""

from __future__ import annotations

from textual.pilot import Pilot

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.messages import Navigate
from llmtui.tui.navigation import Location
from llmtui.tui.widgets.results import ResultList, Target


async def wait_ready(app: LlmTuiApp, pilot: Pilot) -> None:
    """Wait until the bank, graph and history are loaded (a wait_for_workers fixture, as a function)."""
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.ready:
            await pilot.pause()
            return
    raise AssertionError("knowledge base never loaded")


async def settle(app: LlmTuiApp, pilot: Pilot) -> None:
    """Let workers finish and their messages land."""
    await app.workers.wait_for_complete()
    await pilot.pause()


async def type_query(app: LlmTuiApp, pilot: Pilot, text: str) -> None:
    """Type into the focused box and wait for the search worker's results."""
    await pilot.press(*text)
    await settle(app, pilot)


async def press(pilot: Pilot, *keys: str) -> None:
    """Press ``keys`` and let the app handle them."""
    await pilot.press(*keys)
    await pilot.pause()


async def go(app: LlmTuiApp, pilot: Pilot, location: Location, delay: float | None = None) -> None:
    """Open a page as a click or the palette would."""
    app.post_message(Navigate(location))
    await pilot.pause(delay)
    await settle(app, pilot)


def targets(app: LlmTuiApp, selector: str) -> list[Target | None]:
    """What each option of the result list ``selector`` on the current screen opens."""
    return app.screen.query_one(selector, ResultList).targets


def prompts(app: LlmTuiApp, selector: str) -> list[str]:
    widget = app.screen.query_one(selector, ResultList)
    return [str(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]


def text_of(app: LlmTuiApp, selector: str) -> str:
    """The text a Static (or Label) on the current screen shows."""
    return str(app.screen.query_one(selector).render())


def notifications(app: LlmTuiApp) -> list[str]:
    """The texts of the toasts on screen now."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]
