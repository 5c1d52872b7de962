$ plancheck checks/future-actual.plan; plancheck checks/future-actual-ok.plan
checks/future-actual.plan:6:3: warning: actual of measure "Panels set up" (objective O1) is dated July 2019, after today [future-actual]
    actual 2019-07 12 panels
    ^~~~~~~~~~~~~~~~~~~~~~~~
checks/future-actual.plan:7:3: warning: actual of measure "Panels set up" (objective O1) is dated 2 June 2019, after today [future-actual]
    actual 2019-06-02 12 panels
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~
checks/future-actual.plan:12:3: warning: actual of measure "Victims satisfied" (action A1) is dated 2020, after today [future-actual]
    actual 2020 71%
    ^~~~~~~~~~~~~~~
0 errors, 3 warnings in 1 file
? 0
