$ planimport import/continuation.csv
# Imported by planimport from import/continuation.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN continuation

objective 1
  title To reduce burglary

action 1.a
  title Deliver the 'Be Safe' programme
  lead Louis Smith
  lead Harrow Police
  due 2015-10
  review 2019-01
  decision continue into 2019/20
  update
    Ongoing and on target.
  update 2019-01-10 green
    Autumn Nights ran successfully.

    2018 – 86

# planimport: row 4 of table 1 read as more of row 3 above
action 1.b
  title Take forward recommendations from the Locality Assessment into community engagement around violence
  lead Alex Dewsnap
  due 2015-04, for programmes to begin
  review 2018-09
  decision remove
  update amber
    Elements of this have been taken forward.

objective 2
  title Reduce ASB

action 2.1
  title Use of tools and powers
  lead Richard Le Brun
  due Ongoing
  review Ongoing
  decision complete
  update 2019-02-25
    Housing are pleased.
  update 2019-05-17
    Business as usual.
planimport: 5 rows read, 3 actions and 5 updates written, 1 guess (comments "# planimport:"), 0 notes kept
? 0
