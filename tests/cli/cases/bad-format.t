$ planreport -f xml good.plan
planreport: option --format: unknown value "xml": use text or json
? 2
