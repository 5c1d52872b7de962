$ plancheck --strict checks/undeclared-owner-names.plan
checks/undeclared-owner-names.plan:12:3: warning: lead "Tomas O Briain" of action A2 is not declared in plan P1; did you mean "Tomás Ó Briain"? [undeclared-owner]
    lead Tomas O Briain
    ^~~~~~~~~~~~~~~~~~~
0 errors, 1 warning in 1 file
? 0
