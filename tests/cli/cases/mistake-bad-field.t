$ PLAN_TODAY=2019-09-01 plancheck mistakes/due-bad.plan
mistakes/due-bad.plan:6:7: error: expected a date such as 2019-03 or 2019/20, or a rhythm such as quarterly after "due", found "Octobr 2019" [syntax]
    due Octobr 2019
        ^~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
