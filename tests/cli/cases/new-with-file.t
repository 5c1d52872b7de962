$ plancheck --new good.plan
plancheck: --new writes a new plan; name no file, and no --staged or --range
? 2
