$ plancheck -W no-such-check x.plan; plancheck -W loud=overdue x.plan; plancheck --list-checks
plancheck: option -W: unknown check "no-such-check" (plancheck --list-checks shows them)
plancheck: option -W: "loud=overdue": expected error=, warning= or note= before the check
missing-owner      error    an action with no lead, or only placeholders or leads that name everyone
undeclared-owner   warning  a lead that names no person or organisation the plan declares (strict)
overdue            warning  the deadline or review point has passed and no decision closed the action
stale              warning  an open action whose last update is older than its rhythm allows
missing-rag        warning  the last update of an open action has no RAG rating (strict)
red-complete       warning  a completed action whose last rating is red
future-update      warning  an update dated after today
update-order       warning  an update written after one with a later date
outside-period     note     a deadline outside the plan's period
ambiguous-quarter  warning  a quarter written "Q3 2019" in a plan that does not say whether its quarters are financial
decision-date      warning  a decision dated before the action's first update, or after today
empty-objective    note     an objective with no action
no-deadline        warning  an action with neither a deadline nor a review point
empty-update       warning  an update with no text
placeholder        warning  drafting remnants such as TBC, ???? or "Delete some or all of this"
bidi-control       warning  a bidirectional control character, which makes text display otherwise than it reads
large-file         note     a plan file over 1 MiB, whose history planlog reads slowly
format             error    a plan file that planfmt would change (opt-in)
measure-figure     error    a baseline, target, milestone or actual that cannot be read, or compared with the baseline
future-actual      warning  an actual figure of a measure dated after today
missing-actual     warning  a target whose date has passed with no actual figure reported on it
measure-off-target note     the latest actual figure of a measure misses the target or milestone it reports on
rewritten-update   error    (--staged) a dated update committed before was changed or deleted
removed-action     error    (--staged) an action was removed without a complete or remove decision
retitled-id        warning  (--staged) an id now names an action with a different title
moved-deadline     warning  (--staged) a deadline moved with no dated update in the same commit
? 0
