$ plancheck ids.plan
ids.plan:1:6: note: plan P1 has no period, so actions A1 and A1, with no update and no start, cannot be judged stale; give the plan its period under the plan line, for example "period 2019/20" [stale]
  plan P1 x
       ^~
ids.plan:4:8: note: A1 first used here [duplicate-id]
  action A1 a
         ^~
ids.plan:4:8: error: action A1 has no lead [missing-owner]
  action A1 a
         ^~
ids.plan:4:8: warning: action A1 has neither a deadline (due) nor a review point [no-deadline]
  action A1 a
         ^~
ids.plan:5:8: error: duplicate id A1: already used by the action at ids.plan:4 (ids are unique within a plan) [duplicate-id]
  action A1 b
         ^~
ids.plan:5:8: error: action A1 has no lead [missing-owner]
  action A1 b
         ^~
ids.plan:5:8: warning: action A1 has neither a deadline (due) nor a review point [no-deadline]
  action A1 b
         ^~
ids.plan:6:12: error: update for unknown action A2; did you mean "A1"? [unknown-id]
  2019-01-01 A2 green
             ^~
ids.plan:8:12: error: S1 is a section, not an action: updates belong to actions [unknown-id]
  2019-01-01 S1
             ^~
5 errors, 2 warnings in 1 file
? 1
