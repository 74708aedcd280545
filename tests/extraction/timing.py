"""Time bounds scaled to the machine running the tests.

A bound in these tests catches a hang (a quadratic or exponential pattern takes minutes), not
a slow or busy CPU: the same suite runs on machines whose speed differs fourfold. Each bound
is written for a machine that runs ``sum(range(100_000))`` in 2.5 ms and grows in proportion
on a slower one (never shrinks on a faster one).
"""

import statistics
import time

REFERENCE_LOOP_SECONDS = 0.0025


def _loop_seconds() -> float:
    # (the median: the fastest of a few runs catches a moment of boosted clock speed that a
    # test lasting many seconds does not get)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        sum(range(1_000_000))
        times.append((time.perf_counter() - start) / 10)
    return statistics.median(times)


SLOWDOWN = max(1.0, _loop_seconds() / REFERENCE_LOOP_SECONDS)


def bound(seconds: float) -> float:
    """``seconds`` on the reference machine, scaled to this one."""
    return seconds * SLOWDOWN
