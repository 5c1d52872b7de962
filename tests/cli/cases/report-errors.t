$ planreport -f text errors.plan
errors.plan:3:3: error: "laed Louis Smith" is not a directive or field; did you mean "lead"? [syntax]
    laed Louis Smith
    ^~~~~~~~~~~~~~~~
errors.plan:4:7: error: cannot read "Octobr 2015" as a date; did you mean "October 2015"? [syntax]
    due Octobr 2015
        ^~~~~~~~~~~
errors.plan:5:18: error: invalid date "2019-02-30": no such day in that month [syntax]
    review 2019-02-30
                   ^~
errors.plan:6:21: error: "greeen" is not a rating; did you mean "green"? A rating is red, amber or green [syntax]
    update 2019-01-10 greeen
                      ^~~~~~
errors.plan:8:23: error: "finish" is not a decision word; did you mean "complete"? A decision is continue, complete, remove or decommissioned [syntax]
    decision 2019-05-17 finish
                        ^~~~~~
errors.plan:10:3: error: "Text that should have been indented." is not a directive or field; to continue the text of line 9, indent this line more than that one [syntax]
    Text that should have been indented.
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
errors.plan:11:10: error: "period" belongs to a plan, not to an action [structure]
    period 2018/19
           ^~~~~~~
P1  A plan with mistakes
  0 sections, 0 objectives, 1 action
  leads: 0 actions with an owner, 1 without
  decisions: 0 continue, 0 complete, 0 remove, 0 decommissioned, 1 none
  updates: 1 (1 dated); last RAG: 0 green, 1 amber, 0 red, 0 unrated

As at 1 June 2019: 1 action, 1 open (0 green, 1 amber, 0 red, 0 unrated), 0 complete, 0 removed; of the open, 0 overdue, 0 stale, 1 without an owner.
? 1
