"""Pictures drawn in text: a calendar heatmap, a one-line trend, a bar. Pure: no textual.

Every picture reads without colour (NO_COLOR): a level is a glyph of its own
density, never a colour alone; the screens may colour the glyphs on top.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

LEVELS = "·░▒▓█"  # nothing, then four levels of activity
TICKS = "▁▂▃▄▅▆▇█"
WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")


def level(value: float, peak: float) -> int:
    """0 for nothing, else 1-4 by the share of ``peak``.

    >>> [level(v, 8) for v in (0, 1, 2, 4, 6, 8)]
    [0, 1, 1, 2, 3, 4]
    """
    if value <= 0 or peak <= 0:
        return 0
    return min(4, max(1, -(-4 * value // peak)))


@dataclass(frozen=True, slots=True)
class HeatmapCell:
    day: date
    level: int  # 0-4; -1 for a day still to come
    glyph: str


def heatmap(counts: Mapping[date, int], today: date, weeks: int) -> list[list[HeatmapCell | None]]:
    """Seven rows (Monday first) of ``weeks`` columns ending with today's week; None before the first day shown.

    >>> rows = heatmap({date(2026, 3, 2): 4, date(2026, 3, 3): 1}, date(2026, 3, 3), 2)
    >>> "".join(c.glyph for c in rows[0] if c), "".join(c.glyph for c in rows[1] if c), rows[2][1].level
    ('·█', '·░', -1)
    """
    start = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    peak = max(counts.values(), default=0)
    rows: list[list[HeatmapCell | None]] = [[] for _ in range(7)]
    for week in range(weeks):
        for weekday in range(7):
            day = start + timedelta(weeks=week, days=weekday)
            if day > today:
                rows[weekday].append(HeatmapCell(day, -1, " "))
            else:
                lvl = level(counts.get(day, 0), peak)
                rows[weekday].append(HeatmapCell(day, lvl, LEVELS[lvl]))
    return rows


def heatmap_text(counts: Mapping[date, int], today: date, weeks: int) -> list[str]:
    """The heatmap as lines: a month header, then a labelled row a weekday (one column a week).

    >>> lines = heatmap_text({date(2026, 3, 2): 3}, date(2026, 3, 4), 3)
    >>> lines[1]
    'Mon  · · █'
    """
    rows = heatmap(counts, today, weeks)
    lines = [month_header(rows[0], weeks)]
    for weekday, row in enumerate(rows):
        lines.append(f"{WEEKDAYS[weekday]:<4} " + " ".join(c.glyph if c else " " for c in row).rstrip())
    return lines


def month_header(mondays: Sequence[HeatmapCell | None], weeks: int) -> str:
    """Month names over the weeks they start in (a name that would run into the next is left out).

    >>> cells = [HeatmapCell(date(2026, 12, 28), 0, "·"), HeatmapCell(date(2027, 1, 4), 0, "·")]
    >>> month_header(cells + [None], 3)
    '       Jan'
    """
    header = [" "] * (2 * weeks)
    last_month, free_from = None, 0
    for week, cell in enumerate(mondays):
        if cell is None or cell.day.month == last_month:
            continue
        first_week = last_month is None
        last_month = cell.day.month
        label = cell.day.strftime("%b")
        start = 2 * week
        # The first column's month only when its week starts it: a month that began earlier is not named.
        if first_week and cell.day.day > 7:
            continue
        if start >= free_from and start + len(label) <= 2 * weeks:
            header[start:start + len(label)] = label
            free_from = start + len(label) + 1
    return "     " + "".join(header).rstrip()


def sparkline(values: Sequence[float]) -> str:
    """One character a value, its height by the share of the largest; nothing is a dot.

    >>> sparkline([0, 1, 4, 8])
    '·▁▄█'
    """
    peak = max(values, default=0)
    out = []
    for v in values:
        if v <= 0 or peak <= 0:
            out.append("·")
        else:
            out.append(TICKS[min(len(TICKS) - 1, max(0, round(v / peak * len(TICKS)) - 1))])
    return "".join(out)


def percent_columns(percents: Sequence[int], height: int = 3, column: int = 5) -> list[str]:
    """Percentages as upright bars on a fixed 0-100 % scale (34 % and 36 % look alike), each over its label.

    ``height`` rows of eighths, then the labels; a column of ``column`` cells a value.

    >>> for line in percent_columns([34, 36, 100], height=2): print(repr(line))
    '           ██'
    ' ▅▅   ▆▆   ██'
    ' 34%  36% 100%'
    """
    rows = []
    for row in range(height):
        from_bottom = height - 1 - row
        cells = []
        for value in percents:
            eighths = round(max(0, min(100, value)) / 100 * height * 8) - 8 * from_bottom
            glyph = " " if eighths <= 0 else TICKS[min(8, eighths) - 1]
            cells.append((" " + glyph * 2).ljust(column))
        rows.append("".join(cells).rstrip())
    rows.append("".join(f"{value:>3}%".ljust(column) for value in percents).rstrip())
    return rows


def bar(fraction: float, width: int) -> str:
    """A horizontal bar of ``width`` cells filled to ``fraction``.

    >>> bar(0.5, 10)
    '█████░░░░░'
    """
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return "█" * filled + "░" * (width - filled)
