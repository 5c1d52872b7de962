$ planimport --plan-id=LE1 --title="Mixed line ends" import/line-ends.csv
# Imported by planimport from import/line-ends.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan LE1 Mixed line ends

action A1
  title Old Mac line end
  lead Jo
  due 2019-03
  update
    One

action A2
  title Unix line end
  lead Sam
  due 2019-04
  update
    Two
    lines

action A3
  title Windows line end
  lead Al
  due 2019-05
  update
    Three
planimport: 4 rows read, 3 actions and 3 updates written, 0 guesses (comments "# planimport:"), 0 notes kept
? 0
