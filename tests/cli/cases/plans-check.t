$ plancheck ../../../plans/*.plan
? 0
