$ PLAN_TODAY=2019-09-01 plancheck mistakes/vawg.plan mistakes/nhs-update-first.plan
mistakes/nhs-update-first.plan:1:19: error: in an updates file the date comes first: "2019-08-20 VAWG1.3 green by NHS" [syntax]
  Update 2019-08-20 VAWG1.3 green by NHS
                    ^~~~~~~
1 error, 0 warnings in 2 files
? 1
