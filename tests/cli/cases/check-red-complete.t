$ plancheck checks/red-complete.plan; plancheck checks/red-complete-ok.plan
checks/red-complete.plan:6:3: warning: action A1 is recorded as complete, but its last rating is red [red-complete]
    decision 2019-05-20 complete
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
0 errors, 1 warning in 1 file
? 0
