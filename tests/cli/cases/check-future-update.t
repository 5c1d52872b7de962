$ plancheck checks/future-update.plan; plancheck checks/future-update-ok.plan
checks/future-update.plan:6:3: warning: update of action A1 is dated 1 July 2019, after today [future-update]
    update 2019-07-01 green
    ^~~~~~~~~~~~~~~~~~~~~~~
0 errors, 1 warning in 1 file
? 0
