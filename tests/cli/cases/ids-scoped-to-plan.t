$ plancheck --today 2019-06-01 scoped/plans.plan scoped/loose.plan; planreport scoped/plans.plan 2>&1 | grep -E '^P|updates'
scoped/loose.plan:1:12: error: update for action A1, which more than one plan has: write P1:A1 or P2:A1 [unknown-id]
  2019-05-02 A1 amber by NHS
             ^~
scoped/loose.plan:5:12: error: update for P3:A1: there is no plan P3 among the plans read [unknown-id]
  2019-05-04 P3:A1 green by NHS
             ^~~~~
2 errors, 0 warnings in 3 files
P1  First plan
  updates: 0 (0 dated); last RAG: 0 green, 0 amber, 0 red, 1 unrated
P2  Second plan
  updates: 1 (1 dated); last RAG: 1 green, 0 amber, 0 red, 0 unrated
? 0
