$ planimport --format=csv import/semicolon.csv
# Imported by planimport from import/semicolon.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN semicolon

action A1
  title Semicolons
  lead Jo Bloggs
  due 2019-03
planimport: 2 rows read, 1 action and 0 updates written, 0 guesses (comments "# planimport:"), 0 notes kept
? 0
