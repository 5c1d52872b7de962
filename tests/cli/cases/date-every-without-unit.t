$ plancheck --today 2019-06-01 dates/every-without-unit.plan
dates/every-without-unit.plan:6:10: error: cannot read "every 3 yrs" as a date or a rhythm; write every N weeks, every N months or every N years, N from 1 to 99 [syntax]
    review every 3 yrs
           ^~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
