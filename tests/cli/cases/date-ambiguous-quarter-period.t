$ plancheck --today 2019-08-01 dates/period-quarter.plan; plancheck --today 2019-08-01 dates/period-quarter-financial.plan; planreport -f json dates/period-quarter-financial.plan | grep -A14 '"period"' | grep -E '"(start|end)"'
dates/period-quarter.plan:2:10: warning: "Q3 2019" is read as July to September 2019, a calendar quarter; as a quarter of the financial year it would be October to December 2019 (Q3 2019/20). Write 2019-Q3 or Q3 2019/20, or say which the plan means with "quarters calendar" or "quarters financial" [ambiguous-quarter]
    period Q3 2019 to Q4 2019
           ^~~~~~~~~~~~~~~~~~
0 errors, 1 warning in 1 file
          "start": "2019-10-01",
          "end": "2019-12-31"
          "start": "2020-01-01",
          "end": "2020-03-31"
? 0
