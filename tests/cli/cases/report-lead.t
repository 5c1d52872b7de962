$ P=../../../plans; planreport -f markdown --lead='harrow police' $P/vve-2018-19.plan | grep -E '^(#|\| [A-Z]+[0-9])' | cut -c1-90; planreport -f json --lead='Harrow Police' $P/vve-2018-19.plan | grep -E '^ *"(lead|id)"'; planreport --lead=Police $P/vve-2018-19.plan | head -3; planreport --lead='' $P/vve-2018-19.plan; echo "exit $?"
# Board pack: Community Safety and Violence, Vulnerability and Exploitation Delivery Plan
## Summary
## Exceptions
### Overdue, most late first (0)
### Stale: no update within their rhythm, by organisation (1)
#### Louis Smith Harrow Police (VVE18: 1 of 1 open)
| HV1.1 | Deliver the 'Be Safe' programme in September 2018 for on-going work (previously 
### Rated red (0)
### Due by 30 September 2019 with no decision (0)
## Actions
### Plan VVE18 Community Safety and Violence, Vulnerability and Exploitation Delivery Plan
#### Section HV High Volume Crime
##### Objective HV1 Burglary
| HV1.1 | Deliver the 'Be Safe' programme in September 2018 for on-going work (previously 
### Completed and removed (0)
## Who owes what
### Louis Smith Harrow Police (VVE18, 1 open action)
| HV1.1 | Deliver the 'Be Safe' programme in September 2018 for on-going work (previously 
  "lead": "Harrow Police",
      "id": "VVE18",
          "id": "HV",
          "id": "HH",
          "id": "HV1",
          "id": "HV2",
          "id": "HV3",
          "id": "HV4a",
          "id": "HV4b",
          "id": "HH1a",
          "id": "HH1b",
          "id": "HH2",
          "id": "HH3",
          "id": "HH4a",
          "id": "HH4b",
          "id": "HH5",
          "id": "HV1.1",
Actions led by Police
As at 1 June 2019: 1 action, 1 open (1 green, 0 amber, 0 red, 0 unrated), 0 complete, 0 removed; of the open, 0 overdue, 1 stale, 0 without an owner.

planreport: --lead needs a name on one line
exit 2
? 0
