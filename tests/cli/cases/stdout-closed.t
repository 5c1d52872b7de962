$ plancheck errors.plan | head -1; planreport -f json good.plan | head -1
errors.plan:2:8: error: action A1 has no lead [missing-owner]
{
? 0
