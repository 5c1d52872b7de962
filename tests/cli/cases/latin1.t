$ plancheck latin1.plan
latin1.plan:1:6: note: plan P1 has no period, so action A1, with no update and no start, cannot be judged stale; give the plan its period under the plan line, for example "period 2019/20" [stale]
  plan P1 x
       ^~
latin1.plan:2:8: error: action A1 has no lead [missing-owner]
  action A1 y
         ^~
latin1.plan:2:8: warning: action A1 has neither a deadline (due) nor a review point [no-deadline]
  action A1 y
         ^~
latin1.plan:3:11: error: invalid UTF-8 (byte 0xE9, é in Windows-1252): the file looks saved as Windows-1252 (1 such byte); save it as UTF-8 [encoding]
    note caf? au lait
            ^
2 errors, 1 warning in 1 file
? 1
