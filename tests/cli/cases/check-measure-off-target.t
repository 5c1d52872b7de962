$ plancheck checks/measure-off-target.plan; plancheck checks/measure-off-target-ok.plan
checks/measure-off-target.plan:7:3: note: the latest actual of measure "Panels set up" (objective O1), 16 panels for 2018/19, is below its target of 20 panels for 2018/19 (line 6) [measure-off-target]
    actual 2018/19 16 panels
    ^~~~~~~~~~~~~~~~~~~~~~~~
checks/measure-off-target.plan:14:3: note: the latest actual of measure "Burglary reduced by 5%" (action A1), 1300 burglaries for 2018, is above its target of 1172.3 burglaries (-5%) for 2018 (line 13) [measure-off-target]
    actual 2018 1,300 burglaries, provisional
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
checks/measure-off-target.plan:19:3: note: the latest actual of measure "Victims satisfied" (action A1), 69% for December 2018, is below its milestone of at least 70% for 2018 (line 17) [measure-off-target]
    actual 2018-12 69%
    ^~~~~~~~~~~~~~~~~~
checks/measure-off-target.plan:23:3: note: the latest actual of measure "Repeat victims" (action A1), 41 for January to March 2019, is above its target of at most 40 for March 2019 (line 21) [measure-off-target]
    actual 2019-Q1 41, revised
    ^~~~~~~~~~~~~~~~~~~~~~~~~~
? 0
