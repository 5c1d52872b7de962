$ plancheck checks/empty-update.plan; plancheck checks/empty-update-ok.plan
checks/empty-update.plan:6:3: warning: update of action A1 has no text [empty-update]
    update 2019-05-01 green
    ^~~~~~~~~~~~~~~~~~~~~~~
0 errors, 1 warning in 1 file
? 0
