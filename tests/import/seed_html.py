#!/usr/bin/python3
"""Writes the tables of the 2018-19 delivery plan's seed as one HTML page.

    /usr/bin/python3 tests/import/seed_html.py SEED.txt > tests/import/vve-2018-19.html

SEED.txt is shared/seeds/001_e0cfcb9d5aff07b9.txt, the published delivery
plan's text as extracted: each table row a line of tab-separated cells
holding inline HTML, each objective's heading a line before its table.
The page keeps what the extraction gives, including the rows a page
break cut in two (planimport joins them) and the header repeated on a
new page; each objective's heading is the table's first row, spanning
it, as the Word original has it.  Markdown emphasis (*x*, **x**) becomes
HTML.  Run once; the output is committed (tests/import/run reads it).
"""
import html
import re
import sys

COLS = 6


def md_inline(s):
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\*(.+?)\*", r"<i>\1</i>", s)
    return s


def heading(line):
    t = re.sub(r"<[^>]+>|\*", "", line).strip()
    return re.match(r"(Strategic )?Objective \d", t) is not None


out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">',
       '<title>Community Safety and Violence, Vulnerability and Exploitation Delivery Plan 2018 - 2019</title>',
       '</head><body>']
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("## HIGH VOLUME CRIME"))
in_table = False
pending = None


def close():
    global in_table
    if in_table:
        out.append("</table>")
        in_table = False


for line in lines[start:]:
    if not line.strip():
        continue
    cells = line.split("\t")
    if line.startswith("## "):
        close()
        out.append("<h2>%s</h2>" % html.escape(line[3:].strip()))
        continue
    if all(c.strip() in ("", "--", "---") or set(c.strip()) <= set("-") for c in cells) and "--" in line:
        continue
    if heading(cells[0]) and all(not c.strip() for c in cells[1:]):
        close()
        pending = md_inline(cells[0].strip())
        continue
    if len(cells) == 1:
        close()
        if pending:
            out.append("<p>%s</p>" % pending)
            pending = None
        out.append("<p>%s</p>" % md_inline(line.strip()))
        continue
    cells = (cells + [""] * COLS)[:COLS]
    is_header = re.sub(r"<[^>]+>", "", cells[0]).strip().lower().startswith("measures")
    if not in_table:
        out.append('<table border="1">')
        in_table = True
        if pending:
            out.append('<tr><td colspan="%d">%s</td></tr>' % (COLS, pending))
            pending = None
    tag = "th" if is_header else "td"
    out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, md_inline(c.strip()), tag) for c in cells) + "</tr>")
close()
out.append("</body></html>")
print("\n".join(out))
