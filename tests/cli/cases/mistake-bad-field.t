$ PLAN_TODAY=2019-09-01 plancheck mistakes/due-bad.plan
mistakes/due-bad.plan:6:7: error: cannot read "Octobr 2019" as a date; did you mean "October 2019"? [syntax]
    due Octobr 2019
        ^~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
