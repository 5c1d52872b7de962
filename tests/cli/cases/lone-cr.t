$ plancheck lone-cr.plan
lone-cr.plan:1:6: note: plan P1 has no period, so action A1, with no update and no start, cannot be judged stale; give the plan its period under the plan line, for example "period 2019/20" [stale]
  plan P1 Old Mac line ends
       ^~
lone-cr.plan:1:26: error: carriage return without a line feed: lines must end with LF or CR LF (save the file with Unix or Windows line endings) [syntax]
  plan P1 Old Mac line ends
                           ^
lone-cr.plan:2:8: error: action A1 has no lead [missing-owner]
  action A1 y
         ^~
lone-cr.plan:2:8: warning: action A1 has neither a deadline (due) nor a review point [no-deadline]
  action A1 y
         ^~
2 errors, 1 warning in 1 file
? 1
