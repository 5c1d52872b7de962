$ planreport good.plan updates.plan
P18  Community Safety Delivery Plan
  period 2018/19, board Safer Harrow
  1 section, 1 objective, 2 actions
  leads: 2 actions with an owner, 0 without
  decisions: 1 continue, 1 complete, 0 remove, 0 decommissioned, 0 none
  updates: 3 (3 dated); last RAG: 0 green, 1 amber, 0 red, 1 unrated
? 0
