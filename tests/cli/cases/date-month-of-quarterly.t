$ plancheck --today 2019-06-01 dates/month-of-quarterly.plan
dates/month-of-quarterly.plan:6:20: error: only a yearly rhythm can name its month ("annually in October", "every 3 years in November") [syntax]
    review quarterly in May
                     ^~
1 error, 0 warnings in 1 file
? 1
