$ plancheck --format=json errors.plan
{
  "version": 1,
  "diagnostics": [
    {
      "file": "errors.plan",
      "line": 3,
      "column": 3,
      "end_line": 3,
      "end_column": 19,
      "severity": "error",
      "check": "syntax",
      "message": "\"laed Louis Smith\" is not a directive or field; did you mean \"lead\"?",
      "plan": null,
      "action": null,
      "commit": null
    },
    {
      "file": "errors.plan",
      "line": 4,
      "column": 7,
      "end_line": 4,
      "end_column": 18,
      "severity": "error",
      "check": "syntax",
      "message": "cannot read \"Octobr 2015\" as a date; did you mean \"October 2015\"?",
      "plan": null,
      "action": null,
      "commit": null
    },
    {
      "file": "errors.plan",
      "line": 5,
      "column": 18,
      "end_line": 5,
      "end_column": 20,
      "severity": "error",
      "check": "syntax",
      "message": "invalid date \"2019-02-30\": no such day in that month",
      "plan": null,
      "action": null,
      "commit": null
    },
    {
      "file": "errors.plan",
      "line": 6,
      "column": 21,
      "end_line": 6,
      "end_column": 27,
      "severity": "error",
      "check": "syntax",
      "message": "\"greeen\" is not a rating; did you mean \"green\"? A rating is red, amber or green",
      "plan": null,
      "action": null,
      "commit": null
    },
    {
      "file": "errors.plan",
      "line": 8,
      "column": 23,
      "end_line": 8,
      "end_column": 29,
      "severity": "error",
      "check": "syntax",
      "message": "\"finish\" is not a decision word; did you mean \"complete\"? A decision is continue, complete, remove or decommissioned",
      "plan": null,
      "action": null,
      "commit": null
    },
    {
      "file": "errors.plan",
      "line": 9,
      "column": 3,
      "end_line": 10,
      "end_column": 1,
      "severity": "warning",
      "check": "empty-update",
      "message": "update of action A1 has no text",
      "plan": "P1",
      "action": "A1",
      "commit": null
    },
    {
      "file": "errors.plan",
      "line": 10,
      "column": 3,
      "end_line": 10,
      "end_column": 39,
      "severity": "error",
      "check": "syntax",
      "message": "\"Text that should have been indented.\" is not a directive or field; to continue the text of line 9, indent this line more than that one",
      "plan": null,
      "action": null,
      "commit": null
    },
    {
      "file": "errors.plan",
      "line": 11,
      "column": 10,
      "end_line": 11,
      "end_column": 17,
      "severity": "error",
      "check": "structure",
      "message": "\"period\" belongs to a plan, not to an action",
      "plan": null,
      "action": null,
      "commit": null
    }
  ],
  "errors": 7,
  "warnings": 1,
  "notes": 0,
  "files": 1,
  "truncated": false
}
? 1
