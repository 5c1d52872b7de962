$ plancheck bom.plan
? 0
