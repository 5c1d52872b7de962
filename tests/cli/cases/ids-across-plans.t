$ plancheck good.plan other-plan.plan
good.plan:17:8: warning: action P18:HV1.1 is stale: its last update (19 October 2018) is 225 days old, more than the 92 days plan P18 allows [stale]
  action HV1.1 Deliver the 'Be Safe' programme
         ^~~~~
good.plan:22:7: note: deadline of action P18:HV1.1 (March 2018) is outside the plan's period, 2018/19 [outside-period]
    due 2014-11 to 2018-03, November 2014 for development, delivery through to March 201...
        ^~~~~~~~~~~~~~~~~~
0 errors, 1 warning in 2 files
? 0
