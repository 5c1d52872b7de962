$ plancheck checks/missing-actual.plan; plancheck checks/missing-actual-ok.plan
checks/missing-actual.plan:6:3: warning: the target of measure "Panels set up" (objective O1), 20 panels by 2018/19, passed 62 days ago with no actual reported on it: add a line "actual 2018/19" and the figure after the measure [missing-actual]
    target 2018/19 20 panels
    ^~~~~~~~~~~~~~~~~~~~~~~~
checks/missing-actual.plan:13:3: warning: the target of measure "Victims satisfied" (action A1), 57% (-5%) by 31 May 2019, passed 1 day ago with no actual reported on it: add a line "actual 2019-05-31" and the figure after the measure [missing-actual]
    target 2019-05-31 -5%
    ^~~~~~~~~~~~~~~~~~~~~
checks/missing-actual.plan:14:3: warning: the target of measure "Victims satisfied" (action A1), at least 70% by 2018, passed 152 days ago with no actual reported on it: add a line "actual 2018" and the figure after the measure [missing-actual]
    target 2018 at least 70%
    ^~~~~~~~~~~~~~~~~~~~~~~~
checks/missing-actual.plan:15:3: warning: the target of measure "Victims satisfied" (action A1), at least 62% by May 2019, passed 1 day ago with no actual reported on it: add a line "actual 2019-05" and the figure after the measure [missing-actual]
    target 2019-05 at least 62%
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~
0 errors, 4 warnings in 1 file
checks/missing-actual-ok.plan:18:15: error: invalid date "2018-13": no such month: months run from 01 to 12 (the financial year is written 2018/19) [syntax]
    actual 2018-13 4
                ^~
1 error, 0 warnings in 1 file
? 1
