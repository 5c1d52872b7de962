$ plancheck --today 2019-06-01 dates/month-two-digit-year.plan
dates/month-two-digit-year.plan:6:7: error: cannot read "Apr 25" as a date; write the year in full: April 2025 (or Apr-25); a day is written 25 April YYYY [syntax]
    due Apr 25
        ^~~~~~
1 error, 0 warnings in 1 file
? 1
