#!/usr/bin/env python3
"""Write the small XLSX workbooks the XLSX reader tests use (Python stdlib only: zipfile + XML escaping).

  scripts/make-xlsx-fixture.py [--out DIR]        all fixtures (default Tests/PortraitCoreTests/Fixtures)
  scripts/make-xlsx-fixture.py --from-csv CSV OUT.xlsx
                                                  any portrait CSV as a one-sheet workbook (for benchmarks)
  scripts/make-xlsx-fixture.py --sheet-choice DIR  workbooks whose portrait is on a later sheet, or on none
  scripts/make-xlsx-fixture.py --hostile DIR [NAME…]
                                                  the broken and hostile workbooks the end-to-end tests feed
                                                  the real binary (written at test time: one expands to 600 MB)

Run from the repository root. The same inputs always give the same bytes (fixed zip timestamps and order).
The synthetic portrait comes from the shared generator (../shared/bench/make_portrait.py, or $MAKE_PORTRAIT).
"""
import argparse
import csv
import os
import re
import struct
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

STAMP = (2025, 1, 1, 0, 0, 0)
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# ---------------------------------------------------------------- text escaping

def ooxml_escape(text):
    """Text as Office stores it: a literal "_xHHHH_" gets its underscore escaped as _x005F_, control
    characters XML cannot carry become _xHHHH_, then the XML entities."""
    text = re.sub(r"_(x[0-9A-Fa-f]{4}_)", r"_x005F_\1", text)
    text = "".join(c if c in "\t\n" or ord(c) >= 0x20 else "_x%04X_" % ord(c) for c in text)
    return escape(text)


def t_element(text):
    """A <t> element, keeping leading/trailing spaces and line breaks."""
    keep = text != text.strip() or "\n" in text
    return ("<t xml:space=\"preserve\">" if keep else "<t>") + ooxml_escape(text) + "</t>"


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# ---------------------------------------------------------------- package parts

def content_types(sheet_count, shared_strings):
    parts = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
             '<Default Extension="xml" ContentType="application/xml"/>',
             '<Override PartName="/xl/workbook.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
             '<Override PartName="/xl/styles.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    for n in range(1, sheet_count + 1):
        parts.append('<Override PartName="/xl/worksheets/sheet%d.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
    if shared_strings:
        parts.append('<Override PartName="/xl/sharedStrings.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    return (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + "".join(parts) + "</Types>")


def relationships(rels):
    body = "".join('<Relationship Id="%s" Type="%s" Target=%s/>' % (rid, TYPE + kind, quoteattr(target))
                   for rid, kind, target in rels)
    return XML_DECL + '<Relationships xmlns="%s">%s</Relationships>' % (PKG_REL_NS, body)


ROOT_RELS = relationships([("rId1", "officeDocument", "xl/workbook.xml")])

STYLES = (XML_DECL + '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
          '<cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>' % MAIN_NS)


def workbook(sheets, states=None):
    """sheets: (name, rId) in workbook order; states: each sheet's state ("hidden", "veryHidden" or None)."""
    states = states or [None] * len(sheets)
    body = "".join('<sheet name=%s sheetId="%d"%s r:id="%s"/>' % (quoteattr(name), n + 1,
                                                                   ' state="%s"' % state if state else "", rid)
                   for n, ((name, rid), state) in enumerate(zip(sheets, states)))
    return (XML_DECL + '<workbook xmlns="%s" xmlns:r="%s"><bookViews><workbookView/></bookViews>'
            '<sheets>%s</sheets></workbook>' % (MAIN_NS, REL_NS, body))


def worksheet(rows_xml, prefix=""):
    p = prefix + ":" if prefix else ""
    ns = ('xmlns:%s="%s"' % (prefix, MAIN_NS)) if prefix else 'xmlns="%s"' % MAIN_NS
    return (XML_DECL + '<%sworksheet %s xmlns:r="%s"><%ssheetData>%s</%ssheetData></%sworksheet>'
            % (p, ns, REL_NS, p, rows_xml, p, p))


def shared_strings(items):
    """items: list of <si> inner XML."""
    return (XML_DECL + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
            % (MAIN_NS, len(items), len(items), "".join("<si>%s</si>" % i for i in items)))


def write_zip(path, parts, stored=()):
    """parts: (name, text or bytes) in order; names in `stored` are not compressed."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        for name, content in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            data = content.encode("utf-8") if isinstance(content, str) else content
            z.writestr(info, data, compresslevel=9)


def patch_entry(path, name, uncompressed=None, method=None):
    """Rewrite the declared uncompressed size and/or compression method of `name` in both its local
    header and its central directory record (to build lying or damaged archives)."""
    data = bytearray(open(path, "rb").read())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(name)
    local = info.header_offset
    assert data[local:local + 4] == b"PK\x03\x04"
    end = data.rfind(b"PK\x05\x06")
    central = struct.unpack_from("<I", data, end + 16)[0]
    while data[central:central + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, central + 28)
        if data[central + 46:central + 46 + name_len] == name.encode():
            break
        central += 46 + name_len + extra_len + comment_len
    else:
        central = -1
    assert central >= 0
    if uncompressed is not None:
        struct.pack_into("<I", data, local + 22, uncompressed)
        struct.pack_into("<I", data, central + 24, uncompressed)
    if method is not None:
        struct.pack_into("<H", data, local + 8, method)
        struct.pack_into("<H", data, central + 10, method)
    open(path, "wb").write(bytes(data))


def one_sheet_parts(sheet_xml, sheet_name="Sheet1", sst=None, target="worksheets/sheet1.xml", with_rels=True):
    parts = [("[Content_Types].xml", content_types(1, sst is not None)), ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", workbook([(sheet_name, "rId1")]))]
    if with_rels:
        rels = [("rId1", "worksheet", target), ("rId2", "styles", "styles.xml")]
        if sst is not None:
            rels.append(("rId3", "sharedStrings", "sharedStrings.xml"))
        parts.append(("xl/_rels/workbook.xml.rels", relationships(rels)))
    parts.append(("xl/styles.xml", STYLES))
    if sst is not None:
        parts.append(("xl/sharedStrings.xml", sst))
    parts.append(("xl/worksheets/sheet1.xml", sheet_xml))
    return parts


def sheets_parts(sheets):
    """sheets: (name, state, worksheet xml) in workbook order, each in sheetN.xml."""
    parts = [("[Content_Types].xml", content_types(len(sheets), False)), ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", workbook([(name, "rId%d" % (n + 1)) for n, (name, _, _) in enumerate(sheets)],
                                          [state for _, state, _ in sheets]))]
    rels = [("rId%d" % (n + 1), "worksheet", "worksheets/sheet%d.xml" % (n + 1)) for n in range(len(sheets))]
    rels.append(("rId%d" % (len(sheets) + 1), "styles", "styles.xml"))
    parts += [("xl/_rels/workbook.xml.rels", relationships(rels)), ("xl/styles.xml", STYLES)]
    parts += [("xl/worksheets/sheet%d.xml" % (n + 1), xml) for n, (_, _, xml) in enumerate(sheets)]
    return parts


def sheet_choice(out):
    """Workbooks whose portrait is not on the first sheet: a hidden cover sheet holding a header (which
    must be passed over), a visible notes sheet, then the portrait; and one where no sheet holds it."""
    os.makedirs(out, exist_ok=True)
    notes = worksheet(inline_row(1, ["Notes"]) + inline_row(2, ["Données d'exemple pour les tests"]))
    portrait = worksheet(inline_row(1, PORTRAIT_HEADER) + inline_row(2, PORTRAIT_ROW))
    hidden = worksheet(inline_row(1, PORTRAIT_HEADER) + inline_row(2, ["Ligne cachée"] + PORTRAIT_ROW[1:]))
    write_zip(os.path.join(out, "portrait-third-sheet.xlsx"), sheets_parts(
        [("Couverture", "hidden", hidden), ("Notes", None, notes), ("Portrait", None, portrait)]))
    write_zip(os.path.join(out, "no-portrait-sheet.xlsx"), sheets_parts(
        [("Vide", None, worksheet("")), ("Notes", None, notes)]))


# ---------------------------------------------------------------- the synthetic portrait

def rich_runs(text, pieces):
    """`text` split into `pieces` rich-text runs, the second one bold."""
    cuts = [len(text) * k // pieces for k in range(pieces + 1)]
    runs = []
    for k in range(pieces):
        piece = text[cuts[k]:cuts[k + 1]]
        props = "<rPr><b/><sz val=\"11\"/></rPr>" if k == 1 else ""
        runs.append("<r>%s%s</r>" % (props, t_element(piece)))
    return "".join(runs)


def portrait_workbook(rows, path, source="Données synthétiques"):
    """rows (header first) as the first sheet "Portrait", plus a small "Notes" sheet. Most strings are
    shared (some as rich-text runs, one with a phonetic run), some cells inline strings (some as runs),
    some formula strings (t="str"); a few rows give no cell references."""
    strings, index, items = [], {}, []

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
            n = index[text]
            if n % 5 == 2 and len(text) >= 6:
                item = rich_runs(text, 2 + n % 2)
                if n == 7:
                    item += "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh><phoneticPr fontId=\"0\"/>"
                items.append(item)
            else:
                items.append(t_element(text))
        return index[text]

    xml_rows = []
    for i, row in enumerate(rows):
        number = i + 1
        with_refs = number % 10 != 4
        cells = []
        for j, text in enumerate(row):
            ref = ' r="%s%d"' % (column_letters(j), number) if with_refs else ""
            kind = (i * 7 + j) % 11
            if kind == 0 and i > 0:
                body = rich_runs(text, 2) if j % 2 else t_element(text)
                cells.append('<c%s t="inlineStr"><is>%s</is></c>' % (ref, body))
            elif kind == 5 and j == 5 and i > 0:
                formula = '"%s"' % text.replace('"', '""')
                cells.append('<c%s t="str"><f>%s</f><v>%s</v></c>' % (ref, escape(formula), ooxml_escape(text)))
            else:
                cells.append('<c%s t="s"><v>%d</v></c>' % (ref, shared(text)))
        row_ref = ' r="%d"' % number if number % 25 != 3 else ""
        xml_rows.append('<row%s spans="1:%d">%s</row>' % (row_ref, len(row), "".join(cells)))
    portrait = worksheet("".join(xml_rows))

    notes = [["Source", source], ["Lignes", str(len(rows) - 1)]]
    notes_xml = ('<x:row r="1"><x:c r="A1" t="s"><x:v>%d</x:v></x:c><x:c r="B1" t="s"><x:v>%d</x:v></x:c></x:row>'
                 '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>%s</x:t></x:is></x:c><x:c r="B2"><x:v>%s</x:v></x:c></x:row>'
                 % (shared(notes[0][0]), shared(notes[0][1]), notes[1][0], notes[1][1]))
    notes_sheet = worksheet(notes_xml, prefix="x")

    # "Portrait" comes first in the workbook but lives in sheet2.xml: only the relationships tell.
    parts = [("[Content_Types].xml", content_types(2, True)), ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", workbook([("Portrait", "rId1"), ("Notes", "rId2")])),
             ("xl/_rels/workbook.xml.rels", relationships([
                 ("rId1", "worksheet", "worksheets/sheet2.xml"), ("rId2", "worksheet", "worksheets/sheet1.xml"),
                 ("rId3", "styles", "styles.xml"), ("rId4", "sharedStrings", "sharedStrings.xml")])),
             ("xl/styles.xml", STYLES), ("xl/sharedStrings.xml", shared_strings(items)),
             ("xl/worksheets/sheet1.xml", notes_sheet), ("xl/worksheets/sheet2.xml", portrait)]
    write_zip(path, parts)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


# ---------------------------------------------------------------- odd and broken workbooks

ODD_ROWS = (
    # gaps: A1, C1
    '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="C1" t="inlineStr"><is><t>y</t></is></c></row>'
    # row 2 missing; cells without r: booleans, numbers as written, an error
    '<row r="3"><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c><v>12</v></c><c><v>1.5</v></c>'
    '<c t="e"><v>#DIV/0!</v></c></row>'
    # a row without r (row 4); a cell at B, then one without r (C); preserved spaces; entities
    '<row><c r="B4" t="inlineStr"><is><t xml:space="preserve">  padded  </t></is></c>'
    '<c t="inlineStr"><is><t>a &amp; b &lt;c&gt;</t></is></c></row>'
    # formula string; _x000D_ and a line break; an escaped escape
    '<row r="5"><c r="A5" t="str"><f>A1&amp;"!"</f><v>x!</v></c>'
    '<c r="B5" t="inlineStr"><is><t xml:space="preserve">line1_x000D_\nline2</t></is></c>'
    '<c r="C5" t="inlineStr"><is><t>lit _x005F_x000D_ kept</t></is></c></row>'
    # empty and styled-empty cells, rich inline runs with a phonetic run, trailing empty cell
    '<row r="6"><c r="A6" s="1"/><c r="B6"/><c r="C6" t="inlineStr"><is><r><t xml:space="preserve">rich </t></r>'
    '<r><rPr><b/></rPr><t>inline</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></is></c><c r="D6" s="1"/></row>'
    # an empty row, then a date-formatted number, a numeric formula, an ISO date cell, accents
    '<row r="7"/>'
    '<row r="8"><c r="A8" s="1"><v>45658</v></c><c r="B8"><f>1+1</f><v>2</v></c>'
    '<c r="C8" t="d"><v>2025-01-31T00:00:00</v></c><c r="D8" t="inlineStr"><is><t>Québec é</t></is></c>'
    '<c r="E8"><v>-3.25E-2</v></c></row>'
    # a trailing empty row, dropped
    '<row r="9" ht="15" customHeight="1"/>'
)


def odd_cells(path):
    """No sharedStrings part; the worksheet relationship has an absolute target."""
    write_zip(path, one_sheet_parts(worksheet(ODD_ROWS), sheet_name="Odd", target="/xl/worksheets/sheet1.xml"))


def bad_string_index(path):
    """A t="s" cell pointing at entry 999 of a two-entry table; no workbook relationships (fallback paths)."""
    sst = shared_strings([t_element("alpha"), t_element("beta")])
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>1</v></c></row>'
            '<row r="3"><c r="A3" t="s"><v>999</v></c></row>')
    write_zip(path, one_sheet_parts(worksheet(rows), sst=sst, with_rels=False))


def no_workbook(path):
    write_zip(path, [("readme.txt", "Rien à voir ici : ce zip n'est pas un classeur.\n")])


def padded_sheet(megabytes):
    """A valid worksheet of about `megabytes` MB, nearly all spaces (compresses about 1000 to 1)."""
    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>'
    return worksheet(head + " " * (megabytes * 1024 * 1024))


def bombs(out):
    """bomb-5mb: an honest 5 MB sheet (fine by default, refused under small limits).
    lying-size: a 20 MB sheet whose zip headers declare 4 KB.
    declared-huge: a small sheet whose zip headers declare 600 MB.
    truncated-deflate: the sheet's deflate stream announces a stored block longer than the entry."""
    write_zip(os.path.join(out, "bomb-5mb.xlsx"), one_sheet_parts(padded_sheet(5)))
    lying = os.path.join(out, "lying-size.xlsx")
    write_zip(lying, one_sheet_parts(padded_sheet(20)))
    patch_entry(lying, "xl/worksheets/sheet1.xml", uncompressed=4096)
    huge = os.path.join(out, "declared-huge.xlsx")
    write_zip(huge, one_sheet_parts(worksheet(ODD_ROWS)))
    patch_entry(huge, "xl/worksheets/sheet1.xml", uncompressed=600_000_000)
    truncated = os.path.join(out, "truncated-deflate.xlsx")
    raw = bytes([0x00]) + struct.pack("<HH", 0xFFFF, 0x0000) + b"<worksheet>"
    write_zip(truncated, one_sheet_parts(raw), stored={"xl/worksheets/sheet1.xml"})
    patch_entry(truncated, "xl/worksheets/sheet1.xml", method=8)


# ---------------------------------------------------------------- hostile workbooks (end-to-end tests)

PORTRAIT_HEADER = ["Nom", "Catégorie", "Organisme public", "Portefeuille ministériel", "Bénéfices", "Statut"]
PORTRAIT_ROW = ["Tri des courriels", "Automatisation", "Organisme 1", "Finances", "Délais", "Solution en production"]


def inline_row(number, texts):
    return '<row r="%d">%s</row>' % (number, "".join(
        '<c r="%s%d" t="inlineStr"><is>%s</is></c>' % (column_letters(j), number, t_element(t)) for j, t in enumerate(texts)))


def shared_row(number, indexes):
    return '<row r="%d">%s</row>' % (number, "".join(
        '<c r="%s%d" t="s"><v>%d</v></c>' % (column_letters(j), number, k) for j, k in enumerate(indexes)))


def repeated_spaces_deflate(megabytes):
    """A raw deflate stream of `megabytes` MB of spaces, built in an instant: one block compressed from a
    fresh compressor and ended by a full flush refers to nothing before it, so copies of it follow each
    other; an empty final block ends the stream."""
    import zlib
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(b" " * (1024 * 1024)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * megabytes + b"\x03\x00"


def hostile(out, names=()):
    """Workbooks that must each give one clear error: not a zip, a zip without a workbook, three zip bombs
    (too high a ratio, a declared size over the limit, and a header that declares 4 KB for a part that
    expands to 600 MB), cells that use a shared-strings part the workbook lacks, a shared-string index
    out of range, and a row tag with 200,000 attributes (libxml2 is quadratic on those). Every one of them has the portrait's header, so only the defect stops it. `names`
    chooses some of them (all when empty)."""
    header = inline_row(1, PORTRAIT_HEADER) + inline_row(2, PORTRAIT_ROW)
    shared = shared_row(1, range(6)) + shared_row(2, range(6, 12))
    sst = shared_strings([t_element(t) for t in PORTRAIT_HEADER + PORTRAIT_ROW])

    def not_a_zip(path):
        with open(path, "wb") as f:
            f.write("Nom,Catégorie\nce fichier n'est pas un classeur\n".encode("utf-8"))

    def declared(path):
        write_zip(path, one_sheet_parts(worksheet(header)))
        patch_entry(path, "xl/worksheets/sheet1.xml", uncompressed=600_000_000)

    def lying(path):
        write_zip(path, one_sheet_parts(repeated_spaces_deflate(600)), stored={"xl/worksheets/sheet1.xml"})
        patch_entry(path, "xl/worksheets/sheet1.xml", uncompressed=4096, method=8)

    writers = {
        "not-a-zip.xlsx": not_a_zip,
        "no-workbook.xlsx": no_workbook,
        "bomb-ratio.xlsx": lambda path: write_zip(path, one_sheet_parts(worksheet(header + " " * (100 * 1024 * 1024)))),
        "bomb-declared.xlsx": declared,
        "bomb-lying.xlsx": lying,
        "no-shared-strings.xlsx": lambda path: write_zip(path, one_sheet_parts(worksheet(shared))),
        "attribute-flood.xlsx": lambda path: write_zip(path, one_sheet_parts(worksheet(
            header.replace('<row r="2">', '<row r="2" ' + " ".join('a%d="1"' % k for k in range(200_000)) + '>')))),
        "bad-string-index.xlsx": lambda path: write_zip(
            path, one_sheet_parts(worksheet(shared + shared_row(3, [6, 7, 8, 9, 10, 999])), sst=sst)),
    }
    unknown = [n for n in names if n not in writers]
    if unknown:
        sys.exit("unknown hostile workbook: %s (known: %s)" % (", ".join(unknown), ", ".join(writers)))
    os.makedirs(out, exist_ok=True)
    for name in names or writers:
        writers[name](os.path.join(out, name))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="Tests/PortraitCoreTests/Fixtures")
    p.add_argument("--from-csv", nargs=2, metavar=("CSV", "XLSX"))
    p.add_argument("--hostile", nargs="+", metavar=("DIR", "NAME"))
    p.add_argument("--sheet-choice", metavar="DIR")
    a = p.parse_args()
    if a.sheet_choice:
        sheet_choice(a.sheet_choice)
        return
    if a.hostile:
        hostile(a.hostile[0], a.hostile[1:])
        return
    if a.from_csv:
        portrait_workbook(read_csv(a.from_csv[0]), a.from_csv[1], source=os.path.basename(a.from_csv[0]))
        return
    generator = os.environ.get("MAKE_PORTRAIT", "../shared/bench/make_portrait.py")
    csv_path = os.path.join(a.out, "synthetic-200.csv")
    os.makedirs(a.out, exist_ok=True)
    subprocess.run([sys.executable, generator, "200", csv_path, "--seed", "7"], check=True)
    portrait_workbook(read_csv(csv_path), os.path.join(a.out, "synthetic-200.xlsx"),
                      source="Données synthétiques (make_portrait.py, graine 7)")
    odd_cells(os.path.join(a.out, "odd-cells.xlsx"))
    bad_string_index(os.path.join(a.out, "bad-string-index.xlsx"))
    no_workbook(os.path.join(a.out, "no-workbook.zip.xlsx"))
    bombs(a.out)
    for name in sorted(os.listdir(a.out)):
        if name.endswith((".xlsx", "synthetic-200.csv")):
            print("%8d  %s" % (os.path.getsize(os.path.join(a.out, name)), os.path.join(a.out, name)))


if __name__ == "__main__":
    main()
