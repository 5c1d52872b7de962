$ d=$(mktemp -d) && planimport -o "$d/plan.plan" import/bom.csv && cat "$d/plan.plan"; planimport -o "$d/none.plan" import/no-plan.csv; ls "$d"; rm -r "$d"
planimport: 2 rows read, 1 action and 0 updates written, 0 guesses (comments "# planimport:"), 0 notes kept
# Imported by planimport from import/bom.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN bom

action A1
  title With a BOM and CRLF
  lead Jo Bloggs
  due 2019-03
planimport: import/no-plan.csv: no table looks like a plan: no row names an action column (action, deliverable, key deliverables, ...) with another known column; say which column is which with --columns (A=objective,B=action,...)
plan.plan
? 0
