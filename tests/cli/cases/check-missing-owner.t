$ plancheck --strict checks/missing-owner.plan; plancheck checks/missing-owner-ok.plan
checks/missing-owner.plan:3:8: error: action A1 has no lead [missing-owner]
  action A1 Nobody leads this
         ^~
checks/missing-owner.plan:8:3: error: action A2 has no owner: all of its leads are placeholders [missing-owner]
    lead (TBC)
    ^~~~~~~~~~
checks/missing-owner.plan:14:3: error: action A3 has no owner: its lead "All agencies" names everyone, so nobody in particular is accountable for it; name who leads it [missing-owner]
    lead All agencies
    ^~~~~~~~~~~~~~~~~
checks/missing-owner.plan:19:3: error: action A4 has no owner: each of its leads is a placeholder or names everyone; name who leads it [missing-owner]
    lead Partnership.
    ^~~~~~~~~~~~~~~~~
checks/missing-owner.plan:25:3: error: action A5 has no owner: each of its leads names everyone, so nobody in particular is accountable for it; name who leads it [missing-owner]
    lead All partners
    ^~~~~~~~~~~~~~~~~
5 errors, 0 warnings in 1 file
? 0
