$ plancheck checks/stale-after.plan; plancheck checks/closed.plan; plancheck checks/bad-settings.plan
checks/stale-after.plan:4:8: warning: action A1 is stale: its last update (22 April 2019) is 40 days old, more than the 30 days plan P1 allows [stale]
  action A1 Updated 40 days ago
         ^~
0 errors, 1 warning in 1 file
checks/bad-settings.plan:2:3: error: unknown check "overdu"; did you mean "overdue"? [structure]
    check overdu error
    ^~~~~~~~~~~~~~~~~~
checks/bad-settings.plan:3:3: error: expected error, warning, note, on or off after "check stale" [structure]
    check stale loud
    ^~~~~~~~~~~~~~~~
checks/bad-settings.plan:4:3: error: expected "stale after N days" (or weeks, or months), found "after a while" [structure]
    stale after a while
    ^~~~~~~~~~~~~~~~~~~
3 errors, 0 warnings in 1 file
? 1
