$ plancheck --today 2019-06-01 dates/ambiguous-quarter.plan
dates/ambiguous-quarter.plan:6:7: warning: "Q3 2019" is read as July to September 2019, a calendar quarter; as a quarter of the financial year it would be October to December 2019 (Q3 2019/20). Write 2019-Q3 or Q3 2019/20, or say which the plan means with "quarters calendar" or "quarters financial" [ambiguous-quarter]
    due Q3 2019
        ^~~~~~~
0 errors, 1 warning in 1 file
? 0
