$ plancheck empty.plan
? 0
