$ plancheck -f json columns.plan
{
  "version": 1,
  "diagnostics": [
    {
      "file": "columns.plan",
      "line": 3,
      "column": 28,
      "end_line": 3,
      "end_column": 32,
      "severity": "warning",
      "check": "placeholder",
      "message": "the title of action A1 contains the placeholder \"????\"",
      "plan": "P1",
      "action": "A1",
      "commit": null
    }
  ],
  "errors": 0,
  "warnings": 1,
  "notes": 0,
  "files": 1,
  "truncated": false
}
? 0
