$ for f in continuation repeated-header numbering decisions updates bom line-ends semicolon dates action-lead extra-columns; do planimport import/$f.csv 2>/dev/null | plancheck - 2>&1 | grep -e " error: " -e "errors"; done
0 errors, 1 warning in 1 file
0 errors, 3 warnings in 1 file
0 errors, 5 warnings in 1 file
0 errors, 1 warning in 1 file
0 errors, 8 warnings in 1 file
0 errors, 1 warning in 1 file
0 errors, 3 warnings in 1 file
0 errors, 1 warning in 1 file
0 errors, 10 warnings in 1 file
<stdin>:24:8: error: action 1.c has no lead [missing-owner]
0 errors, 2 warnings in 1 file
? 0
