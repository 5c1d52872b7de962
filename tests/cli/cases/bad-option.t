$ plancheck --frobnicate good.plan
plancheck: unknown option --frobnicate
usage: plancheck [OPTION]... FILE...
       plancheck --staged [--repo DIR] [--allow-rewrite] [OPTION]...

Checks plan files and the files they include, and prints every problem
as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK].

  --format=text     diagnostics for people, with the source line (default)
  --format=json     diagnostics as one JSON object (see SPEC.md)
  --today=DATE      judge deadlines as on DATE (YYYY-MM-DD); default: the
                    PLAN_TODAY environment variable, else the system date
  -W CHECK          turn CHECK on;  -W no-CHECK  turn it off
  -W error=CHECK    report CHECK as an error (also warning=, note=)
  --strict          turn on the strict checks (undeclared-owner, missing-rag)
  --list-checks     list the checks with their default severity
  --staged          check what is staged for commit (the git index), with
                    the rules between HEAD and it; for the pre-commit hook
  --repo DIR        the repository for --staged (default: the current one)
  --allow-rewrite   with --staged, let rewritten updates and removed actions
                    through, reported as notes (also PLAN_ALLOW_REWRITE=1)
  -h, --help        show this help
  --version         show the version

Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file.
? 2
