#!/usr/bin/python3
"""Writes the documents tests/unit/test_import_read.c reads, into OUTDIR.

    /usr/bin/python3 tests/import/fixtures.py OUTDIR [big|cli]

Made by producers other than planimport's readers: openpyxl writes the
workbooks (merged cells, fills, dates, shared strings, two sheets) and
pandoc a Word document from Markdown.  Word's own features that pandoc
cannot write (merged and shaded cells, repeated header rows, a table
continued after a page break, nested tables, list paragraphs) and the
hostile inputs are written here as OOXML by hand with zipfile, the XML
as Word writes it.  With "big", also the files at and one past each
limit of limit.h (PLAN_IMPORT_*), some 64 MiB each: the numbers here
and there must change together.  With "cli", only the few bad documents
committed in tests/cli/data/import/ for tests/cli/cases/import-bad-office.t.
"""
import datetime
import os
import random
import subprocess
import sys
import zipfile
import zlib

MAX_EXPANDED = 64 * 1024 * 1024   # PLAN_IMPORT_MAX_EXPANDED
MAX_RATIO = 100                   # PLAN_IMPORT_MAX_RATIO
RATIO_FLOOR = 1024 * 1024         # PLAN_IMPORT_RATIO_FLOOR
MAX_CELLS = 1000000               # PLAN_IMPORT_MAX_CELLS
MAX_CELL = 1024 * 1024            # PLAN_IMPORT_MAX_CELL

out = sys.argv[1]
big = len(sys.argv) > 2 and sys.argv[2] == "big"
cli = len(sys.argv) > 2 and sys.argv[2] == "cli"

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')


def path(name):
    return os.path.join(out, name)


def docx(name, body, core_title=None, raw=None, stored=False):
    """A Word document whose w:body is body (or whose document.xml is raw)."""
    xml = raw if raw is not None else (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document %s xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<w:body>%s</w:body></w:document>' % (W, body))
    comp = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path(name), "w", comp) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("word/document.xml", xml)
        if core_title is not None:
            z.writestr("docProps/core.xml",
                       '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
                       'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                       'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title>'
                       '</cp:coreProperties>' % core_title)


def p(text, numbered=False):
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>' if numbered else ''
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, text)


def tc(content, props=''):
    return '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (props, content)


def tr(cells, header=False):
    trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
    return '<w:tr>%s%s</w:tr>' % (trpr, ''.join(cells))


def tbl(rows):
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
            '<w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>%s</w:tbl>'
            % ''.join(rows))


if cli:
    # The few bad documents tests/cli/cases/import-bad-office.t reads, committed
    # in tests/cli/data/import/ (written with: fixtures.py tests/cli/data/import cli).
    docx("xxe.docx", None, raw=(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        '<w:document %s><w:body>%s</w:body></w:document>'
        % (W, tbl([tr([tc(p('Action'))]), tr([tc(p('&xxe;'))])]))))
    # 2 MiB of spaces in 2 KiB: past PLAN_IMPORT_MAX_RATIO
    docx("bomb.docx", None, raw='<?xml version="1.0"?><w:document %s><w:body>%s</w:body></w:document>'
         % (W, " " * (2 * 1024 * 1024)))
    docx("badutf8.docx", None, raw=(
        b'<?xml version="1.0" encoding="UTF-8"?>\n<w:document ' + W.encode() + b'><w:body>'
        + tbl([tr([tc(p('caf\xe9'))])]).encode('latin-1') + b'</w:body></w:document>'))
    with zipfile.ZipFile(path("other.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("readme.txt", "hello")
    with open(path("xxe.docx"), "rb") as f:
        whole = f.read()
    with open(path("truncated.docx"), "wb") as f:
        f.write(whole[:len(whole) // 2])
    sys.exit(0)

HEAD = tr([tc(p('Objective')), tc(p('Action')), tc(p('RAG'))], header=True)

# Merged and shaded cells, a repeated header row, a continuation after a
# page break, a nested table, lists, breaks and tabs.
features = (
    p('Ignored: the core properties have a title')
    + tbl([
        HEAD,
        tr([tc(p('1. Grow'), '<w:vMerge w:val="restart"/>'),
            tc(p('1.1 First') + p('') + p('second para')),
            tc(p('Green'), '<w:shd w:val="clear" w:color="auto" w:fill="00B050"/>')]),
        tr([tc(p(''), '<w:vMerge/>'),
            tc('<w:p><w:r><w:t>line</w:t><w:br/><w:t>break</w:t><w:tab/><w:t>tab</w:t></w:r></w:p>'),
            tc(p(''), '<w:shd w:val="clear" w:color="auto" w:fill="auto"/>')]),
        tr([tc(p('Spanning two'), '<w:gridSpan w:val="2"/>'),
            tc(p('Amber'), '<w:shd w:val="solid" w:color="FFC000" w:fill="auto"/>')]),
        tr([tc(p('Leads:') + p('Ann', True) + p('Bob', True)),
            tc(p('outer') + tbl([tr([tc(p('inner a'), '<w:shd w:val="clear" w:fill="FF0000"/>'),
                                     tc(p('inner b'))])])),
            tc('<w:p><w:r><w:t>a</w:t></w:r><w:del w:id="1"><w:r><w:delText>gone</w:delText></w:r></w:del>'
               '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
               '<w:r><w:t>b</w:t></w:r>'
               '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>c</w:t></w:r></mc:Choice>'
               '<mc:Fallback><w:r><w:t>c</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>')]),
    ])
    + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    + tbl([
        HEAD,
        tr([tc(p('')), tc(p('1.2 After the break')), tc(p('Red'), '<w:shd w:val="clear" w:fill="FF0000"/>')]),
    ])
    + '<w:sectPr/>')
docx("features.docx", features, core_title="Vision plan 2019")

# No core properties: the title is the first paragraph with text before the first table.
docx("notitle.docx", p('') + p('Community Safety Plan') + p('Second paragraph') + tbl([HEAD]) + p('After'))

# An external entity: never read.  secret.txt is what it names.
with open(path("secret.txt"), "w") as f:
    f.write("SECRET-CANARY\n")
docx("xxe.docx", None, raw=(
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://%s">]>\n'
    '<w:document %s><w:body>%s</w:body></w:document>'
    % (os.path.abspath(path("secret.txt")), W, tbl([tr([tc(p('&xxe;'))])]))))

# An internal entity expanding a billion times (no DTD is read at all).
lol = '<!ENTITY a "lollollollollollollollollollol">' + ''.join(
    '<!ENTITY %s "%s">' % (chr(98 + i), ('&%s;' % chr(97 + i)) * 10) for i in range(8))
docx("laughs.docx", None, raw=(
    '<?xml version="1.0"?>\n<!DOCTYPE w:document [%s]>\n<w:document %s><w:body>%s</w:body></w:document>'
    % (lol, W, tbl([tr([tc(p('&i;'))])]))))

# Invalid UTF-8 in a cell.
docx("badutf8.docx", None, raw=(
    b'<?xml version="1.0" encoding="UTF-8"?>\n<w:document ' + W.encode() + b'><w:body>'
    + tbl([tr([tc(p('caf\xc3'))])]).encode('latin-1') + b'\xff\xfe</w:body></w:document>'))

# Not well-formed, and a root that is not w:document.
docx("unclosed.docx", None, raw='<?xml version="1.0"?><w:document %s><w:body><w:tbl>' % W)
docx("notword.docx", None, raw='<?xml version="1.0"?><html/>')

# A zip that is neither, and a docx cut in half.
with zipfile.ZipFile(path("other.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("readme.txt", "hello")
with open(path("features.docx"), "rb") as f:
    whole = f.read()
with open(path("truncated.docx"), "wb") as f:
    f.write(whole[:len(whole) // 2])

# pandoc's Word document from a Markdown table (its header row is marked).
with open(path("pandoc.md"), "w") as f:
    f.write("---\ntitle: Road Safety Plan\n---\n\n"
            "| Action | Lead | Due |\n|---|---|---|\n"
            "| 1.1 Fix the signs | Highways | March 2019 |\n"
            "| 1.2 Talk to schools | Ann Smith | Ongoing |\n")
subprocess.run(["pandoc", path("pandoc.md"), "-o", path("pandoc.docx")], check=True)

# openpyxl's workbook: two sheets, merged cells, fills, dates, shared strings.
import openpyxl
from openpyxl.styles import PatternFill

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Actions"
ws.append(["Objective", "Action", "Lead", "Due", "RAG", "Done"])
ws.append(["1. Grow", "1.1 Do it", "Ann", datetime.date(2019, 3, 31), "Green", True])
ws.append([None, "1.2 More", "Bob\nCarl", datetime.datetime(2019, 6, 30, 12, 0), 3.25, False])
ws.append(["2. Keep", "2.1 Later", "Dee", datetime.date(1900, 1, 1), "", None])
ws.merge_cells("A2:A3")
ws["E2"].fill = PatternFill("solid", fgColor="00B050")
ws["E3"].fill = PatternFill("solid", fgColor="FFC000")
# theme colours (accent3 of openpyxl's theme, 9BBB59), lightened 40%, and the legacy palette
from openpyxl.styles.colors import Color
ws["G2"].fill = PatternFill("solid", fgColor=Color(theme=6))
ws["G3"].fill = PatternFill("solid", fgColor=Color(theme=6, tint=0.3999755851924192))
ws["G4"].fill = PatternFill("solid", fgColor=Color(indexed=10))
ws["F4"] = 7
ws["F4"].number_format = "dd/mm/yyyy"
ws["H6"] = "far"
ws.merge_cells("B6:D7")
ws["B6"] = "merged block"
ws2 = wb.create_sheet("Notes")
ws2["B2"] = "Ann"
wb.save(path("openpyxl.xlsx"))

SNS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def xlsx(name, sheets, sst=None, styles=None, date1904=False, stored=False):
    """A workbook from sheets [(name, sheetData and the rest)], by hand."""
    comp = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path(name), "w", comp) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0"?><workbook %s %s><workbookPr%s/><sheets>%s</sheets></workbook>'
                   % (SNS, RNS, ' date1904="1"' if date1904 else '',
                      ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1)
                              for i, (n, _) in enumerate(sheets))))
        rels = ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships/worksheet" Target="worksheets/s%d.xml"/>' % (i + 1, i + 1)
                       for i in range(len(sheets)))
        rels += ('<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/sharedStrings" Target="/xl/strings.xml"/>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships">%s</Relationships>' % rels)
        for i, (_, data) in enumerate(sheets):
            z.writestr("xl/worksheets/s%d.xml" % (i + 1),
                       '<?xml version="1.0"?><worksheet %s>%s</worksheet>' % (SNS, data))
        if sst is not None:
            z.writestr("xl/strings.xml", '<?xml version="1.0"?><sst %s>%s</sst>' % (SNS, sst))
        if styles is not None:
            z.writestr("xl/styles.xml", '<?xml version="1.0"?><styleSheet %s>%s</styleSheet>' % (SNS, styles))


# Rich text and phonetic runs, inline strings, a custom date format, date1904,
# a formula's cached value, an error, rows and cells without references.
xlsx("hand.xlsx", [("Plan", (
    '<sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>'
    '<row r="3"><c r="A3" s="1"><v>43555</v></c><c s="2"><v>43555.5</v></c><c t="e"><v>#N/A</v></c>'
    '<c t="str"><f>A1&amp;"x"</f><v>computed</v></c><c s="3"><v>1.5</v></c></row>'
    '<row><c r="B4" t="s"><v>1</v></c></row>'
    '</sheetData><mergeCells count="1"><mergeCell ref="A3:A4"/></mergeCells>'))],
    sst='<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>'
        '<si><t xml:space="preserve"> spaced </t></si>',
    styles='<numFmts count="1"><numFmt numFmtId="170" formatCode="[$-409]d\\-mmm\\-yy;@"/>'
           '<numFmt numFmtId="171" formatCode="&quot;day&quot; 0.0"/></numFmts>'
           '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
           '<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill></fills>'
           '<cellStyleXfs count="1"><xf numFmtId="14" fillId="2"/></cellStyleXfs>'
           '<cellXfs count="4"><xf numFmtId="0" fillId="0"/><xf numFmtId="170" fillId="2"/>'
           '<xf numFmtId="20" fillId="0"/><xf numFmtId="171" fillId="1"/></cellXfs>',
    date1904=True)

xlsx("rows-out-of-order.xlsx", [("S", '<sheetData><row r="2"/><row r="1"/></sheetData>')])
xlsx("cells-out-of-order.xlsx", [("S", '<sheetData><row r="1"><c r="B1"/><c r="A1"/></row></sheetData>')])
xlsx("bad-sst.xlsx", [("S", '<sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData>')],
     sst='<si><t>only</t></si>')
xlsx("bad-ref.xlsx", [("S", '<sheetData><row r="1"><c r="XFE1"/></row></sheetData>')])
with zipfile.ZipFile(path("nosheet.xlsx"), "w") as z:
    z.writestr("xl/workbook.xml", '<workbook %s><sheets/></workbook>' % SNS)


def colname(n):
    """1-based column number to letters."""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


# ---- at each limit and one past ----

# PLAN_IMPORT_MAX_CELLS: rows filled to XFD, then one row to the rest.
full, rest = divmod(MAX_CELLS, 16384)
rows = ''.join('<row r="%d"><c r="XFD%d"/></row>' % (i + 1, i + 1) for i in range(full))
last = '<row r="%d"><c r="%s%d"/></row>' % (full + 1, colname(rest), full + 1)
xlsx("cells-at.xlsx", [("S", '<sheetData>%s%s</sheetData>' % (rows, last))])
xlsx("cells-past.xlsx", [("S", '<sheetData>%s%s<row r="%d"><c r="A%d"/></row></sheetData>'
                          % (rows, last, full + 2, full + 2))])

# PLAN_IMPORT_MAX_CELL: one cell of that many bytes, in a workbook's shared
# string, inline string, and a Word cell (of two paragraphs: the "\n" counts).
for n, tag in ((MAX_CELL, "at"), (MAX_CELL + 1, "past")):
    xlsx("cell-%s.xlsx" % tag, [("S", '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>')],
         sst='<si><t>%s</t></si>' % ("x" * n), stored=True)
    xlsx("inline-%s.xlsx" % tag,
         [("S", '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row></sheetData>'
           % ("é" * (n // 2) + "y" * (n % 2)))], stored=True)
    docx("cell-%s.docx" % tag, tbl([tr([tc(p("a" * (n - 4)) + p("bbb"))])]), stored=True)

if big:
    # PLAN_IMPORT_MAX_EXPANDED: a stored document.xml (ratio 1) of exactly that many bytes.
    head = ('<?xml version="1.0"?>\n<w:document %s><w:body>' % W) + tbl([tr([tc(p("big"))])])
    tail = '</w:body></w:document>'
    for n, tag in ((MAX_EXPANDED, "at"), (MAX_EXPANDED + 1, "past")):
        fill = n - len(head) - len(tail)
        chunk = "<!--" + "c" * 4089 + "-->\n"   # 4 KiB that the parser passes over quickly
        body = chunk * (fill // len(chunk)) + " " * (fill % len(chunk))
        docx("expanded-%s.docx" % tag, None, raw=head + body + tail, stored=True)

    # PLAN_IMPORT_MAX_RATIO: a part over the floor that expands exactly 100 times, and one byte more.
    rnd = random.Random(16)
    text = ''.join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(30000))
    head = ('<?xml version="1.0"?>\n<w:document %s><w:body>' % W) + tbl([tr([tc(p(text))])])

    def csize(data):
        c = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        return len(c.compress(data) + c.flush())

    def doc(k, pad):
        return (head + "<w:p/>" * k + " " * pad + tail).encode()

    lo, hi = 0, 4000000
    while lo < hi:   # the smallest k whose ratio reaches 100
        mid = (lo + hi) // 2
        d = doc(mid, 0)
        if len(d) >= MAX_RATIO * csize(d):
            hi = mid
        else:
            lo = mid + 1
    done = False
    for k in range(max(lo - 400, 0), lo + 400):
        base = len(doc(k, 0))
        pad = 0
        for _ in range(6):   # the padding that makes the size 100 times the compressed size
            want = MAX_RATIO * csize(doc(k, pad)) - base
            if want == pad or want < 0:
                break
            pad = want
        c = csize(doc(k, pad))
        if pad >= 0 and base + pad == MAX_RATIO * c and csize(doc(k, pad + 1)) == c:
            assert base + pad > RATIO_FLOOR
            for extra, tag in ((0, "at"), (1, "past")):
                name = path("ratio-%s.docx" % tag)
                with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
                    z.writestr("word/document.xml", doc(k, pad + extra))
                with zipfile.ZipFile(name) as z:
                    i = z.getinfo("word/document.xml")
                    assert i.file_size == MAX_RATIO * i.compress_size + extra, (i.file_size, i.compress_size)
            done = True
            break
    assert done, "no document at the ratio limit found"
