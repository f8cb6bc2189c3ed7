"""Ranges: the overlap test by search gives what a scan of every range gives."""

import random

import pytest

from nlp.components.ranges import Ranges


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 2, False), (2, 3, True), (9, 10, True), (10, 11, False), (12, 30, True), (41, 50, False)],
)
def test_a_span_meets_a_range_when_they_share_a_character(start, end, expected):
    ranges = Ranges([(20, 40), (2, 10), (5, 6)])  # unsorted, one inside another
    assert ranges.overlap(start, end) is expected


def test_the_search_agrees_with_a_scan_on_random_ranges():
    rng = random.Random(11)
    for _ in range(300):
        spans = [(a, a + rng.randint(1, 30)) for a in rng.sample(range(500), rng.randint(0, 40))]
        ranges = Ranges(spans)
        for _ in range(20):
            start = rng.randint(0, 520)
            end = start + rng.randint(1, 25)
            assert ranges.overlap(start, end) == any(a < end and start < b for a, b in spans)


def test_the_first_range_holding_an_offset_agrees_with_a_scan():
    rng = random.Random(12)
    for _ in range(300):
        spans = sorted(
            (a, a + rng.randint(1, 60)) for a in rng.sample(range(500), rng.randint(0, 30))
        )
        ranges = Ranges(spans)
        for offset in rng.sample(range(580), 25):
            holding = [i for i, (a, b) in enumerate(spans) if a <= offset < b]
            assert ranges.first_holding(offset) == (holding[0] if holding else None)
