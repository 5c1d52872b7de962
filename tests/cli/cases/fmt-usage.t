$ planfmt; echo "status $?"; planfmt --width=19 - < good.plan; echo "status $?"; planfmt --width=20 - < good.plan >/dev/null; echo "status $?"; planfmt --width=10000 - < good.plan >/dev/null; echo "status $?"; planfmt --width=10001 - < good.plan; echo "status $?"; planfmt - - < good.plan; echo "status $?"; planfmt missing.plan; echo "status $?"; d=$(mktemp -d); ln -s "$PWD/good.plan" "$d/link.plan"; (cd "$d" && planfmt link.plan); echo "status $?"; rm -r "$d"; planfmt --help
planfmt: no file named ("-" formats standard input)
usage: planfmt [--check] [--width=N] FILE...
       planfmt [--check] [--width=N] -
(planfmt --help lists the options)
status 2
planfmt: --width 19: give a width from 20 to 10000
status 2
status 0
status 0
planfmt: --width 10001: give a width from 20 to 10000
status 2
planfmt: standard input is named more than once ("-")
status 2
planfmt: cannot read missing.plan: No such file or directory
status 2
planfmt: cannot read link.plan: it is a symbolic link (format the file it leads to)
status 2
usage: planfmt [--check] [--width=N] FILE...
       planfmt [--check] [--width=N] -

Writes each plan file in its canonical form (SPEC.md section 14): fixed
indentation, dates in their canonical spelling, keywords in lower case, one
blank line before each directive, paragraphs of prose re-wrapped.  What the
plan says does not change.  A file with syntax errors is left as it is.
"-" reads standard input and writes the result to standard output.

      --check             write nothing; show what formatting would change
                          as a unified diff, and exit 1 if it would
      --width=N           fill paragraphs of prose to N characters
                          (default 88)
  -h, --help              show this help
      --version           show the version

Exit status: 0 done (with --check: every file is formatted), 1 a file has
syntax errors (with --check: or is not formatted), 2 bad arguments, a file
that cannot be read or written, or one planfmt cannot format faithfully.
? 0
