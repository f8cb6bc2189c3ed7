"""Builders of real CV files (PDF, DOCX, TXT) and of hostile files for tests.

Reuse them in any test that needs a file instead of hand-written bytes:

    make_pdf("Иван Петров\\nPython, SQL")          # one PDF page per "\\f"-separated block
    make_pdf(["Line one", "\\f", "Page two"])       # "\\f" as a line starts a new page
    make_docx(["Paragraph", [["cell", "cell"]]],     # a list item that is a list is a table
              header="Name", textbox="Contacts")
    make_image_pdf("Scanned text")                   # a scan: pixels only, no text layer
    make_placed_pdf([(10, 20, "left"), (70, 20, "right")])  # text at x, y mm, in this order
    make_placed_pages([[(10, 20, "page one")], [(10, 20, "page two")]])

PDFs are drawn by fpdf2 with the DejaVu font (Kazakh, Russian and English letters); DOCX files
are real zips of WordprocessingML parts. `raw_pdf` and `zip_parts` assemble hand-made files for
hostile cases.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGE_BREAK = "\f"

Table = Sequence[Sequence[str]]

# Short realistic CVs (lines fit one PDF line) in each language the engine reads.
SAMPLE_CVS: dict[str, str] = {
    "kk": (
        "Әлия Серікқызы Нұрланова\n"
        "Білімі\n"
        "2014–2018 Л.Н. Гумилев атындағы Еуразия ұлттық университеті, бакалавр\n"
        "Жұмыс тәжірибесі\n"
        "2019–қазіргі уақыт Астана қаласы әкімдігі, бас маман\n"
        "Дағдылары: Power BI, SQL, ЭҚАБЖ, 1С:Кәсіпорын\n"
        "Тілдер: қазақ тілі — ана тілі; орыс тілі — еркін; ағылшын тілі — B2"
    ),
    "ru": (
        "Иванов Сергей Петрович\n"
        "Образование\n"
        "2010–2014 Казахский национальный университет им. аль-Фараби, бакалавр\n"
        "Опыт работы\n"
        "2015–2021 Министерство цифрового развития, главный эксперт\n"
        "Навыки: Python, PostgreSQL, Excel (сводные таблицы), ЕСЭДО\n"
        "Языки: русский — родной; казахский — свободно; английский — B1"
    ),
    "en": (
        "Daniyar Akhmetov\n"
        "Education\n"
        "2012–2016 Nazarbayev University, BSc in Computer Science\n"
        "Experience\n"
        "2016–2023 Ministry of Finance, data analyst\n"
        "Skills: Python, pandas, Tableau, Linux, Git\n"
        "Certificates: CCNA (2021), AWS Cloud Practitioner (2023)"
    ),
    "mixed": (
        "Айгерім Төлеуova / Айгерим Толеуова\n"
        "Тәжірибе / Опыт работы / Experience\n"
        "2018–2024 «Азаматтарға арналған үкімет» / Правительство для граждан, analyst\n"
        "Skills / Навыки / Дағдылар: e-Otinish, eGov.kz, Microsoft Excel, GIS"
    ),
}

# Real hh.kz and LinkedIn CVs as the engine extracts them, one "<name>.txt" each.
HH_LINKEDIN = Path(__file__).parent / "data" / "hh_linkedin"


def _lines(text_or_lines: str | Iterable[str]) -> list[str]:
    """Split a text (or join lines) into lines, keeping "\\f" as its own page-break line."""
    if isinstance(text_or_lines, str):
        text_or_lines = text_or_lines.replace(PAGE_BREAK, f"\n{PAGE_BREAK}\n").split("\n")
    return list(text_or_lines)


def make_pdf(
    text_or_lines: str | Iterable[str],
    *,
    font_size: float = 11,
    user_password: str | None = None,
    owner_password: str | None = None,
    compress: bool = True,
) -> bytes:
    """Draw a text PDF with the DejaVu font: one line per line, "\\f" starts a new page.

    Lines longer than the page width wrap. With ``owner_password`` (and optionally
    ``user_password``) the PDF is RC4-encrypted by fpdf2's standard security handler.
    """
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=font_size)
    pdf.add_page()
    for line in _lines(text_or_lines):
        if line == PAGE_BREAK:
            pdf.add_page()
            continue
        pdf.multi_cell(0, font_size * 0.6, line, align="L", new_x="LMARGIN", new_y="NEXT")
    if owner_password is not None:
        pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    return bytes(pdf.output())


def make_placed_pdf(pieces: Iterable[tuple[float, float, str]], *, font_size: float = 11) -> bytes:
    """Draw a one-page PDF: each (x, y, text) piece at x, y mm from the top left, in order.

    Drawing order is the order of the text in the file, so a two-column CV or a table can be
    drawn row by row (left piece, right piece, next row) as many exporters write them.
    """
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=font_size)
    pdf.add_page()
    for x, y, text in pieces:
        pdf.text(x, y, text)
    return bytes(pdf.output())


def make_placed_pages(
    pages: Iterable[Iterable[tuple[float, float, str]]], *, font_size: float = 11
) -> bytes:
    """Draw one A4 page per list of (x, y, text) pieces, as `make_placed_pdf` draws one."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=font_size)
    for pieces in pages:
        pdf.add_page()
        for x, y, text in pieces:
            pdf.text(x, y, text)
    return bytes(pdf.output())


def make_image_pdf(text: str = "Scanned CV", *, pages: int = 1) -> bytes:
    """Build a scanned-looking PDF: each page is one picture of ``text``, with no text layer."""
    picture = Image.new("L", (600, 200), color=255)
    ImageDraw.Draw(picture).text((20, 80), text, fill=0, font=ImageFont.truetype(str(FONT), 28))
    png = io.BytesIO()
    picture.save(png, format="PNG")
    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        pdf.image(io.BytesIO(png.getvalue()), x=10, y=10, w=180)
    return bytes(pdf.output())


def pdf_stream(data: bytes, extra: bytes = b"", *, deflate: bool = False) -> bytes:
    """Return a PDF stream object body holding ``data`` (Flate-compressed when asked)."""
    if deflate:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), extra, data)


def raw_pdf(objects: Sequence[bytes], *, root: int = 1, trailer: bytes = b"") -> bytes:
    """Assemble a PDF from object bodies (object n is ``objects[n-1]``) with a valid xref table.

    ``trailer`` is spliced into the trailer dictionary, e.g. ``b"/Encrypt 9 0 R"``.
    """
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R %s >>\n" % (len(objects) + 1, root, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = (
    f'xmlns:w="{W}" xmlns:r="{R}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _p(text: str) -> str:
    """Return a WordprocessingML paragraph; a tab character becomes a real <w:tab/>."""
    pieces = (f'<w:t xml:space="preserve">{escape(part)}</w:t>' for part in text.split("\t"))
    runs = "<w:tab/>".join(pieces)
    return f"<w:p><w:r>{runs}</w:r></w:p>"


def _table(rows: Table) -> str:
    """Return a w:tbl whose cells hold one paragraph each ("\\n" in a cell makes paragraphs)."""
    body = "".join(
        "<w:tr>"
        + "".join("<w:tc>" + "".join(_p(p) for p in cell.split("\n")) + "</w:tc>" for cell in row)
        + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl><w:tblPr/>{body}</w:tbl>"


def _textbox(lines: Sequence[str]) -> str:
    """Return a run holding a text box the way Word writes it: DrawingML plus a VML fallback."""
    content = "<w:txbxContent>" + "".join(_p(line) for line in lines) + "</w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def _as_lines(value: str | Sequence[str] | None) -> list[str]:
    """Accept a single string or a list of strings."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def docx_parts(
    paragraphs: Sequence[str | Table] = (),
    *,
    tables: Sequence[Table] = (),
    header: str | Sequence[str] | None = None,
    footer: str | Sequence[str] | None = None,
    textbox: str | Sequence[str] | None = None,
    main_type: str = MAIN_TYPE,
) -> dict[str, bytes]:
    """Return the parts of a minimal valid DOCX as {zip name: bytes}; see `make_docx`."""
    blocks = [_table(item) if not isinstance(item, str) else _p(item) for item in paragraphs]
    blocks += [_table(t) for t in tables]
    if textbox is not None:
        anchor = "<w:p>" + _textbox(_as_lines(textbox)) + "</w:p>"
        blocks.insert(1 if blocks else 0, anchor)
    overrides = [("/word/document.xml", main_type)]
    rels, parts, refs = [], {}, ""
    for kind, lines in (("header", _as_lines(header)), ("footer", _as_lines(footer))):
        if lines:
            part = f"<w:{kind[:3]} {NAMESPACES}>{''.join(_p(x) for x in lines)}</w:{kind[:3]}>"
            parts[f"word/{kind}1.xml"] = part.encode()
            rel_type = f"{DOC_REL}/{kind}"
            rels.append(f'<Relationship Id="r{kind}" Type="{rel_type}" Target="{kind}1.xml"/>')
            overrides.append((f"/word/{kind}1.xml", MAIN_TYPE.replace("document.main", kind)))
            refs += f'<w:{kind}Reference w:type="default" r:id="r{kind}"/>'
    body = "".join(blocks) + f"<w:sectPr>{refs}</w:sectPr>"
    parts["word/document.xml"] = f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>"
    parts["word/document.xml"] = parts["word/document.xml"].encode()
    parts["word/_rels/document.xml.rels"] = (
        f'<Relationships xmlns="{PKG_REL}">{"".join(rels)}</Relationships>'
    ).encode()
    parts["_rels/.rels"] = (
        f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
        f'Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>'
    ).encode()
    parts["[Content_Types].xml"] = _content_types(overrides)
    return dict(sorted(parts.items(), key=lambda item: item[0] != "[Content_Types].xml"))


def _content_types(overrides: Sequence[tuple[str, str]]) -> bytes:
    """Return [Content_Types].xml declaring the given part overrides."""
    ns = "http://schemas.openxmlformats.org/package/2006/content-types"
    items = "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
    defaults = (
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
    )
    return f'<Types xmlns="{ns}">{defaults}{items}</Types>'.encode()


def zip_parts(parts: Mapping[str, bytes], *, level: int = 6) -> bytes:
    """Zip ``parts`` ({name: bytes}) with Deflate, in the given order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def make_docx(
    paragraphs: Sequence[str | Table] = (),
    *,
    tables: Sequence[Table] = (),
    header: str | Sequence[str] | None = None,
    footer: str | Sequence[str] | None = None,
    textbox: str | Sequence[str] | None = None,
) -> bytes:
    """Build a real DOCX file.

    ``paragraphs``: body items in order; a string is a paragraph ("\\t" in it becomes a tab),
    a list of rows (each a list of cell strings) is a table. ``tables`` are appended after
    them. ``header``/``footer``: a string or list of paragraph strings for the default
    header/footer. ``textbox``: paragraph(s) of a floating text box anchored after the first
    body item, written with a DrawingML choice and a VML fallback as Word does.
    """
    return zip_parts(
        docx_parts(paragraphs, tables=tables, header=header, footer=footer, textbox=textbox)
    )
