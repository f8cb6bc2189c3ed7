"""Text of a WordprocessingML part, with paragraphs as lines and table cells tab-separated.

Word writes a text box twice (a DrawingML choice and a VML fallback): only one of them is
read (`_alternative`). Deleted revisions, field codes, the placeholder text of unfilled
template controls, the separators of a notes part and properties are skipped; soft hyphens
vanish, no-break hyphens read "-" and symbol-font bullets "•" (`_symbol`). Text-box
paragraphs follow the paragraph they are anchored in. Strict OOXML names the same elements in
another namespace: it is renamed to the transitional one first. Tables: `docx_tables`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from nlp.extraction.docx_tables import table_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STRICT_W = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL = W + "p", W + "tbl"
TXBX = W + "txbxContent"
SDT, SDT_PR, PLACEHOLDER = W + "sdt", W + "sdtPr", W + "showingPlcHdr"
RUN, RUN_PR, HIDDEN = W + "r", W + "rPr", W + "vanish"
FLD_CHAR, FLD_TYPE = W + "fldChar", W + "fldCharType"
# Prefixes of a Choice whose content this reader understands (Word writes them with these
# prefixes): text boxes, shapes, groups and canvases, and Word 2010-2013 additions.
KNOWN_REQUIRES = frozenset({"wps", "wpg", "wpc", "wpi", "wp14", "w14", "w15", "a14", "v"})
_OFF = frozenset({"0", "false", "off"})
_CHARS = {
    W + "tab": "\t",
    W + "ptab": "\t",
    W + "br": "\n",
    W + "cr": "\n",
    W + "noBreakHyphen": "-",
}
SYM = W + "sym"
# Codes of the list bullets Word inserts from the Symbol and Wingdings fonts (w:sym), in those
# fonts' private-use range: read as "•". Other private-use codes have no Unicode meaning.
SYMBOL_BULLETS = frozenset({0xF06E, 0xF076, 0xF09F, 0xF0A7, 0xF0A8, 0xF0B7, 0xF0D8, 0xF0FC})
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings")
# Footnotes and endnotes of a notes part: the separator lines Word draws have a w:type.
_NOTES = frozenset({W + "footnote", W + "endnote"})
_SKIP = frozenset(
    {
        W + "delText",
        W + "del",
        W + "moveFrom",
        W + "instrText",
        W + "pPr",
        W + "rPr",
        W + "sectPr",
        W + "tblPr",
        W + "trPr",
        W + "tcPr",
    }
)


def part_text(root: Element) -> str:
    """Return the text of a document, header, footer or notes part."""
    _as_transitional(root)
    lines: list[str] = []
    _blocks(root, lines)
    return "\n".join(lines)


def _as_transitional(root: Element) -> None:
    """Rename Strict OOXML elements and attributes to their transitional names, in place."""
    for element in root.iter():
        if element.tag.startswith(STRICT_W):
            element.tag = W + element.tag.removeprefix(STRICT_W)
        for key in [key for key in element.attrib if key.startswith(STRICT_W)]:
            element.attrib[W + key.removeprefix(STRICT_W)] = element.attrib.pop(key)


def _content(element: Element) -> Element | None:
    """Return what stands in for ``element`` when it is read, or None to skip it.

    Skipped: properties and deleted text (`_SKIP`), a content control still showing its
    placeholder ("Щелкните или коснитесь здесь…"), which is the template's text, not the
    candidate's, and hidden text (w:vanish), which Word neither shows nor prints: a template's
    instructions, or keywords hidden for a machine reader. An mc:AlternateContent stands for
    the alternative that is read.
    """
    if element.tag in _SKIP or (
        element.tag in _NOTES and element.get(W + "type", "normal") != "normal"
    ):
        return None
    if element.tag == SDT:
        return None if _on(_property(element, SDT_PR, PLACEHOLDER)) else element
    if element.tag == RUN:
        return None if _on(_property(element, RUN_PR, HIDDEN)) else element
    if element.tag == MC + "AlternateContent":
        return _alternative(element)
    return element


def _property(element: Element, properties: str, tag: str) -> Element | None:
    """Return the property ``tag`` in the ``properties`` child of ``element`` (found one tag at
    a time: a path lookup costs several times more, and this runs for every run of text)."""
    found = element.find(properties)
    return None if found is None else found.find(tag)


def _on(flag: Element | None) -> bool:
    """Return whether an on/off property is present and not switched off (w:val="0")."""
    return flag is not None and flag.get(W + "val", "1").lower() not in _OFF


def _alternative(element: Element) -> Element | None:
    """Return the first Choice whose required namespaces are known, else the Fallback."""
    for choice in element.findall(MC + "Choice"):
        if set(choice.get("Requires", "").split()) <= KNOWN_REQUIRES:
            return choice
    return element.find(MC + "Fallback")


def _blocks(element: Element, lines: list[str]) -> None:
    """Append the lines of block-level content: paragraphs, tables and their containers."""
    for child in element:
        if child.tag == P:
            _paragraph(child, lines)
        elif child.tag == TBL:
            lines.extend(table_lines(child, _cell_lines))
        elif (content := _content(child)) is not None:
            _blocks(content, lines)


@dataclass
class _Line:
    """What a paragraph collects: its characters, its text boxes and its open fields.

    ``fields`` holds, for each complex field begun and not yet ended, whether its code is
    still being read: a nested field's result is part of the outer field's code
    (IF «MERGEFIELD Город» = …), so text is kept only while no open field is in its code.
    """

    parts: list[str] = field(default_factory=list)
    boxes: list[Element] = field(default_factory=list)
    fields: list[bool] = field(default_factory=list)

    def field_char(self, kind: str | None) -> None:
        """Follow a w:fldChar: begin opens a field's code, separate its result, end closes it."""
        if kind == "begin":
            self.fields.append(True)
        elif kind == "separate" and self.fields:
            self.fields[-1] = False
        elif kind == "end" and self.fields:
            self.fields.pop()

    def add(self, text: str) -> None:
        """Keep ``text`` unless it belongs to a field code."""
        if not any(self.fields):
            self.parts.append(text)


def _paragraph(paragraph: Element, lines: list[str]) -> None:
    """Append a paragraph as one line, then the paragraphs of text boxes anchored in it."""
    line = _Line()
    _inline(paragraph, line)
    if line.parts or not line.boxes:
        lines.append("".join(line.parts))
    for box in line.boxes:
        _blocks(box, lines)


def _inline(element: Element, line: _Line) -> None:
    """Collect the characters of runs, hyperlinks, fields and insertions in document order."""
    for child in element:
        tag = child.tag
        if tag == W + "t":
            line.add(child.text or "")
        elif tag in _CHARS:
            line.add(_CHARS[tag])
        elif tag == SYM:
            line.add(_symbol(child))
        elif tag == FLD_CHAR:
            line.field_char(child.get(FLD_TYPE))
        elif tag == TXBX:
            line.boxes.append(child)
        elif (content := _content(child)) is not None:
            _inline(content, line)


def _symbol(sym: Element) -> str:
    """Return the character a w:sym shows: a symbol-font bullet as "•", else its code point."""
    try:
        code = int(sym.get(W + "char", ""), 16)
    except ValueError:
        return ""
    if code < 0x100 and sym.get(W + "font", "").lower().startswith(_SYMBOL_FONTS):
        code += 0xF000  # the same character, written without the private-use offset
    if code in SYMBOL_BULLETS:
        return "•"
    unreadable = code < 0x20 or 0xD800 <= code <= 0xF8FF or code > 0x10FFFF  # surrogates too
    return "" if unreadable else chr(code)


def _cell_lines(cell: Element) -> list[str]:
    """Return the non-blank paragraphs of a table cell, its line breaks kept as "\n"."""
    cell_lines: list[str] = []
    _blocks(cell, cell_lines)
    return [text for text in cell_lines if text.strip()]
