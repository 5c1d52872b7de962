$ plancheck --strict checks/undeclared-owner.plan; plancheck --strict checks/undeclared-owner-ok.plan; plancheck checks/undeclared-owner.plan
checks/undeclared-owner.plan:6:3: warning: lead "Rebecca Steven" of action A1 is not declared in plan P1; did you mean "Rebecka Steven"? [undeclared-owner]
    lead Rebecca Steven, Policy Team
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
checks/undeclared-owner.plan:7:3: warning: lead "Refuge UK" of action A1 is not declared in plan P1: add a "person" or "organisation" line to the plan [undeclared-owner]
    lead Refuge UK
    ^~~~~~~~~~~~~~
0 errors, 2 warnings in 1 file
? 0
