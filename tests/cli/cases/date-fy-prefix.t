$ plancheck --today 2019-06-01 dates/fy-prefix.plan
dates/fy-prefix.plan:6:7: error: cannot read "FY 2025/26" as a date; a financial year is written 2025/26 [syntax]
    due FY 2025/26
        ^~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
