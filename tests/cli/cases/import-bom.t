$ planimport import/bom.csv
# Imported by planimport from import/bom.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN bom

action A1
  title With a BOM and CRLF
  lead Jo Bloggs
  due 2019-03
planimport: 2 rows read, 1 action and 0 updates written, 0 guesses (comments "# planimport:"), 0 notes kept
? 0
