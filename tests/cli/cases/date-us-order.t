$ plancheck --today 2019-06-01 dates/us-order.plan
dates/us-order.plan:6:7: error: cannot read "March 31 2026" as a date; write the day first: 31 March 2026 [syntax]
    due March 31 2026
        ^~~~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
