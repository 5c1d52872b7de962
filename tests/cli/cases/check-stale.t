$ plancheck checks/stale.plan; plancheck checks/stale-ok.plan
checks/stale.plan:3:8: warning: action A1 is stale: its last update (15 January 2019) is 137 days old; a quarterly action is updated at least every 106 days [stale]
  action A1 Quarterly, last update in January
         ^~
checks/stale.plan:8:8: warning: action A2 is stale: it has no update at all, 151 days after it started [stale]
  action A2 No update at all
         ^~
0 errors, 2 warnings in 1 file
? 0
