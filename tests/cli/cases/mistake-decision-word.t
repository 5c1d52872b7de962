$ PLAN_TODAY=2019-09-01 plancheck mistakes/decision-closed.plan
mistakes/decision-closed.plan:9:23: error: "closed" is not a decision word; did you mean "complete"? A decision is continue, complete, remove or decommissioned [syntax]
    decision 2019-08-25 closed
                        ^~~~~~
1 error, 0 warnings in 1 file
? 1
