#!/usr/bin/python3
"""Compares the actions of two plans, field by field, as planreport -f json gives them.

    /usr/bin/python3 tests/import/compare.py EXPECTED.json IMPORTED.json [MIN_PERCENT]

Actions are matched by title (blanks and case aside; the closest title
above a similarity of 0.8, for titles the transcription reconstructed),
else by id.  Compared for each: the title, the leads, the deadline, the
review points, the decisions (verb and period) and the updates (date and
rating, in order).  Prints each difference and the agreement, the share
of fields that agree (an action missing on either side disagrees in all
its fields); exits 1 below MIN_PERCENT (default 95).
"""
import difflib
import json
import re
import sys


def norm(s):
    return re.sub(r"\s+", " ", (s or "")).strip().lower()


def when(w):
    if not w:
        return None
    if w["kind"] == "date":
        return w["date"]["value"]
    if w["kind"] == "rhythm":
        return w["rhythm"] + ("" if not w.get("month") else " in %s" % w["month"])
    if w["kind"] == "range":
        return "%s to %s" % (w["from"]["value"], w["to"]["value"])
    return norm(w.get("written"))


def fields(a):
    return {
        "title": norm(a["title"]),
        "leads": [norm(l["text"]) for l in a["leads"]],
        "due": when(a["due"]),
        "reviews": [when(r) for r in a["reviews"]],
        "decisions": [(d["decision"], d["into"]["value"] if d.get("into") else None) for d in a["decisions"]],
        "updates": [(u["date"]["value"] if u["date"] else None, u["rag"]) for u in a["updates"]],
    }


def actions(path):
    j = json.load(open(path, encoding="utf-8"))
    return [a for p in j["plans"] for a in p["actions"]]


want, got = actions(sys.argv[1]), actions(sys.argv[2])
least = float(sys.argv[3]) if len(sys.argv) > 3 else 95.0
used = set()
agree = total = 0
for a in want:
    fa = fields(a)
    best, score = None, 0.8
    for i, b in enumerate(got):
        if i in used:
            continue
        r = difflib.SequenceMatcher(None, fa["title"], norm(b["title"])).ratio()
        if r > score:
            best, score = i, r
    if best is None:
        best = next((i for i, b in enumerate(got) if i not in used and b["id"] == a["id"]), None)
    if best is None:
        print("missing: %s %s" % (a["id"], fa["title"][:60]))
        total += len(fa)
        continue
    used.add(best)
    fb = fields(got[best])
    for k in fa:
        total += 1
        if fa[k] == fb[k]:
            agree += 1
        else:
            print("%s (%s) %s: want %r, got %r" % (a["id"], got[best]["id"], k, fa[k], fb[k]))
for i, b in enumerate(got):
    if i not in used:
        print("extra: %s %s" % (b["id"], norm(b["title"])[:60]))
        total += 6
pct = 100.0 * agree / total if total else 0.0
print("agreement: %d of %d fields, %.1f%%" % (agree, total, pct))
sys.exit(0 if pct >= least else 1)
