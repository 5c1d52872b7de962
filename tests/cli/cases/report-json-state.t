$ P=../../../plans; for d in 2019-06-01 2016-03-01; do planreport -f json --today $d $P/*.plan | grep -c '"days_overdue": [1-9]'; plancheck --today $d $P/*.plan | grep -c '\[overdue\]'; planreport -f json --today $d $P/*.plan | grep -c '"stale": true'; plancheck --today $d $P/*.plan | grep -c '\[stale\]'; done; planreport -f json --today 2019-06-01 $P/vve-2018-19.plan | grep -m1 '"today"'; planreport --today 2019-13-01 $P/vve-2018-19.plan
43
43
8
8
32
32
7
7
  "today": "2019-06-01",
planreport: --today "2019-13-01" is not a day such as 2019-06-01
? 2
