"""DOCX CVs: a zip checked before anything is unpacked, then its XML parts read safely.

The zip pre-check bounds entry count and total unpacked size from the central directory, and
each part's compression ratio is checked before that part is inflated (Python's zipfile never
inflates past an entry's declared size, so a lying header only makes the read fail).
Macro-enabled documents are refused. Every part is parsed with defusedxml with DTDs
forbidden, which stops entity expansion ("billion laughs") and external entities (XXE)
before they start.
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

from nlp.extraction.docx_package import (
    CONTENT_TYPES,
    PACKAGE_RELS,
    main_part,
    rels_name,
    text_parts,
)
from nlp.extraction.docx_text import part_text
from nlp.extraction.limits import Limits, Refused

_MACRO_PART = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml)$", re.IGNORECASE)
# NotImplementedError: a zip feature Python does not read (a "version needed" past 6.3).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    struct.error,
    ValueError,
    OSError,
    NotImplementedError,
)


def extract_docx(data: bytes, limits: Limits) -> tuple[str, int]:
    """Return the text of headers, footers, body (with tables and text boxes) and footnotes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as error:
        raise Refused("malformed") from error
    with archive:
        check_zip(archive.infolist(), limits)
        parts = _text_parts(archive, limits)
        texts = [part_text(_parse(_read(archive, name, limits))) for name in parts]
    unique = list(dict.fromkeys(t for t in texts if t.strip()))
    return "\n".join(unique), 0


def _text_parts(archive: zipfile.ZipFile, limits: Limits) -> list[str]:
    """Return the parts to read, found through the package; refuse a zip that is no DOCX."""
    names = {info.filename.lower(): info.filename for info in archive.infolist()}
    if CONTENT_TYPES not in names.values():
        raise Refused("unsupported_type")
    content_types = _read(archive, CONTENT_TYPES, limits)
    if b"macroenabled" in content_types.lower():
        raise Refused("macro")
    package_rels = _xml(archive, names.get(PACKAGE_RELS), limits)
    main = main_part(_parse(content_types), package_rels, names)
    if main is None:
        raise Refused("unsupported_type")
    main_rels = _xml(archive, names.get(rels_name(main).lower()), limits)
    return text_parts(main, main_rels, names)


def check_zip(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse zips with too many entries or unpacked bytes, encrypted entries or macro parts.

    The unpacked total counts every entry, pictures included, so a bomb hidden in a part that
    is never read is refused too; the compression ratio is judged per part, when it is read
    (`_read`), because a picture that is never unpacked may compress as well as it likes.
    """
    if len(infos) > limits.max_entries:
        raise Refused("too_many_entries")
    for info in infos:
        if info.flag_bits & 0x1:
            raise Refused("encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused("unsupported_type")
        if _MACRO_PART.search(info.filename):
            raise Refused("macro")
    if sum(info.file_size for info in infos) > limits.max_unpacked:
        raise Refused("zip_bomb")


def _xml(archive: zipfile.ZipFile, name: str | None, limits: Limits) -> Element | None:
    """Parse the optional part ``name`` (None when the package has no such part)."""
    return None if name is None else _parse(_read(archive, name, limits))


def _read(archive: zipfile.ZipFile, name: str, limits: Limits) -> bytes:
    """Inflate one part unless it is a bomb; a header that lies about its size or CRC makes
    the file malformed (zipfile never inflates past the declared size).
    """
    info = archive.getinfo(name)
    if info.file_size >= limits.ratio_floor and (
        info.file_size > limits.max_ratio * max(info.compress_size, 1)
    ):
        raise Refused("zip_bomb")
    try:
        return archive.read(info)
    except _ZIP_ERRORS as error:
        raise Refused("malformed") from error


def _parse(xml: bytes) -> Element:
    """Parse XML with DTDs, entities and external references forbidden.

    A declaration naming an encoding Python does not know ("x-bogus": LookupError) or a
    multi-byte one expat cannot take from Python ("UTF-32", "utf-7": ValueError) marks a
    damaged part, as a declaration that contradicts the bytes does (ParseError).
    """
    try:
        return SafeET.fromstring(xml, forbid_dtd=True)
    except DefusedXmlException as error:
        raise Refused("dtd_forbidden") from error
    except (ParseError, LookupError, ValueError) as error:
        raise Refused("malformed") from error
