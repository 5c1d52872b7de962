$ plancheck --today 2019-06-01 dates/quarters-unknown.plan
dates/quarters-unknown.plan:2:3: error: expected "quarters financial" (Q1 is April to June) or "quarters calendar" (Q1 is January to March), found "fiscal" [structure]
    quarters fiscal
    ^~~~~~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
