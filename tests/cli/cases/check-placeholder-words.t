$ plancheck checks/placeholder-words.plan
checks/placeholder-words.plan:3:18: warning: the title of action A1 contains the placeholder "lorem IPSUM" [placeholder]
  action A1 Report lorem IPSUM dolor
                   ^~~~~~~~~~~
checks/placeholder-words.plan:6:22: warning: the title of action A2 contains the placeholder "xXx" [placeholder]
  action A2 Review the xXx protocol
                       ^~~
checks/placeholder-words.plan:9:11: warning: the title of action A3 contains the placeholder "Insert Text" [placeholder]
  action A3 Insert Text here
            ^~~~~~~~~~~
checks/placeholder-words.plan:15:13: warning: a note of action A4 contains the placeholder "To Be Confirmed" [placeholder]
    note Date To Be Confirmed by the board
              ^~~~~~~~~~~~~~~
checks/placeholder-words.plan:20:11: warning: an update of action A5 contains the placeholder "tba" [placeholder]
      Venue tba.
            ^~~
checks/placeholder-words.plan:23:23: warning: the deadline's note of action A6 contains the placeholder "tbd" [placeholder]
    due 2019-12, dates (tbd)
                        ^~~
checks/placeholder-words.plan:24:25: warning: the title of action A7 contains the placeholder "????" [placeholder]
  action A7 See the report?????
                          ^~~~
checks/placeholder-words.plan:37:23: warning: an update of action A9 contains the placeholder "????" [placeholder]
      Insert text, then ???? and TBC.
                        ^~~~
0 errors, 8 warnings in 1 file
? 0
