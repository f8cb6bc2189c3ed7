"""Seeded fuzz cases for the extraction contract: real CVs, mutated with knowledge of their format.

`seeds()` builds a dozen valid files (DOCX, PDF, TXT in Kazakh, Russian and English) with the
test builders; `cases(n, seed)` yields ``n`` reproducible (format, mutation, bytes) cases from
them. DOCX mutations are in `mutations_zip` and `mutations_xml`, PDF mutations in
`mutations_pdf` and `mutations_pdf_pages`, text mutations here.
Every seed carries MARKER, so a refusal that leaked file content can be caught.
Used by ``tools/fuzz_extract.py`` (thousands of cases, pool and subprocess) and by
``tests/nlp/test_fuzz_contract.py`` (a small run in the suite).
"""

from __future__ import annotations

import codecs
import functools
import random
from collections.abc import Callable, Iterator

from tests.nlp import mutations_pdf, mutations_pdf_pages, mutations_xml, mutations_zip
from tests.nlp.builders import SAMPLE_CVS, docx_parts, make_pdf, make_placed_pdf

MARKER = "LEAKMARK7F3A"
FORMATS = ("docx", "pdf", "txt")


@functools.cache
def seeds() -> dict[str, list]:
    """Valid seed files by format: DOCX as parts ({zip name: bytes}), PDF and TXT as bytes."""
    cvs = {lang: f"{MARKER}\n{text}" for lang, text in SAMPLE_CVS.items()}
    rows = [["2015–2021", "Министерство финансов", "главный эксперт"], ["2021–", "Акимат", "маман"]]
    docx = [docx_parts(cvs[lang].split("\n")) for lang in ("kk", "ru", "en")]
    docx.append(docx_parts([MARKER, rows], header="Иванов С.П.", footer="1-бет", textbox="Тел."))
    pdf = [make_pdf(cvs[lang]) for lang in ("kk", "ru", "en")]
    pdf.append(make_pdf(cvs["mixed"] + "\f" + cvs["ru"], compress=False))
    pdf.append(
        make_placed_pdf(
            [
                (10, 20, MARKER),
                (10, 30, "2015–2021"),
                (60, 30, "Акимат"),
                (120, 30, "маман"),
                (10, 40, "2021–2023"),
                (60, 40, "ТОО"),
                (120, 40, "бухгалтер"),
            ]
        )
    )
    pdf.append(
        mutations_pdf_pages.object_stream_pdf(mutations_pdf_pages.text_page_objects([MARKER, "CV"]))
    )
    txt = [
        cvs["ru"].encode(),
        cvs["kk"].encode("utf-16"),
        cvs["ru"].encode("cp1251"),
        cvs["kk"].encode("kz1048"),
        cvs["en"].encode("utf-8-sig"),
    ]
    return {"docx": docx, "pdf": pdf, "txt": txt}


def _flip(rng: random.Random, data: bytes, count: int) -> bytes:
    """``data`` with ``count`` random bytes changed."""
    out = bytearray(data)
    for _ in range(count if out else 0):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def random_bytes(rng: random.Random, text: bytes) -> bytes:
    """Noise, or the text with noise in it."""
    noise = rng.randbytes(rng.choice([1, 100, 10_000, 1_000_000]))
    return noise if rng.random() < 0.5 else _flip(rng, text, rng.choice([1, 10, 200]))


def mixed_encodings(rng: random.Random, text: bytes) -> bytes:
    """Lines of one CV in UTF-8, Windows-1251, KZ-1048 and UTF-16 pasted together."""
    lines = text.decode("utf-8", "replace").split("\n")
    codecs_ = ["utf-8", "cp1251", "kz1048", "utf-16-le", "koi8-r", "cp866"]
    return b"\n".join(line.encode(rng.choice(codecs_), "replace") for line in lines)


def byte_order_marks(rng: random.Random, text: bytes) -> bytes:
    """A BOM that does not match the bytes after it, doubled, or cut off."""
    bom = rng.choice(
        [
            codecs.BOM_UTF8,
            codecs.BOM_UTF16_LE,
            codecs.BOM_UTF16_BE,
            codecs.BOM_UTF32_LE,
            codecs.BOM_UTF32_BE,
            codecs.BOM_UTF8 * 2,
            b"\xef\xbb",
            b"\xff\xfe\x00",
        ]
    )
    body = text if rng.random() < 0.7 else text[: rng.randrange(len(text)) | 1]
    return bom + body


def nuls(rng: random.Random, text: bytes) -> bytes:
    """NUL bytes: a few, about one in a hundred, or between every byte."""
    choice = rng.randrange(3)
    if choice == 2:
        return b"\x00".join(bytes([b]) for b in text)
    out = bytearray(text)
    for _ in range(1 if choice == 0 else len(text) // 100 + rng.choice([-1, 0, 1])):
        out.insert(rng.randrange(len(out) + 1), 0)
    return bytes(out)


def long_lines(rng: random.Random, text: bytes) -> bytes:
    """One line of up to 4 MB, without spaces, of words, of spaces, or of combining marks,
    ending in a letter or not."""
    size = rng.choice([10_000, 200_001, 1_000_000, 4_000_000])
    unit = rng.choice(
        [
            b"a",
            b"2015 - 2021 \xd0\x90\xd0\xba\xd0\xb8\xd0\xbc\xd0\xb0\xd1\x82 ",
            "\u0301".encode(),
            "\ufdfa".encode(),
            b"\t",
            b"\r",
            b" \n",
            b" ",
            b"\xc2\xa0",
        ]
    )
    return text + b"\n" + unit * (size // len(unit)) + rng.choice([b"", b"x"])


def unicode_tricks(rng: random.Random, text: bytes) -> bytes:
    """Surrogates and overlong forms in UTF-8, direction overrides, characters NFC expands."""
    junk = rng.choice(
        [
            b"\xed\xa0\x80",
            b"\xc0\x80",
            b"\xf8\x88\x80\x80\x80",
            "\u202e".encode() * 50,
            "\u0344".encode() * 70_000,
            "\U0001d15e".encode() * 60_000,
            "\u200b".encode() * 100_000,
            "\ufeff".encode() * 1000,
        ]
    )
    at = rng.randrange(len(text) + 1)
    return text[:at] + junk + text[at:]


_TEXT_MUTATIONS = {
    f.__name__: f
    for f in (random_bytes, mixed_encodings, byte_order_marks, nuls, long_lines, unicode_tricks)
}
MUTATIONS: dict[str, dict[str, Callable]] = {
    "docx": {**mutations_zip.MUTATIONS, **mutations_xml.MUTATIONS},
    "pdf": {**mutations_pdf.MUTATIONS, **mutations_pdf_pages.MUTATIONS},
    "txt": _TEXT_MUTATIONS,
}


def cases(count: int, seed: int = 0, formats: tuple[str, ...] = FORMATS) -> Iterator[tuple]:
    """Yield ``count`` cases (format, mutation name, file bytes), the same for the same seed."""
    rng = random.Random(seed)
    for index in range(count):
        kind = formats[index % len(formats)]
        name = rng.choice(sorted(MUTATIONS[kind]))
        case_rng = random.Random(f"{seed}:{index}")
        data = MUTATIONS[kind][name](case_rng, case_rng.choice(seeds()[kind]))
        yield kind, name, data
