$ plancheck --today 2019-06-01 dates/placeholder.plan
dates/placeholder.plan:5:7: warning: action A1 has no deadline yet: "TBC" is a placeholder, not a date; write the date when it is known (due 2026-03), or a review point (review quarterly) [no-deadline]
    due TBC
        ^~~
0 errors, 1 warning in 1 file
? 0
