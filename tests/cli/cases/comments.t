$ plancheck comments.plan
? 0
