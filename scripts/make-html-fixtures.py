#!/usr/bin/env python3
"""Writes the HTML fixtures of the loader tests and their CSV twins (Tests/PortraitCoreTests/Fixtures/html).

Each page holds the rows of a synthetic portrait (Fixtures/formats, from the shared generator) the way
published pages write tables: menus and layout tables before the portrait, a caption and a title row
above its header, entities, links, <strong> and <br> in cells, colspan and rowspan, a <tfoot> source
line; one page is in UTF-8, one declares windows-1252, one has no portrait table at all. The CSV twin
of each page holds the text a reader of the page sees, so loading both must give the same rows.
The same input always gives the same bytes.

    scripts/make-html-fixtures.py
"""
import csv
import html
import io
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIXTURES = os.path.join(ROOT, "Tests", "PortraitCoreTests", "Fixtures")
OUT = os.path.join(FIXTURES, "html")
ROWS = 60


def read(name):
    with open(os.path.join(FIXTURES, "formats", name), encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def esc(text, named=True):
    """Escapes text for HTML, writing some letters as named or numeric entities as pages do, and line
    breaks as <br>."""
    out = html.escape(text, quote=False).replace("\n", "<br>")
    if named:
        out = out.replace("é", "&eacute;").replace("è", "&#232;").replace("'", "&#39;").replace("ô", "&#xF4;")
    return out


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def menu_tables():
    return [
        '<table class="menu"><tr><td><a href="/">Accueil</a></td><td><a href="/jeux">Jeux de donn&eacute;es</a></td></tr></table>',
        '<table role="presentation"><tr><td><h2>Portrait</h2><p>Mise en page</p></td><td>&nbsp;</td></tr></table>',
    ]


def french_page():
    """UTF-8; two layout tables; caption, title row, <thead>; entities, links, strong, <br>, nbsp, rowspan."""
    rows = read("fr-comma-utf8.csv")
    header, data = rows[0], rows[1:ROWS + 1]
    twin = []
    body = []
    i = 0
    while i < len(data):
        name, category, org, portfolio, benefits, status = data[i]
        if i == 3:
            name = "Analyse R&D <script>alert(1)</script> de l’IA"
        if i == 4:
            benefits = "Gain de temps\nMeilleure qualité"
        if i == 5:
            name = "Tri\u00a0automatique"
        cells_html = [
            "<td><strong>%s</strong></td>" % esc(name).replace("’", "&#8217;").replace("\u00a0", "&nbsp;"),
            "<td>%s</td>" % esc(category),
            '<td><a href="https://example.org/o?id=%d&amp;x=1">%s</a></td>' % (i, esc(org)),
            "<td><span class=\"p\">%s</span></td>" % esc(portfolio),
            "<td>\n  %s\n</td>" % "<br>".join(esc(line) for line in benefits.split("\n")),
            "<td>%s</td>" % esc(status),
        ]
        body.append("<tr>%s</tr>" % "".join(cells_html))
        twin.append([name, category, org, portfolio, benefits, status])
        # Two rows of the same body: its cell spans both rows.
        if i == 10 and i + 1 < len(data):
            nxt = list(data[i + 1])
            nxt[2] = org
            body[-1] = body[-1].replace("<td><a href=", '<td rowspan="2"><a href=', 1)
            cells = ["<td>%s</td>" % esc(c) for k, c in enumerate(nxt) if k != 2]
            body.append("<tr>%s</tr>" % "".join(cells))
            twin.append(nxt)
            i += 1
        i += 1
    page = ["<!DOCTYPE html>", '<html lang="fr">', "<head>", '<meta charset="utf-8">',
            "<title>Portrait des utilisations de l&#39;IA</title>", "</head>", "<body>"]
    page += menu_tables()
    page += ['<table class="portrait">', "<caption>Portrait 2025 (extrait)</caption>", "<thead>",
             '<tr><th colspan="6">Utilisations de l&#39;IA dans l&#39;administration publique</th></tr>',
             "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(h) for h in header), "</thead>", "<tbody>"]
    page += body
    page += ["</tbody>", '<tfoot><tr><td colspan="6">Source : Minist&egrave;re de la Cybers&eacute;curit&eacute; et du Num&eacute;rique, CC-BY 4.0</td></tr></tfoot>',
             "</table>", "<p>Fin de la page.</p>", "</body>", "</html>", ""]
    with open(os.path.join(OUT, "fr-utf8.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(page))
    write_csv(os.path.join(OUT, "fr-utf8.csv"), header, twin)


def english_page():
    """windows-1252 declared by http-equiv; no <thead>/<tbody>, unclosed cells; colspan over an extra column."""
    rows = read("en-comma-utf8.csv")
    header, data = rows[0], rows[1:ROWS + 1]
    header7 = header[:5] + ["Notes"] + header[5:]
    twin = []
    body = []
    for i, (name, category, org, portfolio, benefits, status) in enumerate(data):
        if i % 7 == 2:
            # Benefits spanning the Notes column: the status stays in its own column.
            body.append("<tr><td>%s<td>%s<td>%s<td>%s<td colspan=2>%s<td>%s" %
                        tuple(esc(c, named=False) for c in (name, category, org, portfolio, benefits, status)))
            twin.append([name, category, org, portfolio, benefits, "", status])
        else:
            note = "vu" if i % 5 == 0 else ""
            body.append("<tr><td>%s<td>%s<td>%s<td>%s<td>%s<td>%s<td>%s" %
                        tuple(esc(c, named=False) for c in (name, category, org, portfolio, benefits, note, status)))
            twin.append([name, category, org, portfolio, benefits, note, status])
    page = ["<html><head>", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
            "<title>AI register</title></head><body>", '<table><tr><td>Menu</td></tr></table>',
            "<table border=1>", "<tr><th>%s</th></tr>" % "</th><th>".join(esc(h, named=False) for h in header7)]
    page += body
    page += ["</table>", "</body></html>", ""]
    text = "\n".join(page)
    with open(os.path.join(OUT, "en-cp1252.html"), "wb") as f:
        f.write(text.encode("cp1252"))
    write_csv(os.path.join(OUT, "en-cp1252.csv"), header7, twin)


def page_without_portrait():
    page = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8"><title>Accueil</title></head><body>']
    page += menu_tables()
    page += ["<p>Aucun tableau de donn&eacute;es ici.</p>", "</body></html>", ""]
    with open(os.path.join(OUT, "no-portrait.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(page))


def main():
    os.makedirs(OUT, exist_ok=True)
    french_page()
    english_page()
    page_without_portrait()
    for name in sorted(os.listdir(OUT)):
        print(name, os.path.getsize(os.path.join(OUT, name)))


if __name__ == "__main__":
    sys.exit(main())
