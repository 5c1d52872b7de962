$ for f in continuation repeated-header numbering decisions updates bom line-ends semicolon dates action-lead extra-columns; do out=$(planimport import/$f.csv 2>/dev/null | plancheck - 2>&1); n=$(printf "%s\n" "$out" | grep -c -e "\[syntax\]" -e "\[duplicate-id\]" -e "\[encoding\]"); echo "$f: $n syntax errors; $(printf "%s\n" "$out" | tail -n 1)"; done
continuation: 0 syntax errors; 0 errors, 1 warning in 1 file
repeated-header: 0 syntax errors; 0 errors, 3 warnings in 1 file
numbering: 0 syntax errors; 0 errors, 5 warnings in 1 file
decisions: 0 syntax errors; 0 errors, 1 warning in 1 file
updates: 0 syntax errors; 0 errors, 8 warnings in 1 file
bom: 0 syntax errors; 0 errors, 1 warning in 1 file
line-ends: 0 syntax errors; 0 errors, 3 warnings in 1 file
semicolon: 0 syntax errors; 0 errors, 1 warning in 1 file
dates: 0 syntax errors; 0 errors, 10 warnings in 1 file
action-lead: 0 syntax errors; 1 error, 2 warnings in 1 file
extra-columns: 0 syntax errors; 0 errors, 2 warnings in 1 file
? 0
