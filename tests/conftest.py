from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def kb():
    """The bundled bank, graph and index, built once for the session (read-only in tests)."""
    from graph.knowledge import load_knowledge

    return load_knowledge()


@pytest.fixture(scope="session")
def bundled():
    from content.packs import load_bundled_pack

    return load_bundled_pack()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """Every test that touches user data gets its own data dir."""
    path = tmp_path / "data"
    monkeypatch.setenv("LLMTUI_DATA_DIR", str(path))
    return path
