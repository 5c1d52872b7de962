$ { planreport -f json ../../../plans/*.plan; echo "planreport: $?" >&2; } | head -c 1; echo; plancheck errors.plan > /dev/full; echo "plancheck: $?"
{planreport: 0

plancheck: cannot write the output: No space left on device
plancheck: 2
? 0
