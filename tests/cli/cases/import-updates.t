$ planimport import/updates.csv
# Imported by planimport from import/updates.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN updates

action A1
  title Several updates
  lead Karen Connell
  update
    We have used the Absolute Grounds for Possession recently.
    A possession order has been issued.
  update 2019-02-25
    Housing are pleased to report that serious ASB has not increased.
  update 2019-05-17
    Business as usual.

action A2
  title An update with its rating
  lead Louis Smith
  update
    Ongoing and on target.
  update 2019-01-10 green
    Autumn Nights ran successfully.

    2018 – 86
    2017 – 92

action A3
  title Rating on its own line
  lead Ignite
  update green
    Outcomes
    The team engaged 108 young people.

action A4
  title A rating from the RAG column
  lead Synergy
  update amber
    Over the last year Synergy delivered four programmes.

action A5
  title A rating with no update
  lead Harrow MPS
  # planimport: the row has a RAG rating but no update text
  update red

action A6
  title # a leading hash
  lead Someone
  update
    No. #1 priority this year
planimport: 7 rows read, 6 actions and 9 updates written, 1 guess (comments "# planimport:"), 0 notes kept
? 0
