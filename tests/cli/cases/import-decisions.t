$ planimport import/decisions.csv
# Imported by planimport from import/decisions.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN decisions

action A1
  title Continue a programme
  lead A Lead
  due 2019-01
  decision continue into 2019/20
  update
    Going well.

action A2
  title Complete a baseline
  lead A Lead
  due 2018-06
  decision complete
  update
    Done.

action A3
  title Remove an action
  lead A Lead
  due 2018-12
  review 2019-03
  decision remove
  update
    Merged into another action.

action A4
  title Decommission one
  lead A Lead
  due On going
  decision decommissioned
  update
    Stopped.

action A5
  title Continue without a period
  lead A Lead
  due Ongoing
  decision continue, subject to funding
  update
    Funded for now.

action A6
  title Unreadable date
  lead A Lead
  # planimport: "June / July 2018" read as the range 2018-06 to 2018-07
  due 2018-06 to 2018-07, June / July 2018
  update
    Kept as a note.
planimport: 7 rows read, 6 actions and 6 updates written, 1 guess (comments "# planimport:"), 0 notes kept
? 0
