"""Plain-text CVs: UTF-8 (with or without BOM), UTF-16/32 with BOM, Windows-1251 or KZ-1048.

Kazakh letters (ә ғ қ ң ө ұ ү һ) do not exist in Windows-1251. Kazakh Windows text uses
KZ-1048 (STRK 1048-2002), which is Windows-1251 with 16 rarely used Serbian/Ukrainian letters
replaced by the Kazakh ones. Both decode any byte, so the choice is made by the bytes
themselves: when those 16 positions occur inside words, the text is Kazakh (KZ-1048).
"""

from __future__ import annotations

import codecs
import re

from nlp.extraction.limits import Refused

_BOM_CODECS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Byte positions where KZ-1048 has a Kazakh letter and Windows-1251 has a foreign one.
_KAZAKH = rb"\x8d\x8e\x9d\x9e\xa1\xa2\xa3\xa5\xaa\xaf\xb4\xba\xbc\xbd\xbe\xbf"
_CYRILLIC = rb"\xc0-\xff\xa8\xb8\xb2\xb3" + _KAZAKH
_KAZAKH_IN_WORD = re.compile(rb"[%s][%s]|[%s][%s]" % (_KAZAKH, _CYRILLIC, _CYRILLIC, _KAZAKH))
# Control, surrogate and private-use characters: no CV text has them, binary data does.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\uf8ff\ufffe\uffff]")
MAX_CONTROL_SHARE = 0.01


def extract_txt(data: bytes) -> tuple[str, int]:
    """Decode a text file; refuse binary content that merely lacks a known magic number.

    A NUL byte is judged like any other control character, with or without a BOM: a stray
    one (some exporters end the file with it) is dropped by `tidy`, many of them mean binary
    data (or UTF-16 without a BOM, which is refused as before).
    """
    text = _decode(data)
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise Refused("binary_text")
    return text, 0


def _decode(data: bytes) -> str:
    """Return the text of ``data`` in the encoding its bytes show."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as error:
                raise Refused("binary_text") from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = "kz1048" if _KAZAKH_IN_WORD.search(data) else "cp1251"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise Refused("binary_text") from error
