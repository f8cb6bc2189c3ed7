"""Mutations that build hand-written PDFs around one damaged structure: an object stream
that lies, a page tree too big or too deep, an absurd page box, thousands of text pieces or
form widgets, text drawn at absurd sizes and angles.

Each mutation takes a seeded ``random.Random`` and a PDF (ignored by most: they write their
own) and returns a PDF. `text_page_objects` and `object_stream_pdf` build the small PDFs.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from tests.nlp.builders import pdf_stream, raw_pdf
from tests.nlp.mutations_pdf import flip

_MEDIABOX = re.compile(rb"/MediaBox\s*\[[^\]]*\]")


def text_page_objects(lines: list[str], *, mediabox: bytes = b"0 0 595 842") -> list[bytes]:
    """Objects of a one-page PDF drawing ``lines`` in Helvetica (Latin text)."""
    ops = b"".join(
        b"BT /F1 11 Tf 50 %d Td (%s) Tj ET\n" % (800 - 14 * i, line.encode("latin-1", "replace"))
        for i, line in enumerate(lines)
    )
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>" % mediabox,
        pdf_stream(ops),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]


def object_stream_pdf(objects: list[bytes], *, n_lie: int = 0, first_lie: int = 0) -> bytes:
    """A PDF 1.5 whose non-stream objects sit in one object stream, with an xref stream.

    ``n_lie`` and ``first_lie`` are added to the object stream's /N and /First.
    """
    inline = [i for i, body in enumerate(objects, 1) if b"stream" not in body]
    header, packed = [], b""
    for number in inline:
        header.append(b"%d %d" % (number, len(packed)))
        packed += objects[number - 1] + b"\n"
    head = b" ".join(header) + b"\n"
    stm_number, xref_number = len(objects) + 1, len(objects) + 2
    stm = pdf_stream(
        head + packed,
        b" /Type /ObjStm /N %d /First %d" % (len(inline) + n_lie, len(head) + first_lie),
        deflate=True,
    )
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in enumerate(objects, 1):
        if number not in inline:
            offsets[number] = len(out)
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    offsets[stm_number] = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (stm_number, stm)
    offsets[xref_number] = len(out)
    rows = [b"\x00\x00\x00\x00\xff\xff"]
    for number in range(1, xref_number + 1):
        if number in inline:
            rows.append(
                bytes([2]) + stm_number.to_bytes(4, "big") + inline.index(number).to_bytes(1, "big")
            )
        else:
            rows.append(bytes([1]) + offsets[number].to_bytes(4, "big") + b"\x00")
    xref = pdf_stream(
        b"".join(rows),
        b" /Type /XRef /Size %d /W [1 4 1] /Root 1 0 R" % (xref_number + 1),
        deflate=True,
    )
    out += b"%d 0 obj\n%s\nendobj\nstartxref\n%d\n%%%%EOF\n" % (
        xref_number,
        xref,
        offsets[xref_number],
    )
    return bytes(out)


def object_stream(rng: random.Random, pdf: bytes) -> bytes:
    """A hand-written CV in an object stream, its /N or /First lying or its bytes flipped."""
    objects = text_page_objects(["Ivanov Sergei", "2015 - 2021 Ministry of Finance, expert"])
    lie = rng.choice([(0, 0), (5, 0), (-3, 0), (0, 7), (0, -20), (10**9, 0)])
    data = object_stream_pdf(objects, n_lie=lie[0], first_lie=lie[1])
    return flip(rng, data, 5, start=10) if rng.random() < 0.3 else data


def many_pages(rng: random.Random, pdf: bytes) -> bytes:
    """A page tree whose /Count lies, or up to 25 real pages, or a deeply nested page tree."""
    choice = rng.randrange(3)
    if choice == 0:
        return re.sub(
            rb"/Count \d+",
            b"/Count " + rng.choice([b"0", b"-1", b"21", b"2147483647"]),
            pdf,
            count=1,
        )
    if choice == 1:
        count = rng.choice([19, 20, 21, 25])
        content = pdf_stream(b"BT /F1 9 Tf 50 700 Td (2015 - 2021 Ministry) Tj ET")
        kids = b" ".join(b"%d 0 R" % (i + 6) for i in range(count))
        objects = text_page_objects(["Page"])
        objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)
        objects[3] = content
        page = objects[2]
        return raw_pdf(objects + [page] * count)
    depth = rng.choice([50, 500, 5000])
    objects = text_page_objects(["Deep page tree"])
    tree = [b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (i + 7) for i in range(depth)]
    objects[1] = b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>"
    objects[2] = objects[2].replace(b"/Parent 2 0 R", b"/Parent %d 0 R" % (depth + 5))
    tree[-1] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    return raw_pdf(objects + tree)


def huge_mediabox(rng: random.Random, pdf: bytes) -> bytes:
    """A page box huge, empty, inverted, short, not numbers; sometimes an odd rotation."""
    box = rng.choice(
        [
            b"[0 0 1e30 1e30]",
            b"[0 0 14400 14400]",
            b"[0 0 0 0]",
            b"[612 792 0 0]",
            b"[-99999999 -99999999 99999999 99999999]",
            b"[]",
            b"[0 0 nan inf]",
            b"[0 0 612]",
            b"[(a) (b) (c) (d)]",
            b"[0 0 612 792 5 6]",
        ]
    )
    out = _MEDIABOX.sub(b"/MediaBox " + box, pdf)
    if rng.random() < 0.3:
        out = out.replace(
            b"/Type /Page ",
            b"/Type /Page /Rotate %d /UserUnit 75000 " % rng.choice([45, 90, -270, 99999]),
            1,
        )
    return out


def many_pieces(rng: random.Random, pdf: bytes) -> bytes:
    """Pages of hundreds to thousands of text pieces: scattered, in a grid, in dated columns,
    two columns of rows, or one column; up to 20 pages, each piece up to 60 letters long."""
    count = rng.choice([300, 1000, 1999, 2001, 5000])
    layout, words = rng.randrange(5), b"x" * rng.choice([0, 0, 10, 60])
    ops = bytearray()
    for i in range(count):
        if layout == 0:
            x, y, text = rng.uniform(0, 595), rng.uniform(0, 842), b"w%d" % i
        elif layout == 1:
            x, y, text = 40 + (i % 8) * 70, 820 - (i // 8) * 9 % 800, b"cell %d" % i
        elif layout == 2:
            x, y, text = 40 + (i % 3) * 180, 820 - (i // 3) * 1.2, b"0%d.2015 - 2016" % (i % 9)
        elif layout == 3:
            x, y, text = 30 + (i % 2) * 270, 820 - (i // 2) * 0.8, b"2015 - 2016 akimat %d" % i
        else:
            x, y, text = 50, 800 - i * 0.01, b"%d" % i
        size = rng.choice([1, 3, 6, 9])
        ops += b"BT /F1 %d Tf %.2f %.2f Td (%s %s) Tj ET\n" % (size, x, y, text, words)
    pages = rng.choice([1, 1, 3, 8, 20])
    objects = text_page_objects([])
    objects[3] = pdf_stream(bytes(ops), deflate=True)
    kids = b" ".join(b"3 0 R" for _ in range(pages))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)
    return raw_pdf(objects)


def weird_text(rng: random.Random, pdf: bytes) -> bytes:
    """Text drawn rotated, mirrored, tiny, huge, off the page or with absurd spacing, with a
    line of 40,000 letters, spaces or hyphens."""
    ops = rng.choice(
        [
            b"1 0 0 -1 50 700 Tm",
            b"0 1 -1 0 300 300 Tm",
            b"1e9 0 0 1e9 0 0 Tm",
            b"0.0001 0 0 0.0001 50 50 Tm",
            b"1 0 0 1 -5000 -5000 Tm",
            b"1 0 0 1 nan 5 Tm",
            b"99999 Tc 1e6 Tz",
            b"-1000 TL 1 0 0 1 50 700 Tm",
            b"0 0 0 0 0 0 Tm",
            b"1 Tz 1 0 0 1 20 700 Tm",
        ]
    )
    texts = [b"Ivanov", b"2015 - 2021 Akimat", b"Skills", rng.choice([b"a", b" ", b"a-"]) * 40_000]
    lines = b"".join(b"(%s) Tj T* " % t for t in texts)
    objects = text_page_objects([])
    objects[3] = pdf_stream(b"BT /F1 11 Tf %s %s ET" % (ops, lines))
    return raw_pdf(objects)


def form_fields(rng: random.Random, pdf: bytes) -> bytes:
    """Typed-in form fields and annotations: many, huge or with broken values, on up to 20
    pages."""
    count = rng.choice([1, 50, 199, 201, 2000])
    value = rng.choice(
        [
            b"(2015 - 2021 Akimat)",
            b"<FEFF" + b"0041" * 10_000 + b">",
            b"1 0 R",
            b"(" + b"x" * 100_000 + b")",
            b"<FEFFD800>",
            b"()",
        ]
    )
    objects = text_page_objects(["Form"])
    first = len(objects) + 1
    annots = b" ".join(b"%d 0 R" % (first + i) for i in range(count))
    objects[2] = objects[2].replace(b"/Contents", b"/Annots [%s] /Contents" % annots)
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] >> >>" % annots
    subtype = rng.choice(
        [b"/Subtype /Widget /FT /Tx", b"/Subtype /FreeText", b"/Subtype /Widget /FT /Ch"]
    )
    field = b"<< /Type /Annot %s /T (f) /V %s /Contents %s /Rect [%s] /P 3 0 R >>"
    rect = rng.choice([b"50 50 300 70", b"0 0 0 0", b"1e30 1e30 -1e30 -1e30", b"nan 0 1 1"])
    pages = rng.choice([1, 1, 20])
    objects += [field % (subtype, value, value, rect)] * count + [objects[2]] * (pages - 1)
    kids = b" ".join([b"3 0 R"] + [b"%d 0 R" % (first + count + i) for i in range(pages - 1)])
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)
    return raw_pdf(objects)


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    f.__name__: f
    for f in (object_stream, many_pages, huge_mediabox, many_pieces, weird_text, form_fields)
}
