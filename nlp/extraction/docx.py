"""DOCX CVs: a zip checked before anything is unpacked, then its XML parts read safely.

The zip pre-check bounds entry count, unpacked size and compression ratio from the central
directory (Python's zipfile never inflates past an entry's declared size, so a lying header
only makes the read fail). Macro-enabled documents are refused. XML is parsed with defusedxml
with DTDs forbidden, which stops entity expansion ("billion laughs") and external entities
(XXE) before they start.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from nlp.extraction.docx_text import part_text
from nlp.extraction.limits import Limits, Refused

CONTENT_TYPES = "[Content_Types].xml"
DOCUMENT = "word/document.xml"
_MACRO_PART = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml)$", re.IGNORECASE)
_NUMBERED = re.compile(r"word/(header|footer)(\d*)\.xml")
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, struct.error, ValueError, OSError)


def extract_docx(data: bytes, limits: Limits) -> tuple[str, int]:
    """Return the text of headers, footers, body (with tables and text boxes) and footnotes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as error:
        raise Refused("malformed") from error
    with archive:
        infos = archive.infolist()
        check_zip(infos, len(data), limits)
        names = {info.filename for info in infos}
        if CONTENT_TYPES not in names or DOCUMENT not in names:
            raise Refused("unsupported_type")
        if "macroenabled" in _read(archive, CONTENT_TYPES).lower().decode("latin-1"):
            raise Refused("macro")
        _parse(_read(archive, CONTENT_TYPES))
        texts = [part_text(_parse(_read(archive, name))) for name in _text_parts(names)]
    unique = list(dict.fromkeys(t for t in texts if t.strip()))
    return "\n".join(unique), 0


def check_zip(infos: list[zipfile.ZipInfo], packed: int, limits: Limits) -> None:
    """Refuse zips with too many entries, bombs, encrypted entries or macro parts."""
    if len(infos) > limits.max_entries:
        raise Refused("too_many_entries")
    unpacked = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise Refused("encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused("unsupported_type")
        if _MACRO_PART.search(info.filename):
            raise Refused("macro")
        if info.file_size >= limits.ratio_floor and (
            info.file_size > limits.max_ratio * max(info.compress_size, 1)
        ):
            raise Refused("zip_bomb")
        unpacked += info.file_size
    if unpacked > limits.max_unpacked:
        raise Refused("zip_bomb")
    if unpacked >= limits.ratio_floor and unpacked > limits.max_ratio * max(packed, 1):
        raise Refused("zip_bomb")


def _text_parts(names: set[str]) -> list[str]:
    """Return the parts holding text, in reading order: headers, footers, body, footnotes.

    A footer names the candidate or the document ("Жақсыбеков Е.М. – түйіндеме"): read first,
    it joins the personal lines; read last, it would join the last section (a certificate).
    """
    numbered: dict[str, list[tuple[int, str]]] = {"header": [], "footer": []}
    for name in names:
        match = _NUMBERED.fullmatch(name)
        if match:
            numbered[match[1]].append((int(match[2] or 0), name))
    headers = [name for _, name in sorted(numbered["header"])]
    footers = [name for _, name in sorted(numbered["footer"])]
    notes = [n for n in ("word/footnotes.xml", "word/endnotes.xml") if n in names]
    return [*headers, *footers, DOCUMENT, *notes]


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    """Read one entry; a header that lies about its size or CRC makes the file malformed."""
    try:
        return archive.read(name)
    except _ZIP_ERRORS as error:
        raise Refused("malformed") from error


def _parse(xml: bytes) -> Element:
    """Parse XML with DTDs, entities and external references forbidden."""
    try:
        return SafeET.fromstring(xml, forbid_dtd=True)
    except DefusedXmlException as error:
        raise Refused("dtd_forbidden") from error
    except ParseError as error:
        raise Refused("malformed") from error
