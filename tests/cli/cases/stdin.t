$ cat errors.plan | plancheck -; echo "exit $?"; cat good.plan | planreport -f text -; echo "exit $?"; printf 'plan P1 From stdin\ninclude sub/part.plan\n' | plancheck -W no-stale - ; echo "exit $?"
<stdin>:3:3: error: "laed Louis Smith" is not a directive or field; did you mean "lead"? [syntax]
    laed Louis Smith
    ^~~~~~~~~~~~~~~~
<stdin>:4:7: error: cannot read "Octobr 2015" as a date; did you mean "October 2015"? [syntax]
    due Octobr 2015
        ^~~~~~~~~~~
<stdin>:5:18: error: invalid date "2019-02-30": no such day in that month [syntax]
    review 2019-02-30
                   ^~
<stdin>:6:21: error: "greeen" is not a rating; did you mean "green"? A rating is red, amber or green [syntax]
    update 2019-01-10 greeen
                      ^~~~~~
<stdin>:8:23: error: "finish" is not a decision word; did you mean "complete"? A decision is continue, complete, remove or decommissioned [syntax]
    decision 2019-05-17 finish
                        ^~~~~~
<stdin>:9:3: warning: update of action A1 has no text [empty-update]
    update 2019-01-11 amber
    ^~~~~~~~~~~~~~~~~~~~~~~
<stdin>:10:3: error: "Text that should have been indented." is not a directive or field; to continue the text of line 9, indent this line more than that one [syntax]
    Text that should have been indented.
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
<stdin>:11:10: error: "period" belongs to a plan, not to an action [structure]
    period 2018/19
           ^~~~~~~
7 errors, 1 warning in 1 file
exit 1
P18  Community Safety Delivery Plan
  period 2018/19, board Safer Harrow
  1 section, 1 objective, 2 actions
  leads: 2 actions with an owner, 0 without
  decisions: 1 continue, 1 complete, 0 remove, 0 decommissioned, 0 none
  updates: 1 (1 dated); last RAG: 1 green, 0 amber, 0 red, 1 unrated

As at 1 June 2019: 2 actions, 1 open (1 green, 0 amber, 0 red, 0 unrated), 1 complete, 0 removed; of the open, 0 overdue, 1 stale, 0 without an owner.

Stale: no update within their rhythm (1):
  HV1.1  Deliver the 'Be Safe' programme  (deadline 2019/20; Louis Smith, Harrow Police; Public Health (Carole Furlong) and FORWA...)
exit 0
sub/part.plan:3:8: warning: action O1.1 has neither a deadline (due) nor a review point [no-deadline]
  action O1.1 Action
         ^~~~
0 errors, 1 warning in 2 files
exit 0
? 0
