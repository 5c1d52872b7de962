$ plancheck --today 2025-07-01 nbsp.plan
nbsp.plan:8:1: error: this line is indented with non-breaking spaces (U+00A0), which do not count as indentation, so it does not continue the text of line 6; replace them with spaces [syntax]
      Pasted from Word.
  ^~~~
nbsp.plan:13:1: error: this line is indented with zero-width spaces (U+200B), which do not count as indentation, so it does not continue the text of line 12; replace them with spaces [syntax]
  ​more
  ^
2 errors, 0 warnings in 1 file
? 1
