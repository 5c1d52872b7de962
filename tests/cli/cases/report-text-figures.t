$ planreport figures/idva.plan; planreport checks/measure-off-target-ok.plan
P19  Measures with figures
  period 2018/19
  0 sections, 2 objectives, 1 action
  leads: 1 action with an owner, 0 without
  decisions: 0 continue, 0 complete, 0 remove, 0 decommissioned, 1 none
  updates: 0 (0 dated); last RAG: 0 green, 0 amber, 0 red, 1 unrated
  measures with figures: 4; latest actual against target:
    DV1 IDVA support to 240 new cases per year: 358 high-risk cases for 2018/19; against target at least 240 cases for 2018/19: met
    DV2 Refuge places for women and children: no actual yet; target at least 30 places for 2019/20
    ASB1 Victims satisfied with the service they...: 71.5% for 31 March 2019; against target 73% satisfied (+5) for 31 March 2019: missed
    ASB1 Burglary reduced by 5%: 1300 burglaries for 2018; against target 1172.3 burglaries (-5%) for 2018: missed

As at 1 June 2019: 1 action, 1 open (0 green, 0 amber, 0 red, 1 unrated), 0 complete, 0 removed; of the open, 0 overdue, 1 stale, 0 without an owner.

Stale: no update within their rhythm (1):
  ASB1  Survey the victims of anti-social behaviour  (deadline December 2019; Jane Smith)
P1  Check fixture
  period 2019/20
  0 sections, 1 objective, 1 action
  leads: 1 action with an owner, 0 without
  decisions: 0 continue, 1 complete, 0 remove, 0 decommissioned, 0 none
  updates: 0 (0 dated); last RAG: 0 green, 0 amber, 0 red, 1 unrated
  measures with figures: 6; latest actual against target:
    O1 The latest actual meets the target: 21 panels for 2018/19; against target 20 panels for 2018/19: met
    O1 No target has come due by the latest...: 6 for December 2018; against target 20 for 2019/20: not due yet
    O1 Neither a bound nor a baseline says...: 3 for 2018; against target 20 for 2018: not judged
    O1 The target is the baseline: 3 for 2018; against target 10 for 2018: not judged
    O1 A reduction met: 1172.3 burglaries for 2018; against target 1172.3 burglaries (-5%) for 2018: met
    A1 Victims satisfied: 50% for 2018; against target at least 70% for 2018: missed

P2  Closed
  0 sections, 1 objective, 0 actions
  leads: 0 actions with an owner, 0 without
  decisions: 0 continue, 0 complete, 0 remove, 0 decommissioned, 0 none
  updates: 0 (0 dated); last RAG: 0 green, 0 amber, 0 red, 0 unrated
  measures with figures: 1; latest actual against target:
    O2 Panels set up: 3 panels for 2018; against target at least 20 panels for 2018: missed

As at 1 June 2019: 1 action, 0 open (0 green, 0 amber, 0 red, 0 unrated), 1 complete, 0 removed; of the open, 0 overdue, 0 stale, 0 without an owner.
? 0
