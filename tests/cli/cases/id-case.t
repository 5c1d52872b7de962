$ plancheck --today 2025-07-01 id-case.plan
id-case.plan:7:12: error: update for unknown action vawg1.3; did you mean "VAWG1.3"? [unknown-id]
  2025-06-12 vawg1.3 green
             ^~~~~~~
1 error, 0 warnings in 1 file
? 1
