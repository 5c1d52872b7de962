$ planreport good.plan updates.plan
P18  Community Safety Delivery Plan
  period 2018/19, board Safer Harrow
  1 section, 1 objective, 2 actions
  leads: 2 actions with an owner, 0 without
  decisions: 1 continue, 1 complete, 0 remove, 0 decommissioned, 0 none
  updates: 3 (3 dated); last RAG: 0 green, 1 amber, 0 red, 1 unrated

As at 1 June 2019: 2 actions, 1 open (0 green, 1 amber, 0 red, 0 unrated), 1 complete, 0 removed; of the open, 0 overdue, 1 stale, 0 without an owner.

Stale: no update within their rhythm (1):
  HV1.1  Deliver the 'Be Safe' programme  (deadline 2019/20; Louis Smith, Harrow Police; Public Health (Carole Furlong) and FORWA...)
? 0
