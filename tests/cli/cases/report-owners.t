$ for f in checks/missing-owner.plan checks/missing-owner-ok.plan; do planreport $f | grep leads:; done
  leads: 0 actions with an owner, 2 without
  leads: 1 actions with an owner, 0 without
? 0
