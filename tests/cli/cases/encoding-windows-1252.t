$ plancheck --today 2025-07-01 cp1252.plan
cp1252.plan:6:12: error: invalid UTF-8 (byte 0x92, ’ in Windows-1252): the file looks saved as Windows-1252, as text pasted from Word with its smart quotes and dashes is (4 such bytes); save it as UTF-8 [encoding]
    note Word?s ?smart? quotes ? and dashes
             ^
1 error, 0 warnings in 1 file
? 1
