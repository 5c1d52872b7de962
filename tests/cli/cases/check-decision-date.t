$ plancheck checks/decision-date.plan; plancheck checks/decision-date-ok.plan
checks/decision-date.plan:6:3: warning: decision on action A1 is dated 1 April 2019, before its first update [decision-date]
    decision 2019-04-01 continue
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
checks/decision-date.plan:12:3: warning: decision on action A2 is dated 1 July 2019, after today [decision-date]
    decision 2019-07-01 complete
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
0 errors, 2 warnings in 1 file
? 0
