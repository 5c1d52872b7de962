$ plancheck -f github "github, 50%: a.plan" errors.plan missing.plan
::error file=missing.plan,title=plancheck io::cannot read: No such file or directory
::notice file=github%2C 50%25%3A a.plan,line=2,col=6,endLine=2,endColumn=8,title=plancheck duplicate-id::P1 first used here
::warning file=github%2C 50%25%3A a.plan,line=4,col=45,endLine=4,endColumn=49,title=plancheck placeholder::the title of action P1:A1 contains the placeholder "????"
::error file=errors.plan,line=1,col=6,endLine=1,endColumn=8,title=plancheck duplicate-id::duplicate plan id P1: already used by the plan at github, 50%25: a.plan:2 (plan ids are unique across all plans checked together)
::error file=errors.plan,line=3,col=3,endLine=3,endColumn=19,title=plancheck syntax::"laed Louis Smith" is not a directive or field; did you mean "lead"?
::error file=errors.plan,line=4,col=7,endLine=4,endColumn=18,title=plancheck syntax::cannot read "Octobr 2015" as a date; did you mean "October 2015"?
::error file=errors.plan,line=5,col=18,endLine=5,endColumn=20,title=plancheck syntax::invalid date "2019-02-30": no such day in that month
::error file=errors.plan,line=6,col=21,endLine=6,endColumn=27,title=plancheck syntax::"greeen" is not a rating; did you mean "green"? A rating is red, amber or green
::error file=errors.plan,line=8,col=23,endLine=8,endColumn=29,title=plancheck syntax::"finish" is not a decision word; did you mean "complete"? A decision is continue, complete, remove or decommissioned
::warning file=errors.plan,line=9,col=3,endLine=9,endColumn=26,title=plancheck empty-update::update of action P1:A1 has no text
::error file=errors.plan,line=10,col=3,endLine=10,endColumn=39,title=plancheck syntax::"Text that should have been indented." is not a directive or field; to continue the text of line 9, indent this line more than that one
::error file=errors.plan,line=11,col=10,endLine=11,endColumn=17,title=plancheck structure::"period" belongs to a plan, not to an action
9 errors, 2 warnings in 2 files
? 2
