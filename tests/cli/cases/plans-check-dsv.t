$ plancheck --today 2016-01-01 ../../../plans/dsv-2015-17.plan
../../../plans/dsv-2015-17.plan:43:7: warning: action DSV1.a is overdue: deadline October 2015 passed 62 days ago, no decision recorded [overdue]
    due 2015-10
        ^~~~~~~
../../../plans/dsv-2015-17.plan:53:7: warning: action DSV1.b is overdue: deadline January 2015 passed 335 days ago, no decision recorded [overdue]
    due 2015-01
        ^~~~~~~
../../../plans/dsv-2015-17.plan:69:7: note: deadline of action DSV2.a (March 2018) is outside the plan's period, 2015 to 2017 [outside-period]
    due 2014-11 to 2018-03, November 2014 for development, delivery through to March 201...
        ^~~~~~~~~~~~~~~~~~
../../../plans/dsv-2015-17.plan:139:7: warning: action DSV4.a is overdue: deadline April 2015 passed 246 days ago, no decision recorded [overdue]
    due 2015-04, for programmes to begin
        ^~~~~~~
../../../plans/dsv-2015-17.plan:150:7: warning: action DSV4.b is overdue: deadline April 2015 passed 246 days ago, no decision recorded [overdue]
    due 2015-04, for programmes to begin
        ^~~~~~~
../../../plans/dsv-2015-17.plan:166:8: warning: action DSV5.a is stale: it has no update at all, 365 days after the plan's period began [stale]
  action DSV5.a
         ^~~~~~
../../../plans/dsv-2015-17.plan:173:53: warning: a lead of action DSV5.a contains the placeholder "TBC" [placeholder]
    lead Victim Support/ Pan London funded IDVA (name TBC shortly)
                                                      ^~~
../../../plans/dsv-2015-17.plan:174:7: warning: action DSV5.a is overdue: deadline 2015 passed 1 day ago, no decision recorded [overdue]
    due 2015
        ^~~~
../../../plans/dsv-2015-17.plan:185:8: warning: action DSV5.c has neither a deadline (due) nor a review point [no-deadline]
  action DSV5.c
         ^~~~~~
../../../plans/dsv-2015-17.plan:213:7: warning: action DSV6.a is overdue: deadline October 2015 passed 62 days ago, no decision recorded [overdue]
    due 2015-10
        ^~~~~~~
../../../plans/dsv-2015-17.plan:266:7: warning: action DSV9.a is overdue: deadline April 2015 passed 246 days ago, no decision recorded [overdue]
    due 2015-04
        ^~~~~~~
../../../plans/dsv-2015-17.plan:285:8: warning: action DSV9.b is stale: it has no update at all, 365 days after the plan's period began [stale]
  action DSV9.b
         ^~~~~~
../../../plans/dsv-2015-17.plan:292:7: warning: action DSV9.b is overdue: deadline April 2015 passed 246 days ago, no decision recorded [overdue]
    due 2015-04
        ^~~~~~~
../../../plans/dsv-2015-17.plan:319:8: warning: action DSV10.a is stale: it has no update at all, 365 days after the plan's period began [stale]
  action DSV10.a
         ^~~~~~~
../../../plans/dsv-2015-17.plan:336:7: warning: action DSV11.a is overdue: deadline 2014 passed 366 days ago, no decision recorded [overdue]
    due 2014
        ^~~~
../../../plans/dsv-2015-17.plan:336:7: note: deadline of action DSV11.a (2014) is outside the plan's period, 2015 to 2017 [outside-period]
    due 2014
        ^~~~
../../../plans/dsv-2015-17.plan:345:7: warning: action DSV11.b is overdue: deadline 2014 passed 366 days ago, no decision recorded [overdue]
    due 2014
        ^~~~
../../../plans/dsv-2015-17.plan:345:7: note: deadline of action DSV11.b (2014) is outside the plan's period, 2015 to 2017 [outside-period]
    due 2014
        ^~~~
../../../plans/dsv-2015-17.plan:353:7: warning: action DSV11.c is overdue: deadline June 2015 passed 185 days ago, no decision recorded [overdue]
    due 2015-06
        ^~~~~~~
../../../plans/dsv-2015-17.plan:357:8: warning: action DSV11.d has neither a deadline (due) nor a review point [no-deadline]
  action DSV11.d
         ^~~~~~~
../../../plans/dsv-2015-17.plan:369:7: warning: action DSV11.e is overdue: deadline November 2015 passed 32 days ago, no decision recorded [overdue]
    due 2015-11
        ^~~~~~~
../../../plans/dsv-2015-17.plan:413:8: warning: action DSV12.d is stale: it has no update at all, 365 days after the plan's period began [stale]
  action DSV12.d
         ^~~~~~~
../../../plans/dsv-2015-17.plan:419:7: warning: action DSV12.d is overdue: deadline December 2015 passed 1 day ago, no decision recorded [overdue]
    due 2015-12
        ^~~~~~~
../../../plans/dsv-2015-17.plan:434:7: warning: action DSV13.a is overdue: deadline October 2015 passed 62 days ago, no decision recorded [overdue]
    due 2015-10, but ongoing
        ^~~~~~~
../../../plans/dsv-2015-17.plan:453:7: warning: action DSV14.a is overdue: deadline October 2015 passed 62 days ago, no decision recorded [overdue]
    due 2015-10
        ^~~~~~~
../../../plans/dsv-2015-17.plan:463:3: error: action DSV14.b has no owner: its lead "Leads." is a placeholder [missing-owner]
    lead Leads.
    ^~~~~~~~~~~
../../../plans/dsv-2015-17.plan:487:7: warning: action DSV15.b is overdue: deadline July 2014 passed 519 days ago, no decision recorded [overdue]
    due 2014-07
        ^~~~~~~
../../../plans/dsv-2015-17.plan:487:7: note: deadline of action DSV15.b (July 2014) is outside the plan's period, 2015 to 2017 [outside-period]
    due 2014-07
        ^~~~~~~
../../../plans/dsv-2015-17.plan:497:7: warning: action DSV15.c is overdue: deadline July 2015 passed 154 days ago, no decision recorded [overdue]
    due 2015-07
        ^~~~~~~
../../../plans/dsv-2015-17.plan:508:7: warning: action DSV15.d is overdue: deadline October 2015 passed 62 days ago, no decision recorded [overdue]
    due 2015-10
        ^~~~~~~
../../../plans/dsv-2015-17.plan:516:7: warning: action DSV15.e is overdue: deadline April 2015 passed 246 days ago, no decision recorded [overdue]
    due 2015-04
        ^~~~~~~
../../../plans/dsv-2015-17.plan:527:7: warning: action DSV16.a is overdue: deadline December 2015 passed 1 day ago, no decision recorded [overdue]
    due 2015-12
        ^~~~~~~
../../../plans/dsv-2015-17.plan:549:7: warning: action DSV16.c is overdue: deadline January 2015 passed 335 days ago, no decision recorded [overdue]
    due 2015-01
        ^~~~~~~
../../../plans/dsv-2015-17.plan:565:7: warning: action DSV16.d is overdue: deadline 2015 passed 1 day ago, no decision recorded [overdue]
    due 2015, Delete some or all of this and include update in report?
        ^~~~
../../../plans/dsv-2015-17.plan:565:13: warning: the deadline's note of action DSV16.d contains the placeholder "Delete some or all of this" [placeholder]
    due 2015, Delete some or all of this and include update in report?
              ^~~~~~~~~~~~~~~~~~~~~~~~~~
../../../plans/dsv-2015-17.plan:597:7: warning: action DSV16.e is overdue: deadline April 2015 passed 246 days ago, no decision recorded [overdue]
    due 2015-04
        ^~~~~~~
../../../plans/dsv-2015-17.plan:605:8: warning: action DSV16.f is stale: it has no update at all, 365 days after the plan's period began [stale]
  action DSV16.f
         ^~~~~~~
../../../plans/dsv-2015-17.plan:642:7: warning: action DSV18.a is overdue: deadline January 2015 passed 335 days ago, no decision recorded [overdue]
    due 2015-01
        ^~~~~~~
../../../plans/dsv-2015-17.plan:653:8: warning: action DSV18.b is stale: it has no update at all, 365 days after the plan's period began [stale]
  action DSV18.b
         ^~~~~~~
../../../plans/dsv-2015-17.plan:662:7: warning: action DSV18.b is overdue: deadline October 2014 passed 427 days ago, no decision recorded [overdue]
    due 2014-10
        ^~~~~~~
../../../plans/dsv-2015-17.plan:662:7: note: deadline of action DSV18.b (October 2014) is outside the plan's period, 2015 to 2017 [outside-period]
    due 2014-10
        ^~~~~~~
../../../plans/dsv-2015-17.plan:664:8: warning: action DSV18.c is stale: it has no update at all, 365 days after the plan's period began [stale]
  action DSV18.c
         ^~~~~~~
../../../plans/dsv-2015-17.plan:669:7: warning: action DSV18.c is overdue: deadline 2015 passed 1 day ago, no decision recorded [overdue]
    due 2015
        ^~~~
../../../plans/dsv-2015-17.plan:680:7: warning: action DSV19.a is overdue: deadline April 2015 passed 246 days ago, no decision recorded [overdue]
    due 2015-04
        ^~~~~~~
../../../plans/dsv-2015-17.plan:699:7: warning: action DSV19.b is overdue: deadline April 2015 passed 246 days ago, no decision recorded [overdue]
    due 2015-04
        ^~~~~~~
../../../plans/dsv-2015-17.plan:742:7: warning: action DSV20.a is overdue: deadline April 2015 passed 246 days ago, no decision recorded [overdue]
    due 2015-04, Delete some or all of this and include update in report?
        ^~~~~~~
../../../plans/dsv-2015-17.plan:742:16: warning: the deadline's note of action DSV20.a contains the placeholder "Delete some or all of this" [placeholder]
    due 2015-04, Delete some or all of this and include update in report?
                 ^~~~~~~~~~~~~~~~~~~~~~~~~~
1 error, 41 warnings in 1 file
? 1
