$ plancheck errors.plan | head -1; planreport -f json good.plan | head -1
errors.plan:3:3: error: "laed Louis Smith" is not a directive or field; did you mean "lead"? [syntax]
{
? 0
