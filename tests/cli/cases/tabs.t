$ plancheck tabs.plan
tabs.plan:2:8: error: action A1 has no lead [missing-owner]
  action A1 y
         ^~
tabs.plan:2:8: warning: action A1 is stale: its last update (1 January 2019) is 151 days old, more than the 92 days plan P1 allows [stale]
  action A1 y
         ^~
tabs.plan:2:8: warning: action A1 has neither a deadline (due) nor a review point [no-deadline]
  action A1 y
         ^~
tabs.plan:6:1: error: this line's indentation mixes tabs and spaces differently from line 3, so it cannot be told whether it continues that text; indent both the same way [syntax]
    	not comparable
  ^~~
2 errors, 2 warnings in 1 file
? 1
