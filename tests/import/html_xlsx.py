#!/usr/bin/python3
"""Writes the tables of an HTML page as an Excel workbook, with openpyxl.

    /usr/bin/python3 tests/import/html_xlsx.py PAGE.html OUT.xlsx

All the tables go on one sheet, one after the other, as a plan kept in
Excel usually is: a cell that spans columns (colspan) is a merged range,
a paragraph, a list item or a line break in a cell is a line of its
text, and a cell styled with a background colour is filled with it.
"""
import html.parser
import re
import sys

import openpyxl
from openpyxl.styles import PatternFill


class Tables(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.row, self.cell, self.depth = [], None, None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            m = re.search(r"background(?:-color)?:\s*#([0-9a-fA-F]{6})", a.get("style", ""))
            self.cell = {"text": "", "span": int(a.get("colspan", "1")), "fill": m.group(1) if m else None}
        elif tag in ("p", "li", "br", "div") and self.cell is not None and self.cell["text"]:
            self.cell["text"] += "\n"

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.cell["text"] = re.sub(r"[ \t]+", " ", self.cell["text"]).strip()
            self.cell["text"] = re.sub(r" *\n[ \n]*", "\n", self.cell["text"])
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data.replace("\n", " ")


p = Tables()
p.feed(open(sys.argv[1], encoding="utf-8").read())
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Plan"
for r, row in enumerate(p.rows, start=1):
    c = 1
    for cell in row:
        x = ws.cell(row=r, column=c, value=cell["text"] or None)
        if cell["fill"]:
            x.fill = PatternFill("solid", fgColor=cell["fill"].upper())
        if cell["span"] > 1:
            ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + cell["span"] - 1)
        c += cell["span"]
wb.save(sys.argv[2])
