$ plancheck --today 2019-06-01 dates/partner-plan.plan dates/partner-year-in-two-digits.plan
dates/partner-year-in-two-digits.plan:1:1: error: cannot read "31/03/26" as a date; write the year in full: 31/03/2026 [syntax]
  31/03/26 A1 green by Police
  ^~~~~~~~
1 error, 0 warnings in 2 files
? 1
