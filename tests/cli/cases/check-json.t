$ plancheck -W error=placeholder --format=json checks/placeholder.plan
{
  "version": 1,
  "diagnostics": [
    {
      "file": "checks/placeholder.plan",
      "line": 3,
      "column": 48,
      "end_line": 3,
      "end_column": 52,
      "severity": "error",
      "check": "placeholder",
      "message": "the title of action A1 contains the placeholder \"????\"",
      "plan": "P1",
      "action": "A1",
      "commit": null
    },
    {
      "file": "checks/placeholder.plan",
      "line": 5,
      "column": 16,
      "end_line": 5,
      "end_column": 42,
      "severity": "error",
      "check": "placeholder",
      "message": "the deadline's note of action A1 contains the placeholder \"Delete some or all of this\"",
      "plan": "P1",
      "action": "A1",
      "commit": null
    },
    {
      "file": "checks/placeholder.plan",
      "line": 7,
      "column": 13,
      "end_line": 7,
      "end_column": 16,
      "severity": "error",
      "check": "placeholder",
      "message": "an update of action A1 contains the placeholder \"TBC\"",
      "plan": "P1",
      "action": "A1",
      "commit": null
    }
  ],
  "errors": 3,
  "warnings": 0,
  "notes": 0,
  "files": 1,
  "truncated": false
}
? 1
