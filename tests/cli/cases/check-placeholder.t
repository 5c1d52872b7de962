$ plancheck checks/placeholder.plan; plancheck checks/placeholder-ok.plan
checks/placeholder.plan:3:48: warning: the title of action A1 contains the placeholder "????" [placeholder]
  action A1 Undertake a trial of the DISC system ????
                                                 ^~~~
checks/placeholder.plan:5:16: warning: the deadline's note of action A1 contains the placeholder "Delete some or all of this" [placeholder]
    due 2019-12, Delete some or all of this and include update in report?
                 ^~~~~~~~~~~~~~~~~~~~~~~~~~
checks/placeholder.plan:7:13: warning: an update of action A1 contains the placeholder "TBC" [placeholder]
      Funding TBC.
              ^~~
0 errors, 3 warnings in 1 file
? 0
