"""CPU-time bounds of the hostile-file tests that hold on a slow machine as on a fast one.

A bound such as "refused within one second of CPU" was set on the development machine, where
extracting a generated two-page PDF CV costs about 4.2 ms (``python -m nlp bench``,
2026-11-28). On a machine two and a half times slower (10 ms a CV) the same code took 1.1 s
and the test failed, though nothing had changed. So a bound is scaled by how much slower this
machine extracts an ordinary CV, measured once per test process, and never made tighter than
it was set: a file that costs the square of its size still fails by far.
"""

from __future__ import annotations

import functools
import random
import statistics
import time

from nlp.bench_corpus import cv_text, to_pdf
from nlp.extract import extract_bytes

# CPU milliseconds ``extract_bytes`` spent on one bench PDF CV where the bounds were set.
_ORDINARY_MS_WHEN_SET = 4.2


@functools.cache
def _ordinary_cv_seconds() -> float:
    """CPU seconds this process spends extracting an ordinary two-page PDF CV (median of
    fifteen readings of five CVs, after one reading of each)."""
    rng = random.Random(7)
    files = [to_pdf(cv_text(lang, rng)) for lang in ("kk", "ru", "en", "ru", "kk")]
    for data in files:
        extract_bytes(data)
    spent = []
    for _ in range(3):
        for data in files:
            began = time.process_time()
            extract_bytes(data)
            spent.append(time.process_time() - began)
    return statistics.median(spent)


def cpu_bound(seconds: float) -> float:
    """``seconds`` of CPU on the development machine, on this machine."""
    return seconds * max(1.0, _ordinary_cv_seconds() * 1000 / _ORDINARY_MS_WHEN_SET)
