$ planreport -f xml good.plan
planreport: option --format: unknown value "xml": use text, json or returns
? 2
