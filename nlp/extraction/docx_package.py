"""Where a DOCX keeps its text: found through the package's relationships, never by name.

Word opens a package at `_rels/.rels`, follows the officeDocument relationship to the main
part and that part's own relationships to its headers, footers and notes. A reader that
trusts fixed names instead rejects valid files whose main part is called otherwise and reads a
stale `word/document.xml` left beside the real one. Strict OOXML (ISO/IEC 29500 Strict) uses
other relationship-type URIs but the same content types, so both spellings are accepted.

Footnotes and endnotes are the candidate's own text and are read after the body. Comments
(a reviewer's notes on the file), the glossary of a template's building blocks and any other
part are never read, so that nobody's remark reaches the CV text the commission sees.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from urllib.parse import unquote
from xml.etree.ElementTree import Element

CONTENT_TYPES = "[Content_Types].xml"
PACKAGE_RELS = "_rels/.rels"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_REL_TYPE_PREFIXES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/",
)
_WORD_MAIN = re.compile(
    r"application/vnd\.openxmlformats-officedocument\.wordprocessingml\.(document|template)"
    r"\.main\+xml",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(\d*)\.[^./]*$")
# Parts read around the body: headers and footers first, notes after it (see `text_parts`).
_BEFORE, _AFTER = ("header", "footer"), ("footnotes", "endnotes")
# How Word names those parts: used only for a main part without any relationships part.
_CONVENTIONAL = re.compile(r"(header|footer|footnotes|endnotes)\d*\.xml")


def rels_name(part: str) -> str:
    """Return the name of the relationships part of ``part`` (word/_rels/document.xml.rels)."""
    folder, _, file = part.rpartition("/")
    return posixpath.join(folder, "_rels", f"{file}.rels")


def main_part(
    content_types: Element, package_rels: Element | None, names: Mapping[str, str]
) -> str | None:
    """Return the zip name of the Word main part, or None when the package has no such part.

    The officeDocument relationship names it; the [Content_Types].xml Override is the fallback
    only for packages written without one. Either way the part must be declared a Word
    document, so a spreadsheet package renamed .docx is not read as one.
    """
    types = _content_types(content_types)
    candidates = [target for kind, target in _targets(package_rels, "") if kind == "officeDocument"]
    if not candidates:
        candidates = [name for name, value in types.items() if _WORD_MAIN.fullmatch(value)]
    for candidate in candidates:
        name = names.get(candidate.lower())
        if name and _WORD_MAIN.fullmatch(_content_type(types, name)):
            return name
    return None


def text_parts(main: str, main_rels: Element | None, names: Mapping[str, str]) -> list[str]:
    """Return the parts holding text, in reading order: headers, footers, main part, notes.

    A footer names the candidate or the document ("Жақсыбеков Е.М. – түйіндеме"): read first,
    it joins the personal lines; read last, it would join the last section (a certificate).
    """
    related: dict[str, list[str]] = {kind: [] for kind in (*_BEFORE, *_AFTER)}
    targets = _named(main, names) if main_rels is None else _targets(main_rels, main)
    for kind, target in targets:
        name = names.get(target.lower())
        if kind in related and name:
            related[kind].append(name)
    before = [name for kind in _BEFORE for name in sorted(related[kind], key=_numbered)]
    after = [name for kind in _AFTER for name in related[kind]]
    return list(dict.fromkeys([*before, main, *after]))


def _targets(rels: Element | None, source: str) -> list[tuple[str, str]]:
    """Return (relationship kind, zip name) of the internal targets in a relationships part."""
    found = []
    for relationship in rels.iter(_RELATIONSHIP) if rels is not None else ():
        kind = relationship.get("Type", "")
        target = relationship.get("Target", "")
        if relationship.get("TargetMode") == "External" or not kind.startswith(_REL_TYPE_PREFIXES):
            continue
        found.append((kind.rpartition("/")[2], _resolve(source, target)))
    return found


def _resolve(source: str, target: str) -> str:
    """Return the zip name a relationship target means, relative to the part that holds it."""
    path = unquote(target)
    if not path.startswith("/"):
        path = posixpath.join(posixpath.dirname(source), path)
    return posixpath.normpath(path).lstrip("/")


def _named(main: str, names: Mapping[str, str]) -> list[tuple[str, str]]:
    """Return (kind, name) of the parts beside ``main`` that Word's naming makes related."""
    folder = posixpath.dirname(main)
    found = []
    for name in names.values():
        match = _CONVENTIONAL.fullmatch(posixpath.basename(name))
        if match and posixpath.dirname(name) == folder:
            found.append((match[1], name))
    return found


def _content_types(root: Element) -> dict[str, str]:
    """Return {lower-case zip name or ".ext": content type} from [Content_Types].xml."""
    types = {}
    for default in root.iter(_TYPES + "Default"):
        types["." + default.get("Extension", "").lower()] = default.get("ContentType", "")
    for override in root.iter(_TYPES + "Override"):
        name = unquote(override.get("PartName", "")).lstrip("/").lower()
        types[name] = override.get("ContentType", "")
    return types


def _content_type(types: Mapping[str, str], name: str) -> str:
    """Return the content type of the part ``name``: its Override, else its extension's Default."""
    return types.get(name.lower()) or types.get(posixpath.splitext(name)[1].lower(), "")


def _numbered(name: str) -> tuple[int, str]:
    """Sort key putting header2.xml before header10.xml."""
    match = _NUMBER.search(name)
    return (int(match[1]) if match and match[1] else 0, name)
