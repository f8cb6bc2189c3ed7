"""A job's post or employer that a narrow column wrapped onto the line above its dates, as a
browser prints a CV builder's flexbox or grid cells: ``job_lines`` reads a job's names around
its dates with these."""

from nlp.components.cells import goes_on
from nlp.components.job_cells import cells_above
from nlp.components.job_employers import BULLET, is_name
from nlp.components.job_names import clean, reads_as_title


def wrapped_before(text: str, bound: int, line_start: int, before: str) -> tuple[int, str]:
    """Where the name before the dates starts and its text, with the line above it when that
    line cannot end a cell: an employer wrapped by a narrow column, its tail beside the dates
    ("Agency for Strategic Planning and Reforms of the Republic of" over "Kazakhstan · Sep
    2018 – Feb 2021")."""
    above = text.rfind("\n", bound, max(bound, line_start - 1))
    line = text[above + 1 if above >= 0 else bound : line_start].rstrip("\n")
    if not line.strip() or BULLET.match(line) or not goes_on(line.rstrip()):
        return line_start, before
    start = line_start - len(line) - 1
    return start, f"{line.rstrip()} {before.lstrip()}"


def title_above(text: str, bound: int, line_start: int) -> str | None:
    """The post on the lines right above dates that have only an employer below them: a title
    that a flexbox cell beside its dates wrapped over two lines ("Мектепке дейінгі және орта
    білім беру" / "департаментінің директоры"), which the PDF's reading puts before the dates;
    its tail starts lower-case. The job's evidence still starts at its dates, so that the next
    job is not taken for one named above its dates (``job_lines._stated_above``). None when
    no post is there."""
    cells = cells_above(text, bound, line_start)
    if not cells or not is_name(cells[-1][1]):
        return None
    title = cells[-1][1]
    if len(cells) > 1 and title[:1].islower() and is_name(cells[-2][1]):
        title = f"{cells[-2][1].strip()} {title.strip()}"
    return clean(title) if reads_as_title(title) else None
