"""Mutations of a PDF's bytes and syntax: flips, cuts, a lying cross-reference, huge
numbers, deep nesting, broken streams, fonts and filters.

Each mutation takes a seeded ``random.Random`` and the bytes of a valid PDF (fpdf2's or a
hand-written one) and returns a damaged PDF. Mutations that write their own PDF around one
damaged structure are in `mutations_pdf_pages`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

_NUMBER = re.compile(rb"(?<![\w.#/])-?\d+(?:\.\d+)?(?![\w.])")


_OBJECT = re.compile(rb"\d+ 0 obj\s*<<")


_STREAM = re.compile(rb"stream\r?\n")


_XREF_ROW = re.compile(rb"\d{10} \d{5} [nf]")


_FILTER = re.compile(rb"/Filter\s*/\w+")


def flip(rng: random.Random, data: bytes, count: int, start: int = 0) -> bytes:
    """``data`` with ``count`` random bytes from ``start`` on changed."""
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(start, len(out))] = rng.randrange(256)
    return bytes(out)


def byte_flips(rng: random.Random, pdf: bytes) -> bytes:
    """Random bytes changed, in the header or past it."""
    return flip(rng, pdf, rng.choice([1, 2, 10, 100]), start=rng.choice([0, 8]))


def truncation(rng: random.Random, pdf: bytes) -> bytes:
    """The file cut anywhere, as an interrupted upload leaves it."""
    return pdf[: rng.randrange(5, len(pdf))]


def xref_corruption(rng: random.Random, pdf: bytes) -> bytes:
    """Wrong offsets, a lost or looping table, a startxref pointing anywhere."""
    choice = rng.randrange(5)
    if choice == 0:
        rows = list(_XREF_ROW.finditer(pdf))
        if rows:
            row = rng.choice(rows)
            value = b"%010d" % rng.choice(
                [0, 1, len(pdf) - 3, 9_999_999_999, rng.randrange(len(pdf))]
            )
            return pdf[: row.start()] + value + pdf[row.start() + 10 :]
    if choice == 1:
        return re.sub(
            rb"startxref\s+\d+",
            b"startxref\n"
            + rng.choice([b"0", b"-5", b"99999999999999999999", b"%d" % rng.randrange(len(pdf))]),
            pdf,
        )
    if choice == 2:
        return pdf.replace(b"xref", b"xrex", 1)
    if choice == 3:
        at = pdf.rfind(b"startxref")
        prev = pdf[at:].split()[1] if at >= 0 else b"0"
        return pdf.replace(b"trailer\n<<", b"trailer\n<< /Prev " + prev, 1)
    return pdf.replace(b"/Size ", b"/Size 9999999", 1)


def huge_numbers(rng: random.Random, pdf: bytes) -> bytes:
    """Some numbers outside streams made huge, negative, fractional or absurdly long."""
    matches = [m for m in _NUMBER.finditer(pdf[: _first_stream(pdf)])] or list(
        _NUMBER.finditer(pdf)
    )
    out = bytearray(pdf)
    for match in sorted(
        rng.sample(matches, min(len(matches), rng.choice([1, 3, 10]))), key=lambda m: -m.start()
    ):
        value = rng.choice(
            [
                b"99999999999999999999",
                b"-2147483649",
                b"1e308",
                b"0.000001",
                b"4294967296",
                b"-0",
                b"9" * 5000,
                b"2147483647",
            ]
        )
        out[match.start() : match.end()] = value
    return bytes(out)


def _first_stream(pdf: bytes) -> int:
    """Where the first stream's data begins (the whole file if none)."""
    match = _STREAM.search(pdf)
    return match.end() if match else len(pdf)


def deep_nesting(rng: random.Random, pdf: bytes) -> bytes:
    """Arrays or dictionaries nested up to 100,000 deep in the dictionary of some object."""
    depth = rng.choice([100, 1000, 10_000, 100_000])
    opening, closing = rng.choice([(b"[", b"]"), (b"<< /A ", b" >>"), (b"[<< /A ", b">>]")])
    objects = list(_OBJECT.finditer(pdf))
    at = rng.choice(objects).end() if objects else 9
    return pdf[:at] + b" /Junk " + opening * depth + b"0" + closing * depth + b" " + pdf[at:]


def broken_stream(rng: random.Random, pdf: bytes) -> bytes:
    """One stream (a content stream, an embedded font, a CMap) flipped, cut or mislabelled."""
    streams = list(_STREAM.finditer(pdf))
    if not streams:
        return flip(rng, pdf, 3)
    start = rng.choice(streams).end()
    end = pdf.find(b"endstream", start)
    end = len(pdf) if end < 0 else end
    choice = rng.randrange(3)
    if choice == 0 and end > start:
        return pdf[:start] + flip(rng, pdf[start:end], rng.choice([1, 20])) + pdf[end:]
    if choice == 1:
        return pdf[:start] + pdf[start : rng.randrange(start, end + 1)] + pdf[end:]
    dictionary = pdf.rfind(b"<<", 0, start)
    return (
        pdf[:dictionary]
        + re.sub(
            rb"/Length \d+",
            b"/Length " + rng.choice([b"0", b"99999999", b"-1", b"1 0 R"]),
            pdf[dictionary:start],
        )
        + pdf[start:]
    )


def broken_font(rng: random.Random, pdf: bytes) -> bytes:
    """A font dictionary made to lie: its subtype, widths, encoding or Unicode map."""
    swaps = [
        (rb"/Subtype\s*/Type0", b"/Subtype /Type3"),
        (rb"/Subtype\s*/TrueType", b"/Subtype /Type0"),
        (rb"/ToUnicode\s*\d+ 0 R", b"/ToUnicode 1 0 R"),
        (rb"/W\s*\[", b"/W [0 [99999999] 1 "),
        (rb"/FontFile2", b"/FontFile3"),
        (rb"/Encoding\s*/\w+", b"/Encoding /Bogus"),
        (rb"/DescendantFonts\s*\[", b"/DescendantFonts [1 0 R "),
        (rb"beginbfrange", b"beginbfrange\n<0000> <FFFF> <0041>"),
    ]
    pattern, value = rng.choice(swaps)
    return re.sub(pattern, value, pdf, count=1)


def bad_filter(rng: random.Random, pdf: bytes) -> bytes:
    """Streams labelled with filters they are not, chains of filters, predictor parameters."""
    value = rng.choice(
        [
            b"/Filter /LZWDecode",
            b"/Filter /RunLengthDecode",
            b"/Filter /ASCII85Decode",
            b"/Filter /JBIG2Decode",
            b"/Filter /DCTDecode",
            b"/Filter /Crypt",
            b"/Filter /Bogus",
            b"/Filter [" + b"/FlateDecode " * 100 + b"]",
            b"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 999999999"
            b" /Colors 999999 /BitsPerComponent 16 >>",
        ]
    )
    matches = list(_FILTER.finditer(pdf))
    if not matches:
        return pdf.replace(b"/Length", value + b" /Length", 1)
    match = rng.choice(matches)
    return pdf[: match.start()] + value + pdf[match.end() :]


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    f.__name__: f
    for f in (
        byte_flips,
        truncation,
        xref_corruption,
        huge_numbers,
        deep_nesting,
        broken_stream,
        broken_font,
        bad_filter,
    )
}
