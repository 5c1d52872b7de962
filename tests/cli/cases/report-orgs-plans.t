$ planreport -f markdown orgs/written.plan orgs/declared.plan | grep '^### .*open action'
### Bob Jones (W1, 1 open action)
### Jane Smith (W1, 1 open action)
### Harrow Police (D1, 1 open action)
### Harrow Council (D1, 1 open action)
### Adam Ant (D1, 1 open action)
? 0
