$ plancheck --help
usage: plancheck [OPTION]... FILE...
       plancheck --staged [--repo DIR] [--allow-rewrite] [OPTION]...

Checks plan files and the files they include, and prints every problem
as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK].  FILE - is standard input.

  -f, --format=FORMAT     text (the default), or json (SPEC.md)
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
      --list-checks       list the checks with their default severity
      --staged            check what is staged for commit (the git index), with
                          the rules between HEAD and it; for the pre-commit hook
      --repo=DIR          the git repository (default: the one around the
                          current directory)
      --allow-rewrite     with --staged, let rewritten updates and removed
                          actions through, reported as notes (also done by
                          the environment variable PLAN_ALLOW_REWRITE=1)
  -h, --help              show this help
      --version           show the version

Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file.
? 0
