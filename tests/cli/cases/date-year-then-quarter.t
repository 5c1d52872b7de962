$ plancheck --today 2019-06-01 dates/year-then-quarter.plan
dates/year-then-quarter.plan:6:7: error: cannot read "2019 Q3" as a date; write 2019-Q3 for a calendar quarter, or Q3 2019/20 for a quarter of the financial year [syntax]
    due 2019 Q3
        ^~~~~~~
1 error, 0 warnings in 1 file
? 1
