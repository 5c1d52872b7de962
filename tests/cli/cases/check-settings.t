$ plancheck checks/settings.plan
checks/settings.plan:8:7: error: action A1 is overdue: deadline April 2019 passed 32 days ago, no decision recorded [overdue]
    due 2019-04
        ^~~~~~~
checks/settings.plan:11:8: note: action A2 has neither a deadline (due) nor a review point [no-deadline]
  action A2 No deadline, a note in this plan
         ^~
1 error, 0 warnings in 1 file
? 1
