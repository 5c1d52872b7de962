$ plancheck tabs.plan
tabs.plan:6:1: error: this line's indentation mixes tabs and spaces differently from line 3, so it cannot be told whether it continues that text; indent both the same way [syntax]
    	not comparable
  ^~~
1 error, 0 warnings in 1 file
? 1
