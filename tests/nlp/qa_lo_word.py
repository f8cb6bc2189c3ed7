"""Word's page formatting in raw WordprocessingML, for QA pass LO (``qa_lo_docx``): a styles
part with Times New Roman 12 as Word's Russian templates set it, A4 pages with GOST margins,
tab stops with leaders, justified and indented paragraphs, tables with borders and column
widths, list numbering with hanging indents, a header and a footer with page fields and a
floating text box, so that LibreOffice lays the files out as Word would before "Save as PDF".
"""

from tests.nlp.docx_xml import NAMESPACES, docx, p, r

# Text width of an A4 page with 3 cm left and 1.5 cm right margins, in twentieths of a point.
TEXT_WIDTH = 9355
STYLES = (
    f"<w:styles {NAMESPACES}><w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" '
    'w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
    '<w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
    '<w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph">'
    '<w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/>'
    "</w:pPr></w:style></w:styles>"
)


def _level(number_format: str, text: str, font: str = "") -> str:
    """Return level 0 of a list: its format, its text and a hanging indent of 0.63 cm."""
    props = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return (
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>{props}</w:lvl>'
    )


BULLET = "\uf0b7"  # the bullet of Symbol's private-use range, as Word inserts it
# List 1: Symbol-font bullets; list 2: numbers "1.", "2.", as Word's list buttons make them.
NUMBERING = (
    f"<w:numbering {NAMESPACES}>"
    f'<w:abstractNum w:abstractNumId="0">{_level("bullet", BULLET, "Symbol")}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="1">{_level("decimal", "%1.")}</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
)


def b(text: str) -> str:
    """Return a bold run."""
    return r(text, "<w:b/>")


def i(text: str) -> str:
    """Return an italic run."""
    return r(text, "<w:i/>")


def para(*inline: str, jc: str = "", tabs: str = "", indent: str = "", space: int = 0) -> str:
    """Return a paragraph aligned ``jc``, with tab stops, an indent and space before it."""
    props = tabs and f"<w:tabs>{tabs}</w:tabs>"
    props += f'<w:spacing w:before="{space}" w:after="0"/>' if space else ""
    props += indent and f"<w:ind {indent}/>"
    props += jc and f'<w:jc w:val="{jc}"/>'
    return p(*inline, props=props)


def stop(position: int, kind: str = "left", leader: str = "") -> str:
    """Return a tab stop at ``position`` twips, ``kind`` left/right/center, with a leader."""
    lead = f' w:leader="{leader}"' if leader else ""
    return f'<w:tab w:val="{kind}"{lead} w:pos="{position}"/>'


def listed(text: str, num: int = 1, *runs: str, tabs: str = "", jc: str = "") -> str:
    """Return a paragraph of list ``num`` (1 bullets, 2 numbers), plain text or runs, with
    tab stops and an alignment."""
    numbering = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    props = f'<w:pStyle w:val="ListParagraph"/>{numbering}' + (tabs and f"<w:tabs>{tabs}</w:tabs>")
    props += jc and f'<w:jc w:val="{jc}"/>'
    return p(*((text,) if text else ()), *runs, props=props)


def grid(rows: list[str], widths: list[int], *, borders: bool = True) -> str:
    """Return a fixed-layout table with the given column widths, ruled with single lines."""
    edges = ("top", "left", "bottom", "right", "insideH", "insideV")
    rule = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for e in edges)
    none = "".join(f'<w:{e} w:val="nil"/>' for e in edges)
    props = (
        f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f"<w:tblBorders>{rule if borders else none}</w:tblBorders>"
        '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    )
    columns = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    return f"<w:tbl>{props}<w:tblGrid>{columns}</w:tblGrid>{''.join(rows)}</w:tbl>"


def page_field(kind: str = "PAGE") -> str:
    """Return a page-number field (PAGE or NUMPAGES) with its last result."""
    return f'<w:fldSimple w:instr=" {kind} \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def text_box(blocks: str, *, left_cm: float, top_cm: float, width_cm: float, height_cm: float):
    """Return a run holding a floating text box placed on the page, as Word writes one: a
    DrawingML shape and its VML fallback, with text wrapping square around it."""
    emu = 360000
    x, y, cx, cy = (round(v * emu) for v in (left_cm, top_cm, width_cm, height_cm))
    content = f"<w:txbxContent>{blocks}</w:txbxContent>"
    drawing = (
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page">'
        f'<wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page">'
        f'<wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Надпись 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EDEDED"/>'
        f"</a:solidFill></wps:spPr><wps:txbx>{content}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t"/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
    )
    style = (
        f"position:absolute;margin-left:{left_cm}cm;margin-top:{top_cm}cm;width:{width_cm}cm;"
        f"height:{height_cm}cm;mso-position-horizontal-relative:page;"
        "mso-position-vertical-relative:page"
    )
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f"{drawing}</w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape type="#_x0000_t202" style="{style}" fillcolor="#ededed"><v:textbox>'
        f"{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def word_file(body: str, *, header: str = "", footer: str = "") -> bytes:
    """Zip a DOCX of ``body`` with the styles and numbering parts, an A4 section with GOST
    margins and, when given, a default header and footer (paragraphs)."""
    parts = {"styles": STYLES, "numbering": NUMBERING}
    references = ""
    for kind, root, blocks in (("header", "hdr", header), ("footer", "ftr", footer)):
        if blocks:
            references += f'<w:{kind}Reference w:type="default" r:id="rId{len(parts) + 10}"/>'
            parts[kind] = f"<w:{root} {NAMESPACES}>{blocks}</w:{root}>"
    section = (
        f'{references}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" '
        'w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>'
    )
    return docx(body, parts, section)
