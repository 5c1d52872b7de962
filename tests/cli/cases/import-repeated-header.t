$ planimport import/repeated-header.csv
# Imported by planimport from import/repeated-header.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN repeated-header

objective 1
  title Burglary
  statement To reduce the number of burglaries

action 1.1
  title Deliver the 'Be Safe' programme
  measure Burglaries are reduced
  lead Louis Smith Harrow Police
  review 2019-01
  update green
    Ongoing and on target.

# planimport: row 6 of table 1 read as more of row 4 above
action 1.2
  title Take forward recommendations from the Locality Assessment into community engagement around violence, and integrate into the Delivery Plan
  lead Alex Dewsnap, Divisional Director Strategic Commissioning
  review 2018-09
  update
    Elements of this have been taken forward in Wealdstone.

action 1.3
  title Disseminate recommendations to businesses
  lead Bali Rai Economic Development
  review Ongoing
  update amber
    information to be disseminated.

objective 2
  title Non-domestic violence with injury
  statement To reduce the number of incidents

action 2.1
  title Developing our response to the rise in crime
  measure The number of incidents are reduced
  lead Alex Dewsnap
  # planimport: the date of "Set up in June 2018" is read from its words "June 2018"
  review 2018-06, Set up in June 2018
  update
    The Wealdstone Action Group has met.
planimport: 10 rows read, 4 actions and 4 updates written, 2 guesses (comments "# planimport:"), 0 notes kept
? 0
