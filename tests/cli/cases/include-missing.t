$ plancheck include-missing.plan
include-missing.plan:2:1: error: cannot include no-such-file.plan: No such file or directory [include]
  include no-such-file.plan
  ^~~~~~~~~~~~~~~~~~~~~~~~~
include-missing.plan:3:1: error: cannot include .: is a directory [include]
  include .
  ^~~~~~~~~
2 errors, 0 warnings in 1 file
? 1
