$ plancheck checks/stale-rhythms.plan
checks/stale-rhythms.plan:8:8: warning: action A2 is stale: its last update (14 November 2018) is 199 days old; a six-monthly action is updated at least every 198 days [stale]
  action A2 six-monthly, one day too long
         ^~
checks/stale-rhythms.plan:18:8: warning: action A4 is stale: its last update (14 November 2018) is 199 days old; a six-monthly action is updated at least every 198 days [stale]
  action A4 half-yearly, one day too long
         ^~
checks/stale-rhythms.plan:28:8: warning: action A6 is stale: its last update (16 March 2019) is 77 days old; a bi-monthly action is updated at least every 76 days [stale]
  action A6 bi-monthly, one day too long
         ^~
checks/stale-rhythms.plan:38:8: warning: action A8 is stale: its last update (15 December 2018) is 168 days old; a termly action is updated at least every 167 days [stale]
  action A8 termly, one day too long
         ^~
checks/stale-rhythms.plan:48:8: warning: action A10 is stale: its last update (19 April 2019) is 43 days old; an action reviewed every 4 weeks is updated at least every 42 days [stale]
  action A10 every 4 weeks, one day too long
         ^~~
checks/stale-rhythms.plan:58:8: warning: action A12 is stale: its last update (16 May 2016) is 1111 days old; an action reviewed every 3 years is updated at least every 1110 days [stale]
  action A12 every 3 years in November, one day too long
         ^~~
checks/stale-rhythms.plan:68:8: warning: action A14 is stale: its last update (16 May 2018) is 381 days old; an annual action is updated at least every 380 days [stale]
  action A14 November annually, one day too long
         ^~~
checks/stale-rhythms.plan:78:8: warning: action A16 is stale: its last update (13 November 2017) is 565 days old; an action reviewed every 18 months is updated at least every 564 days [stale]
  action A16 every 18 months, one day too long
         ^~~
0 errors, 8 warnings in 1 file
? 0
