"""Mutations of a DOCX's XML parts: cut, flipped, nested deep, mis-typed, mis-encoded.

Each mutation takes a seeded ``random.Random`` and the parts of a valid DOCX and returns the
bytes of a damaged file, zipped honestly (`mutations_zip.write_zip`) so that only the XML
is wrong.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

from tests.nlp.mutations_zip import DOCUMENT, Parts, entries_of, flip, pick, write_zip


def _with(parts: Parts, name: str, data: bytes) -> bytes:
    """The zip of ``parts`` with one part replaced."""
    return write_zip(entries_of({**parts, name: data}))


def truncate_xml(rng: random.Random, parts: Parts) -> bytes:
    """One part cut anywhere."""
    name = pick(rng, parts)
    return _with(parts, name, parts[name][: rng.randrange(len(parts[name]) + 1)])


def corrupt_xml(rng: random.Random, parts: Parts) -> bytes:
    """A few random bytes of one part changed."""
    name = pick(rng, parts)
    return _with(parts, name, flip(rng, parts[name], rng.choice([1, 3, 20])))


def huge_attribute(rng: random.Random, parts: Parts) -> bytes:
    """An attribute of up to 6 MB of incompressible letters on an element of the body."""
    size = rng.choice([1000, 100_000, 1_000_000, 6_000_000])
    value = base64.b64encode(rng.randbytes(size * 3 // 4))
    target = rng.choice([b"<w:body>", b"<w:p>", b"<w:r>", b"<w:t "])
    xml = parts[DOCUMENT].replace(target, target[:-1] + b' w:val="' + value + b'">', 1)
    return _with(parts, DOCUMENT, xml.replace(b'">"', b'"', 1))


_NESTS = (
    (b"<w:sdt><w:sdtContent>", b"</w:sdtContent></w:sdt>"),
    (b"<w:tbl><w:tr><w:tc>", b"<w:p/></w:tc></w:tr></w:tbl>"),
    (b"<w:r>", b"</w:r>"),
    (b"<w:hyperlink>", b"</w:hyperlink>"),
    (b"<w:p><w:r><w:txbxContent>", b"</w:txbxContent></w:r></w:p>"),
    (b"<w:customXml>", b"</w:customXml>"),
    (b"<w:x>", b"</w:x>"),
)


def deep_nesting(rng: random.Random, parts: Parts) -> bytes:
    """The body wrapped ``depth`` times in one container element."""
    depth = rng.choice([50, 300, 990, 1000, 3000, 20_000, 200_000])
    opening, closing = rng.choice(_NESTS)
    xml = parts[DOCUMENT]
    start, end = xml.index(b"<w:body>") + 8, xml.index(b"<w:sectPr")
    if rng.random() < 0.5:
        xml = xml[:start] + opening * depth + xml[start:end] + closing * depth + xml[end:]
    else:
        xml = (
            xml[:start]
            + opening * depth
            + b"<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
            + closing * depth
            + xml[start:]
        )
    return _with(parts, DOCUMENT, xml)


_TYPES = (
    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    b"",
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"x" * 100_000,
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"APPLICATION/VND.OPENXMLFORMATS-OFFICEDOCUMENT.WORDPROCESSINGML.DOCUMENT.MAIN+XML",
)


def wrong_content_type(rng: random.Random, parts: Parts) -> bytes:
    """The main part declared as another type, or not declared, or the types part broken."""
    types = parts["[Content_Types].xml"]
    start = types.index(b'PartName="/word/document.xml" ContentType="') + 43
    end = types.index(b'"', start)
    choice = rng.randrange(4)
    if choice == 0:
        types = types[:start] + rng.choice(_TYPES) + types[end:]
    elif choice == 1:
        types = types.replace(b"/word/document.xml", rng.choice([b"/word/other.xml", b"", b"/"]))
    elif choice == 2:
        types = types.replace(
            b'Extension="xml" ContentType="application/xml"',
            b'Extension="xml" ContentType="' + _TYPES[0] + b'"',
        )
    else:
        types = b"<Types/>" if rng.random() < 0.5 else types.replace(b"<Types", b"<Typ")
    return _with(parts, "[Content_Types].xml", types)


_BAD_BYTES = (b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80", b"\xe2\x82")


_DECLARATIONS = (b"utf-16", b"cp1251", b"x-bogus", b"utf-7", b"ascii", b"UTF-32", b"latin-1")


def invalid_utf8(rng: random.Random, parts: Parts) -> bytes:
    """Bytes no UTF-8 decoder accepts, a declaration of another encoding, or a wrong BOM."""
    xml = parts[DOCUMENT]
    if rng.random() < 0.5:
        at = xml.index(b"<w:t") + rng.randrange(200)
        xml = xml[:at] + rng.choice(_BAD_BYTES) + xml[at:]
    elif rng.random() < 0.5:
        xml = b'<?xml version="1.0" encoding="' + rng.choice(_DECLARATIONS) + b'"?>' + xml
    else:
        xml = rng.choice([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf"]) + xml
    return _with(parts, DOCUMENT, xml)


_REFERENCES = (
    b"&#0;",
    b"&#x1;",
    b"&#xD800;",
    b"&#x110000;",
    b"&#99999999999;",
    b"&#xFFFE;",
    b"&undefined;",
    b"&amp;amp;",
    b"&#x202E;",
    b"&#65;" * 50_000,
    b"&#x;",
    b"&#;",
    b"&lt;script&gt;",
    b"&#xAD;" * 1000,
)


def entity_reference(rng: random.Random, parts: Parts) -> bytes:
    """Character references to no character, unknown entities, or an internal DTD."""
    xml = parts[DOCUMENT]
    if rng.random() < 0.2:
        doctype = b'<!DOCTYPE w:document [<!ENTITY e "' + b"x" * rng.choice([1, 10_000]) + b'">]>'
        return _with(parts, DOCUMENT, doctype + xml.replace(b"</w:t>", b"&e;</w:t>", 1))
    at = xml.index(b"</w:t>")
    return _with(parts, DOCUMENT, xml[:at] + rng.choice(_REFERENCES) + xml[at:])


def hostile_relationships(rng: random.Random, parts: Parts) -> bytes:
    """Relationships whose targets escape the package, loop, or number thousands."""
    rels = "word/_rels/document.xml.rels"
    kind = rng.choice([b"header", b"footer", b"footnotes", b"officeDocument"])
    target = rng.choice(
        [
            b"../../../etc/passwd",
            b"/",
            b"",
            b"%00",
            b"%2e%2e/%2e%2e/x",
            b"document.xml",
            b"../[Content_Types].xml",
            b"file:///etc/passwd",
            b"_rels/document.xml.rels",
            b"%ff%fe",
            b"header1.xml#x",
        ]
    )
    count = rng.choice([1, 10, 5000])
    items = b"".join(
        b'<Relationship Id="x%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/%s" Target="%s"/>' % (i, kind, target)
        for i in range(count)
    )
    xml = parts.get(rels, b"<Relationships>").replace(b"</Relationships>", b"")
    return _with(parts, rng.choice([rels, "_rels/.rels"]), xml + items + b"</Relationships>")


def many_paragraphs(rng: random.Random, parts: Parts) -> bytes:
    """Very many paragraphs or table cells: too much text, or a big table; or megabytes of
    varied words that compress well enough to pass the bomb checks."""
    if rng.random() < 0.2:
        words = [b"akimat", b"expert", b"2015", b"\xd0\xbc\xd0\xb0\xd0\xbc\xd0\xb0\xd0\xbd"]
        text = b" ".join(rng.choices(words, k=rng.choice([100_000, 1_000_000, 3_000_000])))
        body = b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"
        return _with(parts, DOCUMENT, parts[DOCUMENT].replace(b"<w:body>", b"<w:body>" + body, 1))
    unit = rng.choice(
        [
            b"<w:p><w:r><w:t>01.2015 - 02.2016 Akimat</w:t></w:r></w:p>",
            b"<w:p/>",
            b"<w:tbl><w:tr>" + b"<w:tc><w:p/></w:tc>" * 60 + b"</w:tr></w:tbl>",
        ]
    )
    xml = parts[DOCUMENT].replace(b"<w:body>", b"<w:body>" + unit * rng.choice([100, 10_000]), 1)
    return _with(parts, DOCUMENT, xml)


MUTATIONS: dict[str, Callable[[random.Random, Parts], bytes]] = {
    f.__name__: f
    for f in (
        truncate_xml,
        corrupt_xml,
        huge_attribute,
        deep_nesting,
        wrong_content_type,
        invalid_utf8,
        entity_reference,
        hostile_relationships,
        many_paragraphs,
    )
}
