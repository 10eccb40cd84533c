"""What every benchmark module shares: timing, the result row, and the table.

A benchmark module exposes `measure(quick: bool) -> list[Row]`; `benchmarks/run.py` collects
the rows of every module, prints them and writes `benchmarks/results.json`. Each row carries its
baseline measured in the same run, so the ratio is what counts, not the absolute numbers.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Her laptop's screen (1366×768) for the headless runs. Qt's offscreen platform otherwise has an
# 800×800 screen: the window's screen fitting squeezed the app to its minimum width (an editor
# 111 px wide, a line break every few words) while the bare window kept its 1280 px.
SCREEN_CONFIG = Path(__file__).resolve().parent / "offscreen-1366x768.json"
# (Qt splits the platform's options at ':', so on Windows the path goes without its drive)
OFFSCREEN = f"offscreen:configfile={os.path.splitdrive(SCREEN_CONFIG)[1]}"


def headless_platform() -> str:
    """QT_QPA_PLATFORM for a measurement: the laptop-sized offscreen screen unless another
    platform was asked for."""
    current = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return OFFSCREEN if current == "offscreen" else current


@dataclass
class Row:
    name: str  # what is measured, as the table in docs/performance.md names it
    baseline: str  # what it is compared with
    target: str  # e.g. "≤ 1.5×"
    unit: str  # "ms", "MB"
    samples: list[float] = field(default_factory=list)
    baseline_samples: list[float] = field(default_factory=list)
    max_ratio: float | None = None  # the target as a number, for pass/fail
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. {"p99_ms": 3.1}
    # an absolute limit besides the ratio: (statistic, value), e.g. ("p99_ms", 16.0) looked up
    # in `extra`, or ("median", 2000.0) for the median itself
    limit: tuple[str, float] | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline_samples) if self.baseline_samples else float("nan")

    @property
    def ratio(self) -> float:
        b = self.baseline_median
        return self.median / b if b else float("nan")

    @property
    def met(self) -> bool | None:
        if self.max_ratio is None and self.limit is None:
            return None
        ok = self.max_ratio is None or self.ratio <= self.max_ratio
        if self.limit is not None:
            key, value = self.limit
            actual = self.median if key == "median" else float(self.extra[key])
            ok = ok and actual < value
        return ok

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(
            median=self.median,
            min=min(self.samples),
            max=max(self.samples),
            baseline_median=self.baseline_median,
            ratio=self.ratio,
            met=self.met,
        )
        return d


def time_ms(fn: Callable[[], Any], repeat: int) -> list[float]:
    """Wall-clock milliseconds of `repeat` calls of `fn`."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def time_pair(
    fn: Callable[[], Any], baseline: Callable[[], Any], repeat: int
) -> tuple[list[float], list[float]]:
    """Milliseconds of `fn` and of `baseline`, alternating, so that drift in the machine's load
    (other processes, CPU frequency, page cache) falls on both sides alike."""
    samples: list[float] = []
    base: list[float] = []
    for _ in range(repeat):
        samples += time_ms(fn, 1)
        base += time_ms(baseline, 1)
    return samples, base
