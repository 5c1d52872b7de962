$ for f in checks/missing-owner.plan checks/missing-owner-ok.plan; do planreport $f | grep leads:; done
  leads: 0 actions with an owner, 5 without
  leads: 2 actions with an owner, 0 without
? 0
