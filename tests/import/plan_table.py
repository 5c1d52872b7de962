#!/usr/bin/python3
"""Writes a plan's actions as the HTML table of a Word action plan.

    planreport -f json PLAN | /usr/bin/python3 tests/import/plan_table.py > PAGE.html

The table is laid out as the 2015-17 plan's Word original is: a header
row (Objective, Key deliverables, Lead, Update, End date, Review Point),
a row spanning the table for each section, the objective's number and
title in the first row of its actions only, each action lettered as its
id ends ("(a)"), each lead a paragraph, each update a paragraph (a dated
one after a line "UPDATE 10 January 2019 Green"), the deadline as
written with its note after it, review points with decisions in capitals
("CONTINUE 2019/20").  tests/import/run imports the page (as docx and
xlsx) and compares the plan back with the one it came from.
"""
import html
import json
import re
import sys

HEAD = ["Objective", "Key deliverables", "Lead", "Update", "End date", "Review Point"]


def esc(s):
    return html.escape(s or "")


def paras(text):
    return "".join("<p>%s</p>" % esc(l) for l in re.split(r"\n+", text or "") if l.strip())


def when(w):
    if not w:
        return ""
    s = w["written"]
    if w.get("note"):
        s += " " + w["note"].replace("\n", " ")
    return s


j = json.load(sys.stdin)
out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">']
for p in j["plans"]:
    out.append("<title>%s</title></head><body>" % esc(p["title"]))
    out.append('<table border="1">')
    out.append("<tr>" + "".join("<th>%s</th>" % h for h in HEAD) + "</tr>")
    titles = {o["id"]: o.get("title") or "" for o in p["objectives"]}
    sections = {s["id"]: s.get("title") or "" for s in p["sections"]}
    last_obj, last_sec = None, None
    for a in p["actions"]:
        if a["section"] != last_sec and a["section"]:
            out.append('<tr><td colspan="%d">%s</td></tr>' % (len(HEAD), esc(sections[a["section"]])))
            last_sec = a["section"]
        obj = ""
        if a["objective"] != last_obj and a["objective"]:
            num = re.sub(r"^\D+", "", a["objective"])
            obj = paras("%s. %s" % (num, titles[a["objective"]]))
            last_obj = a["objective"]
        letter = a["id"].rsplit(".", 1)[-1]
        act = paras("(%s) %s" % (letter, a["title"] or ""))
        leads = "".join("<p>%s</p>" % esc(l["text"]) for l in a["leads"])
        ups = ""
        for u in a["updates"]:
            if u["date"]:
                ups += "<p>UPDATE %s%s</p>" % (u["date"]["value"], " " + u["rag"].capitalize() if u["rag"] else "")
            elif u["rag"]:
                ups += "<p>%s</p>" % u["rag"].capitalize()
            ups += paras(u["text"])
        rev = "".join("<p>%s</p>" % esc(when(r)) for r in a["reviews"])
        for d in a["decisions"]:
            rev += "<p>%s%s</p>" % (d["decision"].upper(), " " + d["into"]["value"] if d.get("into") else "")
        cells = [obj, act, leads, ups, esc(when(a["due"])), rev]
        out.append("<tr>" + "".join("<td>%s</td>" % c for c in cells) + "</tr>")
    out.append("</table>")
out.append("</body></html>")
print("\n".join(out))
