$ plancheck bom-error.plan
bom-error.plan:1:1: error: "laed x" is not a directive or field; did you mean "lead"? [syntax]
  laed x
  ^~~~~~
1 error, 0 warnings in 1 file
? 1
