"""DOCX packages: the parts are found the way Word finds them, through the package itself."""

import pytest

from nlp.extract import extract_bytes
from tests.nlp.builders import DOC_REL, W, docx_parts, zip_parts

BODY = ["Ахметова Айгерим Болатовна", "2019–2024 Министерство здравоохранения, главный специалист"]
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
MB = 1024 * 1024


def _moved(main: str, **parts_kw) -> dict[str, bytes]:
    """Return DOCX parts whose main part is stored as ``main``, named so in the package.

    Headers and footers stay in word/; the main part's relationships point at them relative
    to its own folder, as the package rules say.
    """
    parts = docx_parts(BODY, **parts_kw)
    folder, _, file = main.rpartition("/")
    parts[main] = parts.pop("word/document.xml")
    rels = parts.pop("word/_rels/document.xml.rels")
    if folder != "word":
        rels = rels.replace(b'Target="', b'Target="../word/')
    parts[f"{folder}/_rels/{file}.rels"] = rels
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", main.encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b'"/word/document.xml"', f'"/{main}"'.encode()
    )
    return parts


@pytest.mark.parametrize("main", ["word/document2.xml", "doc/main.xml"])
def test_main_part_with_another_name_is_read_with_its_header_and_footer(main):
    result = extract_bytes(zip_parts(_moved(main, header="Резюме", footer="Страница 1")))
    assert (result.status, result.kind) == ("ok", "docx")
    assert result.text.split("\n") == ["Резюме", "Страница 1", *BODY]


def test_stale_word_document_next_to_the_real_main_part_is_not_read():
    parts = _moved("word/document2.xml")
    parts["word/document.xml"] = docx_parts(["СТАРЫЙ ЧЕРНОВИК"])["word/document.xml"]
    assert extract_bytes(zip_parts(parts)).text.split("\n") == BODY


def test_header_the_main_part_does_not_use_is_not_read():
    parts = docx_parts(BODY, header="Резюме")
    parts["word/header2.xml"] = docx_parts(header="СТАРЫЙ ЗАГОЛОВОК")["word/header1.xml"]
    assert extract_bytes(zip_parts(parts)).text.split("\n") == ["Резюме", *BODY]


def test_spreadsheet_package_renamed_docx_is_not_a_word_document():
    parts = docx_parts(BODY)
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"xl/workbook.xml")
    parts["xl/workbook.xml"] = b"<workbook/>"
    result = extract_bytes(zip_parts(parts))
    assert (result.status, result.reason.code) == ("rejected", "unsupported_type")


def test_strict_open_xml_document_is_read_like_a_transitional_one():
    parts = docx_parts(BODY, header="Резюме", footer="Страница 1")
    for name, data in parts.items():
        data = data.replace(W.encode(), STRICT_W.encode())
        parts[name] = data.replace(DOC_REL.encode() + b"/", STRICT_REL.encode() + b"/")
    result = extract_bytes(zip_parts(parts))
    assert (result.status, result.text.split("\n")) == ("ok", ["Резюме", "Страница 1", *BODY])


def test_large_uncompressed_picture_is_not_taken_for_a_zip_bomb():
    parts = docx_parts(BODY)
    parts["word/media/image1.bmp"] = b"BM" + bytes(52) + b"\xff" * (4 * MB)  # a white page scan
    result = extract_bytes(zip_parts(parts))
    assert (result.status, result.text.split("\n")) == ("ok", BODY)


def test_text_part_compressed_beyond_the_ratio_is_still_a_zip_bomb():
    parts = docx_parts(BODY)
    document = parts["word/document.xml"]
    parts["word/document.xml"] = document.replace(b"<w:body>", b"<w:body>" + b" " * (8 * MB))
    result = extract_bytes(zip_parts(parts, level=9))
    assert (result.status, result.reason.code) == ("rejected", "zip_bomb")
