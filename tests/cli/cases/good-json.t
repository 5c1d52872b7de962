$ plancheck --format=json good.plan
{
  "version": 1,
  "diagnostics": [],
  "errors": 0,
  "warnings": 0,
  "notes": 0,
  "files": 1,
  "truncated": false
}
? 0
