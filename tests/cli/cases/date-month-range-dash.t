$ plancheck --today 2019-06-01 dates/month-range-dash.plan
dates/month-range-dash.plan:6:7: error: cannot read "Jan-Mar 2026" as a date; write a range of months with "to": 2026-01 to 2026-03 [syntax]
    due Jan-Mar 2026
        ^~~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
