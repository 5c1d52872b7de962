$ plancheck --strict --format=json checks/long-lead.plan > /dev/null; echo "json: $?"
json: 0
? 0
