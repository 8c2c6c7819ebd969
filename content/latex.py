"""Inline LaTeX (``$n^2$``) shown readably in a terminal (n²).

The stored answer keeps the ``$…$`` source; :func:`readable_math` is applied
only when text is displayed, so the source stays recoverable.
"""

from __future__ import annotations

import re

_SUPERSCRIPT = str.maketrans("0123456789+-=()nijkdT", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱʲᵏᵈᵀ")
_SUBSCRIPT = str.maketrans("0123456789+-=()aeijklmnoprstx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑᵢⱼₖₗₘₙₒₚᵣₛₜₓ")

_COMMANDS = {
    r"\ll": "≪", r"\gg": "≫", r"\leq": "≤", r"\le": "≤", r"\geq": "≥", r"\ge": "≥",
    r"\neq": "≠", r"\approx": "≈", r"\times": "×", r"\cdot": "·", r"\sqrt": "√",
    r"\sum": "Σ", r"\prod": "Π", r"\infty": "∞", r"\to": "→", r"\rightarrow": "→",
    r"\alpha": "α", r"\beta": "β", r"\gamma": "γ", r"\delta": "δ", r"\Delta": "Δ",
    r"\epsilon": "ε", r"\theta": "θ", r"\lambda": "λ", r"\mu": "μ", r"\sigma": "σ",
    r"\pi": "π", r"\tau": "τ", r"\phi": "φ", r"\in": "∈", r"\log": "log", r"\exp": "exp",
}
_OPERATORS = (("<<", "≪"), (">>", "≫"), ("<=", "≤"), (">=", "≥"), ("!=", "≠"))

# $...$ on one line, not $$ and not a price like "$5 and $10".
_INLINE_MATH = re.compile(r"(?<![\\$\w])\$(?!\s)([^$\n]{1,200}?)(?<!\s)\$(?![\w$])")


def _script(match: re.Match[str], table: dict[int, int]) -> str:
    body = match.group(1) or match.group(2)
    converted = body.translate(table)
    # Only use Unicode scripts when every character has one; else keep ^{...}.
    if all(ch not in converted for ch in body if ch.isalnum() and ch.translate(table) == ch):
        return converted
    return match.group(0)


def latex_to_text(expr: str) -> str:
    """Render one inline LaTeX expression as plain Unicode text.

    >>> latex_to_text("n^2")
    'n²'
    >>> latex_to_text(r"r \\ll d")
    'r ≪ d'
    >>> latex_to_text("r << d")
    'r ≪ d'
    """
    for command in sorted(_COMMANDS, key=len, reverse=True):
        expr = re.sub(re.escape(command) + r"(?![A-Za-z])", _COMMANDS[command], expr)
    expr = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", expr)
    expr = re.sub(r"\\(?:mathrm|text|mathbf|operatorname)\{([^{}]*)\}", r"\1", expr)
    expr = re.sub(r"\^\{([^{}]*)\}|\^(\w)", lambda m: _script(m, _SUPERSCRIPT), expr)
    expr = re.sub(r"_\{([^{}]*)\}|_(\w)", lambda m: _script(m, _SUBSCRIPT), expr)
    for ascii_op, symbol in _OPERATORS:
        expr = expr.replace(ascii_op, symbol)
    return expr.replace("\\", "")


def readable_math(text: str) -> str:
    """Replace every inline ``$…$`` span in ``text`` with readable Unicode.

    >>> readable_math("O($n^2$.d) with $ΔW = AB$ ($r << d$)")
    'O(n².d) with ΔW = AB (r ≪ d)'
    """
    return _INLINE_MATH.sub(lambda m: latex_to_text(m.group(1)), text)
