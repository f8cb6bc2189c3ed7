"""Builders of Word-template DOCX files and Windows plain text, for ``tests.nlp.layouts``.

- ``word_docx``: a CV typed into a Word template: a borderless table beside the photo (a real
  PNG part, in a cell merged down the rows), a header and a footer, headings in a style,
  bullet lists, lines with the dates on a right tab stop ("Главный эксперт, …<tab>2021 – н.в."),
  and text boxes (a sidebar, headings drawn as shapes). ``body`` lists ``[kind, content]``.
- ``cp1251_txt``: a ``.txt`` saved by Notepad on a Russian Windows: Windows-1251, CRLF.
"""

from __future__ import annotations

import io

from PIL import Image

from tests.nlp.builders import DOC_REL, NAMESPACES, _p, _textbox, docx_parts, zip_parts

PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
PHOTO = (  # a 3 x 4 cm picture inline in its cell, as Word inserts a photo
    '<w:r><w:drawing><wp:inline><wp:extent cx="1080000" cy="1440000"/>'
    '<wp:docPr id="1" name="Photo"/><a:graphic><a:graphicData uri="' + PIC + '">'
    f'<pic:pic xmlns:pic="{PIC}"><pic:nvPicPr><pic:cNvPr id="0" name="photo.png"/>'
    '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rPhoto"/></pic:blipFill>'
    '<pic:spPr><a:prstGeom prst="rect"/></pic:spPr></pic:pic>'
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
)
NUMBERING = (
    f'<w:numbering {NAMESPACES}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)
PARAGRAPH = {  # kind of body line: paragraph properties, bold
    "p": ("", False),
    "h": ('<w:pStyle w:val="Heading1"/>', True),
    "bullet": ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>', False),
    "dated": ('<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs>', True),
}


def _para(text: str, kind: str = "p") -> str:
    """A paragraph of one run, styled as ``kind`` of ``PARAGRAPH``."""
    properties, bold = PARAGRAPH[kind]
    run = "<w:r><w:rPr><w:b/></w:rPr>" if bold else "<w:r>"
    return _p(text).replace("<w:p><w:r>", f"<w:p><w:pPr>{properties}</w:pPr>{run}", 1)


def _photo_table(rows: list[list[str]]) -> str:
    """A borderless table of label and value cells, the photo at the left across all rows."""
    cells = [
        f'<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>{PHOTO}</w:p></w:tc>'
        if i == 0
        else "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        for i in range(len(rows))
    ]
    body = "".join(
        f"<w:tr>{photo}<w:tc>{_para(label, 'h')}</w:tc><w:tc>{_para(value)}</w:tc></w:tr>"
        for photo, (label, value) in zip(cells, rows, strict=True)
    )
    return f"<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>{body}</w:tbl>"


def _block(kind: str, content: str | list) -> str:
    """One body item: a text box, the photo table or a paragraph."""
    if kind == "box":
        return f"<w:p>{_textbox(content)}</w:p>"
    if kind == "photo":
        return _photo_table(content)
    return _para(content, kind)


def _png() -> bytes:
    """A small plain picture standing for the applicant's photo."""
    out = io.BytesIO()
    Image.new("RGB", (30, 40), (200, 180, 160)).save(out, format="PNG")
    return out.getvalue()


def word_docx(cv: dict) -> bytes:
    """A Word-template CV with its photo, numbering, header and footer parts."""
    parts = docx_parts(header=cv.get("header"), footer=cv.get("footer"))
    body = "".join(_block(kind, content) for kind, content in cv["body"])
    document = parts["word/document.xml"].decode().replace("<w:body>", f"<w:body>{body}", 1)
    parts["word/document.xml"] = document.encode()
    rels = (
        f'<Relationship Id="rPhoto" Type="{DOC_REL}/image" Target="media/photo.png"/>'
        f'<Relationship Id="rNumbering" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
    )
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", f"{rels}</Relationships>".encode()
    )
    parts["word/media/photo.png"] = _png()
    parts["word/numbering.xml"] = NUMBERING.encode()
    types = (
        '<Default Extension="png" ContentType="image/png"/><Override PartName="/word/numbering'
        '.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml'
        '.numbering+xml"/></Types>'
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", types.encode())
    return zip_parts(parts)


def cp1251_txt(cv: dict) -> bytes:
    """The CV's text in Windows-1251 with CRLF line ends."""
    return cv["text"].replace("\n", "\r\n").encode("cp1251")
