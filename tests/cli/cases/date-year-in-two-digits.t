$ plancheck --today 2019-06-01 dates/year-in-two-digits.plan
dates/year-in-two-digits.plan:6:7: error: cannot read "31/03/26" as a date; write the year in full: 31/03/2026 [syntax]
    due 31/03/26
        ^~~~~~~~
1 error, 0 warnings in 1 file
? 1
