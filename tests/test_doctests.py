"""Every docstring example in the package runs (the installed ``llmtui`` modules, by their real names)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

LAYERS = ("llmtui.content", "llmtui.graph", "llmtui.tui")


def _modules() -> list[str]:
    names = []
    for layer in LAYERS:
        package = importlib.import_module(layer)
        names.append(layer)
        names += [m.name for m in pkgutil.walk_packages(package.__path__, f"{layer}.")]
    return sorted(n for n in names if not n.endswith("__main__"))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
