$ plancheck sub
sub: error: cannot read: is a directory [io]
1 error, 0 warnings in 0 files
? 2
