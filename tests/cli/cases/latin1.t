$ plancheck latin1.plan
latin1.plan:3:11: error: invalid UTF-8 (byte 0xE9): save the file as UTF-8 [encoding]
    note caf? au lait
            ^
1 error, 0 warnings in 1 file
? 1
