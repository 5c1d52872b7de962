$ planimport --columns='A=action,B=lead,C=due,D=update' import/columns.csv
# Imported by planimport from import/columns.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN columns

action A1
  title Wire up a new thing
  lead Jo Bloggs
  due 2019-03
  update
    Some progress

action A2
  title Second thing
  lead Sam Smith
  due quarterly
  update
    More
planimport: 3 rows read, 2 actions and 2 updates written, 0 guesses (comments "# planimport:"), 0 notes kept
? 0
