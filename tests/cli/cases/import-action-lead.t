$ planimport import/action-lead.csv
# Imported by planimport from import/action-lead.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN action-lead

objective 1
  title To ensure awareness.

action 1.a
  title Develop a communications plan which will include: White Ribbon Day; and Harrow Shield.
  # planimport: the lead is the end of the "action and lead" cell
  lead Rebecka Steven/ Kate Vogelsang
  due 2015-10
  update
    Draft plan.

action 1.b
  title MARAC Awareness – 4 sessions per year.
  # planimport: the lead is the end of the "action and lead" cell
  lead MARAC Coordinator (Lyndsey Dearlove) and MARAC Chair.
  due Annual
  update
    Done.

action 1.c
  title A deliverable with no lead named in it at all, running on and on for many words
  due 2016

action 1.d
  title Delivery of training to staff
  # planimport: the lead is the end of the "action and lead" cell
  lead LSCB – Coral McGookin
  due ongoing
planimport: 5 rows read, 4 actions and 2 updates written, 3 guesses (comments "# planimport:"), 0 notes kept
? 0
