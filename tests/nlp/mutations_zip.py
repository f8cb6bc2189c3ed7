"""Mutations of a DOCX's zip records: entries dropped, doubled or renamed, and headers that lie.

Each mutation takes a seeded ``random.Random`` and the parts of a valid DOCX ({zip name:
bytes}, as `builders.docx_parts` returns them) and returns the bytes of a damaged file. The
zip is written by hand (`write_zip`) so that sizes, CRCs, methods, flags, extra fields,
offsets and comments are all the mutation's to choose. XML mutations: `mutations_xml`.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace

Parts = dict[str, bytes]
DOCUMENT = "word/document.xml"


@dataclass(frozen=True)
class Entry:
    """One zip entry as written: every header field may differ from the truth."""

    name: bytes
    data: bytes
    method: int = 8
    packed: bytes | None = None  # the bytes stored; None: ``data`` packed by ``method``
    crc: int | None = None
    size: int | None = None
    csize: int | None = None
    flags: int = 0
    extra: bytes = b""
    offset: int | None = None  # central directory's idea of the local header's offset


def _packed(entry: Entry) -> bytes:
    """The bytes an entry stores."""
    if entry.packed is not None:
        return entry.packed
    if entry.method == 8:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        return compressor.compress(entry.data) + compressor.flush()
    return entry.data


def write_zip(entries: list[Entry], comment: bytes = b"", descriptor: bool = False) -> bytes:
    """Write a zip by hand; with ``descriptor`` the local headers hold zero sizes and a data
    descriptor follows each entry's data (flag bit 3)."""
    body, central = bytearray(), bytearray()
    for entry in entries:
        packed = _packed(entry)
        crc = zlib.crc32(entry.data) if entry.crc is None else entry.crc
        size = len(entry.data) if entry.size is None else entry.size
        csize = len(packed) if entry.csize is None else entry.csize
        flags = entry.flags | (0x8 if descriptor else 0)
        local = (0, 0, 0) if descriptor else (crc, csize, size)
        offset = len(body) if entry.offset is None else entry.offset
        body += struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            20,
            flags,
            entry.method,
            0,
            0,
            *local,
            len(entry.name),
            len(entry.extra),
        )
        body += entry.name + entry.extra + packed
        if descriptor:
            body += struct.pack("<4s3L", b"PK\x07\x08", crc, csize, size)
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            flags,
            entry.method,
            0,
            0,
            crc,
            csize,
            size,
            len(entry.name),
            len(entry.extra),
            0,
            0,
            0,
            0,
            offset,
        )
        central += entry.name + entry.extra
    end = struct.pack(
        "<4s4H2LH",
        b"PK\x05\x06",
        0,
        0,
        len(entries),
        len(entries),
        len(central),
        len(body),
        len(comment),
    )
    return bytes(body + central + end + comment)


def entries_of(parts: Parts) -> list[Entry]:
    """Honest deflated entries for ``parts``."""
    return [Entry(name.encode(), data) for name, data in parts.items()]


def flip(rng: random.Random, data: bytes, count: int) -> bytes:
    """``data`` with ``count`` random bytes changed."""
    out = bytearray(data)
    for _ in range(count if out else 0):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def pick(rng: random.Random, parts: Parts) -> str:
    """A part name, the main document half of the time."""
    return DOCUMENT if rng.random() < 0.5 and DOCUMENT in parts else rng.choice(list(parts))


def drop_entry(rng: random.Random, parts: Parts) -> bytes:
    """One part missing."""
    name = pick(rng, parts)
    return write_zip(entries_of({k: v for k, v in parts.items() if k != name}))


def duplicate_entry(rng: random.Random, parts: Parts) -> bytes:
    """Two entries of one name, the second with another part's content."""
    entries = entries_of(parts)
    twin = replace(rng.choice(entries), data=rng.choice(list(parts.values())))
    entries.insert(rng.randrange(len(entries) + 1), twin)
    return write_zip(entries)


def rename_entry(rng: random.Random, parts: Parts) -> bytes:
    """One part renamed: case, path escapes, NUL, a 6,000-byte name, a folder."""
    name = pick(rng, parts)
    new = rng.choice(
        [
            name.upper(),
            "../" + name,
            "/" + name,
            name.replace("/", "\\"),
            name + "\x00.png",
            "a/" * 3000 + name,
            "",
            name + "/",
            "word//document.xml",
            "\u0430" + name,
            name.encode().decode("latin-1"),
        ]
    )
    renamed = {(new if k == name else k): v for k, v in parts.items()}
    entries = [
        Entry(k.encode("utf-8", "surrogateescape"), v, flags=0x800) for k, v in renamed.items()
    ]
    return write_zip(entries)


def zip_comment(rng: random.Random, parts: Parts) -> bytes:
    """Junk in the archive comment, possibly with a false end-of-central-directory inside."""
    junk = rng.randbytes(rng.choice([10, 1000, 65_000]))
    if rng.random() < 0.5:
        fake = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 9, 9, 999, 12, 0)
        at = rng.randrange(len(junk))
        junk = junk[:at] + fake + junk[at:]
    return write_zip(entries_of(parts), comment=junk[:65_535])


def extra_field(rng: random.Random, parts: Parts) -> bytes:
    """Extra fields that lie: zip64 sizes too short or huge, unicode paths, plain junk."""
    fields = [
        struct.pack("<HH", 0x0001, 4) + b"\xff" * 4,
        struct.pack("<HHQQ", 0x0001, 16, 2**63, 2**63),
        struct.pack("<HH", 0x7075, 9) + b"\x01\x00\x00\x00\x00evil",
        struct.pack("<HH", 0xFFFF, 60_000),
        rng.randbytes(rng.choice([1, 3, 100])),
    ]
    entries = [
        replace(e, extra=rng.choice(fields)) if rng.random() < 0.5 else e for e in entries_of(parts)
    ]
    return write_zip(entries)


def data_descriptor(rng: random.Random, parts: Parts) -> bytes:
    """Sizes and CRCs after the data (flag bit 3), sometimes also zero in the directory."""
    entries = entries_of(parts)
    if rng.random() < 0.5:
        entries = [replace(e, csize=0, size=0) if rng.random() < 0.5 else e for e in entries]
    return write_zip(entries, descriptor=True)


def method_mismatch(rng: random.Random, parts: Parts) -> bytes:
    """Stored data labelled deflated and the reverse, or a method nobody implements."""
    out = []
    for entry in entries_of(parts):
        if rng.random() < 0.5:
            packed = _packed(entry)
            entry = rng.choice(
                [
                    replace(entry, method=0, packed=packed, size=len(entry.data)),
                    replace(entry, method=8, packed=entry.data),
                    replace(entry, method=rng.choice([1, 9, 12, 14, 93, 99])),
                ]
            )
        out.append(entry)
    return write_zip(out)


def overlapping_entries(rng: random.Random, parts: Parts) -> bytes:
    """Central records whose local headers are one and the same (the overlapping-zip bomb)."""
    entries = entries_of(parts)
    copies = rng.choice([2, 50, 900])
    extra = [
        replace(entries[-1], name=b"word/media/image%d.xml" % i, offset=0) for i in range(copies)
    ]
    return write_zip(entries + extra)


def header_lies(rng: random.Random, parts: Parts) -> bytes:
    """A wrong CRC, size or packed size on one entry."""
    entries = entries_of(parts)
    index = rng.randrange(len(entries))
    lie = rng.choice(
        [
            dict(crc=rng.getrandbits(32)),
            dict(size=rng.choice([0, 1, 2**32 - 1])),
            dict(csize=rng.choice([0, 1, 2**32 - 1])),
            dict(offset=2**32 - 1),
        ]
    )
    entries[index] = replace(entries[index], **lie)
    return write_zip(entries)


def zip_bytes(rng: random.Random, parts: Parts) -> bytes:
    """Plain damage to the whole file: flips, a cut, or junk after it."""
    data = write_zip(entries_of(parts))
    choice = rng.randrange(3)
    if choice == 0:
        return flip(rng, data, rng.choice([1, 5, 50]))
    if choice == 1:
        return data[: rng.randrange(4, len(data))]
    return data + rng.randbytes(rng.choice([1, 100, 10_000]))


MUTATIONS: dict[str, Callable[[random.Random, Parts], bytes]] = {
    f.__name__: f
    for f in (
        drop_entry,
        duplicate_entry,
        rename_entry,
        zip_comment,
        extra_field,
        data_descriptor,
        method_mismatch,
        overlapping_entries,
        header_lies,
        zip_bytes,
    )
}
