$ PLAN_TODAY=2019-09-01 plancheck mistakes/bad-id.plan
mistakes/bad-id.plan:4:8: error: expected an identifier such as HV1.1 or 1.2 after "action", found "-ASB2.1 Run the summer diversion program..." [syntax]
  action -ASB2.1 Run the summer diversion programme
         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
