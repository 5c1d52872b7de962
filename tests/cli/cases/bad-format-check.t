$ plancheck -f xml good.plan; echo "status $?"; planreport -f sarif good.plan; echo "status $?"; planlog --format=github A1
plancheck: option --format: unknown value "xml": use text, json, sarif or github
status 2
planreport: option --format: unknown value "sarif": use text, json, returns, html, markdown, csv or xlsx
status 2
planlog: option --format: unknown value "github": use text or json
? 2
