"""File type by magic bytes, never by name, and the polyglot checks that go with it."""

from __future__ import annotations

import re
import struct

from nlp.extraction.limits import Refused

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SNIFF_WINDOW = 1024

# Formats a browser or an operating system would treat as something other than a CV.
_BINARY_MAGICS = (
    b"\x7fELF",  # Linux executable
    b"MZ",  # Windows executable
    b"\xca\xfe\xba\xbe",  # Mach-O fat binary or Java class
    b"\xcf\xfa\xed\xfe",  # Mach-O
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"II*\x00",  # TIFF
    b"MM\x00*",
    b"RIFF",
    b"%!PS",
    b"{\\rtf",
    b"PK\x05\x06",  # empty zip
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ",
    b"\x00asm",
)
_MARKUP = re.compile(
    rb"<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|\?xml)", re.IGNORECASE
)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")
_WORD_97_STREAM = "WordDocument".encode("utf-16-le")
_ODF_MIMETYPE = b"application/vnd.oasis.opendocument."


def sniff(data: bytes) -> str:
    """Return "pdf", "docx" or "txt" from the leading bytes; refuse anything else.

    A PDF that also looks like HTML in its first kilobyte, or a "text" file that hides a PDF
    header or starts with markup, is a polyglot and refused: a browser could be tricked into
    rendering it as a page.
    """
    head = data[:SNIFF_WINDOW]
    if head.startswith(PDF_MAGIC):
        if _MARKUP.search(head):
            raise Refused("unsupported_type")
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        if _is_opendocument(head):
            raise Refused("opendocument")
        return "docx"
    if head.startswith(CFB_MAGIC):
        raise Refused(_compound_file_reason(data))
    if head.startswith(_BINARY_MAGICS) or PDF_MAGIC in head:
        raise Refused("unsupported_type")
    text_head = head
    for bom in _BOMS:
        text_head = text_head.removeprefix(bom)
    if _MARKUP.match(text_head.lstrip().replace(b"\x00", b"")):
        raise Refused("unsupported_type")
    return "txt"


def _is_opendocument(head: bytes) -> bool:
    """Whether a zip is an OpenDocument file: its first entry is a stored "mimetype" naming
    an OpenDocument type, as the ODF specification requires (LibreOffice's .odt).
    """
    if len(head) < 30:
        return False
    name_length, extra_length = struct.unpack_from("<HH", head, 26)
    start = 30 + name_length + extra_length
    return head[30 : 30 + name_length] == b"mimetype" and head[start:].startswith(_ODF_MIMETYPE)


def _compound_file_reason(data: bytes) -> str:
    """Return why an OLE compound file is refused.

    Office wraps a password-protected DOCX in one; Word 97-2003 keeps a .doc in one, under a
    "WordDocument" stream; anything else (.xls, .ppt, .msg) is just not a CV format.
    """
    if _ENCRYPTED_OOXML in data:
        return "encrypted"
    return "legacy_word" if _WORD_97_STREAM in data else "unsupported_type"
