$ plancheck cycle-a.plan
cycle-b.plan:1:1: error: include cycle: cycle-a.plan includes cycle-b.plan includes cycle-a.plan [include]
  include cycle-a.plan
  ^~~~~~~~~~~~~~~~~~~~
1 error, 0 warnings in 2 files
? 1
