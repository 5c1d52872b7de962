$ ../../selftest/run "$TEST_BIN"; echo "exit $?"; SELFTEST_SLEEP=10 TEST_TIMEOUT=1 ../../selftest/run "$TEST_BIN" sleeps 2 fail-killed; echo "exit $?"; ../../selftest/run "$TEST_BIN" 5 no-such-case; echo "exit $?"
ok ok-assertions
ok ok-fresh-case
ok ok-repository
FAIL fail-must-fail-success: exit 0, want failure
    $ sh -c 'echo fine'  (in ., exit 0)
    fine
FAIL fail-must-fail-signal: killed by signal 15
    $ sh -c 'echo dying; kill -TERM $$'  (in ., exit 143)
    dying
    Terminated
FAIL fail-must-fail-not-run: exit 127: command not found
    $ sh -c 'exit 127'  (in ., exit 127)
FAIL fail-expect-code: exit 1, want 2
    $ sh -c 'echo one; exit 1'  (in ., exit 1)
    one
FAIL fail-crash-report: the output reports a crash
    $ sh -c 'echo "==42== Invalid read of size 4"'  (in ., exit 0)
    ==42== Invalid read of size 4
FAIL fail-output-has: the output lacks "a (b c"
    $ echo 'a (b) c'  (in ., exit 0)
    a (b) c
FAIL fail-output-matches: the output lacks /^b/
    $ echo abc  (in ., exit 0)
    abc
FAIL fail-output-lacks: the output has /b/
    $ echo abc  (in ., exit 0)
    abc
FAIL fail-cmp: actual differs from expected (- expected, + actual)
    --- expected
    +++ actual
    @@ -1,2 +1,2 @@
     one
    -two
    +2
FAIL fail-commit-ok: nothing to commit: exit 1, want 0
    $ git commit -q -m x  (in repo, exit 1)
    On branch main
    
    Initial commit
    
    nothing to commit (create/copy files and use "git add" to track)
FAIL fail-commit-refused: an empty commit, allowed: exit 0, want failure
    $ git commit -q --allow-empty -m x  (in repo, exit 0)
FAIL fail-set-up: set-up: git rev-parse -q --verify no-such-branch failed (exit 1)
FAIL fail-last-status: the case ended with status 1: its last command failed
FAIL fail-in-subshell: from a pipeline
FAIL fail-killed: killed by signal 15
ok sleeps
selftest: 4 passed, 15 failed
exit 1
ok ok-fresh-case
FAIL fail-killed: killed by signal 15
FAIL sleeps: timed out after 1 seconds
selftest: 1 passed, 2 failed
exit 1
../../selftest/run: no case no-such-case
exit 2
? 0
