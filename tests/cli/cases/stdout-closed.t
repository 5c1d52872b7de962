$ { plancheck many-errors.plan; echo "plancheck: $?" >&2; } | head -n 1 > /dev/null; { planreport -f json ../../../plans/*.plan; echo "planreport: $?" >&2; } | head -n 1 > /dev/null
plancheck: 1
planreport: 0
? 0
