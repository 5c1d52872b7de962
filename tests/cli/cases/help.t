$ plancheck --help
usage: plancheck [OPTION]... [FILE]...
       plancheck --staged [--repo DIR] [--allow-rewrite] [--all] [OPTION]...
       plancheck --range BASE..TIP [--repo DIR] [--allow-rewrite] [--all] [OPTION]...
       plancheck --new [--today DATE]

Checks plan files and the files they include, and prints every problem
as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK].  FILE - is standard input.
With no FILE, in a git work tree: every plan file (*.plan) of the work
tree that git does not ignore, as the pre-commit hook reads every staged
one; outside a work tree a FILE must be named.

  -f, --format=FORMAT     text (the default), json, sarif (SARIF 2.1.0)
                          or github (GitHub Actions annotations): SPEC.md
      --today=DATE        judge as on DATE (YYYY-MM-DD); default: $PLAN_TODAY,
                          else the system date
  -W CHECK                turn CHECK on; -W no-CHECK turns it off, and
                          -W error=CHECK reports it as an error (also
                          warning=, note=)
      --strict            turn on the strict checks (undeclared-owner,
                          missing-rag)
      --allow-outside     let includes and symbolic links read files outside
                          the git work tree (else the directory) of the file
                          named (SPEC.md section 9)
      --column-unit=UNIT  what the column of a text or json diagnostic
                          counts: char (characters, the default) or byte
                          (Vim's quickfix); sarif always counts characters
      --list-checks       list the checks with their default severity
      --new               write a commented skeleton plan to start from, for
                          the financial year of --today, to standard output
      --staged            check what is staged for commit (the git index), with
                          the rules between HEAD and it; for the pre-commit hook
      --range=BASE..TIP   check each commit of BASE..TIP (BASE alone:
                          BASE..HEAD) against its parents, as --staged does;
                          for CI and the pre-receive hook
      --all               with --staged or --range, also show the warnings on
                          what the commit did not change
      --repo=DIR          the git repository (default: the one around the
                          current directory)
      --allow-rewrite     with --staged or --range, let rewritten updates and
                          removed actions through, reported as notes (with
                          --staged, also PLAN_ALLOW_REWRITE=1 in the environment)
  -h, --help              show this help
      --version           show the version

Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file
(with --staged: the commit was stopped).
? 0
