$ plancheck --today 2019-06-01 dates/month-first.plan
dates/month-first.plan:6:10: error: invalid date "03/31/2026": no such month: dates are day first, so this is month 31; for 31 March 2026 write 31/03/2026 (or 2026-03-31) [syntax]
    due 03/31/2026
           ^~~~~~~
1 error, 0 warnings in 1 file
? 1
