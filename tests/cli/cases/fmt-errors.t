$ d=$(mktemp -d) && cp errors.plan "$d/e.plan" && cp fmt/messy.plan "$d/m.plan" && (cd "$d" && planfmt e.plan m.plan; echo "status $?"; planfmt --check e.plan; echo "check $?") && cmp "$d/e.plan" errors.plan && echo untouched && cmp "$d/m.plan" fmt/canonical.plan && echo formatted; rm -r "$d"
e.plan:3:3: error: "laed Louis Smith" is not a directive or field; did you mean "lead"? [syntax]
    laed Louis Smith
    ^~~~~~~~~~~~~~~~
e.plan:4:7: error: cannot read "Octobr 2015" as a date; did you mean "October 2015"? [syntax]
    due Octobr 2015
        ^~~~~~~~~~~
e.plan:5:18: error: invalid date "2019-02-30": no such day in that month [syntax]
    review 2019-02-30
                   ^~
e.plan:6:21: error: "greeen" is not a rating; did you mean "green"? A rating is red, amber or green [syntax]
    update 2019-01-10 greeen
                      ^~~~~~
e.plan:8:23: error: "finish" is not a decision word; did you mean "complete"? A decision is continue, complete, remove or decommissioned [syntax]
    decision 2019-05-17 finish
                        ^~~~~~
e.plan:10:3: error: "Text that should have been indented." is not a directive or field; to continue the text of line 9, indent this line more than that one [syntax]
    Text that should have been indented.
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
planfmt: e.plan: not formatted: fix the errors above first
status 1
e.plan:3:3: error: "laed Louis Smith" is not a directive or field; did you mean "lead"? [syntax]
    laed Louis Smith
    ^~~~~~~~~~~~~~~~
e.plan:4:7: error: cannot read "Octobr 2015" as a date; did you mean "October 2015"? [syntax]
    due Octobr 2015
        ^~~~~~~~~~~
e.plan:5:18: error: invalid date "2019-02-30": no such day in that month [syntax]
    review 2019-02-30
                   ^~
e.plan:6:21: error: "greeen" is not a rating; did you mean "green"? A rating is red, amber or green [syntax]
    update 2019-01-10 greeen
                      ^~~~~~
e.plan:8:23: error: "finish" is not a decision word; did you mean "complete"? A decision is continue, complete, remove or decommissioned [syntax]
    decision 2019-05-17 finish
                        ^~~~~~
e.plan:10:3: error: "Text that should have been indented." is not a directive or field; to continue the text of line 9, indent this line more than that one [syntax]
    Text that should have been indented.
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
planfmt: e.plan: not formatted: fix the errors above first
check 1
untouched
formatted
? 0
