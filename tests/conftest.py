from __future__ import annotations

import os

import pytest
from textual.widgets import Input


@pytest.fixture(scope="session")
def kb():
    """The bundled bank, graph and index, built once for the session (read-only in tests)."""
    from llmtui.graph.knowledge import load_knowledge

    return load_knowledge()


@pytest.fixture(scope="session")
def bundled():
    from llmtui.content.packs import load_bundled_pack

    return load_bundled_pack()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """Every test that touches user data gets its own data dir."""
    path = tmp_path / "data"
    monkeypatch.setenv("LLMTUI_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch):
    # A frozen cursor keeps screens deterministic.
    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` starts two workers a core: most tests spend their time waiting on a pilot, a pty or a process,
    and a second worker uses that wait."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 2 * cores
