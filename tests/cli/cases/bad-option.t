$ plancheck --frobnicate good.plan
plancheck: unknown option --frobnicate
usage: plancheck [--format=text|json] FILE...

Checks plan files and the files they include, and prints every problem
as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK].

  --format=text   diagnostics for people, with the source line (default)
  --format=json   diagnostics as one JSON object (see SPEC.md)
  -h, --help      show this help
  --version       show the version

Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file.
? 2
