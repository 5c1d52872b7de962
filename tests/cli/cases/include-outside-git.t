$ t=$(mktemp -d) && cd "$t" && mkdir -p w/.git w/plans w/shared && printf 'SECRET line\n' > secret.plan && printf 'plan W In a work tree\ninclude ../shared/s.plan\ninclude ../../secret.plan\n' > w/plans/main.plan && printf 'action S1 Shared\n  lead Jane Smith\n  due 2019-12\n' > w/shared/s.plan && ln -s ../../secret.plan w/plans/evil.plan && plancheck w/plans/main.plan w/plans/evil.plan; echo "exit $?"; cd w/plans && plancheck -f json main.plan | grep '"message"'; cd ../.. && plancheck --allow-outside w/plans/main.plan | grep -c SECRET; cd / && rm -rf "$t"
w/plans/evil.plan: error: cannot read: it leads through a symbolic link to a file outside the git work tree of w/plans/evil.plan; plans are read only from inside it unless --allow-outside is given [io]
w/plans/main.plan:1:6: note: plan W has no period, so action S1, with no update and no start, cannot be judged stale; give the plan its period under the plan line, for example "period 2019/20" [stale]
  plan W In a work tree
       ^
w/plans/main.plan:3:1: error: cannot include w/plans/../../secret.plan: it is outside the git work tree of w/plans/main.plan; plans are read only from inside it unless --allow-outside is given [include]
  include ../../secret.plan
  ^~~~~~~~~~~~~~~~~~~~~~~~~
2 errors, 0 warnings in 2 files
exit 2
      "message": "plan W has no period, so action S1, with no update and no start, cannot be judged stale; give the plan its period under the plan line, for example \"period 2019/20\"",
      "message": "cannot include ../../secret.plan: it is outside the git work tree of main.plan; plans are read only from inside it unless --allow-outside is given",
2
? 0
