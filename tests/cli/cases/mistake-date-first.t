$ PLAN_TODAY=2019-09-01 plancheck mistakes/vawg.plan mistakes/nhs-day-first.plan; PLAN_TODAY=2019-09-01 plancheck mistakes/vawg.plan mistakes/nhs-colon.plan
mistakes/nhs-day-first.plan:3:1: error: "14/08/2019" is not a date here: write 2019-08-14 ("2019-08-14 VAWG1.3 green by NHS") [syntax]
  14/08/2019 VAWG1.3 green by NHS
  ^~~~~~~~~~
1 error, 0 warnings in 2 files
mistakes/nhs-colon.plan:1:11: error: remove the ":" after the date ("2019-08-14 VAWG1.3 green by NHS") [syntax]
  2019-08-14: VAWG1.3 green by NHS
            ^
1 error, 0 warnings in 2 files
? 1
