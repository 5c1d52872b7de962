$ t=$(mktemp -d) && cd "$t" && mkdir -p d/sub && printf 'SECRET line\n' > secret.plan && printf 'plan P Outside\ninclude ../secret.plan\ninclude sub/ok.plan\ninclude link.plan\n' > d/main.plan && printf 'action A1 Inside\n  lead Jane Smith\n  due 2019-12\n' > d/sub/ok.plan && ln -s ../secret.plan d/link.plan && ln -s ../secret.plan d/evil.plan && plancheck d/main.plan; echo "exit $?"; plancheck d/evil.plan; echo "exit $?"; cd d && printf 'plan S Stdin\ninclude ../secret.plan\n' | plancheck -; echo "exit $?"; cd .. && plancheck --allow-outside d/main.plan d/evil.plan | grep -c SECRET; planreport d/evil.plan; echo "exit $?"; planreport --allow-outside d/evil.plan 2>&1 | grep -c SECRET; cd / && rm -rf "$t"
d/main.plan:1:6: note: plan P has no period, so action A1, with no update and no start, cannot be judged stale; give the plan its period under the plan line, for example "period 2019/20" [stale]
  plan P Outside
       ^
d/main.plan:2:1: error: cannot include d/../secret.plan: it is outside the directory of d/main.plan; plans are read only from inside it unless --allow-outside is given [include]
  include ../secret.plan
  ^~~~~~~~~~~~~~~~~~~~~~
d/main.plan:4:1: error: cannot include d/link.plan: it leads through a symbolic link to a file outside the directory of d/main.plan; plans are read only from inside it unless --allow-outside is given [include]
  include link.plan
  ^~~~~~~~~~~~~~~~~
2 errors, 0 warnings in 2 files
exit 1
d/evil.plan: error: cannot read: it leads through a symbolic link to a file outside the directory of d/evil.plan; plans are read only from inside it unless --allow-outside is given [io]
1 error, 0 warnings in 0 files
exit 2
<stdin>:2:1: error: cannot include ../secret.plan: it is outside the directory of <stdin>; plans are read only from inside it unless --allow-outside is given [include]
  include ../secret.plan
  ^~~~~~~~~~~~~~~~~~~~~~
1 error, 0 warnings in 1 file
exit 1
2
d/evil.plan: error: cannot read: it leads through a symbolic link to a file outside the directory of d/evil.plan; plans are read only from inside it unless --allow-outside is given [io]

As at 1 June 2019: 0 actions, 0 open (0 green, 0 amber, 0 red, 0 unrated), 0 complete, 0 removed; of the open, 0 overdue, 0 stale, 0 without an owner.
exit 2
2
? 0
