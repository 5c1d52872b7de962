$ plancheck --today 2019-04-30 checks/overdue.plan; PLAN_TODAY=2019-05-01 plancheck checks/overdue.plan; printf 'plan P1 A plan\n' | PLAN_TODAY=2019-02-30 plancheck -; echo "exit $?"; PLAN_TODAY=2019-02-30 plancheck --today 2019-06-01 good.plan; echo "exit $?"; plancheck --today May checks/overdue.plan
checks/overdue.plan:7:3: warning: update of action A1 is dated 1 May 2019, after today [future-update]
    update 2019-05-01 green
    ^~~~~~~~~~~~~~~~~~~~~~~
checks/overdue.plan:12:3: warning: action A2 is overdue: it was continued into 2018/19, which ended 30 days ago, and no later decision is recorded [overdue]
    decision continue into 2018/19
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
checks/overdue.plan:13:3: warning: update of action A2 is dated 1 May 2019, after today [future-update]
    update 2019-05-01 green
    ^~~~~~~~~~~~~~~~~~~~~~~
0 errors, 3 warnings in 1 file
checks/overdue.plan:6:7: warning: action A1 is overdue: deadline April 2019 passed 1 day ago, no decision recorded [overdue]
    due 2019-04
        ^~~~~~~
checks/overdue.plan:12:3: warning: action A2 is overdue: it was continued into 2018/19, which ended 31 days ago, and no later decision is recorded [overdue]
    decision continue into 2018/19
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
0 errors, 2 warnings in 1 file
plancheck: warning: PLAN_TODAY "2019-02-30" is not a day such as 2019-06-01; using the system date
exit 0
good.plan:17:8: warning: action HV1.1 is stale: its last update (19 October 2018) is 225 days old, more than the 92 days plan P18 allows [stale]
  action HV1.1 Deliver the 'Be Safe' programme
         ^~~~~
good.plan:22:7: note: deadline of action HV1.1 (March 2018) is outside the plan's period, 2018/19 [outside-period]
    due 2014-11 to 2018-03, November 2014 for development, delivery through to March 201...
        ^~~~~~~~~~~~~~~~~~
0 errors, 1 warning in 1 file
exit 0
plancheck: --today "May" is not a day such as 2019-06-01
? 2
