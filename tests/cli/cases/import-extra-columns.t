$ planimport import/extra-columns.csv
# Imported by planimport from import/extra-columns.csv.
# Read the notes and the comments marked "planimport:", then run plancheck.
plan D2019 Delivery plan 2019 (draft)

action A1
  title Do it
  lead Jo
  note Budget: £5,000
    column 4: extra cell

action A2
  title And more
  lead Sam
planimport: 4 rows read, 2 actions and 0 updates written, 0 guesses (comments "# planimport:"), 1 note kept
? 0
