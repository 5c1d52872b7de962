"""Reads planreport's spreadsheets back with independent readers.

Run with /usr/bin/python3 (Debian's python3-openpyxl is for it):

  readback.py typed FILE.xlsx SHEET   each row as a JSON array of typed cells:
                                      "s:TEXT" (a string), "d:YYYY-MM-DD" (a date
                                      cell with a date format), "n:62" (a number),
                                      "" (empty); a filled cell adds "#RRGGBB"
                                      after a space ("s:green #00B050")
  readback.py values FILE.xlsx SHEET  each row as a JSON array of plain values, as
                                      CSV would write them ("2019-03-31", "62")
  readback.py csv FILE.csv            the CSV's records, the same way, after checking
                                      it is UTF-8 without a BOM with CRLF record ends
  readback.py info FILE.xlsx          the sheets, one a line: name, rows, columns,
                                      frozen cell, filtered range

A formula cell anywhere, a date without a date format, or a CSV that breaks
the rules above is an error (status 1, with why on standard error).
"""

import csv
import datetime
import io
import json
import sys

import openpyxl


def fail(why):
    sys.stderr.write("readback: %s\n" % why)
    sys.exit(1)


def load(path):
    return openpyxl.load_workbook(path)


def typed_cell(c):
    v = c.value
    if v is None:
        out = ""
    elif c.data_type == "f" or (isinstance(v, str) and c.data_type != "s"):
        fail("%s!%s is a formula: %r" % (c.parent.title, c.coordinate, v))
    elif isinstance(v, datetime.datetime):
        if not c.is_date:
            fail("%s!%s is a date without a date format" % (c.parent.title, c.coordinate))
        if v.time() != datetime.time(0):
            fail("%s!%s is not a day: %r" % (c.parent.title, c.coordinate, v))
        out = "d:" + v.date().isoformat()
    elif isinstance(v, (int, float)) and not isinstance(v, bool):
        if c.is_date:
            fail("%s!%s is a number with a date format" % (c.parent.title, c.coordinate))
        out = "n:%g" % v
    elif isinstance(v, str):
        out = "s:" + v
    else:
        fail("%s!%s holds %r" % (c.parent.title, c.coordinate, v))
    if c.fill is not None and c.fill.fill_type == "solid":
        out += " #" + c.fill.fgColor.rgb[-6:]
    return out


def plain(c):
    t = typed_cell(c)
    if t == "":
        return ""
    t = t.split(" #")[0] if c.fill is not None and c.fill.fill_type == "solid" else t
    return t[2:]


def rows(ws, how):
    for r in ws.iter_rows():
        yield [how(c) for c in r]


def sheet(wb, name):
    if name not in wb.sheetnames:
        fail("no sheet %s (there are %s)" % (name, ", ".join(wb.sheetnames)))
    return wb[name]


def read_csv(path):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        fail("the CSV starts with a byte order mark")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("the CSV is not UTF-8: %s" % e)
    records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    # Every record ends with CRLF; a CR is nowhere else (plan text breaks lines with LF).
    if not text.endswith("\r\n"):
        fail("the last record does not end with CRLF")
    if text.count("\r\n") != len(records) or text.count("\r") != len(records):
        fail("%d records but %d CRLF and %d CR" % (len(records), text.count("\r\n"), text.count("\r")))
    return records


def main(argv):
    if len(argv) < 3:
        fail("usage: readback.py typed|values FILE SHEET | csv FILE | info FILE")
    how, path = argv[1], argv[2]
    out = sys.stdout
    if how in ("typed", "values"):
        ws = sheet(load(path), argv[3])
        for r in rows(ws, typed_cell if how == "typed" else plain):
            while r and r[-1] == "":
                r.pop()
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif how == "csv":
        for r in read_csv(path):
            while r and r[-1] == "":
                r.pop()
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif how == "info":
        wb = load(path)
        for ws in wb.worksheets:
            out.write("%s %d %d %s %s\n" % (ws.title, ws.max_row, ws.max_column,
                                            ws.freeze_panes, ws.auto_filter.ref))
    else:
        fail("unknown command %s" % how)


main(sys.argv)
