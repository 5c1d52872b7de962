$ plancheck checks/empty-objective.plan; plancheck checks/empty-objective-ok.plan
checks/empty-objective.plan:3:11: note: objective O1 has no action [empty-objective]
  objective O1 Motor vehicle crime
            ^~
? 0
