$ planlog --repo; echo "exit $?"; planlog -n; echo "exit $?"; planlog -n x A1; echo "exit $?"; plancheck --fromat=json good.plan; echo "exit $?"; plancheck --strict=yes good.plan; echo "exit $?"; plancheck -q good.plan; echo "exit $?"; plancheck - - < good.plan; echo "exit $?"
planlog: option --repo needs a value
usage: planlog [OPTION]... ID...
       planlog --since DATE|REV [--until DATE|REV] [OPTION]...
(planlog --help lists the options)
exit 2
planlog: option -n needs a value
usage: planlog [OPTION]... ID...
       planlog --since DATE|REV [--until DATE|REV] [OPTION]...
(planlog --help lists the options)
exit 2
planlog: option -n needs a number from 0, not "x"
exit 2
plancheck: unknown option --fromat; did you mean --format?
usage: plancheck [OPTION]... [FILE]...
       plancheck --staged [--repo DIR] [--allow-rewrite] [--all] [OPTION]...
       plancheck --range BASE..TIP [--repo DIR] [--allow-rewrite] [--all] [OPTION]...
       plancheck --new [--today DATE]
(plancheck --help lists the options)
exit 2
plancheck: option --strict takes no value
exit 2
plancheck: unknown option -q
usage: plancheck [OPTION]... [FILE]...
       plancheck --staged [--repo DIR] [--allow-rewrite] [--all] [OPTION]...
       plancheck --range BASE..TIP [--repo DIR] [--allow-rewrite] [--all] [OPTION]...
       plancheck --new [--today DATE]
(plancheck --help lists the options)
exit 2
<stdin>: error: standard input is named more than once ("-"): it is read once [io]
<stdin>:17:8: warning: action HV1.1 is stale: its last update (19 October 2018) is 225 days old, more than the 92 days plan P18 allows [stale]
  action HV1.1 Deliver the 'Be Safe' programme
         ^~~~~
<stdin>:22:7: note: deadline of action HV1.1 (March 2018) is outside the plan's period, 2018/19 [outside-period]
    due 2014-11 to 2018-03, November 2014 for development, delivery through to March 201...
        ^~~~~~~~~~~~~~~~~~
1 error, 1 warning in 1 file
exit 2
? 0
