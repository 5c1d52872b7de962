$ plancheck checks/missing-owner.plan; plancheck checks/missing-owner-ok.plan
checks/missing-owner.plan:3:8: error: action A1 has no lead [missing-owner]
  action A1 Nobody leads this
         ^~
checks/missing-owner.plan:8:3: error: action A2 has no owner: all of its leads are placeholders [missing-owner]
    lead (TBC)
    ^~~~~~~~~~
2 errors, 0 warnings in 1 file
? 0
