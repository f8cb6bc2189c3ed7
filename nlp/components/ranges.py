"""Which of many ranges of a text a span meets, found by a search rather than a scan: a CV of
thousands of dates or names (a hostile file) must not cost their square."""

import bisect
import itertools
from collections.abc import Iterable


class Ranges:
    """A fixed set of ``(start, end)`` ranges, ``end`` exclusive, possibly overlapping."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        ordered = sorted(ranges)
        self._starts = [start for start, _ in ordered]
        # The furthest end among the first i + 1 ranges by start.
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlap(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with one of the ranges."""
        before = bisect.bisect_left(self._starts, end)  # the ranges that start before its end
        return before > 0 and self._reach[before - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether one of the ranges holds all of ``[start, end)``."""
        begun = bisect.bisect_right(self._starts, start)  # the ranges that start at or before it
        return begun > 0 and self._reach[begun - 1] >= end

    def first_holding(self, offset: int) -> int | None:
        """The index, in order of start, of the first range that holds ``offset``; None when
        none does."""
        begun = bisect.bisect_right(self._starts, offset)  # the ranges that start at or before it
        first = bisect.bisect_right(self._reach, offset)  # the first to end after it
        return first if first < begun else None
