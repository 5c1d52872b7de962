$ plancheck checks/outside-period.plan; plancheck checks/outside-period-ok.plan
checks/outside-period.plan:5:7: note: deadline of action A1 (January 2021) is outside the plan's period, 2019/20 [outside-period]
    due 2021-01
        ^~~~~~~
? 0
