$ plancheck checks/stale-no-period.plan; plancheck -W no-stale checks/stale-no-period.plan; plancheck --today 2019-03-31 checks/stale-no-period.plan | grep -c "for example \"period 2018/19\""
checks/stale-no-period.plan:3:6: note: plan P1 has no period, so actions A1 and A2, with no update and no start, cannot be judged stale; give the plan its period under the plan line, for example "period 2019/20" [stale]
  plan P1 Example
       ^~
checks/stale-no-period.plan:10:8: warning: action A3 is stale: its last update (15 January 2019) is 137 days old, more than the 92 days plan P1 allows [stale]
  action A3 Updated in January: judged
         ^~
checks/stale-no-period.plan:15:8: warning: action A4 is stale: it has no update at all, 243 days after it started [stale]
  action A4 Started: judged from its start
         ^~
checks/stale-no-period.plan:23:6: note: plan P2 has no period, so action B1, with no update and no start, cannot be judged stale; give the plan its period under the plan line, for example "period 2019/20" [stale]
  plan P2 One action without
       ^~
checks/stale-no-period.plan:27:6: note: plan P3 has no period, so actions C1 and 2 others, with no update and no start, cannot be judged stale; give the plan its period under the plan line, for example "period 2019/20" [stale]
  plan P3 Three actions without
       ^~
0 errors, 2 warnings in 1 file
3
? 0
