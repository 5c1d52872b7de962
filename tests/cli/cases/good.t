$ plancheck good.plan updates.plan
? 0
