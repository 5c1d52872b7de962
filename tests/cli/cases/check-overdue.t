$ plancheck checks/overdue.plan; plancheck checks/overdue-ok.plan
checks/overdue.plan:6:7: warning: action A1 is overdue: deadline April 2019 passed 32 days ago, no decision recorded [overdue]
    due 2019-04
        ^~~~~~~
checks/overdue.plan:12:3: warning: action A2 is overdue: it was continued into 2018/19, which ended 62 days ago, and no later decision is recorded [overdue]
    decision continue into 2018/19
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
0 errors, 2 warnings in 1 file
? 0
