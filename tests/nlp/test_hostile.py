"""Hostile files of every known class come back refused or for review, fast, and harmlessly.

Each file is built here (real zips, hand-written PDFs) and carries MARKER, so a message that
echoed file content would be caught. Every case goes through the worker pool, which must keep
serving afterwards; the cases that are safe in-process also go through `extract_bytes`.
"""

import functools
import random
import struct
import time
import zlib
from pathlib import Path

import pytest

from nlp.extract import extract_bytes
from nlp.messages import MESSAGES
from tests.nlp.builders import (
    SAMPLE_CVS,
    docx_parts,
    make_docx,
    make_image_pdf,
    make_pdf,
    pdf_stream,
    raw_pdf,
    zip_parts,
)

MARKER = "LEAKMARK7F3A"
MB = 1024 * 1024
MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"


def _deflated_zeros(megabytes: int) -> bytes:
    """Return raw Deflate data for ``megabytes`` MB of zero bytes, built in milliseconds.

    After a full flush the compressor forgets its history, so every megabyte compresses to
    the same block; repeating that block is a valid stream.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(MB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * megabytes + b"\x03\x00"  # an empty final block


def _raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """Write a zip by hand from (name, deflated data, crc32, unpacked size) entries."""
    body, central = bytearray(), bytearray()
    for name, packed, crc, size in entries:
        raw_name = name.encode()
        fields = (8, 0, 0, crc, len(packed), size, len(raw_name))
        central += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, *fields, 0, 0, 0, 0, 0, len(body)
        )
        central += raw_name
        body += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, *fields, 0) + raw_name + packed
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(body), 0
    )
    return bytes(body + central + end)


def _deflate(data: bytes) -> bytes:
    """Return raw Deflate data (as stored in a zip entry)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


@functools.cache
def zip_bomb_docx() -> bytes:
    """A valid DOCX plus a 1 GB entry of zeros (about 1 MB packed), CRC and sizes correct."""
    crc = 0
    for _ in range(1024):
        crc = zlib.crc32(bytes(MB), crc)
    parts = docx_parts([MARKER])
    entries = [(n, _deflate(d), zlib.crc32(d), len(d)) for n, d in parts.items()]
    entries.append(("word/media/image1.png", _deflated_zeros(1024), crc, 1024 * MB))
    return _raw_zip(entries)


def _docx_with(part: str, xml: str) -> bytes:
    """Return a valid DOCX whose ``part`` is replaced by ``xml``."""
    parts = docx_parts([MARKER])
    parts[part] = xml.encode()
    return zip_parts(parts)


def billion_laughs_docx() -> bytes:
    """Nested entity definitions that would expand to 10^9 copies of MARKER."""
    entities = [f'<!ENTITY l0 "{MARKER}">']
    entities += [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)]
    doctype = f"<!DOCTYPE w:document [{''.join(entities)}]>"
    body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    body += "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    return _docx_with("word/document.xml", f'<?xml version="1.0"?>{doctype}{body}')


def xxe_docx(part: str = "word/document.xml") -> bytes:
    """An external entity that would paste /etc/passwd into the CV text."""
    doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    body += f"<w:body><w:p><w:r><w:t>{MARKER} &xxe;</w:t></w:r></w:p></w:body></w:document>"
    return _docx_with(part, f'<?xml version="1.0"?>{doctype}{body}')


def deeply_nested_docx() -> bytes:
    """Two thousand nested elements: deeper than any reader should recurse."""
    depth = 2000
    xml = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{'<w:sdt>' * depth}<w:p/>{'</w:sdt>' * depth}</w:body></w:document>"
    )
    return _docx_with("word/document.xml", xml)


def many_entries_docx() -> bytes:
    """A DOCX with 5,000 tiny extra entries."""
    parts = docx_parts([MARKER])
    parts.update({f"customXml/item{i}.xml": b"<a/>" for i in range(5000)})
    return zip_parts(parts)


def macro_docm() -> bytes:
    """A macro-enabled document (.docm) renamed .docx: macro content type and VBA project."""
    parts = docx_parts([MARKER], main_type=MACRO_TYPE)
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + MARKER.encode()
    return zip_parts(parts)


def vba_part_docx() -> bytes:
    """A document with a plain content type that still carries a VBA project part."""
    parts = docx_parts([MARKER])
    parts["word/vbaProject.bin"] = MARKER.encode()
    return zip_parts(parts)


def lying_size_docx() -> bytes:
    """word/document.xml declares 64 bytes but inflates to much more."""
    parts = docx_parts([MARKER * 500])
    entries = [(n, _deflate(d), zlib.crc32(d), len(d)) for n, d in parts.items()]
    return _raw_zip([(n, p, c, 64 if n == "word/document.xml" else s) for n, p, c, s in entries])


def encrypted_office_file() -> bytes:
    """The compound-file wrapper Office uses for a password-protected DOCX."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    return header + "EncryptionInfo".encode("utf-16-le") + MARKER.encode()


def _pdf(page_content: bytes, *extra: bytes, resources: bytes = b"") -> bytes:
    """Return a hand-written one-page PDF; ``extra`` objects are numbered from 5."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << %s >> >>" % resources,
            page_content,
            *extra,
        ]
    )


@functools.cache
def flate_bomb_pdf() -> bytes:
    """A page whose content stream inflates from 1 MB to 1 GB of zero bytes."""
    data = b"\x78\xda" + _deflated_zeros(1024) + struct.pack(">L", ((1024 * MB) % 65521) << 16 | 1)
    return _pdf(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data))


def cpu_burner_pdf() -> bytes:
    """A page whose 150 MB content stream (150 KB packed) is nothing but "q Q" operators.

    pdfium needs about 2.5 s of CPU for it here: more than the CPU limit of the tests.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"q Q " * (MB // 4)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(150):
        adler = zlib.adler32(chunk, adler)
    data = b"\x78\xda" + block * 150 + b"\x03\x00" + struct.pack(">L", adler)
    return _pdf(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data))


def xobject_pdf(calls: int) -> bytes:
    """A form XObject that draws itself ``calls`` times (1: a loop, more: exponential)."""
    form = pdf_stream(
        b"/X Do " * calls,
        b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]"
        b" /Resources << /XObject << /X 5 0 R >> >>",
    )
    return _pdf(pdf_stream(b"/X Do"), form, resources=b"/XObject << /X 5 0 R >>")


def thousands_of_pages_pdf() -> bytes:
    """A valid PDF with 5,000 empty pages."""
    count = 5000
    kids = b" ".join(b"%d 0 R" % (i + 3) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] * count
    return raw_pdf(objects)


def hand_encrypted_pdf(key: bytes = b"/Encrypt") -> bytes:
    """A PDF whose trailer points at a standard security handler dictionary under ``key``."""
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"11" * 32, b"22" * 32)
    pdf = _pdf(pdf_stream(b"BT (" + MARKER.encode() + b") Tj ET"), encrypt)
    return pdf.replace(b"/Root 1 0 R", b"/Root 1 0 R %s 5 0 R" % key)


def html_pdf_polyglot() -> bytes:
    """A PDF whose first kilobyte is also an HTML page with a script."""
    pdf = make_pdf(MARKER)
    return pdf[:9] + b"\n<html><script>alert(document.cookie)</script></html>\n" + pdf[9:]


def pdf_in_html() -> bytes:
    """An HTML page that carries a PDF after its opening markup."""
    return b"<html><body>" + MARKER.encode() + b"</body></html>\n" + make_pdf(MARKER)


def truncated(data: bytes) -> bytes:
    """Return the first half of a file, as an interrupted upload leaves it."""
    return data[: len(data) // 2]


# name -> (builder, acceptable codes, safe to run in the test process)
EXHAUSTED = {"worker_crashed", "too_complex", "timeout"}

CASES = {
    "zip-bomb": (zip_bomb_docx, {"zip_bomb"}, True),
    "billion-laughs": (billion_laughs_docx, {"dtd_forbidden"}, True),
    "xxe-etc-passwd": (xxe_docx, {"dtd_forbidden"}, True),
    "xxe-in-content-types": (lambda: xxe_docx("[Content_Types].xml"), {"dtd_forbidden"}, True),
    "deeply-nested-xml": (deeply_nested_docx, {"malformed"}, True),
    "thousands-of-zip-entries": (many_entries_docx, {"too_many_entries"}, True),
    "macro-docm-renamed-docx": (macro_docm, {"macro"}, True),
    "vba-project-part": (vba_part_docx, {"macro"}, True),
    "zip-header-lies-about-size": (lying_size_docx, {"malformed"}, True),
    "password-protected-docx": (encrypted_office_file, {"encrypted"}, True),
    "legacy-doc": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        {"unsupported_type"},
        True,
    ),
    "truncated-docx": (lambda: truncated(make_docx([MARKER] * 50)), {"malformed"}, True),
    "flate-bomb-pdf": (flate_bomb_pdf, EXHAUSTED, False),
    "thousands-of-pages": (thousands_of_pages_pdf, {"too_many_pages"}, True),
    "self-referencing-xobject": (lambda: xobject_pdf(1), {"no_text"}, True),
    # Resource exhaustion: whichever limit (wall time, CPU, memory) trips first wins.
    "exponential-xobject": (lambda: xobject_pdf(8), EXHAUSTED, False),
    "content-stream-cpu-burner": (cpu_burner_pdf, EXHAUSTED, False),
    "encrypted-pdf": (
        lambda: make_pdf(MARKER, owner_password="o", user_password="u"),
        {"encrypted"},
        True,
    ),
    "encrypted-pdf-no-user-password": (
        lambda: make_pdf(MARKER, owner_password="o"),
        {"encrypted"},
        True,
    ),
    "hand-written-encrypt": (hand_encrypted_pdf, {"encrypted"}, True),
    "escaped-encrypt-name": (lambda: hand_encrypted_pdf(b"/Encr#79pt"), {"encrypted"}, True),
    "truncated-pdf": (lambda: truncated(make_pdf([MARKER] * 80)), {"malformed"}, True),
    "html-pdf-polyglot": (html_pdf_polyglot, {"unsupported_type"}, True),
    "pdf-inside-html": (pdf_in_html, {"unsupported_type"}, True),
    "elf-named-pdf": (lambda: Path("/bin/true").read_bytes(), {"unsupported_type"}, True),
    "empty": (lambda: b"", {"empty"}, True),
    "oversize": (lambda: MARKER.encode() * (5 * MB // len(MARKER) + 1), {"too_large"}, True),
    "binary-named-txt": (lambda: b"\x01" + random.Random(3).randbytes(8192), {"binary_text"}, True),
    "image-only-pdf": (lambda: make_image_pdf(MARKER), {"no_text"}, True),
}
IN_PROCESS = [name for name, (_, _, safe) in CASES.items() if safe]


def _assert_refused_harmlessly(result, codes):
    """The outcome is a refusal or a review with one of ``codes`` and a canned message."""
    assert result.status in ("rejected", "needs_review")
    assert result.reason.code in codes
    assert result.reason.message == MESSAGES[result.reason.code]
    assert MARKER not in repr(result)
    assert "root:" not in result.text
    assert result.text == ""


@pytest.mark.parametrize("name", CASES)
def test_pool_refuses_hostile_file_within_three_seconds_and_keeps_serving(pool, name):
    build, codes, _ = CASES[name]
    data = build()
    started = time.monotonic()
    result = pool.extract(data)
    elapsed = time.monotonic() - started
    _assert_refused_harmlessly(result, codes)
    assert elapsed < 3.0
    assert pool.extract(SAMPLE_CVS["ru"].encode()).text == SAMPLE_CVS["ru"]


@pytest.mark.parametrize("name", IN_PROCESS)
def test_in_process_extraction_refuses_the_same_way_without_errors(caplog, name):
    build, codes, _ = CASES[name]
    result = extract_bytes(build())
    _assert_refused_harmlessly(result, codes)
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]
