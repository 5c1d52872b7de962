$ plancheck binary.plan
binary.plan:2:1: error: binary file (NUL byte): not a plan [encoding]
  ???binary
  ^
1 error, 0 warnings in 1 file
? 1
