"""Letters a CV spaces out (CSS ``letter-spacing``, Word's "expanded" spacing) joined back
into words: "J U N  2 0 2 3 – P R E S E N T" is read "JUN 2023 – PRESENT".

A spaced heading, name or date is drawn a glyph at a time with the same gap after each
letter, and PDFium writes a space into every gap, so its text holds no word at all ("E X P E
R I E N C E" is no heading and "2 0 1 9" no year) and no longer tells a word's end from a
letter's. The glyphs' advance boxes do: within a word each gap is the spacing alone, between
words it is the spacing and a space's width. Only a page whose text has such a run of single
characters is looked at glyph by glyph, and a space the PDF draws itself (Word writes its
spaces) ends a run: letters set apart by drawn spaces are words of one letter. Digits alone
set further apart than a digit's width are a table's cells (a score grid "1 2 3 4 5").
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# Five or more single characters, one space apart: a spaced-out word or date as PDFium
# writes it. Each step takes two characters and starts only at a word's start, so a search
# is linear on any text.
SPACED = re.compile(r"(?<!\S)(?:\S ){4,}\S(?!\S)")
# A gap after a glyph wider than this share of the line's height is spacing (a glyph's advance
# box leaves none within a word printed as usual); wider than the spacing by this share again,
# it holds a space too.
SPACING = 0.1
WORD_GAP = 0.15
# A gap wider than this share of the line's height is no spacing but a table's column: "5 4 3
# 2 1" in a row of score cells keeps its digits apart, however unequal the columns (and
# digits further apart than a digit's width, however narrow the columns: _cells).
COLUMN_GAP = 1.5
# Past this many characters a page is no CV page (a dense one holds 5,000): left as read, its
# text (with any typed-in form values, twice as long at most) not even searched.
MAX_CHARS = 20_000


def with_words_joined(textpage: pdfium.PdfTextPage, text: str) -> str:
    """Return ``text`` with each run of spaced-out letters written as its words."""
    if len(text) > 2 * MAX_CHARS or textpage.count_chars() > MAX_CHARS or not SPACED.search(text):
        return text
    for spaced, joined in _spaced_runs(textpage):
        text = text.replace(spaced, joined)
    return text


def _spaced_runs(textpage: pdfium.PdfTextPage) -> list[tuple[str, str]]:
    """Each run of spaced-out glyphs on a line: its text as PDFium writes it and as words."""
    runs: list[tuple[str, str]] = []
    line: list[tuple[int, str, tuple[float, float, float, float]]] = []
    for glyph in _glyphs(textpage):
        if line and (glyph[1].isspace() or not _same_line(line[-1][2], glyph[2])):
            runs += _line_runs(textpage, line)
            line = []
        if not glyph[1].isspace():
            line.append(glyph)
    return runs + _line_runs(textpage, line)


def _glyphs(textpage: pdfium.PdfTextPage):
    """The page's drawn characters (not the spaces and line breaks PDFium adds), each with its
    index and advance box (left, bottom, right, top); a drawn space has no box."""
    rect = pdfium_c.FS_RECTF()
    for index in range(textpage.count_chars()):
        if pdfium_c.FPDFText_IsGenerated(textpage, index):
            continue
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char.isspace():
            yield index, char, None
        elif pdfium_c.FPDFText_GetLooseCharBox(textpage, index, rect):
            yield index, char, (rect.left, rect.bottom, rect.right, rect.top)


def _same_line(before: tuple, after: tuple) -> bool:
    """True when ``after`` follows ``before`` on its line: level with it, to its right."""
    overlap = min(before[3], after[3]) - max(before[1], after[1])
    return overlap * 2 > before[3] - before[1] and after[0] >= before[0]


def _line_runs(textpage: pdfium.PdfTextPage, line: list) -> list[tuple[str, str]]:
    """The runs of five or more glyphs of a line each set apart from the one before."""
    runs, run = [], line[:1]
    for before, glyph in zip(line, line[1:], strict=False):
        height = before[2][3] - before[2][1]
        if SPACING * height < glyph[2][0] - before[2][2] <= COLUMN_GAP * height:
            run.append(glyph)
            continue
        runs.append(run)
        run = [glyph]
    runs.append(run)
    return [_words(textpage, run) for run in runs if len(run) >= 5 and not _cells(run)]


def _cells(run: list) -> bool:
    """True when a run is digits alone set further apart than a digit is wide: the cells of
    a score grid or a row of marks ("1 2 3 4 5" over narrow equal columns), which letter
    spacing (a fraction of a letter's width) leaves closer."""
    if not all(glyph[1].isdigit() for glyph in run):
        return False
    gaps = [glyph[2][0] - before[2][2] for before, glyph in zip(run, run[1:], strict=False)]
    return min(gaps) > max(glyph[2][2] - glyph[2][0] for glyph in run)


def _words(textpage: pdfium.PdfTextPage, run: list) -> tuple[str, str]:
    """A spaced run's text as PDFium writes it, and its glyphs with a space only where a gap
    is wider than the run's narrowest by a share of the line's height."""
    first, last = run[0][0], run[-1][0]
    gaps = [glyph[2][0] - before[2][2] for before, glyph in zip(run, run[1:], strict=False)]
    spacing, height = min(gaps), run[0][2][3] - run[0][2][1]
    joined = run[0][1] + "".join(
        (" " if gap > spacing + WORD_GAP * height else "") + glyph[1]
        for gap, glyph in zip(gaps, run[1:], strict=True)
    )
    return textpage.get_text_range(first, last - first + 1), joined
