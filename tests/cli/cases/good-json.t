$ plancheck --format=json good.plan
{
  "version": 1,
  "diagnostics": [
    {
      "file": "good.plan",
      "line": 17,
      "column": 8,
      "end_line": 17,
      "end_column": 13,
      "severity": "warning",
      "check": "stale",
      "message": "action HV1.1 is stale: its last update (19 October 2018) is 225 days old, more than the 92 days plan P18 allows",
      "plan": "P18",
      "action": "HV1.1",
      "commit": null
    },
    {
      "file": "good.plan",
      "line": 22,
      "column": 7,
      "end_line": 22,
      "end_column": 25,
      "severity": "note",
      "check": "outside-period",
      "message": "deadline of action HV1.1 (March 2018) is outside the plan's period, 2018/19",
      "plan": "P18",
      "action": "HV1.1",
      "commit": null
    }
  ],
  "errors": 0,
  "warnings": 1,
  "notes": 1,
  "files": 1,
  "truncated": false
}
? 0
