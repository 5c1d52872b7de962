$ PLAN_TODAY=2019-09-01 plancheck mistakes/lead-colon.plan
mistakes/lead-colon.plan:5:7: error: remove the colon after "lead" ("lead Sarah Okafor") [syntax]
    lead: Sarah Okafor
        ^
1 error, 0 warnings in 1 file
? 1
