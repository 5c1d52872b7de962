$ planimport import/dates.csv
# Imported by planimport from import/dates.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan PLAN dates

action A1
  title Month
  lead Jo
  due 2015-10

action A2
  title Rhythm
  lead Jo
  due Ongoing

action A3
  title Annual
  lead Jo
  due Annual

action A4
  title Yearly in a month
  lead Jo
  due annually in October

action A5
  title Every three years
  lead Jo
  due every 3 years

action A6
  title Years
  lead Jo
  due 2017-2021

action A7
  title Range
  lead Jo
  due 2014-11 to 2018-03

action A8
  title Financial quarter
  lead Jo
  due 2019/20 Q3

action A9
  title Ordinal day
  lead Jo
  due 2019-03-31

action A10
  title Spreadsheet month
  lead Jo
  due 2019-03

action A11
  title Placeholder
  lead Jo
  due TBC

action A12
  title Misspelt
  lead Jo
  # planimport: "Octobr 2019" in Timescale is not a date (did you mean "October 2019"?): kept as a note
  note Timescale: Octobr 2019

action A13
  title Season
  lead Jo
  # planimport: "Spring 2020" in Timescale is not a date (a season is not a date: write its months, 2020-03 to 2020-05): kept as a note
  note Timescale: Spring 2020

action A14
  title With a note
  lead Jo
  due 2015-04, for programmes to begin

action A15
  title Words before
  lead Jo
  # planimport: the date of "Ends 31 March 2016" is read from its words "31 March 2016"
  due 2016-03-31, Ends 31 March 2016

action A16
  title Two lines
  lead Jo
  due 2019-03
  review 2019-06
planimport: 17 rows read, 16 actions and 0 updates written, 3 guesses (comments "# planimport:"), 2 notes kept
? 0
