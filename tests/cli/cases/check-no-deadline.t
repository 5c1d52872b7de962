$ plancheck checks/no-deadline.plan; plancheck checks/no-deadline-ok.plan
checks/no-deadline.plan:3:8: warning: action A1 has neither a deadline (due) nor a review point [no-deadline]
  action A1 When?
         ^~
0 errors, 1 warning in 1 file
? 0
