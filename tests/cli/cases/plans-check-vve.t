$ plancheck ../../../plans/vve-2018-19.plan
../../../plans/vve-2018-19.plan:85:8: warning: action HV1.1 is stale: its last update (10 January 2019) is 142 days old, more than the 92 days plan VVE18 allows [stale]
  action HV1.1
         ^~~~~
../../../plans/vve-2018-19.plan:167:10: note: review point of action HV2.2 (September 2019) is outside the plan's period, 2018/19 [outside-period]
    review 2019-09
           ^~~~~~~
../../../plans/vve-2018-19.plan:314:11: note: objective HV4a has no action [empty-objective]
  objective HV4a Motor Vehicle Crime
            ^~~~
../../../plans/vve-2018-19.plan:320:11: note: objective HV4b has no action [empty-objective]
  objective HV4b Motor Vehicle Crime
            ^~~~
../../../plans/vve-2018-19.plan:386:64: warning: the title of action HH1a.3 contains the placeholder "TBA" [placeholder]
    title The above linking into the daily intelligence meeting (TBA)
                                                                 ^~~
../../../plans/vve-2018-19.plan:759:7: note: deadline of action HH3.5 (April 2019) is outside the plan's period, 2018/19 [outside-period]
    due 2019-04
        ^~~~~~~
../../../plans/vve-2018-19.plan:970:5: warning: the title of action HH4a.6 contains the placeholder "????" [placeholder]
      ????
      ^~~~
../../../plans/vve-2018-19.plan:972:7: warning: action HH4a.6 is overdue: deadline March 2019 passed 62 days ago, no decision recorded [overdue]
    due 2019-03
        ^~~~~~~
../../../plans/vve-2018-19.plan:1102:7: note: deadline of action HH5.5 (September 2019) is outside the plan's period, 2018/19 [outside-period]
    due 2019-09
        ^~~~~~~
0 errors, 4 warnings in 2 files
? 0
