$ plancheck -W warning=overdue -W stale -W no-no-deadline checks/settings.plan
checks/settings.plan:6:8: warning: action A1 is stale: its last update (1 January 2018) is 516 days old, more than the 92 days plan P1 allows [stale]
  action A1 Overdue, an error in this plan
         ^~
checks/settings.plan:8:7: warning: action A1 is overdue: deadline April 2019 passed 32 days ago, no decision recorded [overdue]
    due 2019-04
        ^~~~~~~
0 errors, 2 warnings in 1 file
? 0
