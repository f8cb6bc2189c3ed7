"""The title and employer of a period on a line crowded with dates, as only a hostile file has.

A line with more periods than ``CROWDED`` is no CV's (a flattened CV's single line holds a few
dozen): ``job_lines`` leaves its periods to this module, which reads each from the text within
``REACH`` characters of it on that line, at a cost that does not grow with the line, as a file
of thousands of dates on one line would otherwise cost their square.
"""

from nlp.components.job_cells import DURATION
from nlp.components.job_names import clean, split_line

CROWDED = 60
REACH = 500


def on_crowded_line(
    text: str, first: int, last: int, line: tuple[int, int]
) -> tuple[str | None, str | None, int, int]:
    """Title, organisation and evidence of a period on a line of more than ``CROWDED`` (a
    hostile file of thousands of dates): read from the text within ``REACH`` of it on that
    line only, so that each period costs the same however long the line is."""
    start, end = max(line[0], first - REACH), min(line[1], last + REACH)
    after, before = text[last:end], text[start:first]
    duration = DURATION.match(after)
    after = after[duration.end() :] if duration else after
    if clean(after):
        title, org = split_line(after)
        return title, org, first, end - (len(after) - len(after.rstrip()))
    if clean(before):
        title, org = split_line(before)
        return title, org, start + len(before) - len(before.lstrip()), last
    return None, None, first, last
