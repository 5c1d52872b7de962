$ planreport ../../../plans/*.plan
DSV1517  Harrow Domestic and Sexual Violence Action Plan 2015 – 2017
  period 2015 to 2017
  4 sections, 21 objectives, 55 actions
  leads: 54 actions with an owner, 1 without
  decisions: 0 continue, 2 complete, 0 remove, 1 decommissioned, 52 none
  updates: 48 (0 dated); last RAG: 0 green, 0 amber, 0 red, 55 unrated

VVE18  Community Safety and Violence, Vulnerability and Exploitation Delivery Plan
  period 2018/19, board Safer Harrow
  2 sections, 12 objectives, 56 actions
  leads: 56 actions with an owner, 0 without
  decisions: 34 continue, 19 complete, 2 remove, 0 decommissioned, 1 none
  updates: 59 (3 dated); last RAG: 2 green, 3 amber, 0 red, 51 unrated
? 0
