"""Timing helpers and the result row every benchmark returns."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    value: float
    unit: str
    target: str
    ok: bool


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return time.perf_counter() - t0, out


def median_ms(fn, repeat: int = 21) -> float:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def table(results: list[Result]) -> str:
    rows = [("benchmark", "measured", "target", "ok")]
    for r in results:
        value = f"{r.value:,.1f} {r.unit}" if r.value < 1000 else f"{r.value:,.0f} {r.unit}"
        rows.append((r.name, value, r.target, "yes" if r.ok else "NO"))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"
             for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)
