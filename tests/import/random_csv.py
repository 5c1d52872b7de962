#!/usr/bin/python3
"""Writes a random table as CSV, from the words plan files and Word plans are made of.

    /usr/bin/python3 tests/import/random_csv.py SEED OUT.csv

Headers in any order, cells of keywords, comment marks, dates good and
bad, decisions, ratings, numbering, control characters, quotes and line
breaks: tests/import/run imports each and checks that the plan parses.
"""
import csv
import io
import random
import sys

random.seed(int(sys.argv[1]))
words = ["lead", "update", "# x", "#", "  ", "Green", "red", "CONTINUE", "2019/20", "COMPLETE", "(a)", "1.", "b)", "1.1.1",
         "March 2019", "Octobr", "31/02/2019", "Q3 2019", "every 0 weeks", "ongoing", "TBC", "UPDATE 10th Jan 2019 Green",
         "25 Feb 19 update:", "\t", "\r", "\n", "\n\n", ",", '"', "plan", "action", "objective", "include x", "due:",
         "\u202e", "é", "–", "title", "note", ":", "-", "Strategic Objective 1 – X : y", "decision", "2017-2021",
         "June / July 2018", "1-2-1", "into", "by", "\x01", "\x7f"]
heads = ["Objective", "Action", "Lead", "Timescale", "Review Point", "Update/Progress", "RAG", "Measures & targets", "Budget", "Partners", "Comments", "No."]
rows = [random.sample(heads, random.randint(2, 7))]
for i in range(random.randint(1, 30)):
    rows.append([" ".join(random.choice(words) for _ in range(random.randint(0, 6))) for _ in range(random.randint(1, 9))])
if random.random() < 0.3: rows.insert(random.randint(1, len(rows)), rows[0])
out = io.StringIO(); csv.writer(out).writerows(rows)
open(sys.argv[2], "w", encoding="utf-8", newline="").write(out.getvalue())
