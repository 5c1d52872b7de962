$ plancheck lone-cr.plan
lone-cr.plan:1:26: error: carriage return without a line feed: lines must end with LF or CR LF (save the file with Unix or Windows line endings) [syntax]
  plan P1 Old Mac line ends
                           ^
1 error, 0 warnings in 1 file
? 1
