$ plancheck --column-unit char columns.plan
columns.plan:3:28: warning: the title of action A1 contains the placeholder "????" [placeholder]
  action A1 Café – déjà vu 😀 ????
                             ^~~~
0 errors, 1 warning in 1 file
? 0
