"""Small builders of raw WordprocessingML, for DOCX files with the structures Word, LibreOffice
and HR templates really write: merged and spanning cells, nested tables, automatic lists,
content controls, sections, notes and comments parts (``make_docx`` writes only plain
paragraphs and tables).

    docx(p("Иванов Сергей") + tbl(tr("2019–2023", tc("Акимат", merge="restart"))))
"""

from xml.sax.saxutils import escape

from tests.nlp.builders import DOC_REL, MAIN_TYPE, NAMESPACES, PKG_REL, zip_parts

__all__ = ["NAMESPACES", "NUMBERING", "docx", "item", "p", "r", "sdt", "tbl", "tc", "tr"]

_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."
W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
MAILTO = "mailto:n.kenzhebaev@mail.kz"


def r(text: str, props: str = "") -> str:
    """Return a run of ``text``; a tab character becomes <w:tab/>."""
    pieces = (f'<w:t xml:space="preserve">{escape(part)}</w:t>' for part in text.split("\t"))
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{'<w:tab/>'.join(pieces)}</w:r>"


def p(*inline: str, props: str = "") -> str:
    """Return a paragraph; a plain string item is a run, an item starting with "<" raw XML."""
    body = "".join(item if item.startswith("<") else r(item) for item in inline)
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{body}</w:p>"


def item(text: str, num: int, level: int = 0) -> str:
    """Return a paragraph of the automatic list ``num`` (1 bullets, 2 numbers), as Word does."""
    numbering = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
    return p(text, props=f'<w:pStyle w:val="ListParagraph"/>{numbering}')


def tc(*blocks: str, span: int = 1, merge: str | None = None) -> str:
    """Return a cell of paragraphs (plain strings) or raw blocks; ``merge`` "restart"/"continue"."""
    props = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    if merge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vMerge/>"
    content = "".join(b if b.startswith("<") else p(b) for b in blocks) or "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"


def tr(*cells: str) -> str:
    """Return a row of cells; a plain string is a one-paragraph cell."""
    return "<w:tr>" + "".join(c if c.startswith("<") else tc(c) for c in cells) + "</w:tr>"


def tbl(*rows: str, columns: int = 3) -> str:
    """Return a table with a grid of ``columns`` columns."""
    grid = "".join('<w:gridCol w:w="3000"/>' for _ in range(columns))
    props = '<w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def sdt(content: str, alias: str = "", kind: str = "") -> str:
    """Return a content control around ``content`` (inline runs, paragraphs, rows or cells)."""
    props = f'<w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>' if alias else ""
    return f"<w:sdt><w:sdtPr>{props}{kind}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


# Numbering definitions: list 1 is Symbol-font bullets, lists 2 and 3 are numbered "1.", "2.".
NUMBERING = (
    f"<w:numbering {NAMESPACES}>"
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
    '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
    "</w:numbering>"
)


def docx(body: str, parts: dict[str, str] | None = None, section: str = "") -> bytes:
    """Zip a DOCX whose body is ``body``; ``parts`` ({kind: xml}) are related from the main part.

    A kind is a relationship type and file name: numbering, footnotes, endnotes, comments,
    glossaryDocument (written to word/glossary/document.xml).
    """
    files, rels, types = {}, [], [("/word/document.xml", MAIN_TYPE)]
    for number, (kind, xml) in enumerate((parts or {}).items()):
        name = "glossary/document.xml" if kind == "glossaryDocument" else f"{kind}.xml"
        files[f"word/{name}"] = xml.encode()
        rels.append(
            f'<Relationship Id="rId{number + 10}" Type="{DOC_REL}/{kind}" Target="{name}"/>'
        )
        content = "document.glossary+xml" if kind == "glossaryDocument" else f"{kind}+xml"
        types.append((f"/word/{name}", _TYPE + content))
    rels.append(
        f'<Relationship Id="rIdMail" Type="{DOC_REL}/hyperlink" Target="{MAILTO}" '
        'TargetMode="External"/>'
    )
    body += f"<w:sectPr>{section}</w:sectPr>"
    document = f"<w:document {NAMESPACES} {W15}><w:body>{body}</w:body></w:document>"
    files["word/document.xml"] = document.encode()
    files["word/_rels/document.xml.rels"] = (
        f'<Relationships xmlns="{PKG_REL}">{"".join(rels)}</Relationships>'
    ).encode()
    files["_rels/.rels"] = (
        f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
        f'Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>'
    ).encode()
    overrides = "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in types)
    files["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}</Types>"
    ).encode()
    return zip_parts(dict(sorted(files.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))
