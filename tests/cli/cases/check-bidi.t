$ plancheck --strict checks/bidi.plan; plancheck checks/bidi-ok.plan; planreport checks/bidi.plan
checks/bidi.plan:2:31: warning: U+2066 (LEFT-TO-RIGHT ISOLATE) can make this line display otherwise than it reads; remove it [bidi-control]
  # A comment can hide one too: ? (LEFT-TO-RIGHT ISOLATE).
                                ^
checks/bidi.plan:7:3: warning: lead "Finance? TBC" of action A1 is not declared in plan P1: add a "person" or "organisation" line to the plan [undeclared-owner]
    lead Finance? TBC
    ^~~~~~~~~~~~~~~~~
checks/bidi.plan:7:15: warning: U+202E (RIGHT-TO-LEFT OVERRIDE) can make this line display otherwise than it reads; remove it [bidi-control]
    lead Finance? TBC
                ^
checks/bidi.plan:7:17: warning: a lead of action A1 contains the placeholder "TBC" [placeholder]
    lead Finance? TBC
                  ^~~
checks/bidi.plan:10:3: warning: lead "Bob ?]0;title? Smith" of action A2 is not declared in plan P1: add a "person" or "organisation" line to the plan [undeclared-owner]
    lead Bob ?]0;title? Smith
    ^~~~~~~~~~~~~~~~~~~~~~~~~
0 errors, 5 warnings in 1 file
P1  Example ?[2Jcleared ?1m
  period 2019/20
  0 sections, 0 objectives, 2 actions
  leads: 2 actions with an owner, 0 without
  decisions: 0 continue, 0 complete, 0 remove, 0 decommissioned, 2 none
  updates: 0 (0 dated); last RAG: 0 green, 0 amber, 0 red, 2 unrated

As at 1 June 2019: 2 actions, 2 open (0 green, 0 amber, 0 red, 2 unrated), 0 complete, 0 removed; of the open, 0 overdue, 0 stale, 0 without an owner.
? 0
