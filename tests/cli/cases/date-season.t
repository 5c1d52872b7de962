$ plancheck --today 2019-06-01 dates/season.plan
dates/season.plan:6:7: error: cannot read "Spring 2020" as a date; a season is not a date: write its months, 2020-03 to 2020-05 [syntax]
    due Spring 2020
        ^~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
