$ PLAN_TODAY=2019-09-01 plancheck mistakes/status-complete.plan
mistakes/status-complete.plan:9:3: error: "status" is a plan's field; an action's completion is a decision: "decision 2019-08-20 complete" [structure]
    status complete
    ^~~~~~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
