$ plancheck checks/update-order.plan; plancheck checks/update-order-ok.plan
checks/update-order.plan:8:3: warning: update of action A1 dated 1 April 2019 is written after the one dated 1 May 2019 (line 6): keep updates in date order [update-order]
    update 2019-04-01 green
    ^~~~~~~~~~~~~~~~~~~~~~~
0 errors, 1 warning in 1 file
? 0
