$ plancheck --today 2019-06-01 dates/misspelt-rhythm.plan
dates/misspelt-rhythm.plan:6:10: error: cannot read "fortnighly" as a date or a rhythm; did you mean "fortnightly"? The rhythms are ongoing, weekly, fortnightly, monthly, bi-monthly, quarterly, termly, six-monthly, annually ("annually in October") and every N weeks, months or years [syntax]
    review fortnighly
           ^~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
