$ plancheck no-such.plan
no-such.plan: error: cannot read: No such file or directory [io]
1 error, 0 warnings in 0 files
? 2
