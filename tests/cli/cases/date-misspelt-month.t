$ plancheck --today 2019-06-01 dates/misspelt-month.plan
dates/misspelt-month.plan:6:7: error: cannot read "Octobr 2015" as a date; did you mean "October 2015"? [syntax]
    due Octobr 2015
        ^~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
