$ planimport import/numbering.csv
# Imported by planimport from import/numbering.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN numbering

objective 1
  title Awareness

action 1.a
  title Develop a communications plan
  lead Rebecka Steven
  due 2015-10

action 1.b
  title Maintain publicity material
  lead Kate Vogelsang
  due 2015-01

action 1.3
  title Deliver training with no number
  lead Mike Howes
  due Annual

objective 2
  title Training

action 1.2.1
  title Numbered in full
  lead LSCB
  due 2015/16

# planimport: id 1.2.1 is used above: this action is 1.2.1_2
action 1.2.1_2
  title Numbered the same again
  lead LSCB
  due 2019/20 Q3

objective 3
  title Priority three

action 3.3
  title Numbered under an objective with no number
  lead Police
  due 2016-03-31

action 3.iv
  title Roman
  lead Police
  due N/A
planimport: 8 rows read, 7 actions and 0 updates written, 1 guess (comments "# planimport:"), 0 notes kept
? 0
