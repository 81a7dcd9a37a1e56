#!/usr/bin/env python3
"""Draws crates/server/static/favicon.ico (built into the server): a white door on the header's dark ground, at 16 and 32 pixels.
Run again only to change the icon; the file is kept in the repository."""
import struct
import zlib
from pathlib import Path

GROUND = (11, 12, 12)      # the header's colour (--text)
DOOR = (255, 255, 255)
KNOB = (29, 112, 184)      # the brand blue (--brand)


def pixels(size):
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            u, v = x / size, y / size
            colour = GROUND
            if 0.28 <= u < 0.72 and 0.16 <= v < 0.9:
                colour = DOOR
                if 0.56 <= u < 0.64 and 0.5 <= v < 0.58:
                    colour = KNOB
            row.append(colour)
        rows.append(row)
    return rows


def png(size):
    raw = b"".join(b"\x00" + bytes(c for px in row for c in (*px, 255)) for row in pixels(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico(sizes):
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in zip(sizes, images):
        out += struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images)


target = Path(__file__).resolve().parent.parent / "crates" / "server" / "static" / "favicon.ico"
target.write_bytes(ico([16, 32]))
print(f"{target}: {target.stat().st_size} bytes")
