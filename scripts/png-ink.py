#!/usr/bin/env python3
"""Prints how much of a PNG image is drawn: `WIDTH HEIGHT INKED_FRACTION COLOURS`, where INKED_FRACTION
is the share of pixels that differ from the top-left pixel (the background) and COLOURS the number of
distinct colours (up to 10,000). A blank page gives 0 and 1. Used by the report's browser test.

    scripts/png-ink.py FILE.png
"""
import struct
import sys
import zlib


def main(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                sys.exit("unsupported PNG (8-bit RGB or RGBA only)")
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            for i in range(stride):
                line[i] = (line[i] + previous[i]) & 0xFF
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        previous = line
    background = rows[0][:bpp]
    inked = 0
    colours = set()
    for line in rows:
        for x in range(0, stride, bpp):
            pixel = line[x:x + bpp]
            if pixel != background:
                inked += 1
            if len(colours) < 10000:
                colours.add(pixel)
    print(width, height, "%.4f" % (inked / (width * height)), len(colours))


if __name__ == "__main__":
    main(sys.argv[1])
