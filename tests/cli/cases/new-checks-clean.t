$ plancheck --new --today 2027-01-15 | plancheck --strict --today 2027-01-15 -
? 0
